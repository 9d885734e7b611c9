#include "core/domain/holidays.h"
#include "core/domain/ids.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
QList<QDate> datesOf(const QList<Holiday> &days, Holiday::Kind kind)
{
    QList<QDate> out;
    for (const Holiday &h : days)
        if (h.kind == kind)
            out.append(h.date);
    return out;
}
QDateTime vn(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Time::vietnam());
}
} // namespace

TEST_CASE("Labour Code art. 112 holidays for 2026, with the compensation day for Giỗ Tổ on a Sunday", "[holidays]")
{
    const QList<Holiday> days = Holidays::computedDefault(2026);
    const QList<QDate> holidays = datesOf(days, Holiday::Kind::Holiday);
    const QList<QDate> expected = {QDate(2026, 1, 1),  QDate(2026, 2, 16), QDate(2026, 2, 17), QDate(2026, 2, 18),
                                   QDate(2026, 2, 19), QDate(2026, 2, 20), QDate(2026, 4, 26), QDate(2026, 4, 30),
                                   QDate(2026, 5, 1),  QDate(2026, 9, 2),  QDate(2026, 9, 3),  QDate(2026, 11, 24)};
    CHECK(holidays == expected);
    CHECK(datesOf(days, Holiday::Kind::Compensation) == QList<QDate>{QDate(2026, 4, 27)});
}

TEST_CASE("Compensation days follow a whole block of weekend holidays", "[holidays]")
{
    // 2023: 1/1 on a Sunday; Tết on Sunday 22/01 (the Saturday before and the Sunday are compensated after the
    // break); Giỗ Tổ on Saturday 29/04 and 30/04 on a Sunday (after 01/05); 02/09 on a Saturday with 03/09.
    const QList<Holiday> days = Holidays::computedDefault(2023);
    CHECK(datesOf(days, Holiday::Kind::Compensation) ==
          QList<QDate>{QDate(2023, 1, 2), QDate(2023, 1, 26), QDate(2023, 1, 27), QDate(2023, 5, 2), QDate(2023, 5, 3),
                       QDate(2023, 9, 4), QDate(2023, 9, 5)});
}

TEST_CASE("2/9 takes 1/9 when it is a Tuesday, else 3/9", "[holidays]")
{
    CHECK(datesOf(Holidays::computedDefault(2025), Holiday::Kind::Holiday).contains(QDate(2025, 9, 1)));
    CHECK(datesOf(Holidays::computedDefault(2024), Holiday::Kind::Holiday).contains(QDate(2024, 9, 3)));
    CHECK_FALSE(datesOf(Holidays::computedDefault(2025), Holiday::Kind::Holiday).contains(QDate(2024, 11, 24)));
}

TEST_CASE("The worked example: received Thursday 23/04/2026, 3 working days, Civil Code -> Wednesday 29/04/2026",
          "[holidays][due]")
{
    const WorkingCalendar cal = Holidays::workingCalendar(2026, 2027, {});
    const auto due = cal.dueDate(vn(2026, 4, 23), 3, TimeUnit::WorkingDays);
    CHECK(Time::toVietnam(due.at) == vn(2026, 4, 29, 17));
    // The next dossier of the same kind on Wednesday 29/04 is due after the 30/04-01/05 holidays and the weekend.
    CHECK(Time::toVietnam(cal.dueDate(vn(2026, 4, 29), 1, TimeUnit::WorkingDays).at).date() == QDate(2026, 5, 4));
}

TEST_CASE("Working-hours counting with the 15:00 cut-off", "[holidays][due]")
{
    WorkingCalendar cal = Holidays::workingCalendar(2026, 2027, {});
    cal.setCounting(WorkingCalendar::Counting::WorkingHours);
    // 10:00 Thursday + 1 working day = 10:00 Friday.
    CHECK(Time::toVietnam(cal.dueDate(vn(2026, 4, 23, 10), 1, TimeUnit::WorkingDays).at) == vn(2026, 4, 24, 10));
    // After 15:00 counting starts the next working day at 08:00: 16:00 Thursday + 1 day = 17:00 Friday.
    CHECK(Time::toVietnam(cal.dueDate(vn(2026, 4, 23, 16), 1, TimeUnit::WorkingDays).at) == vn(2026, 4, 24, 17));
    // Across the compensation day: 10:00 Friday 24/04 + 1 day = 10:00 Tuesday 28/04.
    CHECK(Time::toVietnam(cal.dueDate(vn(2026, 4, 24, 10), 1, TimeUnit::WorkingDays).at) == vn(2026, 4, 28, 10));
    // Local working hours (07:00-11:30, 13:30-17:00) are configurable: 7 hours a day.
    cal.setWorkingHours(QTime(7, 0), QTime(11, 30), QTime(13, 30), QTime(17, 0));
    CHECK(Time::toVietnam(cal.dueDate(vn(2026, 4, 23, 11), 1, TimeUnit::WorkingDays).at) == vn(2026, 4, 24, 11));
}

TEST_CASE("A published arrangement replaces the default for its year and is used for due dates", "[holidays][calendar]")
{
    const QByteArray json = R"json({"year": 2026, "source": "Thông báo của Bộ Nội vụ (Tết 2026, test data)",
        "days": [
          {"date": "2026-01-01", "name": "Tết Dương lịch", "kind": "official"},
          {"date": "2026-02-16", "name": "Tết Nguyên đán", "kind": "official"},
          {"date": "2026-02-17", "name": "Tết Nguyên đán", "kind": "official"},
          {"date": "2026-02-18", "name": "Tết Nguyên đán", "kind": "official"},
          {"date": "2026-02-19", "name": "Tết Nguyên đán", "kind": "official"},
          {"date": "2026-02-20", "name": "Tết Nguyên đán", "kind": "official"},
          {"date": "2026-04-27", "name": "Nghỉ bù Giỗ Tổ", "kind": "official"},
          {"date": "2026-04-28", "name": "Nghỉ hoán đổi", "kind": "official"},
          {"date": "2026-04-30", "name": "Ngày Chiến thắng", "kind": "official"},
          {"date": "2026-05-01", "name": "Quốc tế Lao động", "kind": "official"},
          {"date": "2026-05-09", "name": "Làm bù cho 28/04", "kind": "working"}
        ]})json";
    auto parsed = CalendarService::parseArrangement(json);
    REQUIRE(parsed.has_value());
    CHECK(parsed->days.size() == 11);

    TempStore t;
    CalendarService calendar(*t.store);
    const Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    CHECK(calendar.publish(receptionist, *parsed).error().code == Error::Code::Forbidden);
    REQUIRE(calendar.publish(t.admin, *parsed).has_value());
    auto days = calendar.holidays(2026);
    REQUIRE(days.has_value());
    CHECK(days->size() == 11);
    CHECK(datesOf(*days, Holiday::Kind::Working) == QList<QDate>{QDate(2026, 5, 9)});
    // Other years keep the computed default.
    CHECK(calendar.holidays(2027)->contains(
        Holiday{QDate(2027, 4, 30), QStringLiteral("Ngày Chiến thắng"), Holiday::Kind::Holiday}));

    // The dossier received Thursday 23/04 with 3 working days: 24/04, then 29/04 (27-28 off), 04/05.
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.004335");
    r.applicantName = QStringLiteral("Kiều Thị Mai");
    r.receivedAt = vn(2026, 4, 23);
    auto dossier = DossierService(*t.store).receive(t.admin, r);
    REQUIRE(dossier.has_value());
    // 60 working days with the arrangement's days off.
    const WorkingCalendar cal = Holidays::workingCalendar(2026, 2028, {*parsed});
    CHECK(dossier->dueAt == cal.dueDate(r.receivedAt, 60, TimeUnit::WorkingDays).at.toUTC());
    // The arrangement is an event: rebuild reproduces it.
    const QByteArray before = *t.store->exportCanonical();
    REQUIRE(t.store->rebuild().has_value());
    CHECK(*t.store->exportCanonical() == before);

    SECTION("bad arrangement files are refused with a reason")
    {
        for (
            const char *bad :
            {"[]", R"({"year": 1990, "source": "x", "days": []})", R"({"year": 2026, "days": []})",
             R"({"year": 2026, "source": "x", "days": [{"date": "2027-01-01", "name": "x", "kind": "official"}]})",
             R"({"year": 2026, "source": "x", "days": [{"date": "2026-01-01", "name": "x", "kind": "party"}]})",
             R"({"year": 2026, "source": "x", "days": [{"date": "2026-01-01", "name": "x", "kind": "official"}, {"date": "2026-01-01", "name": "y", "kind": "official"}]})"}) {
            INFO(bad);
            auto r = CalendarService::parseArrangement(QByteArray(bad));
            REQUIRE_FALSE(r.has_value());
            CHECK(r.error().code == Error::Code::Invalid);
        }
    }
}
