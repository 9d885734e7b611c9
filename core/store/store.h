#pragma once

#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/projector.h"
#include "core/util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace MotCua
{

struct VerifyReport
{
    qint64 events = 0;
    qint64 devices = 0;
    QList<ChainProblem> chainProblems;
    QStringList integrityProblems; // PRAGMA quick_check findings
    bool projectionsMatch = true;
    QStringList projectionDiffs; // tables whose rows differ from a fresh rebuild
    QStringList journalProblems; // acknowledged events missing (a lost -wal), dossier codes given twice
    bool ok() const
    {
        return chainProblems.isEmpty() && projectionsMatch && integrityProblems.isEmpty() && journalProblems.isEmpty();
    }
};

// Why a store takes no changes, when it does not.
struct WriteBlock
{
    enum class Reason { ReadOnly, Damaged, EventsLost };
    Reason reason;
    QString detail;
    Error error() const;
};

// The local store of one counter PC: the SQLite file in the data directory, its event log and projections.
// Every command goes through commit(): one transaction holding its events and their projection rows.
class Store
{
public:
    static constexpr auto kDatabaseFile = "motcua.db";

    static constexpr auto kDamagedMarker = "motcua.db-damaged"; // beside the store: why it takes no changes
    static constexpr auto kHeadFile = "motcua.db-head";         // beside the store: the last acknowledged event
    static constexpr int kApplicationId = 0x4D435541;           // "MCUA" in the SQLite header (PRAGMA application_id)

    // Opens (and with `create`, creates) <dataDir>/motcua.db and migrates it. Never touches a file that is not a
    // MotCua store (another program's database, an empty or foreign file): Error::Code::Invalid, field
    // "not_a_store", and the file is left byte for byte. Never creates an empty store over a file that exists but
    // cannot be read (Error::Code::Corrupt or Io). A store that cannot be written is opened read-only: reads,
    // verify, export and backup work, and every change is refused with Error::Code::ReadOnly.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir, bool create = true);
    // Whether `path` holds a MotCua store (or an older one this version migrates); reads only.
    static Result<void> checkIsStore(const QString &path);
    ~Store();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    Db::Database &db() { return m_db; }

    // Local (not synced) identity of this installation.
    bool isInitialised() const { return !m_communeCode.isEmpty(); }
    QString deviceId() const { return m_deviceId; }
    QString deviceTag() const { return m_deviceTag; }
    // How a device is named wherever people read it (audit trail, chain problems, CLI): its tag, as its provisional
    // dossier codes show it ("F1J9A"): this device's own, or another's as it registered (projection devices), or
    // from the codes of the dossiers it received. Otherwise the first 8 characters of its id.
    QString deviceName(const QString &deviceId);
    QString communeCode() const { return m_communeCode; }
    QString communeName() const { return m_communeName; }

    // Appends the drafts as events by `actor` and applies them to the projections, atomically.
    Result<QList<Event>> commit(const QList<EventDraft> &drafts, const QString &actor);
    // The same, with the drafts built inside the transaction (for numbering that must not race another process).
    Result<QList<Event>> commit(const std::function<Result<QList<EventDraft>>()> &build, const QString &actor);
    // Events from other devices (a bundle, sync), taken in in one transaction: each checked against its device's
    // chain (EventLog::ingest), then every record they touch folded (Projector::foldIn). A refused event refuses
    // the whole batch and nothing changes. `progress` (events done, total) may cancel by returning false.
    struct IngestReport
    {
        qint64 added = 0;
        qint64 alreadyHad = 0;
        qint64 refolded = 0;      // records folded again because an event arrived out of order
        QStringList newConflicts; // ids of the needs-attention items this batch raised
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // `payloadTexts`, when given, are the payloads as they travelled (checked to be canonical), one per event.
    Result<IngestReport> ingest(const QList<Event> &events, const QList<QByteArray> &payloadTexts = {},
                                const Progress &progress = {});
    // The same for a stream of batches (a big bundle), all in one transaction: `next` fills the next batch and
    // returns false when there is none.
    Result<IngestReport> ingestBatches(const std::function<Result<bool>(QList<Event> &, QList<QByteArray> &)> &next,
                                       qint64 total, const Progress &progress = {});
    // A new counter joining a commune from a bundle: records the commune on an empty store (no events yet).
    Result<void> adoptCommune(const QString &communeCode, const QString &communeName);
    // Draws a new code tag for this device, none of `taken` (before it has written anything).
    Result<void> renewDeviceTag(const QStringList &taken);

    // First run: records the commune and commits the first events in one transaction.
    Result<QList<Event>> initialise(const QString &communeCode, const QString &communeName,
                                    const QList<EventDraft> &drafts, const QString &actor);

    EventLog &log() { return *m_log; }

    // A number that changes whenever the store changed, whoever committed: this Store, or another process on the same
    // file (the CLI beside the window). Cheap enough to poll every second or two (PRAGMA data_version plus this
    // Store's own commits); only compare it with an earlier value, its size means nothing.
    Result<qint64> dataVersion();

    // PRAGMA quick_check: empty when the file is sound, else SQLite's findings. The window runs it at start-up and
    // opens the recovery screen instead of the store when it fails; `verify` runs it too. Findings mark the store
    // damaged (every entry point then refuses changes; reads and backups of what is readable still work); a clean
    // check lifts the mark.
    Result<QStringList> quickCheck();

    // Set when the store takes no changes: read-only, damaged, or acknowledged events missing.
    std::optional<WriteBlock> writeBlock() const { return m_writeBlock; }
    bool isReadOnly() const { return m_writeBlock && m_writeBlock->reason == WriteBlock::Reason::ReadOnly; }
    // After events were lost (a deleted -wal), an administrator accepts the loss: this store continues as a new
    // device (its own id and dossier code tag), so no chain position or code is given twice; the loss stays on
    // record (meta "events_lost") for verify to report as accepted.
    Result<void> acceptLostEvents();

    // Drops every projection and replays the log, in one transaction. `progress` (events replayed, of all) may
    // cancel: then the error's field is "cancelled" and the projections are as they were.
    Result<void> rebuild(const Progress &progress = {});
    // Folds one record again from its events, in the caller's transaction (what an out-of-order event costs).
    Result<void> refoldRecord(const QString &entity, const QString &id);
    Result<QByteArray> exportCanonical();
    // The file's quick check, every device's chain, and the projections against a replay (rolled back). `progress`
    // counts the chain check and the replay (twice the events in all) and may cancel (field "cancelled").
    Result<VerifyReport> verify(const Progress &progress = {});

    // Local (not synced) settings of this installation.
    Result<QString> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);

private:
    Store() = default;
    Result<void> loadIdentity();
    Result<void> checkWritable() const;
    // The last event this device acknowledged, written beside the store after each commit, and compared at open
    // with what the file holds: a -wal file deleted under a running app loses committed transactions silently.
    void recordHead();
    Result<void> checkHead();
    // A -wal file deleted while this process has the store open: its own commits still go to the unlinked file.
    // They are checkpointed into the main file and the connection reopened, so they are not lost with it.
    void guardJournal();
    void markDamaged(const QStringList &problems);
    Result<QByteArray> exportTable(const char *table, const char *orderBy);
    // Replays the whole log into cleared projections (inside the caller's transaction), the search index last.
    // `progress` gets the events replayed plus `offset`, of `total`.
    Result<void> replayLog(const Progress &progress = {}, qint64 offset = 0, qint64 total = 0);

    QString m_dataDir;
    Db::Database m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<Projector> m_projector;
    QString m_deviceId;
    QString m_deviceTag;
    QString m_communeCode;
    QString m_communeName;
    std::optional<WriteBlock> m_writeBlock;
    qint64 m_ownCommits = 0; // for dataVersion()
};

} // namespace MotCua
