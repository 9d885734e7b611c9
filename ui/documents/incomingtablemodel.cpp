#include "ui/documents/incomingtablemodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

#include "core/domain/ids.h"
#include "core/util/log.h"
#include "ui/documents/documentwords.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

IncomingTableModel::IncomingTableModel(DocumentService &service, const Session &session, QObject *parent)
    : PagedDocumentModel(parent), m_service(service), m_session(session)
{
}

IncomingTableModel::~IncomingTableModel() = default;

int IncomingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const IncomingDocument *IncomingTableModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QVariant IncomingTableModel::data(const QModelIndex &index, int role) const
{
    const IncomingDocument *d = itemAt(index);
    if (!d)
        return {};
    if (index.column() == Sync)
        if (auto cell = syncData(d->id, role))
            return *cell;
    const bool overdue = d->isOverdue(now());
    const bool urgent = d->urgency != MotCua::Urgency::Normal;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArrivalNumber:
            return DocumentWords::arrival(*d);
        case Received:
            return Time::toVietnam(d->receivedAt).toString(u"dd/MM/yyyy"_s);
        case Urgency:
            return urgent ? urgencyText(d->urgency) : QString();
        case From:
            return d->fromAgency;
        case NumberSymbol:
            return d->numberSymbol();
        case Summary:
            return DocumentWords::summaryLine(d->type, d->summary);
        case Assignees:
            return DocumentWords::assignees(d->currentAssignees());
        case Due:
            return d->due.isValid() ? d->due.toString(u"dd/MM/yyyy"_s) : QString();
        case State:
            if (overdue)
                //: State column of an overdue document: the word carries the meaning, not the colour
                return tr("Overdue · %1").arg(incomingStateText(d->state));
            return incomingStateText(d->state);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == State && overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == Urgency && urgent)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::FontRole:
        if (index.column() == Urgency && urgent) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Urgency && urgent)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (overdue)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Received)
            return Time::toVietnam(d->receivedAt).toString(u"dd/MM/yyyy HH:mm"_s);
        if (index.column() == Summary)
            return d->summary;
        if (index.column() == State && overdue)
            return tr("Overdue: the deadline %1 has passed.").arg(d->due.toString(u"dd/MM/yyyy"_s));
        if (index.column() == Urgency && urgent)
            return tr("%1: to be registered, presented and handed over at once.").arg(urgencyText(d->urgency));
        return {};
    case IdRole:
        return d->id;
    case OverdueRole:
        return overdue;
    case UrgencyRankRole:
        return urgencyRank(d->urgency);
    case StateKeyRole:
        return incomingStateKey(d->state);
    default:
        return {};
    }
}

QVariant IncomingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArrivalNumber:
        //: Column: the arrival number (số đến)
        return tr("Arrival no.");
    case Received:
        return tr("Received", "arrival time column");
    case Urgency:
        return tr("Urgency");
    case From:
        return tr("From", "issuing agency column");
    case NumberSymbol:
        return tr("Number and symbol");
    case Summary:
        return tr("Type and summary");
    case Assignees:
        return tr("Handled by");
    case Due:
        return tr("Deadline");
    case Sync:
        return RecordSyncState::header();
    case State:
        return tr("State");
    default:
        return {};
    }
}

Result<int> IncomingTableModel::readPage(int offset)
{
    auto page = m_service.listIncoming(m_session, m_filter, kPageSize, offset);
    if (!page)
        return page.error();
    m_page = std::move(*page);
    return int(m_page.size());
}

void IncomingTableModel::takePage(bool replace)
{
    if (replace)
        m_rows = std::exchange(m_page, {});
    else
        m_rows += std::exchange(m_page, {});
}

void IncomingTableModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    reload();
}

void IncomingTableModel::setQueue(MotCua::IncomingQueue queue)
{
    m_filter.queue = queue;
    reload();
}

void IncomingTableModel::setYear(int year)
{
    m_filter.year = year;
    reload();
}

} // namespace MotCua::Ui
