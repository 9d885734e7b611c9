#include "core/store/event.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace MotCua
{

QByteArray Event::canonicalBytes() const
{
    // QJsonObject keeps keys sorted, and compact output has no insignificant whitespace, so this is canonical.
    // The clock is a string: 64-bit integers do not survive a trip through JSON doubles.
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("entity"), entity);
    o.insert(QStringLiteral("entity_id"), entityId);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("payload"), payload);
    o.insert(QStringLiteral("actor"), actor);
    o.insert(QStringLiteral("device"), device);
    o.insert(QStringLiteral("hlc"), QString::number(hlc));
    o.insert(QStringLiteral("device_seq"), QString::number(deviceSeq));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString Event::computeHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(canonicalBytes());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace MotCua
