// motcua-cli report summary (CLI.md): the same figures as the core's ReportService, with the keys the contract names.
#include "tests/cli/clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include "core/reports/reportservice.h"

using namespace MotCua::Test;

namespace
{
// One CSV line's cells (RFC 4180: a cell with a comma or a quote is quoted, its quotes doubled).
QStringList csvCells(const QString &line)
{
    QStringList cells{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted && ch == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            cells.last() += u'"';
            ++i;
        } else if (ch == u'"') {
            quoted = !quoted;
        } else if (ch == u',' && !quoted) {
            cells.append(QString());
        } else {
            cells.last() += ch;
        }
    }
    return cells;
}
} // namespace

TEST_CASE("report summary prints the period's figures with the contract's keys, one object per group", "[cli][reports]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Nguyễn Văn An"))).exitCode == 0);
    REQUIRE(cli(receiveArgs(QStringLiteral("Trần Thị Bình"), QStringLiteral("001190123457"))).exitCode == 0);
    QStringList dup = receiveArgs(QStringLiteral("Nguyễn Văn An"));
    dup.append(QStringLiteral("--refuse-duplicate"));
    REQUIRE(cli(dup).exitCode == 0);
    // Reports count Vietnam days (UTC+7), whatever the machine's zone.
    const QString today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate);
    const Run r = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                       QStringLiteral("--until"), today, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines().size() == 1);
    const QJsonObject o = r.json();
    for (const char *key : {"received", "carried_over", "finished_early", "finished_on_time", "finished_late",
                            "in_process", "in_process_overdue", "supplement_requested", "refused", "refused_duplicate",
                            "withdrawn", "returned", "on_time_rate", "avg_processing_days"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("received")).toInt() == 3);
    CHECK(o.value(QStringLiteral("in_process")).toInt() == 2);
    CHECK(o.value(QStringLiteral("refused_duplicate")).toInt() == 1);
    CHECK(o.value(QStringLiteral("on_time_rate")).isNull()); // nothing finished yet
    const Run by = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                        QStringLiteral("--until"), today, QStringLiteral("--by"), QStringLiteral("channel"),
                        QStringLiteral("--json")});
    REQUIRE(by.exitCode == 0);
    REQUIRE(by.lines().size() == 1);
    CHECK(by.json().value(QStringLiteral("group")).toString() == QStringLiteral("direct"));

    for (const QStringList &bad :
         QList<QStringList>{{QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today},
                            {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                             QStringLiteral("--until"), QStringLiteral("2020-01-01")},
                            {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                             QStringLiteral("--until"), today, QStringLiteral("--by"), QStringLiteral("weather")},
                            {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"),
                             QStringLiteral("hôm qua"), QStringLiteral("--until"), today}}) {
        const Run b = cli(bad);
        INFO(bad.join(u' ').toStdString());
        CHECK(b.exitCode == 2);
    }
}

TEST_CASE("report summary --csv writes a byte-order mark, the measures' titles and the numbers of --json",
          "[cli][reports]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Nguyễn Văn An"))).exitCode == 0);
    REQUIRE(cli(receiveArgs(QStringLiteral("Trần Thị Bình"), QStringLiteral("001190123457"))).exitCode == 0);
    QStringList dup = receiveArgs(QStringLiteral("Nguyễn Văn An"));
    dup.append(QStringLiteral("--refuse-duplicate"));
    REQUIRE(cli(dup).exitCode == 0);
    const QString today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate);
    const QString csvPath = QDir(cli.dataDir()).filePath(QStringLiteral("../bao-cao.csv"));
    const Run written = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                             QStringLiteral("--until"), today, QStringLiteral("--csv"), csvPath});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const Run json = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                          QStringLiteral("--until"), today, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = json.json();

    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads the Vietnamese letters as UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // the title with the period, the header, the center's row
    const QStringList header = csvCells(lines.at(1));
    const QStringList values = csvCells(lines.at(2));
    const QList<MotCua::ReportMeasure> measures = MotCua::reportMeasures();
    REQUIRE(header.size() == measures.size() + 1);
    REQUIRE(values.size() == measures.size() + 1);
    for (int i = 0; i < measures.size(); ++i) {
        const QString key = MotCua::reportMeasureKey(measures.at(i));
        INFO(key.toStdString());
        CHECK(header.at(i + 1) == MotCua::reportMeasureTitle(measures.at(i)));
        const QJsonValue v = o.value(key);
        if (v.isNull())
            CHECK(values.at(i + 1).isEmpty());
        else
            CHECK(values.at(i + 1).toDouble() == v.toDouble());
    }
    CHECK(values.at(1) == QStringLiteral("3")); // received
}
