// Long work off the window's thread (issue 10): the chains check on a store with many events runs on a worker with
// its own Store; the window keeps answering, shows the progress, and Cancel stops the check.
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include "tests/support/manyevents.h"
#include "tests/ui/uifixture.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/auditpanel.h"
#include "ui/shell/backgroundtask.h"

using namespace Qt::StringLiterals;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;

TEST_CASE("The chains check of a big store runs while the window answers, and Cancel stops it", "[ui][audit][long]")
{
    UiStore s;
    MotCua::Test::addManyDossiers(*s.store, s.session.userId, 6000); // 24,000 events
    const qint64 events = *s.store->log().count();
    const QByteArray before = *s.store->exportCanonical();

    MotCua::Ui::AdminPage page(*s.store, s.session);
    page.show();
    MotCua::Ui::AuditPanel *audit = page.auditPanel();
    auto *verifyButton = child<QPushButton>(*audit, u"verifyButton"_s);
    auto *bar = child<QProgressBar>(*audit, u"verifyProgress"_s);
    auto *cancel = child<QPushButton>(*audit, u"verifyCancel"_s);
    CHECK_FALSE(bar->isVisibleTo(audit));

    // A timer of the window: it fires only while the window's thread is free.
    int ticksWhileChecking = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (audit->isVerifying())
            ++ticksWhileChecking;
    });
    heartbeat.start();

    SECTION("Cancel stops the check; nothing changed, and the window said so")
    {
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        CHECK(clock.elapsed() < 500); // the click returned at once: the check is not on this thread
        REQUIRE(audit->isVerifying());
        CHECK_FALSE(verifyButton->isEnabled());
        CHECK(bar->isVisibleTo(audit));
        // The bar moves and the timer fires while the worker checks.
        REQUIRE(waitUntil([&] { return bar->maximum() > 0 && bar->value() > 0; }, std::chrono::seconds(20)));
        REQUIRE(waitUntil([&] { return ticksWhileChecking >= 3; }, std::chrono::seconds(20)));
        REQUIRE(audit->isVerifying());
        CHECK(bar->value() < bar->maximum());
        QTest::mouseClick(cancel, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !audit->isVerifying(); }, std::chrono::seconds(20)));
        CHECK_FALSE(audit->lastCheckOk().has_value());
        CHECK_FALSE(audit->banner()->isVisibleTo(audit));
        CHECK(child<QLabel>(*audit, u"auditMessage"_s)->text().contains(u"cancelled"));
        CHECK_FALSE(bar->isVisibleTo(audit));
        CHECK(verifyButton->isEnabled());
        CHECK(*s.store->exportCanonical() == before);
        CHECK(*s.store->log().count() == events);
    }
    SECTION("to the end: every event checked, and the timer kept firing meanwhile")
    {
        audit->verify();
        REQUIRE(audit->isVerifying());
        REQUIRE(waitUntil([&] { return !audit->isVerifying(); }, std::chrono::seconds(120)));
        CHECK(audit->lastCheckOk() == std::optional<bool>(true));
        CHECK(ticksWhileChecking >= 3);
        CHECK(audit->banner()->text().contains(u"OK"_s));
        CHECK(audit->banner()->text().contains(u"%1 event(s) checked"_s.arg(events)));
    }
}
