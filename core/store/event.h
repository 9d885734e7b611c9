#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

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

    // The bytes the hash covers: compact JSON with sorted keys of every canonical field.
    QByteArray canonicalBytes() const;
    QString computeHash() const;
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
} // namespace EventType

} // namespace MotCua
