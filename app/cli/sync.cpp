#include "app/cli/common.h"

#include "core/domain/ids.h"
#include "core/store/store.h"
#include "core/sync/net/syncservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace MotCua::Cli
{

namespace
{

// The exit code of a failed enroll or sync (CLI.md: 2 for bad usage or bad input, 1 for any other failure). What the
// person typed or must set up first is 2: an address that is no URL, a code that is wrong, used or of another commune,
// an authority file that is missing or does not verify the server, no enrolment, a role that may not. What the
// province refuses of a right command (a revoked token, a fork), a line that is down, a disk that is full: 1.
Failure syncFailure(const Error &e, bool enrolling)
{
    static const QSet<QString> always{QStringLiteral("not_enrolled"), QStringLiteral("certificate")};
    static const QSet<QString> enrolInput{QStringLiteral("server"), QStringLiteral("code"), QStringLiteral("ca"),
                                          QStringLiteral("code_invalid"), QStringLiteral("wrong_commune")};
    const bool input =
        e.code == Error::Code::Forbidden || always.contains(e.field) || (enrolling && enrolInput.contains(e.field));
    return {input ? kBadInput : kFailure, e.message};
}

int cmdEnroll(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("enroll --server URL --code ONE_TIME_CODE [--ca FILE]"));
    const QString server = a.value(QStringLiteral("--server"));
    const QString code = a.value(QStringLiteral("--code"));
    if (server.isEmpty() || code.isEmpty())
        throw UsageError(QStringLiteral("enroll needs --server URL and --code ONE_TIME_CODE (from the province)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    if (auto enrolled = SyncService(*store).enrol(session, server, code, a.value(QStringLiteral("--ca"))); !enrolled)
        throw syncFailure(enrolled.error(), true);
    const auto place = Sync::TokenVault(store->dataDir(), store->deviceId()).place();
    if (out.json())
        out.line({{QStringLiteral("server"), server},
                  {QStringLiteral("device"), store->deviceId()},
                  {QStringLiteral("enrolled"), true},
                  {QStringLiteral("token"), Sync::TokenVault::placeKey(place)}});
    else
        out.text(tr("Counter %1 enrolled with %2").arg(store->deviceTag(), server) + u' ' +
                 Sync::TokenVault::placeText(place));
    return kOk;
}

int cmdSync(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("sync [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    auto synced = SyncService(*store).syncNow(session, true);
    if (!synced)
        throw syncFailure(synced.error(), false);
    const SyncReport &r = *synced;
    if (out.json()) {
        // In CLI.md's order first: {"pushed":N,"pulled":M,"pending":0,...}.
        QList<std::pair<QString, QJsonValue>> o{{QStringLiteral("pushed"), r.pushed},
                                                {QStringLiteral("pulled"), r.pulled},
                                                {QStringLiteral("pending"), r.pending},
                                                {QStringLiteral("already_had"), r.alreadyHad},
                                                {QStringLiteral("conflicts"), qint64(r.conflicts.size())},
                                                {QStringLiteral("codes_assigned"), r.codesAssigned}};
        if (r.clockWarning)
            o.append({QStringLiteral("clock_skew_seconds"), r.clockSkewSeconds});
        if (!r.published.isEmpty())
            o.append({QStringLiteral("published"), QJsonArray::fromStringList(r.published)});
        out.orderedLine(o);
    } else {
        out.text(tr("Sent %1 events (%2 the province already had), received %3; %4 waiting")
                     .arg(r.pushed)
                     .arg(r.alreadyHad)
                     .arg(r.pulled)
                     .arg(r.pending));
        if (!r.conflicts.isEmpty())
            out.text(tr("%1 new item(s) need attention: motcua-cli conflicts").arg(r.conflicts.size()));
        if (r.codesAssigned > 0)
            out.text(
                tr("%1 dossier(s) received under a provisional code got their official code").arg(r.codesAssigned));
        for (const QString &p : r.published)
            out.text(tr("From the province: %1").arg(p));
        if (r.clockWarning)
            out.text(
                tr("Warning: this PC's clock is %1 s off the province's; set the time right").arg(r.clockSkewSeconds));
    }
    return kOk;
}

int cmdSyncStatus(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("sync status [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const SyncStatus s = unwrap(SyncService(*store).status());
    const auto iso = [](const QDateTime &t) { return t.isValid() ? QJsonValue(Time::toVietnamIso(t)) : QJsonValue(); };
    if (out.json()) {
        out.line({{QStringLiteral("enrolled"), s.enrolled},
                  {QStringLiteral("server"), s.url},
                  {QStringLiteral("pending"), s.pending},
                  {QStringLiteral("acknowledged"), s.acknowledged},
                  {QStringLiteral("last_success"), iso(s.lastSuccess)},
                  {QStringLiteral("last_attempt"), iso(s.lastAttempt)},
                  {QStringLiteral("last_error"), s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError)},
                  {QStringLiteral("parked"), s.parked},
                  {QStringLiteral("clock_skew_seconds"),
                   s.clockSkewSeconds ? QJsonValue(*s.clockSkewSeconds) : QJsonValue()},
                  {QStringLiteral("clock_off"), s.clockOff()},
                  {QStringLiteral("history"), s.history}});
        return kOk;
    }
    if (!s.enrolled) {
        out.text(tr("Not enrolled with the province (motcua-cli enroll --server URL --code CODE)"));
        return kOk;
    }
    out.text(tr("Server:        %1").arg(s.url));
    out.text(tr("Waiting:       %1 events").arg(s.pending));
    out.text(tr("Last success:  %1").arg(s.lastSuccess.isValid() ? vnDateTime(s.lastSuccess) : tr("never")));
    if (!s.lastError.isEmpty())
        out.text(tr("Last error:    %1").arg(s.lastError));
    if (s.parked)
        out.text(tr("Stopped until a person looks: %1").arg(s.parkedReason));
    if (s.clockOff())
        out.text(tr("Warning: this PC's clock is %1 s off the province's (checked %2); set the time right")
                     .arg(*s.clockSkewSeconds)
                     .arg(vnDateTime(s.clockCheckedAt)));
    return kOk;
}

int cmdSyncReconcile(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("sync reconcile [--days N] [--json]"));
    const int days = intOption(a, "--days", 30, 1, 400);
    auto store = openStore(a);
    const Session session = login(*store, a);
    auto checked = SyncService(*store).reconcile(session, days);
    if (!checked)
        throw syncFailure(checked.error(), false);
    const QList<ReconcileDay> &list = *checked;
    qint64 differing = 0;
    for (const ReconcileDay &d : list) {
        if (d.matches)
            continue;
        ++differing;
        if (out.json()) {
            QJsonObject o{{QStringLiteral("day"), d.day},
                          {QStringLiteral("local"), d.localCount},
                          {QStringLiteral("province"), d.serverCount}};
            if (d.eventsNamed) {
                QJsonArray events;
                for (const ReconcileEvent &e : d.events)
                    events.append(QJsonObject{{QStringLiteral("id"), e.id},
                                              {QStringLiteral("change"), reconcileChangeKey(e.change)},
                                              {QStringLiteral("entity"), e.entity},
                                              {QStringLiteral("entity_id"), e.entityId},
                                              {QStringLiteral("record"), e.record},
                                              {QStringLiteral("type"), e.type},
                                              {QStringLiteral("waiting"), e.waiting}});
                o.insert(QStringLiteral("events"), events);
                o.insert(QStringLiteral("events_truncated"), d.eventsTruncated);
            }
            out.line(o);
        } else {
            out.text(reconcileDayText(d));
            // Every event that differs: this is where an administrator looks for them.
            for (const ReconcileEvent &e : d.events)
                out.text(QStringLiteral("  - ") + reconcileEventText(e));
        }
    }
    if (!out.json())
        out.text(reconcileSummary(list));
    return differing ? kFailure : kOk;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {{QStringLiteral("enroll")},
         QStringLiteral("enroll --server URL --code ONE_TIME_CODE [--ca FILE] [--json]"),
         {QStringLiteral("--server"), QStringLiteral("--code"), QStringLiteral("--ca")},
         {},
         cmdEnroll},
        {{QStringLiteral("sync")}, QStringLiteral("sync [--json]"), {}, {}, cmdSync},
        {{QStringLiteral("sync"), QStringLiteral("status")},
         QStringLiteral("sync status [--json]"),
         {},
         {},
         cmdSyncStatus},
        {{QStringLiteral("sync"), QStringLiteral("reconcile")},
         QStringLiteral("sync reconcile [--days N] [--json]"),
         {QStringLiteral("--days")},
         {},
         cmdSyncReconcile},
    };
}

} // namespace MotCua::Cli
