#pragma once

#include "core/domain/roles.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace MotCua
{

// The life of a dossier (DOMAIN.md §2.5). Each state maps to the national portal's TrangThaiHoSo code.
enum class DossierState {
    Received,            // 2 Được tiếp nhận
    InProcessing,        // 4 Đang xử lý (transferred to a specialist or department)
    AwaitingApproval,    // 4 Đang xử lý (with a leader for approval)
    SupplementRequested, // 5 Yêu cầu bổ sung giấy tờ (the clock is paused)
    Approved,            // 4 Đang xử lý (approved, result being issued)
    Finished,            // 9 Đã xử lý xong (result ready at the desk)
    Returned,            // 10 Đã trả kết quả
    Refused,             // 3 Không được tiếp nhận (refused at reception, e.g. a duplicate)
    Rejected,            // 8 Dừng xử lý (rejected after appraisal, with reasons; the written answer is the result)
    Withdrawn,           // 7 Công dân yêu cầu rút hồ sơ
    Stopped,             // 8 Dừng xử lý
};

QString dossierStateKey(DossierState s); // "received", "in_processing", ...
std::optional<DossierState> dossierStateFromKey(const QString &key);
QList<DossierState> allDossierStates();
int portalStatusCode(DossierState s);
bool isOpen(DossierState s); // still being handled (the deadline runs or is paused)

// What a person can do to a dossier (CLI.md: dossier <command> CODE).
enum class DossierAction {
    Transfer,
    RequestSupplement,
    SupplementReceived,
    Refuse,
    Reject,
    Submit, // "Trình phê duyệt": the holder puts the dossier before a leader for approval
    Approve,
    Finish,
    Return,
    Withdraw,
    Stop,
    Apologize,
};
QString dossierActionKey(DossierAction a); // "transfer", "request-supplement", ...
std::optional<DossierAction> dossierActionFromKey(const QString &key);
QList<DossierAction> allDossierActions();

// The state an action leads to from `from`, or nullopt when it is not allowed there. Apologize keeps the state.
// `toLeader`: only for events written before Submit existed, when a transfer to a leader put the dossier up for
// approval (to_leader=true in their payload); new transfers never do, approval is asked for with Submit.
std::optional<DossierState> nextState(DossierState from, DossierAction action, bool toLeader = false);

// The permission an action needs.
Permission permissionFor(DossierAction action);

// The outcome reason of a dossier in words. Two reasons are recorded as keys: "duplicate" (refused at reception as a
// duplicate of an open dossier) and "applicant's request" (withdrawn at the citizen's request); they are worded here,
// translated (context MotCua::DossierReason), for the window, the search results and the CLI alike. Any other reason
// was typed by a person and comes back as it is.
QString dossierReasonText(const QString &reason);

} // namespace MotCua
