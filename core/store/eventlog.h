#pragma once

#include "core/domain/ids.h"
#include "core/store/database.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QHash>

#include <functional>

namespace MotCua
{

struct ChainProblem
{
    enum class Kind { HashMismatch, Gap, HeadMismatch, BadPayload };
    Kind kind;
    QString device;
    QString eventId; // the event at fault (or the one after a gap)
    qint64 deviceSeq = 0;
    QString detail;
};

QString chainProblemKindName(ChainProblem::Kind kind);

// Long passes over the whole log (verify, rebuild) report their progress (events done, of the total) every
// kProgressStep events and once at the end; the callback returning false cancels the pass, which then fails with
// Error field "cancelled" and changes nothing.
using LogProgress = std::function<bool(qint64 done, qint64 total)>;
inline constexpr qint64 kProgressStep = 2000;
// The error of a pass cancelled through its progress callback (field "cancelled").
Error cancelledError(const QString &what);

// The append-only event table and the per-device SHA-256 chains.
class EventLog
{
public:
    EventLog(Db::Database &db, QString device, qint64 lastHlc);

    // Appends inside the caller's transaction: assigns id, clock, chain position and hash.
    Result<Event> append(const EventDraft &draft, const QString &actor);

    // Takes in an event another device wrote (a bundle, sync), inside the caller's transaction, with its own id,
    // clock, device, chain position and hash. The event must be its device's next one (no gap, prev_hash equal to
    // the held head), its content must give its hash, and its payload text (when given) must be canonical. The same
    // event again is AlreadyHad; the same id with other content, a second event at a held position (two chains for
    // one device), a gap or a tampered event is an error naming the event, and nothing is written.
    enum class Ingested { Added, AlreadyHad };
    Result<Ingested> ingest(const Event &event, const QByteArray &payloadText = {});
    // A batch of ingest() calls in one transaction: the devices' heads are kept in memory and written once by
    // endIntake() (before the commit). Without endIntake() (an error: the transaction rolls back) they are dropped.
    void beginIntake();
    Result<void> endIntake();
    void cancelIntake()
    {
        m_intake = false;
        m_intakeHeads.clear();
    }

    // Every event in fold order (hlc, device, id), streamed to `visit`; stops at the first error it returns.
    Result<void> forEach(const std::function<Result<void>(const Event &)> &visit) const;
    Result<QList<Event>> forEntity(const QString &entity, const QString &entityId) const;
    Result<qint64> count() const;

    // Recomputes every device's chain and compares it with the recorded heads, reporting to `progress`.
    Result<QList<ChainProblem>> verify(const LogProgress &progress = {}) const;

    static Result<qint64> maxHlc(Db::Database &db);
    // The held head of a device's chain: its last position (0 when none) and hash.
    Result<std::pair<qint64, QString>> head(const QString &device) const;
    // Every event in chain order (device, device_seq), streamed to `visit` (for bundles).
    Result<void>
    forEachInChainOrder(const std::function<Result<void>(const Event &, const QByteArray &payload)> &visit) const;
    // A device's events after position `after`, in chain order, at most `limit` (what a sync push sends next), each
    // with its payload's stored text (the Event's payload object is left empty: the text is what travels).
    Result<QList<std::pair<Event, QByteArray>>> chainAfter(const QString &device, qint64 after, int limit) const;
    qint64 lastHlc() const { return m_clock.last(); }
    // Never go behind a clock value seen elsewhere (another process's append, a synced event).
    void observe(qint64 hlc) { m_clock.observe(hlc); }

private:
    // `withPayload` false: the payload object is left empty (its text is column 4).
    static Event readRow(const Db::Statement &st, bool withPayload = true);
    Result<void> writeHead(const QString &device, qint64 seq, const QString &hash);

    Db::Database &m_db;
    QString m_device;
    HybridClock m_clock;
    bool m_intake = false;
    QHash<QString, std::pair<qint64, QString>> m_intakeHeads;
};

} // namespace MotCua
