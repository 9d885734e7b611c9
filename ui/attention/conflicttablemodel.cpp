#include "ui/attention/conflicttablemodel.h"

#include <QFont>
#include <QLocale>

#include "core/domain/ids.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(Time::toVietnam(utc), u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString who(const Conflict &c)
{
    return c.actorName.isEmpty() ? ConflictTableModel::tr("someone") : c.actorName;
}

QString counter(const Conflict &c)
{
    return c.deviceTag.isEmpty() ? ConflictTableModel::tr("another counter")
                                 : ConflictTableModel::tr("counter %1").arg(c.deviceTag);
}
} // namespace

ConflictTableModel::ConflictTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ConflictTableModel::~ConflictTableModel() = default;

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConflictTableModel::isRenamed(const Conflict &c)
{
    return c.kind == ConflictKind::Username && !c.record.isEmpty() &&
           c.record != c.info.value(QLatin1String("username")).toString();
}

QString ConflictTableModel::recordLabel(const Conflict &c)
{
    if (c.kind == ConflictKind::Username)
        return c.info.value(QLatin1String("username")).toString();
    return c.record.isEmpty() ? c.info.value(QLatin1String("code")).toString() : c.record;
}

QString ConflictTableModel::kindTitle(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::DossierAction:
        return tr("Action not applied");
    case ConflictKind::Username:
        return tr("User name created twice");
    case ConflictKind::DossierCode:
        return tr("Dossier code given twice");
    case ConflictKind::DocumentAction:
        return tr("Document action not applied");
    case ConflictKind::ArrivalNumber:
        return tr("Arrival number given twice");
    case ConflictKind::OutgoingNumber:
        return tr("Document number given twice");
    }
    return {};
}

QString ConflictTableModel::whatHappened(const Conflict &c)
{
    switch (c.kind) {
    case ConflictKind::DossierAction: {
        const QString state = c.info.value(QLatin1String("state")).toString();
        return tr("Dossier %1: “%2”, done by %3 on %4 at %5, did not take effect, because the dossier was already "
                  "“%6” (another counter had acted on it first).")
            .arg(c.record, ErrorText::eventType(c.eventType), who(c), counter(c), when(c.at),
                 ErrorText::dossierState(state));
    }
    case ConflictKind::Username:
        return tr("The user name “%1” was created on two counters. The account created by %2 on %3 at %4 cannot sign "
                  "in while the other account holds the name.")
            .arg(c.info.value(QLatin1String("username")).toString(), who(c), counter(c), when(c.at));
    case ConflictKind::DossierCode:
        return tr("Two dossiers were given the code %1. The one received by %2 on %3 at %4 keeps it only as a "
                  "duplicate.")
            .arg(c.info.value(QLatin1String("code")).toString(), who(c), counter(c), when(c.at));
    case ConflictKind::DocumentAction:
        return tr("Document %1: “%2”, done by %3 on %4 at %5, did not take effect (another counter had acted on it "
                  "first).")
            .arg(c.record, c.eventType, who(c), counter(c), when(c.at));
    case ConflictKind::ArrivalNumber:
        return tr("Document %1 was registered by %2 on %3 at %4 with an arrival number another counter had given "
                  "first.")
            .arg(c.record, who(c), counter(c), when(c.at));
    case ConflictKind::OutgoingNumber:
        return tr("Document “%1” was numbered by %2 on %3 at %4 with a number another counter had given first.")
            .arg(c.record, who(c), counter(c), when(c.at));
    }
    return c.detail;
}

QString ConflictTableModel::whatToDo(const Conflict &c)
{
    switch (c.kind) {
    case ConflictKind::DossierAction:
        return tr("Open the dossier and read its history. If a step is missing, do it again there; then mark this "
                  "item resolved, saying what you did.");
    case ConflictKind::Username:
        if (isRenamed(c))
            return tr("The account is now called %1. Once its owner knows the new user name, mark this item "
                      "resolved.")
                .arg(c.record);
        return tr("An administrator gives this account another user name (Rename the account) and tells its owner "
                  "the new one; then mark this item resolved.");
    case ConflictKind::DossierCode:
        return tr("Open the dossier and tell the citizen which code is theirs (print the receipt again if needed); "
                  "then mark this item resolved.");
    case ConflictKind::DocumentAction:
        return tr("Open the document and read its history. If a step is missing, do it again there; then mark this "
                  "item resolved.");
    case ConflictKind::ArrivalNumber:
        return tr("Note the right arrival number on the paper and in the register's remarks; then mark this item "
                  "resolved.");
    case ConflictKind::OutgoingNumber:
        return tr("Issue a correction (a công văn) for the later document; then mark this item resolved.");
    }
    return {};
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    const Conflict *c = itemAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return c->id;
    if (role == ResolvedRole)
        return c->resolved;
    if (role == Qt::FontRole && !c->resolved && index.column() == Kind) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Kind)
        return whatHappened(*c);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return when(c->at);
    case Kind:
        return kindTitle(c->kind);
    case Record:
        return recordLabel(*c);
    case Counter:
        return c->deviceTag;
    case Status:
        return c->resolved ? tr("Resolved") : tr("Open");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("What");
    case Record:
        return tr("Record");
    case Counter:
        return tr("Counter");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void ConflictTableModel::setItems(const QList<Conflict> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const Conflict *ConflictTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ConflictTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace MotCua::Ui
