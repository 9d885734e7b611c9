#include "core/domain/lunar.h"

#include <array>
#include <cmath>

namespace MotCua::Lunar
{

namespace
{

constexpr double kPi = 3.14159265358979323846;
constexpr double kTimeZoneHours = 7.0; // Vietnam
constexpr double kSynodicMonth = 29.530588861;
constexpr double kNewMoonEpoch = 2451550.09766; // JDE of the new moon k = 0 (2000-01-06)

double rad(double degrees)
{
    return degrees * kPi / 180.0;
}

double normalizeDegrees(double d)
{
    d = std::fmod(d, 360.0);
    return d < 0 ? d + 360.0 : d;
}

// ΔT = TT - UT in seconds, polynomial expressions of Espenak & Meeus (NASA, 2006) for 1900-2150.
double deltaTSeconds(double year)
{
    if (year < 1920) {
        const double t = year - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (year < 1941) {
        const double t = year - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
        const double t = year - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
        const double t = year - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
        const double t = year - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * std::pow(t, 4) +
               0.00002373599 * std::pow(t, 5);
    }
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

// The local (UTC+7) civil day, as a Julian Day Number, on which the k-th new moon falls.
qint64 newMoonDay(int k)
{
    const double jde = newMoonJde(k);
    const double year = 2000.0 + (jde - 2451545.0) / 365.25;
    const double jdUt = jde - deltaTSeconds(year) / 86400.0;
    return qint64(std::floor(jdUt + 0.5 + kTimeZoneHours / 24.0));
}

// The solar longitude at the start (local midnight) of a civil day.
double longitudeAtStartOfDay(qint64 jdn)
{
    return sunLongitude(double(jdn) - 0.5 - kTimeZoneHours / 24.0);
}

int majorTermSector(qint64 jdn)
{
    return int(std::floor(longitudeAtStartOfDay(jdn) / 30.0));
}

// The lunation index k whose new-moon day is the last one on or before `jdn`.
int lunationOn(qint64 jdn)
{
    int k = int(std::floor((double(jdn) - kNewMoonEpoch) / kSynodicMonth));
    while (newMoonDay(k + 1) <= jdn)
        ++k;
    while (newMoonDay(k) > jdn)
        --k;
    return k;
}

// The lunation that is month 11 around the December solstice of Gregorian year `year`: the last month that begins
// before the Sun reaches 270°.
int month11Lunation(int year)
{
    int k = lunationOn(QDate(year, 12, 31).toJulianDay());
    while (true) {
        const double lon = longitudeAtStartOfDay(newMoonDay(k));
        if (lon >= 270.0 || lon < 90.0) // December solstice passed (or January: past 360°)
            --k;
        else
            return k;
    }
}

struct Month
{
    int number;
    bool leap;
    int lunarYear;
};

// Numbers the months of the cycle that starts with month 11 of Gregorian year `y` and ends before the next month 11.
// `offset` 0 is month 11. Returns the month at `offset`.
Month monthInCycle(int y, int kStart, int kNext, int offset)
{
    const int months = kNext - kStart; // 12 or 13
    int leapOffset = -1;
    if (months == 13) {
        for (int i = 1; i < 13; ++i) {
            if (majorTermSector(newMoonDay(kStart + i)) == majorTermSector(newMoonDay(kStart + i + 1))) {
                leapOffset = i;
                break;
            }
        }
    }
    int ordinal = offset; // position after month 11, counting a leap month as the same number as its predecessor
    bool leap = false;
    if (leapOffset > 0 && offset >= leapOffset) {
        ordinal = offset - 1;
        leap = offset == leapOffset;
    }
    const int number = (10 + ordinal) % 12 + 1; // 0 -> 11, 1 -> 12, 2 -> 1, ...
    const int lunarYear = (number >= 11 && ordinal < 2) ? y : y + 1;
    return {number, leap, lunarYear};
}

} // namespace

double newMoonJde(int k)
{
    const double kk = k;
    const double t = kk / 1236.85;
    const double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
    double jde = kNewMoonEpoch + kSynodicMonth * kk + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    const double e = 1 - 0.002516 * t - 0.0000074 * t2;
    const double m = rad(normalizeDegrees(2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3));
    const double mp =
        rad(normalizeDegrees(201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4));
    const double f =
        rad(normalizeDegrees(160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4));
    const double om = rad(normalizeDegrees(124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3));

    // Periodic terms for the new moon (Meeus table 49.A).
    jde += -0.40720 * std::sin(mp) + 0.17241 * e * std::sin(m) + 0.01608 * std::sin(2 * mp) +
           0.01039 * std::sin(2 * f) + 0.00739 * e * std::sin(mp - m) - 0.00514 * e * std::sin(mp + m) +
           0.00208 * e * e * std::sin(2 * m) - 0.00111 * std::sin(mp - 2 * f) - 0.00057 * std::sin(mp + 2 * f) +
           0.00056 * e * std::sin(2 * mp + m) - 0.00042 * std::sin(3 * mp) + 0.00042 * e * std::sin(m + 2 * f) +
           0.00038 * e * std::sin(m - 2 * f) - 0.00024 * e * std::sin(2 * mp - m) - 0.00017 * std::sin(om) -
           0.00007 * std::sin(mp + 2 * m) + 0.00004 * std::sin(2 * mp - 2 * f) + 0.00004 * std::sin(3 * m) +
           0.00003 * std::sin(mp + m - 2 * f) + 0.00003 * std::sin(2 * mp + 2 * f) -
           0.00003 * std::sin(mp + m + 2 * f) + 0.00003 * std::sin(mp - m + 2 * f) -
           0.00002 * std::sin(mp - m - 2 * f) - 0.00002 * std::sin(3 * mp + m) + 0.00002 * std::sin(4 * mp);

    // Planetary arguments (Meeus table 49.B).
    static constexpr std::array<std::array<double, 3>, 14> planetary = {{
        {299.77, 0.107408, 0.000325},
        {251.88, 0.016321, 0.000165},
        {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126},
        {84.66, 18.206239, 0.000110},
        {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060},
        {154.84, 7.306860, 0.000056},
        {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042},
        {291.34, 1.844379, 0.000040},
        {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035},
        {331.55, 3.592518, 0.000023},
    }};
    for (std::size_t i = 0; i < planetary.size(); ++i) {
        double a = planetary[i][0] + planetary[i][1] * kk;
        if (i == 0)
            a -= 0.009173 * t2;
        jde += planetary[i][2] * std::sin(rad(normalizeDegrees(a)));
    }
    return jde;
}

double sunLongitude(double jdUt)
{
    // Meeus ch. 25, low accuracy (0.01°): geometric mean longitude, equation of centre, nutation and aberration.
    const double t = (jdUt - 2451545.0) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double m = rad(normalizeDegrees(357.52911 + 35999.05029 * t - 0.0001537 * t * t));
    const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
                     (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
    const double omega = rad(125.04 - 1934.136 * t);
    return normalizeDegrees(l0 + c - 0.00569 - 0.00478 * std::sin(omega));
}

LunarDate fromSolar(const QDate &date)
{
    const qint64 jdn = date.toJulianDay();
    const int k = lunationOn(jdn);
    int y = date.year();
    int kStart = month11Lunation(y);
    if (k < kStart) {
        --y;
        kStart = month11Lunation(y);
    }
    const int kNext = month11Lunation(y + 1);
    const Month m = monthInCycle(y, kStart, kNext, k - kStart);
    return {int(jdn - newMoonDay(k) + 1), m.number, m.lunarYear, m.leap};
}

namespace
{
// The lunation index of (month, leap) in lunar year `lunarYear`, or nullopt.
std::optional<int> lunationOf(int lunarYear, int month, bool leap)
{
    if (month < 1 || month > 12)
        return std::nullopt;
    // Months 11 and 12 belong to the cycle that starts in the same Gregorian year; months 1-10 to the previous one.
    const int y = month >= 11 ? lunarYear : lunarYear - 1;
    const int kStart = month11Lunation(y);
    const int kNext = month11Lunation(y + 1);
    for (int offset = 0; offset < kNext - kStart; ++offset) {
        const Month m = monthInCycle(y, kStart, kNext, offset);
        if (m.number == month && m.leap == leap && m.lunarYear == lunarYear)
            return kStart + offset;
    }
    return std::nullopt;
}
} // namespace

int monthLength(int lunarYear, int month, bool leap)
{
    const auto k = lunationOf(lunarYear, month, leap);
    if (!k)
        return 0;
    return int(newMoonDay(*k + 1) - newMoonDay(*k));
}

std::optional<QDate> toSolar(const LunarDate &date)
{
    const auto k = lunationOf(date.year, date.month, date.leap);
    if (!k || date.day < 1 || date.day > int(newMoonDay(*k + 1) - newMoonDay(*k)))
        return std::nullopt;
    return QDate::fromJulianDay(newMoonDay(*k) + date.day - 1);
}

std::optional<int> leapMonth(int lunarYear)
{
    for (int m = 1; m <= 12; ++m) {
        if (lunationOf(lunarYear, m, true))
            return m;
    }
    return std::nullopt;
}

QDate tet(int lunarYear)
{
    return toSolar({1, 1, lunarYear, false}).value_or(QDate());
}

QDate hungKingsDay(int lunarYear)
{
    return toSolar({10, 3, lunarYear, false}).value_or(QDate());
}

} // namespace MotCua::Lunar
