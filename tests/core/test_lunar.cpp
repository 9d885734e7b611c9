// The lunisolar calendar against an independent table: Tết and Giỗ Tổ Hùng Vương for 1901-2100 from
// vacanza/holidays (MIT), holidays/calendars/chinese.py: LUNAR_NEW_YEAR_DATES and HUNG_KINGS_DATES with its
// VIETNAMESE_CALENDAR_* overrides applied (the years where UTC+7 gives another day than China's UTC+8).
#include "core/domain/lunar.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QStringList>

using namespace MotCua;

namespace
{
// One "MMDD" per year from 1901.
const char *const kTet =
    "0219 0208 0129 0216 0204 0125 0213 0202 0122 0210 0130 0218 0206 0126 0214 0204 0123 0211 0201 0220 "
    "0208 0128 0216 0205 0124 0213 0202 0123 0210 0130 0217 0206 0126 0214 0204 0124 0211 0131 0219 0208 "
    "0127 0215 0205 0125 0213 0202 0122 0210 0129 0217 0206 0127 0214 0203 0124 0212 0131 0218 0208 0128 "
    "0215 0205 0125 0213 0202 0121 0209 0130 0217 0206 0127 0215 0203 0123 0211 0131 0218 0207 0128 0216 "
    "0205 0125 0213 0202 0220 0209 0129 0217 0206 0127 0215 0204 0123 0210 0131 0219 0207 0128 0216 0205 "
    "0124 0212 0201 0122 0209 0129 0218 0207 0126 0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 0125 "
    "0212 0201 0122 0210 0129 0217 0206 0126 0213 0203 0123 0211 0131 0219 0208 0128 0215 0204 0124 0212 "
    "0201 0122 0210 0130 0217 0206 0126 0214 0202 0123 0211 0201 0219 0208 0128 0215 0204 0124 0212 0202 "
    "0121 0209 0129 0217 0205 0126 0214 0203 0123 0211 0131 0219 0207 0127 0215 0205 0124 0212 0202 0122 "
    "0209 0129 0217 0206 0126 0214 0203 0124 0210 0130 0218 0207 0127 0215 0205 0125 0212 0201 0121 0209";
const char *const kHungKings =
    "0428 0417 0407 0425 0414 0403 0422 0410 0429 0419 0408 0426 0416 0405 0423 0412 0430 0420 0410 0428 "
    "0417 0406 0425 0413 0402 0421 0411 0429 0419 0408 0427 0415 0404 0423 0412 0401 0420 0410 0429 0417 "
    "0406 0424 0414 0402 0421 0411 0430 0418 0407 0426 0415 0404 0423 0412 0402 0420 0409 0428 0417 0405 "
    "0424 0414 0403 0421 0411 0331 0419 0407 0426 0415 0405 0423 0412 0402 0421 0409 0427 0416 0406 0424 "
    "0414 0403 0422 0410 0429 0418 0407 0425 0415 0405 0424 0412 0401 0420 0409 0427 0416 0406 0425 0414 "
    "0403 0422 0411 0428 0418 0407 0426 0415 0405 0423 0412 0331 0419 0409 0428 0416 0406 0425 0414 0402 "
    "0421 0410 0429 0418 0407 0426 0416 0404 0423 0412 0401 0419 0409 0428 0417 0406 0425 0414 0403 0420 "
    "0410 0429 0419 0407 0426 0415 0404 0422 0411 0401 0420 0409 0428 0417 0406 0424 0413 0402 0421 0410 "
    "0331 0419 0408 0426 0415 0404 0423 0411 0401 0420 0409 0427 0416 0405 0424 0413 0402 0421 0411 0330 "
    "0418 0407 0426 0414 0404 0423 0412 0401 0420 0409 0428 0416 0405 0424 0414 0402 0421 0411 0429 0419";
const QMap<int, const char *> kVietnameseTet = {{1903, "0128"}, {1916, "0203"}, {1935, "0203"}, {1965, "0201"},
                                                {1968, "0129"}, {1969, "0216"}, {1985, "0121"}, {2007, "0217"},
                                                {2030, "0202"}, {2053, "0218"}};
const QMap<int, const char *> kVietnameseHungKings = {{1916, "0411"}, {1917, "0401"}, {1939, "0428"}, {1975, "0420"},
                                                      {2009, "0404"}, {2037, "0424"}, {2038, "0413"}, {2085, "0403"},
                                                      {2086, "0422"}, {2095, "0413"}, {2100, "0418"}};

QMap<int, QDate> table(const char *dates, const QMap<int, const char *> &overrides)
{
    QMap<int, QDate> out;
    const QStringList items = QString::fromLatin1(dates).split(u' ', Qt::SkipEmptyParts);
    REQUIRE(items.size() == 200);
    for (int i = 0; i < items.size(); ++i) {
        const int year = 1901 + i;
        const QString mmdd = overrides.contains(year) ? QString::fromLatin1(overrides.value(year)) : items.at(i);
        out.insert(year, QDate(year, mmdd.left(2).toInt(), mmdd.mid(2).toInt()));
    }
    return out;
}
} // namespace

namespace
{
QStringList mismatches(const QMap<int, QDate> &expected, QDate (*compute)(int))
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QDate got = compute(it.key());
        if (got != it.value())
            out.append(QStringLiteral("%1: expected %2, got %3")
                           .arg(it.key())
                           .arg(it.value().toString(Qt::ISODate), got.toString(Qt::ISODate)));
    }
    return out;
}
} // namespace

TEST_CASE("Tết for every year 1901-2100 matches the independent table", "[lunar]")
{
    const QStringList wrong = mismatches(table(kTet, kVietnameseTet), Lunar::tet);
    INFO(wrong.join(QStringLiteral("; ")).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("Giỗ Tổ Hùng Vương for every year 1901-2100 matches the independent table", "[lunar]")
{
    const QStringList wrong = mismatches(table(kHungKings, kVietnameseHungKings), Lunar::hungKingsDay);
    INFO(wrong.join(QStringLiteral("; ")).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("Vietnam's UTC+7 calendar differs from China's where it should", "[lunar]")
{
    CHECK(Lunar::tet(1985) == QDate(1985, 1, 21));
    CHECK(Lunar::tet(2007) == QDate(2007, 2, 17));
    CHECK(Lunar::tet(2030) == QDate(2030, 2, 2));
}

TEST_CASE("Solar to lunar and back, leap months included (DOMAIN.md §4.3)", "[lunar]")
{
    CHECK(Lunar::fromSolar(QDate(2026, 2, 17)) == LunarDate{1, 1, 2026, false});
    CHECK(Lunar::fromSolar(QDate(2026, 2, 16)) == LunarDate{29, 12, 2025, false});
    CHECK(Lunar::fromSolar(QDate(2026, 4, 26)) == LunarDate{10, 3, 2026, false});
    CHECK(Lunar::leapMonth(2020) == 4);
    CHECK(Lunar::toSolar({1, 4, 2020, true}) == QDate(2020, 5, 23));
    CHECK(Lunar::leapMonth(2023) == 2);
    CHECK(Lunar::leapMonth(2025) == 6);
    CHECK(Lunar::leapMonth(2028) == 5);
    CHECK(Lunar::leapMonth(2031) == 3);
    CHECK(Lunar::leapMonth(2026) == std::nullopt);
    // 2033: the rare leap month 11, starting 22/12/2033.
    CHECK(Lunar::leapMonth(2033) == 11);
    CHECK(Lunar::fromSolar(QDate(2033, 12, 22)) == LunarDate{1, 11, 2033, true});
    CHECK(Lunar::tet(2034) == QDate(2034, 2, 19));
    // The last day of the old year before Tết: 29 or 30 (DOMAIN.md table: before Tết 2024 "30/12",
    // before Tết 2025 and 2026 "29/12").
    CHECK(Lunar::monthLength(2023, 12, false) == 30);
    CHECK(Lunar::monthLength(2024, 12, false) == 29);
    CHECK(Lunar::monthLength(2025, 12, false) == 29);
    CHECK_FALSE(Lunar::toSolar({30, 12, 2025, false}).has_value());
    CHECK_FALSE(Lunar::toSolar({1, 7, 2026, true}).has_value());

    // Round trip over every day of 1990-2060.
    int failures = 0;
    for (QDate d(1990, 1, 1); d < QDate(2061, 1, 1); d = d.addDays(1)) {
        const LunarDate l = Lunar::fromSolar(d);
        if (Lunar::toSolar(l) != d || l.day < 1 || l.day > 30)
            ++failures;
    }
    CHECK(failures == 0);
}
