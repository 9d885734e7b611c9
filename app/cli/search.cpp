#include "app/cli/common.h"

#include "core/services/catalogservice.h"
#include "core/services/searchservice.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

int cmdCatalogSearch(const Args &a, Output &out)
{
    if (a.positional.size() < 3)
        throw UsageError(QStringLiteral("usage: motcua-cli catalog search WORDS... [--limit N] [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    Q_UNUSED(session);
    const int limit = intOption(a, "--limit", 20, 1, 1000);
    const QList<Procedure> found = unwrap(CatalogService(*store).search(a.positional.mid(2).join(u' '), limit));
    QList<QStringList> rows;
    for (const Procedure &p : found) {
        if (out.json())
            out.line({{QStringLiteral("code"), p.code},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("field"), p.field},
                      {QStringLiteral("time_limit"), p.timeLimit ? QJsonValue(*p.timeLimit) : QJsonValue()},
                      {QStringLiteral("time_unit"), timeUnitKey(p.timeUnit)}});
        rows.append({p.code, p.name.left(80), p.timeText});
    }
    if (!out.json())
        out.table({tr("Code"), tr("Procedure"), tr("Time limit")}, rows);
    return kOk;
}

int cmdSearch(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(QStringLiteral(
            "usage: motcua-cli search QUERY [--kind dossier|applicant|procedure]... [--state S] [--from DATE] [--until "
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
        {{QStringLiteral("search")},
         QStringLiteral("search QUERY [--kind dossier|applicant|procedure]... [--state S] [--from DATE] [--until DATE] "
                        "[--procedure CODE] [--field F] [--assignee USER] [--limit N | --all] [--json]"),
         {QStringLiteral("--kind"), QStringLiteral("--state"), QStringLiteral("--from"), QStringLiteral("--until"),
          QStringLiteral("--procedure"), QStringLiteral("--field"), QStringLiteral("--assignee"),
          QStringLiteral("--limit")},
         {QStringLiteral("--all")},
         cmdSearch},
    };
}

} // namespace MotCua::Cli
