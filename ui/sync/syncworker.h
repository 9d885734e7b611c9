#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

#include "core/services/session.h"
#include "core/sync/net/syncservice.h"
#include "core/sync/syncschedule.h"
#include "core/util/result.h"

class QTimer;

namespace MotCua
{
class Store;
namespace Sync
{
class Interrupt;
}
} // namespace MotCua

namespace MotCua::Ui
{

// How a run ended.
struct SyncOutcome
{
    bool person = false; // a person started it (Sync now, Retry), not the schedule
    bool ok = false;
    SyncReport report; // when ok
    Error error;       // when not
    QDateTime at;      // when it ended (UTC)
};

// What the schedule decided after the last thing that happened.
struct SyncPlan
{
    bool known = false;    // the worker has read its store
    bool enrolled = false; // with the province
    bool parked = false;   // a refusal waits for a person: nothing runs by itself
    int failures = 0;      // passing faults in a row
    bool quietHours = false;
    QDateTime nextRun; // UTC; null when no automatic run is due (not enrolled, parked)
};

// The sync with the province, off the window's thread. Lives on a QThread of its own (SyncController moves it
// there) with a Store of its own opened on the data directory in that thread (a SQLite connection belongs to the
// thread that opened it; never the window's Store). Runs SyncService::syncNow when:
//  - the schedule says so (SyncSchedule: the interval, the backoff after passing faults, never while a refusal is
//    parked or in the quiet hours);
//  - this counter recorded something new (its chain's head moved: a receive here, the CLI beside the window) and the
//    last run went well: a few seconds later, once for a burst of changes;
//  - a person asks (runNow(true): "Sync now", "Retry"), whatever the schedule says.
// Everything it learns goes out by signals, queued to the window's thread; the window never waits for it.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    struct Options
    {
        std::chrono::milliseconds firstRun{5000}; // after start(), when enrolled: let the window show first
        std::chrono::milliseconds watchInterval{1500};
        std::chrono::milliseconds changeDelay = SyncSchedule::kChangeDelay;
        SyncSchedule::Random random; // the schedule's jitter (tests fix it)
        SyncSchedule::Clock clock;   // the schedule's clock, for the quiet hours
    };

    SyncWorker(QString dataDir, Session actor, Options options, std::shared_ptr<Sync::Interrupt> interrupt);
    ~SyncWorker() override;

    // All of these run on the worker's thread (the controller queues them).
    // Opens the Store, reads the settings and the state, and plans the first run.
    void start();
    void runNow(bool person);
    // Whose session the runs go under (the person at the counter).
    void setActor(const Session &actor);
    // After an administrator changed the interval or the quiet hours.
    void reloadSettings();
    // Stops the timers, closes the Store, and ends the thread's event loop.
    void finish();

signals:
    void openFailed(const MotCua::Error &error);
    void runStarted(bool person);
    void progressed(MotCua::SyncStage stage, qint64 done, qint64 total);
    void runFinished(const MotCua::Ui::SyncOutcome &outcome);
    void planned(const MotCua::Ui::SyncPlan &plan);

private:
    void automatic();
    void watch();
    // Arms the timer for the next automatic run (`sooner` when that comes first) and says so.
    void replan(std::optional<std::chrono::milliseconds> sooner = std::nullopt);
    Result<SyncStatus> readStatus();

    QString m_dataDir;
    Session m_actor;
    Options m_options;
    std::shared_ptr<Sync::Interrupt> m_interrupt;
    std::unique_ptr<Store> m_store;
    SyncSchedule m_schedule;
    QTimer *m_timer = nullptr;    // the next automatic run
    QTimer *m_debounce = nullptr; // a run shortly after a change
    QTimer *m_watch = nullptr;    // polls this counter's chain head
    qint64 m_seenHead = -1;
    bool m_finishing = false;
};

} // namespace MotCua::Ui

Q_DECLARE_METATYPE(MotCua::Ui::SyncOutcome)
Q_DECLARE_METATYPE(MotCua::Ui::SyncPlan)
Q_DECLARE_METATYPE(MotCua::SyncStage)
