#pragma once

#include "core/store/database.h"
#include "core/store/event.h"
#include "core/util/result.h"

namespace MotCua
{

// Folds events into the projection tables. Every write here depends only on the event (never on local state),
// so replaying the same events in (hlc, device, id) order always gives the same tables.
class Projector
{
public:
    explicit Projector(Db::Database &db) : m_db(db) {}

    Result<void> apply(const Event &event);
    Result<void> clear();

    // While deferred, the search index is not written per event: a replay of the whole log builds it once at the
    // end with SearchIndex::rebuildAll, which gives the same documents.
    void setSearchDeferred(bool deferred) { m_searchDeferred = deferred; }

private:
    Result<void> applyUserCreated(const Event &e);
    Result<void> applyUserChanged(const Event &e);
    Result<void> applyProcedureDefined(const Event &e);
    Result<void> applyProcedureTimeLimitSet(const Event &e);
    Result<void> applyDossierReceived(const Event &e);
    Result<void> applyHolidayArrangement(const Event &e);
    Result<void> applyDossierAction(const Event &e);

    Db::Database &m_db;
    bool m_searchDeferred = false;
};

} // namespace MotCua
