#pragma once

// The payloads of a dossier's events as types, with their JSON form: the projector, the control sheet, the supplement
// rounds, the slips and the dossier dialog read these instead of payload keys (ARCHITECTURE.md, "The store"). Every
// key is optional on reading: events written by older versions fold as they did.
#include "core/domain/calendar.h"
#include "core/domain/dossierrules.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace MotCua
{

// DossierReceived.
struct DossierReceivedEvent
{
    QString code;
    bool codeProvisional = true;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    QString citizenId; // optional
    QString phone;     // optional
    QString address;   // optional
    Channel channel = Channel::Direct;
    QDateTime receivedAt; // UTC
    QDateTime dueAt;      // UTC
    bool dueUnitAssumed = false;
    std::optional<int> timeLimit;
    TimeUnit timeUnit = TimeUnit::Unspecified;
    QStringList papers; // ticked as received
    QString commune;
    QString duplicateReason; // received although another dossier of the citizen was open for the procedure
    QString feeText;         // the catalog's fee at reception, for the receipt
    std::optional<qint64> feeAmount;

    static DossierReceivedEvent fromPayload(const QJsonObject &payload);
    QJsonObject toPayload() const;
};

// Every dossier event after reception (hand-overs, supplements, decisions, the result, apologies): the members an
// event type uses are set, the others left empty.
struct DossierStepEvent
{
    QDateTime at; // when it happened (UTC)
    QString note;
    QString reason; // refuse, reject, stop, withdraw, apologise, supplement; "duplicate" or "applicant's request" keys
    // Transfer, submit, approve: to whom.
    QString toUser; // user id
    QString toUserName;
    QString toDepartment;
    std::optional<bool> toLeader; // only events written before Submit existed: a transfer to a leader for approval
    QDateTime stepDueAt;          // transfer: the time allowed for this step
    // Supplement request and receipt.
    QStringList items;          // requested
    QStringList receivedItems;  // ticked off when the citizen brought them
    std::optional<bool> repeat; // a second request (counts the dossier as late)
    std::optional<int> pausedWorkingDays;
    QDateTime dueAt;              // supplement received: the due date moved by the pause
    std::optional<ReturnHow> how; // return
    QDateTime newDueAt;           // apology
    QDateTime originalDueAt;      // apology
    QString duplicateOf;          // refuse as a duplicate: of which dossier code

    static DossierStepEvent fromPayload(const QJsonObject &payload);
    QJsonObject toPayload() const;
};

} // namespace MotCua
