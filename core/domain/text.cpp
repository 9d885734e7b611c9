#include "domain/text.h"

namespace MotCua::Text {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (c == u'đ' || c == u'Đ') {
            out += u'd';
            lastSpace = false;
            continue;
        }
        if (c.isSpace()) {
            if (!lastSpace)
                out += u' ';
            lastSpace = true;
            continue;
        }
        out += c.toCaseFolded();
        lastSpace = false;
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QStringList foldedWords(const QString &text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

namespace {
// Base letters of the Vietnamese alphabet in order; other characters sort after them by code point.
int letterRank(QChar base)
{
    static const QString order = QStringLiteral("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz");
    const qsizetype i = order.indexOf(base);
    return i < 0 ? -1 : int(i);
}

// Splits one NFC character into its Vietnamese base letter (with its own marks: ă â ê ô ơ ư đ) and its tone.
std::pair<QChar, int> baseAndTone(QChar c)
{
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    int tone = 0;
    QString base;
    for (const QChar m : d) {
        switch (m.unicode()) {
        case 0x0300: tone = 1; break; // huyền
        case 0x0309: tone = 2; break; // hỏi
        case 0x0303: tone = 3; break; // ngã
        case 0x0301: tone = 4; break; // sắc
        case 0x0323: tone = 5; break; // nặng
        default: base += m;
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
    for (qsizetype i = 0; i < display.size(); ++i) {
        const QString f = fold(QString(display.at(i)));
        const QString piece = f.isEmpty() && display.at(i).isSpace() ? QStringLiteral(" ") : f;
        for (const QChar c : piece) {
            folded += c;
            origin.append(i);
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

} // namespace MotCua::Text
