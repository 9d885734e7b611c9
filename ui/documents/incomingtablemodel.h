#pragma once

#include "ui/documents/pageddocumentmodel.h"

#include "core/documents/documentservice.h"
#include "core/services/session.h"

namespace MotCua::Ui
{

// The incoming documents of one queue, in the core's order (urgent ones first in the open queues, then newest).
// Rows arrive in pages from DocumentService::listIncoming through canFetchMore()/fetchMore() as the view scrolls.
class IncomingTableModel final : public PagedDocumentModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingTableModel)

public:
    // The summary last: it takes the width that is left, and the state and deadline stay in view.
    enum Column {
        ArrivalNumber,
        Received,
        Urgency,
        From,
        NumberSymbol,
        Assignees,
        Due,
        State,
        Summary,
        Sync,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole,
        OverdueRole,     // bool: open past its deadline (IncomingDocument::isOverdue)
        UrgencyRankRole, // int: urgencyRank(), 0 ordinary .. 3 flash
        StateKeyRole,    // incomingStateKey()
    };

    IncomingTableModel(DocumentService &service, const Session &session, QObject *parent = nullptr);
    ~IncomingTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const IncomingDocument *itemAt(const QModelIndex &index) const;
    const IncomingFilter &filter() const { return m_filter; }
    // The clock the overdue flag is read at (tests set it; null: now).
    void setNow(const QDateTime &now) { m_now = now; }

public slots:
    void setFilterText(const QString &text);
    void setQueue(MotCua::IncomingQueue queue);
    void setYear(int year); // 0: every year

protected:
    Result<int> readPage(int offset) override;
    void takePage(bool replace) override;
    int loadedRows() const override { return int(m_rows.size()); }
    const char *kindForLog() const override { return "incoming"; }
    int syncColumn() const override { return Sync; }

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    DocumentService &m_service;
    Session m_session;
    IncomingFilter m_filter;
    QList<IncomingDocument> m_rows;
    QList<IncomingDocument> m_page; // read by readPage(), not taken yet
    QDateTime m_now;
};

} // namespace MotCua::Ui
