#include "core/sync/eventline.h"

#include "core/store/canonicaljson.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace MotCua::EventLine
{

QJsonObject toJson(const Event &e, const QByteArray &payloadText)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("payload"), QString::fromUtf8(payloadText)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("device"), e.device},
            {QStringLiteral("hlc"), QString::number(e.hlc)},
            {QStringLiteral("device_seq"), QString::number(e.deviceSeq)},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

QByteArray toText(const Event &e, const QByteArray &payloadText)
{
    using CanonicalJson::appendString;
    QByteArray out;
    out.reserve(payloadText.size() + payloadText.size() / 8 + 512);
    out += "{\"actor\":";
    appendString(out, e.actor);
    out += ",\"device\":";
    appendString(out, e.device);
    out += ",\"device_seq\":\"";
    out += QByteArray::number(e.deviceSeq);
    out += "\",\"entity\":";
    appendString(out, e.entity);
    out += ",\"entity_id\":";
    appendString(out, e.entityId);
    out += ",\"hash\":";
    appendString(out, e.hash);
    out += ",\"hlc\":\"";
    out += QByteArray::number(e.hlc);
    out += "\",\"id\":";
    appendString(out, e.id);
    out += ",\"payload\":";
    CanonicalJson::appendUtf8String(out, payloadText);
    out += ",\"prev_hash\":";
    appendString(out, e.prevHash);
    out += ",\"type\":";
    appendString(out, e.type);
    out += '}';
    return out;
}

Result<Event> fromJson(const QJsonObject &o, QByteArray &payloadText)
{
    QString missing;
    const auto text = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() && missing.isEmpty())
            missing = QLatin1String(key);
        return v.toString();
    };
    const auto integer = [&](const char *key) -> qint64 {
        const QString s = text(key);
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if ((!ok || v < 0 || s.startsWith(u'+') || (s.size() > 1 && s.startsWith(u'0'))) && missing.isEmpty())
            missing = QLatin1String(key);
        return v;
    };
    Event e;
    e.id = text("id");
    e.entity = text("entity");
    e.entityId = text("entity_id");
    e.type = text("type");
    const QString payload = text("payload");
    e.actor = text("actor");
    e.device = text("device");
    e.hlc = integer("hlc");
    e.deviceSeq = integer("device_seq");
    e.prevHash = text("prev_hash");
    e.hash = text("hash");
    if (!missing.isEmpty())
        return Error::invalid(QStringLiteral("an event line lacks a well-formed \"%1\"").arg(missing),
                              QStringLiteral("event"));
    payloadText = payload.toUtf8();
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(payloadText, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("event %1: its payload is not a JSON object").arg(e.id.left(40)),
                              QStringLiteral("event"));
    e.payload = doc.object();
    e.origin = QStringLiteral("remote");
    return e;
}

std::optional<Event> fromCanonicalText(QByteArrayView line, QByteArray &payloadText)
{
    qsizetype pos = 0;
    const auto expect = [&](QByteArrayView literal) {
        if (!line.sliced(pos).startsWith(literal))
            return false;
        pos += literal.size();
        return true;
    };
    // A member's string: taken from the line's bytes as they are unless it holds an escape.
    const auto string = [&](QString &out) {
        const qsizetype from = pos;
        bool escaped = false;
        if (!CanonicalJson::readCanonicalString(line, pos, nullptr, &escaped))
            return false;
        if (!escaped) {
            out = QString::fromUtf8(line.sliced(from + 1, pos - from - 2));
            return true;
        }
        QByteArray bytes;
        qsizetype again = from;
        CanonicalJson::readCanonicalString(line, again, &bytes);
        out = QString::fromUtf8(bytes);
        return true;
    };
    // A decimal integer as fromJson() takes it: digits only, no leading zero, within 18 digits.
    const auto integer = [&](qint64 &out) {
        if (!expect("\""))
            return false;
        const qsizetype from = pos;
        while (pos < line.size() && line.at(pos) >= '0' && line.at(pos) <= '9')
            ++pos;
        const qsizetype digits = pos - from;
        if (digits < 1 || digits > 18 || (digits > 1 && line.at(from) == '0'))
            return false;
        out = 0;
        for (qsizetype i = from; i < pos; ++i)
            out = out * 10 + (line.at(i) - '0');
        return expect("\"");
    };
    Event e;
    payloadText.clear();
    const bool read = expect("{\"actor\":") && string(e.actor) && expect(",\"device\":") && string(e.device) &&
                      expect(",\"device_seq\":") && integer(e.deviceSeq) && expect(",\"entity\":") &&
                      string(e.entity) && expect(",\"entity_id\":") && string(e.entityId) && expect(",\"hash\":") &&
                      string(e.hash) && expect(",\"hlc\":") && integer(e.hlc) && expect(",\"id\":") && string(e.id) &&
                      expect(",\"payload\":") && CanonicalJson::readCanonicalString(line, pos, &payloadText) &&
                      expect(",\"prev_hash\":") && string(e.prevHash) && expect(",\"type\":") && string(e.type) &&
                      expect("}") && pos == line.size();
    if (!read || !CanonicalJson::isCanonicalObject(payloadText))
        return std::nullopt;
    e.origin = QStringLiteral("remote");
    return e;
}

} // namespace MotCua::EventLine
