#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include "core/services/dossierservice.h"
#include "core/services/session.h"
#include "ui/sync/recordsyncstate.h"

namespace MotCua::Ui
{

// The dossier list, newest first. It never loads everything: rows arrive in pages from DossierService::list with
// keyset cursors, through canFetchMore()/fetchMore() as the view scrolls.
class DossierTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierTableModel)

public:
    enum Column { Code, Procedure, Applicant, CitizenId, Received, Due, State, Sync, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CodeRole = Qt::UserRole,
        IdRole,
        SortTimeRole,    // received or due as a QDateTime (UTC)
        OverdueRole,     // bool: still open (and not paused for a supplement) past its due date
        StateKeyRole,    // the state key, "in_processing"
        SyncPendingRole, // bool: this counter's events about the dossier wait to be sent to the province
    };

    static constexpr int kPageSize = 200;

    DossierTableModel(DossierService &service, const Session &session, QObject *parent = nullptr);
    ~DossierTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Dossier *itemAt(const QModelIndex &index) const;
    // The same test as the core's "overdue" queue, at `now`.
    static bool isOverdue(const Dossier &dossier, const QDateTime &now);
    DossierFilter filter() const { return m_filter; }
    // Which dossiers (by id) have events the province has not acknowledged (SyncService::pendingRecords), and
    // whether this counter is enrolled at all (if not, the Sync column says nothing).
    void setSyncState(bool enrolled, const QSet<QString> &pendingIds);
    bool isSyncPending(const QString &dossierId) const { return m_sync.isPending(dossierId); }

public slots:
    // Drops the loaded rows and loads the first page again (after a receive, or a new filter).
    void reload();
    void setFilterText(const QString &text);
    // One of DossierService::queues(), or empty for every dossier.
    void setQueue(const QString &key);
    // A whole filter at once (the list behind a dashboard number), then the first page.
    void setFilter(const MotCua::DossierFilter &filter);

signals:
    void loadFailed(const MotCua::Error &error);

private:
    Result<DossierPage> loadPage(const DossierCursor &after);

    DossierService &m_service;
    Session m_session;
    DossierFilter m_filter;
    QList<Dossier> m_rows;
    DossierCursor m_next;
    bool m_atEnd = true;
    bool m_fetching = false;
    RecordSyncState m_sync;
};

} // namespace MotCua::Ui
