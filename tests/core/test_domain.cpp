#include "core/domain/calendar.h"
#include "core/domain/citizenid.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace MotCua;

TEST_CASE("fold removes case, diacritics and đ, whatever the Unicode form", "[domain][text]")
{
    CHECK(Text::fold(QStringLiteral("Nguyễn Văn An")) == QStringLiteral("nguyen van an"));
    CHECK(Text::fold(QStringLiteral("ĐĂNG KÝ KHAI SINH")) == QStringLiteral("dang ky khai sinh"));
    // Both tone placements fold to the same text.
    CHECK(Text::fold(QStringLiteral("Hoà")) == Text::fold(QStringLiteral("Hòa")));
    CHECK(Text::fold(QStringLiteral("Thuỷ")) == Text::fold(QStringLiteral("Thủy")));
    // NFD input (decomposed marks) folds like NFC.
    const QString nfd = QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D);
    REQUIRE(nfd.size() > 6);
    CHECK(Text::fold(nfd) == QStringLiteral("nguyen"));
    CHECK(Text::fold(QStringLiteral("  a \t  b  ")) == QStringLiteral("a b"));
    CHECK(Text::foldedWords(QStringLiteral("Đăng  ký")) == QStringList{QStringLiteral("dang"), QStringLiteral("ky")});
}

TEST_CASE("UUIDv7 ids are well-formed, unique and time-ordered", "[domain][ids]")
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newUuidV7();
        CHECK(re.match(id).hasMatch());
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
    CHECK(newUuidV7(1000) < newUuidV7(2000));
    // Within one millisecond they still sort in the order they were made.
    QString previous = newUuidV7(5000);
    for (int i = 0; i < 100; ++i) {
        const QString next = newUuidV7(5000);
        CHECK(previous < next);
        previous = next;
    }
}

TEST_CASE("The hybrid logical clock never goes backwards", "[domain][ids]")
{
    HybridClock clock;
    const qint64 a = clock.now(5000);
    const qint64 b = clock.now(4000); // the wall clock jumped back
    const qint64 c = clock.now(4000);
    CHECK(b > a);
    CHECK(c > b);
    CHECK(HybridClock::physicalMs(b) == 5000);
    const qint64 d = clock.now(9000);
    CHECK(HybridClock::physicalMs(d) == 9000);
    CHECK(HybridClock::counter(d) == 0);
    clock.observe(HybridClock::pack(20000, 3));
    CHECK(clock.now(10000) == HybridClock::pack(20000, 4));
}

TEST_CASE("ISO 8601 parsing accepts dates and date-times, Vietnam time by default", "[domain][time]")
{
    const QDateTime d = Time::parseIso(QStringLiteral("2026-02-17"));
    REQUIRE(d.isValid());
    CHECK(Time::toUtcIso(d) == QStringLiteral("2026-02-16T17:00:00Z"));
    CHECK(Time::toUtcIso(Time::parseIso(QStringLiteral("2026-02-17T09:30:00+07:00"))) ==
          QStringLiteral("2026-02-17T02:30:00Z"));
    CHECK(Time::toUtcIso(Time::parseIso(QStringLiteral("2026-02-17T09:30"))) == QStringLiteral("2026-02-17T02:30:00Z"));
    CHECK(Time::toUtcIso(Time::parseIso(QStringLiteral("2026-02-17T02:30:00Z"))) ==
          QStringLiteral("2026-02-17T02:30:00Z"));
    for (const char *bad : {"2026-02-30", "17/02/2026", "tomorrow", "2026-13-01T00:00", "", "2026-02-17T25:00"})
        CHECK_FALSE(Time::parseIso(QString::fromLatin1(bad)).isValid());
}

TEST_CASE("Citizen ids: 12-digit CCCD structure, old CMND, and clear reasons", "[domain][citizenid]")
{
    SECTION("valid CCCD: province, gender, century, year")
    {
        const auto info = validateCitizenId(QStringLiteral("001090123456"), 2026);
        CHECK(info.valid);
        CHECK(info.kind == CitizenIdInfo::Kind::Cccd);
        CHECK(info.provinceCode == QStringLiteral("001"));
        CHECK(info.provinceName == QStringLiteral("Hà Nội"));
        CHECK(info.gender == QStringLiteral("male"));
        CHECK(info.birthCentury == 1900);
        CHECK(info.birthYear == 1990);
        const auto female2000s = validateCitizenId(QStringLiteral("079305000123"), 2026);
        CHECK(female2000s.valid);
        CHECK(female2000s.gender == QStringLiteral("female"));
        CHECK(female2000s.birthYear == 2005);
        CHECK(female2000s.provinceName == QStringLiteral("Hồ Chí Minh"));
    }
    SECTION("spaces are ignored")
    {
        CHECK(validateCitizenId(QStringLiteral("001 090 123 456"), 2026).valid);
    }
    SECTION("wrong length, letters, impossible century, future year")
    {
        CHECK(validateCitizenId(QStringLiteral("12345"), 2026).problem == CitizenIdInfo::Problem::WrongLength);
        CHECK(validateCitizenId(QStringLiteral("0123456789"), 2026).problem == CitizenIdInfo::Problem::WrongLength);
        CHECK(validateCitizenId(QStringLiteral("00109012345A"), 2026).problem == CitizenIdInfo::Problem::NotDigits);
        CHECK(validateCitizenId(QStringLiteral("001590123456"), 2026).problem == CitizenIdInfo::Problem::BadCentury);
        CHECK(validateCitizenId(QStringLiteral("001299123456"), 2026).problem ==
              CitizenIdInfo::Problem::FutureBirthYear);
        CHECK_FALSE(validateCitizenId(QString(), 2026).valid);
    }
    SECTION("unknown province is a warning, not an error")
    {
        const auto info = validateCitizenId(QStringLiteral("003090123456"), 2026);
        CHECK(info.valid);
        CHECK(info.unknownProvince);
        CHECK_FALSE(info.reason.isEmpty());
    }
    SECTION("9-digit CMND is accepted with a warning")
    {
        const auto info = validateCitizenId(QStringLiteral("012345678"), 2026);
        CHECK(info.valid);
        CHECK(info.legacyCmnd);
        CHECK(info.kind == CitizenIdInfo::Kind::Cmnd);
    }
}

TEST_CASE("Due dates count working days Monday to Friday, first day not counted", "[domain][calendar]")
{
    WorkingCalendar cal;
    const auto at = [](int y, int m, int d, int h = 9) {
        return QDateTime(QDate(y, m, d), QTime(h, 0), Time::vietnam());
    };
    SECTION("3 working days from a Thursday end on Tuesday (no holidays yet)")
    {
        const auto due = cal.dueDate(at(2026, 4, 23), 3, TimeUnit::WorkingDays);
        CHECK(Time::toVietnam(due.at).date() == QDate(2026, 4, 28));
        CHECK(Time::toVietnam(due.at).time() == QTime(17, 0));
        CHECK_FALSE(due.unitAssumed);
    }
    SECTION("a day off is skipped")
    {
        cal.addDayOff(QDate(2026, 4, 27));
        CHECK(Time::toVietnam(cal.dueDate(at(2026, 4, 23), 3, TimeUnit::WorkingDays).at).date() == QDate(2026, 4, 29));
    }
    SECTION("received on a Saturday: counting starts Monday")
    {
        CHECK(Time::toVietnam(cal.dueDate(at(2026, 4, 25), 1, TimeUnit::WorkingDays).at).date() == QDate(2026, 4, 27));
    }
    SECTION("calendar days ending on a weekend move to the next working day")
    {
        // Friday 2026-04-24 + 15 days = Saturday 2026-05-09 -> Monday 2026-05-11.
        CHECK(Time::toVietnam(cal.dueDate(at(2026, 4, 24), 15, TimeUnit::Days).at).date() == QDate(2026, 5, 11));
    }
    SECTION("working hours run inside 08-12 and 13-17")
    {
        // Friday 16:00 + 2 working hours -> Monday 09:00.
        const auto due = cal.dueDate(at(2026, 4, 24, 16), 2, TimeUnit::WorkingHours);
        CHECK(Time::toVietnam(due.at) == at(2026, 4, 27, 9));
        // 11:00 + 2 h -> 14:00 (lunch is not counted).
        CHECK(Time::toVietnam(cal.dueDate(at(2026, 4, 23, 11), 2, TimeUnit::WorkingHours).at) == at(2026, 4, 23, 14));
    }
    SECTION("an unspecified unit is counted as working days and flagged")
    {
        const auto due = cal.dueDate(at(2026, 4, 23), 1, TimeUnit::Unspecified);
        CHECK(due.unitAssumed);
        CHECK(Time::toVietnam(due.at).date() == QDate(2026, 4, 24));
    }
}
