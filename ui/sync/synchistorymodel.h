#pragma once

#include <QAbstractTableModel>

#include "core/sync/net/syncservice.h"

namespace MotCua::Ui
{

// The last runs of the sync with the province (SyncStatus::runs), newest first: when, how it ended, what went each
// way, and a failure as a sentence (its technical detail in the tooltip).
class SyncHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHistoryModel)

public:
    enum Column { Time, Result, Pushed, Pulled, Problem, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OkRole = Qt::UserRole, // bool
        FieldRole,             // the failure's field ("transient", "token_revoked", ...)
    };

    explicit SyncHistoryModel(QObject *parent = nullptr);
    ~SyncHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRuns(const QList<SyncRun> &runs);
    const QList<SyncRun> &runs() const { return m_runs; }

private:
    QList<SyncRun> m_runs;
};

} // namespace MotCua::Ui
