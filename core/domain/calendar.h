#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace MotCua {

// The unit of a procedure's legal time limit (DonViTinh in the national portal's data).
enum class TimeUnit { WorkingDays, Days, WorkingHours, Hours, Unspecified };

QString timeUnitKey(TimeUnit unit);                       // "working-days", ...
std::optional<TimeUnit> timeUnitFromKey(const QString &key);

// Which days are worked. For now Monday-Friday minus the days off it is given; the calendar issue adds the
// Labour Code holidays, the lunar calendar and the province's yearly arrangements as data.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;

    void addDayOff(const QDate &date) { m_daysOff.insert(date); }
    void addWorkingDay(const QDate &date) { m_extraWorkingDays.insert(date); } // a swapped (make-up) Saturday
    bool isWorkingDay(const QDate &date) const;
    QDate nextWorkingDay(const QDate &date) const; // the first working day strictly after `date`

    // Working hours (08:00-12:00, 13:00-17:00 by default); the end of a working day is workEnd().
    QTime workEnd() const { return m_afternoonEnd; }

    struct Due
    {
        QDateTime at;                 // in Vietnam time
        bool unitAssumed = false;     // the limit had no unit: counted as working days, flagged
    };

    // Civil Code 2015 Đ147-148: the day of receipt is not counted; a period in days ends at the end of its last
    // day; a last day that is not worked moves to the end of the next working day. Working hours are counted
    // inside the working-hour windows from the moment of receipt.
    Due dueDate(const QDateTime &received, int limit, TimeUnit unit) const;

private:
    QDateTime addWorkingHours(const QDateTime &start, int hours) const;

    QSet<QDate> m_daysOff;
    QSet<QDate> m_extraWorkingDays;
    QTime m_morningStart{8, 0};
    QTime m_morningEnd{12, 0};
    QTime m_afternoonStart{13, 0};
    QTime m_afternoonEnd{17, 0};
};

} // namespace MotCua
