#pragma once

#include "core/store/database.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace MotCua
{

// One kind of record's projection (ARCHITECTURE.md, "The store"): how one event changes the record's rows, how the
// record's rows are dropped to be folded again, and which derived rows (computed from several records, never
// incremented) a change of the record touches.
class RecordHandler
{
public:
    virtual ~RecordHandler() = default;
    // The `entity` of the events it folds.
    virtual QString entity() const = 0;
    // Folds one event onto the record's rows; events come in (hlc, device, id) order for the record.
    virtual Result<void> apply(const Event &e) = 0;
    // Removes the record's rows (and the conflicts its events raised), to fold it again from its events.
    virtual Result<void> drop(const QString &id) = 0;
    // Folds all of a record's events, in fold order, onto no rows (a new record, or one just dropped).
    virtual Result<void> applyAll(const QList<const Event *> &events)
    {
        for (const Event *e : events) {
            if (auto r = apply(*e); !r)
                return r;
        }
        return {};
    }
    // Derived rows of the records it folded since the last call (who holds a number, search documents), after a
    // local event, an intake or a replay (`searchDeferred`: the search index is rebuilt whole later). A handler whose
    // records have no derived rows keeps the default.
    virtual Result<void> finish(bool searchDeferred)
    {
        (void)searchDeferred;
        return {};
    }
    // Forgets what it collected for finish() (the projections were cleared).
    virtual void resetTouched() {}
};

// A clash found while folding (kind: dossier_action, username, dossier_code, document_action, arrival_number,
// outgoing_number): the event stays in the log, did not take effect, and a person is told. The row is a projection
// like any other: the same events give the same conflicts on every counter.
Result<void> recordFoldConflict(Db::Database &db, const QString &kind, const Event &e, const QString &detail,
                                const QJsonObject &info);

// The handlers of official documents (core/documents/documentprojection.cpp).
std::shared_ptr<RecordHandler> makeIncomingHandler(Db::Database &db);
std::shared_ptr<RecordHandler> makeOutgoingHandler(Db::Database &db);
std::shared_ptr<RecordHandler> makeRegisterConfigHandler(Db::Database &db);

// What the derived rows must be recomputed for, after records changed.
struct Touched
{
    QSet<QString> dossiers;   // their search documents and code claims
    QSet<QString> applicants; // computed from their dossiers
    QSet<QString> usernames;  // who holds a user name (the first to claim it, in fold order)
    QSet<QString> codes;      // which dossier holds a code
    QSet<QString> procedures; // their search documents
    bool empty() const
    {
        return dossiers.isEmpty() && applicants.isEmpty() && usernames.isEmpty() && codes.isEmpty() &&
               procedures.isEmpty();
    }
};

// Folds events into the projection tables. Each record's rows are a function of its own events in (hlc, device, id)
// order, and derived rows (an applicant from their dossiers, who holds a user name or a dossier code) a function of
// the records they come from, so any arrival order of the same events gives the same tables as a replay of the log.
class Projector
{
public:
    explicit Projector(Db::Database &db);
    ~Projector();

    // A local event, newer than everything folded (Store::commit): folds it and its derived rows.
    Result<void> apply(const Event &event);

    // Events just taken in from other devices, in any order relative to what is folded. Every record they touch is
    // brought to the fold of all its events: the new events are applied on top when they all come after what the
    // record has folded, otherwise the record is folded again from its events. Returns the records re-folded.
    struct FoldStats
    {
        qint64 applied = 0;  // records that took the new events on top
        qint64 refolded = 0; // records folded again from their events
    };
    Result<FoldStats> foldIn(const QList<Event> &events);

    // Folds one record again from its events (and its derived rows).
    Result<void> refold(const QString &entity, const QString &id);

    // Replay of the whole log: clear(), then replay() for every event in fold order, then finishReplay(), which
    // computes every derived row once.
    Result<void> clear();
    Result<void> replay(const Event &event);
    Result<void> finishReplay();

    // While deferred, the search index is not written per event: a replay of the whole log builds it once at the
    // end with SearchIndex::rebuildAll, which gives the same documents.
    void setSearchDeferred(bool deferred) { m_searchDeferred = deferred; }
    // A bulk intake into a store with no dossiers yet (a new counter joining): applicants and search documents are
    // computed once at the end by finishBulk() instead of record by record.
    void beginBulk();
    Result<void> finishBulk();
    void cancelBulk()
    {
        m_bulk = false;
        m_bulkDossiers.clear();
        m_searchDeferred = false;
    }

private:
    RecordHandler *handlerFor(const QString &entity) const;
    Result<void> applyOne(const Event &event);
    // Drops the record's rows and applies all its events again, in fold order (no derived rows yet).
    Result<void> refoldRecord(RecordHandler &handler, const QString &id);
    Result<void> finish();
    Result<void> recomputeApplicant(const QString &id);
    Result<void> recomputeAllApplicants();
    Result<void> recomputeUsername(const QString &username);
    Result<void> recomputeCode(const QString &code);

    Db::Database &m_db;
    bool m_searchDeferred = false;
    bool m_bulk = false;
    QSet<QString> m_bulkDossiers; // dossiers folded in this bulk intake (a store that had no dossier events)
    Touched m_touched;
    QHash<QString, std::shared_ptr<RecordHandler>> m_handlers;
};

} // namespace MotCua
