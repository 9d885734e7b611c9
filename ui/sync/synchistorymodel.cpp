#include "ui/sync/synchistorymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "core/domain/ids.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

SyncHistoryModel::SyncHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

SyncHistoryModel::~SyncHistoryModel() = default;

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_runs.size())
        return {};
    const SyncRun &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return run.at.isValid() ? Time::toVietnam(run.at).toString(u"dd/MM/yyyy HH:mm:ss"_s) : QString();
        case Result:
            //: A sync run in the history: how it ended
            return run.ok ? tr("Succeeded") : tr("Failed");
        case Pushed:
            return run.ok ? QLocale().toString(run.pushed) : QString();
        case Pulled:
            return run.ok ? QLocale().toString(run.pulled) : QString();
        case Problem:
            return run.ok ? QString() : ErrorText::syncFailure(run.field, run.error);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Problem && !run.ok)
            return tr("%1\n\nDetail: %2").arg(ErrorText::syncFailure(run.field, run.error), run.error);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Pushed || index.column() == Pulled)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // The word "Failed" carries the meaning; the colour repeats it.
        if (index.column() == Result && !run.ok)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case OkRole:
        return run.ok;
    case FieldRole:
        return run.field;
    default:
        return {};
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time", "sync history column");
    case Result:
        return tr("Result", "sync history column");
    case Pushed:
        return tr("Sent", "sync history column: events sent to the province");
    case Pulled:
        return tr("Received", "sync history column: events received from the province");
    case Problem:
        return tr("Problem", "sync history column");
    default:
        return {};
    }
}

void SyncHistoryModel::setRuns(const QList<SyncRun> &runs)
{
    if (runs == m_runs)
        return; // read again with nothing new: keep the selection
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

} // namespace MotCua::Ui
