#include "ui/documents/outgoingtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "core/domain/ids.h"
#include "core/util/log.h"
#include "ui/documents/documentwords.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

OutgoingTableModel::OutgoingTableModel(DocumentService &service, const Session &session, QObject *parent)
    : PagedDocumentModel(parent), m_service(service), m_session(session)
{
}

OutgoingTableModel::~OutgoingTableModel() = default;

int OutgoingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OutgoingDocument *OutgoingTableModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QVariant OutgoingTableModel::data(const QModelIndex &index, int role) const
{
    const OutgoingDocument *d = itemAt(index);
    if (!d)
        return {};
    if (index.column() == Sync)
        if (auto cell = syncData(d->id, role))
            return *cell;
    const bool urgent = d->urgency != MotCua::Urgency::Normal;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberSymbol:
            //: Number column of an outgoing document not numbered yet
            return d->number > 0 ? d->numberSymbol() : tr("(not numbered)");
        case Issued:
            return d->issuedOn.isValid() ? d->issuedOn.toString(u"dd/MM/yyyy"_s) : QString();
        case Urgency:
            return urgent ? urgencyText(d->urgency) : QString();
        case Summary:
            return DocumentWords::summaryLine(d->type, d->summary);
        case Department:
            return d->department;
        case State:
            return outgoingStateText(d->state);
        case DraftedBy:
            return d->createdByName;
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == Urgency && urgent) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Urgency && urgent)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Summary)
            return d->summary;
        if (index.column() == State && !d->sentBackReason.isEmpty())
            return tr("Sent back: %1").arg(d->sentBackReason);
        return {};
    case IdRole:
        return d->id;
    case StateKeyRole:
        return outgoingStateKey(d->state);
    case UrgencyRankRole:
        return urgencyRank(d->urgency);
    default:
        return {};
    }
}

QVariant OutgoingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberSymbol:
        return tr("Number and symbol");
    case Issued:
        return tr("Dated");
    case Urgency:
        return tr("Urgency");
    case Summary:
        return tr("Type and summary");
    case Department:
        return tr("Department");
    case State:
        return tr("State");
    case DraftedBy:
        return tr("Drafted by");
    case Sync:
        return RecordSyncState::header();
    default:
        return {};
    }
}

Result<int> OutgoingTableModel::readPage(int offset)
{
    auto page = m_service.listOutgoing(m_session, m_filter, kPageSize, offset);
    if (!page)
        return page.error();
    m_page = std::move(*page);
    return int(m_page.size());
}

void OutgoingTableModel::takePage(bool replace)
{
    if (replace)
        m_rows = std::exchange(m_page, {});
    else
        m_rows += std::exchange(m_page, {});
}

void OutgoingTableModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    reload();
}

void OutgoingTableModel::setQueue(const QString &stateKey)
{
    m_filter.state = outgoingStateFromKey(stateKey);
    // The drafts count is of the person's own drafts (DocumentCounts::drafts): the list shows the same.
    m_filter.mineOnly = m_filter.state == OutgoingState::Draft;
    reload();
}

void OutgoingTableModel::setYear(int year)
{
    m_filter.year = year;
    reload();
}

} // namespace MotCua::Ui
