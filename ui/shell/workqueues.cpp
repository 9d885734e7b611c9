#include "ui/shell/workqueues.h"

#include "core/services/dossierservice.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

QString WorkQueues::title(const QString &key)
{
    if (key.isEmpty())
        return tr("All", "work queue: every dossier");
    if (key == u"to_receive")
        return tr("Waiting to be handed over", "work queue");
    if (key == u"mine")
        return tr("Mine", "work queue: dossiers I hold");
    if (key == u"awaiting_supplement")
        return tr("Awaiting supplement", "work queue");
    if (key == u"awaiting_approval")
        return tr("Awaiting approval", "work queue");
    if (key == u"due_today")
        return tr("Due today", "work queue");
    if (key == u"due_soon")
        return tr("Due soon (2 working days)", "work queue");
    if (key == u"overdue")
        return tr("Overdue", "work queue");
    if (key == u"ready_to_return")
        return tr("Result to return", "work queue");
    return key;
}

QList<WorkQueue> WorkQueues::forSession(const Session &session)
{
    const bool receives = session.can(Permission::ReceiveDossier);
    const bool processes = session.can(Permission::ProcessDossier);
    QList<WorkQueue> out{{QString(), title({})}};
    for (const QString &key : DossierService::queues()) {
        bool show = true;
        if (key == u"to_receive")
            show = receives && session.can(Permission::TransferDossier);
        else if (key == u"mine")
            show = processes;
        else if (key == u"awaiting_supplement")
            show = receives || processes;
        else if (key == u"awaiting_approval")
            show = session.can(Permission::ApproveDossier);
        else if (key == u"ready_to_return")
            show = session.can(Permission::ReturnResult);
        if (show)
            out.append({key, title(key)});
    }
    return out;
}

} // namespace MotCua::Ui
