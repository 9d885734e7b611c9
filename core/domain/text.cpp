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

QString normalizeSpaces(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace MotCua::Text
