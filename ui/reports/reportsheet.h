#pragma once

// Everything a report of a period shows, gathered once from the core's ReportService: the window's Reports page shows
// it, the PDF prints it and `motcua-cli report summary --pdf` writes the same PDF, so the numbers are the same.
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "core/reports/reportservice.h"
#include "core/util/result.h"
#include "ui/print/printlayout.h"

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

struct ReportSheet
{
    PrintOffice office;
    ReportPeriod period;
    ReportGrouping grouping = ReportGrouping::None;
    QList<ReportFigures> rows; // one per group (ReportService::summary's order); the center's alone without grouping
    ReportFigures total;       // the whole center's (a dossier may count in several staff rows: not a sum of rows)
    ReportStep step = ReportStep::Day;        // reportStepFor(period)
    QList<ReportPoint> series;                // received and finished per step
    QList<ReportFigures> byField;             // the period by field, for the chart
    std::optional<DocumentFigures> documents; // when the person may view documents
    QDateTime computedAt;                     // UTC
};

// The report of `period` grouped by `grouping`, as `session` may see it; `now` (null: the clock) decides what is
// overdue in a period that has not ended.
Result<ReportSheet> loadReportSheet(Store &store, const Session &session, const ReportPeriod &period,
                                    ReportGrouping grouping, const QDateTime &now = {});

// The rows a table of the sheet shows: the groups, then (with a grouping) the center's total.
QList<ReportFigures> reportTableRows(const ReportSheet &sheet);
// The title of a table row: the group's title (its key when it has none), "Total" for the center's row.
QString reportRowTitle(const ReportSheet &sheet, const ReportFigures &row, bool isTotal);

// The label of a chart bucket: "04/05" for a day or the week starting then, "05/2026" for a month.
QString reportBucketLabel(const ReportPoint &point, ReportStep step);
// "Quyết định" for the type key "QD"; the key itself when Appendix III does not have it.
QString documentTypeTitle(const QString &typeKey);

// "bao-cao-2026-04-15-2026-05-14.pdf" (and .csv)
QString reportFileName(const ReportPeriod &period, ReportGrouping grouping, const QString &suffix);

} // namespace MotCua::Ui
