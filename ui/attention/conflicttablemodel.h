#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>

#include "core/services/conflictservice.h"

namespace MotCua::Ui
{

// The needs-attention items (ConflictService::list) as rows: when, what, the record, the counter, open or resolved.
class ConflictTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictTableModel)

public:
    enum Column { When, Kind, Record, Counter, Status, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole,
        ResolvedRole, // bool
    };

    explicit ConflictTableModel(QObject *parent = nullptr);
    ~ConflictTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setItems(const QList<Conflict> &items);
    const QList<Conflict> &items() const { return m_items; }
    const Conflict *itemAt(int row) const;
    int rowOf(const QString &id) const;

    // A user name item whose account was given another name since.
    static bool isRenamed(const Conflict &c);
    // What the item is about, as people know it: the dossier code, the user name.
    static QString recordLabel(const Conflict &c);
    // What the kind of item is, in a few words ("Action not applied").
    static QString kindTitle(ConflictKind kind);
    // What happened, as one or two sentences for a person: by kind, with the record, who, which counter and when.
    static QString whatHappened(const Conflict &c);
    // What a person can do about it, by kind.
    static QString whatToDo(const Conflict &c);

private:
    QList<Conflict> m_items;
};

} // namespace MotCua::Ui
