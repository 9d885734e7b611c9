#include "core/domain/holidays.h"

#include "core/domain/lunar.h"

#include <algorithm>

namespace MotCua
{

QString holidayKindKey(Holiday::Kind kind)
{
    switch (kind) {
    case Holiday::Kind::Holiday:
        return QStringLiteral("holiday");
    case Holiday::Kind::Compensation:
        return QStringLiteral("compensation");
    case Holiday::Kind::Official:
        return QStringLiteral("official");
    case Holiday::Kind::Working:
        return QStringLiteral("working");
    }
    return {};
}

std::optional<Holiday::Kind> holidayKindFromKey(const QString &key)
{
    for (auto k :
         {Holiday::Kind::Holiday, Holiday::Kind::Compensation, Holiday::Kind::Official, Holiday::Kind::Working}) {
        if (holidayKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

namespace Holidays
{

namespace
{
bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}
} // namespace

QList<AddedDay> addedDays()
{
    // Ngày Văn hóa Việt Nam: reported as a paid holiday from 01/07/2026 (Nghị quyết 28/2026/QH16, secondary
    // sources only; see DOMAIN.md §4.1). A province's published arrangement overrides it if that is wrong.
    return {{QStringLiteral("Ngày Văn hóa Việt Nam"), 11, 24, 2026}};
}

QList<Holiday> computedDefault(int year)
{
    QList<Holiday> days;
    auto add = [&](const QDate &d, const QString &name) {
        if (d.isValid() && d.year() == year)
            days.append({d, name, Holiday::Kind::Holiday});
    };
    add(QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"));

    // Tết of this lunar year, and of the next one when its break starts in late December (never in practice,
    // but the last day of a lunar year can fall on 31/12 in principle).
    for (int lunarYear : {year, year + 1}) {
        const QDate tet = Lunar::tet(lunarYear);
        if (!tet.isValid())
            continue;
        add(tet.addDays(-1), QStringLiteral("Tết Nguyên đán (cuối năm %1)").arg(lunarYear - 1));
        for (int i = 0; i < 4; ++i)
            add(tet.addDays(i), QStringLiteral("Tết Nguyên đán (mùng %1)").arg(i + 1));
    }
    add(Lunar::hungKingsDay(year), QStringLiteral("Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    add(QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng"));
    add(QDate(year, 5, 1), QStringLiteral("Ngày Quốc tế Lao động"));
    const QDate national(year, 9, 2);
    add(national, QStringLiteral("Quốc khánh"));
    add(national.dayOfWeek() == Qt::Tuesday ? national.addDays(-1) : national.addDays(1),
        QStringLiteral("Quốc khánh (ngày liền kề)"));
    for (const AddedDay &a : addedDays()) {
        if (year >= a.fromYear)
            add(QDate(year, a.month, a.day), a.name);
    }
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });

    // Art. 111.3: a holiday on a weekly rest day is compensated on the next working day.
    QList<Holiday> compensations;
    auto isOff = [&](const QDate &d) {
        if (isWeekend(d))
            return true;
        for (const Holiday &h : days)
            if (h.date == d)
                return true;
        for (const Holiday &h : compensations)
            if (h.date == d)
                return true;
        return false;
    };
    for (const Holiday &h : days) {
        if (!isWeekend(h.date))
            continue;
        QDate d = h.date.addDays(1);
        while (isOff(d))
            d = d.addDays(1);
        compensations.append({d, QStringLiteral("Nghỉ bù ") + h.name, Holiday::Kind::Compensation});
    }
    days += compensations;
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

QList<Holiday> forYear(int year, const QList<YearArrangement> &arrangements)
{
    for (const YearArrangement &a : arrangements) {
        if (a.year == year) {
            QList<Holiday> days = a.days;
            std::sort(days.begin(), days.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
            return days;
        }
    }
    return computedDefault(year);
}

WorkingCalendar workingCalendar(int fromYear, int toYear, const QList<YearArrangement> &arrangements)
{
    WorkingCalendar cal;
    for (int y = fromYear; y <= toYear; ++y) {
        for (const Holiday &h : forYear(y, arrangements)) {
            if (h.kind == Holiday::Kind::Working)
                cal.addWorkingDay(h.date);
            else
                cal.addDayOff(h.date);
        }
    }
    return cal;
}

} // namespace Holidays

} // namespace MotCua
