#include "core/services/dossierservice.h"
#include "core/services/setupservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
ReceiveRequest birthRegistration(const QString &name)
{
    // A different citizen each time: the same citizen and procedure twice would be a duplicate.
    static int serial = 0;
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = name;
    r.citizenId = QStringLiteral("001090%1").arg(++serial, 6, 10, QLatin1Char('0'));
    r.phone = QStringLiteral("0912345678");
    r.address = QStringLiteral("12 Phố Đội Cấn, Phường Ba Đình, Hà Nội");
    return r;
}

qint64 count(Store &s, const char *sql)
{
    auto n = s.db().scalarInt(QString::fromLatin1(sql));
    REQUIRE(n.has_value());
    return *n;
}
} // namespace

TEST_CASE("Every event is chained per device and carries id, clock, actor and device", "[eventlog]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    REQUIRE(dossiers.receive(t.admin, birthRegistration(QStringLiteral("Nguyễn Văn An"))).has_value());

    QList<Event> all;
    REQUIRE(t.store->log()
                .forEach([&](const Event &e) -> Result<void> {
                    all.append(e);
                    return {};
                })
                .has_value());
    REQUIRE(all.size() == 1 + 147 + 1); // admin, catalog, dossier
    qint64 lastHlc = 0;
    for (const Event &e : all) {
        CHECK(e.device == t.store->deviceId());
        CHECK(e.hlc > lastHlc);
        lastHlc = e.hlc;
        CHECK(e.hash == e.computeHash());
        CHECK(e.actor == t.admin.userId);
    }
    // The chain links in device order.
    CHECK(all.first().prevHash.isEmpty());
    for (int i = 1; i < all.size(); ++i)
        CHECK(all.at(i).prevHash == all.at(i - 1).hash);
}

TEST_CASE("A command commits its event and projection rows together or not at all", "[eventlog]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    const qint64 eventsBefore = count(*t.store, "SELECT count(*) FROM events");

    // Make the projection write fail after the event was appended, inside the same transaction.
    REQUIRE(t.store->db()
                .execScript("CREATE TEMP TRIGGER fail_dossier BEFORE INSERT ON dossiers BEGIN SELECT RAISE(ABORT, "
                            "'injected failure'); END;")
                .has_value());
    auto failed = dossiers.receive(t.admin, birthRegistration(QStringLiteral("Lê Thị Bình")));
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message.contains(QStringLiteral("injected failure")));
    CHECK(count(*t.store, "SELECT count(*) FROM events") == eventsBefore);
    CHECK(count(*t.store, "SELECT count(*) FROM dossiers") == 0);
    CHECK(count(*t.store, "SELECT count(*) FROM applicants") == 0);
    CHECK(count(*t.store, "SELECT device_seq FROM device_heads") == eventsBefore);

    REQUIRE(t.store->db().execScript("DROP TRIGGER fail_dossier;").has_value());
    REQUIRE(dossiers.receive(t.admin, birthRegistration(QStringLiteral("Lê Thị Bình"))).has_value());
    CHECK(count(*t.store, "SELECT count(*) FROM events") == eventsBefore + 1);
    CHECK(count(*t.store, "SELECT count(*) FROM dossiers") == 1);
    auto report = t.store->verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());
}

TEST_CASE("verify detects an edited, a deleted and a truncated event and names it", "[eventlog]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    for (const char *name : {"Phạm Minh Châu", "Hoàng Thị Dung", "Vũ Văn Em"})
        REQUIRE(dossiers.receive(t.admin, birthRegistration(QString::fromUtf8(name))).has_value());
    auto clean = t.store->verify();
    REQUIRE(clean.has_value());
    REQUIRE(clean->ok());

    auto idOf = [&](const char *where) {
        auto st = t.store->db().prepare(QStringLiteral("SELECT id FROM events WHERE ") + QString::fromLatin1(where));
        REQUIRE(st.has_value());
        REQUIRE(st->next());
        return st->text(0);
    };

    SECTION("edited payload")
    {
        const QString victim = idOf("type = 'DossierReceived' ORDER BY device_seq LIMIT 1 OFFSET 1");
        auto st = t.store->db().prepare(QStringLiteral(
            "UPDATE events SET payload = replace(payload, 'Hoàng Thị Dung', 'Hoàng Thị Dũng') WHERE id = ?1"));
        REQUIRE(st.has_value());
        st->bind(1, victim);
        REQUIRE(st->exec().has_value());
        REQUIRE(t.store->db().changes() == 1);
        auto report = t.store->verify();
        REQUIRE(report.has_value());
        CHECK_FALSE(report->ok());
        REQUIRE_FALSE(report->chainProblems.isEmpty());
        CHECK(report->chainProblems.first().eventId == victim);
        CHECK(report->chainProblems.first().kind == ChainProblem::Kind::HashMismatch);
    }
    SECTION("deleted event in the middle")
    {
        const QString victim = idOf("device_seq = 50");
        const QString next = idOf("device_seq = 51");
        auto st = t.store->db().prepare(QStringLiteral("DELETE FROM events WHERE id = ?1"));
        REQUIRE(st.has_value());
        st->bind(1, victim);
        REQUIRE(st->exec().has_value());
        auto report = t.store->verify();
        REQUIRE(report.has_value());
        CHECK_FALSE(report->ok());
        REQUIRE_FALSE(report->chainProblems.isEmpty());
        CHECK(report->chainProblems.first().kind == ChainProblem::Kind::Gap);
        CHECK(report->chainProblems.first().eventId == next);
        CHECK(report->chainProblems.first().detail.contains(QStringLiteral("50")));
    }
    SECTION("last event deleted")
    {
        REQUIRE(t.store->db().execScript("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events);").has_value());
        auto report = t.store->verify();
        REQUIRE(report.has_value());
        CHECK_FALSE(report->ok());
        REQUIRE(report->chainProblems.size() == 1);
        CHECK(report->chainProblems.first().kind == ChainProblem::Kind::HeadMismatch);
    }
    SECTION("a projection edited behind the log's back")
    {
        REQUIRE(
            t.store->db()
                .execScript(
                    "UPDATE dossiers SET applicant_name = 'Someone Else' WHERE id = (SELECT min(id) FROM dossiers);")
                .has_value());
        auto report = t.store->verify();
        REQUIRE(report.has_value());
        CHECK(report->chainProblems.isEmpty());
        CHECK_FALSE(report->projectionsMatch);
        CHECK(report->projectionDiffs.contains(QStringLiteral("dossiers")));
        // verify() rolled its rebuild back: the edited row is still there for a person to look at.
        CHECK(count(*t.store, "SELECT count(*) FROM dossiers WHERE applicant_name = 'Someone Else'") == 1);
        // rebuild repairs it.
        REQUIRE(t.store->rebuild().has_value());
        CHECK(t.store->verify()->ok());
    }
}

TEST_CASE("rebuild gives a byte-identical canonical export", "[eventlog]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    for (int i = 0; i < 20; ++i) {
        ReceiveRequest r = birthRegistration(QStringLiteral("Đỗ Thị Hạnh %1").arg(QChar(u'A' + i)));
        r.citizenId = QStringLiteral("0011950%1").arg(10000 + i);
        REQUIRE(dossiers.receive(t.admin, r).has_value());
    }
    auto before = t.store->exportCanonical();
    REQUIRE(before.has_value());
    // users, procedures, applicants, dossiers, this device's tag, and the search documents of procedures, applicants
    // and dossiers.
    CHECK(before->count('\n') == 1 + 147 + 20 + 20 + 1 + (147 + 20 + 20));
    REQUIRE(t.store->rebuild().has_value());
    auto after = t.store->exportCanonical();
    REQUIRE(after.has_value());
    CHECK(*after == *before);

    SECTION("and the same after a restart")
    {
        t.reopen();
        auto reopened = t.store->exportCanonical();
        REQUIRE(reopened.has_value());
        CHECK(*reopened == *before);
    }
}

TEST_CASE("Events survive a restart and new ones continue the same chain", "[eventlog]")
{
    TempStore t;
    REQUIRE(DossierService(*t.store).receive(t.admin, birthRegistration(QStringLiteral("Ngô Văn Giang"))).has_value());
    const QString device = t.store->deviceId();
    t.reopen();
    CHECK(t.store->deviceId() == device);
    CHECK(t.store->communeCode() == kCommune);
    REQUIRE(DossierService(*t.store).receive(t.admin, birthRegistration(QStringLiteral("Ngô Văn Giang"))).has_value());
    auto report = t.store->verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());
    CHECK(report->events == 1 + 147 + 2);
    CHECK(report->devices == 1);
}
