#include "core/domain/dossierevents.h"

#include "core/domain/ids.h"

#include <QJsonArray>

namespace MotCua
{

namespace
{
QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    const QString t = text(o, key);
    return t.isEmpty() ? QDateTime() : QDateTime::fromString(t, Qt::ISODate);
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString());
    return out;
}

void putText(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), Time::toUtcIso(t));
}
} // namespace

DossierReceivedEvent DossierReceivedEvent::fromPayload(const QJsonObject &p)
{
    DossierReceivedEvent e;
    e.code = text(p, "code");
    e.codeProvisional = p.value(QLatin1String("code_provisional")).toBool(true);
    e.procedureCode = text(p, "procedure_code");
    e.procedureName = text(p, "procedure_name");
    const QJsonObject a = p.value(QLatin1String("applicant")).toObject();
    e.applicantName = text(a, "full_name");
    e.citizenId = text(a, "citizen_id");
    e.phone = text(a, "phone");
    e.address = text(a, "address");
    e.channel = channelFromKey(text(p, "channel")).value_or(Channel::Direct);
    e.receivedAt = time(p, "received_at");
    e.dueAt = time(p, "due_at");
    e.dueUnitAssumed = p.value(QLatin1String("due_unit_assumed")).toBool();
    if (const QJsonValue limit = p.value(QLatin1String("time_limit")); limit.isDouble())
        e.timeLimit = limit.toInt();
    e.timeUnit = timeUnitFromKey(text(p, "time_unit")).value_or(TimeUnit::Unspecified);
    e.papers = strings(p, "papers");
    e.commune = text(p, "commune");
    e.duplicateReason = text(p, "duplicate_reason");
    e.feeText = text(p, "fee_text");
    if (const QJsonValue amount = p.value(QLatin1String("fee_amount")); amount.isDouble())
        e.feeAmount = amount.toInteger();
    return e;
}

QJsonObject DossierReceivedEvent::toPayload() const
{
    QJsonObject applicant{{QStringLiteral("full_name"), applicantName}};
    putText(applicant, "citizen_id", citizenId);
    putText(applicant, "phone", phone);
    putText(applicant, "address", address);
    QJsonObject p{{QStringLiteral("code_provisional"), codeProvisional},
                  {QStringLiteral("procedure_code"), procedureCode},
                  {QStringLiteral("procedure_name"), procedureName},
                  {QStringLiteral("applicant"), applicant},
                  {QStringLiteral("channel"), channelKey(channel)},
                  {QStringLiteral("received_at"), Time::toUtcIso(receivedAt)},
                  {QStringLiteral("due_at"), Time::toUtcIso(dueAt)},
                  {QStringLiteral("due_unit_assumed"), dueUnitAssumed},
                  {QStringLiteral("time_unit"), timeUnitKey(timeUnit)},
                  {QStringLiteral("papers"), QJsonArray::fromStringList(papers)},
                  {QStringLiteral("commune"), commune},
                  {QStringLiteral("time_limit"), timeLimit ? QJsonValue(*timeLimit) : QJsonValue()}};
    putText(p, "code", code);
    putText(p, "duplicate_reason", duplicateReason);
    putText(p, "fee_text", feeText);
    if (feeAmount)
        p.insert(QStringLiteral("fee_amount"), *feeAmount);
    return p;
}

DossierStepEvent DossierStepEvent::fromPayload(const QJsonObject &p)
{
    DossierStepEvent e;
    e.at = time(p, "at");
    e.note = text(p, "note");
    e.reason = text(p, "reason");
    e.toUser = text(p, "to_user");
    e.toUserName = text(p, "to_user_name");
    e.toDepartment = text(p, "to_department");
    if (const QJsonValue v = p.value(QLatin1String("to_leader")); v.isBool())
        e.toLeader = v.toBool();
    e.stepDueAt = time(p, "step_due_at");
    e.items = strings(p, "items");
    e.receivedItems = strings(p, "received_items");
    if (const QJsonValue v = p.value(QLatin1String("repeat")); v.isBool())
        e.repeat = v.toBool();
    if (const QJsonValue v = p.value(QLatin1String("paused_working_days")); v.isDouble())
        e.pausedWorkingDays = v.toInt();
    e.dueAt = time(p, "due_at");
    if (p.contains(QLatin1String("how")))
        e.how = returnHowFromKey(text(p, "how"));
    e.newDueAt = time(p, "new_due_at");
    e.originalDueAt = time(p, "original_due_at");
    e.duplicateOf = text(p, "duplicate_of");
    return e;
}

QJsonObject DossierStepEvent::toPayload() const
{
    QJsonObject p;
    putTime(p, "at", at);
    putText(p, "note", note);
    putText(p, "reason", reason);
    putText(p, "to_user", toUser);
    putText(p, "to_user_name", toUserName);
    putText(p, "to_department", toDepartment);
    if (toLeader)
        p.insert(QStringLiteral("to_leader"), *toLeader);
    putTime(p, "step_due_at", stepDueAt);
    if (!items.isEmpty())
        p.insert(QStringLiteral("items"), QJsonArray::fromStringList(items));
    if (!receivedItems.isEmpty())
        p.insert(QStringLiteral("received_items"), QJsonArray::fromStringList(receivedItems));
    if (repeat)
        p.insert(QStringLiteral("repeat"), *repeat);
    if (pausedWorkingDays)
        p.insert(QStringLiteral("paused_working_days"), *pausedWorkingDays);
    putTime(p, "due_at", dueAt);
    if (how)
        p.insert(QStringLiteral("how"), returnHowKey(*how));
    putTime(p, "new_due_at", newDueAt);
    putTime(p, "original_due_at", originalDueAt);
    putText(p, "duplicate_of", duplicateOf);
    return p;
}

} // namespace MotCua
