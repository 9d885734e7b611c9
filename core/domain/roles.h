#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace MotCua
{

enum class Role { Receptionist, Specialist, Leader, Clerk, Admin };

// What a command needs. The matrix lives in roleAllows(); services check it, the UI only mirrors it.
enum class Permission {
    ReceiveDossier, // receive at the counter, print the receipt, refuse, record a supplement or a withdrawal
    ViewDossiers,
    TransferDossier, // hand a dossier over to a specialist, a department or a leader
    ProcessDossier,  // appraise: request a supplement, reject, finish, apologise for a delay
    ApproveDossier,  // leaders: approve, stop
    ReturnResult,    // return the result to the citizen
    ManageUsers,
    ManageCatalog,
    Maintain, // rebuild, verify, export, backup
    ViewSync, // see how the exchange with the province goes and start it now (administrators, leaders)
};

QString roleKey(Role role); // "receptionist", ...
std::optional<Role> roleFromKey(const QString &key);
QList<Role> allRoles();
QString permissionKey(Permission permission); // "receive_dossier", ...
bool roleAllows(Role role, Permission permission);

} // namespace MotCua
