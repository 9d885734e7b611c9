#include "ui/reports/reportrenderer.h"

#include <QLocale>

#include "core/domain/ids.h"
#include "ui/reports/reportcharts.h"

namespace MotCua::Ui
{

using namespace Print;

namespace
{

// The figures of the dossiers, then the QĐ 766 indicators: a page's width holds about a dozen columns.
QList<ReportMeasure> dossierMeasures()
{
    return {ReportMeasure::Received,         ReportMeasure::CarriedOver,         ReportMeasure::FinishedEarly,
            ReportMeasure::FinishedOnTime,   ReportMeasure::FinishedLate,        ReportMeasure::InProcess,
            ReportMeasure::InProcessOverdue, ReportMeasure::SupplementRequested, ReportMeasure::Refused,
            ReportMeasure::RefusedDuplicate, ReportMeasure::Withdrawn,           ReportMeasure::Returned};
}

QList<ReportMeasure> indicatorMeasures()
{
    QList<ReportMeasure> out;
    const QList<ReportMeasure> first = dossierMeasures();
    for (ReportMeasure m : reportMeasures()) {
        if (!first.contains(m))
            out.append(m);
    }
    return out;
}

Margins reportMargins()
{
    return {25, 15, 15, 15};
}

// The national motto at the top right, centred over `width` from `x`, with a rule under the second line.
qreal nationalMotto(Pages &p, qreal x, qreal top, qreal width)
{
    qreal h =
        p.html(QStringLiteral("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>"), x, top, width, 0.95, Qt::AlignHCenter);
    h += p.html(QStringLiteral("<b>Độc lập - Tự do - Hạnh phúc</b>"), x, top + h, width, 1.0, Qt::AlignHCenter);
    const qreal rule = p.mm(45);
    p.hline(x + (width - rule) / 2, x + (width + rule) / 2, top + h + p.mm(0.8));
    return h + p.mm(3);
}

Table figuresTable(const ReportSheet &sheet, const QList<ReportMeasure> &measures)
{
    Table t;
    t.scale = 0.8;
    t.headerScale = 0.64;
    t.columns.append(Column{2.2, esc(reportGroupingTitle(sheet.grouping)), Qt::AlignLeft});
    for (ReportMeasure m : measures)
        t.columns.append(Column{1.0, esc(reportMeasureTitle(m)), Qt::AlignRight});
    const QLocale locale;
    const QList<ReportFigures> rows = reportTableRows(sheet);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool total = sheet.grouping != ReportGrouping::None && i == rows.size() - 1;
        const QString open = total ? QStringLiteral("<b>") : QString();
        const QString close = total ? QStringLiteral("</b>") : QString();
        QStringList cells{open + esc(reportRowTitle(sheet, rows.at(i), total)) + close};
        for (ReportMeasure m : measures)
            cells << open + esc(reportValueText(rows.at(i), m, locale)) + close;
        t.rows.append(cells);
    }
    return t;
}

Table documentsTable(const DocumentFigures &d)
{
    const QLocale locale;
    Table t;
    t.scale = 0.85;
    t.headerScale = 0.8;
    t.columns = {Column{4.0, QStringLiteral("Chỉ tiêu"), Qt::AlignLeft},
                 Column{1.0, QStringLiteral("Số lượng"), Qt::AlignRight}};
    auto row = [&](const QString &title, qint64 n, int indent = 0) {
        const QString pad = indent > 0 ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;– ") : QString();
        t.rows.append({pad + esc(title), locale.toString(n)});
    };
    row(QStringLiteral("Văn bản đến tiếp nhận trong kỳ"), d.incomingReceived);
    row(QStringLiteral("Văn bản đến giải quyết đúng hạn"), d.incomingFinishedOnTime);
    row(QStringLiteral("Văn bản đến giải quyết quá hạn"), d.incomingFinishedLate);
    row(QStringLiteral("Văn bản đến đang giải quyết cuối kỳ"), d.incomingPending);
    row(QStringLiteral("trong đó quá hạn"), d.incomingPendingOverdue, 1);
    row(QStringLiteral("Văn bản đi phát hành trong kỳ"), d.outgoingIssued);
    for (const auto &[type, n] : d.outgoingByType)
        row(documentTypeTitle(type), n, 1);
    return t;
}

void heading(Pages &p, const QString &text)
{
    p.y += p.mm(2);
    p.para(QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>"), 1.0, Qt::AlignLeft, 0, 1.5);
}

// A chart, painted (nothing to measure: its box is fixed).
void chartBox(Pages &p, ReportChart chart, const ReportSheet &sheet, qreal x, qreal top, qreal w, qreal h)
{
    if (p.painter())
        paintReportChart(*p.painter(), QRectF(x, top, w, h), chart, sheet);
}

void reportPages(Pages &p, const ReportSheet &sheet, int totalPages)
{
    p.setOnNewPage([&p, totalPages] {
        if (totalPages > 1)
            pageNumber(p, totalPages);
    });
    if (totalPages > 1)
        pageNumber(p, totalPages);

    // The head: the agency at the left, the national motto at the right.
    const qreal top = p.y;
    const qreal leftW = p.width() * 0.42;
    const qreal rightW = p.width() - leftW;
    const qreal mottoH = nationalMotto(p, p.left() + leftW, top, rightW);
    agencyBlock(p, sheet.office, leftW);
    p.y = std::max(p.y, top + mottoH) + p.mm(4);

    p.para(QStringLiteral("<b>") + esc(ReportRenderer::title()) + QStringLiteral("</b>"), 1.25, Qt::AlignHCenter, 0, 1);
    QString sub = QStringLiteral("<i>") + esc(ReportRenderer::periodLine(sheet.period));
    if (sheet.grouping != ReportGrouping::None)
        sub += QStringLiteral(" – phân theo: ") + esc(reportGroupingTitle(sheet.grouping).toLower());
    p.para(sub + QStringLiteral("</i>"), 1.0, Qt::AlignHCenter, 0, 0.5);
    const QDateTime at = Time::toVietnam(sheet.computedAt);
    p.para(QStringLiteral("<i>Số liệu tính đến %1 giờ %2 ngày %3</i>")
               .arg(two(at.time().hour()), two(at.time().minute()), shortDate(at.date())),
           0.85, Qt::AlignHCenter, 0, 3);

    heading(p, QStringLiteral("I. TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ"));
    drawTable(p, figuresTable(sheet, dossierMeasures()));
    heading(p, QStringLiteral("II. CÁC CHỈ SỐ THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg"));
    drawTable(p, figuresTable(sheet, indicatorMeasures()));
    int section = 3;
    const QString roman[] = {QString(), QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                             QStringLiteral("IV")};
    if (sheet.documents) {
        heading(p, roman[section++] + QStringLiteral(". VĂN BẢN ĐẾN VÀ VĂN BẢN ĐI"));
        drawTable(p, documentsTable(*sheet.documents));
    }

    // The charts, each across the page and kept whole (on the next page when it does not fit).
    const qreal chartH = p.mm(62);
    const qreal headH = p.measure(QStringLiteral("<b>X</b>"), p.width()) + p.mm(5);
    if (p.y + headH + chartH > p.flowBottom())
        p.newPage();
    heading(p, roman[section] + QStringLiteral(". BIỂU ĐỒ"));
    for (ReportChart chart : reportCharts()) {
        if (p.y + chartH > p.flowBottom())
            p.newPage();
        chartBox(p, chart, sheet, p.left(), p.y, p.width(), chartH);
        p.y += chartH + p.mm(3);
    }

    // The date is left for the pen: the report is signed when it is checked.
    signerBlock(p, sheet.office.place, QDate(),
                {QStringLiteral("Người lập biểu"), QStringLiteral("Thủ trưởng đơn vị")});
}

} // namespace

QString ReportRenderer::title()
{
    return QStringLiteral("BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH");
}

QString ReportRenderer::periodLine(const ReportPeriod &period)
{
    return QStringLiteral("Từ ngày ") + shortDate(period.from) + QStringLiteral(" đến ngày ") + shortDate(period.until);
}

Result<void> ReportRenderer::render(QPagedPaintDevice &device, const ReportSheet &sheet)
{
    if (auto r = setLayout(device, QPageLayout::Portrait); !r)
        return r;
    return paintAll(device, 11.0, reportMargins(), [&sheet](Pages &p, int total) { reportPages(p, sheet, total); });
}

Result<void> writeReportPdf(const ReportSheet &sheet, const QString &pdfPath)
{
    return Print::writePdfFile(pdfPath, ReportRenderer::title(),
                               [&sheet](QPagedPaintDevice &device) { return ReportRenderer::render(device, sheet); });
}

} // namespace MotCua::Ui
