// Issue 9's leftover: when the store takes no changes (read-only, damaged, acknowledged events lost), the main
// window says why and what to do in a banner, and the actions that would write are off or say why when tried.
#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/shell/application.h"
#include "ui/shell/errortext.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::MainWindow;

namespace
{
MotCua::Dossier receive(MotCua::Store &store, const MotCua::Session &who, const QString &citizenId)
{
    MotCua::ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = u"Bùi Thị Hiền"_s;
    r.citizenId = citizenId;
    auto d = MotCua::DossierService(store).receive(who, r);
    REQUIRE(d.has_value());
    return *d;
}

std::unique_ptr<MotCua::Store> reopen(const QString &dir)
{
    auto s = MotCua::Store::open(dir, false);
    REQUIRE(s.has_value());
    return std::move(s.value());
}
} // namespace

TEST_CASE("A damaged store: the window says why nothing can be saved, reads still work, and writing says why",
          "[ui][writeblock]")
{
    UiStore s;
    receive(*s.store, s.session, u"001190111222"_s);
    // Another process (or the start-up check) found the file damaged and left its mark.
    s.store.reset();
    {
        QFile marker(QDir(s.dir.path()).filePath(QLatin1String(MotCua::Store::kDamagedMarker)));
        REQUIRE(marker.open(QIODevice::WriteOnly));
        marker.write("*** in database main ***\nPage 7: btreeInitPage() returns error code 11");
    }
    auto store = reopen(s.dir.path());
    REQUIRE(store->writeBlock().has_value());
    MotCua::Ui::AppSettings settings(QDir(s.dir.path()).filePath(u"settings.ini"_s));
    MainWindow window(*store, s.session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QLabel *banner = window.writeBlockBanner();
    REQUIRE(banner->isVisible());
    CHECK(banner->text().contains(u"damaged"));
    CHECK(banner->text().contains(u"nothing can be saved"));
    CHECK(banner->text().contains(u"Make a backup now"));
    CHECK_FALSE(child<QPushButton>(window, u"acceptLossButton"_s)->isVisible());
    // Reading still works.
    CHECK(window.dossiersPage()->model()->rowCount() == 1);
    // The actions that write are off and say why; asking anyway says why and opens no form.
    auto *receiveAction = child<QAction>(window, u"receiveAction"_s);
    CHECK_FALSE(receiveAction->isEnabled());
    CHECK(receiveAction->toolTip().contains(u"damaged"));
    CHECK_FALSE(child<QAction>(window, u"changePasswordAction"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(*window.dossiersPage(), u"receiveButton"_s), Qt::LeftButton);
    CHECK(window.findChild<MotCua::Ui::ReceiveDialog *>() == nullptr);
    CHECK(window.statusBar()->currentMessage().contains(u"damaged"));
    CHECK(window.statusBar()->currentMessage().contains(u"backup"));
    // The core refuses writes in one sentence too (the dossier forms show ErrorText's words).
    MotCua::ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = u"Bùi Thị Hiền"_s;
    auto refused = MotCua::DossierService(*store).receive(s.session, r);
    REQUIRE_FALSE(refused.has_value());
    CHECK(MotCua::Ui::ErrorText::message(refused.error()).startsWith(u"The data store is damaged, so nothing"));

    // A check that passes lifts the mark: the banner goes and the actions come back at the next refresh.
    REQUIRE(store->quickCheck()->isEmpty());
    window.refresh();
    CHECK_FALSE(banner->isVisible());
    CHECK(receiveAction->isEnabled());
}

TEST_CASE("Events lost with a deleted -wal: the banner says what to do, and an administrator accepts the loss there",
          "[ui][writeblock]")
{
    UiStore s;
    receive(*s.store, s.session, u"001090200001"_s);
    REQUIRE(s.store->db().execScript("PRAGMA wal_checkpoint(TRUNCATE);"));
    receive(*s.store, s.session, u"001090200002"_s); // acknowledged, only in the -wal file
    // What another process finds when the -wal file is gone: the main file as of the last checkpoint.
    QTemporaryDir other;
    REQUIRE(QFile::copy(s.store->databasePath(), QDir(other.path()).filePath(u"motcua.db"_s)));
    REQUIRE(QFile::copy(QDir(s.dir.path()).filePath(QLatin1String(MotCua::Store::kHeadFile)),
                        QDir(other.path()).filePath(QLatin1String(MotCua::Store::kHeadFile))));
    s.store.reset();
    auto lost = reopen(other.path());
    REQUIRE(lost->writeBlock().has_value());
    REQUIRE(lost->writeBlock()->reason == MotCua::WriteBlock::Reason::EventsLost);
    MotCua::Ui::AppSettings settings(QDir(other.path()).filePath(u"settings.ini"_s));
    MainWindow window(*lost, s.session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QLabel *banner = window.writeBlockBanner();
    REQUIRE(banner->isVisible());
    CHECK(banner->text().contains(u"missing"));
    CHECK(banner->text().contains(u"no dossier code is given twice"));
    CHECK_FALSE(child<QAction>(window, u"receiveAction"_s)->isEnabled());
    auto *accept = child<QPushButton>(window, u"acceptLossButton"_s);
    REQUIRE(accept->isVisible());
    const QString oldTag = lost->deviceTag();

    QTest::mouseClick(accept, Qt::LeftButton);
    auto *box = window.findChild<QMessageBox *>(u"acceptLossBox"_s);
    REQUIRE(box != nullptr);
    QTest::mouseClick(child<QPushButton>(*box, u"yesButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !banner->isVisible(); }));
    CHECK(lost->deviceTag() != oldTag);
    CHECK(child<QAction>(window, u"receiveAction"_s)->isEnabled());
    CHECK(window.statusBar()->currentMessage().contains(lost->deviceTag()));
    // It writes again, as the new device.
    CHECK(receive(*lost, s.session, u"001090200009"_s).code.contains(u'.' + lost->deviceTag() + u'-'));
}

TEST_CASE("The banner's words for each reason a store takes no changes", "[ui][writeblock]")
{
    using Reason = MotCua::WriteBlock::Reason;
    const QString readOnly = MainWindow::writeBlockText({Reason::ReadOnly, u"x"_s}, u"/srv/motcua"_s);
    CHECK(readOnly.contains(u"Read-only"));
    CHECK(readOnly.contains(u"/srv/motcua"));
    CHECK(readOnly.contains(u"write access"));
    CHECK(MainWindow::writeBlockText({Reason::Damaged, u"x"_s}, {}).contains(u"restore the latest good backup"));
    CHECK(MainWindow::writeBlockText({Reason::EventsLost, u"x"_s}, {}).contains(u"accept the loss"));
    // And the core's refusals, worded for each.
    for (const auto &[reason, words] :
         {std::pair{Reason::ReadOnly, u"read-only"_s}, std::pair{Reason::Damaged, u"damaged"_s},
          std::pair{Reason::EventsLost, u"missing"_s}})
        CHECK(MotCua::Ui::ErrorText::message(MotCua::WriteBlock{reason, u"x"_s}.error()).contains(words));
}

TEST_CASE("A read-only store: the banner, as an ordinary user sees it", "[ui][writeblock]")
{
    if (::geteuid() == 0) {
        WARN("running as root, which writes everywhere: the read-only store is shown by the screenshots instead");
        return;
    }
    UiStore s;
    receive(*s.store, s.session, u"001190555666"_s);
    s.store.reset();
    const QString db = QDir(s.dir.path()).filePath(u"motcua.db"_s);
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner));
    REQUIRE(QFile::setPermissions(s.dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    {
        auto store = reopen(s.dir.path());
        REQUIRE(store->isReadOnly());
        MotCua::Ui::AppSettings settings(QDir(QDir::tempPath()).filePath(u"motcua-ro-settings.ini"_s));
        MainWindow window(*store, s.session, settings);
        CHECK(window.writeBlockBanner()->isVisibleTo(&window));
        CHECK(window.writeBlockBanner()->text().contains(u"Read-only"));
        CHECK_FALSE(child<QAction>(window, u"receiveAction"_s)->isEnabled());
        CHECK(window.dossiersPage()->model()->rowCount() == 1);
    }
    QFile::setPermissions(s.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
}
