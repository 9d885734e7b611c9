#include "ui/shell/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace MotCua::Ui
{

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_suspended)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    if (timeout == m_timeout && (m_timer.isActive() || timeout.count() <= 0))
        return;
    m_timeout = timeout;
    reset();
}

void IdleWatcher::reset()
{
    if (m_timeout.count() <= 0 || m_suspended) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_timeout);
}

void IdleWatcher::setSuspended(bool suspended)
{
    m_suspended = suspended;
    reset();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // Each input event reaches the filter once per widget it propagates through: restart only when needed.
        if (!m_suspended && m_timeout.count() > 0 && m_timer.remainingTime() < m_timer.interval() - 200)
            m_timer.start(m_timeout);
        else if (!m_suspended && m_timeout.count() > 0 && !m_timer.isActive())
            m_timer.start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace MotCua::Ui
