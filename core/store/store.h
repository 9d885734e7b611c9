#pragma once

#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/projector.h"
#include "core/util/result.h"

#include <QString>

#include <functional>
#include <memory>

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
    bool ok() const { return chainProblems.isEmpty() && projectionsMatch && integrityProblems.isEmpty(); }
};

// The local store of one counter PC: the SQLite file in the data directory, its event log and projections.
// Every command goes through commit(): one transaction holding its events and their projection rows.
class Store
{
public:
    static constexpr auto kDatabaseFile = "motcua.db";

    // Opens (and with `create`, creates) <dataDir>/motcua.db and migrates it. Never creates an empty store over
    // a file that exists but cannot be read: that is an error (Error::Code::Corrupt or Io).
    static Result<std::unique_ptr<Store>> open(const QString &dataDir, bool create = true);
    ~Store();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    Db::Database &db() { return m_db; }

    // Local (not synced) identity of this installation.
    bool isInitialised() const { return !m_communeCode.isEmpty(); }
    QString deviceId() const { return m_deviceId; }
    QString deviceTag() const { return m_deviceTag; }
    QString communeCode() const { return m_communeCode; }
    QString communeName() const { return m_communeName; }

    // Appends the drafts as events by `actor` and applies them to the projections, atomically.
    Result<QList<Event>> commit(const QList<EventDraft> &drafts, const QString &actor);
    // The same, with the drafts built inside the transaction (for numbering that must not race another process).
    Result<QList<Event>> commit(const std::function<Result<QList<EventDraft>>()> &build, const QString &actor);
    // First run: records the commune and commits the first events in one transaction.
    Result<QList<Event>> initialise(const QString &communeCode, const QString &communeName,
                                    const QList<EventDraft> &drafts, const QString &actor);

    EventLog &log() { return *m_log; }

    // PRAGMA quick_check: empty when the file is sound, else SQLite's findings. The window runs it at start-up and
    // opens the recovery screen instead of the store when it fails; `verify` runs it too.
    Result<QStringList> quickCheck();

    Result<void> rebuild();
    Result<QByteArray> exportCanonical();
    Result<VerifyReport> verify();

    // Local (not synced) settings of this installation.
    Result<QString> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);

private:
    Store() = default;
    Result<void> loadIdentity();
    Result<QByteArray> exportTable(const char *table, const char *orderBy);
    // Replays the whole log into cleared projections (inside the caller's transaction), the search index last.
    Result<void> replayLog();

    QString m_dataDir;
    Db::Database m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<Projector> m_projector;
    QString m_deviceId;
    QString m_deviceTag;
    QString m_communeCode;
    QString m_communeName;
};

} // namespace MotCua
