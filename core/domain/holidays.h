#pragma once

#include "core/domain/calendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace MotCua
{

// A day that is not worked (or, kind Working, a weekend day that is worked as a make-up day).
struct Holiday
{
    enum class Kind { Holiday, Compensation, Official, Working };
    QDate date;
    QString name;
    Kind kind = Kind::Holiday;

    bool operator==(const Holiday &) const = default;
};

QString holidayKindKey(Holiday::Kind kind); // "holiday", "compensation", "official", "working"
std::optional<Holiday::Kind> holidayKindFromKey(const QString &key);

// The government's arrangement for one year (the Ministry of Home Affairs' notice for civil servants): the exact
// days off, including the Tết break and swapped days, and the make-up working days. When a year has one, it
// replaces the computed default for that year entirely.
struct YearArrangement
{
    int year = 0;
    QString source;      // the notice it comes from
    QList<Holiday> days; // kinds Official (day off) and Working (make-up day)
};

namespace Holidays
{

// Labour Code 2019 art. 112 as a computed default for `year`:
// 1/1; Tết (the last day of the old lunar year and mùng 1-4); Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 and an adjacent
// day (1/9 when 2/9 is a Tuesday, else 3/9); Ngày Văn hóa Việt Nam 24/11 from 2026 (see addedDays()); and, per
// art. 111.3, a compensation day on the next working day for each holiday that falls on a weekend.
QList<Holiday> computedDefault(int year);

// Holidays added by later law, as data: {name, month, day, first year}.
struct AddedDay
{
    QString name;
    int month;
    int day;
    int fromYear;
};
QList<AddedDay> addedDays();

// The calendar for due dates over [fromYear, toYear]: arrangements where given, computed defaults elsewhere.
WorkingCalendar workingCalendar(int fromYear, int toYear, const QList<YearArrangement> &arrangements);

// The days of `year` as the calendar sees them (arrangement if given, else default), sorted by date.
QList<Holiday> forYear(int year, const QList<YearArrangement> &arrangements);

} // namespace Holidays

} // namespace MotCua
