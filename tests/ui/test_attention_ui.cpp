// "Cần xử lý" (needs attention) in the window (issue 10): the navigation entry with the open count, the list with
// what happened and what can be done, worded by kind, and the remedies the core lists.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "core/services/authservice.h"
#include "core/services/conflictservice.h"
#include "tests/ui/uifixture.h"
#include "ui/attention/attentionpage.h"
#include "ui/attention/conflicttablemodel.h"
#include "ui/attention/renameuserdialog.h"
#include "ui/attention/resolvedialog.h"
#include "ui/dossiers/dossierdialog.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using MotCua::ConflictKind;
using MotCua::Test::child;
using MotCua::Test::TwoCounters;
using MotCua::Test::waitUntil;
using MotCua::Ui::AttentionPage;
using MotCua::Ui::MainWindow;

namespace
{
// Selects the first item of `kind` on the page.
const MotCua::Conflict &pick(AttentionPage &page, ConflictKind kind, bool resolved = false)
{
    const auto &items = page.model()->items();
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [&](const MotCua::Conflict &c) { return c.kind == kind && c.resolved == resolved; });
    REQUIRE(it != items.cend());
    page.select(it->id);
    REQUIRE(page.selected() != nullptr);
    REQUIRE(page.selected()->id == it->id);
    return *it;
}

QString text(QWidget &page, const QString &name)
{
    return child<QLabel>(page, name)->text();
}

MotCua::Session person(MotCua::Store &store, const MotCua::Session &admin, const QString &username,
                       const QString &fullName, MotCua::Role role)
{
    MotCua::AuthService auth(store);
    REQUIRE(auth.createUser(admin, {username, fullName, u"password-of-"_s + username, {role}, {}, false}).has_value());
    auto s = auth.authenticate(username, u"password-of-"_s + username);
    REQUIRE(s.has_value());
    return *s;
}
} // namespace

TEST_CASE("Needs attention: the count in the navigation, each kind in words, and what can be done about it",
          "[ui][attention]")
{
    TwoCounters c;
    const QString clashCode = c.makeClashes();
    MotCua::Ui::AppSettings settings(QDir(c.bHome.path()).filePath(u"settings.ini"_s));
    MainWindow window(*c.b, c.bAdmin, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The entry sits right after the dossier queues, with the open count.
    QTreeWidgetItem *entry = window.pageItem(MainWindow::Page::Attention);
    REQUIRE(entry != nullptr);
    CHECK(entry->text(0) == u"Needs attention (3)");
    CHECK(entry->data(0, MainWindow::kCountRole).toLongLong() == 3);
    CHECK(window.navigation()->indexOfTopLevelItem(entry) ==
          window.navigation()->indexOfTopLevelItem(window.pageItem(MainWindow::Page::Dossiers)) + 1);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.navigation()->currentItem() == entry);
    AttentionPage *page = window.attentionPage();
    REQUIRE(page != nullptr);
    CHECK(page->isVisible());
    CHECK(page->model()->rowCount() == 3);
    CHECK(text(*page, u"attentionSummary"_s) == u"3 item(s) need attention.");

    SECTION("an action that did not take effect: in words, and the dossier opens")
    {
        const MotCua::Conflict &item = pick(*page, ConflictKind::DossierAction);
        const QString happened = text(*page, u"whatHappened"_s);
        CHECK(happened.contains(clashCode));
        CHECK(happened.contains(u"“Result returned”"));
        CHECK(happened.contains(u"already “Result returned”"));
        CHECK(happened.contains(u"counter " + item.deviceTag));
        CHECK(text(*page, u"whatToDo"_s).contains(u"Open the dossier"));
        CHECK(page->openButton()->isVisible());
        CHECK_FALSE(page->renameButton()->isVisible());
        CHECK(page->resolveButton()->isEnabled());
        QTest::mouseClick(page->openButton(), Qt::LeftButton);
        auto *dossier = window.findChild<MotCua::Ui::DossierDialog *>();
        REQUIRE(dossier != nullptr);
        CHECK(dossier->dossier().code == clashCode);
        dossier->close();
    }
    SECTION("a user name made twice: an administrator renames the account, and the item goes")
    {
        const MotCua::Conflict item = pick(*page, ConflictKind::Username);
        CHECK(text(*page, u"whatHappened"_s).contains(u"“ngan” was created on two counters"));
        CHECK(text(*page, u"whatToDo"_s).contains(u"another user name"));
        CHECK_FALSE(page->openButton()->isVisible());
        REQUIRE(page->renameButton()->isVisible());
        REQUIRE(page->renameButton()->isEnabled());
        QTest::mouseClick(page->renameButton(), Qt::LeftButton);
        auto *dialog = page->findChild<MotCua::Ui::RenameUserDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(waitUntil([dialog] { return dialog->isVisible(); }));
        QLineEdit *name = dialog->usernameEdit();
        CHECK(name->text().isEmpty());
        CHECK(name->placeholderText().contains(u"ngan."));
        QPushButton *ok = child<QDialogButtonBox>(*dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        QTest::keyClicks(name, u"ngan"_s); // the same name
        CHECK_FALSE(ok->isEnabled());
        QTest::keyClicks(name, u" hai"_s); // not a user name
        CHECK_FALSE(ok->isEnabled());
        CHECK(child<QLabel>(*dialog, u"renameMessage"_s)->text().contains(u"lower-case letters"));
        name->clear();
        QTest::keyClicks(name, u"admin"_s); // taken: the core says so
        QTest::keyClick(name, Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(child<QLabel>(*dialog, u"renameMessage"_s)->text().contains(u"already taken"));
        name->clear();
        QTest::keyClicks(name, u"ngan.hai"_s);
        REQUIRE(ok->isEnabled());
        QTest::keyClick(name, Qt::Key_Return);
        REQUIRE(waitUntil([page] { return page->findChild<MotCua::Ui::RenameUserDialog *>() == nullptr; }));
        // The account has its new name; the item stays until someone marks it resolved, and says what is left.
        auto users = MotCua::AuthService(*c.b).listUsers(c.bAdmin);
        REQUIRE(users.has_value());
        CHECK(std::count_if(users->cbegin(), users->cend(), [&](const MotCua::User &u) {
                  return u.id == item.entityId && u.username == u"ngan.hai";
              }) == 1);
        CHECK(MotCua::AuthService(*c.b).authenticate(u"ngan.hai"_s, u"ngan o quay mot"_s).has_value() !=
              MotCua::AuthService(*c.b).authenticate(u"ngan.hai"_s, u"ngan o quay hai"_s).has_value());
        CHECK(text(*page, u"attentionMessage"_s).contains(u"ngan.hai"));
        REQUIRE(page->selected() != nullptr);
        CHECK(page->selected()->id == item.id);
        CHECK(text(*page, u"whatToDo"_s).contains(u"now called ngan.hai"));
        CHECK_FALSE(page->renameButton()->isEnabled());
        QTest::mouseClick(page->resolveButton(), Qt::LeftButton);
        auto *resolve = page->findChild<MotCua::Ui::ResolveDialog *>();
        REQUIRE(resolve != nullptr);
        MotCua::Test::typeText(resolve->noteEdit(), u"Đã đổi tên đăng nhập thành ngan.hai và báo chị Ngân"_s);
        child<QDialogButtonBox>(*resolve, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        REQUIRE(waitUntil([page] { return page->findChild<MotCua::Ui::ResolveDialog *>() == nullptr; }));
        CHECK(page->model()->rowOf(item.id) < 0);
        CHECK(entry->text(0) == u"Needs attention (2)");
    }
    SECTION("a code given twice, marked resolved with a note; shown again with the resolved ones")
    {
        const MotCua::Conflict item = pick(*page, ConflictKind::DossierCode);
        CHECK(text(*page, u"whatHappened"_s).contains(u"Two dossiers were given the code " + item.record));
        CHECK(page->openButton()->isVisible());
        QTest::mouseClick(page->resolveButton(), Qt::LeftButton);
        auto *dialog = page->findChild<MotCua::Ui::ResolveDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(waitUntil([dialog] { return dialog->isVisible(); }));
        // An empty note is refused, with a sentence.
        child<QDialogButtonBox>(*dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog->isVisible());
        CHECK(text(*dialog, u"resolveMessage"_s).contains(u"what was done"));
        MotCua::Test::typeText(dialog->noteEdit(), u"Đã báo công dân mã đúng của hồ sơ"_s);
        child<QDialogButtonBox>(*dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        REQUIRE(waitUntil([page] { return page->findChild<MotCua::Ui::ResolveDialog *>() == nullptr; }));
        CHECK(page->model()->rowOf(item.id) < 0);
        CHECK(entry->text(0) == u"Needs attention (2)");
        auto *toggle = child<QCheckBox>(*page, u"showResolved"_s);
        toggle->click();
        REQUIRE(page->model()->rowOf(item.id) >= 0);
        pick(*page, ConflictKind::DossierCode, true);
        CHECK(text(*page, u"resolution"_s).contains(u"Đã báo công dân mã đúng của hồ sơ"));
        CHECK(text(*page, u"resolution"_s).contains(c.bAdmin.fullName));
        CHECK_FALSE(page->resolveButton()->isEnabled());
        // Resolved is an event: the other counter sees it resolved after the next exchange.
        c.exchange();
        CHECK(*MotCua::ConflictService(*c.a.store).openCount(c.a.session) == 2);
    }
    SECTION("the count follows the store when another program changes it")
    {
        auto other = MotCua::Store::open(c.b->dataDir(), false);
        REQUIRE(other.has_value());
        auto items = MotCua::ConflictService(**other).list(c.bAdmin);
        REQUIRE(items.has_value());
        REQUIRE(MotCua::ConflictService(**other).resolve(c.bAdmin, items->first().id, u"Đã xử lý tại quầy"_s));
        REQUIRE(waitUntil([&] { return entry->text(0) == u"Needs attention (2)"; }, std::chrono::seconds(5)));
        CHECK(page->model()->rowCount() == 2);
    }
}

TEST_CASE("Everyone who may view dossiers sees the list, only an administrator renames, and the buttons say why",
          "[ui][attention]")
{
    TwoCounters c;
    c.makeClashes();
    const MotCua::Session clerk = person(*c.b, c.bAdmin, u"vanthu"_s, u"Đỗ Thị Hạnh"_s, MotCua::Role::Clerk);
    const MotCua::Session desk = person(*c.b, c.bAdmin, u"tiepnhan"_s, u"Lê Thị Thu"_s, MotCua::Role::Receptionist);
    MotCua::Ui::AppSettings settings(QDir(c.bHome.path()).filePath(u"settings.ini"_s));

    MainWindow window(*c.b, desk, settings);
    REQUIRE(window.attentionPage() != nullptr);
    AttentionPage *page = window.attentionPage();
    CHECK(page->model()->rowCount() == 3);
    pick(*page, ConflictKind::Username);
    CHECK_FALSE(page->renameButton()->isHidden());
    CHECK_FALSE(page->renameButton()->isEnabled());
    CHECK(page->renameButton()->toolTip().contains(u"administrator"));
    CHECK_FALSE(page->resolveButton()->isEnabled());
    CHECK(page->renameUser() == nullptr);
    pick(*page, ConflictKind::DossierAction);
    CHECK(page->resolveButton()->isEnabled()); // the desk hands dossiers on: it may resolve dossier items

    MainWindow clerkWindow(*c.b, clerk, settings);
    REQUIRE(clerkWindow.attentionPage() != nullptr);
    pick(*clerkWindow.attentionPage(), ConflictKind::DossierAction);
    CHECK(clerkWindow.attentionPage()->openButton()->isEnabled());
    CHECK_FALSE(clerkWindow.attentionPage()->resolveButton()->isEnabled());
    CHECK_FALSE(clerkWindow.attentionPage()->resolveButton()->toolTip().isEmpty());
}
