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
    // Official documents (Decree 30/2020): clerks register and number, leaders direct and approve/sign, specialists
    // handle what they were given.
    ViewDocuments,    // the incoming and outgoing lists and registers
    RegisterIncoming, // văn thư: register an incoming document, give its arrival number
    DirectIncoming,   // leaders: the direction (bút phê), re-directions
    HandleIncoming,   // record progress and finish a document one was given (or a leader, on anyone's)
    DraftOutgoing,    // draft an outgoing document and submit it
    ApproveOutgoing,  // leaders: approve or send back a draft, sign
    IssueOutgoing,    // văn thư: number, dispatch, record delivery, file
    ManageRegisters,  // the number series, the issuer and department abbreviations
};

QString roleKey(Role role); // "receptionist", ...
std::optional<Role> roleFromKey(const QString &key);
QList<Role> allRoles();
QString permissionKey(Permission permission); // "receive_dossier", ...
bool roleAllows(Role role, Permission permission);

} // namespace MotCua
