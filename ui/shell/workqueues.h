#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/services/session.h"

namespace MotCua::Ui
{

// One entry of the work-queue navigation: a DossierService queue key (empty for every dossier) and its title.
struct WorkQueue
{
    QString key;
    QString title;
};

class WorkQueues final
{
public:
    // The queues that make sense for the person's roles, "All" first. The core decides what each queue holds.
    static QList<WorkQueue> forSession(const Session &session);
    // The title of a queue key ("" is "All").
    static QString title(const QString &key);
};

} // namespace MotCua::Ui
