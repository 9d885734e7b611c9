#pragma once

#include <QDate>

#include <optional>

namespace MotCua
{

// A date of the Vietnamese lunisolar calendar (âm lịch).
struct LunarDate
{
    int day = 0;
    int month = 0;     // 1-12
    int year = 0;      // the lunar year, named by the Gregorian year in which it mostly falls (Tết 2026 -> 2026)
    bool leap = false; // a leap month (tháng nhuận) repeats the number of the month before it

    bool operator==(const LunarDate &) const = default;
};

// The Vietnamese lunisolar calendar computed for UTC+7 from the astronomical rules:
// - a month begins on the local day of a new moon (Meeus, Astronomical Algorithms 2nd ed., ch. 49, with its
//   periodic and planetary terms, converted from dynamical to universal time with ΔT);
// - month 11 is the month that holds the December solstice (apparent solar longitude 270°, Meeus ch. 25);
// - a year with 13 months between two months 11 has a leap month: the first one that holds no major solar term
//   (no multiple of 30° of solar longitude is reached in it), and it takes the number of the month before it.
// UTC+7 instead of China's UTC+8 is why Tết differs in years such as 1985, 2007 and 2030.
// Valid for 1901-2100 (the tests check every Tết and Giỗ Tổ date of that range against an independent table).
namespace Lunar
{
LunarDate fromSolar(const QDate &date);
// The solar date of a lunar date; nullopt when it does not exist (day 30 of a 29-day month, or a leap month
// that the year does not have).
std::optional<QDate> toSolar(const LunarDate &date);

QDate tet(int lunarYear);                             // mùng 1 tháng Giêng
QDate hungKingsDay(int lunarYear);                    // 10 tháng 3 (Giỗ Tổ Hùng Vương)
int monthLength(int lunarYear, int month, bool leap); // 29 or 30; 0 when the month does not exist
std::optional<int> leapMonth(int lunarYear);          // the number of the leap month of that lunar year, if any

// Astronomy, exposed for tests: Julian Ephemeris Day (TT) of the k-th new moon after 2000-01-06, and the
// apparent solar longitude in degrees at a Julian Day (UT).
double newMoonJde(int k);
double sunLongitude(double jdUt);
} // namespace Lunar

} // namespace MotCua
