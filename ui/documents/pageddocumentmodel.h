#pragma once

#include <QAbstractTableModel>

#include <optional>

class QTableView;

#include "core/util/result.h"
#include "ui/sync/recordsyncstate.h"

namespace MotCua::Ui
{

// What the incoming and outgoing lists share: rows that arrive in pages of kPageSize as the view scrolls
// (canFetchMore/fetchMore), and a reload that reads the first page before the reset so the reset brings it in one go
// (nothing is fetched while the reset is in flight: views and the model tester ask during it). A subclass reads a
// page from the core (readPage) and keeps its rows (takePage).
class PagedDocumentModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedDocumentModel)

public:
    static constexpr int kPageSize = 200;

    explicit PagedDocumentModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : loadedRows(); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_atEnd; }
    void fetchMore(const QModelIndex &parent) override;

    // The row of the document `id` among those loaded (Qt::UserRole of column 0 is the id), or -1.
    int rowOf(const QString &id) const;
    // Once there are rows: the short columns as wide as their text (at most 16 characters), `stretch` takes the rest.
    // Returns whether it sized them (false: no rows yet, try again later).
    static bool sizeShortColumns(QTableView *table, int stretch);
    // Which documents (by id) hold changes the province has not acknowledged, for the "Province" column
    // (syncColumn()); nothing while the counter is not enrolled.
    void setSyncState(bool enrolled, const QSet<QString> &pendingIds);
    bool isSyncPending(const QString &id) const { return m_sync.isPending(id); }
    virtual int syncColumn() const = 0;

public slots:
    void reload();

signals:
    void loadFailed(const MotCua::Error &error);

protected:
    // Reads up to kPageSize rows from `offset` and keeps them aside; returns how many came.
    virtual Result<int> readPage(int offset) = 0;
    // Moves the rows readPage() kept aside into the model: after the others, or (`replace`) instead of them.
    virtual void takePage(bool replace) = 0;
    virtual int loadedRows() const = 0;
    virtual const char *kindForLog() const = 0;
    // The "Province" column's cell of the document `id` for `role`, when `role` is one it shows.
    std::optional<QVariant> syncData(const QString &id, int role) const
    {
        if (!RecordSyncState::roles().contains(role))
            return std::nullopt;
        return m_sync.data(id, role);
    }

private:
    void failed(const Error &error);

    RecordSyncState m_sync;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace MotCua::Ui
