#include "ui/shell/workqueues.h"

#include "core/domain/dossierrules.h"

namespace MotCua::Ui
{

// The queues, who sees them and their names are the core's (core/domain/dossierrules.h); this only lists them for
// the navigation.
QString WorkQueues::title(const QString &key)
{
    const auto queue = workQueueFromKey(key);
    return queue ? Wording::queue(*queue) : key;
}

QList<WorkQueue> WorkQueues::forSession(const Session &session)
{
    QList<WorkQueue> out;
    for (const MotCua::WorkQueue q : workQueuesFor(session.roles))
        out.append({workQueueKey(q), Wording::queue(q)});
    return out;
}

} // namespace MotCua::Ui
