#include "core/services/authservice.h"
#include "core/services/calendarservice.h"
#include "core/services/dossierservice.h"
#include "core/services/setupservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

using namespace MotCua;
using namespace MotCua::Test;

TEST_CASE("Lockout: five wrong passwords lock the name, with a doubling back-off", "[auth][lockout]")
{
    TempStore t;
    t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    AuthService auth(*t.store);
    QDateTime clock = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    auth.setClock([&clock] { return clock; });

    for (int i = 0; i < AuthService::kFreeAttempts - 1; ++i)
        CHECK(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("wrong")).error().message ==
              QStringLiteral("wrong user name or password"));
    CHECK_FALSE(auth.lockedUntil(QStringLiteral("tiepnhan"))->has_value());
    // The fifth failure locks for 60 s.
    CHECK_FALSE(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("wrong")).has_value());
    REQUIRE(auth.lockedUntil(QStringLiteral("tiepnhan"))->has_value());
    CHECK(**auth.lockedUntil(QStringLiteral("tiepnhan")) == clock.addSecs(60));
    // Even the right password is refused while locked, with a message that says so.
    auto locked = auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("password-of-tiepnhan"));
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().field == QStringLiteral("locked"));
    CHECK(locked.error().message.contains(QStringLiteral("1 more minute")));

    // After the lock, another failure locks for 120 s, then 240 s...
    clock = clock.addSecs(61);
    CHECK_FALSE(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("wrong")).has_value());
    CHECK(**auth.lockedUntil(QStringLiteral("tiepnhan")) == clock.addSecs(120));
    clock = clock.addSecs(121);
    CHECK_FALSE(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("wrong")).has_value());
    CHECK(**auth.lockedUntil(QStringLiteral("tiepnhan")) == clock.addSecs(240));
    // ... never more than an hour.
    for (int i = 0; i < 10; ++i) {
        clock = clock.addSecs(AuthService::kMaxLockSeconds + 1);
        CHECK_FALSE(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("wrong")).has_value());
    }
    CHECK(**auth.lockedUntil(QStringLiteral("tiepnhan")) == clock.addSecs(AuthService::kMaxLockSeconds));

    // Once the lock has passed, the right password works and clears the count.
    clock = clock.addSecs(AuthService::kMaxLockSeconds + 1);
    REQUIRE(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("password-of-tiepnhan")).has_value());
    CHECK_FALSE(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("wrong")).has_value());
    CHECK_FALSE(auth.lockedUntil(QStringLiteral("tiepnhan"))->has_value());
    // Another person at the same counter is not affected.
    CHECK(auth.authenticate(QStringLiteral("admin"), kAdminPassword).has_value());
}

TEST_CASE("Temporary passwords must be changed, and changes are events", "[auth]")
{
    TempStore t;
    AuthService auth(*t.store);
    REQUIRE(auth.createUser(t.admin, {QStringLiteral("chuyenvien"),
                                      QStringLiteral("Đỗ Văn Chuyên"),
                                      QStringLiteral("tam thoi 123"),
                                      {Role::Specialist},
                                      QStringLiteral("Văn phòng"),
                                      true})
                .has_value());
    auto first = auth.authenticate(QStringLiteral("chuyenvien"), QStringLiteral("tam thoi 123"));
    REQUIRE(first.has_value());
    CHECK(first->mustChangePassword);
    CHECK(auth.changePassword(*first, QStringLiteral("not it"), QStringLiteral("hoa sen trong dam")).error().field ==
          QStringLiteral("old_password"));
    CHECK(auth.changePassword(*first, QStringLiteral("tam thoi 123"), QStringLiteral("short")).error().field ==
          QStringLiteral("password"));
    REQUIRE(
        auth.changePassword(*first, QStringLiteral("tam thoi 123"), QStringLiteral("hoa sen trong dam")).has_value());
    CHECK_FALSE(auth.authenticate(QStringLiteral("chuyenvien"), QStringLiteral("tam thoi 123")).has_value());
    auto again = auth.authenticate(QStringLiteral("chuyenvien"), QStringLiteral("hoa sen trong dam"));
    REQUIRE(again.has_value());
    CHECK_FALSE(again->mustChangePassword);

    // An administrator resets it: temporary again.
    CHECK(auth.resetPassword(*again, QStringLiteral("admin"), QStringLiteral("hijack 12345")).error().code ==
          Error::Code::Forbidden);
    REQUIRE(auth.resetPassword(t.admin, QStringLiteral("chuyenvien"), QStringLiteral("reset pass 1")).has_value());
    CHECK(auth.authenticate(QStringLiteral("chuyenvien"), QStringLiteral("reset pass 1"))->mustChangePassword);

    // All of it survives a rebuild from the log.
    const QByteArray before = *t.store->exportCanonical();
    REQUIRE(t.store->rebuild().has_value());
    CHECK(*t.store->exportCanonical() == before);
}

TEST_CASE("Administrators change roles and disable accounts, but never remove the last administrator", "[auth]")
{
    TempStore t;
    AuthService auth(*t.store);
    t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    auto u = auth.updateUser(
        t.admin, QStringLiteral("tiepnhan"),
        {std::nullopt, QList<Role>{Role::Receptionist, Role::Clerk}, QStringLiteral("Một cửa"), std::nullopt});
    REQUIRE(u.has_value());
    CHECK(u->roles == QList<Role>{Role::Receptionist, Role::Clerk});
    auto s = auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("password-of-tiepnhan"));
    REQUIRE(s.has_value());
    CHECK(s->hasRole(Role::Clerk));
    REQUIRE(auth.updateUser(t.admin, QStringLiteral("tiepnhan"), {std::nullopt, std::nullopt, std::nullopt, false})
                .has_value());
    CHECK(auth.authenticate(QStringLiteral("tiepnhan"), QStringLiteral("password-of-tiepnhan")).error().field ==
          QStringLiteral("disabled"));

    auto last = auth.updateUser(t.admin, QStringLiteral("admin"),
                                {std::nullopt, QList<Role>{Role::Leader}, std::nullopt, std::nullopt});
    REQUIRE_FALSE(last.has_value());
    CHECK(last.error().code == Error::Code::Conflict);
    CHECK(last.error().field == QStringLiteral("last_admin"));
    CHECK_FALSE(auth.updateUser(t.admin, QStringLiteral("admin"), {std::nullopt, std::nullopt, std::nullopt, false})
                    .has_value());
    t.createUser(QStringLiteral("admin2"), {Role::Admin});
    CHECK(auth.updateUser(t.admin, QStringLiteral("admin"),
                          {std::nullopt, QList<Role>{Role::Leader}, std::nullopt, std::nullopt})
              .has_value());
    CHECK(auth.updateUser(*s, QStringLiteral("admin2"), {}).error().code == Error::Code::Forbidden);
    CHECK(auth.updateUser(t.admin, QStringLiteral("nobody"), {}).error().code == Error::Code::NotFound);
}

TEST_CASE("The permission matrix: every role against every command, in the core services", "[auth][permissions]")
{
    TempStore t;
    const QMap<Role, Session> sessions = {
        {Role::Receptionist, t.createUser(QStringLiteral("tn"), {Role::Receptionist})},
        {Role::Specialist, t.createUser(QStringLiteral("cv"), {Role::Specialist})},
        {Role::Leader, t.createUser(QStringLiteral("ld"), {Role::Leader})},
        {Role::Clerk, t.createUser(QStringLiteral("vt"), {Role::Clerk})},
        {Role::Admin, t.admin},
    };
    // Which roles may run each command. (Approving and stopping are for leaders; returning results for the desk.)
    const QStringList R{QStringLiteral("receptionist")}, S{QStringLiteral("specialist")}, L{QStringLiteral("leader")},
        A{QStringLiteral("admin")};
    const QMap<QString, QStringList> expected = {
        {QStringLiteral("receive"), R + A},
        {QStringLiteral("view"), R + S + L + QStringList{QStringLiteral("clerk")} + A},
        {QStringLiteral("transfer"), R + S + L + A},
        {QStringLiteral("request-supplement"), S + L + A},
        {QStringLiteral("supplement-received"), R + A},
        {QStringLiteral("refuse"), R + A},
        {QStringLiteral("reject"), S + L + A},
        {QStringLiteral("approve"), L + A},
        {QStringLiteral("finish"), S + L + A},
        {QStringLiteral("return"), R + A},
        {QStringLiteral("withdraw"), R + A},
        {QStringLiteral("stop"), L + A},
        {QStringLiteral("apologize"), S + L + A},
        {QStringLiteral("create-user"), A},
        {QStringLiteral("list-users"), A},
        {QStringLiteral("reset-password"), A},
        {QStringLiteral("update-user"), A},
        {QStringLiteral("rebuild"), A},
        {QStringLiteral("verify"), A},
        {QStringLiteral("export"), A},
        {QStringLiteral("publish-holidays"), A},
    };
    DossierService dossiers(*t.store);
    AuthService auth(*t.store);
    MaintenanceService maintenance(*t.store);
    CalendarService calendar(*t.store);
    int n = 0;
    auto forbidden = [](const Error &e) { return e.code == Error::Code::Forbidden; };
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        const Session &s = it.value();
        const QString role = roleKey(it.key());
        for (auto cmd = expected.cbegin(); cmd != expected.cend(); ++cmd) {
            const QString &name = cmd.key();
            bool refused = false;
            if (name == QLatin1String("receive")) {
                ReceiveRequest r;
                r.procedureCode = QStringLiteral("1.001193");
                r.applicantName = QStringLiteral("Người Thử");
                auto x = dossiers.receive(s, r);
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("view")) {
                auto x = dossiers.count(s, {});
                refused = !x && forbidden(x.error());
            } else if (const auto action = dossierActionFromKey(name)) {
                // The permission check comes before anything else: a missing dossier tells allowed from refused.
                DossierActionRequest r;
                r.action = *action;
                r.code = QStringLiteral("00004.NONE0-260101-0001");
                auto x = dossiers.act(s, r);
                REQUIRE_FALSE(x.has_value());
                refused = forbidden(x.error());
            } else if (name == QLatin1String("create-user")) {
                auto x = auth.createUser(s, {QStringLiteral("new") + role,
                                             QStringLiteral("N"),
                                             QStringLiteral("long enough pw"),
                                             {Role::Clerk},
                                             {},
                                             false});
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("list-users")) {
                auto x = auth.listUsers(s);
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("reset-password")) {
                auto x = auth.resetPassword(s, QStringLiteral("vt"), QStringLiteral("password-of-vt"));
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("update-user")) {
                auto x = auth.updateUser(s, QStringLiteral("vt"), {});
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("rebuild")) {
                auto x = maintenance.rebuild(s);
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("verify")) {
                auto x = maintenance.verify(s);
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("export")) {
                auto x = maintenance.exportCanonical(s);
                refused = !x && forbidden(x.error());
            } else if (name == QLatin1String("publish-holidays")) {
                auto x = calendar.publish(s, {2030, QStringLiteral("test"), {}});
                refused = !x && forbidden(x.error());
            }
            INFO(role.toStdString() << " -> " << name.toStdString());
            CHECK(refused == !cmd.value().contains(role));
            ++n;
        }
    }
    CHECK(n == 5 * 21);
}
