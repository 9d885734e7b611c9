// The Reports page (issue "Reports and dashboard"): over a store with a known history, the table, the QĐ 766
// indicators and the charts show ReportService's numbers, the quick choices give the core's periods, and the PDF
// carries the same texts under the Vietnamese headings.
#include <catch2/catch.hpp>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

#include "core/reports/reportservice.h"
#include "core/services/dossierservice.h"
#include "core/services/settingsservice.h"
#include "tests/ui/uifixture.h"
#include "ui/admin/officepanel.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportrenderer.h"
#include "ui/reports/reportspage.h"

using namespace Qt::StringLiterals;
using namespace MotCua;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::ReportsPage;

namespace
{

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        FAIL("pdftotext is not installed (poppler-utils, scripts/install-deps.sh)");
    QProcess p;
    p.start(tool, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(30000));
    QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    // The fonts' ligatures come back as one letter each.
    return text.replace(u"\uFB00"_s, u"ff"_s).replace(u"\uFB01"_s, u"fi"_s).replace(u"\uFB02"_s, u"fl"_s);
}

// Vietnam's date today, whatever the machine's zone.
QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

// Nine o'clock (Vietnam) `daysAgo` days before today, as UTC.
QDateTime morning(int daysAgo)
{
    return QDateTime(vietnamToday().addDays(-daysAgo), QTime(9, 0), QTimeZone(7 * 3600)).toUTC();
}

// A commune's last ten days: six dossiers received, three of them finished (one the same day, early), one refused
// at the counter as a duplicate.
struct History
{
    UiStore s;
    DossierService dossiers{*s.store};
    int n = 0;

    Dossier receive(const QString &name, int daysAgo, bool duplicateOf = false, const QString &citizenId = {})
    {
        ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = name;
        r.citizenId = citizenId.isEmpty() ? u"00109012%1"_s.arg(3400 + n, 4, 10, QLatin1Char('0')) : citizenId;
        if (daysAgo > 0) // today's are received now (a time later today would be in the future)
            r.receivedAt = morning(daysAgo).addSecs(60 * n);
        r.refuseAsDuplicate = duplicateOf;
        ++n;
        auto d = dossiers.receive(s.session, r);
        INFO((d ? std::string() : d.error().message.toStdString()));
        REQUIRE(d.has_value());
        return *d;
    }
    void finish(const Dossier &d, qint64 afterSecs)
    {
        for (DossierAction a : {DossierAction::Transfer, DossierAction::Finish}) {
            DossierActionRequest r;
            r.action = a;
            r.code = d.code;
            r.at = d.receivedAt.addSecs(a == DossierAction::Transfer ? 600 : afterSecs);
            if (a == DossierAction::Transfer)
                r.toUser = u"admin"_s;
            auto done = dossiers.act(s.session, r);
            INFO((done ? std::string() : done.error().message.toStdString()));
            REQUIRE(done.has_value());
        }
    }

    History()
    {
        const Dossier an = receive(u"Nguyễn Văn An"_s, 8);
        finish(an, 3600);
        const Dossier binh = receive(u"Trần Thị Bình"_s, 8);
        finish(binh, 2 * 3600);
        const Dossier cuong = receive(u"Lê Hoàng Cường"_s, 5);
        finish(cuong, 4 * 3600);
        receive(u"Phạm Thu Dung"_s, 3);
        const Dossier giang = receive(u"Vũ Thị Giang"_s, 1);
        receive(u"Vũ Thị Giang"_s, 0, true, giang.citizenId);
        receive(u"Đặng Quốc Huy"_s, 0);
    }
};

template <typename T> T must(Result<T> r)
{
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.has_value());
    return std::move(*r);
}

} // namespace

TEST_CASE("The reports page shows the figures of ReportService in its table, indicators and charts", "[ui][reports]")
{
    History h;
    const QDate today = vietnamToday();
    const ReportPeriod period{today.addDays(-9), today};
    ReportsPage page(*h.s.store, h.s.session);
    page.resize(1200, 900);
    page.setPeriod(period);
    page.setGrouping(ReportGrouping::Field);
    CHECK(!page.sheet()); // nothing is counted before the page is shown
    page.show();
    REQUIRE(waitUntil([&] { return page.sheet().has_value() && !page.isComputing(); }, std::chrono::seconds(20)));
    REQUIRE(page.sheet()->period.from == period.from);

    ReportService reports(*h.s.store);
    const QList<ReportFigures> byField = must(reports.summary(h.s.session, period, ReportGrouping::Field));
    const ReportFigures total = must(reports.summary(h.s.session, period, ReportGrouping::None)).value(0);
    CHECK(total.received == 7);
    CHECK(total.finished() == 3);
    CHECK(total.refusedDuplicate == 1);

    // The table: one row per field, then the total; the measures' titles over the columns.
    const Ui::ReportTableModel *model = page.model();
    REQUIRE(model->rowCount() == byField.size() + 1);
    const QList<ReportMeasure> measures = reportMeasures();
    REQUIRE(model->columnCount() == measures.size() + 1);
    const QLocale locale;
    for (int c = 0; c < measures.size(); ++c) {
        INFO(reportMeasureKey(measures.at(c)).toStdString());
        CHECK(model->headerData(c + 1, Qt::Horizontal).toString() == reportMeasureTitle(measures.at(c)));
        for (int r = 0; r < byField.size(); ++r)
            CHECK(model->index(r, c + 1).data().toString() == reportValueText(byField.at(r), measures.at(c), locale));
        CHECK(model->index(int(byField.size()), c + 1).data().toString() ==
              reportValueText(total, measures.at(c), locale));
    }
    CHECK(model->index(0, 0).data().toString() == byField.at(0).groupTitle);
    CHECK(child<QTableView>(page, u"figuresTable"_s)->model() == model);

    // The QĐ 766 indicators, worded by the core.
    for (ReportMeasure m : {ReportMeasure::OnTimeRate, ReportMeasure::OnlineShare, ReportMeasure::DigitisedShare,
                            ReportMeasure::ElectronicShare}) {
        INFO(reportMeasureKey(m).toStdString());
        CHECK(child<QLabel>(page, u"indicator_"_s + reportMeasureKey(m))->text() == reportValueText(total, m, locale));
    }
    CHECK(child<QLabel>(page, u"indicator_on_time_rate"_s)->text() == locale.toString(100.0, 'f', 1));

    // The documents, for an administrator.
    CHECK(child<QWidget>(page, u"documentsBox"_s)->isVisible());
    const DocumentFigures docs = must(reports.documents(h.s.session, period));
    CHECK(child<QLabel>(page, u"doc_incomingReceived"_s)->text() == locale.toString(docs.incomingReceived));

    // Received against finished, per day for ten days: bars holding series()'s numbers.
    const QList<ReportPoint> points = must(reports.series(h.s.session, period, ReportStep::Day));
    REQUIRE(points.size() == 10);
    QChart *over = child<QChartView>(page, u"chart_receivedFinished"_s)->chart();
    REQUIRE(over->series().size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(over->series().first());
    REQUIRE(bars != nullptr);
    REQUIRE(bars->barSets().size() == 2);
    for (int i = 0; i < points.size(); ++i) {
        CHECK(bars->barSets().at(0)->at(i) == double(points.at(i).received));
        CHECK(bars->barSets().at(1)->at(i) == double(points.at(i).finished));
    }
    qint64 received = 0;
    for (const ReportPoint &p : points)
        received += p.received;
    CHECK(received == total.received);
    // Early, on time, late: the total's.
    auto *pie = qobject_cast<QPieSeries *>(child<QChartView>(page, u"chart_onTime"_s)->chart()->series().value(0));
    REQUIRE(pie != nullptr);
    REQUIRE(pie->count() == 3);
    CHECK(pie->slices().at(0)->value() == double(total.finishedEarly));
    CHECK(pie->slices().at(1)->value() == double(total.finishedOnTime));
    CHECK(pie->slices().at(2)->value() == double(total.finishedLate));
    // By field: the fields' received.
    auto *fields =
        qobject_cast<QAbstractBarSeries *>(child<QChartView>(page, u"chart_byField"_s)->chart()->series().value(0));
    REQUIRE(fields != nullptr);
    double fieldSum = 0;
    for (int i = 0; i < fields->barSets().at(0)->count(); ++i)
        fieldSum += fields->barSets().at(0)->at(i);
    CHECK(fieldSum == double(total.received));

    // Another grouping is counted again, off the window's thread.
    page.setGrouping(ReportGrouping::None);
    REQUIRE(
        waitUntil([&] { return page.sheet() && page.sheet()->grouping == ReportGrouping::None && !page.isComputing(); },
                  std::chrono::seconds(20)));
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == locale.toString(total.received));
}

TEST_CASE("The quick choices of the reports page give the core's periods around Vietnam's today", "[ui][reports]")
{
    UiStore s;
    ReportsPage page(*s.store, s.session);
    const QDate today = vietnamToday();
    CHECK(page.period().from == ReportPeriod::containing(ReportPeriod::Kind::Month, today).from);
    const std::pair<QString, ReportPeriod::Kind> choices[] = {
        {u"presetDay"_s, ReportPeriod::Kind::Day},
        {u"presetWeek"_s, ReportPeriod::Kind::Week},
        {u"presetMonth"_s, ReportPeriod::Kind::Month},
        {u"presetQuarter"_s, ReportPeriod::Kind::Quarter},
        {u"presetYear"_s, ReportPeriod::Kind::Year},
        {u"presetReportingMonth"_s, ReportPeriod::Kind::ReportingMonth},
        {u"presetReportingQuarter"_s, ReportPeriod::Kind::ReportingQuarter},
        {u"presetReportingYear"_s, ReportPeriod::Kind::ReportingYear},
    };
    for (const auto &[name, kind] : choices) {
        INFO(name.toStdString());
        child<QPushButton>(page, name)->click();
        const ReportPeriod expected = ReportPeriod::containing(kind, today);
        CHECK(page.period().from == expected.from);
        CHECK(page.period().until == expected.until);
        CHECK(child<QLabel>(page, u"periodLabel"_s)->text().contains(expected.until.toString(u"dd/MM/yyyy"_s)));
    }
    // The register of the period is still printed from here.
    CHECK(child<QPushButton>(page, u"printRegister"_s)->isEnabled());
    CHECK(child<QPushButton>(page, u"saveRegisterPdf"_s)->isEnabled());
}

TEST_CASE("The report PDF carries the figures under the Vietnamese headings and the signers", "[ui][reports][print]")
{
    History h;
    const QDate today = vietnamToday();
    const ReportPeriod period{today.addDays(-9), today};
    ReportsPage page(*h.s.store, h.s.session);
    page.resize(1280, 2000);
    page.setPeriod(period);
    page.show();
    REQUIRE(waitUntil([&] { return page.sheet().has_value() && !page.isComputing(); }, std::chrono::seconds(20)));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"bao-cao.pdf"_s);
    REQUIRE(page.writePdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH"_s));
    CHECK(text.contains(Ui::ReportRenderer::periodLine(period)));
    CHECK(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    CHECK(text.contains(u"NGƯỜI LẬP BIỂU"_s));
    CHECK(text.contains(u"THỦ TRƯỞNG ĐƠN VỊ"_s));
    CHECK(text.contains(u"ngày …… tháng …… năm ……"_s));
    CHECK(text.contains(u"766/QĐ-TTg"_s));
    const ReportFigures total = page.sheet()->total;
    // The total's row as printed: the same texts as on screen.
    QStringList row;
    for (ReportMeasure m : {ReportMeasure::Received, ReportMeasure::CarriedOver, ReportMeasure::FinishedEarly})
        row << reportValueText(total, m, QLocale());
    CHECK(text.contains(row.join(u' ')));
    CHECK(text.contains(reportMeasureTitle(ReportMeasure::Received)));
    // The charts are drawn as vectors: their titles are text in the PDF.
    CHECK(text.contains(Ui::reportChartTitle(Ui::ReportChart::ByField)));

    const QString csv = dir.filePath(u"bao-cao.csv"_s);
    REQUIRE(page.writeCsv(csv));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("\xEF\xBB\xBF"));

    // The documentation's pictures: MOTCUA_REPORT_SHOTS=<dir> saves the page and the PDF in Vietnamese.
    const QString shots = qEnvironmentVariable("MOTCUA_REPORT_SHOTS");
    if (!shots.isEmpty()) {
        const QLocale before;
        QTranslator vi;
        REQUIRE(vi.load(u":/i18n/motcua_vi.qm"_s));
        QCoreApplication::installTranslator(&vi);
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        ReportsPage shown(*h.s.store, h.s.session);
        shown.resize(1280, 900);
        shown.setPeriod(period);
        shown.setGrouping(ReportGrouping::Staff);
        shown.show();
        REQUIRE(waitUntil([&] { return shown.sheet().has_value() && !shown.isComputing(); }, std::chrono::seconds(20)));
        QWidget *content = child<QWidget>(shown, u"reportsContent"_s);
        CHECK(content->grab().save(QDir(shots).filePath(u"reports.png"_s)));
        CHECK(shown.writePdf(QDir(shots).filePath(u"report.pdf"_s)));
        QCoreApplication::removeTranslator(&vi);
        QLocale::setDefault(before);
    }
}

TEST_CASE("Administration names this PC as a reception point, and the report by point uses the name", "[ui][reports]")
{
    UiStore s;
    MotCua::Ui::OfficePanel panel(*s.store, s.session);
    auto *name = child<QLineEdit>(panel, u"counterName"_s);
    CHECK(name->text() == s.store->deviceTag()); // the tag until named
    child<QLineEdit>(panel, u"centerName"_s)->setText(u"Trung tâm Phục vụ hành chính công phường Ba Đình"_s);
    name->setText(u"Điểm tiếp nhận thôn Bản Xèo"_s);
    REQUIRE(panel.save());
    SettingsService settings(*s.store);
    CHECK(settings.counters()->first().label == u"Điểm tiếp nhận thôn Bản Xèo"_s);

    MotCua::ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = u"Lò Văn Pằng"_s;
    REQUIRE(MotCua::DossierService(*s.store).receive(s.session, r).has_value());
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    const auto byPoint = ReportService(*s.store).summary(s.session, {today, today}, ReportGrouping::Point);
    REQUIRE(byPoint.has_value());
    REQUIRE(byPoint->size() == 1);
    CHECK(byPoint->first().groupTitle == u"Điểm tiếp nhận thôn Bản Xèo"_s);

    // A name with a control character is refused beside the form, and the old name stays.
    name->setText(u"Quầy\u0007một"_s);
    CHECK_FALSE(panel.save());
    CHECK_FALSE(child<QLabel>(panel, u"officeMessage"_s)->text().isEmpty());
    CHECK(settings.counters()->first().label == u"Điểm tiếp nhận thôn Bản Xèo"_s);
}
