#include "core/services/authservice.h"
#include "core/services/dossierservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
QDateTime vn(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Time::vietnam());
}

struct Office
{
    TempStore t;
    Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    Session specialist = t.createUser(QStringLiteral("chuyenvien"), {Role::Specialist});
    Session leader = t.createUser(QStringLiteral("lanhdao"), {Role::Leader});
    DossierService dossiers{*t.store};

    Dossier receive(const QDateTime &at, const QString &citizenId = QStringLiteral("001090123456"),
                    const QString &procedure = QStringLiteral("1.004335"))
    {
        ReceiveRequest r;
        r.procedureCode = procedure;
        r.applicantName = QStringLiteral("Nguyễn Thị Hoa");
        r.citizenId = citizenId;
        r.receivedAt = at;
        auto d = dossiers.receive(receptionist, r);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.has_value());
        return *d;
    }

    // Another person of the office, with a department.
    Session person(const QString &username, QList<Role> roles, const QString &department)
    {
        AuthService auth(*t.store);
        const QString password = QStringLiteral("password-of-") + username;
        REQUIRE(auth.createUser(t.admin, {username, username, password, roles, department, false}).has_value());
        auto s = auth.authenticate(username, password);
        REQUIRE(s.has_value());
        return *s;
    }

    Result<Dossier> act(const Session &who, DossierAction a, const QString &code, const QDateTime &at,
                        std::function<void(DossierActionRequest &)> fill = {})
    {
        DossierActionRequest r;
        r.action = a;
        r.code = code;
        r.at = at;
        if (fill)
            fill(r);
        return dossiers.act(who, r);
    }
};
} // namespace

TEST_CASE("The whole life of a dossier, each state with its portal status code", "[workflow]")
{
    Office o;
    const Dossier d = o.receive(vn(2026, 5, 4));
    CHECK(d.statusCode == 2);

    auto t = o.act(o.receptionist, DossierAction::Transfer, d.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
        r.toUser = QStringLiteral("chuyenvien");
        r.toDepartment = QStringLiteral("Văn phòng");
        r.stepDays = 5;
    });
    REQUIRE(t.has_value());
    CHECK(dossierStateKey(t->state) == QStringLiteral("in_processing"));
    CHECK(t->statusCode == 4);
    CHECK(t->assigneeName == QStringLiteral("chuyenvien"));
    CHECK(t->department == QStringLiteral("Văn phòng"));

    auto up = o.act(o.specialist, DossierAction::Submit, d.code, vn(2026, 5, 6),
                    [](DossierActionRequest &r) { r.toUser = QStringLiteral("lanhdao"); });
    REQUIRE(up.has_value());
    CHECK(dossierStateKey(up->state) == QStringLiteral("awaiting_approval"));
    CHECK(up->assigneeName == QStringLiteral("lanhdao"));
    // Only a leader approves.
    CHECK(o.act(o.specialist, DossierAction::Approve, d.code, vn(2026, 5, 7)).error().code == Error::Code::Forbidden);
    CHECK(o.act(o.receptionist, DossierAction::Approve, d.code, vn(2026, 5, 7)).error().code == Error::Code::Forbidden);
    auto ap = o.act(o.leader, DossierAction::Approve, d.code, vn(2026, 5, 7));
    REQUIRE(ap.has_value());
    CHECK(dossierStateKey(ap->state) == QStringLiteral("approved"));
    // Approved, it goes back to the specialist who submitted it, who issues the result.
    CHECK(ap->assignee == o.specialist.userId);
    auto fin = o.act(o.specialist, DossierAction::Finish, d.code, vn(2026, 5, 8));
    REQUIRE(fin.has_value());
    CHECK(dossierStateKey(fin->state) == QStringLiteral("finished"));
    CHECK(fin->statusCode == 9);
    CHECK(fin->endedAt == vn(2026, 5, 8).toUTC());
    // A specialist does not hand results to citizens; the desk does.
    CHECK(o.act(o.specialist, DossierAction::Return, d.code, vn(2026, 5, 8, 14)).error().code ==
          Error::Code::Forbidden);
    auto ret = o.act(o.receptionist, DossierAction::Return, d.code, vn(2026, 5, 8, 14),
                     [](DossierActionRequest &r) { r.how = ReturnHow::Post; });
    REQUIRE(ret.has_value());
    CHECK(dossierStateKey(ret->state) == QStringLiteral("returned"));
    CHECK(ret->statusCode == 10);
    CHECK(ret->returnHow == ReturnHow::Post);
    CHECK_FALSE(ret->isLate(QDateTime::currentDateTimeUtc()));

    // Nothing happens to a returned dossier any more.
    for (DossierAction a : allDossierActions()) {
        auto r = o.act(o.t.admin, a, d.code, vn(2026, 5, 9), [](DossierActionRequest &r) {
            r.toUser = QStringLiteral("chuyenvien");
            r.reason = QStringLiteral("x");
            r.items = {QStringLiteral("x")};
            r.newDueAt = vn(2026, 12, 1);
        });
        INFO(dossierActionKey(a).toStdString());
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Conflict);
    }

    SECTION("the control sheet is built from the events")
    {
        auto sheet = o.dossiers.controlSheet(o.t.admin, d.code);
        REQUIRE(sheet.has_value());
        // reception, to the specialist, submitted to the leader, approved back to the specialist, result to the desk,
        // to the citizen
        REQUIRE(sheet->steps.size() == 6);
        CHECK(sheet->steps.at(1).from == QStringLiteral("tiepnhan"));
        CHECK(sheet->steps.at(1).to == QStringLiteral("chuyenvien (Văn phòng)"));
        CHECK(sheet->steps.at(1).doneAt == vn(2026, 5, 6).toUTC());
        // 5 working days from Monday 04/05 10:00 -> Monday 11/05; done Wednesday 06/05: early.
        CHECK(sheet->steps.at(1).result == QStringLiteral("early"));
        CHECK(sheet->steps.at(2).to == QStringLiteral("lanhdao"));
        CHECK(sheet->steps.at(2).note.startsWith(QStringLiteral("Trình phê duyệt")));
        CHECK(sheet->steps.at(3).from == QStringLiteral("lanhdao"));
        CHECK(sheet->steps.at(3).to == QStringLiteral("chuyenvien"));
        CHECK(sheet->steps.at(3).note.startsWith(QStringLiteral("Đã phê duyệt")));
        CHECK(sheet->steps.at(5).to == QStringLiteral("Nguyễn Thị Hoa"));
    }
}

TEST_CASE("The transition table: every action from every state, allowed or refused", "[workflow]")
{
    using S = DossierState;
    using A = DossierAction;
    // Expected next state for each (state, action); absent = refused.
    const QMap<std::pair<S, A>, S> allowed = {
        {{S::Received, A::Transfer}, S::InProcessing},
        {{S::Received, A::RequestSupplement}, S::SupplementRequested},
        {{S::Received, A::Refuse}, S::Refused},
        {{S::Received, A::Withdraw}, S::Withdrawn},
        {{S::Received, A::Stop}, S::Stopped},
        {{S::Received, A::Apologize}, S::Received},
        {{S::InProcessing, A::Transfer}, S::InProcessing},
        {{S::InProcessing, A::RequestSupplement}, S::SupplementRequested},
        {{S::InProcessing, A::Reject}, S::Rejected},
        {{S::InProcessing, A::Finish}, S::Finished},
        {{S::InProcessing, A::Withdraw}, S::Withdrawn},
        {{S::InProcessing, A::Stop}, S::Stopped},
        {{S::InProcessing, A::Apologize}, S::InProcessing},
        {{S::InProcessing, A::Submit}, S::AwaitingApproval},
        {{S::AwaitingApproval, A::Transfer}, S::InProcessing},
        {{S::AwaitingApproval, A::RequestSupplement}, S::SupplementRequested},
        {{S::AwaitingApproval, A::Reject}, S::Rejected},
        {{S::AwaitingApproval, A::Approve}, S::Approved},
        {{S::AwaitingApproval, A::Withdraw}, S::Withdrawn},
        {{S::AwaitingApproval, A::Stop}, S::Stopped},
        {{S::AwaitingApproval, A::Apologize}, S::AwaitingApproval},
        {{S::SupplementRequested, A::SupplementReceived}, S::InProcessing},
        {{S::SupplementRequested, A::Withdraw}, S::Withdrawn},
        {{S::SupplementRequested, A::Stop}, S::Stopped},
        {{S::SupplementRequested, A::Apologize}, S::SupplementRequested},
        {{S::Approved, A::Transfer}, S::InProcessing},
        {{S::Approved, A::Finish}, S::Finished},
        {{S::Approved, A::Withdraw}, S::Withdrawn},
        {{S::Approved, A::Stop}, S::Stopped},
        {{S::Approved, A::Apologize}, S::Approved},
        {{S::Finished, A::Return}, S::Returned},
        {{S::Rejected, A::Return}, S::Returned},
    };
    int checked = 0;
    for (S s : allDossierStates()) {
        for (A a : allDossierActions()) {
            INFO(dossierStateKey(s).toStdString() << " + " << dossierActionKey(a).toStdString());
            const auto got = nextState(s, a);
            const auto it = allowed.constFind({s, a});
            if (it == allowed.constEnd())
                CHECK_FALSE(got.has_value());
            else
                CHECK(got == *it);
            ++checked;
        }
    }
    CHECK(checked == 11 * 12);
    // Only for events written before Submit existed.
    CHECK(nextState(S::InProcessing, A::Transfer, /*toLeader=*/true) == S::AwaitingApproval);
    CHECK(dossierActionFromKey(QStringLiteral("submit")) == A::Submit);
    CHECK(dossierActionKey(A::Submit) == QStringLiteral("submit"));
    CHECK(portalStatusCode(S::Refused) == 3);
    CHECK(portalStatusCode(S::SupplementRequested) == 5);
    CHECK(portalStatusCode(S::Withdrawn) == 7);
    CHECK(portalStatusCode(S::Stopped) == 8);
}

TEST_CASE("A supplement request pauses the clock, and a second one is allowed but counts as late", "[workflow]")
{
    Office o;
    // Monday 04/05/2026, 60 working days.
    const Dossier d = o.receive(vn(2026, 5, 4));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, d.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    CHECK_FALSE(o.act(o.specialist, DossierAction::RequestSupplement, d.code, vn(2026, 5, 5)).has_value()); // no items
    auto req =
        o.act(o.specialist, DossierAction::RequestSupplement, d.code, vn(2026, 5, 5), [](DossierActionRequest &r) {
            r.items = {QStringLiteral("Bản sao giấy chứng sinh"), QStringLiteral("Văn bản ủy quyền")};
        });
    REQUIRE(req.has_value());
    CHECK(dossierStateKey(req->state) == QStringLiteral("supplement_requested"));
    CHECK(req->statusCode == 5);
    CHECK(req->supplementCount == 1);
    CHECK(req->pausedAt == vn(2026, 5, 5).toUTC());

    // The citizen comes back the next Tuesday: 5 working days of pause (06, 07, 08, 11, 12/05) move the due date.
    auto back = o.act(o.receptionist, DossierAction::SupplementReceived, d.code, vn(2026, 5, 12));
    REQUIRE(back.has_value());
    CHECK(dossierStateKey(back->state) == QStringLiteral("in_processing"));
    CHECK_FALSE(back->pausedAt.isValid());
    const QDate before = Time::toVietnam(d.dueAt).date();
    const QDate after = Time::toVietnam(back->dueAt).date();
    CHECK(before.daysTo(after) == 7); // 5 working days = one week
    CHECK(back->originalDueAt == d.dueAt);
    CHECK_FALSE(back->isLate(vn(2026, 5, 13).toUTC()));

    auto second = o.act(o.specialist, DossierAction::RequestSupplement, d.code, vn(2026, 5, 13),
                        [](DossierActionRequest &r) { r.items = {QStringLiteral("Giấy tờ khác")}; });
    REQUIRE(second.has_value());
    CHECK(second->supplementCount == 2);
    CHECK(second->isLate(vn(2026, 5, 13).toUTC()));
    auto events = o.dossiers.history(o.t.admin, d.code);
    REQUIRE(events.has_value());
    CHECK(events->last().payload.value(QStringLiteral("repeat")).toBool());
}

TEST_CASE("An apology gives a new appointment and keeps the original due date for statistics", "[workflow]")
{
    Office o;
    const Dossier d = o.receive(vn(2026, 5, 4));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, d.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    CHECK_FALSE(o.act(o.specialist, DossierAction::Apologize, d.code, vn(2026, 5, 5), [](DossierActionRequest &r) {
                     r.reason = QStringLiteral("x");
                 }).has_value());
    auto bad = o.act(o.specialist, DossierAction::Apologize, d.code, vn(2026, 5, 5), [&](DossierActionRequest &r) {
        r.reason = QStringLiteral("Chờ xác minh");
        r.newDueAt = d.dueAt.addDays(-1);
    });
    CHECK(bad.error().field == QStringLiteral("new_due_at"));
    auto ok = o.act(o.specialist, DossierAction::Apologize, d.code, vn(2026, 5, 5), [&](DossierActionRequest &r) {
        r.reason = QStringLiteral("Chờ kết quả xác minh của cơ quan khác");
        r.newDueAt = d.dueAt.addDays(10);
    });
    REQUIRE(ok.has_value());
    CHECK(dossierStateKey(ok->state) == QStringLiteral("in_processing"));
    CHECK(ok->dueAt == d.dueAt);
    CHECK(ok->newDueAt == d.dueAt.addDays(10));
    // Finished after the original due date but before the new one: still late.
    auto fin = o.act(o.specialist, DossierAction::Finish, d.code,
                     d.dueAt.addDays(5) < QDateTime::currentDateTimeUtc() ? d.dueAt.addDays(5) : QDateTime());
    REQUIRE(fin.has_value());
    if (fin->endedAt > d.dueAt)
        CHECK(fin->isLate(QDateTime::currentDateTimeUtc()));
}

TEST_CASE("Refusals, rejections, withdrawals and stops need what the law asks", "[workflow]")
{
    Office o;
    const Dossier a = o.receive(vn(2026, 5, 4), QStringLiteral("001090000001"));
    CHECK(o.act(o.receptionist, DossierAction::Refuse, a.code, vn(2026, 5, 4, 10)).error().field ==
          QStringLiteral("reason"));
    auto refused =
        o.act(o.receptionist, DossierAction::Refuse, a.code, vn(2026, 5, 4, 10),
              [](DossierActionRequest &r) { r.reason = QStringLiteral("Không thuộc thẩm quyền của UBND xã"); });
    REQUIRE(refused.has_value());
    CHECK(refused->statusCode == 3);
    CHECK(refused->outcomeReason == QStringLiteral("Không thuộc thẩm quyền của UBND xã"));

    const Dossier b = o.receive(vn(2026, 5, 4), QStringLiteral("001090000002"));
    auto withdrawn = o.act(o.receptionist, DossierAction::Withdraw, b.code, vn(2026, 5, 5));
    REQUIRE(withdrawn.has_value());
    CHECK(withdrawn->statusCode == 7);

    const Dossier c = o.receive(vn(2026, 5, 4), QStringLiteral("001090000003"));
    CHECK(o.act(o.specialist, DossierAction::Stop, c.code, vn(2026, 5, 5),
                [](DossierActionRequest &r) { r.reason = QStringLiteral("x"); })
              .error()
              .code == Error::Code::Forbidden);
    auto stopped = o.act(o.leader, DossierAction::Stop, c.code, vn(2026, 5, 5),
                         [](DossierActionRequest &r) { r.reason = QStringLiteral("Người dân không bổ sung"); });
    REQUIRE(stopped.has_value());
    CHECK(stopped->statusCode == 8);

    const Dossier e = o.receive(vn(2026, 5, 4), QStringLiteral("001090000004"));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, e.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toDepartment = QStringLiteral("Phòng Kinh tế");
             }).has_value());
    // Handed to a department: anyone of that department appraises it, nobody else.
    CHECK(o.act(o.specialist, DossierAction::Reject, e.code, vn(2026, 5, 6),
                [](DossierActionRequest &r) { r.reason = QStringLiteral("Không đủ điều kiện"); })
              .error()
              .field == QStringLiteral("holder"));
    const Session economy = o.person(QStringLiteral("kinhte"), {Role::Specialist}, QStringLiteral("Phòng Kinh tế"));
    auto rejected = o.act(economy, DossierAction::Reject, e.code, vn(2026, 5, 6),
                          [](DossierActionRequest &r) { r.reason = QStringLiteral("Không đủ điều kiện"); });
    REQUIRE(rejected.has_value());
    CHECK(dossierStateKey(rejected->state) == QStringLiteral("rejected"));
    // The written refusal is the result: it is returned at the desk.
    CHECK(o.act(o.receptionist, DossierAction::Return, e.code, vn(2026, 5, 7)).has_value());

    CHECK(o.act(o.receptionist, DossierAction::Transfer, QStringLiteral("00004.XXXXX-260504-9999"), vn(2026, 5, 5))
              .error()
              .code == Error::Code::NotFound);
    auto future = o.act(o.receptionist, DossierAction::Withdraw, e.code, QDateTime::currentDateTimeUtc().addDays(3));
    CHECK(future.error().field == QStringLiteral("at"));
}

TEST_CASE("Duplicates: warned with the open dossier's code, refused as such or received with a reason",
          "[workflow][duplicate]")
{
    Office o;
    const Dossier first = o.receive(vn(2026, 5, 4));
    ReceiveRequest again;
    again.procedureCode = QStringLiteral("1.004335");
    again.applicantName = QStringLiteral("Nguyễn Thị Hoa");
    again.citizenId = QStringLiteral("001090123456");
    again.receivedAt = vn(2026, 5, 5);
    auto warned = o.dossiers.receive(o.receptionist, again);
    REQUIRE_FALSE(warned.has_value());
    CHECK(warned.error().code == Error::Code::Conflict);
    CHECK(warned.error().field == QStringLiteral("duplicate"));
    CHECK(warned.error().message.contains(first.code));
    auto dup = o.dossiers.findOpenDuplicate(o.receptionist, again.citizenId, again.procedureCode);
    REQUIRE(dup.has_value());
    REQUIRE(dup->has_value());
    CHECK((*dup)->code == first.code);

    ReceiveRequest refuse = again;
    refuse.refuseAsDuplicate = true;
    auto refused = o.dossiers.receive(o.receptionist, refuse);
    REQUIRE(refused.has_value());
    CHECK(dossierStateKey(refused->state) == QStringLiteral("refused"));
    CHECK(refused->duplicateOf == first.code);
    CHECK(*o.t.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers WHERE duplicate_of IS NOT NULL")) ==
          1);

    ReceiveRequest proceed = again;
    proceed.duplicateReason = QStringLiteral("Hồ sơ cho con thứ hai");
    auto received = o.dossiers.receive(o.receptionist, proceed);
    REQUIRE(received.has_value());
    CHECK(dossierStateKey(received->state) == QStringLiteral("received"));
    CHECK(received->duplicateReason == QStringLiteral("Hồ sơ cho con thứ hai"));
    // A different procedure is not a duplicate.
    o.receive(vn(2026, 5, 5), QStringLiteral("001090123456"), QStringLiteral("1.001193"));
}

TEST_CASE("Work queues are filters over the same list", "[workflow][queues]")
{
    Office o;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One dossier long overdue, one just received, one with the specialist, one waiting for a supplement, one ready.
    const Dossier overdue = o.receive(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Time::vietnam()),
                                      QStringLiteral("001090000011"), QStringLiteral("1.001193"));
    const Dossier fresh = o.receive(now.addSecs(-60), QStringLiteral("001090000012"));
    const Dossier mine = o.receive(now.addSecs(-120), QStringLiteral("001090000013"));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, mine.code, now.addSecs(-100), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    const Dossier waiting = o.receive(now.addSecs(-180), QStringLiteral("001090000014"));
    REQUIRE(
        o.act(o.receptionist, DossierAction::Transfer, waiting.code, now.addSecs(-170), [](DossierActionRequest &r) {
             r.toUser = QStringLiteral("chuyenvien");
         }).has_value());
    REQUIRE(o.act(o.specialist, DossierAction::RequestSupplement, waiting.code, now.addSecs(-90),
                  [](DossierActionRequest &r) { r.items = {QStringLiteral("CCCD")}; })
                .has_value());
    const Dossier ready = o.receive(now.addSecs(-240), QStringLiteral("001090000015"));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, ready.code, now.addSecs(-200), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    REQUIRE(o.act(o.specialist, DossierAction::Finish, ready.code, now.addSecs(-50)).has_value());

    auto codes = [&](const Session &who, const QString &queue) {
        DossierFilter filter;
        filter.queue = *workQueueFromKey(queue);
        auto page = o.dossiers.list(who, filter, {}, 100);
        REQUIRE(page.has_value());
        QStringList out;
        for (const Dossier &d : page->rows)
            out.append(d.code);
        return out;
    };
    CHECK(codes(o.specialist, QStringLiteral("mine")) == QStringList{mine.code});
    CHECK(codes(o.receptionist, QStringLiteral("mine")).isEmpty());
    CHECK(codes(o.receptionist, QStringLiteral("to_receive")) == QStringList{fresh.code, overdue.code});
    CHECK(codes(o.receptionist, QStringLiteral("awaiting_supplement")) == QStringList{waiting.code});
    CHECK(codes(o.receptionist, QStringLiteral("ready_to_return")) == QStringList{ready.code});
    CHECK(codes(o.receptionist, QStringLiteral("overdue")) == QStringList{overdue.code});
    DossierFilter overdueQueue;
    overdueQueue.queue = WorkQueue::Overdue;
    CHECK(*o.dossiers.count(o.receptionist, overdueQueue) == 1);
}

TEST_CASE("An event that is not valid where the fold stands is kept and shown as a conflict", "[workflow][conflict]")
{
    Office o;
    const Dossier d = o.receive(vn(2026, 5, 4));
    REQUIRE(o.act(o.receptionist, DossierAction::Withdraw, d.code, vn(2026, 5, 5)).has_value());
    // Another counter, offline, returned a result for the same dossier: the event arrives by sync.
    REQUIRE(o.t.store
                ->commit({{QStringLiteral("dossier"), d.id, EventType::ResultReturned,
                           QJsonObject{{QStringLiteral("at"), Time::toUtcIso(vn(2026, 5, 6))},
                                       {QStringLiteral("how"), QStringLiteral("desk")}}}},
                         o.receptionist.userId)
                .has_value());
    auto after = o.dossiers.findByCode(o.t.admin, d.code);
    REQUIRE(after.has_value());
    CHECK(dossierStateKey(after->state) == QStringLiteral("withdrawn"));
    CHECK(*o.t.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM conflicts WHERE kind = 'dossier_action'")) ==
          1);
    // Rebuild folds to the same place.
    const QByteArray before = *o.t.store->exportCanonical();
    REQUIRE(o.t.store->rebuild().has_value());
    CHECK(*o.t.store->exportCanonical() == before);
    CHECK(o.t.store->verify()->ok());
}

TEST_CASE("Only the holder acts on a dossier: the person it is with, a leader or an administrator",
          "[workflow][holder]")
{
    Office o;
    const Session other = o.person(QStringLiteral("chuyenvien2"), {Role::Specialist}, QStringLiteral("Địa chính"));
    const Dossier d = o.receive(vn(2026, 5, 4));
    const auto allowed = [&](const Session &who) {
        auto now = o.dossiers.findByCode(o.t.admin, d.code);
        REQUIRE(now.has_value());
        return DossierService::availableActions(*now, who);
    };
    using A = DossierAction;

    // At the desk: the desk hands it over; a specialist has nothing to do with it yet.
    CHECK(o.dossiers.findByCode(o.t.admin, d.code)->holder().kind == DossierHolder::Kind::Desk);
    CHECK(allowed(o.receptionist) == QList<A>{A::Transfer, A::Refuse, A::Withdraw});
    CHECK(allowed(o.specialist).isEmpty());
    auto early = o.act(o.specialist, A::Transfer, d.code, vn(2026, 5, 4, 9),
                       [](DossierActionRequest &r) { r.toUser = QStringLiteral("chuyenvien2"); });
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == Error::Code::Forbidden);
    CHECK(early.error().field == QStringLiteral("holder"));

    REQUIRE(o.act(o.receptionist, A::Transfer, d.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    // With the specialist: they appraise it; the desk and other specialists no longer hand it on or decide.
    CHECK(allowed(o.specialist) ==
          QList<A>{A::Transfer, A::RequestSupplement, A::Reject, A::Submit, A::Finish, A::Apologize});
    CHECK(allowed(other).isEmpty());
    CHECK(allowed(o.receptionist) == QList<A>{A::Withdraw});
    CHECK(DossierService::check(*o.dossiers.findByCode(o.t.admin, d.code), other, A::Finish) ==
          ActionCheck::NotTheHolder);
    CHECK(DossierService::check(*o.dossiers.findByCode(o.t.admin, d.code), o.receptionist, A::Finish) ==
          ActionCheck::RoleForbids);
    CHECK(DossierService::check(*o.dossiers.findByCode(o.t.admin, d.code), o.specialist, A::Return) ==
          ActionCheck::NotNow);
    for (A a : {A::Transfer, A::RequestSupplement, A::Reject, A::Finish}) {
        auto r = o.act(other, a, d.code, vn(2026, 5, 5), [](DossierActionRequest &r) {
            r.toUser = QStringLiteral("chuyenvien2");
            r.reason = QStringLiteral("Không đủ điều kiện");
            r.items = {QStringLiteral("Bản sao giấy khai sinh")};
        });
        INFO(dossierActionKey(a).toStdString());
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("holder"));
        CHECK(r.error().message.contains(QStringLiteral("chuyenvien")));
    }
    CHECK(dossierStateKey(o.dossiers.findByCode(o.t.admin, d.code)->state) == QStringLiteral("in_processing"));

    // Submitted: the leader holds it; the specialist cannot decide on it any more.
    CHECK_FALSE(o.act(o.specialist, A::Submit, d.code, vn(2026, 5, 6), [](DossierActionRequest &r) {
                     r.toUser = QStringLiteral("chuyenvien2"); // not a leader
                 }).has_value());
    REQUIRE(o.act(o.specialist, A::Submit, d.code, vn(2026, 5, 6), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("lanhdao");
             }).has_value());
    CHECK(allowed(o.specialist).isEmpty());
    CHECK(allowed(o.leader).contains(A::Approve));
    CHECK(allowed(o.t.admin).contains(A::Approve));
    auto refused = o.act(o.specialist, A::RequestSupplement, d.code, vn(2026, 5, 6, 14),
                         [](DossierActionRequest &r) { r.items = {QStringLiteral("Bản sao giấy khai sinh")}; });
    CHECK(refused.error().field == QStringLiteral("holder"));

    // Approved: back with the specialist, who issues the result; then the desk returns it, and nobody holds it.
    REQUIRE(o.act(o.leader, A::Approve, d.code, vn(2026, 5, 7)).has_value());
    CHECK(allowed(o.specialist).contains(A::Finish));
    CHECK_FALSE(allowed(o.leader).contains(A::Approve));
    REQUIRE(o.act(o.specialist, A::Finish, d.code, vn(2026, 5, 8)).has_value());
    auto finished = o.dossiers.findByCode(o.t.admin, d.code);
    CHECK(finished->holder().kind == DossierHolder::Kind::None);
    CHECK(allowed(o.receptionist) == QList<A>{A::Return});
    CHECK(allowed(o.specialist).isEmpty());
    REQUIRE(o.act(o.receptionist, A::Return, d.code, vn(2026, 5, 8, 14)).has_value());
    auto returned = o.dossiers.findByCode(o.t.admin, d.code);
    CHECK(returned->holder().kind == DossierHolder::Kind::None);
    for (const Session &who : {o.receptionist, o.specialist, o.leader, o.t.admin})
        CHECK(allowed(who).isEmpty());
}

TEST_CASE("A transfer to a leader written before Submit existed still puts the dossier up for approval",
          "[workflow][holder]")
{
    Office o;
    const Dossier d = o.receive(vn(2026, 5, 4));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, d.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    // A transfer to a leader today is a hand-over like any other.
    auto handed = o.act(o.specialist, DossierAction::Transfer, d.code, vn(2026, 5, 5),
                        [](DossierActionRequest &r) { r.toUser = QStringLiteral("lanhdao"); });
    REQUIRE(handed.has_value());
    CHECK(dossierStateKey(handed->state) == QStringLiteral("in_processing"));
    auto events = o.dossiers.history(o.t.admin, d.code);
    REQUIRE(events.has_value());
    CHECK_FALSE(events->last().payload.contains(QStringLiteral("to_leader")));

    // The event an older version wrote for the same hand-over.
    const Dossier e = o.receive(vn(2026, 5, 4), QStringLiteral("001090000099"));
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, e.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    REQUIRE(o.t.store
                ->commit({{QStringLiteral("dossier"), e.id, EventType::DossierTransferred,
                           QJsonObject{{QStringLiteral("at"), Time::toUtcIso(vn(2026, 5, 5))},
                                       {QStringLiteral("to_user"), o.leader.userId},
                                       {QStringLiteral("to_user_name"), QStringLiteral("lanhdao")},
                                       {QStringLiteral("to_leader"), true}}}},
                         o.specialist.userId)
                .has_value());
    auto old = o.dossiers.findByCode(o.t.admin, e.code);
    REQUIRE(old.has_value());
    CHECK(dossierStateKey(old->state) == QStringLiteral("awaiting_approval"));
    const QByteArray before = *o.t.store->exportCanonical();
    REQUIRE(o.t.store->rebuild().has_value());
    CHECK(*o.t.store->exportCanonical() == before);
    // Its approval goes back to the specialist who handed it up.
    auto approved = o.act(o.leader, DossierAction::Approve, e.code, vn(2026, 5, 6));
    REQUIRE(approved.has_value());
    CHECK(approved->assignee == o.specialist.userId);
}

TEST_CASE("A supplement request lists papers, and what the citizen brought is ticked off and recorded",
          "[workflow][supplement]")
{
    Office o;
    const Dossier d = o.receive(vn(2026, 5, 4));
    auto papers = o.dossiers.procedurePapers(d.procedureCode);
    REQUIRE(papers.has_value());
    REQUIRE_FALSE(papers->isEmpty());
    REQUIRE(o.act(o.receptionist, DossierAction::Transfer, d.code, vn(2026, 5, 4, 10), [](DossierActionRequest &r) {
                 r.toUser = QStringLiteral("chuyenvien");
             }).has_value());
    const QStringList asked{papers->first(), QStringLiteral("Văn bản ủy quyền")};
    REQUIRE(o.act(o.specialist, DossierAction::RequestSupplement, d.code, vn(2026, 5, 5), [&](DossierActionRequest &r) {
                 r.items = asked;
             }).has_value());

    // Only what was asked for can be ticked off.
    auto wrong = o.act(o.receptionist, DossierAction::SupplementReceived, d.code, vn(2026, 5, 12),
                       [](DossierActionRequest &r) { r.items = {QStringLiteral("Sổ hộ khẩu")}; });
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QStringLiteral("items"));
    auto back = o.act(o.receptionist, DossierAction::SupplementReceived, d.code, vn(2026, 5, 12),
                      [&](DossierActionRequest &r) { r.items = {asked.first()}; });
    REQUIRE(back.has_value());
    auto events = o.dossiers.history(o.t.admin, d.code);
    REQUIRE(events.has_value());
    CHECK(events->last().payload.value(QStringLiteral("received_items")).toArray() == QJsonArray{asked.first()});

    auto rounds = o.dossiers.supplements(o.t.admin, d.code);
    REQUIRE(rounds.has_value());
    REQUIRE(rounds->size() == 1);
    const SupplementRound &r = rounds->first();
    CHECK(r.items == asked);
    CHECK(r.requestedBy == o.specialist.userId);
    CHECK(r.requestedAt == vn(2026, 5, 5).toUTC());
    CHECK(r.isReceived());
    CHECK(r.receivedBy == o.receptionist.userId);
    CHECK(r.receivedBrought == QStringList{asked.first()});
    CHECK(r.notBrought() == QStringList{QStringLiteral("Văn bản ủy quyền")});

    auto sheet = o.dossiers.controlSheet(o.t.admin, d.code);
    REQUIRE(sheet.has_value());
    const QString note = sheet->steps.last().note;
    CHECK(note.contains(QStringLiteral("Yêu cầu bổ sung: ") + asked.join(QStringLiteral("; "))));
    CHECK(note.contains(QStringLiteral("Đã nhận bổ sung: ") + asked.first()));

    // A supplement recorded before items were ticked off (no received_items) still folds.
    REQUIRE(o.act(o.specialist, DossierAction::RequestSupplement, d.code, vn(2026, 5, 13), [](DossierActionRequest &r) {
                 r.items = {QStringLiteral("Giấy tờ khác")};
             }).has_value());
    REQUIRE(o.t.store
                ->commit({{QStringLiteral("dossier"), d.id, EventType::SupplementReceived,
                           QJsonObject{{QStringLiteral("at"), Time::toUtcIso(vn(2026, 5, 14))},
                                       {QStringLiteral("paused_working_days"), 1},
                                       {QStringLiteral("due_at"), Time::toUtcIso(back->dueAt.addDays(1))}}}},
                         o.receptionist.userId)
                .has_value());
    rounds = o.dossiers.supplements(o.t.admin, d.code);
    REQUIRE(rounds->size() == 2);
    CHECK(rounds->last().isReceived());
    CHECK(rounds->last().receivedBrought.isEmpty());
    CHECK(rounds->last().notBrought().isEmpty());
    CHECK(dossierStateKey(o.dossiers.findByCode(o.t.admin, d.code)->state) == QStringLiteral("in_processing"));
}

TEST_CASE("The appointment is known before saving: appointmentFor and checkReceive write nothing",
          "[workflow][appointment]")
{
    Office o;
    // Thursday 23/04/2026 09:00 (DOMAIN.md §2.7's example has 3 working days; here the procedure's own limit).
    const QDateTime at = vn(2026, 4, 23);
    auto shown = o.dossiers.appointmentFor(QStringLiteral("1.004335"), at);
    REQUIRE(shown.has_value());
    CHECK(shown->dueAt > at);
    CHECK(o.dossiers.appointmentFor(QStringLiteral("9.999999"), at).error().field == QStringLiteral("procedure"));

    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.004335");
    r.applicantName = QStringLiteral("Nguyễn Thị Hoa");
    r.receivedAt = at;
    auto checked = o.dossiers.checkReceive(o.receptionist, r);
    REQUIRE(checked.has_value());
    CHECK(checked->dueAt == shown->dueAt);
    ReceiveRequest bad = r;
    bad.applicantName.clear();
    CHECK(o.dossiers.checkReceive(o.receptionist, bad).error().field == QStringLiteral("applicant_name"));
    CHECK(o.dossiers.checkReceive(o.specialist, r).error().code == Error::Code::Forbidden);
    CHECK(*o.t.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 0);

    auto received = o.dossiers.receive(o.receptionist, r);
    REQUIRE(received.has_value());
    CHECK(received->dueAt == shown->dueAt);
    CHECK(received->dueUnitAssumed == shown->unitAssumed);
}
