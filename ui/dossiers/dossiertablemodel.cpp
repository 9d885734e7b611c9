#include "ui/dossiers/dossiertablemodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include "core/domain/ids.h"
#include "core/util/log.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

DossierTableModel::DossierTableModel(DossierService &service, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_session(session)
{
}

DossierTableModel::~DossierTableModel() = default;

int DossierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DossierTableModel::isOverdue(const Dossier &dossier, const QDateTime &now)
{
    return dossier.isOverdue(now);
}

const Dossier *DossierTableModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QVariant DossierTableModel::data(const QModelIndex &index, int role) const
{
    const Dossier *d = itemAt(index);
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return d->code;
        case Procedure:
            return ErrorText::procedureName(d->procedureName, d->procedureCode);
        case Applicant:
            return d->applicantName;
        case CitizenId:
            return d->citizenId;
        case Received:
            return Time::toVietnam(d->receivedAt).toString(u"dd/MM/yyyy HH:mm"_s);
        case Due:
            return Time::toVietnam(d->dueAt).toString(u"dd/MM/yyyy"_s);
        case State:
            if (isOverdue(*d, QDateTime::currentDateTimeUtc()))
                //: State column of an overdue dossier: the word "Overdue" carries the meaning, not the colour
                return tr("Overdue · %1").arg(ErrorText::dossierState(d->state));
            return ErrorText::dossierState(d->state);
        case Sync:
            return m_sync.data(d->id, role);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == State && isOverdue(*d, QDateTime::currentDateTimeUtc()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == Sync)
            return m_sync.data(d->id, role);
        return {};
    case Qt::BackgroundRole:
        if (isOverdue(*d, QDateTime::currentDateTimeUtc()))
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ForegroundRole:
        // The tint is light: keep dark text on it whatever the palette.
        if (isOverdue(*d, QDateTime::currentDateTimeUtc()))
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case OverdueRole:
        return isOverdue(*d, QDateTime::currentDateTimeUtc());
    case StateKeyRole:
        return dossierStateKey(d->state);
    case SyncPendingRole:
        return isSyncPending(d->id);
    case Qt::ToolTipRole:
        if (index.column() == Procedure)
            return d->procedureName.trimmed().isEmpty()
                       ? ErrorText::procedureName(d->procedureName, d->procedureCode)
                       : tr("%1 (%2)", "procedure name (code)").arg(d->procedureName, d->procedureCode);
        if (index.column() == Due) {
            if (d->newDueAt.isValid())
                return tr("Due %1; new appointment after an apology: %2")
                    .arg(Time::toVietnam(d->dueAt).toString(u"dd/MM/yyyy HH:mm"_s),
                         Time::toVietnam(d->newDueAt).toString(u"dd/MM/yyyy HH:mm"_s));
            return Time::toVietnam(d->dueAt).toString(u"dd/MM/yyyy HH:mm"_s);
        }
        if (index.column() == State && isOverdue(*d, QDateTime::currentDateTimeUtc()))
            return tr("Overdue: the due date %1 has passed.")
                .arg(Time::toVietnam(d->dueAt).toString(u"dd/MM/yyyy HH:mm"_s));
        if (index.column() == Sync)
            return m_sync.data(d->id, role);
        return {};
    case CodeRole:
        return d->code;
    case IdRole:
        return d->id;
    case SortTimeRole:
        return index.column() == Due ? d->dueAt : d->receivedAt;
    default:
        return {};
    }
}

QVariant DossierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code", "dossier code column");
    case Procedure:
        return tr("Procedure");
    case Applicant:
        return tr("Applicant");
    case CitizenId:
        return tr("Citizen ID");
    case Received:
        return tr("Received", "reception time column");
    case Due:
        return tr("Due", "due date column");
    case State:
        return tr("State");
    case Sync:
        return RecordSyncState::header();
    default:
        return {};
    }
}

void DossierTableModel::setSyncState(bool enrolled, const QSet<QString> &pendingIds)
{
    if (!m_sync.set(enrolled, pendingIds))
        return;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Sync), index(int(m_rows.size()) - 1, Sync),
                         RecordSyncState::roles() << SyncPendingRole);
}

bool DossierTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

Result<DossierPage> DossierTableModel::loadPage(const DossierCursor &after)
{
    auto page = m_service.list(m_session, m_filter, after, kPageSize);
    if (!page) {
        static const auto log = Log::get("ui");
        log->warn("loading dossiers failed: {}", page.error().message.toStdString());
    }
    return page;
}

void DossierTableModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may call back in while rows are being inserted.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    auto page = loadPage(m_next);
    if (!page) {
        m_atEnd = true;
        m_fetching = false;
        emit loadFailed(page.error());
        return;
    }
    if (!page->rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->rows.size()) - 1);
        m_rows.append(page->rows);
        m_next = page->next;
        m_atEnd = m_next.isNull();
        endInsertRows();
    } else {
        m_next = {};
        m_atEnd = true;
    }
    m_fetching = false;
}

void DossierTableModel::reload()
{
    if (m_fetching)
        return;
    m_fetching = true;
    auto page = loadPage({});
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_atEnd = true;
    if (page) {
        m_rows = page->rows;
        m_next = page->next;
        m_atEnd = m_next.isNull();
    }
    endResetModel();
    m_fetching = false;
    if (!page)
        emit loadFailed(page.error());
}

void DossierTableModel::setQueue(const QString &key)
{
    const MotCua::WorkQueue queue = workQueueFromKey(key).value_or(MotCua::WorkQueue::All);
    if (queue == m_filter.queue)
        return;
    m_filter.queue = queue;
    reload();
}

void DossierTableModel::setFilter(const MotCua::DossierFilter &filter)
{
    m_filter = filter;
    reload();
}

void DossierTableModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    reload();
}

} // namespace MotCua::Ui
