// Long passes over the log (issue 10, "the window keeps answering"): verify and rebuild report their progress every
// few thousand events and stop, changing nothing, when the callback says so.
#include "core/services/auditservice.h"
#include "core/services/bundleservice.h"
#include "core/services/setupservice.h"
#include "core/store/eventlog.h"
#include "tests/support/manyevents.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
struct Seen
{
    QList<std::pair<qint64, qint64>> calls;
    Store::Progress record(qint64 stopAt = -1)
    {
        return [this, stopAt](qint64 done, qint64 total) {
            calls.append({done, total});
            return stopAt < 0 || done < stopAt;
        };
    }
    bool increasing() const
    {
        for (qsizetype i = 1; i < calls.size(); ++i) {
            if (calls.at(i).first < calls.at(i - 1).first)
                return false;
        }
        return true;
    }
};
} // namespace

TEST_CASE("Verify and rebuild report their progress every few thousand events and can be cancelled",
          "[store][progress]")
{
    TempStore t;
    addManyDossiers(*t.store, t.admin.userId, 2500); // 10,000 events
    const qint64 events = *t.store->log().count();
    REQUIRE(events > 10000);
    const QByteArray before = *t.store->exportCanonical();

    SECTION("the chain check alone")
    {
        Seen seen;
        auto problems = t.store->log().verify(seen.record());
        REQUIRE(problems.has_value());
        CHECK(problems->isEmpty());
        REQUIRE(seen.calls.size() >= events / kProgressStep);
        CHECK(seen.calls.first() == std::pair<qint64, qint64>{0, events});
        CHECK(seen.calls.last() == std::pair<qint64, qint64>{events, events});
        CHECK(seen.increasing());
        Seen stop;
        auto cancelled = t.store->log().verify(stop.record(kProgressStep));
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().field == QStringLiteral("cancelled"));
        CHECK(stop.calls.last().first == kProgressStep);
    }
    SECTION("verify: the chains, then the replay, twice the events in all")
    {
        Seen seen;
        auto report = t.store->verify(seen.record());
        REQUIRE(report.has_value());
        CHECK(report->ok());
        CHECK(seen.calls.first() == std::pair<qint64, qint64>{0, 2 * events});
        CHECK(seen.calls.last() == std::pair<qint64, qint64>{2 * events, 2 * events});
        CHECK(seen.increasing());
        // More than one report in each half: a window's bar moves through both.
        CHECK(std::count_if(seen.calls.cbegin(), seen.calls.cend(),
                            [&](const auto &c) { return c.first > events && c.first < 2 * events; }) >= 2);
        // Cancelled in the replay half: an error, not a report, and the store is as it was.
        Seen stop;
        auto cancelled = AuditService(*t.store).verifyChains(t.admin, stop.record(events + kProgressStep));
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().field == QStringLiteral("cancelled"));
        CHECK(stop.calls.last().first == events + kProgressStep);
        CHECK(*t.store->exportCanonical() == before);
        CHECK(t.store->verify()->ok());
    }
    SECTION("rebuild: cancelled halfway, the projections are as they were; then done, the same bytes")
    {
        Seen stop;
        auto cancelled = MaintenanceService(*t.store).rebuild(t.admin, stop.record(events / 2));
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().field == QStringLiteral("cancelled"));
        CHECK(stop.calls.last().first >= events / 2);
        CHECK(stop.calls.last().first < events);
        CHECK(*t.store->exportCanonical() == before);
        // Cancelled at the very end (after the replay, before the commit): still nothing changed.
        Seen late;
        auto lateCancel = t.store->rebuild(late.record(events));
        REQUIRE_FALSE(lateCancel.has_value());
        CHECK(late.calls.last() == std::pair<qint64, qint64>{events, events});
        CHECK(*t.store->exportCanonical() == before);
        Seen seen;
        REQUIRE(MaintenanceService(*t.store).rebuild(t.admin, seen.record()).has_value());
        CHECK(seen.calls.last() == std::pair<qint64, qint64>{events, events});
        CHECK(seen.increasing());
        CHECK(*t.store->exportCanonical() == before);
        // The store still takes work after a cancelled rebuild.
        addManyDossiers(*t.store, t.admin.userId, 1, 90000);
        CHECK(*t.store->log().count() == events + 4);
    }
    SECTION("taking a bundle in reports inside its sections of 20,000 events, and a cancel takes nothing in")
    {
        QTemporaryDir usb;
        auto bundle = BundleService(*t.store).exportTo(t.admin, usb.path());
        REQUIRE(bundle.has_value());
        const QString dir = usb.filePath(QStringLiteral("quay-hai"));
        Seen stop;
        auto cancelled = BundleService::join(bundle->path, dir, QStringLiteral("admin"), kAdminPassword,
                                             stop.record(2 * kProgressStep));
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().field == QStringLiteral("cancelled"));
        CHECK(stop.calls.first().first == kProgressStep);
        CHECK(stop.calls.last() == std::pair<qint64, qint64>{2 * kProgressStep, events});
        CHECK_FALSE(QFileInfo::exists(dir));
        Seen seen;
        auto joined = BundleService::join(bundle->path, dir, QStringLiteral("admin"), kAdminPassword, seen.record());
        REQUIRE(joined.has_value());
        CHECK(seen.calls.size() >= events / kProgressStep);
        CHECK(seen.calls.last() == std::pair<qint64, qint64>{events, events});
        CHECK(seen.increasing());
    }
    SECTION("the callers of old, without a callback, are unchanged")
    {
        REQUIRE(t.store->rebuild().has_value());
        REQUIRE(t.store->verify()->ok());
        CHECK(*t.store->exportCanonical() == before);
    }
}
