#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

#include "core/services/session.h"
#include "core/sync/net/syncservice.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

class BackgroundTask;
class EnrolDialog;
class SyncController;
class SyncHistoryModel;
struct SyncOutcome;

// The Synchronisation page (administrators and leaders: Permission::ViewSync): whether this counter is enrolled and
// with which server, how many events wait to be sent, the last success and the last error, a parked refusal in
// words with "Retry", "Sync now" with its progress, and the last runs. Administrators also enrol the counter
// ("Enrol with the province…", EnrolDialog) and set how often it syncs and the quiet hours. Runs happen on the sync
// worker (SyncController); this page reads the state from its own Store and never waits for the network.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    // `sync` may be null (a window without a worker): the page then only shows the state.
    SyncPage(Store &store, const Session &session, SyncController *sync, QWidget *parent = nullptr);
    ~SyncPage() override;

    // Reads the state from the store again.
    void reload();
    // "Sync now" and "Retry": a person's run.
    void syncNow();
    // Opens the enrolment form (window-modal, not blocking); nullptr for someone who may not enrol.
    EnrolDialog *enrol();
    // Saves the interval and the quiet hours (administrators).
    void saveSettings();
    // Compares the last days' events with the province's, off the window's thread; the outcome is shown under the
    // button (and reconciled() is emitted). False when it cannot start (not enrolled, one already running).
    bool reconcile();
    QPushButton *reconcileButton() const { return m_reconcile; }
    QLabel *reconcileLabel() const { return m_reconcileResult; }

    const std::optional<SyncStatus> &status() const { return m_status; }
    SyncHistoryModel *history() const { return m_history; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *enrolButton() const { return m_enrol; }
    QWidget *parkedBox() const { return m_parkedBox; }
    QLabel *parkedLabel() const { return m_parkedText; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // The store changed from another thread (a run, an enrolment): the lists read it again.
    void storeChanged();
    void reconciled();

private:
    void updateProgress();
    void finished(const SyncOutcome &outcome);
    void loadSettings();

    Store &m_store;
    Session m_session;
    QPointer<SyncController> m_sync;
    std::optional<SyncStatus> m_status;
    bool m_waitingForMine = false; // a run this page asked for: say how it ended
    QLabel *m_state = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_next = nullptr;
    QWidget *m_parkedBox = nullptr;
    QLabel *m_parkedText = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_enrol = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    SyncHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietUntil = nullptr;
    QPushButton *m_saveSettings = nullptr;
    QLabel *m_settingsMessage = nullptr;
    QSpinBox *m_reconcileDays = nullptr;
    QPushButton *m_reconcile = nullptr;
    QLabel *m_reconcileResult = nullptr;
    QPointer<BackgroundTask> m_reconcileTask;
};

} // namespace MotCua::Ui
