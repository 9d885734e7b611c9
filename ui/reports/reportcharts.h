#pragma once

// The three charts of a report (Qt Charts), built from a ReportSheet the same way for the window and for the PDF:
// received against finished over time (ReportService::series), the share finished early, on time and late, and the
// period by field. Colours differ in lightness too, so a black-and-white print still tells them apart.
#include <QString>

#include "ui/reports/reportsheet.h"

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace MotCua::Ui
{

enum class ReportChart { ReceivedFinished, OnTime, ByField };
QList<ReportChart> reportCharts();
QString reportChartKey(ReportChart chart);   // "receivedFinished", "onTime", "byField": the views' object names
QString reportChartTitle(ReportChart chart); // translated

// A new chart (the caller owns it): bars over the period's buckets (a line when they are many), a pie of the
// finished dossiers, horizontal bars of the ten fields that received most. `forPrint`: no animation, larger text.
QChart *makeReportChart(ReportChart chart, const ReportSheet &sheet, bool forPrint = false);

// Paints `chart` into `target` on `painter` as vectors (a PDF keeps lines and text sharp). Needs a QApplication.
void paintReportChart(QPainter &painter, const QRectF &target, ReportChart chart, const ReportSheet &sheet);

} // namespace MotCua::Ui
