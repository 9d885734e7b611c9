#include "core/services/backupservice.h"

#include "core/services/settingsservice.h"
#include "core/store/eventlog.h"
#include "core/store/store.h"
#include "core/util/log.h"

#include <sqlite3.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace MotCua
{

namespace
{
const auto &backupLog()
{
    static const auto log = Log::get("backup");
    return log;
}

// Copies the whole database `from` into the file `toPath` with the online backup API.
Result<void> copyDatabase(sqlite3 *from, const QString &toPath)
{
    sqlite3 *to = nullptr;
    const QByteArray path = toPath.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(to));
        sqlite3_close(to);
        return Error::io(QStringLiteral("cannot create %1: %2").arg(toPath, msg));
    }
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(to));
        sqlite3_close(to);
        return Error::io(QStringLiteral("cannot start the backup: %1").arg(msg));
    }
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const int finalRc = sqlite3_errcode(to);
    QString msg = QString::fromUtf8(sqlite3_errmsg(to));
    // A self-contained file: no -wal beside it.
    if (rc == SQLITE_DONE)
        sqlite3_exec(to, "PRAGMA journal_mode=DELETE;", nullptr, nullptr, nullptr);
    sqlite3_close(to);
    if (rc != SQLITE_DONE)
        return Error{(rc & 0xff) == SQLITE_FULL ? Error::Code::Io : Error::Code::Db,
                     QStringLiteral("backup to %1 failed: %2")
                         .arg(toPath, finalRc == SQLITE_OK ? QString::fromUtf8(sqlite3_errstr(rc)) : msg),
                     {}};
    return {};
}

Result<void> copyTree(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isDir())
        return {};
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFileInfo::exists(target))
            continue; // files are named by their SHA-256: same name, same bytes
        if (!QFile::copy(file, target))
            return Error::io(QStringLiteral("cannot copy %1 to %2").arg(file, target));
    }
    return {};
}

// Marks a fresh backup copy: what it is, of which device, under which name. prune() deletes only files whose mark
// names themselves, so a renamed hand copy or an unrelated file is never deleted.
Result<void> markAsBackup(const QString &file, const QString &deviceId)
{
    auto db = Db::Database::open(file, Db::Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    auto st = db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!st)
        return st.error();
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("backup_file"), QFileInfo(file).fileName()},
          std::pair{QStringLiteral("backup_of_device"), deviceId},
          std::pair{QStringLiteral("backup_made_at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())}}) {
        st->bind(1, key).bind(2, value);
        if (auto r = st->exec(); !r)
            return r;
        (void)st->reset();
    }
    return db->execScript("PRAGMA journal_mode=DELETE;");
}

// A restored copy becomes a new device: its device id and code tag are dropped, so Store::open() gives it new ones
// and the chain and dossier numbers of the original device are never continued twice. A replacement keeps them.
Result<void> setIdentity(const QString &file, BackupService::RestoreAs as, const QString &originalDevice)
{
    auto db = Db::Database::open(file, Db::Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    auto st = db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("restored_from_device")).bind(2, originalDevice);
    if (auto r = st->exec(); !r)
        return r;
    for (const char *key : {"backup_file", "backup_of_device", "backup_made_at"}) {
        auto del = db->prepare(QStringLiteral("DELETE FROM meta WHERE key = ?1"));
        if (!del)
            return del.error();
        del->bind(1, QLatin1String(key));
        if (auto r = del->exec(); !r)
            return r;
    }
    // Serials of the province's number blocks may have been used after the backup was made (by dossiers lost with
    // the old PC): a restored store never numbers from them again; the next sync asks for new blocks.
    if (auto r = db->execScript("DELETE FROM meta WHERE key LIKE 'number\\_blocks\\_%' ESCAPE '\\'"); !r)
        return r;
    if (as == BackupService::RestoreAs::Copy) {
        // A copy is a new device: what the province acknowledged of the old one is not its own.
        if (auto r = db->execScript("DELETE FROM meta WHERE key IN ('sync_acked_seq', 'sync_cursor', 'sync_parked')");
            !r)
            return r;
        for (const char *key : {"device_id", "device_tag"}) {
            auto del = db->prepare(QStringLiteral("DELETE FROM meta WHERE key = ?1"));
            if (!del)
                return del.error();
            del->bind(1, QLatin1String(key));
            if (auto r = del->exec(); !r)
                return r;
        }
    }
    return db->execScript("PRAGMA journal_mode=DELETE;");
}

struct OwnBackup
{
    QString path;
    QDateTime madeAt; // Vietnam time, from the name
};

// The backups this program wrote for `commune` in `folder`, oldest first: the exact name layout, a SQLite store
// inside, and a mark in it naming this very file.
QList<OwnBackup> ownBackups(const QString &folder, const QString &commune)
{
    static const QRegularExpression name(QStringLiteral("^motcua-(\\d{5})-(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.db$"));
    QList<std::pair<std::pair<QDateTime, int>, OwnBackup>> found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("motcua-*.db")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto m = name.match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != commune)
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!at.isValid())
            continue;
        auto db = Db::Database::open(f.absoluteFilePath(), Db::Database::OpenMode::ReadOnly);
        if (!db)
            continue;
        auto st = db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'backup_file'"));
        if (!st || !st->next() || st->text(0) != f.fileName())
            continue;
        found.append(
            {{at, m.captured(3).toInt()}, {f.absoluteFilePath(), QDateTime(at.date(), at.time(), Time::vietnam())}});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<OwnBackup> out;
    for (const auto &f : found)
        out.append(f.second);
    return out;
}

QString attachmentsOf(const QString &dbFile)
{
    QString base = dbFile;
    if (base.endsWith(QLatin1String(".db")))
        base.chop(3);
    return base + QStringLiteral("-attachments");
}
} // namespace

Result<BackupInfo> BackupService::inspect(const QString &backupFile)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::invalid(QStringLiteral("no backup file at %1").arg(backupFile), QStringLiteral("path"));
    auto db = Db::Database::open(backupFile, Db::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    BackupInfo info;
    info.path = QFileInfo(backupFile).absoluteFilePath();
    info.sizeBytes = QFileInfo(backupFile).size();
    auto check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    while (check->next()) {
        if (check->text(0) != QLatin1String("ok"))
            info.problems.append(check->text(0));
    }
    if (check->failed())
        return Error{
            Error::Code::Corrupt,
            QStringLiteral("%1 is not a readable MotCua store: %2").arg(backupFile, check->lastError().message),
            {}};
    info.integrityOk = info.problems.isEmpty();
    info.schemaVersion = db->userVersion();
    if (info.schemaVersion < 1)
        return Error{Error::Code::Invalid, QStringLiteral("%1 is not a MotCua store").arg(backupFile), {}};
    auto scalar = [&](const char *sql) -> qint64 {
        auto v = db->scalarInt(QString::fromLatin1(sql));
        return v ? *v : -1;
    };
    info.events = scalar("SELECT count(*) FROM events");
    info.dossiers = scalar("SELECT count(*) FROM dossiers");
    info.users = scalar("SELECT count(*) FROM users");
    const qint64 maxHlc = scalar("SELECT coalesce(max(hlc), 0) FROM events");
    if (maxHlc > 0)
        info.lastEventAt = QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(maxHlc), Qt::UTC);
    auto meta = db->prepare(QStringLiteral("SELECT key, value FROM meta"));
    if (meta) {
        while (meta->next()) {
            const QString key = meta->text(0);
            if (key == QLatin1String("commune_code"))
                info.communeCode = meta->text(1);
            else if (key == QLatin1String("commune_name"))
                info.communeName = meta->text(1);
            else if (key == QLatin1String("device_id"))
                info.deviceId = meta->text(1);
        }
    }
    EventLog log(*db, info.deviceId, 0);
    auto chain = log.verify();
    if (!chain)
        return chain.error();
    info.chainsOk = chain->isEmpty();
    for (const ChainProblem &p : *chain)
        info.problems.append(
            QStringLiteral("chain: device %1 event #%2: %3").arg(p.device).arg(p.deviceSeq).arg(p.detail));
    return info;
}

Result<BackupInfo> BackupService::backup(const Session &actor, const QString &folder)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can make backups"));
    if (folder.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("no backup folder given"), QStringLiteral("path"));
    // A copy beside the store dies with the disk it is meant to survive.
    const QString target = QFileInfo(folder).absoluteFilePath();
    const QString dataDir = QFileInfo(m_store.dataDir()).canonicalFilePath();
    QString resolved = QFileInfo(target).canonicalFilePath();
    if (resolved.isEmpty()) // not there yet: judge by its nearest existing parent
        for (QFileInfo up(target);
             resolved.isEmpty() && !up.absolutePath().isEmpty() && up.absolutePath() != up.absoluteFilePath();
             up = QFileInfo(up.absolutePath()))
            if (up.exists())
                resolved = up.canonicalFilePath();
    if (!dataDir.isEmpty() && (resolved == dataDir || resolved.startsWith(dataDir + u'/')))
        return Error::invalid(
            QStringLiteral("the backup folder %1 is inside the store's own folder: choose another drive or folder")
                .arg(folder),
            QStringLiteral("path"));
    const bool created = !QFileInfo::exists(target);
    if (!QDir().mkpath(target))
        return Error::io(QStringLiteral("cannot create the backup folder %1").arg(folder));
    if (created)
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Named in Vietnam time, as the screen shows it.
    const QString stamp = Time::toVietnam(QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("motcua-%1-%2").arg(m_store.communeCode(), stamp);
    QString file = QDir(target).filePath(base + QStringLiteral(".db"));
    for (int i = 2; QFileInfo::exists(file); ++i)
        file = QDir(target).filePath(QStringLiteral("%1-%2.db").arg(base).arg(i));
    {
        // Made empty and user-only first, so the copy never exists with wider rights.
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return Error::io(QStringLiteral("cannot create %1: %2").arg(file, f.errorString()));
    }

    // The copy and the count it must hold are taken inside one read transaction, so they agree.
    qint64 expectedEvents = 0;
    {
        if (auto r = m_store.db().execScript("BEGIN;"); !r) {
            QFile::remove(file);
            return r.error();
        }
        auto count = m_store.log().count();
        auto copied = count ? copyDatabase(m_store.db().handle(), file) : Result<void>(count.error());
        (void)m_store.db().execScript("COMMIT;");
        if (!count) {
            QFile::remove(file);
            return count.error();
        }
        if (!copied) {
            QFile::remove(file);
            return copied.error();
        }
        expectedEvents = *count;
    }
    // The copy says what it is: retention removes only files that carry this mark for their own name.
    if (auto r = markAsBackup(file, m_store.deviceId()); !r) {
        QFile::remove(file);
        return r.error();
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    if (auto r = copyTree(QDir(m_store.dataDir()).filePath(QStringLiteral("attachments")), attachmentsOf(file)); !r) {
        QFile::remove(file);
        return r.error();
    }

    auto info = inspect(file);
    if (!info || !info->ok() || info->events != expectedEvents) {
        const QString why = !info ? info.error().message
                            : info->events != expectedEvents
                                ? QStringLiteral("holds %1 events instead of %2").arg(info->events).arg(expectedEvents)
                                : info->problems.join(QStringLiteral("; "));
        QFile::remove(file);
        backupLog()->error("backup check failed, copy removed: {}", why.toStdString());
        return Error{
            Error::Code::Io, QStringLiteral("the backup copy did not verify and was removed: %1").arg(why), {}};
    }
    backupLog()->info("backup written: {} ({} events)", file.toStdString(), info->events);
    return info;
}

Result<std::optional<BackupInfo>> BackupService::scheduledBackup(const Session &actor, const QDateTime &now)
{
    if (!actor.can(Permission::ViewDossiers) && !actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("sign in to run the scheduled backup"));
    auto local = SettingsService(m_store).local();
    if (!local)
        return local.error();
    if (local->backupFolder.isEmpty())
        return std::optional<BackupInfo>();
    const QDateTime vietnam = Time::toVietnam(now);
    if (vietnam.time().hour() < local->backupHour)
        return std::optional<BackupInfo>();
    const QFileInfoList existing =
        QDir(local->backupFolder)
            .entryInfoList({QStringLiteral("motcua-%1-*.db").arg(m_store.communeCode())}, QDir::Files, QDir::Time);
    if (!existing.isEmpty() && Time::toVietnam(existing.first().lastModified().toUTC()).date() == vietnam.date())
        return std::optional<BackupInfo>();
    // The administrator's standing instruction, carried out on their behalf.
    Session system = actor;
    system.roles.append(Role::Admin);
    auto info = backup(system, local->backupFolder);
    if (!info)
        return info.error();
    if (auto pruned = prune(system, local->backupFolder, local->backupKeep); !pruned)
        return pruned.error();
    backupLog()->info("scheduled backup triggered by {}", actor.userId.toStdString());
    return std::optional<BackupInfo>(*info);
}

Result<QStringList> BackupService::prune(const Session &actor, const QString &folder, int keep)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can delete backups"));
    if (keep < 1)
        return Error::invalid(QStringLiteral("keep at least one backup"), QStringLiteral("keep"));
    // Only files this program wrote as backups of this commune: a hand copy, a note or another program's file with
    // a similar name is never touched.
    QList<OwnBackup> files = ownBackups(folder, m_store.communeCode());
    QStringList deleted;
    while (files.size() > keep) {
        const QString path = files.takeFirst().path;
        if (!QFile::remove(path))
            return Error::io(QStringLiteral("cannot delete %1").arg(path));
        QDir(attachmentsOf(path)).removeRecursively();
        deleted.append(path);
    }
    return deleted;
}

Result<BackupInfo> BackupService::restore(const QString &backupFile, const QString &newDataDir, RestoreAs as)
{
    const QString target = QDir(newDataDir).filePath(QLatin1String(Store::kDatabaseFile));
    if (QFileInfo::exists(target))
        return Error::conflict(
            QStringLiteral("%1 already holds a store: restore into a new, empty data directory").arg(newDataDir));
    if (QFileInfo(newDataDir).exists() &&
        (!QFileInfo(newDataDir).isDir() ||
         !QDir(newDataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        return Error::conflict(
            QStringLiteral("%1 is not an empty folder: restore into a new, empty data directory").arg(newDataDir));
    auto info = inspect(backupFile);
    if (!info)
        return info.error();
    if (!info->ok())
        return Error{Error::Code::Corrupt,
                     QStringLiteral("the backup does not verify: %1").arg(info->problems.join(QStringLiteral("; "))),
                     {}};
    if (!QDir().mkpath(newDataDir))
        return Error::io(QStringLiteral("cannot create %1").arg(newDataDir));
    QFile::setPermissions(newDataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto source = Db::Database::open(backupFile, Db::Database::OpenMode::ReadOnly);
    if (!source)
        return source.error();
    {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return Error::io(QStringLiteral("cannot create %1: %2").arg(target, f.errorString()));
    }
    if (auto r = copyDatabase(source->handle(), target); !r) {
        QFile::remove(target);
        return r.error();
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    if (auto r = copyTree(attachmentsOf(backupFile), QDir(newDataDir).filePath(QStringLiteral("attachments"))); !r)
        return r.error();
    if (auto r = setIdentity(target, as, info->deviceId); !r) {
        QFile::remove(target);
        return r.error();
    }
    // Open it as a store once: migrations of an older backup run now (and a copy gets its new device id), and the
    // result is checked again.
    auto store = Store::open(newDataDir, false);
    if (!store)
        return store.error();
    auto restored = inspect(target);
    if (!restored)
        return restored.error();
    backupLog()->info("restored {} events into {} as {}", restored->events, newDataDir.toStdString(),
                      as == RestoreAs::Copy ? "a copy" : "the replacement of its device");
    return restored;
}

} // namespace MotCua
