#include "core/sync/syncschedule.h"

#include "core/domain/ids.h"

#include <QRandomGenerator>

#include <algorithm>

namespace MotCua
{

SyncSchedule::SyncSchedule(Settings settings, Random random, Clock clock)
    : m_settings(settings), m_random(std::move(random)), m_clock(std::move(clock))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

void SyncSchedule::succeeded()
{
    m_failures = 0;
}

void SyncSchedule::failedTransiently()
{
    // Past the cap the count only has to stay there (and never overflow).
    m_failures = std::min(m_failures + 1, 1000);
}

void SyncSchedule::parked()
{
    m_parked = true;
}

void SyncSchedule::unparked()
{
    m_parked = false;
}

QDateTime SyncSchedule::now() const
{
    return m_clock();
}

std::chrono::milliseconds SyncSchedule::backoffCeiling(int n)
{
    // 2 s × 2⁹ = 1024 s is past the cap of 900 s: from the tenth retry (n = 9) on, the cap.
    if (n < 0)
        n = 0;
    if (n >= 9)
        return kBackoffCap;
    return std::min(kBackoffCap, std::chrono::milliseconds(kBackoffBase.count() << n));
}

std::optional<std::chrono::milliseconds> SyncSchedule::nextDelay()
{
    if (m_parked)
        return std::nullopt;
    std::chrono::milliseconds wait = std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.interval);
    if (m_failures > 0) {
        // Full jitter: anywhere between now and the ceiling, so that counters cut off together do not come back
        // together.
        const double r = std::clamp(m_random(), 0.0, 1.0);
        wait = std::chrono::milliseconds(qint64(double(backoffCeiling(m_failures - 1).count()) * r));
    }
    return outsideQuietHours(wait);
}

std::optional<std::chrono::milliseconds> SyncSchedule::changeDelay() const
{
    if (m_parked || m_failures > 0)
        return std::nullopt;
    if (inQuietHours(now().addMSecs(kChangeDelay.count())))
        return std::nullopt;
    return kChangeDelay;
}

bool SyncSchedule::mayRunNow() const
{
    return !m_parked && !inQuietHours(now());
}

bool SyncSchedule::inQuietHours(const QDateTime &utc) const
{
    const QTime &from = m_settings.quietFrom;
    const QTime &until = m_settings.quietUntil;
    if (!m_settings.quietHours || !from.isValid() || !until.isValid() || from == until)
        return false;
    const QTime t = Time::toVietnam(utc).time();
    if (from < until)
        return t >= from && t < until;
    return t >= from || t < until; // across midnight
}

QDateTime SyncSchedule::quietHoursEnd(const QDateTime &utc) const
{
    if (!inQuietHours(utc))
        return utc;
    const QDateTime local = Time::toVietnam(utc);
    QDateTime end(local.date(), m_settings.quietUntil, Time::vietnam());
    if (end <= local)
        end = end.addDays(1);
    return end.toUTC();
}

std::chrono::milliseconds SyncSchedule::outsideQuietHours(std::chrono::milliseconds wait) const
{
    const QDateTime from = now();
    const QDateTime at = from.addMSecs(wait.count());
    if (!inQuietHours(at))
        return wait;
    return std::chrono::milliseconds(from.msecsTo(quietHoursEnd(at)));
}

} // namespace MotCua
