#pragma once

#include "core/domain/ids.h"
#include "core/store/database.h"
#include "core/store/event.h"
#include "core/util/result.h"

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

// The append-only event table and the per-device SHA-256 chains.
class EventLog
{
public:
    EventLog(Db::Database &db, QString device, qint64 lastHlc);

    // Appends inside the caller's transaction: assigns id, clock, chain position and hash.
    Result<Event> append(const EventDraft &draft, const QString &actor);

    // Every event in fold order (hlc, device, id), streamed to `visit`; stops at the first error it returns.
    Result<void> forEach(const std::function<Result<void>(const Event &)> &visit) const;
    Result<QList<Event>> forEntity(const QString &entity, const QString &entityId) const;
    Result<qint64> count() const;

    // Recomputes every device's chain and compares it with the recorded heads.
    Result<QList<ChainProblem>> verify() const;

    static Result<qint64> maxHlc(Db::Database &db);
    qint64 lastHlc() const { return m_clock.last(); }
    // Never go behind a clock value seen elsewhere (another process's append, a synced event).
    void observe(qint64 hlc) { m_clock.observe(hlc); }

private:
    static Event readRow(const Db::Statement &st);

    Db::Database &m_db;
    QString m_device;
    HybridClock m_clock;
};

} // namespace MotCua
