#pragma once

#include "core/domain/calendar.h"
#include "core/domain/dossierrules.h"
#include "core/domain/dossierstate.h"
#include "core/services/session.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QStringList>

namespace MotCua
{

class Store;

struct ReceiveRequest
{
    QString procedureCode;
    QString applicantName;
    QString citizenId; // optional
    QString phone;     // optional
    QString address;   // optional
    Channel channel = Channel::Direct;
    QDateTime receivedAt; // null: now
    QStringList papers;   // papers ticked as received
    // Another dossier of this citizen for this procedure is open: receive anyway and say why (recorded) ...
    QString duplicateReason;
    // ... or refuse this one at the counter as a duplicate of that dossier (it is counted as such).
    bool refuseAsDuplicate = false;
};

// Who has a dossier in hand now. Only an open dossier is held by anyone: a finished, returned, refused, rejected,
// withdrawn or stopped one is held by nobody (kind None), whoever last had it.
struct DossierHolder
{
    enum class Kind {
        None,       // closed
        Desk,       // at the one-stop desk (received, not handed over yet)
        Person,     // with one person (userId, name; department when the hand-over named one)
        Department, // handed to a department, nobody in particular
    };
    Kind kind = Kind::None;
    QString userId;
    QString name;
    QString department;
};

// The appointment a dossier gets at reception: its lawful due date (DOMAIN.md §2.7) and how it was counted.
struct Appointment
{
    QDateTime dueAt;          // UTC
    bool unitAssumed = false; // the catalog does not state the time unit: counted as working days
    std::optional<int> timeLimit;
    TimeUnit timeUnit = TimeUnit::Unspecified;
};

struct Dossier
{
    QString id;
    QString code;
    bool codeProvisional = true;
    QString procedureCode;
    QString procedureName;
    QString applicantId;
    QString applicantName;
    QString citizenId;
    QString phone;
    QString address;
    Channel channel = Channel::Direct;
    QDateTime receivedAt; // UTC
    QString receivedBy;   // user id
    QString receivedByName;
    QDateTime dueAt; // UTC
    bool dueUnitAssumed = false;
    std::optional<int> timeLimit;
    TimeUnit timeUnit = TimeUnit::Unspecified;
    QStringList papers;
    DossierState state = DossierState::Received;
    int statusCode = 0; // national portal TrangThaiHoSo
    QString assignee;   // user id holding it now
    QString assigneeName;
    QString department;
    int supplementCount = 0;
    QDateTime pausedAt;      // supplement requested: the clock is paused since
    QDateTime originalDueAt; // the appointment given at reception (kept for statistics)
    QDateTime newDueAt;      // the new appointment of an apology, shown to the citizen
    QDateTime endedAt;
    QDateTime returnedAt;
    std::optional<ReturnHow> returnHow;
    QString outcomeReason;
    QString duplicateOf;
    QString duplicateReason;
    QString provisionalCode; // the code it was received under, when the province has since allotted the official one

    bool isOpen() const;
    // Open, its clock running (not waiting for a supplement), and past its due date: the one overdue rule of the
    // window's lists, the queues and the CLI.
    bool isOverdue(const QDateTime &now) const;
    DossierHolder holder() const;
    // Late: ended after the due date, or still open past it, or more than one supplement request (QĐ 766).
    bool isLate(const QDateTime &now) const;
};

// Whether a person may take an action on a dossier now, and if not, why.
enum class ActionCheck {
    Allowed,
    NotNow,       // the dossier's state does not allow it
    RoleForbids,  // the person's roles do not
    NotTheHolder, // the dossier is with someone else: only its holder (or a leader, or an administrator) acts on it
};

struct DossierActionRequest
{
    DossierAction action = DossierAction::Transfer;
    QString code;
    QString toUser;                  // transfer, submit (a leader): user name
    QString toDepartment;            // transfer
    int stepDays = 0;                // transfer: working days allowed for this step (0: until the dossier's due date)
    QString reason;                  // refuse, reject, withdraw, stop, apologize, request-supplement
    QStringList items;               // request-supplement: everything that is missing, in one written request;
                                     // supplement-received: the requested items the citizen brought
    ReturnHow how = ReturnHow::Desk; // return
    QDateTime newDueAt;              // apologize: the new appointment ...
    QDate newDueDate;                // ... or only its date: the end of that working day (appointmentOnDate)
    QString note;
    QDateTime at; // when it happened (null: now)
};

// One row of the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ).
struct ControlStep
{
    QString from; // who handed over
    QString to;   // who received (person or department)
    QDateTime handedAt;
    QDateTime allowedUntil; // the time allowed for this step
    QDateTime doneAt;       // when the receiver passed it on (null: still with them)
    QString result;         // early, on_time, late; or in_time / overdue while still open
    QString note;
};

struct ControlSheet
{
    Dossier dossier;
    QList<ControlStep> steps;
};

// One supplement request and, once the citizen came back, what they brought (folded from the dossier's events).
struct SupplementRound
{
    QDateTime requestedAt;
    QString requestedBy; // user id
    QStringList items;   // everything the request listed
    QString reason;
    bool repeat = false;         // a second request: the dossier counts as late
    QDateTime receivedAt;        // null while the citizen has not come back
    QString receivedBy;          // user id
    QStringList receivedBrought; // the requested items ticked off as brought (empty: not recorded item by item)

    bool isReceived() const { return receivedAt.isValid(); }
    // The requested items not ticked off as brought, when they were recorded item by item.
    QStringList notBrought() const;
};

struct DossierFilter
{
    std::optional<DossierState> state; // none: all
    QString text;                      // folded words over code, applicant, citizen id, procedure
    WorkQueue queue = WorkQueue::All;
    // Only the person's own: the dossiers they received or hold now (the dashboard's "mine").
    bool mine = false;
    // Received in [receivedFrom, receivedBefore) (UTC); a null time is no bound.
    QDateTime receivedFrom = {};
    QDateTime receivedBefore = {};
};

// Keyset position in the newest-first list: the last row seen.
struct DossierCursor
{
    QString receivedAt;
    QString id;
    bool isNull() const { return id.isEmpty(); }
};

struct DossierPage
{
    QList<Dossier> rows;
    DossierCursor next; // null when there is no more
};

class DossierService
{
public:
    explicit DossierService(Store &store) : m_store(store) {}

    // Validates everything before writing anything; on success the dossier, its code and due date are stored.
    Result<Dossier> receive(const Session &actor, const ReceiveRequest &request);

    // The appointment a dossier for `procedureCode` received at `receivedAt` (null: now) gets; writes nothing. The
    // receive form shows it before saving (the citizen asks "when?"); receive() computes the due date the same way.
    Result<Appointment> appointmentFor(const QString &procedureCode, const QDateTime &receivedAt = {});
    // Every check receive() makes (the duplicate too), writing nothing: what it would refuse, or the appointment the
    // dossier would get. The form asks about a reception with no paper ticked only when the rest would be saved.
    Result<Appointment> checkReceive(const Session &actor, const ReceiveRequest &request);

    // Everything after reception: hand-overs, supplements, decisions, the result, apologies.
    Result<Dossier> act(const Session &actor, const DossierActionRequest &request);
    // An open dossier of the same citizen for the same procedure, if any (warned about at reception).
    Result<std::optional<Dossier>> findOpenDuplicate(const Session &actor, const QString &citizenId,
                                                     const QString &procedureCode);
    Result<ControlSheet> controlSheet(const Session &actor, const QString &code);
    // The supplement requests of a dossier, oldest first, with what was brought back.
    Result<QList<SupplementRound>> supplements(const Session &actor, const QString &code);
    // The same fold over a history already read (DossierService::history).
    static QList<SupplementRound> supplementRounds(const QList<Event> &history);
    // The papers the catalog lists for a procedure (what a supplement request is picked from).
    Result<QStringList> procedurePapers(const QString &procedureCode);
    Result<QList<Event>> history(const Session &actor, const QString &code);

    Result<Dossier> findByCode(const Session &actor, const QString &code);
    Result<DossierPage> list(const Session &actor, const DossierFilter &filter, const DossierCursor &after, int limit);
    Result<qint64> count(const Session &actor, const DossierFilter &filter);

    // The one rule of who may do what to a dossier, for the window (which buttons are enabled) and for act() (which
    // refuses the rest): the state machine allows the action, the person's roles do, and for the holder's actions
    // (hand over, submit, request a supplement, reject, finish, apologise, approve) the dossier is with this person,
    // or with their department when it was handed to a department only, or at the desk and they work at the desk;
    // leaders and administrators act on any dossier. The desk's actions (refuse, supplement received, return,
    // withdraw) and stopping need only the role.
    static ActionCheck check(const Dossier &dossier, const Session &who, DossierAction action);
    // The actions `who` may take on `dossier` now (check() == Allowed), in workflow order.
    static QList<DossierAction> availableActions(const Dossier &dossier, const Session &who);

    // The state keys ("received", ...), for messages that list them.
    static QStringList knownStates();

private:
    // receive(), or with `checkOnly` set only its checks (the appointment goes there, nothing is written).
    Result<Dossier> receiveOrCheck(const Session &actor, const ReceiveRequest &request,
                                   std::optional<Appointment> *checkOnly);
    Result<QString> nextCode(const QDateTime &receivedAt, bool *provisional);
    QString whereClause(const DossierFilter &filter, const Session &actor, QStringList *binds);

    Store &m_store;
};

} // namespace MotCua
