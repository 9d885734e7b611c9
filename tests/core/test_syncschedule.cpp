// When the window syncs by itself (issue 11): the interval, exponential backoff with full jitter after passing faults,
// quiet hours in Vietnam time, and a parked refusal that is never retried automatically. The random source and the
// clock are injected, so every number here is exact.
#include <catch2/catch.hpp>

#include "core/domain/ids.h"
#include "core/services/settingsservice.h"
#include "core/sync/syncschedule.h"
#include "tests/support/tempstore.h"

#include <QTimeZone>

using namespace MotCua;
using namespace std::chrono_literals;

namespace
{
// A clock the test moves, and a random source that returns what the test says.
struct Fixed
{
    QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Time::vietnam()).toUTC();
    double random = 1.0;
    QList<double> drawn;
    SyncSchedule schedule(SyncSchedule::Settings settings = {})
    {
        return SyncSchedule(
            settings,
            [this] {
                drawn.append(random);
                return random;
            },
            [this] { return now; });
    }
};

QDateTime vietnam(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), Time::vietnam()).toUTC();
}
} // namespace

TEST_CASE("The schedule runs every interval while the line is good", "[sync][schedule]")
{
    Fixed f;
    SyncSchedule s = f.schedule();
    CHECK(s.settings().interval == 5min); // the default
    CHECK(s.nextDelay() == std::chrono::milliseconds(5min));
    s.succeeded();
    CHECK(s.nextDelay() == std::chrono::milliseconds(5min));
    CHECK(f.drawn.isEmpty()); // no jitter without failures

    SyncSchedule::Settings every15;
    every15.interval = 15min;
    s.setSettings(every15);
    CHECK(s.nextDelay() == std::chrono::milliseconds(15min));
    CHECK(s.mayRunNow());
}

TEST_CASE("After passing faults the wait is random up to a doubling ceiling, capped at 15 minutes, reset on success",
          "[sync][schedule]")
{
    SECTION("the ceilings: 2 s, 4 s, 8 s ... up to the cap from the tenth retry")
    {
        CHECK(SyncSchedule::backoffCeiling(0) == 2s);
        CHECK(SyncSchedule::backoffCeiling(1) == 4s);
        CHECK(SyncSchedule::backoffCeiling(2) == 8s);
        CHECK(SyncSchedule::backoffCeiling(8) == 512s);
        CHECK(SyncSchedule::backoffCeiling(9) == 15min); // 1024 s would pass the cap
        CHECK(SyncSchedule::backoffCeiling(60) == 15min);
        CHECK(SyncSchedule::backoffCeiling(-1) == 2s);
    }

    SECTION("full jitter: the random draw scales the whole ceiling, from 0 to all of it")
    {
        Fixed f;
        SyncSchedule s = f.schedule();
        s.failedTransiently();
        CHECK(s.failures() == 1);
        f.random = 1.0;
        CHECK(s.nextDelay() == 2s);
        f.random = 0.0;
        CHECK(s.nextDelay() == 0ms);
        f.random = 0.25;
        CHECK(s.nextDelay() == 500ms);
        s.failedTransiently();
        s.failedTransiently();
        CHECK(s.failures() == 3);
        f.random = 0.5;
        CHECK(s.nextDelay() == 4s); // half of 8 s
        for (int i = 0; i < 40; ++i)
            s.failedTransiently();
        f.random = 1.0;
        CHECK(s.nextDelay() == 15min);
        f.random = 0.1;
        CHECK(s.nextDelay() == 90s);
        CHECK(f.drawn.size() == 6);
        // A draw out of range (a broken source) stays inside [0, ceiling].
        f.random = 7.0;
        CHECK(s.nextDelay() == 15min);
        f.random = -1.0;
        CHECK(s.nextDelay() == 0ms);
    }

    SECTION("a success resets the count: the interval again, and the next failure starts from 2 s")
    {
        Fixed f;
        SyncSchedule s = f.schedule();
        for (int i = 0; i < 5; ++i)
            s.failedTransiently();
        s.succeeded();
        CHECK(s.failures() == 0);
        CHECK(s.nextDelay() == 5min);
        s.failedTransiently();
        f.random = 1.0;
        CHECK(s.nextDelay() == 2s);
    }

    SECTION("the real random source stays within the ceiling")
    {
        SyncSchedule s;
        for (int i = 0; i < 4; ++i)
            s.failedTransiently();
        for (int i = 0; i < 200; ++i) {
            const auto wait = s.nextDelay();
            REQUIRE(wait.has_value());
            CHECK(*wait >= 0ms);
            CHECK(*wait <= 16s);
        }
    }
}

TEST_CASE("A change to the store starts a run shortly, only while the last run went well", "[sync][schedule]")
{
    Fixed f;
    SyncSchedule s = f.schedule();
    CHECK(s.changeDelay() == SyncSchedule::kChangeDelay);
    CHECK(SyncSchedule::kChangeDelay == 3s);
    s.failedTransiently();
    CHECK_FALSE(s.changeDelay().has_value()); // the backoff decides while the line is down
    s.succeeded();
    CHECK(s.changeDelay() == 3s);
    s.parked();
    CHECK_FALSE(s.changeDelay().has_value());
}

TEST_CASE("A parked refusal is never retried automatically, until a run by a person lifts it", "[sync][schedule]")
{
    Fixed f;
    SyncSchedule s = f.schedule();
    s.parked();
    CHECK(s.isParked());
    CHECK_FALSE(s.nextDelay().has_value());
    CHECK_FALSE(s.mayRunNow());
    s.failedTransiently();
    CHECK_FALSE(s.nextDelay().has_value()); // still parked whatever else happens
    s.unparked();
    CHECK(s.nextDelay().has_value());
    CHECK(s.mayRunNow());
}

TEST_CASE("Quiet hours in Vietnam time: no automatic run starts in them, the next one waits for their end",
          "[sync][schedule]")
{
    Fixed f;
    SyncSchedule::Settings quiet;
    quiet.quietHours = true; // 22:00-06:00 by default
    SyncSchedule s = f.schedule(quiet);
    CHECK(quiet.quietFrom == QTime(22, 0));
    CHECK(quiet.quietUntil == QTime(6, 0));

    SECTION("off by default")
    {
        SyncSchedule plain = f.schedule();
        CHECK_FALSE(plain.inQuietHours(vietnam(1, 23)));
    }

    SECTION("across midnight, in Vietnam time whatever the UTC date says")
    {
        CHECK_FALSE(s.inQuietHours(vietnam(1, 21, 59)));
        CHECK(s.inQuietHours(vietnam(1, 22, 0)));
        CHECK(s.inQuietHours(vietnam(2, 0, 30))); // 17:30 UTC of the day before
        CHECK(s.inQuietHours(vietnam(2, 5, 59)));
        CHECK_FALSE(s.inQuietHours(vietnam(2, 6, 0)));
        CHECK(s.quietHoursEnd(vietnam(1, 23)) == vietnam(2, 6));
        CHECK(s.quietHoursEnd(vietnam(2, 3)) == vietnam(2, 6));
        CHECK(s.quietHoursEnd(vietnam(2, 10)) == vietnam(2, 10)); // not quiet: now
    }

    SECTION("a window inside one day")
    {
        SyncSchedule::Settings lunch;
        lunch.quietHours = true;
        lunch.quietFrom = QTime(11, 30);
        lunch.quietUntil = QTime(13, 30);
        SyncSchedule l = f.schedule(lunch);
        CHECK_FALSE(l.inQuietHours(vietnam(1, 11, 29)));
        CHECK(l.inQuietHours(vietnam(1, 12, 0)));
        CHECK_FALSE(l.inQuietHours(vietnam(1, 13, 30)));
        CHECK(l.quietHoursEnd(vietnam(1, 12)) == vietnam(1, 13, 30));
    }

    SECTION("a run due in the quiet hours waits for their end; none starts now, changes wait too")
    {
        f.now = vietnam(1, 21, 58);
        CHECK(s.mayRunNow());
        CHECK(s.nextDelay() == std::chrono::milliseconds(8h + 2min)); // 21:58 + 5 min is quiet: 06:00
        CHECK(s.changeDelay() == 3s);                                 // 21:58:03 is not
        f.now = vietnam(1, 21, 59, 58);
        CHECK_FALSE(s.changeDelay().has_value()); // 22:00:01 is
        f.now = vietnam(1, 23);
        CHECK_FALSE(s.mayRunNow());
        f.now = vietnam(2, 5, 58);
        CHECK_FALSE(s.mayRunNow());
        CHECK(s.nextDelay() == 5min); // 06:03 is after them
        f.now = vietnam(2, 6);
        CHECK(s.mayRunNow());
        CHECK(s.nextDelay() == 5min);
    }

    SECTION("the backoff too")
    {
        s.failedTransiently();
        f.random = 1.0;
        f.now = vietnam(1, 21, 59);
        CHECK(s.nextDelay() == 2s); // 21:59:02
        f.now = vietnam(1, 22, 30);
        CHECK(s.nextDelay() == std::chrono::milliseconds(7h + 30min));
    }

    SECTION("the same start and end is no quiet hours")
    {
        SyncSchedule::Settings none;
        none.quietHours = true;
        none.quietFrom = QTime(22, 0);
        none.quietUntil = QTime(22, 0);
        CHECK_FALSE(f.schedule(none).inQuietHours(vietnam(1, 22)));
    }
}

TEST_CASE("The sync settings are kept with the other local settings of the counter and checked",
          "[sync][schedule][settings]")
{
    MotCua::Test::TempStore t;
    SettingsService settings(*t.store);
    auto local = settings.local();
    REQUIRE(local.has_value());
    CHECK(local->syncIntervalMinutes == 5);
    CHECK_FALSE(local->syncQuietHours);
    CHECK(local->syncQuietFrom == QTime(22, 0));
    CHECK(local->syncQuietUntil == QTime(6, 0));

    local->syncIntervalMinutes = 15;
    local->syncQuietHours = true;
    local->syncQuietFrom = QTime(21, 30);
    local->syncQuietUntil = QTime(5, 45);
    REQUIRE(settings.setLocal(t.admin, *local).has_value());
    auto again = settings.local();
    REQUIRE(again.has_value());
    CHECK(again->syncIntervalMinutes == 15);
    CHECK(again->syncQuietHours);
    CHECK(again->syncQuietFrom == QTime(21, 30));
    CHECK(again->syncQuietUntil == QTime(5, 45));
    CHECK(again->backupKeep == local->backupKeep); // the others untouched

    MotCua::LocalSettings bad = *again;
    bad.syncIntervalMinutes = 0;
    auto refused = settings.setLocal(t.admin, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("sync_interval"));
    bad = *again;
    bad.syncQuietUntil = bad.syncQuietFrom;
    refused = settings.setLocal(t.admin, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("sync_quiet_hours"));
    CHECK(settings.local()->syncIntervalMinutes == 15); // nothing changed
}
