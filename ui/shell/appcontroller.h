#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "core/services/session.h"

class QApplication;
class QDialog;
class QScreen;
class QWidget;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class AppSettings;
class BackupScheduler;
class IdleWatcher;
class LockScreen;
class MainWindow;
class SyncController;

struct StartOptions
{
    QString dataDir; // empty: Paths::dataDir() decides (MOTCUA_DATA_DIR, then the platform location)
};

// The desktop application after start-up checks: the store (or the recovery screen when it is damaged), the
// first-run setup, the sign-in (with the forced password change), then one MainWindow per person signed in at this
// shared counter. Only one window shows at a time; the lock screen (idle timeout or Ctrl+L) covers everything and
// lets its owner back in, or another person sign in while the first one's open work is kept hidden.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // Where start() stopped.
    enum class Screen {
        Main,     // a main window is shown
        Recovery, // the store is damaged: the recovery screen was shown (see restoredDataDir())
        Quit,     // the person cancelled the setup, the sign-in or the forced password change
        Failed,   // the store could not be opened for another reason (a message said why)
    };

    // Modal dialogs go through a runner (by default QDialog::exec()); tests inject one that fills and accepts them.
    using DialogRunner = std::function<int(QDialog &)>;

    AppController(const QString &dataDir, AppSettings &settings, QObject *parent = nullptr);
    ~AppController() override;

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    // Test seam: a fixed idle timeout instead of LocalSettings::idleLockMinutes.
    void setIdleTimeout(std::chrono::milliseconds timeout);

    Screen start();

    Store *store() const { return m_store.get(); }
    // After the recovery screen restored a backup and the person chose to open it.
    QString restoredDataDir() const { return m_restoredDir; }
    MainWindow *currentWindow() const;
    QList<MainWindow *> windows() const;
    LockScreen *lockScreen() const { return m_lock; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    bool isLocked() const;

    void lock();
    // "Sign out": closes this person's window (their open forms with it) and shows the sign-in screen; the others'
    // sessions stay as they are.
    void signOut(MainWindow *window);
    // "Quit", closing the main window, or closing the lock screen (Alt+F4): the program ends, after asking when it
    // would close other people's sessions (from the lock screen: anybody's). finished() then tells the event loop.
    void requestQuit(bool fromLockScreen);
    bool hasQuit() const { return m_quitting; }
    // The sync with the province: one worker for the program while someone is signed in (created with the first
    // window, stopped when the last person signs out or the program quits); nullptr while nobody is.
    SyncController *syncController() const { return m_sync; }
    // Stops the sync worker (a request in flight is cut; the window waits at most SyncController::kStopWait).
    void stopSync();
    // Another launch on the same store asked for this window: the lock screen or the person's window, and any form
    // open over it, come to the front.
    void bringToFront();
    // What the lock screen does with a user name and password: empty on success (the lock is gone and that
    // person's window shows), else the sentence shown on the lock screen.
    QString unlock(const QString &username, const QString &password);
    // Shows the window of `session` (creating it the first time), hiding the others with their open dialogs.
    MainWindow *activate(const Session &session);

signals:
    // The program should end (runApplication quits the event loop).
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Screen openStore();
    std::optional<Session> signIn();
    bool forcePasswordChange(Session &session, QWidget *parent);
    void applyLocalSettings();
    // Covers everything with the lock screen for `current` (empty: the sign-in screen).
    void showLock(const Session &current, QScreen *screen);
    void quit();
    int runDialog(QDialog &dialog);

    QString m_dataDir;
    AppSettings &m_settings;
    std::unique_ptr<Store> m_store;
    DialogRunner m_runDialog;
    QString m_restoredDir;
    QList<MainWindow *> m_windows; // owned; one per person signed in
    QPointer<MainWindow> m_current;
    QHash<MainWindow *, QList<QPointer<QWidget>>> m_hiddenDialogs; // per hidden window: the dialogs to show again
    LockScreen *m_lock = nullptr;
    IdleWatcher *m_idle = nullptr;
    BackupScheduler *m_scheduler = nullptr;
    SyncController *m_sync = nullptr;
    bool m_idleOverridden = false;
    bool m_quitting = false;
};

// The composition root of the desktop application: logging, settings, translations, then AppController.
// Returns the process exit code.
int runApplication(QApplication &app, const StartOptions &options);

} // namespace MotCua::Ui
