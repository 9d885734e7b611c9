#include "app/cli/common.h"

#include "core/domain/dossierstate.h"
#include "core/domain/ids.h"
#include "core/services/dossierservice.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

QJsonObject dossierJson(const Dossier &d)
{
    QJsonObject o{{QStringLiteral("code"), d.code},
                  {QStringLiteral("id"), d.id},
                  {QStringLiteral("code_provisional"), d.codeProvisional},
                  {QStringLiteral("provisional_code"),
                   d.provisionalCode.isEmpty() ? QJsonValue() : QJsonValue(d.provisionalCode)},
                  {QStringLiteral("procedure_code"), d.procedureCode},
                  {QStringLiteral("procedure_name"), d.procedureName},
                  {QStringLiteral("applicant_name"), d.applicantName},
                  {QStringLiteral("citizen_id"), d.citizenId.isEmpty() ? QJsonValue() : QJsonValue(d.citizenId)},
                  {QStringLiteral("phone"), d.phone.isEmpty() ? QJsonValue() : QJsonValue(d.phone)},
                  {QStringLiteral("address"), d.address.isEmpty() ? QJsonValue() : QJsonValue(d.address)},
                  {QStringLiteral("channel"), channelKey(d.channel)},
                  {QStringLiteral("received_at"), Time::toVietnamIso(d.receivedAt)},
                  {QStringLiteral("received_by"), d.receivedByName},
                  {QStringLiteral("due_at"), Time::toVietnamIso(d.dueAt)},
                  {QStringLiteral("due_unit_assumed"), d.dueUnitAssumed},
                  {QStringLiteral("time_limit"), d.timeLimit ? QJsonValue(*d.timeLimit) : QJsonValue()},
                  {QStringLiteral("time_unit"), timeUnitKey(d.timeUnit)},
                  {QStringLiteral("papers"), QJsonArray::fromStringList(d.papers)},
                  {QStringLiteral("state"), dossierStateKey(d.state)},
                  {QStringLiteral("status_code"), d.statusCode}};
    auto optional = [&o](const char *key, const QString &v) {
        o.insert(QLatin1String(key), v.isEmpty() ? QJsonValue() : QJsonValue(v));
    };
    auto optionalTime = [&o](const char *key, const QDateTime &t) {
        o.insert(QLatin1String(key), t.isValid() ? QJsonValue(Time::toVietnamIso(t)) : QJsonValue());
    };
    optional("assignee", d.assigneeName);
    optional("department", d.department);
    o.insert(QStringLiteral("supplement_count"), d.supplementCount);
    optionalTime("paused_at", d.pausedAt);
    optionalTime("original_due_at", d.originalDueAt);
    optionalTime("new_due_at", d.newDueAt);
    optionalTime("ended_at", d.endedAt);
    optionalTime("returned_at", d.returnedAt);
    optional("return_how", d.returnHow ? returnHowKey(*d.returnHow) : QString());
    optional("reason", d.outcomeReason);
    optional("duplicate_of", d.duplicateOf);
    o.insert(QStringLiteral("late"), d.isLate(QDateTime::currentDateTimeUtc()));
    return o;
}

int cmdDossierReceive(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("dossier receive --procedure CODE --applicant-name NAME [...]"));
    ReceiveRequest req;
    req.procedureCode = a.value(QStringLiteral("--procedure"));
    req.applicantName = a.value(QStringLiteral("--applicant-name"));
    if (req.procedureCode.isEmpty() || req.applicantName.isEmpty())
        throw UsageError(QStringLiteral("dossier receive needs --procedure CODE and --applicant-name NAME"));
    req.citizenId = a.value(QStringLiteral("--citizen-id"));
    req.phone = a.value(QStringLiteral("--phone"));
    req.address = a.value(QStringLiteral("--address"));
    if (a.has(QStringLiteral("--channel"))) {
        const auto channel = channelFromKey(a.value(QStringLiteral("--channel")));
        if (!channel)
            throw Failure{kBadInput, QStringLiteral("--channel must be direct, online or post, got '%1'")
                                         .arg(shown(a.value(QStringLiteral("--channel"))))};
        req.channel = *channel;
    }
    req.receivedAt = dateTimeOption(a, "--received-at");
    req.papers = a.all(QStringLiteral("--paper"));
    req.duplicateReason = a.value(QStringLiteral("--duplicate-reason"));
    req.refuseAsDuplicate = a.has(QStringLiteral("--refuse-duplicate"));

    auto store = openStore(a);
    const Session session = login(*store, a);
    const Dossier d = unwrap(DossierService(*store).receive(session, req));
    if (out.json()) {
        out.line(dossierJson(d));
    } else {
        out.text(tr("Dossier %1 received; result due %2").arg(d.code, vnDateTime(d.dueAt)));
    }
    return kOk;
}

int cmdDossierList(const Args &a, Output &out)
{
    expectPositional(
        a, 2, QStringLiteral("dossier list [--state STATE] [--queue QUEUE] [--filter TEXT] [--limit N] [--json]"));
    const int limit = intOption(a, "--limit", 50, 1, 1000000);
    DossierFilter filter;
    filter.text = a.value(QStringLiteral("--filter"));
    QStringList queueKeys;
    for (WorkQueue q : allWorkQueues())
        if (q != WorkQueue::All)
            queueKeys.append(workQueueKey(q));
    if (a.has(QStringLiteral("--queue"))) {
        const auto queue = workQueueFromKey(a.value(QStringLiteral("--queue")));
        if (!queue || *queue == WorkQueue::All)
            throw Failure{kBadInput,
                          QStringLiteral("unknown queue '%1'; known: %2")
                              .arg(shown(a.value(QStringLiteral("--queue"))), queueKeys.join(QStringLiteral(", ")))};
        filter.queue = *queue;
    }
    if (a.has(QStringLiteral("--state"))) {
        filter.state = dossierStateFromKey(a.value(QStringLiteral("--state")));
        if (!filter.state)
            throw Failure{kBadInput, QStringLiteral("unknown state '%1'; known: %2")
                                         .arg(shown(a.value(QStringLiteral("--state"))),
                                              DossierService::knownStates().join(QStringLiteral(", ")))};
    }

    auto store = openStore(a);
    const Session session = login(*store, a);
    DossierService service(*store);
    QList<Dossier> rows;
    DossierCursor cursor;
    while (rows.size() < limit) {
        const DossierPage page =
            unwrap(service.list(session, filter, cursor, std::min(1000, limit - int(rows.size()))));
        rows += page.rows;
        if (page.next.isNull())
            break;
        cursor = page.next;
    }
    if (out.json()) {
        for (const Dossier &d : rows)
            out.line(dossierJson(d));
    } else {
        QList<QStringList> table;
        for (const Dossier &d : rows)
            table.append({d.code, d.procedureCode, d.applicantName, vnDateTime(d.receivedAt), vnDateTime(d.dueAt),
                          dossierStateKey(d.state)});
        out.table({tr("Code"), tr("Procedure"), tr("Applicant"), tr("Received"), tr("Due"), tr("State")}, table);
    }
    return kOk;
}

int cmdDossierShow(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("dossier show CODE [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const Dossier d = unwrap(DossierService(*store).findByCode(session, a.positional.at(2)));
    if (out.json()) {
        out.line(dossierJson(d));
        return kOk;
    }
    const QList<QPair<QString, QString>> fields = {
        {tr("Code"), Wording::dossierCode(d.code, d.codeProvisional, d.provisionalCode)},
        {tr("Procedure"), d.procedureCode + QStringLiteral(" ") +
                              (d.procedureName.isEmpty() ? tr("(procedure name unknown)") : d.procedureName)},
        {tr("Applicant"), d.applicantName},
        {tr("Citizen ID"), d.citizenId},
        {tr("Phone"), d.phone},
        {tr("Address"), d.address},
        {tr("Channel"), channelKey(d.channel)},
        {tr("Received"), vnDateTime(d.receivedAt) + QStringLiteral(" (") + d.receivedByName + u')'},
        {tr("Due"),
         vnDateTime(d.dueAt) +
             (d.dueUnitAssumed ? tr(" (time unit not stated in the catalog: counted as working days)") : QString())},
        {tr("Papers"), d.papers.join(QStringLiteral("; "))},
        {tr("State"), QStringLiteral("%1 (%2)").arg(dossierStateKey(d.state)).arg(d.statusCode)},
    };
    QList<QPair<QString, QString>> shown = fields;
    // Only an open dossier is held by anyone.
    const DossierHolder holder = d.holder();
    if (holder.kind == DossierHolder::Kind::Desk)
        shown.append({tr("Held by"), tr("the one-stop desk")});
    else if (holder.kind == DossierHolder::Kind::Department)
        shown.append({tr("Held by"), holder.department});
    else if (holder.kind == DossierHolder::Kind::Person)
        shown.append({tr("Held by"), holder.department.isEmpty()
                                         ? holder.name
                                         : QStringLiteral("%1 (%2)").arg(holder.name, holder.department)});
    for (const auto &[k, v] : shown)
        out.text(k.leftJustified(12) + v);
    return kOk;
}

int cmdDossierAct(const Args &a, Output &out)
{
    const QString actionKey = a.positional.value(1);
    const auto action = dossierActionFromKey(actionKey);
    if (!action)
        throw UsageError(QStringLiteral("unknown command 'dossier %1' (see motcua-cli --help)").arg(actionKey));
    expectPositional(a, 3, QStringLiteral("dossier %1 CODE [options]").arg(actionKey));
    DossierActionRequest req;
    req.action = *action;
    req.code = a.positional.at(2);
    req.toUser = a.value(QStringLiteral("--to"));
    req.toDepartment = a.value(QStringLiteral("--department"));
    req.stepDays = intOption(a, "--days", 0, 0, 365);
    req.reason = a.value(QStringLiteral("--reason"));
    req.items = a.all(QStringLiteral("--item"));
    if (a.has(QStringLiteral("--how"))) {
        const auto how = returnHowFromKey(a.value(QStringLiteral("--how")));
        if (!how)
            throw Failure{kBadInput,
                          QStringLiteral("how the result was returned must be desk, post or electronic (got '%1')")
                              .arg(shown(a.value(QStringLiteral("--how"))))};
        req.how = *how;
    }
    req.note = a.value(QStringLiteral("--note"));
    req.newDueAt = dateTimeOption(a, "--new-due");
    req.at = dateTimeOption(a, "--at");
    // A new appointment given as a bare date is at the end of that working day.
    // A new appointment given as a bare date: the core decides its hour (the end of that working day).
    if (a.has(QStringLiteral("--new-due")) && !a.value(QStringLiteral("--new-due")).contains(u'T')) {
        req.newDueDate = Time::toVietnam(req.newDueAt).date();
        req.newDueAt = {};
    }

    auto store = openStore(a);
    const Session session = login(*store, a);
    const Dossier d = unwrap(DossierService(*store).act(session, req));
    if (out.json())
        out.line(dossierJson(d));
    else
        out.text(tr("Dossier %1: %2 (status %3)").arg(d.code, dossierStateKey(d.state)).arg(d.statusCode));
    return kOk;
}

int cmdDossierControlSheet(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("dossier control-sheet CODE [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const ControlSheet sheet = unwrap(DossierService(*store).controlSheet(session, a.positional.at(2)));
    QList<QStringList> rows;
    for (const ControlStep &s : sheet.steps) {
        auto t = [](const QDateTime &dt) { return dt.isValid() ? Time::toVietnamIso(dt) : QString(); };
        if (out.json())
            out.line({{QStringLiteral("from"), s.from},
                      {QStringLiteral("to"), s.to},
                      {QStringLiteral("handed_at"), t(s.handedAt)},
                      {QStringLiteral("allowed_until"), t(s.allowedUntil)},
                      {QStringLiteral("done_at"), s.doneAt.isValid() ? QJsonValue(t(s.doneAt)) : QJsonValue()},
                      {QStringLiteral("result"), s.result},
                      {QStringLiteral("note"), s.note}});
        rows.append({s.from, s.to, vnDateTime(s.handedAt),
                     s.allowedUntil.isValid() ? vnDateTime(s.allowedUntil) : QString(),
                     s.doneAt.isValid() ? vnDateTime(s.doneAt) : QString(), s.result, s.note});
    }
    if (!out.json())
        out.table({tr("From"), tr("To"), tr("Handed over"), tr("Allowed until"), tr("Done"), tr("Result"), tr("Note")},
                  rows);
    return kOk;
}

} // namespace

QList<Command> dossierCommands()
{
    const QStringList when{QStringLiteral("--note"), QStringLiteral("--at")};
    auto action = [&](const char *key, QStringList options, const char *usage) {
        return Command{
            {QStringLiteral("dossier"), QLatin1String(key)}, QLatin1String(usage), options + when, {}, cmdDossierAct};
    };
    return {
        {{QStringLiteral("dossier"), QStringLiteral("receive")},
         QStringLiteral(
             "dossier receive --procedure CODE --applicant-name NAME [--citizen-id ID] [--phone P] [--address A] "
             "[--channel direct|online|post] [--received-at DATETIME] [--paper TEXT]... "
             "[--duplicate-reason TEXT | --refuse-duplicate] [--json]"),
         {QStringLiteral("--procedure"), QStringLiteral("--applicant-name"), QStringLiteral("--citizen-id"),
          QStringLiteral("--phone"), QStringLiteral("--address"), QStringLiteral("--channel"),
          QStringLiteral("--received-at"), QStringLiteral("--paper"), QStringLiteral("--duplicate-reason")},
         {QStringLiteral("--refuse-duplicate")},
         cmdDossierReceive},
        {{QStringLiteral("dossier"), QStringLiteral("list")},
         QStringLiteral("dossier list [--state STATE] [--queue QUEUE] [--filter TEXT] [--limit N] [--json]"),
         {QStringLiteral("--state"), QStringLiteral("--queue"), QStringLiteral("--filter"), QStringLiteral("--limit")},
         {},
         cmdDossierList},
        {{QStringLiteral("dossier"), QStringLiteral("show")},
         QStringLiteral("dossier show CODE [--json]"),
         {},
         {},
         cmdDossierShow},
        {{QStringLiteral("dossier"), QStringLiteral("control-sheet")},
         QStringLiteral("dossier control-sheet CODE [--json]"),
         {},
         {},
         cmdDossierControlSheet},
        action("transfer", {QStringLiteral("--to"), QStringLiteral("--department"), QStringLiteral("--days")},
               "dossier transfer CODE --to USER [--department D] [--days N] [--note N] [--at DATETIME]"),
        action("request-supplement", {QStringLiteral("--item"), QStringLiteral("--reason")},
               "dossier request-supplement CODE --item TEXT... [--reason R] [--note N] [--at DATETIME]"),
        action("supplement-received", {QStringLiteral("--item")},
               "dossier supplement-received CODE [--item TEXT]... [--note N] [--at DATETIME]"),
        action("refuse", {QStringLiteral("--reason")}, "dossier refuse CODE --reason R [--note N] [--at DATETIME]"),
        action("reject", {QStringLiteral("--reason")}, "dossier reject CODE --reason R [--note N] [--at DATETIME]"),
        action("stop", {QStringLiteral("--reason")}, "dossier stop CODE --reason R [--note N] [--at DATETIME]"),
        action("withdraw", {QStringLiteral("--reason")},
               "dossier withdraw CODE [--reason R] [--note N] [--at DATETIME]"),
        action("submit", {QStringLiteral("--to")}, "dossier submit CODE --to LEADER [--note N] [--at DATETIME]"),
        action("approve", {}, "dossier approve CODE [--note N] [--at DATETIME]"),
        action("finish", {}, "dossier finish CODE [--note N] [--at DATETIME]"),
        action("return", {QStringLiteral("--how")},
               "dossier return CODE [--how desk|post|electronic] [--note N] [--at DATETIME]"),
        action("apologize", {QStringLiteral("--reason"), QStringLiteral("--new-due")},
               "dossier apologize CODE --reason R --new-due DATE [--note N] [--at DATETIME]"),
    };
}

} // namespace MotCua::Cli
