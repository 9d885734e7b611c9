#include "ui/reports/reportsheet.h"

#include <QCoreApplication>

#include "core/documents/documentrules.h"
#include "core/store/store.h"

namespace MotCua::Ui
{

Result<ReportSheet> loadReportSheet(Store &store, const Session &session, const ReportPeriod &period,
                                    ReportGrouping grouping, const QDateTime &now)
{
    ReportService reports(store);
    ReportSheet sheet;
    sheet.office = PrintOffice::fromCommune(store.communeName());
    sheet.period = period;
    sheet.grouping = grouping;
    sheet.computedAt = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    // One instant for every figure, so that a dossier going overdue while the report is computed counts alike.
    const QDateTime at = sheet.computedAt;
    auto total = reports.summary(session, period, ReportGrouping::None, at);
    if (!total)
        return total.error();
    sheet.total = total->value(0);
    if (grouping == ReportGrouping::None) {
        sheet.rows = *total;
    } else {
        auto rows = reports.summary(session, period, grouping, at);
        if (!rows)
            return rows.error();
        sheet.rows = *rows;
    }
    if (grouping == ReportGrouping::Field) {
        sheet.byField = sheet.rows;
    } else {
        auto fields = reports.summary(session, period, ReportGrouping::Field, at);
        if (!fields)
            return fields.error();
        sheet.byField = *fields;
    }
    sheet.step = reportStepFor(period);
    auto series = reports.series(session, period, sheet.step);
    if (!series)
        return series.error();
    sheet.series = *series;
    if (session.can(Permission::ViewDocuments)) {
        auto documents = reports.documents(session, period, at);
        if (!documents)
            return documents.error();
        sheet.documents = *documents;
    }
    return sheet;
}

QList<ReportFigures> reportTableRows(const ReportSheet &sheet)
{
    QList<ReportFigures> rows = sheet.rows;
    if (sheet.grouping != ReportGrouping::None)
        rows.append(sheet.total);
    return rows;
}

QString reportRowTitle(const ReportSheet &sheet, const ReportFigures &row, bool isTotal)
{
    if (isTotal || sheet.grouping == ReportGrouping::None)
        //: The row of a report with the whole center's figures
        return QCoreApplication::translate("MotCua::Ui::ReportSheet", "Total");
    if (!row.groupTitle.isEmpty())
        return row.groupTitle;
    if (!row.group.isEmpty())
        return row.group;
    //: A report row whose group is not known (a dossier without a field, say)
    return QCoreApplication::translate("MotCua::Ui::ReportSheet", "(none)");
}

QString reportBucketLabel(const ReportPoint &point, ReportStep step)
{
    if (step == ReportStep::Month)
        return point.from.toString(QStringLiteral("MM/yyyy"));
    return point.from.toString(QStringLiteral("dd/MM"));
}

QString documentTypeTitle(const QString &typeKey)
{
    const auto type = documentTypeFromAbbr(typeKey);
    return type ? type->name : typeKey;
}

QString reportFileName(const ReportPeriod &period, ReportGrouping grouping, const QString &suffix)
{
    QString name =
        QStringLiteral("bao-cao-%1-%2").arg(period.from.toString(Qt::ISODate), period.until.toString(Qt::ISODate));
    if (grouping != ReportGrouping::None)
        name += u'-' + reportGroupingKey(grouping);
    return name + u'.' + suffix;
}

} // namespace MotCua::Ui
