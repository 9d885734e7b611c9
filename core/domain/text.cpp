#include "core/domain/text.h"

#include <algorithm>

namespace MotCua::Text
{

namespace
{
// Per-character folding for the Basic Multilingual Plane's first 0x2000 code points (Latin, Latin Extended,
// Vietnamese precomposed letters U+1E00-U+1EFF, combining marks), computed once from Unicode decomposition.
// 0 means "drop" (combining marks), 1 means "not in the table": fall back to the slow path.
struct FoldTable
{
    char16_t map[0x2000];
    FoldTable()
    {
        for (char16_t c = 0; c < 0x2000; ++c) {
            const QChar ch(c);
            const auto cat = ch.category();
            if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing) {
                map[c] = 0;
                continue;
            }
            if (c == u'đ' || c == u'Đ') {
                map[c] = u'd';
                continue;
            }
            if (ch.isSpace()) {
                map[c] = u' ';
                continue;
            }
            const QString d = QString(ch).normalized(QString::NormalizationForm_D);
            QString kept;
            for (const QChar x : d) {
                const auto xc = x.category();
                if (xc != QChar::Mark_NonSpacing && xc != QChar::Mark_SpacingCombining && xc != QChar::Mark_Enclosing)
                    kept += x;
            }
            const QString folded = kept.toCaseFolded();
            map[c] = folded.size() == 1 ? folded.at(0).unicode() : char16_t(1);
        }
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// The folded form of one character: 0 to drop it, u' ' for any space, else the folded character; -1 when the
// character needs the full path (outside the table, or folding to several characters).
int foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x2000) {
        const char16_t f = foldTable().map[u];
        return f == 1 ? -1 : int(f);
    }
    return -1;
}

QString foldSlow(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (c == u'đ' || c == u'Đ')
            out += u'd';
        else if (c.isSpace())
            out += u' ';
        else
            out += c.toCaseFolded();
    }
    return out;
}
} // namespace

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int f = foldChar(text.at(i));
        QString piece;
        if (f < 0)
            piece = foldSlow(QString(text.at(i)));
        else if (f > 0)
            piece = QChar(char16_t(f));
        for (const QChar c : piece) {
            if (c == u' ') {
                if (!lastSpace)
                    out += u' ';
                lastSpace = true;
            } else {
                out += c;
                lastSpace = false;
            }
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QStringList foldedWords(const QString &text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

namespace
{
// Base letters of the Vietnamese alphabet in order; other characters sort after them by code point.
int letterRank(QChar base)
{
    static const QString order = QStringLiteral("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz");
    const qsizetype i = order.indexOf(base);
    return i < 0 ? -1 : int(i);
}

// Splits one NFC character into its Vietnamese base letter (with its own marks: ă â ê ô ơ ư đ) and its tone.
std::pair<QChar, int> baseAndToneSlow(QChar c);

std::pair<QChar, int> baseAndTone(QChar c)
{
    struct Table
    {
        std::pair<char16_t, char> map[0x2000];
        Table()
        {
            for (char16_t u = 0; u < 0x2000; ++u) {
                const auto [b, t] = baseAndToneSlow(QChar(u));
                map[u] = {b.unicode(), char(t)};
            }
        }
    };
    static const Table table;
    if (c.unicode() < 0x2000)
        return {QChar(table.map[c.unicode()].first), table.map[c.unicode()].second};
    return baseAndToneSlow(c);
}

std::pair<QChar, int> baseAndToneSlow(QChar c)
{
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    int tone = 0;
    QString base;
    for (const QChar m : d) {
        switch (m.unicode()) {
        case 0x0300:
            tone = 1;
            break; // huyền
        case 0x0309:
            tone = 2;
            break; // hỏi
        case 0x0303:
            tone = 3;
            break; // ngã
        case 0x0301:
            tone = 4;
            break; // sắc
        case 0x0323:
            tone = 5;
            break; // nặng
        default:
            base += m;
        }
    }
    const QString composed = base.normalized(QString::NormalizationForm_C);
    return {composed.isEmpty() ? c : composed.at(0), tone};
}
} // namespace

QByteArray sortKey(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QByteArray primary, tones, cases;
    for (const QChar c : nfc) {
        const auto [base, tone] = baseAndTone(c);
        const QChar lower = base.toLower();
        const int rank = letterRank(lower);
        if (rank >= 0) {
            primary.append(char(0x20 + rank));
        } else if (c.isSpace()) {
            primary.append(char(0x01));
        } else {
            // Digits and others by code point, after a marker so they sort before letters.
            primary.append(char(0x02));
            primary.append(char((lower.unicode() >> 8) & 0xff));
            primary.append(char(lower.unicode() & 0xff));
        }
        tones.append(char('0' + tone));
        cases.append(base.isUpper() ? '1' : '0');
    }
    return primary + '\0' + tones + '\0' + cases;
}

QList<std::pair<qsizetype, qsizetype>> matchSpans(const QString &display, const QStringList &foldedWords)
{
    // Fold each character on its own, remembering where it came from.
    QString folded;
    QList<qsizetype> origin;
    folded.reserve(display.size());
    origin.reserve(display.size());
    for (qsizetype i = 0; i < display.size(); ++i) {
        const int f = foldChar(display.at(i));
        if (f > 0) {
            folded += QChar(char16_t(f));
            origin.append(i);
        } else if (f < 0) {
            for (const QChar c : foldSlow(QString(display.at(i)))) {
                folded += c;
                origin.append(i);
            }
        }
    }
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &w : foldedWords) {
        if (w.isEmpty())
            continue;
        qsizetype from = 0;
        while ((from = folded.indexOf(w, from)) >= 0) {
            const bool wordStart = from == 0 || !folded.at(from - 1).isLetterOrNumber();
            if (wordStart) {
                const qsizetype endFolded = from + w.size() - 1;
                spans.append({origin.at(from), origin.at(endFolded) + 1});
            }
            from += w.size();
        }
    }
    std::sort(spans.begin(), spans.end());
    // Merge overlaps.
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &s : spans) {
        if (!merged.isEmpty() && s.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, s.second);
        else
            merged.append(s);
    }
    return merged;
}

QString highlight(const QString &display, const QStringList &foldedWords, const QString &open, const QString &close,
                  qsizetype maxChars)
{
    const auto spans = matchSpans(display, foldedWords);
    qsizetype start = 0;
    qsizetype end = display.size();
    if (display.size() > maxChars) {
        const qsizetype first = spans.isEmpty() ? 0 : spans.first().first;
        start = std::max<qsizetype>(0, first - maxChars / 4);
        end = std::min(display.size(), start + maxChars);
    }
    QString out;
    if (start > 0)
        out += QStringLiteral("…");
    qsizetype pos = start;
    for (const auto &[a, b] : spans) {
        if (b <= start || a >= end)
            continue;
        const qsizetype s = std::max(a, start);
        const qsizetype e = std::min(b, end);
        out += display.mid(pos, s - pos) + open + display.mid(s, e - s) + close;
        pos = e;
    }
    out += display.mid(pos, end - pos);
    if (end < display.size())
        out += QStringLiteral("…");
    return out;
}

QString normalizeSpaces(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

Result<QString> cleanText(const QString &text, const QString &field, const QString &label, qsizetype maxChars,
                          bool multiline)
{
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            return Error::invalid(QStringLiteral("%1 holds bytes that are not valid UTF-8 text").arg(label), field);
        const bool allowed = c == u' ' || c == u'\t' || (multiline && (c == u'\n' || c == u'\r'));
        if ((c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) && !allowed &&
            c != QChar(0x200C) && c != QChar(0x200D))
            return Error::invalid(QStringLiteral("%1 holds a control character (U+%2)")
                                      .arg(label)
                                      .arg(int(c.unicode()), 4, 16, QLatin1Char('0')),
                                  field);
    }
    QString clean;
    if (multiline) {
        QStringList lines;
        for (const QString &line : text.normalized(QString::NormalizationForm_C).split(u'\n'))
            lines.append(line.simplified());
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        while (!lines.isEmpty() && lines.constFirst().isEmpty())
            lines.removeFirst();
        clean = lines.join(u'\n');
    } else {
        clean = normalizeSpaces(text);
    }
    if (clean.size() > maxChars)
        return Error::invalid(
            QStringLiteral("%1 is longer than %2 characters (%3 given)").arg(label).arg(maxChars).arg(clean.size()),
            field);
    return clean;
}

bool isValidUtf8(QByteArrayView bytes)
{
    return QUtf8StringView(bytes.data(), bytes.size()).isValidUtf8();
}

QString elided(const QString &text, qsizetype maxChars)
{
    QString line = text.left(maxChars + 1);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    if (line.size() > maxChars || text.size() > maxChars)
        return line.left(maxChars - 1) + QChar(0x2026);
    return line;
}

QString cutAtWord(const QString &text, qsizetype maxChars)
{
    const QString t = normalizeSpaces(text);
    if (t.size() <= maxChars)
        return t;
    // The last space at or before the limit (leaving room for the ellipsis) ends the last whole word.
    qsizetype cut = t.lastIndexOf(u' ', std::max<qsizetype>(0, maxChars - 1));
    if (cut <= 0) {
        cut = t.indexOf(u' ');
        if (cut < 0)
            return t;
    }
    QString head = t.left(cut);
    while (!head.isEmpty() && QStringLiteral(" ,;:.(-–").contains(head.back()))
        head.chop(1);
    return head + QChar(0x2026);
}

} // namespace MotCua::Text
