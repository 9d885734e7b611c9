#pragma once

#include "core/domain/dossierstate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace MotCua
{

// One change a person made: the unit of storage, audit and sync (ARCHITECTURE.md "The store").
struct Event
{
    QString id;     // UUIDv7
    QString entity; // "dossier", "user", "procedure", ...
    QString entityId;
    QString type; // "DossierReceived", ...
    QJsonObject payload;
    QString actor;  // user id, or "system" for seed data
    QString device; // device id
    qint64 hlc = 0; // hybrid logical clock
    qint64 deviceSeq = 0;
    QString prevHash;
    QString hash; // hex SHA-256 over prevHash and canonicalBytes()
    QString origin = QStringLiteral("local");
    qint64 seq = 0; // local arrival order (not canonical)

    // The bytes the hash covers (docs/event-format.md): the RFC 8785 canonical JSON of every canonical field.
    QByteArray canonicalBytes() const;
    // The same, with the payload's canonical text already at hand (the envelope's other members are plain strings
    // whose order RFC 8785 fixes: actor, device, device_seq, entity, entity_id, hlc, id, payload, type).
    QByteArray canonicalBytes(const QByteArray &payloadText) const;
    QString computeHash(const QByteArray &payloadText) const;
    // SHA-256 hex over prevHash, "\n" and canonicalBytes().
    QString computeHash() const;
    // The same over the bytes Qt 6.4's compact writer gave (how events were hashed before the canonical form was
    // written down). Equal to computeHash() for every event the services wrote; kept so a store whose payloads
    // held something the two writers print differently still verifies.
    QString computeLegacyHash() const;
    bool hashMatches() const { return hash == computeHash() || hash == computeLegacyHash(); }
    // The payload as stored and exchanged: its canonical JSON text.
    QByteArray payloadText() const;
};

// What a service asks to record; the log fills in id, clock, chain and device.
struct EventDraft
{
    QString entity;
    QString entityId;
    QString type;
    QJsonObject payload;
};

namespace EventType
{
inline const QString UserCreated = QStringLiteral("UserCreated");
inline const QString UserUpdated = QStringLiteral("UserUpdated");
inline const QString UserPasswordChanged = QStringLiteral("UserPasswordChanged");
inline const QString ProcedureDefined = QStringLiteral("ProcedureDefined");
// An administrator filled in or corrected a procedure's time limit (CatalogService::setTimeLimit).
inline const QString ProcedureTimeLimitSet = QStringLiteral("ProcedureTimeLimitSet");
// The catalog the province published no longer holds the procedure: it is no longer offered at reception (the dossiers
// received under it keep it); a later definition brings it back (CatalogService::applyPublished).
inline const QString ProcedureWithdrawn = QStringLiteral("ProcedureWithdrawn");
inline const QString DossierReceived = QStringLiteral("DossierReceived");
inline const QString DossierTransferred = QStringLiteral("DossierTransferred");
inline const QString SupplementRequested = QStringLiteral("SupplementRequested");
inline const QString SupplementReceived = QStringLiteral("SupplementReceived");
inline const QString DossierRefused = QStringLiteral("DossierRefused");
inline const QString DossierRejected = QStringLiteral("DossierRejected");
inline const QString DossierSubmitted = QStringLiteral("DossierSubmitted");
inline const QString DossierApproved = QStringLiteral("DossierApproved");
inline const QString DossierFinished = QStringLiteral("DossierFinished");
inline const QString ResultReturned = QStringLiteral("ResultReturned");
inline const QString DossierWithdrawn = QStringLiteral("DossierWithdrawn");
inline const QString DossierStopped = QStringLiteral("DossierStopped");
inline const QString DelayApologized = QStringLiteral("DelayApologized");
inline const QString HolidayArrangementPublished = QStringLiteral("HolidayArrangementPublished");
inline const QString UserRenamed = QStringLiteral("UserRenamed");
inline const QString DeviceRegistered = QStringLiteral("DeviceRegistered");
// A counter PC named as a reception point ("Quầy 1 — Hộ tịch"): the label reports group by and lists show.
inline const QString CounterNamed = QStringLiteral("CounterNamed");
inline const QString OfficeProfileSet = QStringLiteral("OfficeProfileSet");
inline const QString ConflictResolved = QStringLiteral("ConflictResolved");
// The province's official code for a dossier received under a provisional one (payload: code, provisional_code).
inline const QString DossierCodeAssigned = QStringLiteral("DossierCodeAssigned");
// Official documents (core/documents): entity "incoming", "outgoing", "register_config".
inline const QString IncomingRegistered = QStringLiteral("IncomingRegistered");
inline const QString IncomingDirected = QStringLiteral("IncomingDirected");
inline const QString IncomingProgressRecorded = QStringLiteral("IncomingProgressRecorded");
inline const QString IncomingFinished = QStringLiteral("IncomingFinished");
inline const QString OutgoingCreated = QStringLiteral("OutgoingCreated");
inline const QString OutgoingSubmitted = QStringLiteral("OutgoingSubmitted");
inline const QString OutgoingApproved = QStringLiteral("OutgoingApproved");
inline const QString OutgoingSentBack = QStringLiteral("OutgoingSentBack");
inline const QString OutgoingSigned = QStringLiteral("OutgoingSigned");
inline const QString OutgoingNumbered = QStringLiteral("OutgoingNumbered");
inline const QString OutgoingDispatched = QStringLiteral("OutgoingDispatched");
inline const QString OutgoingAcknowledged = QStringLiteral("OutgoingAcknowledged");
inline const QString OutgoingFiled = QStringLiteral("OutgoingFiled");
inline const QString RegisterConfigSet = QStringLiteral("RegisterConfigSet");
// A stored blob attached to a record (entity "attachment"; payload: owner_entity, owner_id, sha256, size, mime,
// file_name) and taken off it again (payload: empty).
inline const QString AttachmentAdded = QStringLiteral("AttachmentAdded");
inline const QString AttachmentRemoved = QStringLiteral("AttachmentRemoved");
// What OCR (or a PDF's own text layer) read from a blob (entity "blob", id = its SHA-256; payload: text, state
// done|failed, engine, pages), so the text travels to the other counters with the events.
inline const QString BlobTextExtracted = QStringLiteral("BlobTextExtracted");
} // namespace EventType

// The action a dossier event records (DossierTransferred: Transfer, ...); none for DossierReceived and
// DossierCodeAssigned, or a type this version does not know.
std::optional<DossierAction> dossierActionOfEvent(const QString &type);

} // namespace MotCua
