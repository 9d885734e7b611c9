#include "ui/documents/documentqueues.h"

#include <QComboBox>

namespace MotCua::Ui
{

QString DocumentQueues::incomingTitle(IncomingQueue queue)
{
    switch (queue) {
    case IncomingQueue::All:
        return tr("All incoming");
    case IncomingQueue::ToDirect:
        //: Incoming queue: registered documents waiting for the leader's direction (bút phê)
        return tr("To direct");
    case IncomingQueue::Mine:
        return tr("Mine to handle");
    case IncomingQueue::Overdue:
        return tr("Overdue", "incoming queue");
    case IncomingQueue::Open:
        return tr("In progress", "incoming queue");
    case IncomingQueue::Finished:
        return tr("Finished", "incoming queue");
    }
    return {};
}

QString DocumentQueues::outgoingTitle(OutgoingState state)
{
    switch (state) {
    case OutgoingState::Draft:
        return tr("My drafts");
    case OutgoingState::Submitted:
        return tr("To approve");
    case OutgoingState::Approved:
        return tr("Approved, to sign");
    case OutgoingState::Signed:
        return tr("To number");
    case OutgoingState::Numbered:
        return tr("To dispatch");
    case OutgoingState::Dispatched:
        return tr("Dispatched");
    case OutgoingState::Filed:
        return tr("Filed");
    }
    return {};
}

QList<DocumentQueue> DocumentQueues::incoming()
{
    QList<DocumentQueue> out;
    for (IncomingQueue q : {IncomingQueue::All, IncomingQueue::ToDirect, IncomingQueue::Mine, IncomingQueue::Overdue,
                            IncomingQueue::Open, IncomingQueue::Finished})
        out.append({q == IncomingQueue::All ? QString() : incomingQueueKey(q), incomingTitle(q)});
    return out;
}

QList<DocumentQueue> DocumentQueues::outgoing()
{
    QList<DocumentQueue> out{{QString(), tr("All outgoing")}};
    for (OutgoingState s :
         {OutgoingState::Draft, OutgoingState::Submitted, OutgoingState::Approved, OutgoingState::Signed,
          OutgoingState::Numbered, OutgoingState::Dispatched, OutgoingState::Filed})
        out.append({outgoingStateKey(s), outgoingTitle(s)});
    return out;
}

std::optional<qint64> DocumentQueues::incomingCount(const DocumentCounts &counts, const QString &key)
{
    const auto q = incomingQueueFromKey(key);
    if (!q)
        return std::nullopt;
    switch (*q) {
    case IncomingQueue::ToDirect:
        return counts.toDirect;
    case IncomingQueue::Mine:
        return counts.mine;
    case IncomingQueue::Overdue:
        return counts.overdue;
    case IncomingQueue::Open:
        return counts.open;
    case IncomingQueue::All:
    case IncomingQueue::Finished:
        break;
    }
    return std::nullopt;
}

std::optional<qint64> DocumentQueues::outgoingCount(const DocumentCounts &counts, const QString &key)
{
    const auto s = outgoingStateFromKey(key);
    if (!s)
        return std::nullopt;
    switch (*s) {
    case OutgoingState::Draft:
        return counts.drafts;
    case OutgoingState::Submitted:
        return counts.toApprove;
    case OutgoingState::Signed:
        return counts.toNumber;
    case OutgoingState::Numbered:
        return counts.toDispatch;
    default:
        break;
    }
    return std::nullopt;
}

bool DocumentQueues::inNavigation(const Session &session, bool incoming, const QString &key)
{
    if (incoming) {
        switch (incomingQueueFromKey(key).value_or(IncomingQueue::All)) {
        case IncomingQueue::ToDirect:
            return session.can(Permission::DirectIncoming);
        case IncomingQueue::Mine:
            return session.can(Permission::HandleIncoming);
        case IncomingQueue::All:
            return false; // the page's own entry
        default:
            return true;
        }
    }
    const auto state = outgoingStateFromKey(key);
    if (!state)
        return false;
    switch (*state) {
    case OutgoingState::Draft:
        return session.can(Permission::DraftOutgoing);
    case OutgoingState::Submitted:
        return session.can(Permission::ApproveOutgoing);
    case OutgoingState::Signed:
    case OutgoingState::Numbered:
        return session.can(Permission::IssueOutgoing);
    default:
        return false; // the other states are on the page's selector only
    }
}

QString DocumentQueues::withCount(const QString &title, std::optional<qint64> count)
{
    //: A queue's name, then how many documents it holds
    return count ? tr("%1 (%2)", "queue (count)").arg(title).arg(*count) : title;
}

void DocumentQueues::showCounts(QComboBox *combo, bool incoming, const DocumentCounts &counts)
{
    const QList<DocumentQueue> queues = incoming ? DocumentQueues::incoming() : DocumentQueues::outgoing();
    for (int i = 0; i < combo->count() && i < queues.size(); ++i) {
        const QString &key = queues.at(i).key;
        combo->setItemText(
            i, withCount(queues.at(i).title, incoming ? incomingCount(counts, key) : outgoingCount(counts, key)));
    }
}

void DocumentQueues::select(QComboBox *combo, const QString &key)
{
    const int i = combo->findData(key);
    if (i >= 0 && i != combo->currentIndex())
        combo->setCurrentIndex(i);
}

} // namespace MotCua::Ui
