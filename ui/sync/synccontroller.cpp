#include "ui/sync/synccontroller.h"

#include <QDeadlineTimer>
#include <QThread>

#include <atomic>

#include "core/sync/net/syncclient.h"
#include "core/util/log.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
std::atomic<int> g_strays{0};
}

SyncController::SyncController(const QString &dataDir, const Session &actor, SyncWorker::Options options,
                               QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_actor(actor), m_options(std::move(options))
{
    qRegisterMetaType<MotCua::Ui::SyncOutcome>();
    qRegisterMetaType<MotCua::Ui::SyncPlan>();
    qRegisterMetaType<MotCua::SyncStage>();
    qRegisterMetaType<MotCua::Error>();
}

SyncController::~SyncController()
{
    stop();
}

int SyncController::strayThreads()
{
    return g_strays.load();
}

void SyncController::start()
{
    if (m_thread)
        return;
    m_interrupt = std::make_shared<Sync::Interrupt>();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"motcuaSync"_s);
    m_worker = new SyncWorker(m_dataDir, m_actor, m_options, m_interrupt);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::runStarted, this, [this](bool person) {
        m_running = true;
        m_personRun = person;
        m_stage = SyncStage::Push;
        m_done = 0;
        m_total = 0;
        emit runStarted(person);
        emit changed();
    });
    connect(m_worker, &SyncWorker::progressed, this, [this](SyncStage stage, qint64 done, qint64 total) {
        m_stage = stage;
        m_done = done;
        m_total = total;
        emit progressed(stage, done, total);
        emit changed();
    });
    connect(m_worker, &SyncWorker::runFinished, this, [this](const SyncOutcome &outcome) {
        m_running = false;
        m_personRun = false;
        m_last = outcome;
        emit runFinished(outcome);
        emit changed();
    });
    connect(m_worker, &SyncWorker::planned, this, [this](const SyncPlan &plan) {
        m_plan = plan;
        emit planChanged(plan);
        emit changed();
    });
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

bool SyncController::stop(std::chrono::milliseconds wait)
{
    static const auto log = Log::get("sync");
    if (!m_thread)
        return true;
    // Nothing more from the worker; cut the request in flight, then let the worker close its Store on its own thread
    // and end (from then on it may be deleted at any moment: not touched again here).
    disconnect(m_worker, nullptr, this, nullptr);
    m_interrupt->trigger();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::finish, Qt::QueuedConnection);
    QThread *thread = m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_running = false;
    const bool ended = thread->wait(QDeadlineTimer(wait));
    if (ended) {
        delete thread; // the worker went with the thread's end (deleteLater on finished)
        return true;
    }
    // Still in a request the OS would not cut: it ends at the client's timeout, then the thread deletes itself.
    log->warn("the sync worker is still in a request after {} ms: left to end by itself", wait.count());
    g_strays.fetch_add(1);
    thread->setParent(nullptr);
    connect(
        thread, &QThread::finished, thread, [] { g_strays.fetch_sub(1); }, Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    return false;
}

void SyncController::syncNow()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->runNow(true); }, Qt::QueuedConnection);
}

void SyncController::setActor(const Session &actor)
{
    m_actor = actor;
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, actor] { w->setActor(actor); }, Qt::QueuedConnection);
}

void SyncController::settingsChanged()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::reloadSettings, Qt::QueuedConnection);
}

} // namespace MotCua::Ui
