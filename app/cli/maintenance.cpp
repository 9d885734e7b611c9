#include "app/cli/common.h"

#include "core/domain/ids.h"
#include "core/services/auditservice.h"
#include "core/services/authservice.h"
#include "core/services/backupservice.h"
#include "core/services/settingsservice.h"
#include "core/services/setupservice.h"
#include "core/services/units.h"
#include "core/store/store.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

int cmdInit(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("init --commune CODE  |  init --join FILE"));
    const QString commune = a.value(QStringLiteral("--commune"));
    if (a.has(QStringLiteral("--join"))) {
        if (!commune.isEmpty())
            throw UsageError(
                QStringLiteral("init takes --commune CODE or --join FILE, not both (a joined counter takes "
                               "the commune of its bundle)"));
        // The person setting up the counter signs in with their administrator account of the commune.
        const QString user = qEnvironmentVariableIsSet("MOTCUA_USER") ? qEnvironmentVariable("MOTCUA_USER").trimmed()
                                                                      : QStringLiteral("admin");
        if (user.isEmpty())
            throw Failure{kBadInput, QStringLiteral("MOTCUA_USER is empty: set it to an administrator's user name")};
        const QString password =
            a.has(QStringLiteral("--password-stdin")) ? readLineFromStdin() : qEnvironmentVariable("MOTCUA_PASSWORD");
        if (password.isEmpty())
            throw Failure{kBadInput,
                          QStringLiteral("no password: set MOTCUA_USER and MOTCUA_PASSWORD to an administrator "
                                         "account of the commune; nothing was created")};
        return joinFromBundle(a, out, user, password);
    }
    if (commune.isEmpty())
        throw UsageError(
            QStringLiteral("init needs --commune CODE (the 5-digit unit code, e.g. 00004) or --join FILE"));
    // Check the input before anything touches the disk.
    const auto unit = Units::find(commune);
    if (!unit)
        throw Failure{
            kBadInput,
            QStringLiteral("'%1' is not a commune code: use the 5-digit code of a xã, phường or đặc khu (e.g. 00004)")
                .arg(shown(commune))};
    // MOTCUA_USER unset: the first administrator is 'admin'; set but empty names nobody and is refused.
    const QString user = qEnvironmentVariableIsSet("MOTCUA_USER") ? qEnvironmentVariable("MOTCUA_USER").trimmed()
                                                                  : QStringLiteral("admin");
    if (user.isEmpty())
        throw Failure{kBadInput, QStringLiteral("MOTCUA_USER is empty: set it to the first administrator's user name, "
                                                "or unset it for 'admin'; no store was created")};
    const QString password =
        a.has(QStringLiteral("--password-stdin")) ? readLineFromStdin() : qEnvironmentVariable("MOTCUA_PASSWORD");
    if (password.isEmpty())
        throw Failure{kBadInput, QStringLiteral("no password for the first administrator: set MOTCUA_PASSWORD (and "
                                                "MOTCUA_USER, default 'admin'); no account was created")};
    unwrap(AuthService::checkUsername(user.trimmed().toLower()));
    unwrap(AuthService::checkPasswordPolicy(password));

    auto store = unwrap(Store::open(dataDirOf(a), true));
    const SetupResult r =
        unwrap(SetupService(*store).initialise({commune, user, password, a.value(QStringLiteral("--full-name"))}));
    if (out.json()) {
        out.line({{QStringLiteral("data_dir"), store->dataDir()},
                  {QStringLiteral("commune"), r.communeCode},
                  {QStringLiteral("commune_name"), r.communeName},
                  {QStringLiteral("device"), store->deviceId()},
                  {QStringLiteral("device_tag"), store->deviceTag()},
                  {QStringLiteral("admin"), r.admin.username},
                  {QStringLiteral("procedures"), r.procedures}});
    } else {
        out.text(tr("Store created at %1").arg(store->databasePath()));
        out.text(tr("Commune: %1 (%2)").arg(r.communeName, r.communeCode));
        out.text(tr("Administrator: %1").arg(r.admin.username));
        out.text(tr("Procedures imported: %1").arg(r.procedures));
    }
    return kOk;
}

int cmdCounterList(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("counter list [--json]"));
    auto store = openStore(a);
    login(*store, a);
    const QList<CounterPoint> list = unwrap(SettingsService(*store).counters());
    QList<QStringList> rows;
    for (const CounterPoint &c : list) {
        if (out.json())
            out.line({{QStringLiteral("device_id"), c.deviceId},
                      {QStringLiteral("tag"), c.tag},
                      {QStringLiteral("label"), c.label},
                      {QStringLiteral("here"), c.here}});
        else
            rows.append({c.tag, c.label, c.here ? tr("this PC") : QString()});
    }
    if (!out.json())
        out.table({tr("Tag"), tr("Reception point"), QString()}, rows);
    return kOk;
}

int cmdCounterName(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("counter name LABEL"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    SettingsService settings(*store);
    unwrap(settings.nameThisCounter(session, a.positional.at(2)));
    for (const CounterPoint &c : unwrap(settings.counters()))
        if (c.here)
            out.text(tr("This counter (%1) is now the reception point \"%2\"").arg(c.tag, c.label));
    return kOk;
}

int cmdRebuild(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("rebuild"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(MaintenanceService(*store).rebuild(session));
    const qint64 events = unwrap(store->log().count());
    if (out.json())
        out.line({{QStringLiteral("rebuilt"), true}, {QStringLiteral("events"), events}});
    else
        out.text(tr("Projections rebuilt from %1 events").arg(events));
    return kOk;
}

int cmdVerify(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("verify"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const VerifyReport r = unwrap(MaintenanceService(*store).verify(session));
    if (out.json()) {
        QJsonArray problems;
        for (const ChainProblem &p : r.chainProblems)
            problems.append(
                QJsonObject{{QStringLiteral("kind"), chainProblemKindName(p.kind)},
                            {QStringLiteral("device"), p.device},
                            {QStringLiteral("event"), p.eventId.isEmpty() ? QJsonValue() : QJsonValue(p.eventId)},
                            {QStringLiteral("device_seq"), p.deviceSeq},
                            {QStringLiteral("detail"), p.detail}});
        out.line({{QStringLiteral("ok"), r.ok()},
                  {QStringLiteral("events"), r.events},
                  {QStringLiteral("devices"), r.devices},
                  {QStringLiteral("chain_problems"), problems},
                  {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(r.integrityProblems)},
                  {QStringLiteral("journal_problems"), QJsonArray::fromStringList(r.journalProblems)},
                  {QStringLiteral("projections_match"), r.projectionsMatch},
                  {QStringLiteral("projection_diffs"), QJsonArray::fromStringList(r.projectionDiffs)}});
    } else {
        out.text(tr("%1 events from %2 devices").arg(r.events).arg(r.devices));
        for (const ChainProblem &p : r.chainProblems)
            out.text(tr("BROKEN CHAIN: device %1 (%2), event #%3 %4: %5")
                         .arg(store->deviceName(p.device), p.device)
                         .arg(p.deviceSeq)
                         .arg(p.eventId, p.detail));
        for (const QString &p : r.integrityProblems)
            out.text(tr("DAMAGED FILE: %1").arg(p));
        if (!r.projectionsMatch)
            out.text(tr("PROJECTIONS DIFFER from the event log: %1").arg(r.projectionDiffs.join(QStringLiteral(", "))));
        for (const QString &p : r.journalProblems)
            out.text(tr("LOST OR REPEATED: %1").arg(p));
        if (r.ok())
            out.text(tr("OK: every hash chain holds and the projections match the event log"));
    }
    if (!r.ok())
        throw Failure{kFailure, QStringLiteral("verify found problems: %1 in the chains, %2 in the file, %3 lost or "
                                               "repeated%4")
                                    .arg(r.chainProblems.size())
                                    .arg(r.integrityProblems.size())
                                    .arg(r.journalProblems.size())
                                    .arg(r.projectionsMatch ? QString() : QStringLiteral(", projections differ"))};
    return kOk;
}

int cmdExport(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("export --canonical"));
    if (!a.has(QStringLiteral("--canonical")))
        throw UsageError(QStringLiteral("export needs --canonical (the only export format so far)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    out.raw(unwrap(MaintenanceService(*store).exportCanonical(session)));
    return kOk;
}

QJsonObject backupJson(const BackupInfo &b)
{
    return {{QStringLiteral("path"), b.path},
            {QStringLiteral("commune"), b.communeCode},
            {QStringLiteral("commune_name"), b.communeName},
            {QStringLiteral("schema_version"), b.schemaVersion},
            {QStringLiteral("events"), b.events},
            {QStringLiteral("dossiers"), b.dossiers},
            {QStringLiteral("users"), b.users},
            {QStringLiteral("last_event_at"),
             b.lastEventAt.isValid() ? QJsonValue(Time::toVietnamIso(b.lastEventAt)) : QJsonValue()},
            {QStringLiteral("size_bytes"), b.sizeBytes},
            {QStringLiteral("ok"), b.ok()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(b.problems)}};
}

void printBackup(Output &out, const BackupInfo &b)
{
    if (out.json()) {
        out.line(backupJson(b));
        return;
    }
    out.text(tr("File:      %1 (%2 KB)").arg(b.path).arg(b.sizeBytes / 1024));
    out.text(tr("Commune:   %1 (%2)").arg(b.communeName, b.communeCode));
    out.text(tr("Holds:     %1 events, %2 dossiers, %3 users").arg(b.events).arg(b.dossiers).arg(b.users));
    out.text(tr("Last change: %1").arg(b.lastEventAt.isValid() ? vnDateTime(b.lastEventAt) : QStringLiteral("-")));
    out.text(b.ok() ? tr("Check:     OK (integrity, hash chains)")
                    : tr("Check:     FAILED: %1").arg(b.problems.join(QStringLiteral("; "))));
}

int cmdBackupInspect(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("backup inspect FILE [--json]"));
    const BackupInfo info = unwrap(BackupService::inspect(a.positional.at(2)));
    printBackup(out, info);
    if (!info.ok())
        throw Failure{kFailure, QStringLiteral("the backup %1 does not verify: %2")
                                    .arg(shown(info.path), info.problems.join(QStringLiteral("; ")))};
    return kOk;
}

int cmdBackup(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("backup --to FOLDER [--keep N]   |   backup inspect FILE"));
    const QString folder = a.value(QStringLiteral("--to"));
    if (folder.isEmpty())
        throw UsageError(QStringLiteral("backup needs --to FOLDER (a folder or a USB drive)"));
    const int keep = intOption(a, "--keep", BackupService::kDefaultKeep, 1, 365);
    auto store = openStore(a);
    const Session session = login(*store, a);
    BackupService service(*store);
    const BackupInfo info = unwrap(service.backup(session, folder));
    const QStringList pruned = unwrap(service.prune(session, folder, keep));
    printBackup(out, info);
    if (!out.json() && !pruned.isEmpty())
        out.text(tr("Deleted %1 older backup(s)").arg(pruned.size()));
    return kOk;
}

int cmdRestore(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("--data-dir NEW_DIR restore --from FILE [--as copy|replacement]"));
    const QString from = a.value(QStringLiteral("--from"));
    if (from.isEmpty())
        throw UsageError(QStringLiteral("restore needs --from FILE"));
    if (!a.has(QStringLiteral("--data-dir")) && qEnvironmentVariable("MOTCUA_DATA_DIR").isEmpty())
        throw UsageError(
            QStringLiteral("restore needs --data-dir NEW_DIR: a new, empty folder for the restored store"));
    // A copy (the default) becomes a new counter with its own device id; a replacement takes over the identity of
    // the PC the backup came from, which must not run any more.
    const QString as = a.has(QStringLiteral("--as")) ? a.value(QStringLiteral("--as")) : QStringLiteral("copy");
    if (as != QLatin1String("copy") && as != QLatin1String("replacement"))
        throw Failure{kBadInput, QStringLiteral("--as must be copy or replacement, got '%1'").arg(shown(as))};
    const auto mode =
        as == QLatin1String("copy") ? BackupService::RestoreAs::Copy : BackupService::RestoreAs::Replacement;
    const BackupInfo info = unwrap(BackupService::restore(from, dataDirOf(a), mode));
    printBackup(out, info);
    if (!out.json())
        out.text(tr("Restored into %1").arg(dataDirOf(a)));
    return kOk;
}

int cmdAudit(const Args &a, Output &out)
{
    expectPositional(
        a, 1, QStringLiteral("audit [--user NAME] [--entity E] [--record R] [--from DATE] [--until DATE] [--limit N]"));
    AuditFilter filter;
    filter.actor = a.value(QStringLiteral("--user"));
    filter.entity = a.value(QStringLiteral("--entity"));
    filter.record = a.value(QStringLiteral("--record"));
    filter.from = dateOption(a, "--from");
    filter.to = dateOption(a, "--until");
    const int limit = intOption(a, "--limit", 100, 1, 1000000);
    // --user names the account being audited here; sign in through MOTCUA_USER (or MOTCUA_PASSWORD / stdin).
    Args auth = a;
    auth.values.remove(QStringLiteral("--user"));
    auto store = openStore(a);
    const Session session = login(*store, auth);
    AuditService audit(*store);
    QList<AuditEntry> entries;
    qint64 before = 0;
    do {
        const AuditPage page = unwrap(audit.list(session, filter, before, std::min(1000, limit - int(entries.size()))));
        entries += page.entries;
        before = page.nextBefore;
    } while (before > 0 && entries.size() < limit);
    QList<QStringList> rows;
    for (const AuditEntry &e : entries) {
        if (out.json())
            out.line({{QStringLiteral("at"), Time::toVietnamIso(e.at)},
                      {QStringLiteral("actor"), e.actorName},
                      {QStringLiteral("type"), e.event.type},
                      {QStringLiteral("entity"), e.event.entity},
                      {QStringLiteral("record"), e.recordLabel},
                      {QStringLiteral("device"), e.event.device},
                      {QStringLiteral("device_name"), e.deviceName},
                      {QStringLiteral("event"), e.event.id}});
        rows.append({vnDateTime(e.at), e.actorName, e.event.type, e.recordLabel, e.deviceName});
    }
    if (!out.json())
        out.table({tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Device")}, rows);
    return kOk;
}

int cmdRepair(const Args &a, Output &out)
{
    expectPositional(a, 1, QStringLiteral("repair --accept-loss"));
    if (!a.has(QStringLiteral("--accept-loss")))
        throw UsageError(QStringLiteral("repair needs --accept-loss (the only repair so far: continue after events "
                                        "acknowledged earlier went missing, as a new device)"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QString before = store->deviceTag();
    unwrap(MaintenanceService(*store).acceptLostEvents(session));
    if (out.json())
        out.line({{QStringLiteral("accepted"), true},
                  {QStringLiteral("device"), store->deviceId()},
                  {QStringLiteral("device_tag"), store->deviceTag()}});
    else
        out.text(tr("Loss accepted: this counter continues as device %1 (dossier codes …%1-…, was %2)")
                     .arg(store->deviceTag(), before));
    return kOk;
}

} // namespace

QList<Command> maintenanceCommands()
{
    Command init{{QStringLiteral("init")},
                 QStringLiteral("init --commune CODE [--full-name N]  |  init --join FILE   (the administrator "
                                "from MOTCUA_USER / MOTCUA_PASSWORD)"),
                 {QStringLiteral("--commune"), QStringLiteral("--full-name"), QStringLiteral("--join")},
                 {QStringLiteral("--password-stdin")},
                 cmdInit};
    init.signsIn = false;
    Command restore{{QStringLiteral("restore")},
                    QStringLiteral("--data-dir NEW_DIR restore --from FILE [--as copy|replacement]"),
                    {QStringLiteral("--from"), QStringLiteral("--as")},
                    {},
                    cmdRestore};
    restore.signsIn = false;
    Command inspect{{QStringLiteral("backup"), QStringLiteral("inspect")},
                    QStringLiteral("backup inspect FILE [--json]"),
                    {},
                    {},
                    cmdBackupInspect};
    inspect.signsIn = false;
    // audit's --user names the account audited; the person signing in comes from MOTCUA_USER.
    Command audit{
        {QStringLiteral("audit")},
        QStringLiteral("audit [--user NAME] [--entity E] [--record R] [--from DATE] [--until DATE] [--limit N]"),
        {QStringLiteral("--user"), QStringLiteral("--entity"), QStringLiteral("--record"), QStringLiteral("--from"),
         QStringLiteral("--until"), QStringLiteral("--limit")},
        {QStringLiteral("--password-stdin")},
        cmdAudit};
    audit.signsIn = false;
    return {init,
            {{QStringLiteral("counter"), QStringLiteral("list")},
             QStringLiteral("counter list [--json]"),
             {},
             {},
             cmdCounterList},
            {{QStringLiteral("counter"), QStringLiteral("name")},
             QStringLiteral("counter name LABEL   (this PC as a reception point, e.g. \"Quầy 1 - Hộ tịch\")"),
             {},
             {},
             cmdCounterName},
            {{QStringLiteral("rebuild")}, QStringLiteral("rebuild"), {}, {}, cmdRebuild},
            {{QStringLiteral("verify")}, QStringLiteral("verify [--json]"), {}, {}, cmdVerify},
            {{QStringLiteral("repair")},
             QStringLiteral("repair --accept-loss"),
             {},
             {QStringLiteral("--accept-loss")},
             cmdRepair},
            {{QStringLiteral("export")},
             QStringLiteral("export --canonical"),
             {},
             {QStringLiteral("--canonical")},
             cmdExport},
            inspect,
            {{QStringLiteral("backup")},
             QStringLiteral("backup --to FOLDER [--keep N]"),
             {QStringLiteral("--to"), QStringLiteral("--keep")},
             {},
             cmdBackup},
            restore,
            audit};
}

} // namespace MotCua::Cli
