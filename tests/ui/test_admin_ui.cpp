// Issue 5 in the UI: forced password change, lockout message, screen lock and switching user, the administration
// page (users, backup, audit), and the recovery screen for a damaged store.
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/documents/documentservice.h"
#include "core/services/authservice.h"
#include "core/services/backupservice.h"
#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/auditpanel.h"
#include "ui/admin/backuppanel.h"
#include "ui/admin/registerspanel.h"
#include "ui/admin/userdialog.h"
#include "ui/admin/userspanel.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/application.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recoverydialog.h"
#include "ui/shell/singleinstance.h"

using namespace Qt::StringLiterals;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::AppController;

namespace
{

const QString kAdminName = QString::fromLatin1(MotCua::Test::kAdmin);
const QString kAdminPassword = QString::fromLatin1(MotCua::Test::kPassword);

// A store set up by UiStore, closed again so that AppController opens it as the application does, with a
// receptionist account; the controller signs people in through an injected dialog runner.
struct Counter
{
    UiStore s;
    MotCua::Ui::AppSettings settings{QDir(s.dir.path()).filePath(u"settings.ini"_s)};
    QStringList dialogsSeen;
    QString loginUser = kAdminName;
    QString loginPassword = kAdminPassword;
    QString newPassword;
    std::function<int(QDialog &)> extra; // for other dialogs

    explicit Counter(bool temporaryReceptionist = false)
    {
        MotCua::AuthService auth(*s.store);
        REQUIRE(auth.createUser(s.session, {u"tiepnhan"_s,
                                            u"Lê Thị Thu"_s,
                                            u"password-of-thu"_s,
                                            {MotCua::Role::Receptionist},
                                            u"Một cửa"_s,
                                            temporaryReceptionist})
                    .has_value());
        s.store.reset();
    }

    int run(QDialog &dialog)
    {
        dialogsSeen.append(dialog.objectName());
        if (dialog.objectName() == u"loginDialog") {
            dialog.findChild<QLineEdit *>(u"username"_s)->setText(loginUser);
            dialog.findChild<QLineEdit *>(u"password"_s)->setText(loginPassword);
            dialog.accept();
            return dialog.result();
        }
        if (dialog.objectName() == u"changePasswordDialog" && !newPassword.isEmpty()) {
            dialog.findChild<QLineEdit *>(u"currentPassword"_s)->setText(loginPassword);
            dialog.findChild<QLineEdit *>(u"newPassword"_s)->setText(newPassword);
            dialog.findChild<QLineEdit *>(u"confirmPassword"_s)->setText(newPassword);
            dialog.accept();
            return dialog.result();
        }
        if (extra)
            return extra(dialog);
        return QDialog::Rejected;
    }

    std::unique_ptr<AppController> controller()
    {
        auto c = std::make_unique<AppController>(s.dir.path(), settings);
        c->setDialogRunner([this](QDialog &d) { return run(d); });
        return c;
    }
};

MotCua::Ui::ReceiveDialog *openReceiveForm(MotCua::Ui::MainWindow &window, const QString &name)
{
    window.receiveDossier();
    auto *form = window.findChild<MotCua::Ui::ReceiveDialog *>();
    REQUIRE(form != nullptr);
    REQUIRE(waitUntil([form] { return form->isVisible(); }));
    auto *applicant = form->findChild<QLineEdit *>(u"applicantName"_s);
    MotCua::Test::typeText(applicant, name);
    REQUIRE(applicant->text() == name);
    return form;
}

void unlockWith(MotCua::Ui::LockScreen &lock, const QString &password)
{
    lock.passwordEdit()->setText(password);
    QTest::mouseClick(lock.findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
}

} // namespace

TEST_CASE("A temporary password leads to the forced change before the main window", "[ui][admin][password]")
{
    Counter counter(true);
    counter.loginUser = u"tiepnhan"_s;
    counter.loginPassword = u"password-of-thu"_s;
    counter.newPassword = u"my own secret 42"_s;
    auto c = counter.controller();
    REQUIRE(c->start() == AppController::Screen::Main);
    CHECK(counter.dialogsSeen == QStringList{u"loginDialog"_s, u"changePasswordDialog"_s});
    REQUIRE(c->currentWindow() != nullptr);
    CHECK(c->currentWindow()->session().username == u"tiepnhan");
    CHECK_FALSE(c->currentWindow()->session().mustChangePassword);

    MotCua::AuthService auth(*c->store());
    CHECK_FALSE(auth.authenticate(u"tiepnhan"_s, u"password-of-thu"_s).has_value());
    auto session = auth.authenticate(u"tiepnhan"_s, u"my own secret 42"_s);
    REQUIRE(session.has_value());
    CHECK_FALSE(session->mustChangePassword);
}

TEST_CASE("The change password dialog shows the policy as one types and refuses a wrong current password",
          "[ui][admin][password]")
{
    UiStore s;
    MotCua::AuthService auth(*s.store);
    MotCua::Ui::ChangePasswordDialog dialog(auth, s.session, false);
    auto *hint = child<QLabel>(dialog, u"newPasswordMessage"_s);
    child<QLineEdit>(dialog, u"newPassword"_s)->setText(u"short"_s);
    CHECK(hint->text().contains(u"Too short"));
    child<QLineEdit>(dialog, u"newPassword"_s)->setText(u"long enough now"_s);
    child<QLineEdit>(dialog, u"confirmPassword"_s)->setText(u"long enough now"_s);
    CHECK(hint->text().contains(u"not a common password"));
    child<QLineEdit>(dialog, u"currentPassword"_s)->setText(u"not my password"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, u"currentPasswordMessage"_s)->text().contains(u"wrong"));
    child<QLineEdit>(dialog, u"currentPassword"_s)->setText(kAdminPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(auth.authenticate(kAdminName, u"long enough now"_s).has_value());
}

TEST_CASE("The login dialog says the account is locked, with the time left, after 5 wrong passwords",
          "[ui][admin][lockout]")
{
    UiStore s;
    MotCua::Ui::LoginDialog login(*s.store, kAdminName);
    auto *message = child<QLabel>(login, u"formMessage"_s);
    for (int i = 0; i < 4; ++i) {
        child<QLineEdit>(login, u"password"_s)->setText(u"wrong password"_s);
        login.accept();
        CHECK(message->text().contains(u"Wrong user name or password"));
    }
    child<QLineEdit>(login, u"password"_s)->setText(u"wrong password"_s);
    login.accept();
    CHECK(message->text().contains(u"locked until"));
    CHECK(message->text().contains(u"minute"));
    // Even the right password is refused while locked, with the same clear message.
    child<QLineEdit>(login, u"password"_s)->setText(kAdminPassword);
    login.accept();
    CHECK_FALSE(login.session().has_value());
    CHECK(message->text().contains(u"locked until"));
}

TEST_CASE("The screen locks after the idle time and the right password brings back the same half-filled form",
          "[ui][admin][lock]")
{
    Counter counter;
    auto c = counter.controller();
    c->setIdleTimeout(std::chrono::milliseconds(300));
    REQUIRE(c->start() == AppController::Screen::Main);
    MotCua::Ui::MainWindow *window = c->currentWindow();
    REQUIRE(window != nullptr);
    MotCua::Ui::ReceiveDialog *form = openReceiveForm(*window, u"Nguyễn Thị Mai"_s);
    QPointer<MotCua::Ui::ReceiveDialog> guard(form);

    REQUIRE(waitUntil([&] { return c->isLocked(); }, std::chrono::seconds(3)));
    MotCua::Ui::LockScreen *lock = c->lockScreen();
    CHECK(lock->windowModality() == Qt::ApplicationModal);
    CHECK(lock->usernameEdit()->text() == kAdminName);

    unlockWith(*lock, u"not the password"_s);
    CHECK(c->isLocked());
    CHECK(child<QLabel>(*lock, u"lockMessage"_s)->text().contains(u"Wrong"));

    unlockWith(*lock, kAdminPassword);
    CHECK_FALSE(c->isLocked());
    CHECK(c->currentWindow() == window);
    REQUIRE(guard);
    CHECK(form->isVisible());
    CHECK(form->findChild<QLineEdit *>(u"applicantName"_s)->text() == u"Nguyễn Thị Mai");

    // Ctrl+L locks at once.
    window->findChild<QAction *>(u"lockAction"_s)->trigger();
    CHECK(c->isLocked());
    c->unlock(kAdminName, kAdminPassword);
    CHECK_FALSE(c->isLocked());
}

TEST_CASE("Another person signs in from the lock screen and the first one's open form is kept", "[ui][admin][lock]")
{
    Counter counter;
    auto c = counter.controller();
    REQUIRE(c->start() == AppController::Screen::Main);
    MotCua::Ui::MainWindow *adminWindow = c->currentWindow();
    MotCua::Ui::ReceiveDialog *form = openReceiveForm(*adminWindow, u"Trần Văn Hùng"_s);
    QPointer<MotCua::Ui::ReceiveDialog> guard(form);

    c->lock();
    MotCua::Ui::LockScreen *lock = c->lockScreen();
    QTest::mouseClick(child<QPushButton>(*lock, u"switchUserButton"_s), Qt::LeftButton);
    REQUIRE(lock->isSwitchMode());
    CHECK(lock->usernameEdit()->text().isEmpty());
    lock->usernameEdit()->setText(u"tiepnhan"_s);
    unlockWith(*lock, u"password-of-thu"_s);
    REQUIRE_FALSE(c->isLocked());
    MotCua::Ui::MainWindow *thuWindow = c->currentWindow();
    REQUIRE(thuWindow != adminWindow);
    CHECK(thuWindow->session().username == u"tiepnhan");
    CHECK(thuWindow->isVisible());
    CHECK_FALSE(adminWindow->isVisible());
    REQUIRE(guard);
    CHECK_FALSE(form->isVisible()); // the admin's form is not shown to the receptionist
    CHECK(c->windows().size() == 2);

    // The receptionist's own form, saved under her name while the admin's stays half-filled.
    MotCua::Ui::ReceiveDialog *thuForm = openReceiveForm(*thuWindow, u"Phạm Thị Lan"_s);
    CHECK(thuForm != form);

    c->lock();
    CHECK(lock->usernameEdit()->text() == u"tiepnhan");
    QTest::mouseClick(child<QPushButton>(*lock, u"switchUserButton"_s), Qt::LeftButton);
    lock->usernameEdit()->setText(kAdminName);
    unlockWith(*lock, kAdminPassword);
    REQUIRE_FALSE(c->isLocked());
    CHECK(c->currentWindow() == adminWindow);
    CHECK(adminWindow->isVisible());
    CHECK_FALSE(thuWindow->isVisible());
    REQUIRE(guard);
    CHECK(form->isVisible());
    CHECK(form->findChild<QLineEdit *>(u"applicantName"_s)->text() == u"Trần Văn Hùng");
    CHECK(adminWindow->session().username == kAdminName);
}

TEST_CASE("Queue counts and lists follow the store: on every switch of person and when another process writes",
          "[ui][admin][refresh]")
{
    Counter counter;
    auto c = counter.controller();
    REQUIRE(c->start() == AppController::Screen::Main);
    MotCua::Ui::MainWindow *adminWindow = c->currentWindow();
    REQUIRE(adminWindow->queueItem({})->text(0) == u"All (0)");

    // The receptionist signs in at the lock screen and receives four dossiers.
    c->lock();
    REQUIRE(c->unlock(u"tiepnhan"_s, u"password-of-thu"_s).isEmpty());
    MotCua::Ui::MainWindow *thuWindow = c->currentWindow();
    REQUIRE(thuWindow != adminWindow);
    MotCua::DossierService dossiers(*c->store());
    const QStringList names{u"Nguyễn Văn An"_s, u"Trần Thị Bình"_s, u"Lê Văn Cường"_s, u"Phạm Thị Dung"_s};
    for (const QString &name : names) {
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = name;
        REQUIRE(dossiers.receive(thuWindow->session(), r).has_value());
    }

    // Back to the administrator: the counts and the list are right at once, not after F5.
    c->lock();
    REQUIRE(c->unlock(kAdminName, kAdminPassword).isEmpty());
    REQUIRE(c->currentWindow() == adminWindow);
    CHECK(adminWindow->queueItem({})->text(0) == u"All (4)");
    CHECK(adminWindow->queueItem(u"to_receive"_s)->text(0).endsWith(u"(4)"_s));
    CHECK(adminWindow->dossiersPage()->model()->rowCount() == 4);

    // The row being looked at stays selected when the list follows a change made elsewhere.
    QTableView *table = adminWindow->dossiersPage()->table();
    table->setCurrentIndex(table->model()->index(2, 0));
    const QString looking = adminWindow->dossiersPage()->currentCode();
    REQUIRE_FALSE(looking.isEmpty());

    // Another process (the CLI beside the window) receives a dossier: it shows within a few seconds, no F5.
    {
        auto cli = MotCua::Store::open(counter.s.dir.path(), false);
        REQUIRE(cli.has_value());
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = u"Hoàng Văn Em"_s;
        REQUIRE(MotCua::DossierService(**cli).receive(adminWindow->session(), r).has_value());
    }
    CHECK(waitUntil([&] { return adminWindow->queueItem({})->text(0) == u"All (5)"; }, std::chrono::seconds(5)));
    CHECK(adminWindow->dossiersPage()->model()->rowCount() == 5);
    CHECK(adminWindow->dossiersPage()->currentCode() == looking);
    CHECK(adminWindow->dossiersPage()->model()->data(adminWindow->dossiersPage()->model()->index(0, 0),
                                                     MotCua::Ui::DossierTableModel::CodeRole) != looking);
}

TEST_CASE("Sign out closes one person's session and shows the sign-in screen, keeping the others' work",
          "[ui][admin][signout]")
{
    Counter counter;
    auto c = counter.controller();
    QSignalSpy finished(c.get(), &AppController::finished);
    REQUIRE(c->start() == AppController::Screen::Main);
    MotCua::Ui::MainWindow *adminWindow = c->currentWindow();
    MotCua::Ui::ReceiveDialog *form = openReceiveForm(*adminWindow, u"Trần Văn Hùng"_s);
    QPointer<MotCua::Ui::ReceiveDialog> adminForm(form);

    c->lock();
    REQUIRE(c->unlock(u"tiepnhan"_s, u"password-of-thu"_s).isEmpty());
    QPointer<MotCua::Ui::MainWindow> thuWindow = c->currentWindow();
    REQUIRE(thuWindow != adminWindow);
    QPointer<MotCua::Ui::ReceiveDialog> thuForm = openReceiveForm(*thuWindow, u"Phạm Thị Lan"_s);

    // The receptionist signs out: her window and form are gone, the sign-in screen shows, the admin's work is kept.
    QAction *signOut = thuWindow->findChild<QAction *>(u"signOutAction"_s);
    REQUIRE(signOut != nullptr);
    signOut->trigger();
    REQUIRE(waitUntil([&] { return thuWindow.isNull(); }));
    CHECK(thuForm.isNull());
    CHECK(c->windows() == QList<MotCua::Ui::MainWindow *>{adminWindow});
    CHECK(c->currentWindow() == nullptr);
    REQUIRE(c->isLocked());
    MotCua::Ui::LockScreen *lock = c->lockScreen();
    CHECK(lock->isSignInMode());
    CHECK_FALSE(lock->usernameEdit()->isReadOnly());
    CHECK(lock->usernameEdit()->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(*lock, u"switchUserButton"_s)->isVisible());
    CHECK(child<QLabel>(*lock, u"lockOthers"_s)->text().contains(u"Trần Thị Bình"_s));
    CHECK_FALSE(adminWindow->isVisible());
    CHECK(finished.isEmpty());

    // The administrator signs in again and finds the form as it was.
    lock->usernameEdit()->setText(kAdminName);
    unlockWith(*lock, kAdminPassword);
    REQUIRE_FALSE(c->isLocked());
    CHECK(c->currentWindow() == adminWindow);
    REQUIRE(adminForm);
    CHECK(adminForm->isVisible());
    CHECK(adminForm->findChild<QLineEdit *>(u"applicantName"_s)->text() == u"Trần Văn Hùng");

    // The last person signs out: nobody's work is kept, the program still waits for the next person.
    QPointer<MotCua::Ui::MainWindow> adminGuard(adminWindow);
    adminWindow->findChild<QAction *>(u"signOutAction"_s)->trigger();
    REQUIRE(waitUntil([&] { return adminGuard.isNull(); }));
    CHECK(c->windows().isEmpty());
    CHECK(c->isLocked());
    CHECK(lock->isSignInMode());
    CHECK_FALSE(child<QLabel>(*lock, u"lockOthers"_s)->isVisible());
    CHECK(finished.isEmpty());
    REQUIRE(c->unlock(u"tiepnhan"_s, u"password-of-thu"_s).isEmpty());
    REQUIRE(c->currentWindow() != nullptr);
    CHECK(c->currentWindow()->session().username == u"tiepnhan");
}

TEST_CASE("Quit, closing the window and Alt+F4 on the lock screen end the program, asking when others' work is open",
          "[ui][admin][quit]")
{
    Counter counter;
    QString answer = u"noButton"_s;
    counter.extra = [&](QDialog &dialog) {
        if (dialog.objectName() == u"quitBox")
            dialog.findChild<QPushButton *>(answer)->click();
        return dialog.result();
    };
    auto c = counter.controller();
    QSignalSpy finished(c.get(), &AppController::finished);
    REQUIRE(c->start() == AppController::Screen::Main);
    MotCua::Ui::MainWindow *adminWindow = c->currentWindow();
    auto visibleWindows = [] {
        int n = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            n += w->isVisible();
        return n;
    };

    SECTION("alone: Quit quits without a question")
    {
        adminWindow->findChild<QAction *>(u"quitAction"_s)->trigger();
        REQUIRE(waitUntil([&] { return finished.size() == 1; }));
        CHECK_FALSE(counter.dialogsSeen.contains(u"quitBox"_s));
        CHECK(c->hasQuit());
        CHECK(visibleWindows() == 0);
    }

    SECTION("another person's work is open: asked first, and Stay keeps everything")
    {
        c->lock();
        REQUIRE(c->unlock(u"tiepnhan"_s, u"password-of-thu"_s).isEmpty());
        MotCua::Ui::MainWindow *thuWindow = c->currentWindow();
        thuWindow->findChild<QAction *>(u"quitAction"_s)->trigger();
        REQUIRE(waitUntil([&] { return counter.dialogsSeen.contains(u"quitBox"_s); }));
        QTest::qWait(50);
        CHECK(finished.isEmpty());
        CHECK(thuWindow->isVisible());
        CHECK(c->windows().size() == 2);

        // Closing the window (its X button, Alt+F4) is quitting too.
        answer = u"yesButton"_s;
        thuWindow->close();
        REQUIRE(waitUntil([&] { return finished.size() == 1; }));
        CHECK(counter.dialogsSeen.count(u"quitBox"_s) == 2);
        CHECK(visibleWindows() == 0);
    }

    SECTION("Alt+F4 on the lock screen quits, after asking, instead of leaving nothing on screen")
    {
        c->lock();
        MotCua::Ui::LockScreen *lock = c->lockScreen();
        lock->close();
        REQUIRE(waitUntil([&] { return counter.dialogsSeen.contains(u"quitBox"_s); }));
        QTest::qWait(50);
        CHECK(finished.isEmpty());
        CHECK(lock->isVisible()); // Stay: still locked, the work kept
        answer = u"yesButton"_s;
        lock->close();
        REQUIRE(waitUntil([&] { return finished.size() == 1; }));
        CHECK(visibleWindows() == 0);
    }

    SECTION("the sign-in screen with nobody's work open quits at once")
    {
        adminWindow->findChild<QAction *>(u"signOutAction"_s)->trigger();
        REQUIRE(waitUntil([&] { return c->windows().isEmpty(); }));
        c->lockScreen()->close();
        REQUIRE(waitUntil([&] { return finished.size() == 1; }));
        CHECK_FALSE(counter.dialogsSeen.contains(u"quitBox"_s));
    }
}

TEST_CASE("One instance per store: a second one on the same data directory defers to the first", "[ui][instance]")
{
    QTemporaryDir a;
    QTemporaryDir b;
    auto first = std::make_unique<MotCua::Ui::SingleInstance>(a.path());
    REQUIRE(first->claim());
    CHECK(first->isPrimary());
    QSignalSpy asked(first.get(), &MotCua::Ui::SingleInstance::activationRequested);

    // The same folder however it is spelled: the second one asks the first to come forward and gives up.
    const QString again = QDir(a.path()).filePath(u"../"_s + QFileInfo(a.path()).fileName());
    CHECK(MotCua::Ui::SingleInstance::serverName(again) == MotCua::Ui::SingleInstance::serverName(a.path()));
    MotCua::Ui::SingleInstance second(again);
    CHECK_FALSE(second.claim());
    CHECK_FALSE(second.isPrimary());
    REQUIRE(waitUntil([&] { return asked.size() == 1; }));

    // Another store is another instance.
    MotCua::Ui::SingleInstance other(b.path());
    CHECK(other.claim());
    CHECK(asked.size() == 1);

    // When the first one ends, the store is free again.
    first.reset();
    MotCua::Ui::SingleInstance later(a.path());
    CHECK(later.claim());
}

TEST_CASE("A second launch of the program on the same store exits at once and leaves the first one running",
          "[ui][instance]")
{
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    auto launch = [&](QProcess &p) {
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUA_APP_PATH), {u"--data-dir"_s, data.path()});
        REQUIRE(p.waitForStarted(10000));
    };
    QProcess first;
    launch(first);
    // The first one waits in its setup form (a new store); give it the time to claim the store.
    QTest::qWait(1500);
    REQUIRE(first.state() == QProcess::Running);

    QProcess second;
    launch(second);
    const bool ended = second.waitForFinished(15000);
    CHECK(ended);
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(first.state() == QProcess::Running);
    if (!ended)
        second.kill();
    first.kill();
    first.waitForFinished(5000);
    second.waitForFinished(5000);
}

TEST_CASE("The administration page creates an account that can sign in, and a receptionist only reads a sentence",
          "[ui][admin][users]")
{
    UiStore s;
    MotCua::Ui::AdminPage page(*s.store, s.session);
    REQUIRE(page.tabs() != nullptr);
    MotCua::Ui::UsersPanel *users = page.usersPanel();
    CHECK(users->table()->rowCount() == 1);

    MotCua::Ui::UserDialog *dialog = users->addUser();
    REQUIRE(dialog != nullptr);
    QPointer<MotCua::Ui::UserDialog> guard(dialog);
    child<QLineEdit>(*dialog, u"username"_s)->setText(u"chuyenvien"_s);
    child<QLineEdit>(*dialog, u"fullName"_s)->setText(u"Phạm Văn Đức"_s);
    child<QLineEdit>(*dialog, u"department"_s)->setText(u"Địa chính"_s);
    child<QLineEdit>(*dialog, u"temporaryPassword"_s)->setText(u"tam thoi 123"_s);
    // No role ticked: the core's refusal is shown next to the roles.
    dialog->accept();
    REQUIRE(guard);
    CHECK(child<QLabel>(*dialog, u"rolesMessage"_s)->isVisibleTo(dialog));
    CHECK(child<QLabel>(*dialog, u"rolesMessage"_s)->text().contains(u"role"));
    child<QCheckBox>(*dialog, u"role_specialist"_s)->setChecked(true);
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(users->table()->rowCount() == 2);

    MotCua::AuthService auth(*s.store);
    auto session = auth.authenticate(u"chuyenvien"_s, u"tam thoi 123"_s);
    REQUIRE(session.has_value());
    CHECK(session->mustChangePassword);
    CHECK(session->hasRole(MotCua::Role::Specialist));

    // The last administrator cannot be disabled: said under the table.
    for (int row = 0; row < users->table()->rowCount(); ++row) {
        if (users->table()->item(row, MotCua::Ui::UsersPanel::UsernameColumn)->text() == kAdminName)
            users->table()->selectRow(row);
    }
    REQUIRE(users->selectedUser().has_value());
    users->toggleActive();
    CHECK(child<QLabel>(*users, u"usersMessage"_s)->text().contains(u"last active administrator"));

    auto thu = auth.createUser(
        s.session, {u"tiepnhan"_s, u"Lê Thị Thu"_s, u"password-of-thu"_s, {MotCua::Role::Receptionist}, {}, false});
    REQUIRE(thu.has_value());
    auto receptionist = auth.authenticate(u"tiepnhan"_s, u"password-of-thu"_s);
    REQUIRE(receptionist.has_value());
    MotCua::Ui::AdminPage forbidden(*s.store, *receptionist);
    CHECK(forbidden.tabs() == nullptr);
    CHECK(forbidden.usersPanel() == nullptr);
    CHECK(child<QLabel>(forbidden, u"adminOnlyLabel"_s)->text().contains(u"administrators"));
}

TEST_CASE("Back up now writes a verified backup into the chosen folder", "[ui][admin][backup]")
{
    UiStore s;
    QTemporaryDir folder;
    MotCua::Ui::AdminPage page(*s.store, s.session);
    MotCua::Ui::BackupPanel *backup = page.backupPanel();
    child<QLineEdit>(*backup, u"backupFolder"_s)->setText(folder.path());
    QTest::mouseClick(child<QPushButton>(*backup, u"backupNowButton"_s), Qt::LeftButton);
    REQUIRE(backup->lastBackup().has_value());
    CHECK(backup->lastBackup()->ok());
    CHECK(QDir(folder.path()).entryList({u"motcua-*.db"_s}, QDir::Files).size() == 1);
    auto info = MotCua::BackupService::inspect(backup->lastBackup()->path);
    REQUIRE(info.has_value());
    CHECK(info->ok());
    CHECK(child<QLabel>(*backup, u"backupMessage"_s)->text().contains(u"verified"));
    CHECK(backup->resultLabel()->text().contains(u"OK"));
}

TEST_CASE("The audit page lists the events and shows a broken chain after an event is edited on disk",
          "[ui][admin][audit]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::ReceiveRequest request;
    request.procedureCode = u"1.004335"_s;
    request.applicantName = u"Nguyễn Thị Hoa"_s;
    auto dossier = dossiers.receive(s.session, request);
    REQUIRE(dossier.has_value());

    MotCua::Ui::AdminPage page(*s.store, s.session);
    MotCua::Ui::AuditPanel *audit = page.auditPanel();
    audit->search();
    REQUIRE(audit->table()->rowCount() > 0);
    CHECK(audit->table()->item(0, MotCua::Ui::AuditPanel::WhatColumn)->text() == u"Dossier received");
    CHECK(audit->table()->item(0, MotCua::Ui::AuditPanel::RecordColumn)->text() == dossier->code);
    // The device is named as the dossier codes name it.
    CHECK(audit->table()->item(0, MotCua::Ui::AuditPanel::DeviceColumn)->text() == s.store->deviceTag());
    CHECK(dossier->code.contains(u'.' + s.store->deviceTag() + u'-'));
    audit->verify();
    REQUIRE(waitUntil([audit] { return !audit->isVerifying(); }, std::chrono::seconds(20)));
    CHECK(audit->lastCheckOk() == std::optional<bool>(true));
    CHECK(audit->banner()->text().contains(u"OK"));
    CHECK_FALSE(audit->problems()->isVisibleTo(audit));

    const QString history = audit->recordHistoryHtml(dossier->code);
    CHECK(history.contains(u"Dossier received"));
    QTemporaryDir out;
    CHECK(audit->saveHistoryPdf(dossier->code, QDir(out.path()).filePath(u"history.pdf"_s)));
    CHECK(QFileInfo(QDir(out.path()).filePath(u"history.pdf"_s)).size() > 0);

    auto st = s.store->db().prepare(u"UPDATE events SET actor = 'someone else' WHERE type = 'DossierReceived'"_s);
    REQUIRE(st.has_value());
    REQUIRE(st->exec().has_value());
    audit->verify();
    REQUIRE(waitUntil([audit] { return !audit->isVerifying(); }, std::chrono::seconds(20)));
    CHECK(audit->lastCheckOk() == std::optional<bool>(false));
    CHECK(audit->banner()->text().contains(u"BROKEN"));
    REQUIRE(audit->problems()->count() > 0);
    CHECK(audit->problems()->item(0)->text().contains(u"Device "_s + s.store->deviceTag()));
}

TEST_CASE("A corrupted store file leads to the recovery screen and stays unchanged", "[ui][admin][recovery]")
{
    QTemporaryDir dir;
    const QString dbFile = QDir(dir.path()).filePath(u"motcua.db"_s);
    QByteArray junk(64 * 1024, '\0');
    for (auto &c : junk)
        c = char(QRandomGenerator::global()->bounded(256));
    {
        QFile f(dbFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    MotCua::Ui::AppSettings settings(QDir(dir.path()).filePath(u"settings.ini"_s));
    AppController c(dir.path(), settings);
    QStringList seen;
    QTemporaryDir out;
    const QString copy = QDir(out.path()).filePath(u"damaged-copy.db"_s);
    c.setDialogRunner([&](QDialog &dialog) {
        seen.append(dialog.objectName());
        if (auto *recovery = qobject_cast<MotCua::Ui::RecoveryDialog *>(&dialog)) {
            CHECK(child<QLabel>(dialog, u"recoveryExplanation"_s)->text().contains(QDir::toNativeSeparators(dbFile)));
            CHECK(child<QPushButton>(dialog, u"recoveryExportButton"_s)->text().contains(u"Copy"));
            CHECK(recovery->saveReadableData(copy));
            CHECK_FALSE(recovery->saveReadableData(dbFile)); // never over the damaged file
        }
        return int(QDialog::Rejected); // Quit
    });
    CHECK(c.start() == AppController::Screen::Recovery);
    CHECK(seen == QStringList{u"recoveryDialog"_s});
    CHECK(c.store() == nullptr);
    CHECK(c.restoredDataDir().isEmpty());
    QFile f(dbFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == junk);
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == junk);
}

TEST_CASE("A store that opens but fails its quick check leads to the recovery screen with an export",
          "[ui][admin][recovery]")
{
    QTemporaryDir dir;
    const QString dbFile = QDir(dir.path()).filePath(u"motcua.db"_s);
    {
        UiStore s;
        // Reuse a set-up store: copy it, then cut it in half.
        s.store.reset();
        QFile::remove(dbFile);
        REQUIRE(QFile::copy(QDir(s.dir.path()).filePath(u"motcua.db"_s), dbFile));
    }
    QFile::setPermissions(dbFile, QFile::ReadOwner | QFile::WriteOwner);
    const qint64 size = QFileInfo(dbFile).size();
    {
        QFile f(dbFile);
        REQUIRE(f.resize(size / 2));
    }
    QByteArray before;
    {
        QFile f(dbFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        before = f.readAll();
    }
    MotCua::Ui::AppSettings settings(QDir(dir.path()).filePath(u"settings.ini"_s));
    AppController c(dir.path(), settings);
    QStringList seen;
    c.setDialogRunner([&](QDialog &dialog) {
        seen.append(dialog.objectName());
        return int(QDialog::Rejected);
    });
    CHECK(c.start() == AppController::Screen::Recovery);
    CHECK(seen == QStringList{u"recoveryDialog"_s});
    QFile f(dbFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("The registers tab adds a series of decisions, saves it, and shows the core's refusal of a bad issuer",
          "[ui][admin][documents]")
{
    UiStore s;
    MotCua::Ui::AdminPage page(*s.store, s.session);
    auto *panel = page.findChild<MotCua::Ui::RegistersPanel *>(u"registersPanel"_s);
    REQUIRE(panel != nullptr);
    auto *series = panel->findChild<QTableWidget *>(u"registersSeries"_s);
    REQUIRE(series != nullptr);
    CHECK(series->rowCount() == 2); // the shared and the classified series
    panel->findChild<QPushButton *>(u"registersSeriesAdd"_s)->click();
    const int row = series->rowCount() - 1;
    series->setItem(row, 0, new QTableWidgetItem(u"quyet-dinh"_s));
    series->setItem(row, 1, new QTableWidgetItem(u"Sổ quyết định"_s));
    series->setItem(row, 2, new QTableWidgetItem(u"QĐ"_s));
    REQUIRE(panel->save());
    // MOTCUA_SHOTS=DIR keeps a picture of the tab (docs/screenshots/admin-registers.png was made so).
    if (const QString shots = qEnvironmentVariable("MOTCUA_SHOTS"); !shots.isEmpty()) {
        panel->resize(1000, 640);
        panel->grab().save(QDir(shots).filePath(u"admin-registers.png"_s));
    }
    auto config = MotCua::DocumentService(*s.store).registerConfig();
    REQUIRE(config.has_value());
    REQUIRE(config->series.size() == 3);
    CHECK(config->seriesFor(u"QĐ"_s, MotCua::Secrecy::None)->key == u"quyet-dinh"_s);
    CHECK(config->seriesFor(u"TB"_s, MotCua::Secrecy::None)->key == u"hanh-chinh"_s);

    panel->findChild<QLineEdit *>(u"registersIssuer"_s)->setText(u"ubnd xã"_s);
    CHECK_FALSE(panel->save());
    CHECK_FALSE(panel->findChild<QLabel *>(u"registersMessage"_s)->text().isEmpty());
    CHECK(MotCua::DocumentService(*s.store).registerConfig()->issuer == u"UBND"_s);
}
