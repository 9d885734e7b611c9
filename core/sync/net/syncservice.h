#pragma once

#include "core/services/session.h"
#include "core/store/store.h"
#include "core/sync/net/tokenvault.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace MotCua
{

namespace Sync
{
class Client;
class Interrupt;
} // namespace Sync

// A PC clock further off the province's than this (either way) is warned about: the HLC keeps the events' order
// whatever the clock says, but receipts, appointments and registers carry its dates.
constexpr qint64 kClockWarnSeconds = 300;

struct SyncReport
{
    qint64 pushed = 0;     // events the province took for the first time
    qint64 alreadyHad = 0; // pushed again (a lost reply) and acknowledged as held
    qint64 pulled = 0;     // other devices' events taken in
    qint64 pending = 0;    // this counter's events the province has not acknowledged yet
    QStringList conflicts; // needs-attention items the pulled events raised
    qint64 clockSkewSeconds = 0;
    bool clockWarning = false; // this PC's clock is more than kClockWarnSeconds off the province's
    QStringList published;     // what the province published and this run took: "catalog v3 (12 changed)"
    qint64 codesAssigned = 0;  // dossiers received under a provisional code that got their official one
    qint64 blobsUploaded = 0;  // files put to the province
    qint64 blobsFetched = 0;   // files of other counters' attachments brought here
    qint64 blobsMissing = 0;   // files neither side could send yet (held by a counter that has not pushed them)
};

// One run as the history keeps it.
struct SyncRun
{
    QDateTime at; // when it ended (UTC)
    bool ok = false;
    qint64 pushed = 0;
    qint64 pulled = 0;
    QString error; // the technical message (English), empty on success
    QString field; // the error's field ("transient", "token_revoked", ...): what the window words; empty before v0.2

    bool operator==(const SyncRun &other) const = default;
};

struct SyncStatus
{
    bool enrolled = false;
    Sync::TokenVault::Place tokenPlace = Sync::TokenVault::Place::None; // the keychain or the file
    QString url;
    qint64 pending = 0;
    qint64 acknowledged = 0; // this device's chain position the province holds
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QString lastError;
    QString lastErrorField; // the last error's field (Error::field), for a sentence
    bool parked = false;    // a refusal a person must look at; automatic runs stop until then
    QString parkedReason;
    QString parkedField;    // the refusal's field: the protocol's code ("token_revoked", "fork", ...)
    QDateTime offlineSince; // the first of the transient failures in a row that the last runs ended with; else null
    QJsonArray history;     // the last runs, newest first: {at, ok, pushed, pulled, error, field}
    // This PC's clock minus the province's, as the last run that reached the province measured it (positive: ahead),
    // and when; unset before any. Kept whatever the run did after (a run that fails later still measured it).
    std::optional<qint64> clockSkewSeconds;
    QDateTime clockCheckedAt;
    bool clockOff() const { return clockSkewSeconds && std::llabs(*clockSkewSeconds) > kClockWarnSeconds; }

    // The history, typed.
    QList<SyncRun> runs() const;
};

// Where a run is: sending this counter's events, or taking in the commune's.
enum class SyncStage {
    Push,
    Pull,
};

// A record, as events name it: (entity, entity_id), e.g. ("dossier", "01a22f40-...").
using RecordKey = std::pair<QString, QString>;

// One event of a day that differs, as the check names it.
struct ReconcileEvent
{
    enum class Change {
        OnlyHere,       // this store holds it, the province does not
        OnlyAtProvince, // the province holds it, this store does not
        Differs,        // both hold it, with another hash: changed on one side
    };
    QString id;
    Change change = Change::OnlyHere;
    // Of an event this store holds: what it is about, as people know it (a dossier's code), and what it did.
    QString entity;
    QString entityId;
    QString record;
    QString type;
    bool waiting = false; // this counter's own event, not acknowledged yet: it goes with the next sync
};

struct ReconcileDay
{
    QString day;
    qint64 localCount = 0;
    qint64 serverCount = 0;
    bool matches = false;
    // For a day that differs (the newest kReconcileDaysNamed of them): the events that differ, and whether the
    // province's list of that day was cut at ProvinceStore::kMaxDayEvents.
    bool eventsNamed = false;
    bool eventsTruncated = false;
    QList<ReconcileEvent> events;
};
constexpr int kReconcileDaysNamed = 10;
// How a reconciliation is worded, for the Sync page and `motcua-cli sync reconcile`: one line for a day that
// differs ("2026-11-28: 14 events here, 12 at the province"), and the outcome of the whole check.
QString reconcileDayText(const ReconcileDay &day);
// One event that differs: "dossier 00004-261202-0001, DossierTransferred: recorded here, waiting to be sent".
QString reconcileEventText(const ReconcileEvent &event);
QString reconcileChangeKey(ReconcileEvent::Change change); // "only_here", "only_at_province", "differs"
QString reconcileSummary(const QList<ReconcileDay> &days);

// Sync with the province (docs/sync-protocol.md): enrolment, then push this counter's events (oldest first, in
// batches, acknowledged by the server's head) and pull the commune's other events through the same path as
// bundles (Store::ingest). Safe to kill at any moment: an unacknowledged batch is sent again and the province
// answers that it holds it; pulled events are taken in idempotently. Runs on a worker thread with its own Store.
class SyncService
{
public:
    static constexpr auto kTokenFile = Sync::TokenVault::kFile; // beside the store, user-only
    static constexpr int kBatch = 2000;                         // the protocol's largest push batch
    // Official numbers: blocks for the next kNumberDays days, kNumberBlock at a time when fewer than kNumberLow are
    // left for a day.
    static constexpr int kNumberDays = 7;
    static constexpr int kNumberBlock = 50;
    static constexpr int kNumberLow = 10;
    // Outgoing documents: a block of 30 numbers per register series and year, asked again below 10 left.
    static constexpr int kOutgoingBlock = 30;
    static constexpr int kOutgoingLow = 10;
    // Provisional codes bound at sync: dossiers received in the last kBindDays days, at most kBindPerRun per run.
    static constexpr int kBindDays = 31;
    static constexpr int kBindPerRun = 1000;

    // What a run reports as it goes: its stage, the events done in it, and how many there are in all (a push knows
    // it; a pull does not: 0).
    using Progress = std::function<void(SyncStage stage, qint64 done, qint64 total)>;

    explicit SyncService(Store &store) : m_store(store) {}

    // Lets another thread stop the requests of this service (Sync::Interrupt): a run or an enrolment then ends
    // with Error::Code::Network, field "cancelled", and a cancelled run is not recorded in the history.
    void setInterrupt(std::shared_ptr<Sync::Interrupt> interrupt) { m_interrupt = std::move(interrupt); }
    // How long a request may wait for its answer before the run stops as a passing failure (default 30 s).
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    // Administrators: enrols this counter with a one-time code the province issued for its commune.
    Result<void> enrol(const Session &actor, const QString &url, const QString &code, const QString &caFile = {});
    // Push then pull until nothing is pending. `person` runs (the CLI, "Đồng bộ ngay") also retry a parked
    // refusal; automatic ones do not. Transient failures: Error::Code::Network (field "transient").
    Result<SyncReport> syncNow(const Session &actor, bool person = true, const Progress &progress = {});
    Result<SyncStatus> status();
    // The records that this counter's events not yet acknowledged by the province are about (all of them before
    // an enrolment), of one kind (`entity`, e.g. "dossier") or of every kind: what a list marks "not sent yet".
    Result<QSet<RecordKey>> pendingRecords(const QString &entity = {});
    // Compares the last `days` days' events with the province's: the days whose count or digest differ.
    Result<QList<ReconcileDay>> reconcile(const Session &actor, int days = 30);

private:
    struct Run;
    Result<void> push(Run &run);
    Result<void> pull(Run &run);
    // Files (§9): the ones a batch attaches are uploaded before it; the ones attachments here refer to and this
    // counter lacks are fetched after the pull.
    Result<void> uploadBlobs(Run &run, Sync::Client &client, const QList<std::pair<Event, QByteArray>> &batch);
    Result<void> fetchBlobs(Run &run);
    Result<void> pullPublished(Run &run);
    Result<void> numbers(Run &run, const Session &actor);
    void record(const Result<SyncReport> &outcome);
    Result<QString> token();

    Sync::Client client(const QString &url, const QString &token, const QString &caFile) const;

    Store &m_store;
    // Fills in what the store knows of the events a reconciliation names.
    Result<void> describe(QList<ReconcileEvent> &events, qint64 acknowledged);
    std::shared_ptr<Sync::Interrupt> m_interrupt;
    int m_timeoutMs = 30000;
};

} // namespace MotCua
