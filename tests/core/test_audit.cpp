#include "core/services/auditservice.h"
#include "core/services/dossierservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

using namespace MotCua;
using namespace MotCua::Test;

TEST_CASE("The audit trail lists who did what, filtered by person, record and date, and shows a broken chain",
          "[audit]")
{
    TempStore t;
    const Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    const Session leader = t.createUser(QStringLiteral("lanhdao"), {Role::Leader});
    DossierService dossiers(*t.store);
    QStringList codes;
    for (int i = 0; i < 3; ++i) {
        ReceiveRequest r;
        r.procedureCode = QStringLiteral("1.001193");
        r.applicantName = QStringLiteral("Hồ Thị Xuân");
        r.citizenId = QStringLiteral("00119000000%1").arg(i);
        auto d = dossiers.receive(receptionist, r);
        REQUIRE(d.has_value());
        codes.append(d->code);
    }
    DossierActionRequest w;
    w.action = DossierAction::Withdraw;
    w.code = codes.at(1);
    REQUIRE(dossiers.act(receptionist, w).has_value());

    AuditService audit(*t.store);
    CHECK(audit.list(receptionist, {}).error().code == Error::Code::Forbidden);
    auto all = audit.list(leader, {});
    REQUIRE(all.has_value());
    CHECK(all->entries.first().event.type == EventType::DossierWithdrawn); // newest first
    CHECK(all->entries.first().actorName == QStringLiteral("tiepnhan (tiepnhan)"));
    CHECK(all->entries.first().recordLabel == codes.at(1));

    auto byPerson = audit.list(t.admin, {QStringLiteral("tiepnhan"), {}, {}, {}, {}});
    REQUIRE(byPerson.has_value());
    CHECK(byPerson->entries.size() == 4);
    auto byRecord = audit.list(t.admin, {{}, {}, codes.at(1), {}, {}});
    REQUIRE(byRecord.has_value());
    CHECK(byRecord->entries.size() == 2);
    auto byUser = audit.list(t.admin, {{}, QStringLiteral("user"), QStringLiteral("lanhdao"), {}, {}});
    REQUIRE(byUser.has_value());
    REQUIRE(byUser->entries.size() == 1);
    CHECK(byUser->entries.first().event.type == EventType::UserCreated);
    const QDate today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
    CHECK(audit.list(t.admin, {{}, {}, {}, today.addDays(1), {}})->entries.isEmpty());
    CHECK(audit.list(t.admin, {{}, QStringLiteral("dossier"), {}, today, today})->entries.size() == 4);

    // Paging walks the whole trail once.
    int seen = 0;
    qint64 before = 0;
    do {
        auto page = audit.list(t.admin, {}, before, 50);
        REQUIRE(page.has_value());
        seen += int(page->entries.size());
        before = page->nextBefore;
    } while (before > 0);
    CHECK(seen == *t.store->log().count());

    // Someone edits an event on disk: the audit check says which one.
    const QString victim = byRecord->entries.last().event.id;
    auto st = t.store->db().prepare(QStringLiteral("UPDATE events SET actor = ?2 WHERE id = ?1"));
    REQUIRE(st.has_value());
    st->bind(1, victim).bind(2, leader.userId);
    REQUIRE(st->exec().has_value());
    auto report = audit.verifyChains(t.admin);
    REQUIRE(report.has_value());
    CHECK_FALSE(report->ok());
    REQUIRE_FALSE(report->chainProblems.isEmpty());
    CHECK(report->chainProblems.first().eventId == victim);
    CHECK(report->chainProblems.first().device == t.store->deviceId());
}

#include "core/store/eventlog.h"
#include "core/store/projector.h"

#include <QJsonArray>
#include <QSet>

TEST_CASE("A device has one name everywhere: the tag its dossier codes show", "[audit][device]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = QStringLiteral("Hồ Thị Xuân");
    auto d = dossiers.receive(t.admin, r);
    REQUIRE(d.has_value());
    const QString tag = t.store->deviceTag();
    REQUIRE(tag.size() == 5);
    CHECK(d->code.contains(u'.' + tag + u'-'));
    CHECK(t.store->deviceName(t.store->deviceId()) == tag);

    // Events of two other counters, as sync will bring them: one received a dossier, one only created an account.
    const QString counterB = QStringLiteral("0199a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b");
    const QString counterC = QStringLiteral("0199a3c4-aaaa-7bbb-8ccc-dddddddddddd");
    {
        auto hlc = EventLog::maxHlc(t.store->db());
        REQUIRE(hlc.has_value());
        Db::Transaction tx(t.store->db());
        REQUIRE(tx.isActive());
        Projector projector(t.store->db());
        EventLog b(t.store->db(), counterB, *hlc);
        const QJsonObject received{
            {QStringLiteral("code"), QStringLiteral("00004.QW7RT-261102-0001")},
            {QStringLiteral("code_provisional"), true},
            {QStringLiteral("procedure_code"), QStringLiteral("1.001193")},
            {QStringLiteral("procedure_name"), d->procedureName},
            {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Lý Văn Phúc")}}},
            {QStringLiteral("channel"), QStringLiteral("direct")},
            {QStringLiteral("received_at"), QStringLiteral("2026-11-02T02:00:00Z")},
            {QStringLiteral("due_at"), QStringLiteral("2026-11-03T10:00:00Z")},
            {QStringLiteral("due_unit_assumed"), false},
            {QStringLiteral("time_unit"), QStringLiteral("working_days")},
            {QStringLiteral("papers"), QJsonArray()}};
        auto e = b.append({QStringLiteral("dossier"), QStringLiteral("0199a3c4-0000-7000-8000-000000000001"),
                           EventType::DossierReceived, received},
                          t.admin.userId);
        REQUIRE(e.has_value());
        REQUIRE(projector.apply(*e).has_value());
        EventLog c(t.store->db(), counterC, *hlc + 1000);
        auto u = c.append({QStringLiteral("user"), QStringLiteral("0199a3c4-0000-7000-8000-000000000002"),
                           EventType::UserUpdated,
                           QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Trần Thị Bình")},
                                       {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}},
                                       {QStringLiteral("active"), true}}},
                          t.admin.userId);
        REQUIRE(u.has_value());
        REQUIRE(tx.commit().has_value());
    }
    CHECK(t.store->deviceName(counterB) == QStringLiteral("QW7RT"));
    CHECK(t.store->deviceName(counterC) == counterC.left(8)); // issued no dossier here: no tag known

    AuditService audit(*t.store);
    auto all = audit.list(t.admin, {});
    REQUIRE(all.has_value());
    QSet<QString> names;
    for (const AuditEntry &e : all->entries) {
        INFO(e.event.type.toStdString());
        CHECK(e.deviceName == t.store->deviceName(e.event.device));
        names.insert(e.deviceName);
    }
    CHECK(names == QSet<QString>{tag, QStringLiteral("QW7RT"), counterC.left(8)});
    CHECK(audit.deviceName(counterB) == QStringLiteral("QW7RT"));

    // A projection like the others: rebuilt from the log to the same rows.
    const QByteArray before = *t.store->exportCanonical();
    REQUIRE(t.store->rebuild().has_value());
    CHECK(*t.store->exportCanonical() == before);
    CHECK(t.store->deviceName(counterB) == QStringLiteral("QW7RT"));
}
