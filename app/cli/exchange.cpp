#include "app/cli/common.h"

#include "core/domain/ids.h"
#include "core/services/bundleservice.h"
#include "core/services/conflictservice.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

QJsonObject bundleJson(const BundleInfo &b)
{
    return {{QStringLiteral("path"), b.path},
            {QStringLiteral("commune"), b.communeCode},
            {QStringLiteral("commune_name"), b.communeName},
            {QStringLiteral("made_by"), b.madeByTag},
            {QStringLiteral("made_at"), b.madeAt.isValid() ? QJsonValue(Time::toVietnamIso(b.madeAt)) : QJsonValue()},
            {QStringLiteral("events"), b.events},
            {QStringLiteral("counters"), QJsonArray::fromStringList(b.deviceTags)},
            {QStringLiteral("size_bytes"), b.sizeBytes}};
}

void printImport(Output &out, const BundleImport &r)
{
    if (out.json()) {
        out.line({{QStringLiteral("added"), r.added},
                  {QStringLiteral("already_had"), r.alreadyHad},
                  {QStringLiteral("conflicts"), qint64(r.conflicts.size())},
                  {QStringLiteral("conflict_ids"), QJsonArray::fromStringList(r.conflicts)}});
        return;
    }
    out.text(tr("Added %1 events, %2 already here; %3 new item(s) need attention")
                 .arg(r.added)
                 .arg(r.alreadyHad)
                 .arg(r.conflicts.size()));
    if (!r.conflicts.isEmpty())
        out.text(tr("See them with: motcua-cli conflicts"));
}

int cmdBundleExport(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("bundle export --to FILE [--json]"));
    const QString to = a.value(QStringLiteral("--to"));
    if (to.isEmpty())
        throw UsageError(QStringLiteral("bundle export needs --to FILE (a file on a USB stick, or a folder)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const BundleInfo info = unwrap(BundleService(*store).exportTo(session, to));
    if (out.json())
        out.line(bundleJson(info));
    else
        out.text(
            tr("Bundle written: %1 (%2 events, %3 KB)").arg(info.path).arg(info.events).arg(info.sizeBytes / 1024));
    return kOk;
}

int cmdBundleImport(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("bundle import FILE [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const BundleImport r = unwrap(BundleService(*store).importFrom(session, a.positional.at(2)));
    printImport(out, r);
    return kOk;
}

int cmdBundleInspect(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("bundle inspect FILE [--json]"));
    const BundleInfo info = unwrap(BundleService::inspect(a.positional.at(2)));
    if (out.json()) {
        out.line(bundleJson(info));
    } else {
        out.text(tr("Bundle:    %1 (%2 KB)").arg(info.path).arg(info.sizeBytes / 1024));
        out.text(tr("Commune:   %1 (%2)").arg(info.communeName, info.communeCode));
        out.text(tr("Made by:   counter %1, %2").arg(info.madeByTag, vnDateTime(info.madeAt)));
        out.text(tr("Holds:     %1 events of counter(s) %2")
                     .arg(info.events)
                     .arg(info.deviceTags.join(QStringLiteral(", "))));
    }
    return kOk;
}

QJsonObject conflictJson(const Conflict &c)
{
    QJsonArray remedies;
    for (ConflictRemedy r : c.remedies)
        remedies.append(conflictRemedyKey(r));
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), conflictKindKey(c.kind)},
            {QStringLiteral("record"), c.record},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("entity_id"), c.entityId},
            {QStringLiteral("event"), c.eventId},
            {QStringLiteral("event_type"), c.eventType},
            {QStringLiteral("by"), c.actorName},
            {QStringLiteral("counter"), c.deviceTag},
            {QStringLiteral("at"), c.at.isValid() ? QJsonValue(Time::toVietnamIso(c.at)) : QJsonValue()},
            {QStringLiteral("detail"), c.detail},
            {QStringLiteral("what_to_do"), ConflictService::describe(c)},
            {QStringLiteral("remedies"), remedies},
            {QStringLiteral("resolved"), c.resolved},
            {QStringLiteral("note"), c.note.isEmpty() ? QJsonValue() : QJsonValue(c.note)}};
}

int cmdConflicts(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("conflicts [--all] [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QList<Conflict> items = unwrap(ConflictService(*store).list(session, a.has(QStringLiteral("--all"))));
    if (out.json()) {
        for (const Conflict &c : items)
            out.line(conflictJson(c));
        return kOk;
    }
    if (items.isEmpty()) {
        out.text(tr("Nothing needs attention."));
        return kOk;
    }
    for (const Conflict &c : items)
        out.text(QStringLiteral("%1  %2%3\n    %4")
                     .arg(c.id, c.record, c.resolved ? tr(" (resolved)") : QString(), ConflictService::describe(c)));
    return kOk;
}

int cmdConflictsResolve(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("conflicts resolve ID --note TEXT"));
    if (!a.has(QStringLiteral("--note")))
        throw UsageError(QStringLiteral("conflicts resolve needs --note TEXT: what was done about it"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(ConflictService(*store).resolve(session, a.positional.at(2), a.value(QStringLiteral("--note"))));
    if (out.json())
        out.line({{QStringLiteral("id"), a.positional.at(2)}, {QStringLiteral("resolved"), true}});
    else
        out.text(tr("Marked resolved: %1").arg(a.positional.at(2)));
    return kOk;
}

} // namespace

// `init --join FILE` lives here too: a second counter set up from a bundle.
int joinFromBundle(const Args &a, Output &out, const QString &user, const QString &password)
{
    const BundleService::Joined joined =
        unwrap(BundleService::join(a.value(QStringLiteral("--join")), dataDirOf(a), user, password));
    if (out.json()) {
        out.line({{QStringLiteral("data_dir"), joined.store->dataDir()},
                  {QStringLiteral("commune"), joined.store->communeCode()},
                  {QStringLiteral("commune_name"), joined.store->communeName()},
                  {QStringLiteral("device"), joined.store->deviceId()},
                  {QStringLiteral("device_tag"), joined.store->deviceTag()},
                  {QStringLiteral("admin"), joined.admin.username},
                  {QStringLiteral("added"), joined.import.added},
                  {QStringLiteral("conflicts"), qint64(joined.import.conflicts.size())}});
    } else {
        out.text(tr("Counter %1 joined %2 (%3) at %4")
                     .arg(joined.store->deviceTag(), joined.store->communeName(), joined.store->communeCode(),
                          joined.store->databasePath()));
        out.text(tr("Taken in: %1 events").arg(joined.import.added));
    }
    return kOk;
}

QList<Command> exchangeCommands()
{
    Command inspect{{QStringLiteral("bundle"), QStringLiteral("inspect")},
                    QStringLiteral("bundle inspect FILE [--json]"),
                    {},
                    {},
                    cmdBundleInspect};
    inspect.signsIn = false;
    return {
        {{QStringLiteral("bundle"), QStringLiteral("export")},
         QStringLiteral("bundle export --to FILE [--json]"),
         {QStringLiteral("--to")},
         {},
         cmdBundleExport},
        {{QStringLiteral("bundle"), QStringLiteral("import")},
         QStringLiteral("bundle import FILE [--json]"),
         {},
         {},
         cmdBundleImport},
        inspect,
        {{QStringLiteral("conflicts")},
         QStringLiteral("conflicts [--all] [--json]"),
         {},
         {QStringLiteral("--all")},
         cmdConflicts},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve")},
         QStringLiteral("conflicts resolve ID --note TEXT"),
         {QStringLiteral("--note")},
         {},
         cmdConflictsResolve},
    };
}

} // namespace MotCua::Cli
