#include "app/cli/common.h"

#include "core/domain/text.h"
#include "core/services/catalogservice.h"
#include "core/services/searchservice.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

// The name, or what is known when the source lost it.
QString procedureName(const Procedure &p)
{
    return p.nameKnown ? p.name : tr("procedure name unknown — code %1").arg(p.code);
}

QString timeLimitText(const Procedure &p)
{
    if (!p.timeLimit)
        return tr("not known");
    const int n = *p.timeLimit;
    switch (p.timeUnit) {
    case TimeUnit::WorkingDays:
        return n == 1 ? tr("1 working day") : tr("%1 working days").arg(n);
    case TimeUnit::Days:
        return n == 1 ? tr("1 day") : tr("%1 days").arg(n);
    case TimeUnit::WorkingHours:
        return n == 1 ? tr("1 working hour") : tr("%1 working hours").arg(n);
    case TimeUnit::Hours:
        return n == 1 ? tr("1 hour") : tr("%1 hours").arg(n);
    case TimeUnit::Unspecified:
        break;
    }
    return tr("%1 (unit not stated)").arg(n);
}

QJsonObject procedureJson(const Procedure &p)
{
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("name_known"), p.nameKnown},
            {QStringLiteral("field"), p.field},
            {QStringLiteral("time_limit"), p.timeLimit ? QJsonValue(*p.timeLimit) : QJsonValue()},
            {QStringLiteral("time_unit"), timeUnitKey(p.timeUnit)},
            {QStringLiteral("time_set_by_admin"), !p.timeSetBy.isEmpty()},
            {QStringLiteral("fee_text"), p.feeText},
            {QStringLiteral("fee_amount"), p.feeAmount ? QJsonValue(*p.feeAmount) : QJsonValue()}};
}

void printProcedures(const QList<Procedure> &found, Output &out)
{
    QList<QStringList> rows;
    for (const Procedure &p : found) {
        if (out.json())
            out.line(procedureJson(p));
        rows.append({p.code, Text::cutAtWord(procedureName(p), 80), timeLimitText(p), p.feeText});
    }
    if (!out.json())
        out.table({tr("Code"), tr("Procedure"), tr("Time limit"), tr("Fee")}, rows);
}

int cmdCatalogSearch(const Args &a, Output &out)
{
    if (a.positional.size() < 3)
        throw UsageError(QStringLiteral("usage: motcua-cli catalog search WORDS... [--limit N] [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    Q_UNUSED(session);
    const int limit = intOption(a, "--limit", 20, 1, 1000);
    printProcedures(unwrap(CatalogService(*store).search(a.positional.mid(2).join(u' '), limit)), out);
    return kOk;
}

int cmdCatalogList(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("catalog list [--missing-time-limit] [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    Q_UNUSED(session);
    printProcedures(unwrap(CatalogService(*store).list(a.has(QStringLiteral("--missing-time-limit")))), out);
    return kOk;
}

int cmdCatalogSetTimeLimit(const Args &a, Output &out)
{
    const QString usage =
        QStringLiteral("catalog set-time-limit CODE --limit N --unit working-days|working-hours|days [--json]");
    expectPositional(a, 3, usage);
    if (!a.has(QStringLiteral("--limit")) || !a.has(QStringLiteral("--unit")))
        throw UsageError(QStringLiteral("usage: motcua-cli ") + usage);
    const QString unitKey = a.value(QStringLiteral("--unit"));
    const auto unit = timeUnitFromKey(unitKey);
    if (!unit || (*unit != TimeUnit::WorkingDays && *unit != TimeUnit::WorkingHours && *unit != TimeUnit::Days))
        throw Failure{
            kBadInput,
            QStringLiteral("--unit '%1' is not one of working-days, working-hours, days").arg(shown(unitKey))};
    const int limit = intOption(a, "--limit", 0, 0, 2920);
    auto store = openStore(a);
    const Session session = login(*store, a);
    CatalogService catalog(*store);
    const Procedure before = unwrap(catalog.find(a.positional.at(2)));
    const Procedure p = unwrap(catalog.setTimeLimit(session, before.code, limit, *unit));
    if (out.json()) {
        QJsonObject o = procedureJson(p);
        o.insert(QStringLiteral("previous_time_limit"),
                 before.timeLimit ? QJsonValue(*before.timeLimit) : QJsonValue());
        o.insert(QStringLiteral("previous_time_unit"), timeUnitKey(before.timeUnit));
        out.line(o);
    } else {
        out.text(tr("%1: time limit %2 (was: %3). Dossiers received from now on are due by it; those already "
                    "received keep their due date.")
                     .arg(p.code, timeLimitText(p), timeLimitText(before)));
    }
    return kOk;
}

int cmdSearch(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(
            QStringLiteral("usage: motcua-cli search QUERY [--kind "
                           "dossier|incoming|outgoing|applicant|procedure|attachment]... [--state "
                           "S] [--from DATE] [--until "
                           "DATE] [--procedure CODE] [--field F] [--assignee USER] [--limit N | --all] [--json]"));
    SearchQuery q;
    q.text = a.positional.mid(1).join(u' ');
    q.kinds = a.all(QStringLiteral("--kind"));
    q.state = a.value(QStringLiteral("--state"));
    q.receivedFrom = dateOption(a, "--from");
    q.receivedTo = dateOption(a, "--until");
    q.procedureCode = a.value(QStringLiteral("--procedure"));
    q.field = a.value(QStringLiteral("--field"));
    q.assignee = a.value(QStringLiteral("--assignee"));
    q.limit = intOption(a, "--limit", q.limit, 1, 200);
    // --all: every match, newest first, page by page (keyset), instead of the best few per kind.
    q.paged = a.has(QStringLiteral("--all"));
    if (q.paged)
        q.limit = 200;
    auto store = openStore(a);
    const Session session = login(*store, a);
    SearchService service(*store);
    QList<QStringList> rows;
    for (;;) {
        const SearchResult r = unwrap(service.search(session, q));
        for (const SearchHit &h : r.hits) {
            if (out.json())
                out.line({{QStringLiteral("kind"), h.kind},
                          {QStringLiteral("id"), h.kind == QLatin1String("dossier") ? h.code : h.id},
                          {QStringLiteral("title"), h.title},
                          {QStringLiteral("snippet"), h.snippet}});
            rows.append({h.kind, h.title.left(70), h.snippet.left(90)});
        }
        if (!q.paged || r.nextBefore <= 0)
            break;
        q.before = r.nextBefore;
    }
    if (!out.json())
        out.table({tr("Kind"), tr("Title"), tr("Match")}, rows);
    return kOk;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        {{QStringLiteral("catalog"), QStringLiteral("search")},
         QStringLiteral("catalog search WORDS... [--limit N] [--json]"),
         {QStringLiteral("--limit")},
         {},
         cmdCatalogSearch},
        {{QStringLiteral("catalog"), QStringLiteral("list")},
         QStringLiteral("catalog list [--missing-time-limit] [--json]"),
         {},
         {QStringLiteral("--missing-time-limit")},
         cmdCatalogList},
        {{QStringLiteral("catalog"), QStringLiteral("set-time-limit")},
         QStringLiteral("catalog set-time-limit CODE --limit N --unit working-days|working-hours|days [--json]"),
         {QStringLiteral("--limit"), QStringLiteral("--unit")},
         {},
         cmdCatalogSetTimeLimit},
        {{QStringLiteral("search")},
         QStringLiteral("search QUERY [--kind dossier|incoming|outgoing|applicant|procedure|attachment]... [--state S] "
                        "[--from DATE] [--until DATE] "
                        "[--procedure CODE] [--field F] [--assignee USER] [--limit N | --all] [--json]"),
         {QStringLiteral("--kind"), QStringLiteral("--state"), QStringLiteral("--from"), QStringLiteral("--until"),
          QStringLiteral("--procedure"), QStringLiteral("--field"), QStringLiteral("--assignee"),
          QStringLiteral("--limit")},
         {QStringLiteral("--all")},
         cmdSearch},
    };
}

} // namespace MotCua::Cli
