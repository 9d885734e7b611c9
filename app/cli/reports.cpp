// motcua-cli report summary (CLI.md): the figures of a period, from the core's ReportService.
#include "app/cli/common.h"
#include "core/reports/reportservice.h"
#include "core/store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#ifdef MOTCUA_CLI_PRINT
#include <QCoreApplication>
#include <QTranslator>

#include "ui/reports/reportrenderer.h"
#endif

namespace MotCua::Cli
{

namespace
{
int cmdReportSummary(const Args &a, Output &out)
{
    const QString usage = QStringLiteral(
        "report summary --from DATE --until DATE [--by field|procedure|staff|channel|point] [--json|--csv FILE|--pdf "
        "FILE]");
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
    if (a.has(QStringLiteral("--csv")) && a.has(QStringLiteral("--pdf")))
        throw UsageError(QStringLiteral("report summary writes --csv or --pdf, not both"));
#ifdef MOTCUA_CLI_PRINT
    QString pdf;
    if (a.has(QStringLiteral("--pdf"))) {
        pdf = a.value(QStringLiteral("--pdf"));
        const QFileInfo info(pdf);
        if (pdf.isEmpty() || info.isDir() || !info.absoluteDir().exists())
            throw UsageError(
                QStringLiteral("--pdf FILE: a file in a directory that exists (usage: motcua-cli %1)").arg(usage));
    }
#else
    if (a.has(QStringLiteral("--pdf")))
        throw UsageError(QStringLiteral("this motcua-cli was built without the print library: no --pdf"));
#endif
    auto store = openStore(a);
    const Session session = login(*store, a);
#ifdef MOTCUA_CLI_PRINT
    if (!pdf.isEmpty()) {
        // The report is an office's document: printed in Vietnamese, as the window prints it by default.
        QTranslator vietnamese;
        if (vietnamese.load(QStringLiteral(":/i18n/motcua_vi.qm")))
            QCoreApplication::installTranslator(&vietnamese);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        const auto sheet = Ui::loadReportSheet(*store, session, period, grouping);
        const auto written = sheet ? Ui::writeReportPdf(*sheet, pdf) : Result<void>(sheet.error());
        QLocale::setDefault(before);
        QCoreApplication::removeTranslator(&vietnamese);
        unwrap(written);
        if (out.json())
            out.line({{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                      {QStringLiteral("until"), period.until.toString(Qt::ISODate)},
                      {QStringLiteral("rows"), qint64(sheet->rows.size())},
                      {QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath()}});
        else
            out.text(tr("Written %1").arg(QDir::toNativeSeparators(pdf)));
        return kOk;
    }
#endif
    if (a.has(QStringLiteral("--csv"))) {
        const QString path = a.value(QStringLiteral("--csv"));
        unwrap(ReportService(*store).saveCsv(session, period, grouping, path));
        out.text(tr("Written %1").arg(path));
        return kOk;
    }
    const QList<ReportFigures> rows = unwrap(ReportService(*store).summary(session, period, grouping));
    if (out.json()) {
        for (const ReportFigures &f : rows) {
            QJsonObject o;
            for (ReportMeasure m : reportMeasures()) {
                const auto v = reportValue(f, m);
                o.insert(reportMeasureKey(m), !v                       ? QJsonValue()
                                              : reportMeasureIsRate(m) ? QJsonValue(*v)
                                                                       : QJsonValue(qint64(*v)));
            }
            if (grouping != ReportGrouping::None) {
                o.insert(QStringLiteral("group"), f.group);
                o.insert(QStringLiteral("title"), f.groupTitle);
            }
            out.line(o);
        }
        return kOk;
    }
    // The terminal's table: the counts people ask for first (the JSON and the CSV carry every measure).
    const QLocale locale;
    const QList<ReportMeasure> shown{
        ReportMeasure::Received,         ReportMeasure::CarriedOver,      ReportMeasure::FinishedEarly,
        ReportMeasure::FinishedOnTime,   ReportMeasure::FinishedLate,     ReportMeasure::InProcess,
        ReportMeasure::InProcessOverdue, ReportMeasure::RefusedDuplicate, ReportMeasure::OnTimeRate};
    QStringList header{reportGroupingTitle(grouping)};
    for (ReportMeasure m : shown)
        header.append(reportMeasureTitle(m));
    QList<QStringList> table;
    for (const ReportFigures &f : rows) {
        QStringList line{grouping == ReportGrouping::None ? reportGroupingTitle(grouping) : f.groupTitle.left(40)};
        for (ReportMeasure m : shown)
            line.append(reportValueText(f, m, locale));
        table.append(line);
    }
    out.table(header, table);
    return kOk;
}
} // namespace

QList<Command> reportCommands()
{
    return {{{QStringLiteral("report"), QStringLiteral("summary")},
             QStringLiteral("report summary --from DATE --until DATE [--by field|procedure|staff|channel|point] "
                            "[--json|--csv FILE|--pdf FILE]"),
             {QStringLiteral("--from"), QStringLiteral("--until"), QStringLiteral("--by"), QStringLiteral("--csv"),
              QStringLiteral("--pdf")},
             {},
             cmdReportSummary}};
}

} // namespace MotCua::Cli
