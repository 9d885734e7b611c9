#include "ui/sync/recordsyncstate.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace MotCua::Ui
{

bool RecordSyncState::set(bool enrolled, const QSet<QString> &pendingIds)
{
    if (enrolled == m_enrolled && pendingIds == m_pending)
        return false;
    m_enrolled = enrolled;
    m_pending = pendingIds;
    return true;
}

QVariant RecordSyncState::data(const QString &id, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        //: Sync column of the lists: this counter's changes to the record wait to be sent
        return isPending(id) ? tr("Not sent") : QString();
    case Qt::DecorationRole:
        if (isPending(id))
            return QApplication::style()->standardIcon(QStyle::SP_ArrowUp);
        return {};
    case Qt::ToolTipRole:
        if (m_enrolled)
            return isPending(id) ? tr("Not sent to the province yet") : tr("Sent to the province");
        return {};
    default:
        return {};
    }
}

QString RecordSyncState::header()
{
    return tr("Province", "list column: whether the record's changes were sent to the province");
}

QList<int> RecordSyncState::roles()
{
    return {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole};
}

} // namespace MotCua::Ui
