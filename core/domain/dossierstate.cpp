#include "core/domain/dossierstate.h"

#include <QCoreApplication>

namespace MotCua
{

namespace
{
struct StateInfo
{
    DossierState state;
    const char *key;
    int portal;
    bool open;
};
constexpr StateInfo kStates[] = {
    {DossierState::Received, "received", 2, true},
    {DossierState::InProcessing, "in_processing", 4, true},
    {DossierState::AwaitingApproval, "awaiting_approval", 4, true},
    {DossierState::SupplementRequested, "supplement_requested", 5, true},
    {DossierState::Approved, "approved", 4, true},
    {DossierState::Finished, "finished", 9, false},
    {DossierState::Returned, "returned", 10, false},
    {DossierState::Refused, "refused", 3, false},
    {DossierState::Rejected, "rejected", 8, false},
    {DossierState::Withdrawn, "withdrawn", 7, false},
    {DossierState::Stopped, "stopped", 8, false},
};

struct ActionInfo
{
    DossierAction action;
    const char *key;
    Permission permission;
};
constexpr ActionInfo kActions[] = {
    {DossierAction::Transfer, "transfer", Permission::TransferDossier},
    {DossierAction::RequestSupplement, "request-supplement", Permission::ProcessDossier},
    {DossierAction::SupplementReceived, "supplement-received", Permission::ReceiveDossier},
    {DossierAction::Refuse, "refuse", Permission::ReceiveDossier},
    {DossierAction::Reject, "reject", Permission::ProcessDossier},
    {DossierAction::Submit, "submit", Permission::ProcessDossier},
    {DossierAction::Approve, "approve", Permission::ApproveDossier},
    {DossierAction::Finish, "finish", Permission::ProcessDossier},
    {DossierAction::Return, "return", Permission::ReturnResult},
    {DossierAction::Withdraw, "withdraw", Permission::ReceiveDossier},
    {DossierAction::Stop, "stop", Permission::ApproveDossier},
    {DossierAction::Apologize, "apologize", Permission::ProcessDossier},
};
} // namespace

QString dossierStateKey(DossierState s)
{
    for (const StateInfo &i : kStates)
        if (i.state == s)
            return QString::fromLatin1(i.key);
    return {};
}

std::optional<DossierState> dossierStateFromKey(const QString &key)
{
    for (const StateInfo &i : kStates)
        if (key == QLatin1String(i.key))
            return i.state;
    return std::nullopt;
}

QList<DossierState> allDossierStates()
{
    QList<DossierState> out;
    for (const StateInfo &i : kStates)
        out.append(i.state);
    return out;
}

int portalStatusCode(DossierState s)
{
    for (const StateInfo &i : kStates)
        if (i.state == s)
            return i.portal;
    return 0;
}

bool isOpen(DossierState s)
{
    for (const StateInfo &i : kStates)
        if (i.state == s)
            return i.open;
    return false;
}

QString dossierActionKey(DossierAction a)
{
    for (const ActionInfo &i : kActions)
        if (i.action == a)
            return QString::fromLatin1(i.key);
    return {};
}

std::optional<DossierAction> dossierActionFromKey(const QString &key)
{
    for (const ActionInfo &i : kActions)
        if (key == QLatin1String(i.key))
            return i.action;
    return std::nullopt;
}

QList<DossierAction> allDossierActions()
{
    QList<DossierAction> out;
    for (const ActionInfo &i : kActions)
        out.append(i.action);
    return out;
}

Permission permissionFor(DossierAction action)
{
    for (const ActionInfo &i : kActions)
        if (i.action == action)
            return i.permission;
    return Permission::Maintain;
}

QString dossierReasonText(const QString &reason)
{
    if (reason == QLatin1String("duplicate"))
        return QCoreApplication::translate("MotCua::DossierReason", "duplicate of an open dossier");
    if (reason == QLatin1String("applicant's request"))
        return QCoreApplication::translate("MotCua::DossierReason", "at the applicant's request");
    return reason;
}

std::optional<DossierState> nextState(DossierState from, DossierAction action, bool toLeader)
{
    using S = DossierState;
    switch (action) {
    case DossierAction::Transfer:
        if (from == S::Received || from == S::InProcessing || from == S::AwaitingApproval || from == S::Approved)
            return toLeader ? S::AwaitingApproval : S::InProcessing;
        return std::nullopt;
    case DossierAction::RequestSupplement:
        if (from == S::Received || from == S::InProcessing || from == S::AwaitingApproval)
            return S::SupplementRequested;
        return std::nullopt;
    case DossierAction::SupplementReceived:
        if (from == S::SupplementRequested)
            return S::InProcessing;
        return std::nullopt;
    case DossierAction::Refuse:
        if (from == S::Received)
            return S::Refused;
        return std::nullopt;
    case DossierAction::Reject:
        if (from == S::InProcessing || from == S::AwaitingApproval)
            return S::Rejected;
        return std::nullopt;
    case DossierAction::Submit:
        if (from == S::InProcessing)
            return S::AwaitingApproval;
        return std::nullopt;
    case DossierAction::Approve:
        if (from == S::AwaitingApproval)
            return S::Approved;
        return std::nullopt;
    case DossierAction::Finish:
        if (from == S::InProcessing || from == S::Approved)
            return S::Finished;
        return std::nullopt;
    case DossierAction::Return:
        if (from == S::Finished || from == S::Rejected)
            return S::Returned;
        return std::nullopt;
    case DossierAction::Withdraw:
        if (isOpen(from))
            return S::Withdrawn;
        return std::nullopt;
    case DossierAction::Stop:
        if (isOpen(from))
            return S::Stopped;
        return std::nullopt;
    case DossierAction::Apologize:
        if (isOpen(from))
            return from;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace MotCua
