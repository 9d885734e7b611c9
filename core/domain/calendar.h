#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace MotCua
{

// The unit of a procedure's legal time limit (DonViTinh in the national portal's data).
enum class TimeUnit { WorkingDays, Days, WorkingHours, Hours, Unspecified };

QString timeUnitKey(TimeUnit unit); // "working-days", ...
std::optional<TimeUnit> timeUnitFromKey(const QString &key);

// Which days are worked. For now Monday-Friday minus the days off it is given; the calendar issue adds the
// Labour Code holidays, the lunar calendar and the province's yearly arrangements as data.
class WorkingCalendar
{
public:
    // How a limit in working days is counted (DOMAIN.md §2.7; one policy per province).
    enum class Counting {
        CivilCode,    // Civil Code 2015 Đ147-148: the day of receipt is not counted; ends at the end of the last day
        WorkingHours, // N working days = N x 8 working hours from the moment of receipt
    };

    WorkingCalendar() = default;

    void setCounting(Counting counting) { m_counting = counting; }
    Counting counting() const { return m_counting; }
    // With WorkingHours counting, a dossier received after this time counts from the next working day's start.
    void setCutoff(const QTime &cutoff) { m_cutoff = cutoff; }
    void setWorkingHours(const QTime &morningStart, const QTime &morningEnd, const QTime &afternoonStart,
                         const QTime &afternoonEnd);

    void addDayOff(const QDate &date) { m_daysOff.insert(date); }
    void addWorkingDay(const QDate &date) { m_extraWorkingDays.insert(date); } // a swapped (make-up) Saturday
    bool isWorkingDay(const QDate &date) const;
    QDate nextWorkingDay(const QDate &date) const;                       // the first working day strictly after `date`
    int workingDaysBetween(const QDate &after, const QDate &upTo) const; // working days d with after < d <= upTo
    QDateTime addWorkingDays(const QDateTime &at, int days) const;       // same time of day, `days` working days later

    // Working hours (08:00-12:00, 13:00-17:00 by default); the end of a working day is workEnd().
    QTime workEnd() const { return m_afternoonEnd; }

    struct Due
    {
        QDateTime at;             // in Vietnam time
        bool unitAssumed = false; // the limit had no unit: counted as working days, flagged
    };

    // Working days per counting(); calendar days by the Civil Code (the day of receipt is not counted, a last day
    // that is not worked moves to the end of the next working day); working hours inside the working-hour windows
    // from the moment of receipt.
    Due dueDate(const QDateTime &received, int limit, TimeUnit unit) const;

private:
    QDateTime addWorkingSeconds(const QDateTime &start, qint64 seconds) const;

    QSet<QDate> m_daysOff;
    QSet<QDate> m_extraWorkingDays;
    QTime m_morningStart{8, 0};
    QTime m_morningEnd{12, 0};
    QTime m_afternoonStart{13, 0};
    QTime m_afternoonEnd{17, 0};
    Counting m_counting = Counting::CivilCode;
    QTime m_cutoff{15, 0};
};

QString countingKey(WorkingCalendar::Counting c); // "civil-code", "working-hours"
std::optional<WorkingCalendar::Counting> countingFromKey(const QString &key);

} // namespace MotCua
