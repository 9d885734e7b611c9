// motcua-cli report summary (CLI.md): the same figures as the core's ReportService, with the keys the contract names.
#include "tests/cli/clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

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

TEST_CASE("report summary over a known November through the CLI: carried over, early, late by two supplements, "
          "withdrawn, a duplicate, an electronic result",
          "[cli][reports]")
{
    Cli cli;
    cli.init();
    auto receive = [&](const QString &name, const QString &citizenId, const QString &at, bool duplicate = false) {
        QStringList args = receiveArgs(name, citizenId);
        args << QStringLiteral("--received-at") << at;
        if (duplicate)
            args << QStringLiteral("--refuse-duplicate");
        const Run r = cli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().value(QStringLiteral("code")).toString();
    };
    auto act = [&](const QStringList &args) {
        const Run r = cli(args);
        INFO(args.join(u' ').toStdString() + " -> " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    };
    const QString d = QStringLiteral("dossier");
    // Carried over from October, still open at the end of November (past its appointment).
    receive(QStringLiteral("Lê Hoàng Cường"), QStringLiteral("001090000001"),
            QStringLiteral("2026-10-28T09:00:00+07:00"));
    // Finished the day it came, its result sent electronically the next day.
    const QString early = receive(QStringLiteral("Phạm Thu Dung"), QStringLiteral("001090000002"),
                                  QStringLiteral("2026-11-02T08:30:00+07:00"));
    act({d, QStringLiteral("transfer"), early, QStringLiteral("--to"), QStringLiteral("admin"), QStringLiteral("--at"),
         QStringLiteral("2026-11-02T08:40:00+07:00")});
    act({d, QStringLiteral("finish"), early, QStringLiteral("--at"), QStringLiteral("2026-11-02T10:00:00+07:00")});
    act({d, QStringLiteral("return"), early, QStringLiteral("--how"), QStringLiteral("electronic"),
         QStringLiteral("--at"), QStringLiteral("2026-11-03T09:00:00+07:00")});
    // Two supplement requests: late, whatever the dates (QĐ 766).
    const QString twice = receive(QStringLiteral("Vũ Thị Giang"), QStringLiteral("001090000003"),
                                  QStringLiteral("2026-11-04T08:30:00+07:00"));
    act({d, QStringLiteral("transfer"), twice, QStringLiteral("--to"), QStringLiteral("admin"), QStringLiteral("--at"),
         QStringLiteral("2026-11-04T08:40:00+07:00")});
    const QList<QPair<QString, QString>> supplements{
        {QStringLiteral("2026-11-04T09:00:00+07:00"), QStringLiteral("2026-11-04T10:00:00+07:00")},
        {QStringLiteral("2026-11-04T11:00:00+07:00"), QStringLiteral("2026-11-04T12:00:00+07:00")}};
    for (const auto &[asked, brought] : supplements) {
        act({d, QStringLiteral("request-supplement"), twice, QStringLiteral("--item"),
             QStringLiteral("Bản sao giấy chứng sinh"), QStringLiteral("--at"), asked});
        act({d, QStringLiteral("supplement-received"), twice, QStringLiteral("--at"), brought});
    }
    act({d, QStringLiteral("finish"), twice, QStringLiteral("--at"), QStringLiteral("2026-11-04T13:00:00+07:00")});
    // Withdrawn at the citizen's request, and a duplicate of the open October dossier refused at the counter.
    const QString withdrawn = receive(QStringLiteral("Đặng Quốc Huy"), QStringLiteral("001090000004"),
                                      QStringLiteral("2026-11-05T09:00:00+07:00"));
    act({d, QStringLiteral("withdraw"), withdrawn, QStringLiteral("--at"),
         QStringLiteral("2026-11-05T10:00:00+07:00")});
    receive(QStringLiteral("Lê Hoàng Cường"), QStringLiteral("001090000001"),
            QStringLiteral("2026-11-06T09:00:00+07:00"), true);

    const Run r = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-01"), QStringLiteral("--until"), QStringLiteral("2026-11-30"),
                       QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    INFO(QJsonDocument(o).toJson().toStdString());
    const QList<std::pair<const char *, int>> expected{
        {"received", 4},        {"carried_over", 1},       {"finished_early", 1},     {"finished_on_time", 0},
        {"finished_late", 1},   {"in_process", 1},         {"in_process_overdue", 1}, {"supplement_requested", 1},
        {"refused", 0},         {"refused_duplicate", 1},  {"withdrawn", 1},          {"returned", 1},
        {"received_direct", 4}, {"returned_electronic", 1}};
    for (const auto &[key, value] : expected) {
        INFO(key);
        CHECK(o.value(QLatin1String(key)).toInt() == value);
    }
    CHECK(o.value(QStringLiteral("on_time_rate")).toDouble() == 50.0);
    CHECK(o.value(QStringLiteral("electronic_result_share")).toDouble() == 100.0);
    CHECK(o.value(QStringLiteral("avg_processing_days")).toDouble() > 0.0);
    // October alone: the one carried over was received then and is still open at its end.
    const Run oct = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"),
                         QStringLiteral("2026-10-01"), QStringLiteral("--until"), QStringLiteral("2026-10-31"),
                         QStringLiteral("--json")});
    REQUIRE(oct.exitCode == 0);
    CHECK(oct.json().value(QStringLiteral("received")).toInt() == 1);
    CHECK(oct.json().value(QStringLiteral("in_process")).toInt() == 1);
}

TEST_CASE("counter name and counter list: this PC as a reception point, in the report by point", "[cli][reports]")
{
    Cli cli;
    cli.init();
    const Run named = cli({QStringLiteral("counter"), QStringLiteral("name"), QStringLiteral("Quầy 2 - Đất đai")});
    INFO(named.err.toStdString());
    REQUIRE(named.exitCode == 0);
    const Run list = cli({QStringLiteral("counter"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.lines().size() == 1);
    CHECK(list.json().value(QStringLiteral("label")).toString() == QStringLiteral("Quầy 2 - Đất đai"));
    CHECK(list.json().value(QStringLiteral("here")).toBool());
    REQUIRE(cli(receiveArgs(QStringLiteral("Nguyễn Văn An"))).exitCode == 0);
    const QString today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate);
    const Run by = cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), today,
                        QStringLiteral("--until"), today, QStringLiteral("--by"), QStringLiteral("point"),
                        QStringLiteral("--json")});
    REQUIRE(by.exitCode == 0);
    CHECK(by.json().value(QStringLiteral("title")).toString() == QStringLiteral("Quầy 2 - Đất đai"));
    // A bad name is refused with exit 2 and changes nothing.
    CHECK(cli({QStringLiteral("counter"), QStringLiteral("name"), QString(81, u'Q')}).exitCode == 2);
    CHECK(cli({QStringLiteral("counter"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("label"))
              .toString() == QStringLiteral("Quầy 2 - Đất đai"));
}
