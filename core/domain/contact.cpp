#include "core/domain/contact.h"

#include <QRegularExpression>

namespace MotCua
{

PhoneCheck validatePhone(const QString &text)
{
    PhoneCheck c;
    c.normalized = text;
    static const QRegularExpression separators(QStringLiteral("[ .-]"));
    c.normalized.remove(separators);
    static const QRegularExpression phoneRe(QStringLiteral("^(\\+84|0)\\d{8,10}$"));
    c.valid = phoneRe.match(c.normalized).hasMatch();
    if (!c.valid)
        c.reason = QStringLiteral("use 0 or +84 followed by 8-10 digits");
    return c;
}

} // namespace MotCua
