#include "ui/sync/syncworker.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "core/sync/net/syncclient.h"
#include "core/util/log.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
const auto &syncLog()
{
    static const auto logger = Log::get("sync");
    return logger;
}

SyncSchedule::Settings scheduleSettings(const LocalSettings &local)
{
    SyncSchedule::Settings s;
    s.interval = std::chrono::minutes(std::clamp(local.syncIntervalMinutes, 1, 1440));
    s.quietHours = local.syncQuietHours;
    s.quietFrom = local.syncQuietFrom;
    s.quietUntil = local.syncQuietUntil;
    return s;
}
} // namespace

SyncWorker::SyncWorker(QString dataDir, Session actor, Options options, std::shared_ptr<Sync::Interrupt> interrupt)
    : m_dataDir(std::move(dataDir)), m_actor(std::move(actor)), m_options(std::move(options)),
      m_interrupt(std::move(interrupt)), m_schedule({}, m_options.random, m_options.clock)
{
    // Children move to the worker's thread with it.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_watch = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::automatic);
    connect(m_debounce, &QTimer::timeout, this, &SyncWorker::automatic);
    connect(m_watch, &QTimer::timeout, this, &SyncWorker::watch);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    auto opened = Store::open(m_dataDir, false);
    if (!opened) {
        syncLog()->warn("the sync worker cannot open the store: {}", opened.error().message.toStdString());
        emit openFailed(opened.error());
        return;
    }
    m_store = std::move(*opened);
    if (auto local = SettingsService(*m_store).local())
        m_schedule.setSettings(scheduleSettings(*local));
    auto st = readStatus();
    if (st && st->parked)
        m_schedule.parked();
    if (auto head = m_store->log().head(m_store->deviceId()))
        m_seenHead = head->first;
    m_watch->start(m_options.watchInterval);
    // The first run soon after the window opens, not a whole interval later.
    replan(m_options.firstRun);
}

Result<SyncStatus> SyncWorker::readStatus()
{
    if (!m_store)
        return Error::invalid(u"the store is not open"_s);
    return SyncService(*m_store).status();
}

void SyncWorker::setActor(const Session &actor)
{
    m_actor = actor;
}

void SyncWorker::reloadSettings()
{
    if (!m_store || m_finishing)
        return;
    if (auto local = SettingsService(*m_store).local())
        m_schedule.setSettings(scheduleSettings(*local));
    replan();
}

void SyncWorker::automatic()
{
    if (!m_store || m_finishing)
        return;
    auto st = readStatus();
    if (!st || !st->enrolled) {
        replan();
        return;
    }
    // The CLI beside the window may have parked a refusal, or lifted one.
    if (st->parked)
        m_schedule.parked();
    else if (m_schedule.isParked())
        m_schedule.unparked();
    if (!m_schedule.mayRunNow()) {
        replan();
        return;
    }
    runNow(false);
}

void SyncWorker::watch()
{
    if (!m_store || m_finishing)
        return;
    auto head = m_store->log().head(m_store->deviceId());
    if (!head || head->first <= m_seenHead)
        return;
    m_seenHead = head->first;
    // New work of this counter: send it soon while the line is good (else the backoff decides), once for a burst of
    // changes (each one starts the delay again).
    if (m_schedule.changeDelay())
        m_debounce->start(m_options.changeDelay);
}

void SyncWorker::runNow(bool person)
{
    if (!m_store || m_finishing)
        return;
    m_timer->stop();
    m_debounce->stop();
    if (person)
        m_schedule.unparked(); // SyncService lifts the mark too, and tries once more
    emit runStarted(person);
    SyncService service(*m_store);
    service.setInterrupt(m_interrupt);
    auto result = service.syncNow(
        m_actor, person, [this](SyncStage stage, qint64 done, qint64 total) { emit progressed(stage, done, total); });
    SyncOutcome outcome;
    outcome.person = person;
    outcome.ok = result.has_value();
    outcome.at = QDateTime::currentDateTimeUtc();
    if (result) {
        outcome.report = *result;
        m_schedule.succeeded();
    } else {
        outcome.error = result.error();
        if (outcome.error.field != u"cancelled") {
            auto st = readStatus();
            if (st && st->parked)
                m_schedule.parked();
            else if (outcome.error.field != u"not_enrolled")
                m_schedule.failedTransiently();
        }
    }
    if (auto head = m_store->log().head(m_store->deviceId()))
        m_seenHead = head->first;
    emit runFinished(outcome);
    if (!m_finishing && !(m_interrupt && m_interrupt->isTriggered()))
        replan();
}

void SyncWorker::replan(std::optional<std::chrono::milliseconds> sooner)
{
    m_timer->stop();
    auto st = readStatus();
    SyncPlan plan;
    plan.known = true;
    plan.enrolled = st && st->enrolled;
    plan.parked = m_schedule.isParked();
    plan.failures = m_schedule.failures();
    const QDateTime now = m_schedule.now();
    plan.quietHours = m_schedule.inQuietHours(now);
    const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(m_schedule.settings().interval);
    if (!plan.enrolled || plan.parked) {
        // Nothing runs by itself; look again now and then (an enrolment or a run made by the CLI beside the window).
        m_timer->start(interval);
    } else if (const auto wait = m_schedule.nextDelay()) {
        const auto first = sooner && *sooner < *wait && m_schedule.mayRunNow() ? *sooner : *wait;
        m_timer->start(first);
        plan.nextRun = now.addMSecs(first.count());
    }
    emit planned(plan);
}

void SyncWorker::finish()
{
    m_finishing = true;
    m_timer->stop();
    m_debounce->stop();
    m_watch->stop();
    m_store.reset(); // closed on the thread that opened it
    if (QThread *thread = QThread::currentThread(); thread == this->thread())
        thread->quit();
}

} // namespace MotCua::Ui
