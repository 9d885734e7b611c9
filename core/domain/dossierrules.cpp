#include "core/domain/dossierrules.h"

#include "core/domain/calendar.h"
#include "core/domain/ids.h"

#include <QCoreApplication>

#include <algorithm>

namespace MotCua
{

namespace
{
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("MotCua::Wording", text, comment);
}

struct ChannelInfo
{
    Channel channel;
    const char *key;
};
constexpr ChannelInfo kChannels[] = {{Channel::Direct, "direct"}, {Channel::Online, "online"}, {Channel::Post, "post"}};

struct HowInfo
{
    ReturnHow how;
    const char *key;
};
constexpr HowInfo kHows[] = {
    {ReturnHow::Desk, "desk"}, {ReturnHow::Post, "post"}, {ReturnHow::Electronic, "electronic"}};

struct QueueInfo
{
    WorkQueue queue;
    const char *key;
};
constexpr QueueInfo kQueues[] = {{WorkQueue::All, ""},
                                 {WorkQueue::ToReceive, "to_receive"},
                                 {WorkQueue::Mine, "mine"},
                                 {WorkQueue::AwaitingSupplement, "awaiting_supplement"},
                                 {WorkQueue::AwaitingApproval, "awaiting_approval"},
                                 {WorkQueue::DueToday, "due_today"},
                                 {WorkQueue::DueSoon, "due_soon"},
                                 {WorkQueue::Overdue, "overdue"},
                                 {WorkQueue::ReadyToReturn, "ready_to_return"}};
} // namespace

QString channelKey(Channel c)
{
    for (const ChannelInfo &i : kChannels)
        if (i.channel == c)
            return QLatin1String(i.key);
    return {};
}

std::optional<Channel> channelFromKey(const QString &key)
{
    for (const ChannelInfo &i : kChannels)
        if (key == QLatin1String(i.key))
            return i.channel;
    return std::nullopt;
}

QString returnHowKey(ReturnHow h)
{
    for (const HowInfo &i : kHows)
        if (i.how == h)
            return QLatin1String(i.key);
    return {};
}

std::optional<ReturnHow> returnHowFromKey(const QString &key)
{
    for (const HowInfo &i : kHows)
        if (key == QLatin1String(i.key))
            return i.how;
    return std::nullopt;
}

ReturnHow returnHowForChannel(Channel c)
{
    switch (c) {
    case Channel::Post:
        return ReturnHow::Post;
    case Channel::Online:
        return ReturnHow::Electronic;
    case Channel::Direct:
        break;
    }
    return ReturnHow::Desk;
}

QString workQueueKey(WorkQueue q)
{
    for (const QueueInfo &i : kQueues)
        if (i.queue == q)
            return QLatin1String(i.key);
    return {};
}

std::optional<WorkQueue> workQueueFromKey(const QString &key)
{
    for (const QueueInfo &i : kQueues)
        if (key == QLatin1String(i.key))
            return i.queue;
    return std::nullopt;
}

QList<WorkQueue> allWorkQueues()
{
    QList<WorkQueue> out;
    for (const QueueInfo &i : kQueues)
        out.append(i.queue);
    return out;
}

QList<WorkQueue> workQueuesFor(const QList<Role> &roles)
{
    auto can = [&](Permission p) {
        return std::any_of(roles.cbegin(), roles.cend(), [p](Role r) { return roleAllows(r, p); });
    };
    const bool receives = can(Permission::ReceiveDossier);
    const bool processes = can(Permission::ProcessDossier);
    QList<WorkQueue> out;
    for (WorkQueue q : allWorkQueues()) {
        bool show = true;
        switch (q) {
        case WorkQueue::ToReceive:
            show = receives && can(Permission::TransferDossier);
            break;
        case WorkQueue::Mine:
            show = processes;
            break;
        case WorkQueue::AwaitingSupplement:
            show = receives || processes;
            break;
        case WorkQueue::AwaitingApproval:
            show = can(Permission::ApproveDossier);
            break;
        case WorkQueue::ReadyToReturn:
            show = can(Permission::ReturnResult);
            break;
        case WorkQueue::All:
        case WorkQueue::DueToday:
        case WorkQueue::DueSoon:
        case WorkQueue::Overdue:
            break;
        }
        if (show)
            out.append(q);
    }
    return out;
}

bool actionNeedsReason(DossierAction action)
{
    return action == DossierAction::Refuse || action == DossierAction::Reject || action == DossierAction::Stop ||
           action == DossierAction::Apologize;
}

bool actionTakesReason(DossierAction action)
{
    return actionNeedsReason(action) || action == DossierAction::Withdraw || action == DossierAction::RequestSupplement;
}

QDateTime appointmentOnDate(const QDate &date, const WorkingCalendar &calendar)
{
    return QDateTime(date, calendar.workEnd(), Time::vietnam());
}

namespace Wording
{
QString state(DossierState s)
{
    switch (s) {
    case DossierState::Received:
        return tr("Received", "dossier state");
    case DossierState::InProcessing:
        return tr("In processing", "dossier state");
    case DossierState::AwaitingApproval:
        return tr("Awaiting approval", "dossier state");
    case DossierState::SupplementRequested:
        return tr("Supplement requested", "dossier state");
    case DossierState::Approved:
        return tr("Approved", "dossier state");
    case DossierState::Finished:
        return tr("Result ready", "dossier state");
    case DossierState::Returned:
        return tr("Result returned", "dossier state");
    case DossierState::Refused:
        return tr("Not accepted", "dossier state");
    case DossierState::Rejected:
        return tr("Rejected", "dossier state");
    case DossierState::Withdrawn:
        return tr("Withdrawn", "dossier state");
    case DossierState::Stopped:
        return tr("Stopped", "dossier state");
    }
    return dossierStateKey(s);
}

QString role(Role r)
{
    switch (r) {
    case Role::Receptionist:
        return tr("receptionist", "role");
    case Role::Specialist:
        return tr("specialist", "role");
    case Role::Leader:
        return tr("leader", "role");
    case Role::Clerk:
        return tr("clerk", "role");
    case Role::Admin:
        return tr("administrator", "role");
    }
    return roleKey(r);
}

QString dossierCode(const QString &code, bool provisional, const QString &provisionalCode)
{
    if (provisional)
        return tr("%1 (provisional)", "dossier code").arg(code);
    if (provisionalCode.isEmpty() || provisionalCode == code)
        return code;
    return tr("%1 (on the receipt: %2, provisional)", "dossier code").arg(code, provisionalCode);
}

QString channel(Channel c)
{
    switch (c) {
    case Channel::Direct:
        return tr("In person", "channel");
    case Channel::Online:
        return tr("Online", "channel");
    case Channel::Post:
        return tr("By post", "channel");
    }
    return channelKey(c);
}

QString returnHow(ReturnHow h)
{
    switch (h) {
    case ReturnHow::Desk:
        return tr("at the desk", "how the result was returned");
    case ReturnHow::Post:
        return tr("by post", "how the result was returned");
    case ReturnHow::Electronic:
        return tr("online", "how the result was returned");
    }
    return returnHowKey(h);
}

QString queue(WorkQueue q)
{
    switch (q) {
    case WorkQueue::All:
        return tr("All", "work queue: every dossier");
    case WorkQueue::ToReceive:
        return tr("Waiting to be handed over", "work queue");
    case WorkQueue::Mine:
        return tr("Mine", "work queue: dossiers I hold");
    case WorkQueue::AwaitingSupplement:
        return tr("Awaiting supplement", "work queue");
    case WorkQueue::AwaitingApproval:
        return tr("Awaiting approval", "work queue");
    case WorkQueue::DueToday:
        return tr("Due today", "work queue");
    case WorkQueue::DueSoon:
        return tr("Due soon (2 working days)", "work queue");
    case WorkQueue::Overdue:
        return tr("Overdue", "work queue");
    case WorkQueue::ReadyToReturn:
        return tr("Result to return", "work queue");
    }
    return workQueueKey(q);
}

QString returnHowOnForm(ReturnHow h)
{
    switch (h) {
    case ReturnHow::Post:
        return QStringLiteral("qua dịch vụ bưu chính công ích");
    case ReturnHow::Electronic:
        return QStringLiteral("trực tuyến");
    case ReturnHow::Desk:
        break;
    }
    return QStringLiteral("trực tiếp tại Bộ phận Một cửa");
}
} // namespace Wording

} // namespace MotCua
