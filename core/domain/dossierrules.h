#pragma once

// The dossier rules the window and the command line both need, once: how a dossier came in and went back, the work
// queues and who sees them, which actions need a reason, when a date-only appointment is, and how each of these is
// worded for people (translated, context "MotCua::Wording").
#include "core/domain/dossierstate.h"
#include "core/domain/roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace MotCua
{

class WorkingCalendar;

// How the dossier reached the center (KenhThucHien 1/2/3).
enum class Channel { Direct, Online, Post };
QString channelKey(Channel c); // "direct", "online", "post"
std::optional<Channel> channelFromKey(const QString &key);

// How the result went back to the citizen.
enum class ReturnHow { Desk, Post, Electronic };
QString returnHowKey(ReturnHow h); // "desk", "post", "electronic"
std::optional<ReturnHow> returnHowFromKey(const QString &key);
// Until the result is returned, it goes back the way the dossier came: by post, online, else at the desk.
ReturnHow returnHowForChannel(Channel c);

// The work queues (DossierService::list with a queue). `All` is every dossier.
enum class WorkQueue {
    All,
    ToReceive,
    Mine,
    AwaitingSupplement,
    AwaitingApproval,
    DueToday,
    DueSoon,
    Overdue,
    ReadyToReturn
};
QString workQueueKey(WorkQueue q); // "" for All, "to_receive", "mine", ...
std::optional<WorkQueue> workQueueFromKey(const QString &key);
QList<WorkQueue> allWorkQueues(); // All first
// The queues that make sense for a person's roles, All first: desk staff see what waits to be handed over and the
// results to return, specialists what they hold, leaders what waits for approval.
QList<WorkQueue> workQueuesFor(const QList<Role> &roles);

// Whether an action needs a reason (refuse, reject, stop, apologise); withdraw takes one optionally.
bool actionNeedsReason(DossierAction action);
bool actionTakesReason(DossierAction action);

// An appointment given as a date only is at the end of that working day (the calendar's working hours).
QDateTime appointmentOnDate(const QDate &date, const WorkingCalendar &calendar);

namespace Wording
{
QString state(DossierState s);  // "Đã tiếp nhận" / "Received"
QString role(Role r);           // "cán bộ tiếp nhận" / "receptionist"
QString channel(Channel c);     // "Trực tiếp" / "At the desk"
QString returnHow(ReturnHow h); // "tại quầy" / "at the desk"
QString queue(WorkQueue q);     // "Quá hạn" / "Overdue"
// A dossier's code as the window and the CLI show it: "… (provisional)" while it has no official code; once it has
// one, also the provisional code the citizen's receipt carries.
QString dossierCode(const QString &code, bool provisional, const QString &provisionalCode);
// The official form's wording (the processing control sheet is a legal form: always Vietnamese).
QString returnHowOnForm(ReturnHow h); // "trực tiếp tại Bộ phận Một cửa"
} // namespace Wording

} // namespace MotCua
