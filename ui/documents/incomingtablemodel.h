#pragma once

#include <QAbstractTableModel>

#include "core/documents/documentservice.h"
#include "core/services/session.h"

namespace MotCua::Ui
{

// The incoming documents of one queue, in the core's order (urgent ones first in the open queues, then newest).
// Rows arrive in pages from DocumentService::listIncoming through canFetchMore()/fetchMore() as the view scrolls.
class IncomingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingTableModel)

public:
    // The summary last: it takes the width that is left, and the state and deadline stay in view.
    enum Column { ArrivalNumber, Received, Urgency, From, NumberSymbol, Assignees, Due, State, Summary, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole,
        OverdueRole,     // bool: open past its deadline (IncomingDocument::isOverdue)
        UrgencyRankRole, // int: urgencyRank(), 0 ordinary .. 3 flash
        StateKeyRole,    // incomingStateKey()
    };

    static constexpr int kPageSize = 200;

    IncomingTableModel(DocumentService &service, const Session &session, QObject *parent = nullptr);
    ~IncomingTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const IncomingDocument *itemAt(const QModelIndex &index) const;
    const IncomingFilter &filter() const { return m_filter; }
    // The clock the overdue flag is read at (tests set it; null: now).
    void setNow(const QDateTime &now) { m_now = now; }

public slots:
    void reload();
    void setFilterText(const QString &text);
    void setQueue(MotCua::IncomingQueue queue);
    void setYear(int year); // 0: every year

signals:
    void loadFailed(const MotCua::Error &error);

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    DocumentService &m_service;
    Session m_session;
    IncomingFilter m_filter;
    QList<IncomingDocument> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
    QDateTime m_now;
};

} // namespace MotCua::Ui
