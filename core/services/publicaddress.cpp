#include "core/services/publicaddress.h"

#include "core/store/store.h"

#include <QUrl>

namespace MotCua::PublicAddress
{

QString receiptQrText(Store &store, const QString &code)
{
    auto url = store.meta(QLatin1String(kServerUrlKey));
    if (!url || url->isEmpty())
        return code;
    QString base = *url;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("/public/") + store.communeCode() + QStringLiteral("/dossiers/") +
           QString::fromLatin1(QUrl::toPercentEncoding(code));
}

} // namespace MotCua::PublicAddress
