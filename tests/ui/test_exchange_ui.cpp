// Many counters, one truth, in the window (issue 10): the administration's bundle panel exports and takes in bundles
// off the window's thread, shows what a file holds first, says what was added, and words every refusal.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/conflictservice.h"
#include "core/services/dossierservice.h"
#include "core/services/settingsservice.h"
#include "core/services/setupservice.h"
#include "tests/support/manyevents.h"
#include "tests/ui/uifixture.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/bundlepanel.h"
#include "ui/shell/backgroundtask.h"

using namespace Qt::StringLiterals;
using MotCua::Test::child;
using MotCua::Test::TwoCounters;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::BundlePanel;

namespace
{
bool idle(const BundlePanel &panel)
{
    return waitUntil([&] { return !panel.isBusy(); }, std::chrono::seconds(60));
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("The bundle panel exports a bundle, shows what another counter's holds, takes it in and says what came",
          "[ui][bundle]")
{
    TwoCounters c;
    // The backup folder is where the choosers open, and the export goes by default.
    MotCua::LocalSettings local = *MotCua::SettingsService(*c.b).local();
    local.backupFolder = c.usb.path();
    REQUIRE(MotCua::SettingsService(*c.b).setLocal(c.bAdmin, local).has_value());
    const QString clashCode = c.makeClashes();
    // One item of each kind, alike on both counters.
    for (MotCua::Store *store : {c.a.store.get(), c.b.get()}) {
        auto items = MotCua::ConflictService(*store).list(c.bAdmin);
        REQUIRE(items.has_value());
        QStringList kinds;
        for (const MotCua::Conflict &item : *items)
            kinds.append(MotCua::conflictKindKey(item.kind));
        kinds.sort();
        CHECK(kinds == QStringList{u"dossier_action"_s, u"dossier_code"_s, u"username"_s});
    }

    // B works on: a bundle of B for A, made in B's window.
    MotCua::Ui::AdminPage page(*c.b, c.bAdmin);
    BundlePanel *panel = page.bundlePanel();
    REQUIRE(panel != nullptr);
    CHECK(page.tabs()->tabText(MotCua::Ui::AdminPage::BundleTab).contains(u"Bu&ndles"));
    CHECK(panel->exportPathEdit()->text() == QDir::toNativeSeparators(c.usb.path()));
    QTest::mouseClick(child<QPushButton>(*panel, u"exportButton"_s), Qt::LeftButton);
    REQUIRE(idle(*panel));
    REQUIRE(panel->lastExport().has_value());
    CHECK(QFileInfo(panel->lastExport()->path).absolutePath() == QFileInfo(c.usb.path()).absoluteFilePath());
    CHECK(panel->lastExport()->events == *c.b->log().count());
    CHECK(child<QLabel>(*panel, u"exportMessage"_s)->text().contains(u"Bundle written"));

    // A receives a new dossier and hands B a bundle: B reads it first, then takes it in.
    MotCua::ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = u"Vũ Thị Thanh Hương"_s;
    REQUIRE(MotCua::DossierService(*c.a.store).receive(c.a.session, r).has_value());
    const QString fromA = c.bundleOf(*c.a.store, c.a.session, u"tu-a-lan-hai.bundle"_s);
    const qint64 beforeB = *c.b->log().count();

    panel->importPathEdit()->setText(fromA);
    QTest::keyClick(panel->importPathEdit(), Qt::Key_Return);
    REQUIRE(idle(*panel));
    REQUIRE(panel->inspected().has_value());
    auto *preview = child<QLabel>(*panel, u"bundlePreview"_s);
    CHECK(preview->isVisibleTo(panel));
    CHECK(preview->text().contains(c.a.store->communeName().toHtmlEscaped()));
    CHECK(preview->text().contains(u"counter "_s + c.a.store->deviceTag()));
    CHECK(preview->text().contains(QLocale().toString(*c.a.store->log().count())));
    auto *import = child<QPushButton>(*panel, u"importButton"_s);
    REQUIRE(import->isEnabled());
    CHECK(*c.b->log().count() == beforeB); // reading took nothing in

    QSignalSpy changed(panel, &BundlePanel::storeChanged);
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(idle(*panel));
    REQUIRE(panel->lastImport().has_value());
    CHECK(panel->lastImport()->added > 0);
    CHECK(panel->lastImport()->alreadyHad > 0);
    CHECK(*c.b->log().count() == beforeB + panel->lastImport()->added);
    CHECK(changed.count() == 1);
    auto *message = child<QLabel>(*panel, u"importMessage"_s);
    CHECK(message->text().contains(u"Taken in: %1 new event(s)"_s.arg(panel->lastImport()->added)));
    CHECK(message->text().contains(u"Nothing new needs attention"));
    CHECK_FALSE(child<QPushButton>(*panel, u"openAttentionButton"_s)->isVisibleTo(panel));
    CHECK_FALSE(import->isEnabled()); // taken: read another file first

    // The same bundle again: nothing new.
    QTest::keyClick(panel->importPathEdit(), Qt::Key_Return);
    REQUIRE(idle(*panel));
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(idle(*panel));
    CHECK(panel->lastImport()->added == 0);
    CHECK(clashCode.startsWith(c.a.store->communeCode()));
}

TEST_CASE("A bundle that raises new items says how many, and its button opens the needs-attention list", "[ui][bundle]")
{
    TwoCounters c;
    // Offline on both: the same dossier's result returned, and B's bundle taken in by A in A's window.
    const QString fromB = [&] {
        MotCua::DossierService onA(*c.a.store);
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = u"Nguyễn Thị Mai"_s;
        const MotCua::Dossier d = *onA.receive(c.a.session, r);
        for (MotCua::DossierAction action : {MotCua::DossierAction::Transfer, MotCua::DossierAction::Finish}) {
            MotCua::DossierActionRequest step;
            step.action = action;
            step.code = d.code;
            step.toUser = u"admin"_s;
            REQUIRE(onA.act(c.a.session, step).has_value());
        }
        REQUIRE(MotCua::BundleService(*c.b)
                    .importFrom(c.bAdmin, c.bundleOf(*c.a.store, c.a.session, u"a.bundle"_s))
                    .has_value());
        MotCua::DossierActionRequest giveBack;
        giveBack.action = MotCua::DossierAction::Return;
        giveBack.code = d.code;
        giveBack.how = MotCua::ReturnHow::Desk;
        REQUIRE(onA.act(c.a.session, giveBack).has_value());
        REQUIRE(MotCua::DossierService(*c.b).act(c.bAdmin, giveBack).has_value());
        REQUIRE(MotCua::AuthService(*c.b)
                    .createUser(
                        c.bAdmin,
                        {u"ngan"_s, u"Lê Thị Ngân"_s, u"ngan o quay hai"_s, {MotCua::Role::Receptionist}, {}, false})
                    .has_value());
        REQUIRE(
            MotCua::AuthService(*c.a.store)
                .createUser(
                    c.a.session,
                    {u"ngan"_s, u"Nguyễn Thị Ngân"_s, u"ngan o quay mot"_s, {MotCua::Role::Receptionist}, {}, false})
                .has_value());
        return c.bundleOf(*c.b, c.bAdmin, u"b.bundle"_s);
    }();

    MotCua::Ui::AdminPage page(*c.a.store, c.a.session);
    BundlePanel *panel = page.bundlePanel();
    panel->importPathEdit()->setText(fromB);
    panel->inspectBundle();
    REQUIRE(idle(*panel));
    panel->importBundle();
    REQUIRE(idle(*panel));
    REQUIRE(panel->lastImport().has_value());
    const auto open = *MotCua::ConflictService(*c.a.store).openCount(c.a.session);
    CHECK(open == 2); // the second return, the second "ngan" (whichever folds later)
    CHECK(panel->lastImport()->conflicts.size() == 2);
    CHECK(child<QLabel>(*panel, u"importMessage"_s)->text().contains(u"2 new item(s) need attention"));
    auto *openList = child<QPushButton>(*panel, u"openAttentionButton"_s);
    REQUIRE(openList->isVisibleTo(panel));
    QSignalSpy asked(&page, &MotCua::Ui::AdminPage::attentionRequested);
    QTest::mouseClick(openList, Qt::LeftButton);
    CHECK(asked.count() == 1);
}

TEST_CASE("A truncated, changed, other commune's or newer bundle is refused in one clear sentence, nothing taken in",
          "[ui][bundle]")
{
    TwoCounters c;
    const QString good = c.bundleOf(*c.b, c.bAdmin, u"tot.bundle"_s);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    QByteArray newer = bytes;
    newer.replace(0, 15, "MOTCUA-BUNDLE 9");

    MotCua::Ui::AdminPage page(*c.a.store, c.a.session);
    BundlePanel *panel = page.bundlePanel();
    auto *message = child<QLabel>(*panel, u"importMessage"_s);
    auto *import = child<QPushButton>(*panel, u"importButton"_s);
    const QByteArray before = *c.a.store->exportCanonical();
    const QList<std::pair<QString, QString>> bad = {
        {writeFile(c.usb.filePath(u"cat.bundle"_s), bytes.left(bytes.size() * 2 / 3)), u"cut short or changed"_s},
        {writeFile(c.usb.filePath(u"doi.bundle"_s), flipped), u"cut short or changed"_s},
        {writeFile(c.usb.filePath(u"moi.bundle"_s), newer), u"made by a newer MotCua Desk"_s},
        {writeFile(c.usb.filePath(u"ghichu.bundle"_s), "Biên bản họp ngày 1/12\n"), u"not a MotCua Desk bundle"_s},
        {c.usb.filePath(u"khong-co.bundle"_s), u"was not found"_s},
    };
    for (const auto &[path, sentence] : bad) {
        INFO(path.toStdString());
        panel->importPathEdit()->setText(path);
        panel->inspectBundle();
        REQUIRE(idle(*panel));
        CHECK_FALSE(panel->inspected().has_value());
        CHECK_FALSE(import->isEnabled());
        CHECK(message->text().contains(sentence));
        CHECK(message->text().count(u'.') <= 3);     // a sentence or two, not a technical dump
        CHECK_FALSE(message->text().contains(path)); // no raw core message
    }

    // Another commune's bundle: what it holds is shown, but it cannot be taken in.
    QTemporaryDir otherDir;
    auto other = MotCua::Store::open(otherDir.path());
    REQUIRE(other.has_value());
    REQUIRE(MotCua::SetupService(**other)
                .initialise({u"00008"_s, u"admin"_s, QString::fromLatin1(MotCua::Test::kPassword), {}})
                .has_value());
    auto otherAdmin =
        MotCua::AuthService(**other).authenticate(u"admin"_s, QString::fromLatin1(MotCua::Test::kPassword));
    auto foreign = MotCua::BundleService(**other).exportTo(*otherAdmin, c.usb.filePath(u"xa-khac.bundle"_s));
    REQUIRE(foreign.has_value());
    panel->importPathEdit()->setText(foreign->path);
    panel->inspectBundle();
    REQUIRE(idle(*panel));
    REQUIRE(panel->inspected().has_value());
    CHECK(child<QLabel>(*panel, u"bundlePreview"_s)->text().contains((*other)->communeName().toHtmlEscaped()));
    CHECK_FALSE(import->isEnabled());
    CHECK(message->text().contains(u"another commune's counters"));
    panel->importBundle(); // even when asked directly, the core refuses
    REQUIRE(idle(*panel));
    CHECK(*c.a.store->exportCanonical() == before);
}

TEST_CASE("A big bundle is taken in while the window answers, and Cancel takes nothing in", "[ui][bundle][long]")
{
    TwoCounters c;
    MotCua::Test::addManyDossiers(*c.a.store, c.a.session.userId, 5000); // 20,000 events
    const QString big = c.bundleOf(*c.a.store, c.a.session, u"lon.bundle"_s);
    const QByteArray before = *c.b->exportCanonical();
    const qint64 held = *c.b->log().count();

    MotCua::Ui::AdminPage page(*c.b, c.bAdmin);
    page.show();
    BundlePanel *panel = page.bundlePanel();
    auto *bar = child<QProgressBar>(*panel, u"bundleProgress"_s);
    int ticksWhileBusy = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (panel->isBusy())
            ++ticksWhileBusy;
    });
    heartbeat.start();

    panel->importPathEdit()->setText(big);
    panel->inspectBundle();
    REQUIRE(idle(*panel));
    REQUIRE(panel->inspected().has_value());
    CHECK(panel->inspected()->events == *c.a.store->log().count());

    SECTION("cancelled: nothing taken in")
    {
        ticksWhileBusy = 0;
        QTest::mouseClick(child<QPushButton>(*panel, u"importButton"_s), Qt::LeftButton);
        REQUIRE(panel->isBusy());
        REQUIRE(waitUntil([&] { return bar->maximum() > 0 && bar->value() > 0; }, std::chrono::seconds(60)));
        REQUIRE(waitUntil([&] { return ticksWhileBusy >= 3; }, std::chrono::seconds(60)));
        REQUIRE(panel->isBusy());
        QTest::mouseClick(child<QPushButton>(*panel, u"bundleCancel"_s), Qt::LeftButton);
        REQUIRE(idle(*panel));
        CHECK_FALSE(panel->lastImport().has_value());
        CHECK(child<QLabel>(*panel, u"importMessage"_s)->text().contains(u"Cancelled: nothing was taken in"));
        CHECK(*c.b->log().count() == held);
        CHECK(*c.b->exportCanonical() == before);
    }
    SECTION("to the end, the timer firing meanwhile")
    {
        ticksWhileBusy = 0;
        panel->importBundle();
        REQUIRE(idle(*panel));
        REQUIRE(panel->lastImport().has_value());
        CHECK(panel->lastImport()->added == *c.a.store->log().count() - held);
        CHECK(ticksWhileBusy >= 3);
        CHECK(*c.b->log().count() == *c.a.store->log().count());
    }
}
