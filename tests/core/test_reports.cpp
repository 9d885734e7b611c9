// The report figures (issue "Reports and dashboard"): a store with a known history, every figure asserted.
#include "core/domain/ids.h"
#include "core/reports/reportservice.h"
#include "core/services/dossierservice.h"
#include "core/store/store.h"
#include "tests/support/tempstore.h"

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> T must(Result<T> r)
{
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.has_value());
    return std::move(*r);
}

QDateTime vn(const QString &iso)
{
    return Time::parseIso(iso).toUTC();
}

const QStringList kNames{
    QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Hoàng Cường"),
    QStringLiteral("Phạm Thu Dung"), QStringLiteral("Hoàng Văn Em"),  QStringLiteral("Vũ Thị Giang"),
    QStringLiteral("Đặng Quốc Huy"), QStringLiteral("Bùi Thị Kim"),   QStringLiteral("Đỗ Minh Long"),
    QStringLiteral("Ngô Thị Mai"),   QStringLiteral("Dương Văn Nam")};

struct History
{
    TempStore t;
    DossierService dossiers{*t.store};
    int n = 0;

    Dossier receive(const QString &at, const QString &procedure = QStringLiteral("1.001193"), bool duplicate = false,
                    const QString &citizenId = {})
    {
        ReceiveRequest r;
        r.procedureCode = procedure;
        r.applicantName = kNames.at(n % kNames.size());
        r.citizenId = citizenId.isEmpty() ? QStringLiteral("0010900000%1").arg(n, 2, 10, QLatin1Char('0')) : citizenId;
        r.receivedAt = vn(at);
        r.refuseAsDuplicate = duplicate;
        ++n;
        return must(dossiers.receive(t.admin, r));
    }
    Dossier act(const Dossier &d, DossierAction action, const QDateTime &at, const QString &reason = {})
    {
        DossierActionRequest r;
        r.action = action;
        r.code = d.code;
        r.at = at;
        r.reason = reason;
        if (action == DossierAction::Transfer)
            r.toUser = QStringLiteral("admin");
        if (action == DossierAction::RequestSupplement)
            r.items = {QStringLiteral("Bản sao giấy chứng sinh")};
        return must(dossiers.act(t.admin, r));
    }
    // Handed over at once and finished at `at`.
    Dossier finish(const Dossier &d, const QDateTime &at)
    {
        act(d, DossierAction::Transfer, d.receivedAt.addSecs(600));
        return act(d, DossierAction::Finish, at);
    }
};
} // namespace

TEST_CASE("A month's figures from a known history: carried over, early, on time, late, supplements, duplicates",
          "[reports]")
{
    History h;
    const ReportPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};

    // Before the period: one finished in October (not counted at all), one still open (carried over, overdue).
    const Dossier october = h.receive(QStringLiteral("2026-10-01T09:00:00+07:00"));
    h.finish(october, october.dueAt.addSecs(-3600));
    const Dossier carriedOpen = h.receive(QStringLiteral("2026-10-26T09:00:00+07:00"));
    // Carried over and finished in November, late.
    const Dossier carriedLate = h.receive(QStringLiteral("2026-10-29T10:00:00+07:00"));
    h.finish(carriedLate, vn(QStringLiteral("2026-11-03T10:00:00+07:00")));

    // Received in November.
    const Dossier early = h.receive(QStringLiteral("2026-11-02T08:30:00+07:00"));
    h.finish(early, early.receivedAt.addSecs(3600)); // the same day, a day before the appointment
    h.act(early, DossierAction::Return, vn(QStringLiteral("2026-11-04T09:00:00+07:00")));
    const Dossier onTime = h.receive(QStringLiteral("2026-11-03T08:30:00+07:00"));
    h.finish(onTime, onTime.dueAt.addSecs(-1800)); // on the appointment's day
    const Dossier late = h.receive(QStringLiteral("2026-11-04T08:30:00+07:00"));
    h.finish(late, late.dueAt.addDays(1));
    // Two supplement requests: late whatever the dates.
    const Dossier twice = h.receive(QStringLiteral("2026-11-09T08:00:00+07:00"));
    h.act(twice, DossierAction::RequestSupplement, twice.receivedAt.addSecs(1800), QStringLiteral("Thiếu giấy tờ"));
    h.act(twice, DossierAction::SupplementReceived, twice.receivedAt.addSecs(3600));
    h.act(twice, DossierAction::RequestSupplement, twice.receivedAt.addSecs(5400), QStringLiteral("Thiếu giấy tờ"));
    const Dossier back = h.act(twice, DossierAction::SupplementReceived, twice.receivedAt.addSecs(7200));
    h.act(twice, DossierAction::Finish, back.receivedAt.addSecs(9000));
    // One supplement that took three days: the appointment moves by it, so finishing after the first one is on time.
    const Dossier paused = h.receive(QStringLiteral("2026-11-10T08:00:00+07:00"));
    h.act(paused, DossierAction::RequestSupplement, paused.receivedAt.addSecs(1800), QStringLiteral("Thiếu giấy tờ"));
    const Dossier resumed =
        h.act(paused, DossierAction::SupplementReceived, vn(QStringLiteral("2026-11-13T08:30:00+07:00")));
    REQUIRE(resumed.dueAt > paused.dueAt);
    REQUIRE(resumed.dueAt.addSecs(-3600) > paused.dueAt); // late by the first appointment, on time by the moved one
    h.act(paused, DossierAction::Finish, resumed.dueAt.addSecs(-3600));
    // Refused at the counter as a duplicate of an open dossier, and one open past its appointment at the month's end.
    const Dossier open = h.receive(QStringLiteral("2026-11-20T09:00:00+07:00"));
    h.receive(QStringLiteral("2026-11-20T10:00:00+07:00"), QStringLiteral("1.001193"), true, open.citizenId);
    // Withdrawn at the citizen's request.
    const Dossier withdrawn = h.receive(QStringLiteral("2026-11-23T09:00:00+07:00"));
    h.act(withdrawn, DossierAction::Withdraw, withdrawn.receivedAt.addSecs(3600), QStringLiteral("Công dân rút"));
    // After the period: not counted.
    h.receive(QStringLiteral("2026-12-01T07:30:00+07:00"));

    ReportService reports(*h.t.store);
    const auto all = must(
        reports.summary(h.t.admin, november, ReportGrouping::None, vn(QStringLiteral("2026-12-01T12:00:00+07:00"))));
    REQUIRE(all.size() == 1);
    const ReportFigures &f = all.first();
    CHECK(f.received == 8); // early, onTime, late, twice, paused, open, the duplicate, withdrawn
    CHECK(f.carriedOver == 2);
    CHECK(f.finishedEarly == 1);
    CHECK(f.finishedOnTime == 2); // onTime, paused
    CHECK(f.finishedLate == 3);   // carriedLate, late, twice
    CHECK(f.inProcess == 2);      // carriedOpen, open
    CHECK(f.inProcessOverdue == 2);
    CHECK(f.supplementRequested == 2);
    CHECK(f.refused == 0);
    CHECK(f.refusedDuplicate == 1);
    CHECK(f.withdrawn == 1);
    CHECK(f.returned == 1);
    REQUIRE(f.onTimeRate.has_value());
    CHECK(*f.onTimeRate == 50.0); // 3 of 6
    REQUIRE(f.avgProcessingDays.has_value());
    CHECK(*f.avgProcessingDays > 0.0);
    CHECK(f.receivedDirect == 8);

    // Grouped by procedure: one group holds them all; by staff: the administrator received them.
    const auto byProcedure = must(reports.summary(h.t.admin, november, ReportGrouping::Procedure));
    REQUIRE(byProcedure.size() == 1);
    CHECK(byProcedure.first().group == QStringLiteral("1.001193"));
    CHECK(byProcedure.first().groupTitle == QStringLiteral("Thủ tục đăng ký khai sinh"));
    CHECK(byProcedure.first().received == 8);
    const auto byField = must(reports.summary(h.t.admin, november, ReportGrouping::Field));
    REQUIRE(byField.size() == 1);
    CHECK(byField.first().group == QStringLiteral("Hộ tịch"));

    // October: its own three receptions, one finished on time in it.
    const auto oct = must(reports.summary(h.t.admin, {QDate(2026, 10, 1), QDate(2026, 10, 31)}));
    CHECK(oct.first().received == 3);
    CHECK(oct.first().carriedOver == 0);
    CHECK(oct.first().finishedOnTime + oct.first().finishedEarly == 1);
    CHECK(oct.first().inProcess == 2); // open on 31 October: carriedOpen and carriedLate

    // A period with nothing in it, and a bad one.
    const auto empty = must(reports.summary(h.t.admin, {QDate(2025, 1, 1), QDate(2025, 1, 31)}));
    CHECK(empty.first().received == 0);
    CHECK_FALSE(empty.first().onTimeRate.has_value());
    CHECK(reports.summary(h.t.admin, {QDate(2026, 11, 30), QDate(2026, 11, 1)}).error().field ==
          QStringLiteral("from"));
}

TEST_CASE("Reporting periods: calendar ones and the 15th-to-14th periods of Decree 09/2019", "[reports]")
{
    using K = ReportPeriod::Kind;
    auto p = ReportPeriod::containing(K::Week, QDate(2026, 12, 3)); // a Thursday
    CHECK(p.from == QDate(2026, 11, 30));
    CHECK(p.until == QDate(2026, 12, 6));
    p = ReportPeriod::containing(K::Month, QDate(2026, 2, 10));
    CHECK(p.until == QDate(2026, 2, 28));
    p = ReportPeriod::containing(K::Quarter, QDate(2026, 8, 1));
    CHECK(p.from == QDate(2026, 7, 1));
    CHECK(p.until == QDate(2026, 9, 30));
    p = ReportPeriod::containing(K::ReportingMonth, QDate(2026, 3, 14));
    CHECK(p.from == QDate(2026, 2, 15));
    CHECK(p.until == QDate(2026, 3, 14));
    p = ReportPeriod::containing(K::ReportingMonth, QDate(2026, 12, 15));
    CHECK(p.from == QDate(2026, 12, 15));
    CHECK(p.until == QDate(2027, 1, 14));
    p = ReportPeriod::containing(K::ReportingQuarter, QDate(2026, 12, 20));
    CHECK(p.from == QDate(2026, 12, 15));
    CHECK(p.until == QDate(2027, 3, 14));
    p = ReportPeriod::containing(K::ReportingQuarter, QDate(2026, 6, 14));
    CHECK(p.from == QDate(2026, 3, 15));
    CHECK(p.until == QDate(2026, 6, 14));
    p = ReportPeriod::containing(K::ReportingYear, QDate(2026, 7, 1));
    CHECK(p.from == QDate(2025, 12, 15));
    CHECK(p.until == QDate(2026, 12, 14));
    p = ReportPeriod::containing(K::ReportingYear, QDate(2026, 12, 15));
    CHECK(p.from == QDate(2026, 12, 15));
    CHECK(p.until == QDate(2027, 12, 14));
}
