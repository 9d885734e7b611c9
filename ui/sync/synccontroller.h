#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

#include "core/services/session.h"
#include "ui/sync/syncworker.h"

class QThread;

namespace MotCua::Sync
{
class Interrupt;
}

namespace MotCua::Ui
{

// The window's side of the sync worker: starts SyncWorker on a thread of its own, passes it the person's requests,
// and keeps what it last said (running or not, the stage and counts, the last outcome, the plan) for the Sync page
// and the status bar, which read the rest (pending, history) from their own Store.
//
// Stopping (sign-out of the last person, quit) never blocks the window for long: the request in flight is cut
// (Sync::Interrupt shuts its socket down), the worker is asked to close its Store and end, and the window waits at
// most kStopWait for that. A worker still busy then (a connection being made, a name being resolved: nothing the OS
// lets another thread interrupt) is left to end by itself at the client's 30 s timeout, its thread deleted when it
// does; a run cut that way is recorded as nothing, and the protocol makes the next run send it again harmlessly. If
// the program ends first, runApplication leaves without running static destructors under that thread (strayThreads).
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    static constexpr std::chrono::milliseconds kStopWait{2000};

    SyncController(const QString &dataDir, const Session &actor, SyncWorker::Options options = {},
                   QObject *parent = nullptr);
    // stop()
    ~SyncController() override;

    void start();
    // Cuts the request in flight and waits at most `wait` for the worker's thread; true when it ended in time.
    bool stop(std::chrono::milliseconds wait = kStopWait);
    bool isStarted() const { return m_thread != nullptr; }
    // Worker threads left to end by themselves after a stop() that timed out, still running.
    static int strayThreads();

    // A person's run: "Sync now", "Retry" (lifts a parked refusal and tries once more). Queued after a run in progress.
    void syncNow();
    void setActor(const Session &actor);
    // The interval or the quiet hours changed (SettingsService::setLocal).
    void settingsChanged();

    bool isRunning() const { return m_running; }
    bool isPersonRun() const { return m_personRun; }
    SyncStage stage() const { return m_stage; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    const std::optional<SyncOutcome> &lastOutcome() const { return m_last; }
    const SyncPlan &plan() const { return m_plan; }
    QString dataDir() const { return m_dataDir; }

signals:
    void runStarted(bool person);
    void progressed(MotCua::SyncStage stage, qint64 done, qint64 total);
    void runFinished(const MotCua::Ui::SyncOutcome &outcome);
    void planChanged(const MotCua::Ui::SyncPlan &plan);
    // Any of the above: what the controller knows changed.
    void changed();

private:
    QString m_dataDir;
    Session m_actor;
    SyncWorker::Options m_options;
    std::shared_ptr<Sync::Interrupt> m_interrupt;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    bool m_running = false;
    bool m_personRun = false;
    SyncStage m_stage = SyncStage::Push;
    qint64 m_done = 0;
    qint64 m_total = 0;
    std::optional<SyncOutcome> m_last;
    SyncPlan m_plan;
};

} // namespace MotCua::Ui
