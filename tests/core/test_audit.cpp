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
