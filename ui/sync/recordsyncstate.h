#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariant>

namespace MotCua::Ui
{

// Which records of one kind (dossiers, incoming or outgoing documents) hold changes of this counter that the province
// has not acknowledged (SyncService::pendingRecords), as every list shows it in its "Province" column: "Not sent"
// with an arrow, and a tooltip either way. Nothing while the counter is not enrolled (the column is hidden then).
class RecordSyncState
{
    Q_DECLARE_TR_FUNCTIONS(MotCua::Ui::RecordSyncState)

public:
    // True when something changed (the model then repaints its column).
    bool set(bool enrolled, const QSet<QString> &pendingIds);
    bool enrolled() const { return m_enrolled; }
    bool isPending(const QString &id) const { return m_enrolled && m_pending.contains(id); }
    // The column's cell for the record `id`: Qt::DisplayRole, DecorationRole and ToolTipRole; other roles nothing.
    QVariant data(const QString &id, int role) const;
    static QString header();
    static QList<int> roles();

private:
    bool m_enrolled = false;
    QSet<QString> m_pending;
};

} // namespace MotCua::Ui
