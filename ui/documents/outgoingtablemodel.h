#pragma once

#include "ui/documents/pageddocumentmodel.h"

#include "core/documents/documentservice.h"
#include "core/services/session.h"

namespace MotCua::Ui
{

// The outgoing documents of one state (or all), in the core's order, paged from DocumentService::listOutgoing.
class OutgoingTableModel final : public PagedDocumentModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutgoingTableModel)

public:
    enum Column { NumberSymbol, Issued, Urgency, Department, State, DraftedBy, Summary, Sync, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole,
        StateKeyRole,
        UrgencyRankRole,
    };

    OutgoingTableModel(DocumentService &service, const Session &session, QObject *parent = nullptr);
    ~OutgoingTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutgoingDocument *itemAt(const QModelIndex &index) const;
    const OutgoingFilter &filter() const { return m_filter; }

public slots:
    void setFilterText(const QString &text);
    // A state key (outgoingStateKey), or empty for every state; the drafts are the person's own.
    void setQueue(const QString &stateKey);
    void setYear(int year);

protected:
    Result<int> readPage(int offset) override;
    void takePage(bool replace) override;
    int loadedRows() const override { return int(m_rows.size()); }
    const char *kindForLog() const override { return "outgoing"; }
    int syncColumn() const override { return Sync; }

private:
    DocumentService &m_service;
    Session m_session;
    OutgoingFilter m_filter;
    QList<OutgoingDocument> m_rows;
    QList<OutgoingDocument> m_page; // read by readPage(), not taken yet
};

} // namespace MotCua::Ui
