#include "core/store/event.h"

#include <QHash>

#include <QJsonDocument>

#include "core/store/canonicaljson.h"
#include "core/util/sha256.h"

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
    Sha256 h;
    h.addData(prevHash.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(bytes);
    return h.hexResult();
}
} // namespace

QByteArray Event::canonicalBytes() const
{
    return canonicalBytes(payloadText());
}

QByteArray Event::canonicalBytes(const QByteArray &payloadText) const
{
    // The envelope's members in canonical order, written directly (this runs for every event the province takes).
    QByteArray out;
    out.reserve(payloadText.size() + 400);
    out += "{\"actor\":";
    CanonicalJson::appendString(out, actor);
    out += ",\"device\":";
    CanonicalJson::appendString(out, device);
    out += ",\"device_seq\":\"";
    out += QByteArray::number(deviceSeq);
    out += "\",\"entity\":";
    CanonicalJson::appendString(out, entity);
    out += ",\"entity_id\":";
    CanonicalJson::appendString(out, entityId);
    out += ",\"hlc\":\"";
    out += QByteArray::number(hlc);
    out += "\",\"id\":";
    CanonicalJson::appendString(out, id);
    out += ",\"payload\":";
    out += payloadText;
    out += ",\"type\":";
    CanonicalJson::appendString(out, type);
    out += '}';
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
