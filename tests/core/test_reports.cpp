// The report figures (issue "Reports and dashboard"): a store with a known history, every figure asserted.
#include "core/attachments/attachmentservice.h"
#include "core/documents/documentservice.h"
#include "core/domain/ids.h"
#include "core/reports/reportservice.h"
#include "core/services/dossierservice.h"
#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "tests/support/tempstore.h"

using namespace MotCua;
using namespace MotCua::Test;

#include <QDir>
#include <QFile>
#include <cmath>

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
                    const QString &citizenId = {}, const Session *by = nullptr, Channel channel = Channel::Direct)
    {
        ReceiveRequest r;
        r.procedureCode = procedure;
        r.applicantName = kNames.at(n % kNames.size());
        r.citizenId = citizenId.isEmpty() ? QStringLiteral("0010900000%1").arg(n, 2, 10, QLatin1Char('0')) : citizenId;
        r.receivedAt = vn(at);
        r.refuseAsDuplicate = duplicate;
        r.channel = channel;
        ++n;
        return must(dossiers.receive(by ? *by : t.admin, r));
    }
    Dossier act(const Dossier &d, DossierAction action, const QDateTime &at, const QString &reason = {},
                ReturnHow how = ReturnHow::Desk)
    {
        DossierActionRequest r;
        r.how = how;
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

TEST_CASE(
    "Returned results, digitised dossiers, electronic results, open dossiers by staff, the chart series and the CSV",
    "[reports]")
{
    History h;
    const Session binh = h.t.createUser(QStringLiteral("binh"), {Role::Receptionist});
    const ReportPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const QDateTime monthEnd = vn(QStringLiteral("2026-12-01T12:00:00+07:00"));

    // Finished in October, its result handed back in November (electronically): returned counts it, whenever the
    // dossier ended.
    const Dossier october = h.receive(QStringLiteral("2026-10-20T09:00:00+07:00"));
    h.finish(october, october.receivedAt.addSecs(7200));
    h.act(october, DossierAction::Return, vn(QStringLiteral("2026-11-02T09:00:00+07:00")), {}, ReturnHow::Electronic);
    // Two open dossiers carried over, received by different people (the partial index's side of the count).
    const Dossier openByAdmin = h.receive(QStringLiteral("2026-10-27T09:00:00+07:00"));
    const Dossier openByBinh = h.receive(QStringLiteral("2026-10-28T09:00:00+07:00"), QStringLiteral("1.001193"), false,
                                         {}, &binh, Channel::Direct);
    // November: one online with a scan attached (digitised), one at the counter returned at the desk, and one whose
    // delay was apologised for: still late.
    const Dossier online = h.receive(QStringLiteral("2026-11-05T09:00:00+07:00"), QStringLiteral("1.001193"), false, {},
                                     &binh, Channel::Online);
    QTemporaryDir files;
    const QString scan = QDir(files.path()).filePath(QStringLiteral("to-khai.png"));
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + "to khai da quet");
    }
    REQUIRE(AttachmentService(*h.t.store).attach(h.t.admin, QStringLiteral("dossier"), online.id, scan).has_value());
    const Dossier desk = h.receive(QStringLiteral("2026-11-06T09:00:00+07:00"));
    h.finish(desk, desk.receivedAt.addSecs(3600));
    h.act(desk, DossierAction::Return, vn(QStringLiteral("2026-11-07T09:00:00+07:00")));
    const Dossier apologised = h.receive(QStringLiteral("2026-11-09T09:00:00+07:00"));
    h.act(apologised, DossierAction::Transfer, apologised.receivedAt.addSecs(600));
    {
        DossierActionRequest r;
        r.action = DossierAction::Apologize;
        r.code = apologised.code;
        r.reason = QStringLiteral("Cần xác minh thêm");
        r.newDueAt = apologised.dueAt.addDays(10);
        r.at = apologised.dueAt.addSecs(-3600);
        must(h.dossiers.act(h.t.admin, r));
    }
    h.act(apologised, DossierAction::Finish, apologised.dueAt.addDays(3));

    ReportService reports(*h.t.store);
    const ReportFigures f = must(reports.summary(h.t.admin, november, ReportGrouping::None, monthEnd)).first();
    CHECK(f.received == 3);
    CHECK(f.carriedOver == 2);
    CHECK(f.returned == 2);           // october's (ended before the period) and desk's
    CHECK(f.returnedElectronic == 1); // october's
    CHECK(f.finishedEarly == 1);      // desk
    CHECK(f.finishedLate == 1);       // the apology does not make it on time
    CHECK(f.inProcess == 3);          // the two carried over and the online one
    CHECK(f.digitised == 1);
    CHECK(f.receivedOnline == 1);
    CHECK(reportValue(f, ReportMeasure::DigitisedShare) == std::optional<double>(33.3));
    CHECK(reportValue(f, ReportMeasure::ElectronicShare) == std::optional<double>(50.0));
    CHECK(reportValue(f, ReportMeasure::OnlineShare) == std::optional<double>(33.3));
    CHECK(reportValueText(f, ReportMeasure::OnTimeRate, QLocale(QLocale::Vietnamese)) == QStringLiteral("50,0"));
    // The share of the allowed time used: desk's hour of its days, the apologised one three days past its limit.
    auto used = [](const Dossier &d, const QDateTime &end) {
        return double(d.receivedAt.secsTo(end)) / double(d.receivedAt.secsTo(d.dueAt));
    };
    const double expectedUsed =
        100.0 * (used(desk, desk.receivedAt.addSecs(3600)) + used(apologised, apologised.dueAt.addDays(3))) / 2.0;
    REQUIRE(f.avgLimitUsed.has_value());
    CHECK(std::abs(*f.avgLimitUsed - expectedUsed) < 0.1);
    CHECK(*f.avgLimitUsed > 50.0);

    // By staff: the carried-over open dossiers land in their receivers' groups.
    const auto byStaff = must(reports.summary(h.t.admin, november, ReportGrouping::Staff, monthEnd));
    REQUIRE(byStaff.size() == 2);
    qint64 carried = 0, received = 0;
    for (const ReportFigures &g : byStaff) {
        carried += g.carriedOver;
        received += g.received;
        if (g.group == binh.userId) {
            CHECK(g.groupTitle == QStringLiteral("binh"));
            CHECK(g.carriedOver == 1);
            CHECK(g.received == 1);
            CHECK(g.inProcess == 2);
        }
    }
    CHECK(carried == f.carriedOver);
    CHECK(received == f.received);
    const auto byChannel = must(reports.summary(h.t.admin, november, ReportGrouping::Channel, monthEnd));
    REQUIRE(byChannel.size() == 2);
    CHECK(byChannel.first().groupTitle != byChannel.first().group); // worded, not the key

    // The chart series: every day of the period present, received and finished by day, in time or not.
    const auto days = must(reports.series(h.t.admin, november, ReportStep::Day));
    REQUIRE(days.size() == 30);
    qint64 r = 0, fin = 0, ok = 0;
    for (const ReportPoint &p : days) {
        r += p.received;
        fin += p.finished;
        ok += p.finishedInTime;
    }
    CHECK(r == f.received);
    CHECK(fin == f.finished());
    CHECK(ok == f.finishedEarly + f.finishedOnTime);
    CHECK(days.at(4).received == 1); // 5 November
    const auto weeks = must(reports.series(h.t.admin, november, ReportStep::Week));
    CHECK(weeks.first().from == QDate(2026, 10, 26)); // the Monday of the week holding 1 November
    const auto months = must(reports.series(h.t.admin, {QDate(2026, 10, 1), QDate(2026, 11, 30)}, ReportStep::Month));
    REQUIRE(months.size() == 2);
    CHECK(months.at(0).received == 3);
    CHECK(months.at(1).received == 3);

    // The CSV: a byte-order mark, the period, the measures' titles, the same numbers.
    const QByteArray csv = reportCsv({f}, ReportGrouping::None, november, QStringLiteral("Phường Ba Đình"));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).contains(QStringLiteral("01/11/2026")));
    const QStringList header = lines.at(1).split(u',');
    const QStringList values = lines.at(2).split(u',');
    REQUIRE(header.size() == reportMeasures().size() + 1);
    REQUIRE(values.size() == header.size());
    CHECK(header.at(1) == reportMeasureTitle(ReportMeasure::Received));
    CHECK(values.at(1) == QStringLiteral("3"));
    CHECK(values.at(1 + int(ReportMeasure::OnTimeRate)) == QStringLiteral("50.0"));
    const QString path = QDir(files.path()).filePath(QStringLiteral("bao-cao.csv"));
    REQUIRE(reports.saveCsv(h.t.admin, november, ReportGrouping::Field, path).has_value());
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll().contains(QStringLiteral("Hộ tịch").toUtf8()));
    CHECK_FALSE(reports.saveCsv(h.t.admin, november, ReportGrouping::None, files.path()).has_value()); // a folder
}

TEST_CASE("Document figures: incoming received, handled on time or late, pending, and outgoing issued per type",
          "[reports][documents]")
{
    TempStore t;
    QDateTime now = vn(QStringLiteral("2026-11-02T09:00:00+07:00"));
    DocumentService docs(*t.store, [&now] { return now; });
    auto letter = [&](const QString &number, const QDate &due) {
        IncomingRequest r;
        r.fromAgency = QStringLiteral("UBND tỉnh Lào Cai");
        r.number = number;
        r.symbol = QStringLiteral("UBND-VP");
        r.issuedOn = QDate(2026, 10, 30);
        r.type = QStringLiteral("CV");
        r.summary = QStringLiteral("Về việc báo cáo tình hình tiếp nhận hồ sơ");
        r.due = due;
        r.receivedAt = now;
        return must(docs.registerIncoming(t.admin, r));
    };
    const IncomingDocument onTime = letter(QStringLiteral("101"), QDate(2026, 11, 10));
    const IncomingDocument late = letter(QStringLiteral("102"), QDate(2026, 11, 3));
    letter(QStringLiteral("103"), QDate(2026, 11, 4)); // pending, past its deadline at the month's end
    letter(QStringLiteral("104"), {});                 // pending, no deadline
    now = vn(QStringLiteral("2026-11-05T10:00:00+07:00"));
    must(docs.finishIncoming(t.admin, onTime.id));
    must(docs.finishIncoming(t.admin, late.id));
    for (const QString &type : {QStringLiteral("QĐ"), QStringLiteral("QĐ"), QStringLiteral("TB")}) {
        OutgoingRequest r;
        r.type = type;
        r.summary = QStringLiteral("Về việc tổ chức hội nghị tiếp xúc cử tri");
        const OutgoingDocument d = must(docs.createOutgoing(t.admin, r));
        for (OutgoingAction a : {OutgoingAction::Submit, OutgoingAction::Approve, OutgoingAction::Sign})
            must(docs.act(t.admin, d.id, a));
        must(docs.number(t.admin, d.id, QDate(2026, 11, 5)));
    }
    const ReportPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    ReportService reports(*t.store);
    const DocumentFigures f =
        must(reports.documents(t.admin, november, vn(QStringLiteral("2026-12-01T09:00:00+07:00"))));
    CHECK(f.incomingReceived == 4);
    CHECK(f.incomingFinishedOnTime == 1);
    CHECK(f.incomingFinishedLate == 1);
    CHECK(f.incomingPending == 2);
    CHECK(f.incomingPendingOverdue == 1);
    CHECK(f.outgoingIssued == 3);
    REQUIRE(f.outgoingByType.size() == 2);
    CHECK(f.outgoingByType.first() == qMakePair(QStringLiteral("QĐ"), qint64(2)));
    // December: nothing received or issued; the two still open are pending.
    const DocumentFigures dec = must(reports.documents(t.admin, {QDate(2026, 12, 1), QDate(2026, 12, 31)},
                                                       vn(QStringLiteral("2026-12-02T09:00:00+07:00"))));
    CHECK(dec.incomingReceived == 0);
    CHECK(dec.incomingPending == 2);
    CHECK(dec.outgoingIssued == 0);
    // A person who may not see documents gets no document figures.
    const Session receptionist = t.createUser(QStringLiteral("lan"), {Role::Receptionist});
    CHECK(reports.documents(receptionist, november).error().code == Error::Code::Forbidden);
}

TEST_CASE("A counter named as a reception point: reports group by its name, the name survives a rebuild, bad names "
          "change nothing",
          "[reports]")
{
    History h;
    SettingsService settings(*h.t.store);
    const QString tag = h.t.store->deviceTag();
    auto counters = must(settings.counters());
    REQUIRE(counters.size() == 1);
    CHECK(counters.first().here);
    CHECK(counters.first().label == tag); // the tag until someone names it

    REQUIRE(settings.nameThisCounter(h.t.admin, QStringLiteral("  Quầy 1 — Hộ tịch  ")).has_value());
    h.receive(QStringLiteral("2026-11-10T09:00:00+07:00"));
    const ReportPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const auto byPoint = must(ReportService(*h.t.store).summary(h.t.admin, november, ReportGrouping::Point));
    REQUIRE(byPoint.size() == 1);
    CHECK(byPoint.first().group == h.t.store->deviceId());
    CHECK(byPoint.first().groupTitle == QStringLiteral("Quầy 1 — Hộ tịch"));

    // Refused, and nothing changes: a control character, too long, someone who is not an administrator.
    const Session clerk = h.t.createUser(QStringLiteral("lan"), {Role::Receptionist});
    CHECK(settings.nameThisCounter(h.t.admin, QStringLiteral("Quầy\u00072")).error().field == QStringLiteral("label"));
    CHECK(settings.nameThisCounter(h.t.admin, QString(81, u'Q')).error().field == QStringLiteral("label"));
    CHECK(settings.nameThisCounter(clerk, QStringLiteral("Quầy của Lan")).error().code == Error::Code::Forbidden);
    CHECK(must(settings.counters()).first().label == QStringLiteral("Quầy 1 — Hộ tịch"));

    // The name is an event: the projections rebuilt from the log hold it again.
    REQUIRE(h.t.store->rebuild().has_value());
    CHECK(must(settings.counters()).first().label == QStringLiteral("Quầy 1 — Hộ tịch"));
    // An empty name gives the tag back.
    REQUIRE(settings.nameThisCounter(h.t.admin, QString()).has_value());
    CHECK(must(settings.counters()).first().label == tag);
}
