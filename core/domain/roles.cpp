#include "core/domain/roles.h"

namespace MotCua
{

QString roleKey(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Specialist:
        return QStringLiteral("specialist");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Receptionist, Role::Specialist, Role::Leader, Role::Clerk, Role::Admin};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return QStringLiteral("receive_dossier");
    case Permission::ViewDossiers:
        return QStringLiteral("view_dossiers");
    case Permission::TransferDossier:
        return QStringLiteral("transfer_dossier");
    case Permission::ProcessDossier:
        return QStringLiteral("process_dossier");
    case Permission::ApproveDossier:
        return QStringLiteral("approve_dossier");
    case Permission::ReturnResult:
        return QStringLiteral("return_result");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ManageCatalog:
        return QStringLiteral("manage_catalog");
    case Permission::Maintain:
        return QStringLiteral("maintain");
    case Permission::ViewSync:
        return QStringLiteral("view_sync");
    case Permission::ViewDocuments:
        return QStringLiteral("view_documents");
    case Permission::RegisterIncoming:
        return QStringLiteral("register_incoming");
    case Permission::DirectIncoming:
        return QStringLiteral("direct_incoming");
    case Permission::HandleIncoming:
        return QStringLiteral("handle_incoming");
    case Permission::DraftOutgoing:
        return QStringLiteral("draft_outgoing");
    case Permission::ApproveOutgoing:
        return QStringLiteral("approve_outgoing");
    case Permission::IssueOutgoing:
        return QStringLiteral("issue_outgoing");
    case Permission::ManageRegisters:
        return QStringLiteral("manage_registers");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        // The commune's administrator can stand in at every desk (small communes have one or two staff), which
        // also keeps CLI.md's promise that scripts run as the init administrator work unchanged.
        return true;
    case Role::Receptionist:
        return permission == Permission::ReceiveDossier || permission == Permission::ViewDossiers ||
               permission == Permission::TransferDossier || permission == Permission::ReturnResult;
    case Role::Specialist:
        return permission == Permission::ViewDossiers || permission == Permission::TransferDossier ||
               permission == Permission::ProcessDossier || permission == Permission::ViewDocuments ||
               permission == Permission::HandleIncoming || permission == Permission::DraftOutgoing;
    case Role::Leader:
        // A leader answers for the commune's figures at the province, so sees whether they got there.
        return permission == Permission::ViewDossiers || permission == Permission::TransferDossier ||
               permission == Permission::ProcessDossier || permission == Permission::ApproveDossier ||
               permission == Permission::ViewSync || permission == Permission::ViewDocuments ||
               permission == Permission::DirectIncoming || permission == Permission::HandleIncoming ||
               permission == Permission::DraftOutgoing || permission == Permission::ApproveOutgoing;
    case Role::Clerk:
        // Văn thư: the registers are theirs (Đ16, Đ22), and they draft letters of their own office.
        return permission == Permission::ViewDossiers || permission == Permission::ViewDocuments ||
               permission == Permission::RegisterIncoming || permission == Permission::IssueOutgoing ||
               permission == Permission::DraftOutgoing || permission == Permission::ManageRegisters;
    }
    return false;
}

} // namespace MotCua
