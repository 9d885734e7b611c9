// Sync with the province in the window (issue 11), against the real reference server on loopback: enrolment through
// the form, each dossier's sync state in the list, "Sync now" with its result and the history, the status bar when
// the line is down and the worker's backoff, a revoked counter's refusal in words with Retry and no automatic retry,
// who sees the page, and a worker that stops at once while a request hangs.
#include <catch2/catch.hpp>

#include <Poco/Net/ServerSocket.h>

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>

#include "core/documents/documentservice.h"
#include "core/services/authservice.h"
#include "core/services/dossierservice.h"
#include "core/services/settingsservice.h"
#include "core/sync/net/syncservice.h"
#include "core/sync/syncschedule.h"
#include "tests/net/province.h"
#include "tests/support/manyevents.h"
#include "tests/ui/uifixture.h"
#include "ui/documents/incomingpage.h"
#include "ui/documents/incomingtablemodel.h"
#include "ui/documents/outgoingpage.h"
#include "ui/documents/outgoingtablemodel.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/sync/enroldialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/synchistorymodel.h"
#include "ui/sync/syncindicator.h"
#include "ui/sync/syncpage.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using MotCua::Test::child;
using MotCua::Test::TestProvince;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::MainWindow;
using MotCua::Ui::SyncController;
using MotCua::Ui::SyncPage;

namespace
{

// Options that keep the schedule out of the way unless a test wants it: no run by itself for an hour.
MotCua::Ui::SyncWorker::Options quiet()
{
    MotCua::Ui::SyncWorker::Options o;
    o.firstRun = 1h;
    o.changeDelay = 1h;
    o.watchInterval = 100ms;
    return o;
}

// A counter's window with its sync worker, over a store set up for commune 00004, and a province on loopback.
struct Window
{
    UiStore s;
    TestProvince province;
    QTemporaryDir settingsDir;
    MotCua::Ui::AppSettings settings{QDir(settingsDir.path()).filePath(u"settings.ini"_s)};
    SyncController sync;
    MainWindow window;

    explicit Window(MotCua::Ui::SyncWorker::Options options = quiet(), bool enrolled = false)
        : sync(s.store->dataDir(), s.session, enrolAndKeep(enrolled, std::move(options))),
          window(*s.store, s.session, settings, &sync)
    {
        sync.start();
        window.show();
        REQUIRE(waitUntil([this] { return sync.plan().known; }, 10s));
    }

    // Enrols before the worker starts when asked (the tests that are not about enrolment).
    MotCua::Ui::SyncWorker::Options enrolAndKeep(bool enrolled, MotCua::Ui::SyncWorker::Options options)
    {
        if (enrolled) {
            auto r = MotCua::SyncService(*s.store).enrol(s.session, province.url(), province.code());
            INFO((r ? std::string() : r.error().message.toStdString()));
            REQUIRE(r.has_value());
        }
        return options;
    }

    SyncPage *page()
    {
        window.showPage(MainWindow::Page::Sync);
        REQUIRE(window.syncPage() != nullptr);
        return window.syncPage();
    }
    MotCua::SyncStatus status()
    {
        auto st = MotCua::SyncService(*s.store).status();
        REQUIRE(st.has_value());
        return *st;
    }
    MotCua::Dossier receive(const QString &name)
    {
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = name;
        auto d = MotCua::DossierService(*s.store).receive(s.session, r);
        REQUIRE(d.has_value());
        window.refresh();
        return *d;
    }
    // The run that ends next (started by the click or the schedule).
    MotCua::Ui::SyncOutcome nextOutcome(const std::function<void()> &start = {}, std::chrono::milliseconds within = 30s)
    {
        QSignalSpy finished(&sync, &SyncController::runFinished);
        if (start)
            start();
        REQUIRE(waitUntil([&] { return finished.count() > 0; }, within));
        return finished.first().first().value<MotCua::Ui::SyncOutcome>();
    }
    QModelIndex rowOf(const QString &code)
    {
        MotCua::Ui::DossierTableModel *model = window.dossiersPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, 0), MotCua::Ui::DossierTableModel::CodeRole).toString() == code)
                return model->index(row, MotCua::Ui::DossierTableModel::Sync);
        }
        FAIL("no row for " << code.toStdString());
        return {};
    }
    QString indicator() { return window.syncIndicator()->text(); }
};

} // namespace

TEST_CASE(
    "Enrol through the form, see a new dossier not sent yet, Sync now: nothing waits and the run is in the history",
    "[ui][sync]")
{
    Window w;
    auto *table = w.window.dossiersPage()->table();
    CHECK(w.indicator().contains(u"not enrolled"));
    CHECK(table->isColumnHidden(MotCua::Ui::DossierTableModel::Sync)); // nothing to say before an enrolment
    SyncPage *page = w.page();
    CHECK(child<QLabel>(*page, u"syncStateLabel"_s)->text().contains(u"Not enrolled"));
    CHECK_FALSE(page->syncNowButton()->isEnabled());

    // The form: a wrong code first (refused in a sentence, the form stays), then the right one.
    QTest::mouseClick(page->enrolButton(), Qt::LeftButton);
    auto *dialog = page->findChild<MotCua::Ui::EnrolDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(waitUntil([dialog] { return dialog->isVisible(); }));
    auto *server = child<QLineEdit>(*dialog, u"serverEdit"_s);
    auto *code = child<QLineEdit>(*dialog, u"codeEdit"_s);
    server->setText(w.province.url());
    QTest::keyClicks(code, u"AAAA-BBBB-CCCC"_s);
    QTest::keyClick(code, Qt::Key_Return);
    REQUIRE(waitUntil([dialog] { return !dialog->isEnrolling(); }, 30s));
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, u"enrolMessage"_s)->text().contains(u"code was not accepted"));
    code->clear();
    QTest::keyClicks(code, w.province.code());
    // Enrolling, then the first sync that follows it at once.
    QSignalSpy finished(&w.sync, &SyncController::runFinished);
    QTest::mouseClick(child<QPushButton>(*dialog, u"enrolButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return finished.count() > 0; }, 30s));
    const auto first = finished.first().first().value<MotCua::Ui::SyncOutcome>();
    CHECK(first.person);
    INFO(first.error.message.toStdString());
    REQUIRE(first.ok);
    CHECK(w.status().enrolled);
    CHECK(w.status().pending == 0);
    CHECK(w.province.events() == *w.s.store->log().count());
    CHECK(child<QLabel>(*page, u"syncStateLabel"_s)->text().contains(u"Enrolled"));
    CHECK(child<QLabel>(*page, u"syncServerLabel"_s)->text() == w.province.url());
    CHECK_FALSE(table->isColumnHidden(MotCua::Ui::DossierTableModel::Sync));

    // A dossier received here: not sent yet, in the list, on the page and in the status bar.
    const MotCua::Dossier lan = w.receive(u"Phạm Thị Lan"_s);
    const qint64 waiting = w.status().pending;
    REQUIRE(waiting > 0);
    QModelIndex cell = w.rowOf(lan.code);
    CHECK(cell.data(MotCua::Ui::DossierTableModel::SyncPendingRole).toBool());
    CHECK(cell.data(Qt::DisplayRole).toString() == u"Not sent");
    CHECK(cell.data(Qt::ToolTipRole).toString() == u"Not sent to the province yet");
    CHECK(child<QLabel>(*page, u"syncPendingLabel"_s)->text() == u"%1 event(s), of 1 dossier(s)"_s.arg(waiting));
    CHECK(w.indicator().contains(u"online, last at"));
    CHECK(w.indicator().contains(u"%1 waiting"_s.arg(waiting)));

    // Sync now.
    const qint64 runsBefore = w.status().runs().size();
    const auto outcome = w.nextOutcome([page] { QTest::mouseClick(page->syncNowButton(), Qt::LeftButton); });
    REQUIRE(outcome.ok);
    CHECK(outcome.person);
    CHECK(outcome.report.pushed == waiting);
    CHECK(w.status().pending == 0);
    CHECK(child<QLabel>(*page, u"syncPendingLabel"_s)->text() == u"0 event(s)");
    CHECK(page->messageLabel()->text().contains(u"nothing waits to be sent"));
    cell = w.rowOf(lan.code);
    CHECK_FALSE(cell.data(MotCua::Ui::DossierTableModel::SyncPendingRole).toBool());
    CHECK(cell.data(Qt::ToolTipRole).toString() == u"Sent to the province");
    CHECK_FALSE(w.indicator().contains(u"waiting"));
    // The history: the newest run first, with what it sent.
    MotCua::Ui::SyncHistoryModel *history = page->history();
    REQUIRE(history->rowCount() == runsBefore + 1);
    CHECK(history->data(history->index(0, MotCua::Ui::SyncHistoryModel::Result)).toString() == u"Succeeded");
    CHECK(history->data(history->index(0, MotCua::Ui::SyncHistoryModel::Pushed)).toString() ==
          QLocale().toString(waiting));
    CHECK(child<QTableView>(*page, u"syncHistoryTable"_s)->model() == history);
}

TEST_CASE("A change at the counter is sent by itself a few seconds later while the line is good", "[ui][sync]")
{
    auto options = quiet();
    options.changeDelay = 300ms;
    Window w(options, true);
    w.nextOutcome([&] { w.sync.syncNow(); });
    REQUIRE(w.status().pending == 0);
    QSignalSpy started(&w.sync, &SyncController::runStarted);
    // A burst of changes: one run after the last.
    w.receive(u"Nguyễn Văn An"_s);
    w.receive(u"Trần Thị Bình"_s);
    const auto outcome = w.nextOutcome({}, 10s);
    CHECK_FALSE(outcome.person);
    REQUIRE(outcome.ok);
    CHECK(outcome.report.pushed > 0);
    CHECK(w.status().pending == 0);
    CHECK(started.count() == 1);
}

TEST_CASE("A long sync shows a progress bar in the status bar with how far it is, then the bar goes", "[ui][sync]")
{
    Window w(quiet(), true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    // A backlog of 24,000 events over a slow line (each request 150 ms late): a run of a few seconds.
    MotCua::Test::addManyDossiers(*w.s.store, w.s.session.userId, 6000);
    MotCua::Province::FaultPlan slow;
    slow.delayMs = 150;
    w.province.stop();
    w.province.restart(slow);
    w.window.refresh();
    auto *bar = child<QProgressBar>(*w.window.syncIndicator(), u"syncStatusProgress"_s);
    CHECK_FALSE(bar->isVisible());
    QSignalSpy finished(&w.sync, &SyncController::runFinished);
    w.sync.syncNow();
    // Shown once the run lasts (not for a short one), with the part sent so far.
    REQUIRE(waitUntil([&] { return bar->isVisible() && bar->value() > 0; }, 20s));
    CHECK(bar->maximum() == 1000);
    CHECK(bar->value() < 1000);
    static const QRegularExpression sending(u"^Sync: sending [0-9.,]+ of [0-9.,]+…$"_s);
    INFO(w.indicator().toStdString());
    CHECK(sending.match(w.indicator()).hasMatch());
    REQUIRE(waitUntil([&] { return finished.count() > 0; }, 120s));
    REQUIRE(finished.first().first().value<MotCua::Ui::SyncOutcome>().ok);
    CHECK_FALSE(bar->isVisible());
    CHECK(w.status().pending == 0);
    CHECK(w.indicator().contains(u"online, last at"));
}

TEST_CASE("The incoming and outgoing lists say which documents are not sent to the province yet", "[ui][sync]")
{
    Window w(quiet(), true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    MotCua::DocumentService documents(*w.s.store);
    MotCua::IncomingRequest in;
    in.fromAgency = u"Sở Tư pháp tỉnh Điện Biên"_s;
    in.number = u"125"_s;
    in.symbol = u"STP-HCTP"_s;
    in.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(-2);
    in.type = u"CV"_s;
    in.summary = u"Về việc hướng dẫn đăng ký khai sinh"_s;
    auto incoming = documents.registerIncoming(w.s.session, in);
    INFO((incoming ? QString() : incoming.error().message).toStdString());
    REQUIRE(incoming.has_value());
    MotCua::OutgoingRequest out;
    out.type = u"CV"_s;
    out.summary = u"Về việc báo cáo kết quả tiếp nhận hồ sơ tháng 11"_s;
    out.department = u"VP"_s;
    auto outgoing = documents.createOutgoing(w.s.session, out);
    INFO((outgoing ? QString() : outgoing.error().message).toStdString());
    REQUIRE(outgoing.has_value());
    MotCua::Ui::IncomingPage *inPage = w.window.incomingPage();
    MotCua::Ui::OutgoingPage *outPage = w.window.outgoingPage();
    REQUIRE(inPage != nullptr);
    REQUIRE(outPage != nullptr);
    inPage->reload();
    outPage->reload();
    w.window.refresh();
    const auto cell = [](MotCua::Ui::PagedDocumentModel *model, const QString &id, int column, int role) {
        const int row = model->rowOf(id);
        REQUIRE(row >= 0);
        return model->data(model->index(row, column), role).toString();
    };
    // The Sync page's outbox says of which records the waiting events are.
    const QString outbox = child<QLabel>(*w.page(), u"syncPendingLabel"_s)->text();
    INFO(outbox.toStdString());
    CHECK(outbox.contains(u"1 incoming document(s)"));
    CHECK(outbox.contains(u"1 outgoing document(s)"));
    CHECK_FALSE(inPage->table()->isColumnHidden(MotCua::Ui::IncomingTableModel::Sync));
    CHECK_FALSE(outPage->table()->isColumnHidden(MotCua::Ui::OutgoingTableModel::Sync));
    CHECK(cell(inPage->model(), incoming->id, MotCua::Ui::IncomingTableModel::Sync, Qt::DisplayRole) == u"Not sent");
    CHECK(cell(outPage->model(), outgoing->id, MotCua::Ui::OutgoingTableModel::Sync, Qt::DisplayRole) == u"Not sent");
    CHECK(inPage->model()->headerData(MotCua::Ui::IncomingTableModel::Sync, Qt::Horizontal).toString() == u"Province");
    // Sent: the column says so in its tooltip, and nothing in the cell.
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    w.window.refresh();
    CHECK(cell(inPage->model(), incoming->id, MotCua::Ui::IncomingTableModel::Sync, Qt::DisplayRole).isEmpty());
    CHECK(cell(inPage->model(), incoming->id, MotCua::Ui::IncomingTableModel::Sync, Qt::ToolTipRole) ==
          u"Sent to the province");
    CHECK(cell(outPage->model(), outgoing->id, MotCua::Ui::OutgoingTableModel::Sync, Qt::DisplayRole).isEmpty());
}

TEST_CASE("A clock far off the province's is warned in the status bar and on the Sync page after a run by itself",
          "[ui][sync]")
{
    auto options = quiet();
    options.changeDelay = 300ms;
    Window w(options, true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    CHECK_FALSE(w.indicator().contains(u"Clock"));
    CHECK(child<QLabel>(*w.page(), u"syncClockLabel"_s)->text().startsWith(u"right (checked at"));
    // The province's clock says 20 minutes earlier than this PC's.
    MotCua::Province::FaultPlan behind;
    behind.clockOffsetSeconds = -20 * 60;
    w.province.stop();
    w.province.restart(behind);
    w.receive(u"Đặng Thị Mai"_s);
    const auto outcome = w.nextOutcome({}, 10s);
    CHECK_FALSE(outcome.person);
    REQUIRE(outcome.ok);
    w.window.refresh();
    CHECK(w.indicator().startsWith(u"⚠ Clock off · Sync: online"));
    INFO(w.window.syncIndicator()->detailText().toStdString());
    CHECK(w.window.syncIndicator()->detailText().contains(u"20 minute(s) ahead of the province's"));
    SyncPage *page = w.page();
    page->reload();
    const QString clock = child<QLabel>(*page, u"syncClockLabel"_s)->text();
    INFO(clock.toStdString());
    CHECK(clock.startsWith(u"⚠ 20 minute(s) ahead of the province's (checked at"));
    CHECK(clock.contains(u"set this computer's clock right"));
    if (const QString shotDir = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !shotDir.isEmpty())
        w.window.grab().save(QDir(shotDir).filePath(u"sync-clock-off.png"_s));
}

TEST_CASE(
    "With the server down the status bar says offline since when, the worker backs off, then comes back by itself",
    "[ui][sync]")
{
    auto options = quiet();
    options.random = [] { return 0.25; }; // a quarter of each ceiling: 0.5 s, 1 s, 2 s, ...
    Window w(options, true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    w.province.stop();
    w.receive(u"Lê Văn Cường"_s);

    const auto down = w.nextOutcome([&] { w.sync.syncNow(); });
    REQUIRE_FALSE(down.ok);
    CHECK(down.error.field == u"transient");
    const MotCua::SyncStatus st = w.status();
    REQUIRE(st.offlineSince.isValid());
    CHECK_FALSE(st.parked);
    CHECK(w.indicator().contains(u"offline since %1"_s.arg(MotCua::Ui::SyncIndicator::when(st.offlineSince))));
    CHECK(w.indicator().contains(u"%1 waiting"_s.arg(st.pending)));
    CHECK(w.window.syncIndicator()->detailText().contains(u"cannot be reached"));
    SyncPage *page = w.page();
    CHECK(child<QLabel>(*page, u"syncLastErrorLabel"_s)->text().contains(u"Offline since"));
    CHECK(page->history()
              ->data(page->history()->index(0, MotCua::Ui::SyncHistoryModel::Problem))
              .toString()
              .contains(u"cannot be reached"));

    // The retries come by themselves, each after a quarter of a doubling ceiling.
    for (int failures = 1; failures <= 3; ++failures) {
        REQUIRE(waitUntil([&] { return w.sync.plan().failures == failures && !w.sync.isRunning(); }, 10s));
        const MotCua::Ui::SyncPlan plan = w.sync.plan();
        REQUIRE(plan.nextRun.isValid());
        const qint64 wait = w.sync.lastOutcome()->at.msecsTo(plan.nextRun);
        const qint64 expected = MotCua::SyncSchedule::backoffCeiling(failures - 1).count() / 4;
        INFO("after failure " << failures << ": " << wait << " ms");
        CHECK(wait >= expected - 250);
        CHECK(wait <= expected + 250);
        if (failures < 3)
            REQUIRE(w.nextOutcome({}, 10s).error.field == u"transient");
    }
    CHECK(w.indicator().contains(u"offline since"));

    // The line is back: the next retry succeeds, the backoff resets, nothing waits.
    w.province.restart();
    const auto back = w.nextOutcome({}, 10s);
    CHECK_FALSE(back.person);
    REQUIRE(back.ok);
    CHECK(w.sync.plan().failures == 0);
    CHECK(w.status().pending == 0);
    CHECK_FALSE(w.status().offlineSince.isValid());
    w.window.refresh();
    CHECK(w.indicator().contains(u"online, last at"));
}

TEST_CASE("A revoked counter: the refusal in words with Retry, no automatic retry, and enrolling again lifts it",
          "[ui][sync]")
{
    auto options = quiet();
    options.random = [] { return 0.0; }; // a backoff would retry at once: it must not happen
    Window w(options, true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    REQUIRE(w.province.store->revokeDevice(w.s.store->deviceId()).has_value());
    w.receive(u"Hoàng Văn Em"_s);
    SyncPage *page = w.page();

    const auto refused = w.nextOutcome([page] { QTest::mouseClick(page->syncNowButton(), Qt::LeftButton); });
    REQUIRE_FALSE(refused.ok);
    CHECK(refused.error.field == u"token_revoked");
    CHECK(page->parkedBox()->isVisibleTo(page));
    CHECK(page->parkedLabel()->text().contains(u"revoked this counter's access"));
    CHECK(page->parkedLabel()->text().contains(u"enrols this counter again"));
    CHECK_FALSE(page->parkedLabel()->text().contains(u"token_revoked")); // a sentence, not the code
    CHECK(page->retryButton()->isVisibleTo(page));
    CHECK(page->retryButton()->isEnabled());
    CHECK(w.indicator().contains(u"Sync stopped: needs attention"));
    CHECK(page->messageLabel()->text().contains(u"revoked"));
    REQUIRE(waitUntil([&] { return w.sync.plan().parked; }));
    CHECK_FALSE(w.sync.plan().nextRun.isValid());
    CHECK(child<QLabel>(*page, u"syncNextLabel"_s)->text().contains(u"refusal needs attention"));

    // Nothing runs by itself, though a backoff would have retried at once, and changes do not start one either.
    QSignalSpy started(&w.sync, &SyncController::runStarted);
    w.receive(u"Vũ Thị Giang"_s);
    QTest::qWait(1500);
    CHECK(started.count() == 0);

    // Retry: a person's run, refused again, still stopped.
    const auto again = w.nextOutcome([page] { QTest::mouseClick(page->retryButton(), Qt::LeftButton); });
    CHECK(again.person);
    CHECK(again.error.field == u"token_revoked");
    CHECK(w.status().parked);
    CHECK(page->history()->rowCount() >= 3);
    CHECK(page->history()->data(page->history()->index(0, MotCua::Ui::SyncHistoryModel::Result)).toString() ==
          u"Failed");

    // The administrator enrols again with a new code: the stop is lifted and what waited goes.
    auto *dialog = page->enrol();
    REQUIRE(dialog != nullptr);
    CHECK(child<QLineEdit>(*dialog, u"serverEdit"_s)->text() == w.province.url()); // kept from the first time
    child<QLineEdit>(*dialog, u"codeEdit"_s)->setText(w.province.code());
    const auto lifted = w.nextOutcome([dialog] { dialog->accept(); });
    INFO(lifted.error.message.toStdString());
    REQUIRE(lifted.ok);
    CHECK_FALSE(w.status().parked);
    CHECK(w.status().pending == 0);
    CHECK_FALSE(page->parkedBox()->isVisibleTo(page));
    CHECK_FALSE(w.sync.plan().parked);
}

TEST_CASE("Administrators and leaders see the sync page, other staff see the status bar line only", "[ui][sync]")
{
    UiStore s;
    MotCua::AuthService auth(*s.store);
    for (const auto &[user, name, role] : {std::tuple{"tiepnhan", "Lê Thị Thu", MotCua::Role::Receptionist},
                                           std::tuple{"lanhdao", "Hoàng Minh Tuấn", MotCua::Role::Leader}})
        REQUIRE(auth.createUser(s.session, {QString::fromUtf8(user),
                                            QString::fromUtf8(name),
                                            u"password-of-"_s + QString::fromUtf8(user),
                                            {role},
                                            {},
                                            false})
                    .has_value());
    QTemporaryDir settingsDir;
    MotCua::Ui::AppSettings settings(QDir(settingsDir.path()).filePath(u"settings.ini"_s));
    SyncController sync(s.store->dataDir(), s.session, quiet());

    auto receptionist = auth.authenticate(u"tiepnhan"_s, u"password-of-tiepnhan"_s);
    REQUIRE(receptionist.has_value());
    MainWindow staff(*s.store, *receptionist, settings, &sync);
    CHECK(staff.pageItem(MainWindow::Page::Sync) == nullptr);
    CHECK(staff.syncPage() == nullptr);
    REQUIRE(staff.syncIndicator() != nullptr);
    CHECK(staff.syncIndicator()->text().contains(u"not enrolled"));
    CHECK_FALSE(staff.syncIndicator()->detailText().contains(u"Click"));
    QTest::mouseClick(staff.syncIndicator()->button(), Qt::LeftButton);
    CHECK(staff.statusBar()->currentMessage().contains(u"not enrolled"));

    auto leader = auth.authenticate(u"lanhdao"_s, u"password-of-lanhdao"_s);
    REQUIRE(leader.has_value());
    MainWindow lead(*s.store, *leader, settings, &sync);
    REQUIRE(lead.pageItem(MainWindow::Page::Sync) != nullptr);
    REQUIRE(lead.syncPage() != nullptr);
    CHECK_FALSE(lead.syncPage()->enrolButton()->isVisibleTo(lead.syncPage())); // administrators enrol
    CHECK(lead.syncPage()->enrol() == nullptr);
    CHECK(lead.syncPage()->findChild<QWidget *>(u"syncSettingsBox"_s) == nullptr);
    QTest::mouseClick(lead.syncIndicator()->button(), Qt::LeftButton);
    CHECK(lead.navigation()->currentItem() == lead.pageItem(MainWindow::Page::Sync));

    MainWindow admin(*s.store, s.session, settings, &sync);
    REQUIRE(admin.syncPage() != nullptr);
    CHECK(admin.syncPage()->enrolButton()->isVisibleTo(admin.syncPage()));
}

TEST_CASE("An administrator sets the interval and the quiet hours, and the worker plans by them", "[ui][sync]")
{
    Window w(quiet(), true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    SyncPage *page = w.page();
    child<QSpinBox>(*page, u"syncInterval"_s)->setValue(30);
    QTest::mouseClick(child<QPushButton>(*page, u"syncSaveSettings"_s), Qt::LeftButton);
    CHECK(child<QLabel>(*page, u"syncSettingsMessage"_s)->text().contains(u"every 30 minute(s)"));
    auto local = MotCua::SettingsService(*w.s.store).local();
    REQUIRE(local.has_value());
    CHECK(local->syncIntervalMinutes == 30);
    // The worker planned the next run half an hour after now.
    REQUIRE(waitUntil([&] {
        const QDateTime next = w.sync.plan().nextRun;
        return next.isValid() && QDateTime::currentDateTimeUtc().secsTo(next) > 29 * 60;
    }));
    // Quiet hours that start and end at the same time are refused in a sentence.
    child<QCheckBox>(*page, u"syncQuietHours"_s)->setChecked(true);
    child<QTimeEdit>(*page, u"syncQuietFrom"_s)->setTime(QTime(22, 0));
    child<QTimeEdit>(*page, u"syncQuietUntil"_s)->setTime(QTime(22, 0));
    page->saveSettings();
    CHECK(child<QLabel>(*page, u"syncSettingsMessage"_s)->text().contains(u"start and an end that differ"));
    CHECK_FALSE(MotCua::SettingsService(*w.s.store).local()->syncQuietHours);
}

TEST_CASE("Stopping the worker while a request hangs returns at once and records nothing", "[ui][sync]")
{
    UiStore s;
    TestProvince province;
    REQUIRE(MotCua::SyncService(*s.store).enrol(s.session, province.url(), province.code()).has_value());
    // The server's address now leads to one that takes the connection and never answers.
    Poco::Net::ServerSocket silent(Poco::Net::SocketAddress("127.0.0.1", 0));
    REQUIRE(s.store->setMeta(u"sync_url"_s, u"http://127.0.0.1:%1"_s.arg(silent.address().port())).has_value());
    const qint64 runs = MotCua::SyncService(*s.store).status()->runs().size();

    SyncController sync(s.store->dataDir(), s.session, quiet());
    sync.start();
    REQUIRE(waitUntil([&] { return sync.plan().known; }, 10s));
    QSignalSpy started(&sync, &SyncController::runStarted);
    sync.syncNow();
    REQUIRE(waitUntil([&] { return started.count() == 1; }, 10s));
    QTest::qWait(300); // the request is out, waiting for an answer that never comes
    REQUIRE(sync.isRunning());
    QElapsedTimer clock;
    clock.start();
    CHECK(sync.stop());
    CHECK(clock.elapsed() < 1500);
    CHECK_FALSE(sync.isStarted());
    CHECK(SyncController::strayThreads() == 0);
    auto st = MotCua::SyncService(*s.store).status();
    REQUIRE(st.has_value());
    CHECK(st->runs().size() == runs); // a stopped run is no failure
    CHECK_FALSE(st->parked);
}

TEST_CASE("One sync worker while someone is signed in: the last sign-out and quitting stop it", "[ui][sync]")
{
    UiStore s;
    const QString dataDir = s.dir.path();
    s.store.reset(); // the program opens it
    MotCua::Ui::AppSettings settings(QDir(dataDir).filePath(u"settings.ini"_s));
    MotCua::Ui::AppController c(dataDir, settings);
    c.setDialogRunner([](QDialog &dialog) {
        if (dialog.objectName() != u"loginDialog")
            return int(QDialog::Rejected);
        dialog.findChild<QLineEdit *>(u"username"_s)->setText(QString::fromLatin1(MotCua::Test::kAdmin));
        dialog.findChild<QLineEdit *>(u"password"_s)->setText(QString::fromLatin1(MotCua::Test::kPassword));
        dialog.accept();
        return dialog.result();
    });
    REQUIRE(c.start() == MotCua::Ui::AppController::Screen::Main);
    REQUIRE(c.syncController() != nullptr);
    CHECK(c.syncController()->isStarted());
    CHECK(c.currentWindow()->syncController() == c.syncController());
    REQUIRE(waitUntil([&] { return c.syncController()->plan().known; }, 10s));
    CHECK_FALSE(c.syncController()->plan().enrolled);

    c.signOut(c.currentWindow());
    CHECK(c.syncController() == nullptr); // nobody signed in: no sync under anybody's name
    CHECK(c.unlock(QString::fromLatin1(MotCua::Test::kAdmin), QString::fromLatin1(MotCua::Test::kPassword)).isEmpty());
    REQUIRE(c.syncController() != nullptr);
    CHECK(c.syncController()->isStarted());

    QElapsedTimer clock;
    clock.start();
    c.requestQuit(false);
    CHECK(c.hasQuit());
    CHECK(c.syncController() == nullptr);
    CHECK(clock.elapsed() < 2500);
}

TEST_CASE("Check against the province: the days whose events differ, off the window's thread, then all matching",
          "[ui][sync]")
{
    Window w(quiet(), true);
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    SyncPage *page = w.page();
    REQUIRE(page->reconcileButton()->isEnabled());
    child<QSpinBox>(*page, u"reconcileDays"_s)->setValue(7);

    // A dossier received since the last sync: today's events here are not all at the province yet.
    w.receive(u"Đặng Quốc Huy"_s);
    w.window.refresh();
    QSignalSpy done(page, &SyncPage::reconciled);
    QTest::mouseClick(page->reconcileButton(), Qt::LeftButton);
    CHECK_FALSE(page->reconcileButton()->isEnabled()); // one check at a time
    CHECK_FALSE(page->reconcile());
    REQUIRE(waitUntil([&] { return done.count() > 0; }, 20s));
    const QString today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(u"dd/MM/yyyy"_s);
    INFO(page->reconcileLabel()->text().toStdString());
    CHECK(page->reconcileLabel()->text().contains(u"1 day(s) differ from the province"));
    CHECK(page->reconcileLabel()->text().contains(today));
    // Each event of the day that differs is named: the reception, here and waiting to be sent.
    CHECK(page->reconcileLabel()->text().contains(u"Dossier received: recorded here, waiting to be sent"));
    CHECK(page->reconcileButton()->isEnabled());

    // After a sync every day matches.
    REQUIRE(w.nextOutcome([&] { w.sync.syncNow(); }).ok);
    QTest::mouseClick(page->reconcileButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return done.count() > 1; }, 20s));
    CHECK(page->reconcileLabel()->text().contains(u"Every day of the 7 checked matches the province"));
}
