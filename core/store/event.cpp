#include "core/store/event.h"

#include <QHash>

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
    return canonicalBytes(payloadText());
}

QByteArray Event::canonicalBytes(const QByteArray &payloadText) const
{
    auto str = [](const QString &v) { return CanonicalJson::serialize(QJsonValue(v)); };
    QByteArray out;
    out.reserve(payloadText.size() + 400);
    out += "{\"actor\":" + str(actor) + ",\"device\":" + str(device) + ",\"device_seq\":\"" +
           QByteArray::number(deviceSeq) + "\",\"entity\":" + str(entity) + ",\"entity_id\":" + str(entityId) +
           ",\"hlc\":\"" + QByteArray::number(hlc) + "\",\"id\":" + str(id) + ",\"payload\":" + payloadText +
           ",\"type\":" + str(type) + '}';
    return out;
}

QString Event::computeHash(const QByteArray &payloadText) const
{
    return chainHash(prevHash, canonicalBytes(payloadText));
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

std::optional<DossierAction> dossierActionOfEvent(const QString &type)
{
    static const QHash<QString, DossierAction> map = {
        {EventType::DossierTransferred, DossierAction::Transfer},
        {EventType::SupplementRequested, DossierAction::RequestSupplement},
        {EventType::SupplementReceived, DossierAction::SupplementReceived},
        {EventType::DossierRefused, DossierAction::Refuse},
        {EventType::DossierRejected, DossierAction::Reject},
        {EventType::DossierSubmitted, DossierAction::Submit},
        {EventType::DossierApproved, DossierAction::Approve},
        {EventType::DossierFinished, DossierAction::Finish},
        {EventType::ResultReturned, DossierAction::Return},
        {EventType::DossierWithdrawn, DossierAction::Withdraw},
        {EventType::DossierStopped, DossierAction::Stop},
        {EventType::DelayApologized, DossierAction::Apologize},
    };
    const auto it = map.constFind(type);
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace MotCua
