#include "ui/reports/reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace MotCua::Ui
{

namespace
{

// The translation context (lupdate files the strings under it: a free tr() helper would file them under the
// namespace instead, where the lookup does not find them).
struct ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(MotCua::Ui::ReportCharts)
};

// Dark blue, orange, green, light green and red: apart in hue and in lightness.
const QColor kReceived(0x1f, 0x4e, 0x79);
const QColor kFinished(0xe0, 0x8a, 0x1e);
const QColor kEarly(0x1b, 0x5e, 0x20);
const QColor kOnTime(0x8b, 0xc3, 0x4a);
const QColor kLate(0xc6, 0x28, 0x28);

// Buckets beyond this become a line: bars would be too thin to read.
constexpr int kMaxBars = 16;
constexpr int kMaxFields = 10;

void style(QChart *chart, const QString &title, bool forPrint)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (forPrint) {
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(2, 2, 2, 2));
    }
}

// The fonts, once the chart is built (the theme sets its own). On paper they are in pixels of a scene whose unit is
// the point (paintReportChart), so they print at these point sizes whatever the device's resolution.
void setFonts(QChart *chart, bool forPrint)
{
    auto sized = [forPrint](QFont f, qreal printSize, qreal screenScale, bool bold) {
        if (forPrint)
            f.setPixelSize(int(printSize));
        else
            f.setPointSizeF(f.pointSizeF() * screenScale);
        f.setBold(bold);
        return f;
    };
    chart->setTitleFont(sized(chart->titleFont(), 11, 1.15, true));
    chart->legend()->setFont(sized(chart->legend()->font(), 9, 1.0, false));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(sized(axis->labelsFont(), 8, 1.0, false));
        axis->setTruncateLabels(false); // a count axis's "5" elided to "…" on a short chart
    }
}

QValueAxis *countAxis(qint64 max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers only: at least 5 so a quiet period does not show 0.25 of a dossier.
    const qint64 top = std::max<qint64>(5, max + (max + 9) / 10);
    const int ticks = int(std::min<qint64>(top, 5)) + 1;
    axis->setRange(0, double(((top + ticks - 2) / (ticks - 1)) * (ticks - 1)));
    axis->setTickCount(ticks);
    return axis;
}

QChart *receivedFinished(const ReportSheet &sheet, bool forPrint)
{
    auto *chart = new QChart;
    const QString step = sheet.step == ReportStep::Day    ? ReportCharts::tr("per day")
                         : sheet.step == ReportStep::Week ? ReportCharts::tr("per week")
                                                          : ReportCharts::tr("per month");
    style(chart, reportChartTitle(ReportChart::ReceivedFinished) + QStringLiteral(" (") + step + u')', forPrint);
    QStringList categories;
    qint64 max = 0;
    for (const ReportPoint &p : sheet.series) {
        categories << reportBucketLabel(p, sheet.step);
        max = std::max({max, p.received, p.finished});
    }
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    if (categories.size() > kMaxBars)
        xAxis->setLabelsAngle(-90);
    QValueAxis *yAxis = countAxis(max);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const QString receivedName = reportMeasureTitle(ReportMeasure::Received);
    //: A chart's series: the dossiers whose processing ended with a result (early, on time or late)
    const QString finishedName = ReportCharts::tr("Finished");
    if (sheet.series.size() <= kMaxBars) {
        auto *received = new QBarSet(receivedName);
        auto *finished = new QBarSet(finishedName);
        for (const ReportPoint &p : sheet.series) {
            received->append(double(p.received));
            finished->append(double(p.finished));
        }
        auto *bars = new QBarSeries;
        bars->setObjectName(QStringLiteral("bars"));
        bars->append(received);
        bars->append(finished);
        chart->addSeries(bars);
        received->setColor(kReceived);
        finished->setColor(kFinished);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    } else {
        auto line = [&](const QString &name, const QColor &colour, Qt::PenStyle pen, qint64 ReportPoint::*field) {
            auto *s = new QLineSeries;
            s->setName(name);
            for (qsizetype i = 0; i < sheet.series.size(); ++i)
                s->append(double(i), double(sheet.series.at(i).*field));
            chart->addSeries(s);
            s->setPen(QPen(colour, forPrint ? 1.6 : 2.5, pen));
            s->attachAxis(xAxis);
            s->attachAxis(yAxis);
        };
        line(receivedName, kReceived, Qt::SolidLine, &ReportPoint::received);
        line(finishedName, kFinished, Qt::DashLine, &ReportPoint::finished);
    }
    return chart;
}

QChart *onTime(const ReportSheet &sheet, bool forPrint)
{
    auto *chart = new QChart;
    style(chart, reportChartTitle(ReportChart::OnTime), forPrint);
    const ReportFigures &f = sheet.total;
    const qint64 finished = f.finished();
    auto *pie = new QPieSeries;
    const QLocale locale;
    const std::pair<ReportMeasure, QColor> parts[] = {{ReportMeasure::FinishedEarly, kEarly},
                                                      {ReportMeasure::FinishedOnTime, kOnTime},
                                                      {ReportMeasure::FinishedLate, kLate}};
    for (const auto &[measure, colour] : parts) {
        const qint64 n = qint64(reportValue(f, measure).value_or(0));
        const QString share = finished > 0 ? locale.toString(100.0 * double(n) / double(finished), 'f', 1) : QString();
        //: A pie slice: what it counts, how many, their share of the finished dossiers
        QPieSlice *slice =
            pie->append(ReportCharts::tr("%1: %2 (%3%)")
                            .arg(reportMeasureTitle(measure), reportValueText(f, measure, locale), share),
                        double(n));
        slice->setProperty("colour", colour);
    }
    pie->setPieSize(0.75);
    chart->addSeries(pie);
    const QList<QPieSlice *> slices = pie->slices();
    for (QPieSlice *slice : slices) {
        slice->setColor(slice->property("colour").value<QColor>());
        slice->setBorderColor(Qt::white);
    }
    if (finished == 0) {
        //: The on-time chart of a period in which no dossier was finished
        chart->setTitle(chart->title() + QStringLiteral("\n") + ReportCharts::tr("no dossier finished in the period"));
    } else {
        chart->legend()->setAlignment(Qt::AlignRight);
    }
    return chart;
}

QChart *byField(const ReportSheet &sheet, bool forPrint)
{
    auto *chart = new QChart;
    style(chart, reportChartTitle(ReportChart::ByField), forPrint);
    QList<ReportFigures> rows = sheet.byField;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ReportFigures &a, const ReportFigures &b) { return a.received > b.received; });
    if (rows.size() > kMaxFields)
        rows.resize(kMaxFields);
    std::reverse(rows.begin(), rows.end()); // the axis runs upwards: the largest on top
    auto *received = new QBarSet(reportMeasureTitle(ReportMeasure::Received));
    auto *finished = new QBarSet(ReportCharts::tr("Finished"));
    QStringList categories;
    qint64 max = 0;
    for (const ReportFigures &r : std::as_const(rows)) {
        QString title = reportRowTitle(sheet, r, false);
        if (title.size() > 38)
            title = title.left(36) + QStringLiteral("…");
        categories << title;
        received->append(double(r.received));
        finished->append(double(r.finished()));
        max = std::max({max, r.received, r.finished()});
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(received);
    bars->append(finished);
    chart->addSeries(bars);
    received->setColor(kReceived);
    finished->setColor(kFinished);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    QValueAxis *xAxis = countAxis(max);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(yAxis);
    bars->attachAxis(xAxis);
    return chart;
}

} // namespace

QList<ReportChart> reportCharts()
{
    return {ReportChart::ReceivedFinished, ReportChart::OnTime, ReportChart::ByField};
}

QString reportChartKey(ReportChart chart)
{
    switch (chart) {
    case ReportChart::ReceivedFinished:
        return QStringLiteral("receivedFinished");
    case ReportChart::OnTime:
        return QStringLiteral("onTime");
    case ReportChart::ByField:
        return QStringLiteral("byField");
    }
    return {};
}

QString reportChartTitle(ReportChart chart)
{
    switch (chart) {
    case ReportChart::ReceivedFinished:
        return ReportCharts::tr("Received and finished");
    case ReportChart::OnTime:
        return ReportCharts::tr("Finished early, on time and late");
    case ReportChart::ByField:
        return ReportCharts::tr("By field");
    }
    return {};
}

QChart *makeReportChart(ReportChart chart, const ReportSheet &sheet, bool forPrint)
{
    QChart *c = nullptr;
    switch (chart) {
    case ReportChart::ReceivedFinished:
        c = receivedFinished(sheet, forPrint);
        break;
    case ReportChart::OnTime:
        c = onTime(sheet, forPrint);
        break;
    case ReportChart::ByField:
        c = byField(sheet, forPrint);
        break;
    }
    if (c) {
        c->setObjectName(reportChartKey(chart));
        setFonts(c, forPrint);
    }
    return c;
}

void paintReportChart(QPainter &painter, const QRectF &target, ReportChart chart, const ReportSheet &sheet)
{
    // The chart is laid out in a scene whose unit is the point (its print fonts are sized in those pixels), then
    // scaled into the target: the scene renders as vectors on a PDF.
    QGraphicsScene scene;
    QChart *c = makeReportChart(chart, sheet, true);
    scene.addItem(c); // the scene owns it now
    const qreal dpi = painter.device() ? painter.device()->logicalDpiX() : 72;
    const QSizeF size = target.size() * 72.0 / dpi;
    c->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}

} // namespace MotCua::Ui
