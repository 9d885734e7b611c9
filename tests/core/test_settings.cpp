#include "core/services/settingsservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

using namespace MotCua;
using namespace MotCua::Test;

TEST_CASE("Office details and local settings: administrators only, validated, kept across restarts", "[settings]")
{
    TempStore t;
    SettingsService settings(*t.store);
    const Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    CHECK(settings.office()->address.isEmpty());
    CHECK(settings.setOffice(receptionist, {}).error().code == Error::Code::Forbidden);
    CHECK(settings.setOffice(t.admin, {{}, {}, QStringLiteral("abc"), {}}).error().field == QStringLiteral("hotline"));
    REQUIRE(settings
                .setOffice(t.admin, {QStringLiteral("Trung tâm Phục vụ hành chính công phường Ba Đình"),
                                     QStringLiteral("Số 25 Liễu Giai, phường Ba Đình, Hà Nội"),
                                     QStringLiteral("024 3823 0000"),
                                     {}})
                .has_value());
    CHECK(settings.local()->idleLockMinutes == 10);
    CHECK(settings.setLocal(t.admin, {QStringLiteral("/media/usb"), 0, 17, 10}).error().field ==
          QStringLiteral("backup_keep"));
    REQUIRE(settings.setLocal(t.admin, {QStringLiteral("/media/usb/motcua"), 30, 16, 5}).has_value());
    t.reopen();
    SettingsService again(*t.store);
    CHECK(again.office()->hotline == QStringLiteral("024 3823 0000"));
    CHECK(again.local()->backupFolder == QStringLiteral("/media/usb/motcua"));
    CHECK(again.local()->idleLockMinutes == 5);
    CHECK(again.local()->backupKeep == 30);
}
