#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace MotCua::Ui
{

// Watches the whole application for keyboard and mouse input (an application event filter) and emits idle() once
// after `timeout` without any. A zero timeout never fires. The timeout is injectable so tests can use milliseconds.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isActive() const { return m_timer.isActive(); }
    // Starts counting again from now (after an unlock, for instance).
    void reset();
    // While suspended (the screen is locked) input does not restart the count and idle() is not emitted.
    void setSuspended(bool suspended);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_suspended = false;
};

} // namespace MotCua::Ui
