// The home dashboard (issue "Reports and dashboard"): the numbers of the day for the person and the whole center,
// each a button that opens exactly the dossiers it counts on the Dossiers page.
#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "core/domain/ids.h"
#include "core/reports/reportservice.h"
#include "core/services/authservice.h"
#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/home/homepage.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using MotCua::DashboardFigure;
using MotCua::DossierAction;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::DashboardTile;
using MotCua::Ui::MainWindow;

namespace
{

// Two people at the desk who also process: An and Bình, each with dossiers of their own.
struct Desk
{
    UiStore s;
    MotCua::DossierService dossiers{*s.store};
    MotCua::AuthService auth{*s.store};
    MotCua::Session an = person(u"an"_s, u"Nguyễn Văn An"_s);
    MotCua::Session binh = person(u"binh"_s, u"Lê Thị Bình"_s);
    MotCua::Ui::AppSettings settings{QDir(s.dir.path()).filePath(u"settings.ini"_s)};
    int n = 0;

    MotCua::Session person(const QString &username, const QString &fullName)
    {
        const QString password = u"password-of-"_s + username;
        MotCua::NewUser user{
            username, fullName, password, {MotCua::Role::Receptionist, MotCua::Role::Specialist}, u"Bộ phận Một cửa"_s,
            false};
        REQUIRE(auth.createUser(s.session, user).has_value());
        auto session = auth.authenticate(username, password);
        REQUIRE(session.has_value());
        return *session;
    }
    MotCua::Dossier receive(const MotCua::Session &who, const QString &applicant, const QDateTime &at = {})
    {
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.004335"_s;
        r.applicantName = applicant;
        r.citizenId = u"0010900002%1"_s.arg(n++, 2, 10, QLatin1Char('0'));
        r.receivedAt = at;
        auto d = dossiers.receive(who, r);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.has_value());
        return *d;
    }
    void act(const MotCua::Session &who, const MotCua::Dossier &d, DossierAction a, const QString &to = {})
    {
        MotCua::DossierActionRequest r;
        r.action = a;
        r.code = d.code;
        r.toUser = to;
        if (a == DossierAction::RequestSupplement) {
            r.reason = u"Thiếu giấy tờ"_s;
            r.items = {u"Bản sao giấy khai sinh"_s};
        }
        auto done = dossiers.act(who, r);
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.has_value());
    }
    MotCua::Dashboard dashboard(const MotCua::Session &who)
    {
        auto d = MotCua::ReportService(*s.store).dashboard(who);
        REQUIRE(d.has_value());
        return *d;
    }
};

QSet<QString> shownCodes(MotCua::Ui::DossierTableModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QSet<QString> codes;
    for (int row = 0; row < model->rowCount(); ++row)
        codes.insert(model->data(model->index(row, 0), MotCua::Ui::DossierTableModel::CodeRole).toString());
    return codes;
}

} // namespace

TEST_CASE("The home dashboard: the person's numbers and the center's, each opening its dossiers", "[ui][dashboard]")
{
    Desk desk;
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-150);
    const QDateTime daysAgo = QDateTime::currentDateTimeUtc().addDays(-3);
    // An: two today, one long overdue, one waiting for a supplement. Bình: one today, two long overdue, one finished.
    const MotCua::Dossier anToday1 = desk.receive(desk.an, u"Nguyễn Văn An"_s);
    const MotCua::Dossier anToday2 = desk.receive(desk.an, u"Trần Thị Bình"_s);
    const MotCua::Dossier anLate = desk.receive(desk.an, u"Lê Hoàng Cường"_s, longAgo);
    const MotCua::Dossier anWaiting = desk.receive(desk.an, u"Phạm Thu Dung"_s, daysAgo);
    desk.act(desk.an, anWaiting, DossierAction::Transfer, u"an"_s);
    desk.act(desk.an, anWaiting, DossierAction::RequestSupplement);
    const MotCua::Dossier binhToday = desk.receive(desk.binh, u"Hoàng Văn Em"_s);
    const MotCua::Dossier binhLate1 = desk.receive(desk.binh, u"Vũ Thị Giang"_s, longAgo);
    const MotCua::Dossier binhLate2 = desk.receive(desk.binh, u"Đặng Quốc Huy"_s, longAgo);
    const MotCua::Dossier binhDone = desk.receive(desk.binh, u"Bùi Thị Kim"_s, daysAgo);
    desk.act(desk.binh, binhDone, DossierAction::Transfer, u"binh"_s);
    desk.act(desk.binh, binhDone, DossierAction::Finish);

    MainWindow window(*desk.s.store, desk.an, desk.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The first entry of the navigation, and the page shown after signing in.
    MotCua::Ui::HomePage *home = window.homePage();
    REQUIRE(home != nullptr);
    QTreeWidgetItem *homeItem = window.pageItem(MainWindow::Page::Home);
    REQUIRE(homeItem != nullptr);
    CHECK(window.navigation()->indexOfTopLevelItem(homeItem) == 0);
    CHECK(window.navigation()->currentItem() == homeItem);
    CHECK(home->isVisible());
    CHECK(MotCua::Test::child<QLabel>(*home, u"homeGreeting"_s)->text().contains(u"Nguyễn Văn An"));
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    CHECK(MotCua::Test::child<QLabel>(*home, u"homeDate"_s)->text().contains(today.toString(u"dd/MM/yyyy"_s)));

    SECTION("the tiles show the core's numbers, the person's apart from the center's")
    {
        const MotCua::Dashboard core = desk.dashboard(desk.an);
        CHECK(core.mine.receivedToday == 2);
        CHECK(core.mine.overdue == 1);
        CHECK(core.mine.awaitingSupplement == 1);
        CHECK(core.mine.readyToReturn == 0);
        CHECK(core.center.receivedToday == 3);
        CHECK(core.center.overdue == 3);
        CHECK(core.center.awaitingSupplement == 1);
        CHECK(core.center.readyToReturn == 1);
        for (const DashboardFigure f : MotCua::dashboardFigures()) {
            for (const bool mine : {true, false}) {
                DashboardTile *tile = home->tile(f, mine);
                REQUIRE(tile != nullptr);
                const qint64 expected = (mine ? core.mine : core.center).value(f);
                INFO(tile->objectName().toStdString());
                CHECK(tile->value() == expected);
                // A real button: Tab reaches it and a screen reader says the number.
                CHECK(tile->focusPolicy() == Qt::StrongFocus);
                CHECK(tile->accessibleName().endsWith(u": %1"_s.arg(expected)));
                CHECK(tile->accessibleName().startsWith(MotCua::dashboardFigureTitle(f)));
                CHECK(tile->warns() == (f == DashboardFigure::Overdue && expected > 0));
            }
        }
        CHECK(home->tile(DashboardFigure::Overdue, true)->accessibleName() == u"Overdue — mine: 1");
        CHECK(home->tile(DashboardFigure::Overdue, false)->accessibleName() == u"Overdue — whole center: 3");
        CHECK_FALSE(home->tile(DashboardFigure::ReadyToReturn, true)->warns());

        // Painting reads nothing: the numbers come from the last reload.
        const int loads = home->loadCount();
        for (int i = 0; i < 5; ++i) {
            home->repaint();
            home->tile(DashboardFigure::Overdue, false)->repaint();
        }
        QCoreApplication::processEvents();
        CHECK(home->loadCount() == loads);
    }

    SECTION("a tile opens exactly its dossiers on the Dossiers page, titled, with the way back")
    {
        MotCua::Ui::DossiersPage *page = window.dossiersPage();
        struct Case
        {
            DashboardFigure figure;
            bool mine;
            QString title;
            QSet<QString> codes;
        };
        const QList<Case> cases{
            {DashboardFigure::Overdue, true, u"Overdue — mine"_s, {anLate.code}},
            {DashboardFigure::Overdue,
             false,
             u"Overdue — whole center"_s,
             {anLate.code, binhLate1.code, binhLate2.code}},
            {DashboardFigure::ReceivedToday, true, u"Received today — mine"_s, {anToday1.code, anToday2.code}},
            {DashboardFigure::ReceivedToday,
             false,
             u"Received today — whole center"_s,
             {anToday1.code, anToday2.code, binhToday.code}},
            {DashboardFigure::AwaitingSupplement, false, u"Awaiting supplement — whole center"_s, {anWaiting.code}},
            {DashboardFigure::ReadyToReturn, true, u"Ready to return — mine"_s, {}},
            {DashboardFigure::ReadyToReturn, false, u"Ready to return — whole center"_s, {binhDone.code}},
        };
        for (const Case &c : cases) {
            INFO(c.title.toStdString());
            window.showPage(MainWindow::Page::Home);
            REQUIRE(home->isVisible());
            DashboardTile *tile = home->tile(c.figure, c.mine);
            QTest::mouseClick(tile, Qt::LeftButton);
            CHECK(page->isVisible());
            CHECK(page->showsFilter());
            CHECK(page->filterTitle() == c.title);
            CHECK(MotCua::Test::child<QLabel>(*page, u"filterTitle"_s)->isVisible());
            CHECK(page->model()->rowCount() == tile->value());
            CHECK(shownCodes(page->model()) == c.codes);
        }

        // Back to the queues: every dossier again, and the navigation on "All".
        QPushButton *back = page->backToQueuesButton();
        REQUIRE(back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        CHECK_FALSE(page->showsFilter());
        CHECK_FALSE(back->isVisible());
        CHECK(window.navigation()->currentItem() == window.queueItem({}));
        CHECK(page->model()->rowCount() == 8);

        // Choosing a queue in the navigation ends a dashboard list too.
        window.showPage(MainWindow::Page::Home);
        QTest::mouseClick(home->tile(DashboardFigure::ReceivedToday, false), Qt::LeftButton);
        REQUIRE(page->showsFilter());
        window.showQueue(u"overdue"_s);
        CHECK_FALSE(page->showsFilter());
        CHECK(page->model()->filter().queue == MotCua::WorkQueue::Overdue);
        CHECK(page->model()->rowCount() == 3);
    }

    SECTION("the keyboard: Tab reaches the tiles and Space opens one")
    {
        DashboardTile *first = home->tile(DashboardFigure::ReceivedToday, true);
        first->setFocus();
        REQUIRE(waitUntil([first] { return first->hasFocus(); }));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == home->tile(DashboardFigure::DueToday, true));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *overdue = QApplication::focusWidget();
        REQUIRE(overdue == home->tile(DashboardFigure::Overdue, true));
        QTest::keyClick(overdue, Qt::Key_Space);
        CHECK(window.dossiersPage()->isVisible());
        CHECK(window.dossiersPage()->filterTitle() == u"Overdue — mine");
        CHECK(shownCodes(window.dossiersPage()->model()) == QSet<QString>{anLate.code});
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        CHECK(home->isVisible());
    }

    SECTION("the numbers follow the store: another dossier received")
    {
        const qint64 mineBefore = home->tile(DashboardFigure::ReceivedToday, true)->value().value_or(-1);
        const qint64 centerBefore = home->tile(DashboardFigure::ReceivedToday, false)->value().value_or(-1);
        REQUIRE(mineBefore == 2);
        REQUIRE(centerBefore == 3);
        // An receives at this window: the window refreshes after its own change.
        desk.receive(desk.an, u"Ngô Thị Mai"_s);
        window.refreshIfChanged();
        CHECK(home->tile(DashboardFigure::ReceivedToday, true)->value() == 3);
        CHECK(home->tile(DashboardFigure::ReceivedToday, false)->value() == 4);
        // Bình receives elsewhere (another window, the CLI): the store watch picks it up by itself.
        desk.receive(desk.binh, u"Dương Văn Nam"_s);
        CHECK(waitUntil([home] { return home->tile(DashboardFigure::ReceivedToday, false)->value() == 5; },
                        std::chrono::seconds(5)));
        CHECK(home->tile(DashboardFigure::ReceivedToday, true)->value() == 3);
        CHECK(home->tile(DashboardFigure::ReceivedToday, true)->value() == desk.dashboard(desk.an).mine.receivedToday);
        QTest::mouseClick(home->tile(DashboardFigure::ReceivedToday, false), Qt::LeftButton);
        CHECK(window.dossiersPage()->model()->rowCount() == 5);
    }

    SECTION("hidden, the page reads nothing until it shows again")
    {
        window.showPage(MainWindow::Page::Dossiers);
        REQUIRE_FALSE(home->isVisible());
        const int loads = home->loadCount();
        desk.receive(desk.binh, u"Dương Văn Nam"_s);
        window.refresh();
        CHECK(home->loadCount() == loads);
        window.showPage(MainWindow::Page::Home);
        CHECK(home->loadCount() == loads + 1);
        CHECK(home->tile(DashboardFigure::ReceivedToday, false)->value() == 4);
    }
}

TEST_CASE("The home dashboard in Vietnamese: the core's figure names and the page's words", "[ui][dashboard][i18n]")
{
    UiStore s;
    REQUIRE(MotCua::Ui::installTranslations(*qApp, u"vi"_s));
    struct Restore
    {
        ~Restore() { MotCua::Ui::removeTranslations(*qApp); }
    } restore;

    // The figures' names come from the core (context of ReportService's wording), the rest from the page.
    CHECK(MotCua::dashboardFigureTitle(DashboardFigure::ReceivedToday) == u"Tiếp nhận hôm nay");
    CHECK(MotCua::dashboardFigureTitle(DashboardFigure::DueToday) == u"Đến hạn hôm nay");
    CHECK(MotCua::dashboardFigureTitle(DashboardFigure::Overdue) == u"Quá hạn");
    CHECK(MotCua::dashboardFigureTitle(DashboardFigure::AwaitingSupplement) == u"Chờ bổ sung");
    CHECK(MotCua::dashboardFigureTitle(DashboardFigure::ReadyToReturn) == u"Chờ trả kết quả");

    MotCua::Ui::HomePage home(*s.store, s.session);
    home.show();
    REQUIRE(QTest::qWaitForWindowExposed(&home));
    CHECK(MotCua::Test::child<QLabel>(home, u"homeGreeting"_s)->text() == u"Xin chào, Trần Thị Bình");
    CHECK(MotCua::Test::child<QLabel>(home, u"homeDate"_s)->text().startsWith(u"Hôm nay là "));
    CHECK(MotCua::Test::child<QLabel>(home, u"mineHeading"_s)->text() == u"Của tôi");
    CHECK(MotCua::Test::child<QLabel>(home, u"centerHeading"_s)->text() == u"Toàn trung tâm");
    CHECK(home.tile(DashboardFigure::Overdue, true)->listTitle() == u"Quá hạn — của tôi");
    CHECK(home.tile(DashboardFigure::Overdue, false)->listTitle() == u"Quá hạn — toàn trung tâm");
    CHECK(home.tile(DashboardFigure::Overdue, true)->accessibleName() == u"Quá hạn — của tôi: 0");
}
