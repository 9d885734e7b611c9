#pragma once

#include "core/store/event.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace MotCua::EventLine
{

// One event as it travels in a bundle section and in a sync batch (docs/event-format.md, docs/sync-protocol.md):
// string members id, entity, entity_id, type, payload (the payload's canonical text), actor, device, hlc,
// device_seq, prev_hash, hash.
QJsonObject toJson(const Event &event, const QByteArray &payloadText);
// The same line as canonical JSON text (CanonicalJson::serialize(toJson(event, payloadText)), byte for byte), written
// directly: what bundles carry, what a push body lists, and what the province stores and serves.
QByteArray toText(const Event &event, const QByteArray &payloadText);
// Reads a line back. Every member must be there with its type, hlc and device_seq decimal integers, the payload a
// JSON object's text; otherwise Invalid naming what is wrong. The hash is not checked here (the log does that).
// The event comes back with origin "remote"; `payloadText` gets the payload exactly as it travelled.
Result<Event> fromJson(const QJsonObject &line, QByteArray &payloadText);
// The quick reading of a line that is, for certain, in canonical form: the eleven members in their order, each string
// as CanonicalJson writes it, hlc and device_seq decimal, the payload a canonical object's text
// (CanonicalJson::isCanonicalObject). Such a line is what toText() writes for the event it gives back, byte for byte,
// and what fromJson() reads from it; the event's payload object is not built (`payloadText` holds it). Anything else,
// which may still be a well-formed line, gives nullopt: read it with fromJson().
std::optional<Event> fromCanonicalText(QByteArrayView line, QByteArray &payloadText);

} // namespace MotCua::EventLine
