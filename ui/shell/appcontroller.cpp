#include "ui/shell/appcontroller.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

#include <cstdlib>

#include "core/services/authservice.h"
#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "core/util/log.h"
#include "core/util/paths.h"
#include "ui/admin/backupscheduler.h"
#include "ui/setup/setupdialog.h"
#include "ui/shell/application.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/idlewatcher.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recoverydialog.h"
#include "ui/shell/singleinstance.h"
#include "ui/sync/synccontroller.h"
#include "version.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
// Whether `window` is `ancestor` or one of its (transient) descendants.
bool belongsTo(const QWidget *window, const QWidget *ancestor)
{
    for (const QWidget *w = window; w; w = w->parentWidget()) {
        if (w == ancestor)
            return true;
    }
    return false;
}
} // namespace

AppController::AppController(const QString &dataDir, AppSettings &settings, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_settings(settings), m_runDialog([](QDialog &d) { return d.exec(); })
{
}

AppController::~AppController()
{
    for (MainWindow *w : std::as_const(m_windows))
        w->removeEventFilter(this);
    qDeleteAll(m_windows);
    delete m_lock;
    stopSync();
}

void AppController::stopSync()
{
    if (!m_sync)
        return;
    m_sync->stop();
    delete m_sync;
    m_sync = nullptr;
}

int AppController::runDialog(QDialog &dialog)
{
    return m_runDialog(dialog);
}

MainWindow *AppController::currentWindow() const
{
    return m_current;
}

QList<MainWindow *> AppController::windows() const
{
    return m_windows;
}

bool AppController::isLocked() const
{
    return m_lock && m_lock->isVisible();
}

void AppController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleOverridden = true;
    if (!m_idle)
        m_idle = new IdleWatcher(this);
    m_idle->setTimeout(timeout);
}

AppController::Screen AppController::openStore()
{
    static const auto log = Log::get("app");
    const QString path = QDir(m_dataDir).filePath(QLatin1String(Store::kDatabaseFile));
    const bool existed = QFileInfo::exists(path);
    auto opened = Store::open(m_dataDir, true);
    if (!opened) {
        const Error &e = opened.error();
        log->error("cannot open the store in {}: {}", m_dataDir.toStdString(), e.message.toStdString());
        // A file that is there but unreadable: the recovery screen, never an empty store over it.
        if (existed && (e.code == Error::Code::Corrupt || e.code == Error::Code::Io || e.code == Error::Code::Db)) {
            RecoveryDialog recovery(path, nullptr, {e.message});
            if (runDialog(recovery) == QDialog::Accepted)
                m_restoredDir = recovery.restoredDataDir();
            return Screen::Recovery;
        }
        QMessageBox box(QMessageBox::Critical, tr("MotCua Desk"),
                        tr("The data store in %1 cannot be opened. Nothing was changed.\n\nDetails: %2")
                            .arg(QDir::toNativeSeparators(m_dataDir), e.message));
        box.setObjectName(u"storeErrorBox"_s);
        runDialog(box);
        return Screen::Failed;
    }
    m_store = std::move(*opened);
    auto problems = m_store->quickCheck();
    if (!problems || !problems->isEmpty()) {
        const QStringList details = problems ? *problems : QStringList{problems.error().message};
        log->error("the store in {} failed its quick check ({} findings)", m_dataDir.toStdString(), details.size());
        RecoveryDialog recovery(path, m_store.get(), details);
        if (runDialog(recovery) == QDialog::Accepted)
            m_restoredDir = recovery.restoredDataDir();
        return Screen::Recovery;
    }
    return Screen::Main;
}

bool AppController::forcePasswordChange(Session &session, QWidget *parent)
{
    AuthService auth(*m_store);
    ChangePasswordDialog dialog(auth, session, true, parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return false;
    session.mustChangePassword = false;
    return true;
}

std::optional<Session> AppController::signIn()
{
    LoginDialog login(*m_store, m_settings.lastUsername());
    if (runDialog(login) != QDialog::Accepted || !login.session())
        return std::nullopt;
    Session session = *login.session();
    if (session.mustChangePassword && !forcePasswordChange(session, nullptr))
        return std::nullopt;
    return session;
}

AppController::Screen AppController::start()
{
    static const auto log = Log::get("app");
    if (const Screen s = openStore(); s != Screen::Main)
        return s;
    if (!m_store->isInitialised()) {
        // The dialog holds the empty store: joining an office replaces it with the joined one.
        SetupDialog setup(std::move(m_store));
        const bool accepted = runDialog(setup) == QDialog::Accepted;
        m_store = setup.takeStore();
        if (!accepted || !m_store || (!setup.result() && !setup.joined()))
            return Screen::Quit;
        if (setup.joined()) {
            m_settings.setLastUsername(setup.joined()->admin.username);
            log->info("joined commune {} as counter {}", setup.joined()->communeCode.toStdString(),
                      setup.joined()->deviceTag.toStdString());
        } else {
            m_settings.setLastUsername(setup.result()->admin.username);
        }
    }
    const std::optional<Session> session = signIn();
    if (!session)
        return Screen::Quit;

    m_lock = new LockScreen;
    m_lock->installEventFilter(this); // closing it (Alt+F4) is quitting
    connect(m_lock, &LockScreen::unlockRequested, this, [this](const QString &username, const QString &password) {
        const QString error = unlock(username, password);
        if (!error.isEmpty())
            m_lock->showError(error);
    });
    if (!m_idle)
        m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lock);
    auto *settingsTimer = new QTimer(this);
    connect(settingsTimer, &QTimer::timeout, this, &AppController::applyLocalSettings);
    settingsTimer->start(std::chrono::minutes(1));
    applyLocalSettings();
    m_scheduler = new BackupScheduler(
        *m_store,
        [this]() -> std::optional<Session> {
            if (m_current)
                return m_current->session();
            return std::nullopt;
        },
        this);
    m_scheduler->start();
    activate(*session);
    log->info("user {} signed in", session->userId.toStdString());
    return Screen::Main;
}

void AppController::applyLocalSettings()
{
    if (m_idleOverridden || !m_idle || !m_store)
        return;
    if (auto local = SettingsService(*m_store).local())
        m_idle->setTimeout(std::chrono::minutes(std::max(0, local->idleLockMinutes)));
}

MainWindow *AppController::activate(const Session &session)
{
    MainWindow *target = nullptr;
    for (MainWindow *w : std::as_const(m_windows)) {
        if (w->session().userId == session.userId)
            target = w;
    }
    if (m_current && m_current != target) {
        // Hide the other person's window with every dialog open over it; they come back as they are.
        QList<QPointer<QWidget>> dialogs;
        const QWidgetList topLevels = QApplication::topLevelWidgets();
        for (QWidget *w : topLevels) {
            if (w != m_current && w != m_lock && w->isVisible() && belongsTo(w, m_current)) {
                dialogs.append(w);
                w->hide();
            }
        }
        m_hiddenDialogs.insert(m_current, dialogs);
        m_current->hide();
    }
    // One sync worker for the program, under the session of the person at the counter.
    if (!m_sync) {
        m_sync = new SyncController(m_store->dataDir(), session, {}, this);
        m_sync->start();
    } else {
        m_sync->setActor(session);
    }
    if (!target) {
        target = new MainWindow(*m_store, session, m_settings, m_sync);
        connect(target, &MainWindow::lockRequested, this, &AppController::lock);
        connect(target, &MainWindow::signOutRequested, this, [this, target] {
            // After the menu's signal has returned: the window is deleted.
            QTimer::singleShot(0, this, [this, guard = QPointer<MainWindow>(target)] {
                if (guard)
                    signOut(guard);
            });
        });
        target->installEventFilter(this);
        m_windows.append(target);
    } else {
        // Others worked while this window was hidden: its lists and counts are read again before it shows, and an
        // old status message (about a dossier's state then) is dropped.
        target->refresh();
        target->statusBar()->clearMessage();
    }
    target->show();
    for (const QPointer<QWidget> &dialog : m_hiddenDialogs.take(target)) {
        if (dialog)
            dialog->show();
    }
    m_current = target;
    if (m_lock)
        m_lock->hide();
    if (m_idle)
        m_idle->setSuspended(false);
    target->raise();
    target->activateWindow();
    m_settings.setLastUsername(session.username);
    return target;
}

void AppController::lock()
{
    static const auto log = Log::get("app");
    if (!m_current || !m_lock)
        return;
    showLock(m_current->session(), m_current->screen());
    log->info("screen locked for user {}", m_current->session().userId.toStdString());
}

void AppController::showLock(const Session &current, QScreen *screen)
{
    QStringList others;
    for (const MainWindow *w : std::as_const(m_windows)) {
        if (w->session().userId != current.userId)
            others.append(w->session().fullName);
    }
    m_lock->setPeople(current, others);
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        m_lock->setGeometry(screen->geometry());
    m_lock->show();
    m_lock->raise();
    m_lock->activateWindow();
    m_lock->reset();
    if (m_idle)
        m_idle->setSuspended(true);
}

void AppController::signOut(MainWindow *window)
{
    static const auto log = Log::get("app");
    if (!window || !m_windows.contains(window) || !m_lock)
        return;
    log->info("user {} signed out", window->session().userId.toStdString());
    QScreen *screen = window->screen();
    window->saveState();
    m_windows.removeOne(window);
    m_hiddenDialogs.remove(window);
    window->removeEventFilter(this);
    window->hide();
    window->deleteLater(); // its open forms are its children: they go with it
    if (m_current == window)
        m_current = nullptr;
    if (m_windows.isEmpty())
        stopSync(); // nobody is signed in: nobody's session to sync under
    else if (m_sync)
        m_sync->setActor(m_windows.constLast()->session());
    showLock(Session{}, screen);
}

void AppController::requestQuit(bool fromLockScreen)
{
    static const auto log = Log::get("app");
    if (m_quitting)
        return;
    // Whose sessions quitting would close, besides the person asking (on the lock screen that may be anybody).
    QStringList held;
    for (const MainWindow *w : std::as_const(m_windows)) {
        if (fromLockScreen || w != m_current)
            held.append(w->session().fullName);
    }
    if (!held.isEmpty()) {
        QWidget *over = fromLockScreen || !m_current ? static_cast<QWidget *>(m_lock) : m_current.data();
        QMessageBox box(QMessageBox::Question, tr("Quit MotCua Desk"),
                        tr("Still signed in on this computer, their work kept open: %1.\n\nQuitting closes their "
                           "sessions too, and forms they have not saved are lost. Quit MotCua Desk anyway?")
                            .arg(held.join(tr(", ", "list separator"))),
                        QMessageBox::NoButton, over);
        box.setObjectName(u"quitBox"_s);
        QPushButton *quitButton = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
        quitButton->setObjectName(u"yesButton"_s);
        QPushButton *stay = box.addButton(tr("&Stay"), QMessageBox::RejectRole);
        stay->setObjectName(u"noButton"_s);
        box.setDefaultButton(stay);
        box.setEscapeButton(stay);
        runDialog(box);
        if (box.clickedButton() != quitButton) {
            log->info("quit cancelled: {} other session(s) held", held.size());
            return;
        }
    }
    quit();
}

void AppController::quit()
{
    static const auto log = Log::get("app");
    m_quitting = true;
    log->info("quitting with {} session(s) open", m_windows.size());
    for (MainWindow *w : std::as_const(m_windows))
        w->saveState();
    // Nothing stays on screen: the windows, their forms and the lock screen.
    const QWidgetList topLevels = QApplication::topLevelWidgets();
    for (QWidget *w : topLevels)
        w->hide();
    stopSync();
    if (m_idle)
        m_idle->setSuspended(true);
    emit finished();
}

void AppController::bringToFront()
{
    QWidget *base = isLocked() ? static_cast<QWidget *>(m_lock) : m_current.data();
    for (QWidget *w : {base, QApplication::activeModalWidget()}) {
        if (!w)
            continue;
        if (w->isMinimized())
            w->showNormal();
        w->show();
        w->raise();
        w->activateWindow();
    }
}

QString AppController::unlock(const QString &username, const QString &password)
{
    static const auto log = Log::get("app");
    if (!m_store)
        return {};
    AuthService auth(*m_store);
    const QString name = username.trimmed().toLower();
    auto result = auth.authenticate(name, password);
    if (!result)
        return LoginDialog::failureText(auth, name, result.error());
    Session session = *result;
    if (session.mustChangePassword && !forcePasswordChange(session, m_lock))
        return tr("Choose your own password to continue.");
    const bool switched = !m_current || m_current->session().userId != session.userId;
    activate(session);
    log->info("{} user {}", switched ? "switched to" : "unlocked for", session.userId.toStdString());
    return {};
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    // Closing a main window (its X, Alt+F4, Quit) or the lock screen quits the program, after asking when other
    // people's work is open. Nothing is left running without a window.
    if (event->type() == QEvent::Close && !m_quitting) {
        auto *window = qobject_cast<MainWindow *>(watched);
        const bool lockScreen = watched == m_lock;
        if (lockScreen || (window && m_windows.contains(window))) {
            event->ignore();
            QTimer::singleShot(0, this, [this, lockScreen] { requestQuit(lockScreen); });
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

int runApplication(QApplication &app, const StartOptions &options)
{
    QString dataDir = Paths::dataDir(options.dataDir);
#ifdef QT_DEBUG
    constexpr bool toStderr = true;
#else
    constexpr bool toStderr = false;
#endif
    const bool dirOk = QDir().mkpath(dataDir);
    Log::init(Paths::logDir(dataDir), spdlog::level::info, toStderr);
    static const auto log = Log::get("app");
    log->info("MotCua Desk {} starting", MOTCUA_VERSION);

    {
        AppSettings settings(Paths::settingsFile(dataDir));
        installTranslations(app, settings.language());
    }
    if (!dirOk) {
        QMessageBox::critical(
            nullptr, QApplication::translate("MotCua::Ui::AppController", "MotCua Desk"),
            QApplication::translate("MotCua::Ui::AppController", "The data folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(dataDir)));
        return 1;
    }
    // Several people may be signed in, and the lock screen may be all that shows: AppController decides when the
    // program ends (AppController::requestQuit).
    QApplication::setQuitOnLastWindowClosed(false);
    for (;;) {
        // One MotCua Desk per store: a second launch on the same data directory brings this one forward and exits.
        SingleInstance instance(dataDir);
        if (!instance.claim()) {
            log->info("another MotCua Desk has the store in {}: it was brought forward", dataDir.toStdString());
            return 0;
        }
        AppSettings settings(Paths::settingsFile(dataDir));
        AppController controller(dataDir, settings);
        QObject::connect(&instance, &SingleInstance::activationRequested, &controller, &AppController::bringToFront);
        QObject::connect(&controller, &AppController::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        switch (controller.start()) {
        case AppController::Screen::Main: {
            const int code = QApplication::exec();
            controller.stopSync();
            log->info("MotCua Desk stopped");
            if (SyncController::strayThreads() > 0) {
                // A sync request the OS would not cut is still in flight (SyncController::stop): leave without
                // running the static destructors under it. Everything is saved; the run is retried next time.
                log->warn("a sync request is still in flight: leaving without waiting for it");
                Log::shutdown();
                std::_Exit(code);
            }
            return code;
        }
        case AppController::Screen::Recovery:
            if (controller.restoredDataDir().isEmpty())
                return 1;
            dataDir = controller.restoredDataDir();
            log->info("opening the restored data folder {}", dataDir.toStdString());
            continue;
        case AppController::Screen::Quit:
            return 0;
        case AppController::Screen::Failed:
            return 1;
        }
    }
}

} // namespace MotCua::Ui
