#include "core/services/authservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

using namespace MotCua;
using namespace MotCua::Test;

TEST_CASE("Anyone who views dossiers can list the active colleagues to hand a dossier to", "[auth][colleagues]")
{
    TempStore t;
    AuthService auth(*t.store);
    const Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    REQUIRE(auth.createUser(t.admin, {QStringLiteral("vana"),
                                      QStringLiteral("Vũ Văn An"),
                                      QStringLiteral("password-of-vana"),
                                      {Role::Specialist},
                                      QStringLiteral("Tư pháp - Hộ tịch"),
                                      false})
                .has_value());
    REQUIRE(auth.createUser(t.admin, {QStringLiteral("dinhb"),
                                      QStringLiteral("Đinh Thị Bình"),
                                      QStringLiteral("password-of-dinhb"),
                                      {Role::Leader},
                                      {},
                                      false})
                .has_value());
    REQUIRE(auth.createUser(t.admin, {QStringLiteral("cuong"),
                                      QStringLiteral("Nguyễn Cường"),
                                      QStringLiteral("password-of-cuong"),
                                      {Role::Specialist},
                                      {},
                                      false})
                .has_value());

    // A receptionist may not list accounts, but may list colleagues.
    CHECK(auth.listUsers(receptionist).error().code == Error::Code::Forbidden);
    auto colleagues = auth.listColleagues(receptionist);
    REQUIRE(colleagues.has_value());
    QStringList usernames;
    for (const User &u : *colleagues)
        usernames.append(u.username);
    CHECK(usernames.size() == 5); // admin, tiepnhan, vana, dinhb, cuong
    // Ordered by full name in Vietnamese order: "Đinh" comes after "D" and before "N", "Vũ" last.
    const qsizetype dinh = usernames.indexOf(QStringLiteral("dinhb"));
    const qsizetype cuong = usernames.indexOf(QStringLiteral("cuong"));
    const qsizetype vana = usernames.indexOf(QStringLiteral("vana"));
    CHECK(dinh < cuong);
    CHECK(cuong < vana);
    const User &an = colleagues->at(vana);
    CHECK(an.fullName == QStringLiteral("Vũ Văn An"));
    CHECK(an.roles == QList<Role>{Role::Specialist});
    CHECK(an.department == QStringLiteral("Tư pháp - Hộ tịch"));
    CHECK_FALSE(an.id.isEmpty());
    CHECK(colleagues->at(dinh).roles == QList<Role>{Role::Leader});

    SECTION("disabled accounts are left out")
    {
        auto st = t.store->db().prepare(QStringLiteral("UPDATE users SET active = 0 WHERE username = ?1"));
        REQUIRE(st.has_value());
        st->bind(1, QStringLiteral("cuong"));
        st->next();
        REQUIRE_FALSE(st->failed());
        auto again = auth.listColleagues(receptionist);
        REQUIRE(again.has_value());
        CHECK(again->size() == 4);
        for (const User &u : *again)
            CHECK(u.username != QStringLiteral("cuong"));
        // The administrator's list still shows every account.
        auto all = auth.listUsers(t.admin);
        REQUIRE(all.has_value());
        CHECK(all->size() == 5);
    }

    SECTION("a person without a role that views dossiers is refused")
    {
        Session nobody = receptionist;
        nobody.roles.clear();
        CHECK(auth.listColleagues(nobody).error().code == Error::Code::Forbidden);
    }
}
