#include "core/domain/calendar.h"

#include "core/domain/ids.h"

namespace MotCua
{

QString timeUnitKey(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::WorkingDays:
        return QStringLiteral("working-days");
    case TimeUnit::Days:
        return QStringLiteral("days");
    case TimeUnit::WorkingHours:
        return QStringLiteral("working-hours");
    case TimeUnit::Hours:
        return QStringLiteral("hours");
    case TimeUnit::Unspecified:
        return QStringLiteral("unspecified");
    }
    return QStringLiteral("unspecified");
}

std::optional<TimeUnit> timeUnitFromKey(const QString &key)
{
    for (TimeUnit u :
         {TimeUnit::WorkingDays, TimeUnit::Days, TimeUnit::WorkingHours, TimeUnit::Hours, TimeUnit::Unspecified}) {
        if (timeUnitKey(u) == key)
            return u;
    }
    return std::nullopt;
}

QString countingKey(WorkingCalendar::Counting c)
{
    return c == WorkingCalendar::Counting::CivilCode ? QStringLiteral("civil-code") : QStringLiteral("working-hours");
}

std::optional<WorkingCalendar::Counting> countingFromKey(const QString &key)
{
    if (key == QLatin1String("civil-code"))
        return WorkingCalendar::Counting::CivilCode;
    if (key == QLatin1String("working-hours"))
        return WorkingCalendar::Counting::WorkingHours;
    return std::nullopt;
}

void WorkingCalendar::setWorkingHours(const QTime &morningStart, const QTime &morningEnd, const QTime &afternoonStart,
                                      const QTime &afternoonEnd)
{
    m_morningStart = morningStart;
    m_morningEnd = morningEnd;
    m_afternoonStart = afternoonStart;
    m_afternoonEnd = afternoonEnd;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (m_extraWorkingDays.contains(date))
        return true;
    if (m_daysOff.contains(date))
        return false;
    const int dow = date.dayOfWeek();
    return dow >= Qt::Monday && dow <= Qt::Friday;
}

QDate WorkingCalendar::nextWorkingDay(const QDate &date) const
{
    QDate d = date.addDays(1);
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &after, const QDate &upTo) const
{
    int n = 0;
    for (QDate d = after.addDays(1); d <= upTo; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &at, int days) const
{
    const QDateTime local = Time::toVietnam(at);
    QDate d = local.date();
    for (int i = 0; i < days; ++i)
        d = nextWorkingDay(d);
    return QDateTime(d, local.time(), Time::vietnam());
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &start, qint64 seconds) const
{
    QDateTime local = Time::toVietnam(start);
    QDate day = local.date();
    QTime t = local.time();
    qint64 remaining = seconds;
    const std::pair<QTime, QTime> windows[] = {{m_morningStart, m_morningEnd}, {m_afternoonStart, m_afternoonEnd}};
    if (!isWorkingDay(day)) {
        day = nextWorkingDay(day);
        t = m_morningStart;
    }
    while (true) {
        for (const auto &[from, to] : windows) {
            if (t >= to)
                continue;
            const QTime begin = t < from ? from : t;
            const qint64 available = begin.secsTo(to);
            if (remaining <= available)
                return QDateTime(day, begin.addSecs(int(remaining)), Time::vietnam());
            remaining -= available;
            t = to;
        }
        day = nextWorkingDay(day);
        t = m_morningStart;
    }
}

WorkingCalendar::Due WorkingCalendar::dueDate(const QDateTime &received, int limit, TimeUnit unit) const
{
    Due due;
    const QDateTime local = Time::toVietnam(received);
    if (limit < 0)
        limit = 0;
    switch (unit) {
    case TimeUnit::Unspecified:
        due.unitAssumed = true;
        [[fallthrough]];
    case TimeUnit::WorkingDays: {
        if (m_counting == Counting::WorkingHours) {
            QDateTime start = local;
            if (local.time() >= m_cutoff || !isWorkingDay(local.date()))
                start = QDateTime(nextWorkingDay(local.date()), m_morningStart, Time::vietnam());
            const qint64 secondsPerDay = m_morningStart.secsTo(m_morningEnd) + m_afternoonStart.secsTo(m_afternoonEnd);
            due.at = addWorkingSeconds(start, limit * secondsPerDay);
            break;
        }
        QDate d = local.date();
        if (limit == 0) {
            if (!isWorkingDay(d))
                d = nextWorkingDay(d);
        }
        for (int i = 0; i < limit; ++i)
            d = nextWorkingDay(d);
        due.at = QDateTime(d, m_afternoonEnd, Time::vietnam());
        break;
    }
    case TimeUnit::Days: {
        QDate d = local.date().addDays(limit);
        if (!isWorkingDay(d))
            d = nextWorkingDay(d);
        due.at = QDateTime(d, m_afternoonEnd, Time::vietnam());
        break;
    }
    case TimeUnit::WorkingHours:
    case TimeUnit::Hours:
        due.at = addWorkingSeconds(local, qint64(limit) * 3600);
        break;
    }
    return due;
}

} // namespace MotCua
