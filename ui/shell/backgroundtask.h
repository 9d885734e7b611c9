#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "core/store/store.h"
#include "core/util/result.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace MotCua::Ui
{

// Long work off the window's thread (a bundle, the chains check, joining a commune), so the window keeps answering.
// The work runs on a QThread of its own with a progress callback; progressed() and finished() come back on the
// window's thread. A Db::Database connection belongs to the thread that opened it: work on the store opens its OWN
// Store on the same data directory in the worker thread (onStore), never the window's. cancel() makes the callback
// return false at its next report; the core then stops, and the work changes nothing.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    using Work = std::function<void(const Store::Progress &progress)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    // Cancels the work if it still runs and waits for it to stop.
    ~BackgroundTask() override;

    // `work` on the worker thread; `done` with its result on the window's thread (not called when the task is
    // destroyed first).
    template <typename T>
    static BackgroundTask *run(std::function<Result<T>(const Store::Progress &)> work,
                               std::function<void(const Result<T> &)> done, QObject *parent)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        auto *task = new BackgroundTask([work, result](const Store::Progress &p) { result->emplace(work(p)); }, parent);
        connect(task, &BackgroundTask::finished, task, [done, result] {
            if (*result)
                done(**result);
        });
        return task;
    }
    // The same on a Store of its own, opened on `dataDir` in the worker thread (and closed there).
    template <typename T>
    static BackgroundTask *onStore(const QString &dataDir,
                                   std::function<Result<T>(Store &, const Store::Progress &)> work,
                                   std::function<void(const Result<T> &)> done, QObject *parent)
    {
        return run<T>(
            [dataDir, work](const Store::Progress &p) -> Result<T> {
                auto store = Store::open(dataDir, false);
                if (!store)
                    return store.error();
                return work(**store, p);
            },
            std::move(done), parent);
    }

    void start();
    // Asks the work to stop at its next progress report.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled.load(); }

signals:
    // done of total (total 0: not known yet), as the core reported it last.
    void progressed(qint64 done, qint64 total);
    // The work returned (or stopped after cancel()).
    void finished();

private:
    Work m_work;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
};

// A line saying what runs, a progress bar and a Cancel button (focused, so Space or Enter cancels), for a
// BackgroundTask: shown while it runs. Children are named `<prefix>Status`, `<prefix>Progress` and `<prefix>Cancel`,
// so that tests find each panel's own.
class TaskProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgress)

public:
    TaskProgress(const QString &prefix, QWidget *parent = nullptr);
    ~TaskProgress() override;

    // Follows `task` until it finishes; `what` says what runs ("Checking the chains…"). The bar reads "12.000 of
    // 20.150" with `counts` (the core counts events people can relate to), else a percentage.
    void follow(BackgroundTask *task, const QString &what, bool counts = true);
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace MotCua::Ui
