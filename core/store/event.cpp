#include "core/store/event.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include "core/store/canonicaljson.h"

namespace MotCua
{

namespace
{
QJsonObject envelope(const Event &e)
{
    // The clock and the position are strings: 64-bit integers do not survive a trip through JSON doubles.
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("entity"), e.entity);
    o.insert(QStringLiteral("entity_id"), e.entityId);
    o.insert(QStringLiteral("type"), e.type);
    o.insert(QStringLiteral("payload"), e.payload);
    o.insert(QStringLiteral("actor"), e.actor);
    o.insert(QStringLiteral("device"), e.device);
    o.insert(QStringLiteral("hlc"), QString::number(e.hlc));
    o.insert(QStringLiteral("device_seq"), QString::number(e.deviceSeq));
    return o;
}

QString chainHash(const QString &prevHash, const QByteArray &bytes)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(bytes);
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

QByteArray Event::canonicalBytes() const
{
    return CanonicalJson::serialize(envelope(*this));
}

QByteArray Event::payloadText() const
{
    return CanonicalJson::serialize(payload);
}

QString Event::computeLegacyHash() const
{
    return chainHash(prevHash, QJsonDocument(envelope(*this)).toJson(QJsonDocument::Compact));
}

QString Event::computeHash() const
{
    return chainHash(prevHash, canonicalBytes());
}

} // namespace MotCua
