#pragma once

#include "core/services/session.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace MotCua
{

class Store;

// What a backup file holds, read from the file itself (for the restore preview and the post-write check).
struct BackupInfo
{
    QString path;
    QString communeCode;
    QString communeName;
    QString deviceId;
    int schemaVersion = 0;
    qint64 events = 0;
    qint64 dossiers = 0;
    qint64 users = 0;
    QDateTime lastEventAt; // newest event's clock time (UTC)
    qint64 sizeBytes = 0;
    bool integrityOk = false; // PRAGMA integrity_check
    bool chainsOk = false;    // every device's hash chain holds
    QStringList problems;
    bool ok() const { return integrityOk && chainsOk && problems.isEmpty(); }
};

// Backups of the store with SQLite's online backup API (a consistent copy while the app keeps working), plus the
// attachment files; verified after writing; restored only into a new data directory.
class BackupService
{
public:
    explicit BackupService(Store &store) : m_store(store) {}

    static constexpr int kDefaultKeep = 14;

    // Writes <folder>/motcua-<commune>-<yyyyMMdd-HHmmss>.db (and its attachments folder when there are any), then
    // checks the copy: integrity, event count equal to the store's at the time of the copy, hash chains.
    // A copy that fails its check is deleted and the error returned. Administrators only.
    Result<BackupInfo> backup(const Session &actor, const QString &folder);
    // The daily backup of a counter PC: when it is past LocalSettings::backupHour (Vietnam time) and the configured
    // folder holds no backup of today yet, writes one there and keeps the configured number. Any signed-in staff
    // member's session may trigger it, since it only writes where the administrator decided. Returns the backup
    // made, or nothing when none was due.
    Result<std::optional<BackupInfo>> scheduledBackup(const Session &actor, const QDateTime &now);

    // Deletes the oldest of this commune's backups in `folder` beyond the newest `keep`. Returns the deleted paths.
    Result<QStringList> prune(const Session &actor, const QString &folder, int keep = kDefaultKeep);

    // Opens a backup read-only and reports what it holds (never changes it).
    static Result<BackupInfo> inspect(const QString &backupFile);
    // What a restored store is. A Copy (a second PC, a training copy, the store looked at elsewhere) becomes a new
    // device with its own id and code tag, so it never continues the chain or the dossier numbers of the PC the
    // backup came from. A Replacement takes over that PC's identity (it broke or was stolen and will not run again).
    enum class RestoreAs { Copy, Replacement };

    // Restores a verified backup into `newDataDir`, which must be absent or an empty folder: the live store is never
    // overwritten in place, and a folder holding other files is refused.
    static Result<BackupInfo> restore(const QString &backupFile, const QString &newDataDir, RestoreAs as);

private:
    Store &m_store;
};

} // namespace MotCua
