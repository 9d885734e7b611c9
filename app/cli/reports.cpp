// motcua-cli report summary (CLI.md): the figures of a period, from the core's ReportService.
#include "app/cli/common.h"
#include "core/reports/reportservice.h"
#include "core/store/store.h"

#include <QLocale>

namespace MotCua::Cli
{

namespace
{
QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

int cmdReportSummary(const Args &a, Output &out)
{
    const QString usage =
        QStringLiteral("report summary --from DATE --until DATE [--by field|procedure|staff|channel|point] [--json]");
    expectPositional(a, 2, usage);
    if (!a.has(QStringLiteral("--from")) || !a.has(QStringLiteral("--until")))
        throw UsageError(
            QStringLiteral("report summary needs --from DATE and --until DATE; usage: motcua-cli %1").arg(usage));
    ReportPeriod period{dateOption(a, "--from"), dateOption(a, "--until")};
    ReportGrouping grouping = ReportGrouping::None;
    if (a.has(QStringLiteral("--by"))) {
        const auto g = reportGroupingFromKey(a.value(QStringLiteral("--by")));
        if (!g || *g == ReportGrouping::None)
            throw Failure{kBadInput, QStringLiteral("--by is field, procedure, staff, channel or point, got '%1'")
                                         .arg(shown(a.value(QStringLiteral("--by"))))};
        grouping = *g;
    }
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QList<ReportFigures> rows = unwrap(ReportService(*store).summary(session, period, grouping));
    if (out.json()) {
        for (const ReportFigures &f : rows) {
            QJsonObject o{{QStringLiteral("received"), f.received},
                          {QStringLiteral("carried_over"), f.carriedOver},
                          {QStringLiteral("finished_early"), f.finishedEarly},
                          {QStringLiteral("finished_on_time"), f.finishedOnTime},
                          {QStringLiteral("finished_late"), f.finishedLate},
                          {QStringLiteral("in_process"), f.inProcess},
                          {QStringLiteral("in_process_overdue"), f.inProcessOverdue},
                          {QStringLiteral("supplement_requested"), f.supplementRequested},
                          {QStringLiteral("refused"), f.refused},
                          {QStringLiteral("refused_duplicate"), f.refusedDuplicate},
                          {QStringLiteral("withdrawn"), f.withdrawn},
                          {QStringLiteral("returned"), f.returned},
                          {QStringLiteral("on_time_rate"), optional(f.onTimeRate)},
                          {QStringLiteral("avg_processing_days"), optional(f.avgProcessingDays)},
                          {QStringLiteral("avg_time_limit"), optional(f.avgTimeLimit)},
                          {QStringLiteral("received_direct"), f.receivedDirect},
                          {QStringLiteral("received_online"), f.receivedOnline},
                          {QStringLiteral("received_post"), f.receivedPost}};
            if (grouping != ReportGrouping::None) {
                o.insert(QStringLiteral("group"), f.group);
                o.insert(QStringLiteral("title"), f.groupTitle);
            }
            out.line(o);
        }
        return kOk;
    }
    const QLocale locale;
    auto rate = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'f', 1) : QStringLiteral("-"); };
    QList<QStringList> table;
    for (const ReportFigures &f : rows)
        table.append({grouping == ReportGrouping::None ? tr("All") : f.groupTitle.left(40), QString::number(f.received),
                      QString::number(f.carriedOver), QString::number(f.finishedEarly + f.finishedOnTime),
                      QString::number(f.finishedLate), QString::number(f.inProcess),
                      QString::number(f.inProcessOverdue), QString::number(f.refusedDuplicate), rate(f.onTimeRate)});
    out.table({tr("Group"), tr("Received"), tr("Carried over"), tr("On time"), tr("Late"), tr("In process"),
               tr("Overdue"), tr("Duplicates"), tr("On-time %")},
              table);
    return kOk;
}
} // namespace

QList<Command> reportCommands()
{
    return {{{QStringLiteral("report"), QStringLiteral("summary")},
             QStringLiteral("report summary --from DATE --until DATE [--by field|procedure|staff|channel|point] "
                            "[--json]"),
             {QStringLiteral("--from"), QStringLiteral("--until"), QStringLiteral("--by")},
             {},
             cmdReportSummary}};
}

} // namespace MotCua::Cli
