#pragma once

#include <QString>

#include "core/util/result.h"
#include "ui/reports/reportsheet.h"

class QPagedPaintDevice;

namespace MotCua::Ui
{

// Paints a report on A4 portrait pages (QPdfWriter, or a QPrinter in full-page mode), laid out like the registers
// (ui/print/printlayout.h): the commune's header and the national motto, the title with the period, the figures in
// two tables (the dossiers, then the QĐ 766 indicators) with the texts of reportValueText, the documents, the three
// charts as vectors, and the signers ("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ") under the date line. The form's own
// wording is Vietnamese; the measures are named by reportMeasureTitle. Pure drawing: no store access. The charts
// need a QApplication (Qt Charts draws with QGraphicsWidget).
class ReportRenderer final
{
public:
    static Result<void> render(QPagedPaintDevice &device, const ReportSheet &sheet);
    // "BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH"
    static QString title();
    // "Từ ngày 15/04/2026 đến ngày 14/05/2026"
    static QString periodLine(const ReportPeriod &period);
};

// The report as a PDF at `pdfPath`, written whole or not at all (QSaveFile).
Result<void> writeReportPdf(const ReportSheet &sheet, const QString &pdfPath);

} // namespace MotCua::Ui
