#include "tests/support/tempstore.h"

#include "core/services/authservice.h"
#include "core/services/setupservice.h"

#include <catch2/catch.hpp>

namespace MotCua::Test
{

TempStore::TempStore(bool initialise)
{
    REQUIRE(dir.isValid());
    auto opened = Store::open(dir.path());
    REQUIRE(opened.has_value());
    store = std::move(opened.value());
    if (initialise) {
        auto setup = SetupService(*store).initialise(
            {kCommune, QStringLiteral("admin"), kAdminPassword, QStringLiteral("Trần Thị Quản Trị")});
        REQUIRE(setup.has_value());
        auto session = AuthService(*store).authenticate(QStringLiteral("admin"), kAdminPassword);
        REQUIRE(session.has_value());
        admin = *session;
    }
}

void TempStore::reopen()
{
    store.reset();
    auto opened = Store::open(dir.path(), false);
    REQUIRE(opened.has_value());
    store = std::move(opened.value());
}

Session TempStore::createUser(const QString &username, QList<Role> roles)
{
    AuthService auth(*store);
    auto u = auth.createUser(admin, {username, username, QStringLiteral("password-of-") + username, roles, {}, false});
    REQUIRE(u.has_value());
    auto s = auth.authenticate(username, QStringLiteral("password-of-") + username);
    REQUIRE(s.has_value());
    return *s;
}

} // namespace MotCua::Test
