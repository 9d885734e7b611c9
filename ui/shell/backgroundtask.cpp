#include "ui/shell/backgroundtask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

BackgroundTask::BackgroundTask(Work work, QObject *parent) : QObject(parent), m_work(std::move(work)) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void BackgroundTask::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread.reset(QThread::create([this] {
        m_work([this](qint64 done, qint64 total) {
            // Emitted from the worker thread: queued to the receivers on the window's thread.
            emit progressed(done, total);
            return !m_cancelled.load();
        });
    }));
    m_thread->setObjectName(u"motcuaTask"_s);
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

void BackgroundTask::cancel()
{
    m_cancelled = true;
}

TaskProgress::TaskProgress(const QString &prefix, QWidget *parent) : QWidget(parent)
{
    setObjectName(prefix + u"TaskProgress"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(prefix + u"Status"_s);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(prefix + u"Progress"_s);
    m_bar->setRange(0, 0);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(prefix + u"Cancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the work in progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();
}

TaskProgress::~TaskProgress() = default;

void TaskProgress::follow(BackgroundTask *task, const QString &what, bool counts)
{
    m_status->setText(what);
    m_bar->setAccessibleName(what);
    m_bar->setRange(0, 0); // busy until the first report gives the total
    m_cancel->setEnabled(true);
    show();
    m_cancel->setFocus();
    const QPointer<BackgroundTask> guard(task);
    disconnect(m_cancel, nullptr, nullptr, nullptr);
    connect(m_cancel, &QPushButton::clicked, task, [this, guard] {
        if (!guard)
            return;
        guard->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping…"));
    });
    m_bar->resetFormat();
    connect(task, &BackgroundTask::progressed, this, [this, counts](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        // Per mille: a store may hold more events than an int counts.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        if (counts)
            m_bar->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(task, &BackgroundTask::finished, this, [this] {
        hide();
        m_bar->resetFormat();
    });
}

} // namespace MotCua::Ui
