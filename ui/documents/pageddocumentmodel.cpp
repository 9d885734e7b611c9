#include "ui/documents/pageddocumentmodel.h"

#include "core/util/log.h"

#include <QTableView>

namespace MotCua::Ui
{

void PagedDocumentModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const int first = loadedRows();
    auto count = readPage(first);
    if (!count) {
        m_atEnd = true;
        m_fetching = false;
        failed(count.error());
        return;
    }
    if (*count > 0) {
        beginInsertRows({}, first, first + *count - 1);
        takePage(false);
        endInsertRows();
    }
    m_atEnd = *count < kPageSize;
    m_fetching = false;
}

void PagedDocumentModel::reload()
{
    if (m_fetching)
        return;
    m_fetching = true;
    auto count = readPage(0);
    beginResetModel();
    takePage(true); // nothing was kept aside when the read failed: the list is emptied
    m_atEnd = !count || *count < kPageSize;
    endResetModel();
    m_fetching = false;
    if (!count)
        failed(count.error());
}

int PagedDocumentModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < loadedRows(); ++row)
        if (index(row, 0).data(Qt::UserRole).toString() == id)
            return row;
    return -1;
}

bool PagedDocumentModel::sizeShortColumns(QTableView *table, int stretch)
{
    if (!table->model() || table->model()->rowCount() == 0)
        return false;
    const int most = table->fontMetrics().averageCharWidth() * 16;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (c == stretch)
            continue;
        table->resizeColumnToContents(c);
        table->setColumnWidth(c, std::min(table->columnWidth(c), most));
    }
    return true;
}

void PagedDocumentModel::failed(const Error &error)
{
    static const auto log = Log::get("ui");
    log->warn("loading {} documents failed: {}", kindForLog(), error.message.toStdString());
    emit loadFailed(error);
}

void PagedDocumentModel::setSyncState(bool enrolled, const QSet<QString> &pendingIds)
{
    if (m_sync.set(enrolled, pendingIds) && loadedRows() > 0)
        emit dataChanged(index(0, syncColumn()), index(loadedRows() - 1, syncColumn()), RecordSyncState::roles());
}

} // namespace MotCua::Ui
