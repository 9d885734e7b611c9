#include "core/services/dossierservice.h"
#include "core/services/numberblocks.h"

#include "core/domain/citizenid.h"
#include "core/domain/contact.h"
#include "core/domain/dossierevents.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/store/store.h"
#include "core/util/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace MotCua
{

namespace
{
constexpr auto kSelect =
    "SELECT d.id, d.code, d.code_provisional, d.procedure_code, d.procedure_name, d.applicant_id, d.applicant_name,"
    " d.citizen_id, d.phone, d.address, d.channel, d.received_at, d.received_by, u.full_name, d.due_at,"
    " d.due_unit_assumed, d.time_limit, d.time_unit, d.papers, d.state, d.status_code, d.assignee, d.assignee_name,"
    " d.department, d.supplement_count, d.paused_at, d.original_due_at, d.new_due_at, d.ended_at, d.returned_at,"
    " d.return_how, d.outcome_reason, d.duplicate_of, d.duplicate_reason, d.provisional_code"
    " FROM dossiers d LEFT JOIN users u ON u.id = d.received_by";

constexpr auto kOpenStates = "('received', 'in_processing', 'awaiting_approval', 'supplement_requested', 'approved')";

QDateTime isoOrNull(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

Dossier readDossier(const Db::Statement &st)
{
    Dossier d;
    d.id = st.text(0);
    d.code = st.text(1);
    d.codeProvisional = st.integer(2) != 0;
    d.procedureCode = st.text(3);
    d.procedureName = st.text(4);
    d.applicantId = st.text(5);
    d.applicantName = st.text(6);
    d.citizenId = st.text(7);
    d.phone = st.text(8);
    d.address = st.text(9);
    d.channel = channelFromKey(st.text(10)).value_or(Channel::Direct);
    d.receivedAt = QDateTime::fromString(st.text(11), Qt::ISODate);
    d.receivedBy = st.text(12);
    d.receivedByName = st.text(13);
    d.dueAt = QDateTime::fromString(st.text(14), Qt::ISODate);
    d.dueUnitAssumed = st.integer(15) != 0;
    if (!st.isNull(16))
        d.timeLimit = int(st.integer(16));
    d.timeUnit = timeUnitFromKey(st.text(17)).value_or(TimeUnit::Unspecified);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.text(18).toUtf8()).array())
        d.papers.append(v.toString());
    d.state = dossierStateFromKey(st.text(19)).value_or(DossierState::Received);
    d.statusCode = int(st.integer(20));
    d.assignee = st.text(21);
    d.assigneeName = st.text(22);
    d.department = st.text(23);
    d.supplementCount = int(st.integer(24));
    d.pausedAt = isoOrNull(st.text(25));
    d.originalDueAt = isoOrNull(st.text(26));
    d.newDueAt = isoOrNull(st.text(27));
    d.endedAt = isoOrNull(st.text(28));
    d.returnedAt = isoOrNull(st.text(29));
    d.returnHow = returnHowFromKey(st.text(30));
    d.outcomeReason = st.text(31);
    d.duplicateOf = st.text(32);
    d.duplicateReason = st.text(33);
    d.provisionalCode = st.text(34);
    return d;
}

} // namespace

QStringList DossierService::knownStates()
{
    QStringList keys;
    for (DossierState st : allDossierStates())
        keys.append(dossierStateKey(st));
    return keys;
}

bool Dossier::isOpen() const
{
    return MotCua::isOpen(state);
}

bool Dossier::isOverdue(const QDateTime &now) const
{
    return isOpen() && state != DossierState::SupplementRequested && dueAt.isValid() && dueAt < now;
}

DossierHolder Dossier::holder() const
{
    if (!isOpen())
        return {};
    if (!assignee.isEmpty())
        return {DossierHolder::Kind::Person, assignee, assigneeName.isEmpty() ? assignee : assigneeName, department};
    if (!department.isEmpty())
        return {DossierHolder::Kind::Department, {}, {}, department};
    return {DossierHolder::Kind::Desk, {}, {}, {}};
}

namespace
{
// The actions of whoever has the dossier in hand (the rest are the desk's, or a leader's by role alone).
bool isHoldersAction(DossierAction a)
{
    switch (a) {
    case DossierAction::Transfer:
    case DossierAction::Submit:
    case DossierAction::RequestSupplement:
    case DossierAction::Reject:
    case DossierAction::Finish:
    case DossierAction::Apologize:
    case DossierAction::Approve:
        return true;
    case DossierAction::SupplementReceived:
    case DossierAction::Refuse:
    case DossierAction::Return:
    case DossierAction::Withdraw:
    case DossierAction::Stop:
        return false;
    }
    return true;
}

bool sameDepartment(const QString &a, const QString &b)
{
    const QString fa = Text::fold(Text::normalizeSpaces(a));
    return !fa.isEmpty() && fa == Text::fold(Text::normalizeSpaces(b));
}
} // namespace

ActionCheck DossierService::check(const Dossier &dossier, const Session &who, DossierAction action)
{
    if (!nextState(dossier.state, action))
        return ActionCheck::NotNow;
    if (!who.can(permissionFor(action)))
        return ActionCheck::RoleForbids;
    if (!isHoldersAction(action) || who.hasRole(Role::Leader) || who.hasRole(Role::Admin))
        return ActionCheck::Allowed;
    const DossierHolder holder = dossier.holder();
    switch (holder.kind) {
    case DossierHolder::Kind::Person:
        return holder.userId == who.userId ? ActionCheck::Allowed : ActionCheck::NotTheHolder;
    case DossierHolder::Kind::Department:
        return sameDepartment(holder.department, who.department) ? ActionCheck::Allowed : ActionCheck::NotTheHolder;
    case DossierHolder::Kind::Desk:
        return who.can(Permission::ReceiveDossier) ? ActionCheck::Allowed : ActionCheck::NotTheHolder;
    case DossierHolder::Kind::None:
        break;
    }
    return ActionCheck::NotTheHolder;
}

QList<DossierAction> DossierService::availableActions(const Dossier &dossier, const Session &who)
{
    QList<DossierAction> out;
    for (DossierAction a : allDossierActions()) {
        if (check(dossier, who, a) == ActionCheck::Allowed)
            out.append(a);
    }
    return out;
}

bool Dossier::isLate(const QDateTime &now) const
{
    if (supplementCount > 1)
        return true;
    if (endedAt.isValid())
        return endedAt > dueAt;
    if (pausedAt.isValid())
        return pausedAt > dueAt;
    return isOpen() && now > dueAt;
}

QString DossierService::whereClause(const DossierFilter &filter, const Session &actor, QStringList *binds)
{
    QStringList terms;
    if (filter.state) {
        binds->append(dossierStateKey(*filter.state));
        terms.append(QStringLiteral("d.state = ?%1").arg(binds->size()));
    }
    const QStringList words = Text::foldedWords(filter.text);
    for (qsizetype i = 0; i < std::min<qsizetype>(words.size(), 8); ++i) {
        binds->append(u'%' + Db::escapeLike(words.at(i)) + u'%');
        terms.append(QStringLiteral("d.search_folded LIKE ?%1 ESCAPE '\\'").arg(binds->size()));
    }
    const WorkQueue q = filter.queue;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (filter.mine) {
        binds->append(actor.userId);
        terms.append(QStringLiteral("(d.assignee = ?%1 OR d.received_by = ?%1)").arg(binds->size()));
    }
    if (filter.receivedFrom.isValid()) {
        binds->append(Time::toUtcIso(filter.receivedFrom.toUTC()));
        terms.append(QStringLiteral("d.received_at >= ?%1").arg(binds->size()));
    }
    if (filter.receivedBefore.isValid()) {
        binds->append(Time::toUtcIso(filter.receivedBefore.toUTC()));
        terms.append(QStringLiteral("d.received_at < ?%1").arg(binds->size()));
    }
    const QDate today = Time::toVietnam(now).date();
    auto bindTime = [&](const QDateTime &t) {
        binds->append(Time::toUtcIso(t));
        return QStringLiteral("?%1").arg(binds->size());
    };
    const QString open = QStringLiteral("d.state IN %1").arg(QLatin1String(kOpenStates));
    if (q == WorkQueue::ToReceive) {
        terms.append(QStringLiteral("d.state = 'received'"));
    } else if (q == WorkQueue::Mine) {
        binds->append(actor.userId);
        terms.append(
            QStringLiteral("d.assignee = ?%1 AND d.state IN ('in_processing', 'awaiting_approval', 'approved')")
                .arg(binds->size()));
    } else if (q == WorkQueue::AwaitingSupplement) {
        terms.append(QStringLiteral("d.state = 'supplement_requested'"));
    } else if (q == WorkQueue::AwaitingApproval) {
        terms.append(QStringLiteral("d.state = 'awaiting_approval'"));
    } else if (q == WorkQueue::ReadyToReturn) {
        terms.append(QStringLiteral("d.state IN ('finished', 'rejected')"));
    } else if (q == WorkQueue::DueToday) {
        const QString from = bindTime(QDateTime(today, QTime(0, 0), Time::vietnam()));
        const QString to = bindTime(QDateTime(today.addDays(1), QTime(0, 0), Time::vietnam()));
        terms.append(open +
                     QStringLiteral(" AND d.state <> 'supplement_requested' AND d.due_at >= %1 AND d.due_at < %2")
                         .arg(from, to));
    } else if (q == WorkQueue::DueSoon) {
        auto cal = CalendarService(m_store).calendarFor(today);
        QDate last = today;
        for (int i = 0; i < 2 && cal; ++i)
            last = cal->nextWorkingDay(last);
        const QString from = bindTime(now);
        const QString to = bindTime(QDateTime(last.addDays(1), QTime(0, 0), Time::vietnam()));
        terms.append(open +
                     QStringLiteral(" AND d.state <> 'supplement_requested' AND d.due_at >= %1 AND d.due_at < %2")
                         .arg(from, to));
    } else if (q == WorkQueue::Overdue) {
        terms.append(open +
                     QStringLiteral(" AND d.state <> 'supplement_requested' AND d.due_at < %1").arg(bindTime(now)));
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<QString> DossierService::nextCode(const QDateTime &receivedAt, bool *provisional)
{
    // The official code, from the block of serials the province allotted this counter for the day
    // (NumberBlocks, refreshed by sync): <unit code>-YYMMDD-NNNN (TT 01/2018 Đ19, DOMAIN.md §2.6). Taken inside the
    // receive's write transaction, so two processes on one store never take the same serial.
    const QString day = Time::toVietnam(receivedAt).date().toString(Qt::ISODate);
    auto official = NumberBlocks(m_store).take(QStringLiteral("dossier"), day);
    if (!official)
        return official.error();
    if (!official->isEmpty()) {
        *provisional = false;
        return *official;
    }
    // No block (never synced, or used up offline): a provisional code <commune>.<device tag>-YYMMDD-NNNN. The part
    // before the date is an opaque unit code, and the device tag keeps codes made offline on two counters apart. The
    // serial counts per device and day and is never reused, since dossiers are never deleted. Sync binds it to an
    // official code later (DossierCodeAssigned), and both are shown.
    *provisional = true;
    const QString prefix = m_store.communeCode() + u'.' + m_store.deviceTag() + u'-' +
                           Time::toVietnam(receivedAt).date().toString(QStringLiteral("yyMMdd")) + u'-';
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT c FROM (SELECT code AS c FROM dossiers WHERE code LIKE ?1 ESCAPE '\\' UNION ALL SELECT "
                       "provisional_code FROM dossiers WHERE provisional_code LIKE ?1 ESCAPE '\\') ORDER BY length(c) "
                       "DESC, c DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, Db::escapeLike(prefix) + u'%');
    int serial = 0;
    if (st->next())
        serial = st->text(0).mid(prefix.size()).toInt();
    if (st->failed())
        return st->lastError();
    return QString(prefix + QStringLiteral("%1").arg(serial + 1, 4, 10, QLatin1Char('0')));
}

namespace
{
// Reception times are kept to the second.
QDateTime receptionTime(const QDateTime &requested, const QDateTime &now)
{
    QDateTime at = requested.isValid() ? requested.toUTC() : now;
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    return at;
}

// The lawful due date of a dossier for `procedure` received at `receivedAt` (UTC): the one computation behind
// receive() and appointmentFor().
Result<Appointment> appointmentOf(Store &store, const Procedure &procedure, const QDateTime &receivedAt)
{
    auto calendar = CalendarService(store).calendarFor(Time::toVietnam(receivedAt).date());
    if (!calendar)
        return calendar.error();
    const WorkingCalendar::Due due = calendar->dueDate(receivedAt, procedure.timeLimit.value_or(0), procedure.timeUnit);
    return Appointment{due.at.toUTC(), due.unitAssumed, procedure.timeLimit, procedure.timeUnit};
}
} // namespace

Result<Appointment> DossierService::appointmentFor(const QString &procedureCode, const QDateTime &receivedAt)
{
    auto procedure = CatalogService(m_store).find(procedureCode);
    if (!procedure) {
        Error e = procedure.error();
        if (e.code == Error::Code::NotFound)
            e.field = QStringLiteral("procedure");
        return e;
    }
    return appointmentOf(m_store, *procedure, receptionTime(receivedAt, QDateTime::currentDateTimeUtc()));
}

Result<Dossier> DossierService::receive(const Session &actor, const ReceiveRequest &request)
{
    return receiveOrCheck(actor, request, nullptr);
}

Result<Appointment> DossierService::checkReceive(const Session &actor, const ReceiveRequest &request)
{
    std::optional<Appointment> appointment;
    auto checked = receiveOrCheck(actor, request, &appointment);
    if (!checked)
        return checked.error();
    return *appointment;
}

Result<Dossier> DossierService::receiveOrCheck(const Session &actor, const ReceiveRequest &req,
                                               std::optional<Appointment> *checkOnly)
{
    if (!actor.can(Permission::ReceiveDossier))
        return Error::forbidden(QStringLiteral("your role cannot receive dossiers"));
    if (!m_store.isInitialised())
        return Error::invalid(QStringLiteral("the store has no commune yet: run init first"));

    // --- validate everything first: bad input changes nothing -------------------------------------------------
    CatalogService catalog(m_store);
    auto procedure = catalog.find(req.procedureCode);
    if (!procedure) {
        Error e = procedure.error();
        if (e.code == Error::Code::NotFound)
            e = Error::invalid(
                e.message + QStringLiteral(" (see the catalog: `motcua-cli` search or the window's procedure picker)"),
                QStringLiteral("procedure"));
        return e;
    }
    const QString name = Text::normalizeSpaces(req.applicantName);
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("the applicant's full name is required"),
                              QStringLiteral("applicant_name"));
    if (name.size() > 100)
        return Error::invalid(QStringLiteral("the applicant's name is longer than 100 characters"),
                              QStringLiteral("applicant_name"));
    static const QRegularExpression nameChars(QStringLiteral("^[\\p{L}\\p{M}' .-]+$"));
    if (!nameChars.match(name).hasMatch())
        return Error::invalid(QStringLiteral("the applicant's name may only contain letters, spaces, '.', '-' and '''"),
                              QStringLiteral("applicant_name"));

    QString citizenId = req.citizenId;
    citizenId.remove(u' ');
    if (!citizenId.isEmpty()) {
        const CitizenIdInfo info = validateCitizenId(citizenId);
        if (!info.valid)
            return Error::invalid(
                QStringLiteral("citizen id '%1' is not valid: %2").arg(Text::elided(citizenId, 20), info.reason),
                QStringLiteral("citizen_id"));
    }

    QString phone;
    if (!req.phone.trimmed().isEmpty()) {
        const PhoneCheck check = validatePhone(req.phone);
        if (!check.valid)
            return Error::invalid(
                QStringLiteral("phone '%1' is not valid: %2").arg(Text::elided(req.phone, 20), check.reason),
                QStringLiteral("phone"));
        phone = check.normalized;
    }
    auto cleanAddress = Text::cleanText(req.address, QStringLiteral("address"), QStringLiteral("the address"), 300);
    if (!cleanAddress)
        return cleanAddress.error();
    const QString address = *cleanAddress;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime receivedAt = receptionTime(req.receivedAt, now);
    if (receivedAt > now.addSecs(300))
        return Error::invalid(QStringLiteral("the reception time is in the future"), QStringLiteral("received_at"));
    if (receivedAt.date().year() < 2020)
        return Error::invalid(QStringLiteral("the reception time is before 2020"), QStringLiteral("received_at"));

    if (req.papers.size() > 100)
        return Error::invalid(QStringLiteral("more than 100 papers ticked"), QStringLiteral("papers"));
    QStringList papers;
    for (const QString &raw : req.papers) {
        auto cleanPaper = Text::cleanText(raw, QStringLiteral("papers"), QStringLiteral("a paper's name"), 500);
        if (!cleanPaper)
            return cleanPaper.error();
        const QString paper = *cleanPaper;
        if (paper.isEmpty() || papers.contains(paper))
            continue;
        if (procedure->papersKnown && !procedure->papers.contains(paper))
            return Error::invalid(
                QStringLiteral("'%1' is not a paper of procedure %2").arg(Text::elided(paper, 60), procedure->code),
                QStringLiteral("papers"));
        papers.append(paper);
    }

    auto cleanReason = Text::cleanText(req.duplicateReason, QStringLiteral("duplicate_reason"),
                                       QStringLiteral("the reason for receiving a second dossier"), 1000);
    if (!cleanReason)
        return cleanReason.error();
    const QString duplicateReason = *cleanReason;
    // The same citizen with an open dossier for the same procedure: warn, then refuse it as a duplicate or receive it
    // with a reason. Checked again inside the write transaction below, so two counters receiving the same citizen at
    // once cannot both pass.
    auto checkDuplicate = [&]() -> Result<std::optional<Dossier>> {
        std::optional<Dossier> duplicate;
        if (!citizenId.isEmpty()) {
            auto found = findOpenDuplicate(actor, citizenId, procedure->code);
            if (!found)
                return found.error();
            duplicate = *found;
        }
        if (duplicate && !req.refuseAsDuplicate && duplicateReason.isEmpty())
            return Error{Error::Code::Conflict,
                         QStringLiteral("dossier %1 of this citizen for this procedure is still open: refuse this one "
                                        "as a duplicate or give a reason to receive it")
                             .arg(duplicate->code),
                         QStringLiteral("duplicate")};
        if (req.refuseAsDuplicate && !duplicate)
            return Error::invalid(
                QStringLiteral("there is no open dossier of this citizen for this procedure to be a duplicate of"),
                QStringLiteral("duplicate"));
        return duplicate;
    };
    if (auto before = checkDuplicate(); !before)
        return before.error();

    auto due = appointmentOf(m_store, *procedure, receivedAt);
    if (!due)
        return due.error();
    if (checkOnly) {
        *checkOnly = *due;
        return Dossier{};
    }

    // --- write: one transaction holds the numbering, the event and its projection rows -------------------------
    const QString id = newUuidV7();
    DossierReceivedEvent received;
    received.codeProvisional = true;
    received.procedureCode = procedure->code;
    received.procedureName = procedure->name;
    received.applicantName = name;
    received.citizenId = citizenId;
    received.phone = phone;
    received.address = address;
    received.channel = req.channel;
    received.receivedAt = receivedAt;
    received.dueAt = due->dueAt;
    received.dueUnitAssumed = due->unitAssumed;
    received.timeUnit = procedure->timeUnit;
    received.timeLimit = procedure->timeLimit;
    received.papers = papers;
    received.commune = m_store.communeCode();
    // The fee as the catalog states it at reception, for the receipt (the catalog may change later).
    received.feeText = procedure->feeText;
    received.feeAmount = procedure->feeAmount;
    QString code;
    auto events = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            auto found = checkDuplicate();
            if (!found)
                return found.error();
            const std::optional<Dossier> &duplicate = *found;
            if (duplicate && !req.refuseAsDuplicate)
                received.duplicateReason = duplicateReason;
            bool provisional = true;
            auto next = nextCode(receivedAt, &provisional);
            if (!next)
                return next.error();
            code = *next;
            received.code = code;
            received.codeProvisional = provisional;
            QList<EventDraft> drafts{{QStringLiteral("dossier"), id, EventType::DossierReceived, received.toPayload()}};
            if (req.refuseAsDuplicate) {
                DossierStepEvent refused;
                refused.at = receivedAt;
                refused.reason = QStringLiteral("duplicate");
                refused.duplicateOf = duplicate->code;
                drafts.append({QStringLiteral("dossier"), id, EventType::DossierRefused, refused.toPayload()});
            }
            return drafts;
        },
        actor.userId);
    if (!events)
        return events.error();
    static const auto log = Log::get("dossier");
    log->info("dossier {} received ({}) by {}", id.toStdString(), code.toStdString(), actor.userId.toStdString());
    return findByCode(actor, code);
}

Result<std::optional<Dossier>> DossierService::findOpenDuplicate(const Session &actor, const QString &citizenId,
                                                                 const QString &procedureCode)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    auto st = m_store.db().prepare(QLatin1String(kSelect) +
                                   QStringLiteral(" WHERE d.citizen_id = ?1 AND d.procedure_code = ?2 AND d.state IN %1"
                                                  " ORDER BY d.received_at DESC LIMIT 1")
                                       .arg(QLatin1String(kOpenStates)));
    if (!st)
        return st.error();
    st->bind(1, citizenId).bind(2, procedureCode);
    if (st->next())
        return std::optional<Dossier>(readDossier(*st));
    if (st->failed())
        return st->lastError();
    return std::optional<Dossier>();
}

namespace
{
// A person a dossier is handed or submitted to.
struct Colleague
{
    QString id;
    QString fullName;
    QList<Role> roles;
    QString department;
    bool active = false;
};

// The user whose `column` (id or username, a constant) is `value`.
Result<std::optional<Colleague>> findColleague(Db::Database &db, const QString &column, const QString &value)
{
    auto st =
        db.prepare(QStringLiteral("SELECT id, full_name, roles, coalesce(department, ''), active FROM users"
                                  " WHERE %1")
                       .arg(column == QLatin1String("id") ? QStringLiteral("id = ?1")
                                                          : QStringLiteral("username = ?1 AND username_conflict = 0")));
    if (!st)
        return st.error();
    st->bind(1, value);
    if (!st->next()) {
        if (st->failed())
            return st->lastError();
        return std::optional<Colleague>();
    }
    Colleague c{st->text(0), st->text(1), {}, st->text(3), st->integer(4) != 0};
    for (const QJsonValue &v : QJsonDocument::fromJson(st->text(2).toUtf8()).array()) {
        if (const auto role = roleFromKey(v.toString()))
            c.roles.append(*role);
    }
    return std::optional<Colleague>(c);
}

QString eventTypeFor(DossierAction a)
{
    switch (a) {
    case DossierAction::Transfer:
        return EventType::DossierTransferred;
    case DossierAction::RequestSupplement:
        return EventType::SupplementRequested;
    case DossierAction::SupplementReceived:
        return EventType::SupplementReceived;
    case DossierAction::Refuse:
        return EventType::DossierRefused;
    case DossierAction::Reject:
        return EventType::DossierRejected;
    case DossierAction::Submit:
        return EventType::DossierSubmitted;
    case DossierAction::Approve:
        return EventType::DossierApproved;
    case DossierAction::Finish:
        return EventType::DossierFinished;
    case DossierAction::Return:
        return EventType::ResultReturned;
    case DossierAction::Withdraw:
        return EventType::DossierWithdrawn;
    case DossierAction::Stop:
        return EventType::DossierStopped;
    case DossierAction::Apologize:
        return EventType::DelayApologized;
    }
    return {};
}
} // namespace

Result<Dossier> DossierService::act(const Session &actor, const DossierActionRequest &req)
{
    const DossierAction action = req.action;
    const QString actionKey = dossierActionKey(action);
    if (!actor.can(permissionFor(action)))
        return Error::forbidden(QStringLiteral("your role cannot %1 dossiers").arg(actionKey));
    auto found = findByCode(actor, req.code);
    if (!found)
        return found.error();
    const Dossier d = *found;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime at = req.at.isValid() ? req.at.toUTC() : now;
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    if (at > now.addSecs(300))
        return Error::invalid(QStringLiteral("the time of the action is in the future"), QStringLiteral("at"));
    if (at < d.receivedAt)
        return Error::invalid(QStringLiteral("the time of the action is before the dossier was received"),
                              QStringLiteral("at"));
    switch (check(d, actor, action)) {
    case ActionCheck::Allowed:
        break;
    case ActionCheck::NotNow:
        return Error{
            Error::Code::Conflict,
            QStringLiteral("dossier %1 is %2: %3 is not possible now").arg(d.code, dossierStateKey(d.state), actionKey),
            QStringLiteral("state")};
    case ActionCheck::RoleForbids:
        return Error::forbidden(QStringLiteral("your role cannot %1 dossiers").arg(actionKey));
    case ActionCheck::NotTheHolder: {
        const DossierHolder h = d.holder();
        const QString with = h.kind == DossierHolder::Kind::Person       ? h.name
                             : h.kind == DossierHolder::Kind::Department ? h.department
                                                                         : QStringLiteral("the one-stop desk");
        return Error{Error::Code::Forbidden,
                     QStringLiteral("dossier %1 is with %2: only they, a leader or an administrator can %3 it")
                         .arg(d.code, with, actionKey),
                     QStringLiteral("holder")};
    }
    }

    DossierStepEvent step;
    step.at = at;
    auto cleanReason = Text::cleanText(req.reason, QStringLiteral("reason"), QStringLiteral("the reason"), 1000);
    if (!cleanReason)
        return cleanReason.error();
    auto cleanNote = Text::cleanText(req.note, QStringLiteral("note"), QStringLiteral("the note"), 2000);
    if (!cleanNote)
        return cleanNote.error();
    const QString reason = *cleanReason;
    const QString note = *cleanNote;
    step.note = note;
    auto needReason = [&]() -> Result<void> {
        if (reason.isEmpty())
            return Error::invalid(QStringLiteral("%1 needs a reason").arg(actionKey), QStringLiteral("reason"));
        step.reason = reason;
        return {};
    };

    switch (action) {
    case DossierAction::Transfer: {
        if (req.toUser.isEmpty() && req.toDepartment.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("transfer needs a person (user name) or a department"),
                                  QStringLiteral("to"));
        if (!req.toUser.isEmpty()) {
            auto to = findColleague(m_store.db(), QStringLiteral("username"), req.toUser.trimmed().toLower());
            if (!to)
                return to.error();
            if (!*to)
                return Error::invalid(QStringLiteral("no user '%1'").arg(Text::elided(req.toUser, 40)),
                                      QStringLiteral("to"));
            if (!(*to)->active)
                return Error::invalid(QStringLiteral("user '%1' is disabled").arg(req.toUser), QStringLiteral("to"));
            step.toUser = (*to)->id;
            step.toUserName = (*to)->fullName;
        }
        auto department =
            Text::cleanText(req.toDepartment, QStringLiteral("to"), QStringLiteral("the department"), 100);
        if (!department)
            return department.error();
        step.toDepartment = *department;
        // A hand-over is a hand-over, to a leader too (events written before Submit existed carry to_leader=true
        // for that, and still fold to awaiting approval); approval is asked for with Submit.
        if (req.stepDays < 0 || req.stepDays > 365)
            return Error::invalid(QStringLiteral("the step's time must be 0-365 working days"), QStringLiteral("days"));
        if (req.stepDays > 0) {
            auto cal = CalendarService(m_store).calendarFor(Time::toVietnam(at).date());
            if (!cal)
                return cal.error();
            step.stepDueAt = cal->dueDate(at, req.stepDays, TimeUnit::WorkingDays).at;
        }
        break;
    }
    case DossierAction::RequestSupplement: {
        if (req.items.size() > 50)
            return Error::invalid(QStringLiteral("a supplement request lists at most 50 items"),
                                  QStringLiteral("items"));
        QStringList items;
        for (const QString &i : req.items) {
            auto item = Text::cleanText(i, QStringLiteral("items"), QStringLiteral("a missing item"), 500);
            if (!item)
                return item.error();
            if (!item->isEmpty() && !items.contains(*item))
                items.append(*item);
        }
        if (items.isEmpty())
            return Error::invalid(
                QStringLiteral("a supplement request lists everything that is missing, at least one item"),
                QStringLiteral("items"));
        step.items = items;
        step.reason = reason;
        // Only one request is lawful; a second one is recorded and counts the dossier as late.
        step.repeat = d.supplementCount > 0;
        break;
    }
    case DossierAction::SupplementReceived: {
        // What the citizen brought, ticked off the request's list (recorded as received_items).
        QStringList requested;
        {
            auto history = m_store.log().forEntity(QStringLiteral("dossier"), d.id);
            if (!history)
                return history.error();
            const QList<SupplementRound> rounds = supplementRounds(*history);
            if (!rounds.isEmpty())
                requested = rounds.constLast().items;
        }
        QStringList brought;
        for (const QString &i : req.items) {
            const QString item = Text::normalizeSpaces(i);
            if (item.isEmpty() || brought.contains(item))
                continue;
            if (!requested.contains(item))
                return Error::invalid(
                    QStringLiteral("'%1' was not asked for in the supplement request (it asked for: %2)")
                        .arg(item, requested.join(QStringLiteral("; "))),
                    QStringLiteral("items"));
            brought.append(item);
        }
        step.receivedItems = brought;
        // The time the citizen took is not counted: the due date moves by the working days of the pause.
        auto cal = CalendarService(m_store).calendarFor(Time::toVietnam(d.pausedAt.isValid() ? d.pausedAt : at).date());
        if (!cal)
            return cal.error();
        const int paused = d.pausedAt.isValid()
                               ? cal->workingDaysBetween(Time::toVietnam(d.pausedAt).date(), Time::toVietnam(at).date())
                               : 0;
        step.pausedWorkingDays = paused;
        step.dueAt = cal->addWorkingDays(d.dueAt, paused);
        break;
    }
    case DossierAction::Refuse:
    case DossierAction::Reject:
    case DossierAction::Stop:
    case DossierAction::Apologize:
        if (auto r = needReason(); !r)
            return r.error();
        break;
    case DossierAction::Withdraw:
        step.reason = reason.isEmpty() ? QStringLiteral("applicant's request") : reason;
        break;
    case DossierAction::Return:
        step.how = req.how;
        break;
    case DossierAction::Submit: {
        if (req.toUser.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("submit needs the leader who approves (user name)"),
                                  QStringLiteral("to"));
        auto to = findColleague(m_store.db(), QStringLiteral("username"), req.toUser.trimmed().toLower());
        if (!to)
            return to.error();
        if (!*to)
            return Error::invalid(QStringLiteral("no user '%1'").arg(req.toUser), QStringLiteral("to"));
        if (!(*to)->active)
            return Error::invalid(QStringLiteral("user '%1' is disabled").arg(req.toUser), QStringLiteral("to"));
        if (!std::any_of((*to)->roles.cbegin(), (*to)->roles.cend(),
                         [](Role r) { return roleAllows(r, Permission::ApproveDossier); }))
            return Error::invalid(
                QStringLiteral("user '%1' cannot approve dossiers: submit to a leader").arg(req.toUser),
                QStringLiteral("to"));
        step.toUser = (*to)->id;
        step.toUserName = (*to)->fullName;
        step.toDepartment = (*to)->department;
        break;
    }
    case DossierAction::Approve: {
        // Approved, the dossier goes back to whoever submitted it: they issue the result and pass it to the desk.
        auto history = m_store.log().forEntity(QStringLiteral("dossier"), d.id);
        if (!history)
            return history.error();
        QString submitter;
        for (auto it = history->crbegin(); it != history->crend() && submitter.isEmpty(); ++it) {
            if (it->type == EventType::DossierSubmitted ||
                (it->type == EventType::DossierTransferred &&
                 DossierStepEvent::fromPayload(it->payload).toLeader.value_or(false)))
                submitter = it->actor;
        }
        auto back = submitter.isEmpty() || submitter == actor.userId
                        ? Result<std::optional<Colleague>>(std::optional<Colleague>())
                        : findColleague(m_store.db(), QStringLiteral("id"), submitter);
        if (!back)
            return back.error();
        if (*back && (*back)->active) {
            step.toUser = (*back)->id;
            step.toUserName = (*back)->fullName;
            step.toDepartment = (*back)->department;
        }
        break;
    }
    case DossierAction::Finish:
        break;
    }
    if (action == DossierAction::Apologize) {
        QDateTime newDueAt = req.newDueAt;
        if (!newDueAt.isValid() && req.newDueDate.isValid()) {
            auto cal = CalendarService(m_store).calendarFor(req.newDueDate);
            if (!cal)
                return cal.error();
            newDueAt = appointmentOnDate(req.newDueDate, *cal);
        }
        if (!newDueAt.isValid())
            return Error::invalid(QStringLiteral("an apology gives the citizen a new appointment date"),
                                  QStringLiteral("new_due_at"));
        if (newDueAt.toUTC() <= d.dueAt || newDueAt.toUTC() <= at)
            return Error::invalid(QStringLiteral("the new appointment must be after the original one and after now"),
                                  QStringLiteral("new_due_at"));
        step.newDueAt = newDueAt.toUTC();
        step.originalDueAt = d.dueAt;
    }

    const QJsonObject payload = step.toPayload();

    auto events = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            // Re-check inside the transaction: another process may have acted on the dossier meanwhile (its state,
            // or who holds it, which decided whether this person may act).
            auto st = m_store.db().prepare(QStringLiteral(
                "SELECT state, coalesce(assignee, ''), coalesce(department, '') FROM dossiers WHERE id = ?1"));
            if (!st)
                return st.error();
            st->bind(1, d.id);
            const bool row = st->next();
            if (st->failed())
                return st->lastError(); // a failing read is reported as such, never as "changed meanwhile"
            if (!row || st->text(0) != dossierStateKey(d.state) || st->text(1) != d.assignee ||
                st->text(2) != d.department)
                return Error::conflict(QStringLiteral("dossier %1 changed meanwhile; try again").arg(d.code));
            return QList<EventDraft>{{QStringLiteral("dossier"), d.id, eventTypeFor(action), payload}};
        },
        actor.userId);
    if (!events)
        return events.error();
    static const auto log = Log::get("dossier");
    log->info("dossier {} {} by {}", d.id.toStdString(), actionKey.toStdString(), actor.userId.toStdString());
    return findByCode(actor, d.code);
}

Result<QList<Event>> DossierService::history(const Session &actor, const QString &code)
{
    auto d = findByCode(actor, code);
    if (!d)
        return d.error();
    return m_store.log().forEntity(QStringLiteral("dossier"), d->id);
}

QStringList SupplementRound::notBrought() const
{
    QStringList out;
    if (receivedBrought.isEmpty())
        return out;
    for (const QString &item : items) {
        if (!receivedBrought.contains(item))
            out.append(item);
    }
    return out;
}

QList<SupplementRound> DossierService::supplementRounds(const QList<Event> &history)
{
    QList<SupplementRound> rounds;
    for (const Event &e : history) {
        if (e.type != EventType::SupplementRequested && e.type != EventType::SupplementReceived)
            continue;
        const DossierStepEvent step = DossierStepEvent::fromPayload(e.payload);
        if (e.type == EventType::SupplementRequested) {
            SupplementRound r;
            r.requestedAt = step.at;
            r.requestedBy = e.actor;
            r.items = step.items;
            r.reason = step.reason;
            r.repeat = step.repeat.value_or(false);
            rounds.append(r);
        } else if (!rounds.isEmpty() && !rounds.last().isReceived()) {
            rounds.last().receivedAt = step.at;
            rounds.last().receivedBy = e.actor;
            rounds.last().receivedBrought = step.receivedItems;
        }
    }
    return rounds;
}

Result<QList<SupplementRound>> DossierService::supplements(const Session &actor, const QString &code)
{
    auto events = history(actor, code);
    if (!events)
        return events.error();
    return supplementRounds(*events);
}

Result<QStringList> DossierService::procedurePapers(const QString &procedureCode)
{
    auto procedure = CatalogService(m_store).find(procedureCode);
    if (!procedure)
        return procedure.error();
    return procedure->papersKnown ? procedure->papers : QStringList();
}

Result<ControlSheet> DossierService::controlSheet(const Session &actor, const QString &code)
{
    auto d = findByCode(actor, code);
    if (!d)
        return d.error();
    auto events = m_store.log().forEntity(QStringLiteral("dossier"), d->id);
    if (!events)
        return events.error();
    QHash<QString, QString> names;
    {
        auto st = m_store.db().prepare(QStringLiteral("SELECT id, full_name FROM users"));
        if (!st)
            return st.error();
        while (st->next())
            names.insert(st->text(0), st->text(1));
    }
    const QString desk = QStringLiteral("Bộ phận Một cửa");
    auto calendar = CalendarService(m_store).calendarFor(Time::toVietnam(d->receivedAt).date());
    ControlSheet sheet{*d, {}};
    QString holder = desk;
    QDateTime holderAllowed = d->originalDueAt.isValid() ? d->originalDueAt : d->dueAt;
    auto closeLast = [&](const QDateTime &at) {
        if (!sheet.steps.isEmpty() && !sheet.steps.last().doneAt.isValid())
            sheet.steps.last().doneAt = at;
    };
    for (const Event &e : *events) {
        const bool isReception = e.type == EventType::DossierReceived;
        const DossierStepEvent step = isReception ? DossierStepEvent() : DossierStepEvent::fromPayload(e.payload);
        const QDateTime at = isReception ? DossierReceivedEvent::fromPayload(e.payload).receivedAt : step.at;
        const QString who = names.value(e.actor, e.actor);
        if (e.type == EventType::DossierReceived) {
            // The desk hands a paper dossier over the same working day, or the next one when it came after 15:00
            // (NĐ 61/2018 Đ20 practice, DOMAIN.md §2.5).
            QDateTime deskUntil;
            if (calendar) {
                const QDateTime local = Time::toVietnam(at);
                QDate day = local.date();
                if (!calendar->isWorkingDay(day) || local.time() >= QTime(15, 0))
                    day = calendar->nextWorkingDay(day);
                deskUntil = QDateTime(day, calendar->workEnd(), Time::vietnam()).toUTC();
            }
            sheet.steps.append({d->applicantName, desk + QStringLiteral(" (") + who + u')', at, deskUntil, {}, {}, {}});
        } else if (e.type == EventType::DossierTransferred || e.type == EventType::DossierSubmitted ||
                   (e.type == EventType::DossierApproved && !step.toUser.isEmpty())) {
            closeLast(at);
            QString to = step.toUserName;
            const QString dept = step.toDepartment;
            if (!dept.isEmpty())
                to = to.isEmpty() ? dept : to + QStringLiteral(" (") + dept + u')';
            const QDateTime stepDue = step.stepDueAt;
            QString note = step.note;
            const QString what = e.type == EventType::DossierSubmitted  ? QStringLiteral("Trình phê duyệt")
                                 : e.type == EventType::DossierApproved ? QStringLiteral("Đã phê duyệt")
                                                                        : QString();
            if (!what.isEmpty())
                note = note.isEmpty() ? what : what + QStringLiteral(": ") + note;
            sheet.steps.append({who, to, at, stepDue.isValid() ? stepDue : holderAllowed, {}, {}, note});
            holder = to;
        } else if (e.type == EventType::SupplementReceived) {
            // The pause is not counted: the dossier's deadline and the current step's allowance both move.
            holderAllowed = step.dueAt;
            const int paused = step.pausedWorkingDays.value_or(0);
            if (!sheet.steps.isEmpty() && calendar && sheet.steps.last().allowedUntil.isValid())
                sheet.steps.last().allowedUntil =
                    calendar->addWorkingDays(sheet.steps.last().allowedUntil, paused).toUTC();
            if (!sheet.steps.isEmpty()) {
                const QStringList brought = step.receivedItems;
                QString &stepNote = sheet.steps.last().note;
                const QString received = brought.isEmpty()
                                             ? QStringLiteral("Đã nhận bổ sung")
                                             : QStringLiteral("Đã nhận bổ sung: ") + brought.join(QStringLiteral("; "));
                stepNote = stepNote.isEmpty() ? received : stepNote + QStringLiteral(". ") + received;
            }
        } else if (e.type == EventType::SupplementRequested) {
            if (!sheet.steps.isEmpty()) {
                const QStringList items = step.items;
                QString &stepNote = sheet.steps.last().note;
                const QString asked = QStringLiteral("Yêu cầu bổ sung: ") + items.join(QStringLiteral("; "));
                stepNote = stepNote.isEmpty() ? asked : stepNote + QStringLiteral(". ") + asked;
            }
        } else if (e.type == EventType::DossierFinished || e.type == EventType::DossierRejected) {
            closeLast(at);
            sheet.steps.append({who,
                                desk,
                                at,
                                holderAllowed,
                                at,
                                {},
                                e.type == EventType::DossierRejected ? QStringLiteral("Từ chối: ") + step.reason
                                                                     : QStringLiteral("Có kết quả")});
        } else if (e.type == EventType::ResultReturned) {
            closeLast(at);
            sheet.steps.append(
                {desk + QStringLiteral(" (") + who + u')',
                 d->applicantName,
                 at,
                 holderAllowed,
                 at,
                 {},
                 QStringLiteral("Trả kết quả: ") + Wording::returnHowOnForm(step.how.value_or(ReturnHow::Desk))});
        } else if (e.type == EventType::DossierWithdrawn || e.type == EventType::DossierStopped ||
                   e.type == EventType::DossierRefused) {
            closeLast(at);
        }
    }
    // Per step: early / on time / late by day (the portal's convention), or in time / overdue while still held.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ControlStep &step : sheet.steps) {
        if (!step.allowedUntil.isValid())
            continue;
        const QDate allowed = Time::toVietnam(step.allowedUntil).date();
        if (step.doneAt.isValid()) {
            const QDate done = Time::toVietnam(step.doneAt).date();
            step.result = done < allowed    ? QStringLiteral("early")
                          : done == allowed ? QStringLiteral("on_time")
                                            : QStringLiteral("late");
        } else {
            step.result = now <= step.allowedUntil ? QStringLiteral("in_time") : QStringLiteral("overdue");
        }
    }
    return sheet;
}

Result<Dossier> DossierService::findByCode(const Session &actor, const QString &code)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    auto st = m_store.db().prepare(
        QLatin1String(kSelect) +
        QStringLiteral(" WHERE d.code = ?1 OR d.provisional_code = ?1 ORDER BY d.code <> ?1, d.code_conflict LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, code.trimmed());
    if (st->next())
        return readDossier(*st);
    if (st->failed())
        return st->lastError();
    return Error::notFound(QStringLiteral("no dossier with code '%1'").arg(Text::elided(code.trimmed(), 40)));
}

Result<DossierPage> DossierService::list(const Session &actor, const DossierFilter &filter, const DossierCursor &after,
                                         int limit)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    if (filter.text.size() > 200)
        return Error::invalid(QStringLiteral("the filter text is longer than 200 characters"),
                              QStringLiteral("filter"));
    limit = std::clamp(limit, 1, 1000);
    QStringList binds;
    QString where = whereClause(filter, actor, &binds);
    if (!after.isNull()) {
        binds.append(after.receivedAt);
        const int a = int(binds.size());
        binds.append(after.id);
        const int b = int(binds.size());
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(d.received_at, d.id) < (?%1, ?%2)").arg(a).arg(b);
    }
    auto st = m_store.db().prepare(QLatin1String(kSelect) + where +
                                   QStringLiteral(" ORDER BY d.received_at DESC, d.id DESC LIMIT %1").arg(limit + 1));
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds.at(i));
    DossierPage page;
    while (st->next())
        page.rows.append(readDossier(*st));
    if (st->failed())
        return st->lastError();
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const Dossier &last = page.rows.constLast();
        page.next = {Time::toUtcIso(last.receivedAt), last.id};
    }
    return page;
}

Result<qint64> DossierService::count(const Session &actor, const DossierFilter &filter)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    if (filter.text.size() > 200)
        return Error::invalid(QStringLiteral("the filter text is longer than 200 characters"),
                              QStringLiteral("filter"));
    QStringList binds;
    const QString where = whereClause(filter, actor, &binds);
    auto st = m_store.db().prepare(QStringLiteral("SELECT count(*) FROM dossiers d") + where);
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds.at(i));
    qint64 n = 0;
    if (st->next())
        n = st->integer(0);
    if (st->failed())
        return st->lastError();
    return n;
}

} // namespace MotCua
