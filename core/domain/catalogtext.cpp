#include "core/domain/catalogtext.h"

#include <QRegularExpression>

namespace MotCua::CatalogText
{

namespace
{
const QString kNoInformation = QStringLiteral("Không có thông tin");
} // namespace

QString dong(qint64 amount)
{
    const bool negative = amount < 0;
    QString digits = QString::number(negative ? -amount : amount);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u'.');
    return (negative ? QStringLiteral("-") : QString()) + digits + QStringLiteral(" đồng");
}

QString sourceValue(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.compare(kNoInformation, Qt::CaseInsensitive) == 0 ? QString() : t;
}

QString fee(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(kNoInformation, Qt::CaseInsensitive))
        t = t.mid(kNoInformation.size()).trimmed();
    // "2,000 Việt Nam Đồng", "8,000 VNĐ", "50,000 VND", then maybe the unit the amount is counted per: "(/trang)".
    static const QRegularExpression english(
        QStringLiteral(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:Việt Nam Đồng|VNĐ|VND)(?:\\s*\\(\\s*/\\s*([^()/]{1,40}?)\\s*\\))?"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    for (auto it = english.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(t).mid(from, m.capturedStart() - from);
        QString digits = m.captured(1);
        digits.remove(u',');
        out += dong(digits.toLongLong());
        if (m.hasCaptured(2) && !m.captured(2).isEmpty())
            out += u'/' + m.captured(2);
        from = m.capturedEnd();
        // The crawl glued the description to the unit: "(/trang)Tại Ủy ban…".
        if (from < t.size() && !t.at(from).isSpace())
            out += u' ';
    }
    out += QStringView(t).mid(from);
    out = out.trimmed();
    return out.isEmpty() ? QString() : out;
}

} // namespace MotCua::CatalogText
