// The document-register commands (CLI.md: incoming, outgoing), driving the real binary.
#include "tests/cli/clirunner.h"

#include <QJsonArray>
#include <QSet>

using namespace MotCua::Test;

namespace
{
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList registerArgs(const QString &number, const QString &summary)
{
    return {s("incoming"),  s("register"),   s("--from"),   s("Sở Nội vụ tỉnh Thái Nguyên"),
            s("--number"),  number,          s("--symbol"), s("SNV-CCVC"),
            s("--date"),    s("2026-11-25"), s("--type"),   s("CV"),
            s("--summary"), summary,         s("--json")};
}

QString createSigned(Cli &cli, const QString &type)
{
    const Run c = cli({s("outgoing"), s("create"), s("--type"), type, s("--summary"),
                       s("Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc"), s("--json")});
    INFO(c.err.toStdString());
    REQUIRE(c.exitCode == 0);
    const QString id = c.json().value(s("id")).toString();
    for (const char *step : {"submit", "approve", "sign"}) {
        const Run r = cli({s("outgoing"), s(step), id});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    return id;
}
} // namespace

TEST_CASE("incoming register gives arrival numbers in order and refuses a duplicate with exit 2", "[cli][documents]")
{
    Cli cli;
    cli.init();
    const Run first = cli(registerArgs(s("1520"), s("Về việc rà soát đội ngũ công chức cấp xã")));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject o = first.json();
    CHECK(o.value(s("arrival_number")).toInt() == 1);
    CHECK(o.value(s("year")).toInt() == QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year());
    CHECK(o.value(s("symbol")).toString() == s("SNV-CCVC"));
    CHECK(cli(registerArgs(s("1521"), s("Về việc thi tuyển công chức"))).json().value(s("arrival_number")).toInt() ==
          2);

    const QByteArray before = cli.dbHash();
    const Run dup = cli(registerArgs(s("1520"), s("Về việc rà soát")));
    CHECK(dup.exitCode == 2);
    CHECK(dup.err.contains(s("--accept-duplicate")));
    CHECK(cli.dbHash() == before);
    QStringList anyway = registerArgs(s("1520"), s("Về việc rà soát"));
    anyway.append(s("--accept-duplicate"));
    const Run taken = cli(anyway);
    CHECK(taken.exitCode == 0);
    CHECK(taken.json().value(s("duplicate_of")).toString() == o.value(s("id")).toString());

    SECTION("bad input: exit 2, one line, nothing changed")
    {
        const QByteArray now = cli.dbHash();
        const QList<QStringList> bad{
            {s("incoming"), s("register"), s("--from"), s("X")},         // missing options
            registerArgs(s("9"), s("x")) << s("--urgency") << s("soon"), // bad urgency
            registerArgs(s("9"), s("x")) << s("--pages") << s("-3"),     // bad pages
            registerArgs(s("9"), s("x")) << s("--secrecy") << s("secret") << s("--attach") << s("/etc/passwd"),
            {s("incoming"), s("register"), s("--from"), s("A"), s("--number"), s("1"), s("--symbol"), s("A"),
             s("--date"), s("2026-02-30"), s("--type"), s("CV"), s("--summary"), s("x")}, // no such date
            {s("incoming"), s("register"), s("--from"), s("A"), s("--number"), s("1"), s("--symbol"), s("A"),
             s("--date"), s("2026-02-03"), s("--type"), s("ZZ"), s("--summary"), s("x")}, // unknown type
            {s("incoming"), s("direct"), s("no-such-id"), s("--to"), s("admin")},
            {s("incoming"), s("list"), s("--queue"), s("everything")},
            {s("outgoing"), s("create"), s("--type"), s("QĐ")},
            {s("outgoing"), s("create"), s("--type"), s("QĐ"), s("--summary"), s("x"), s("--department"), s("v p")},
            {s("outgoing"), s("number"), s("no-such-id")},
        };
        for (const QStringList &args : bad) {
            const Run r = cli(args);
            INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.err.trimmed().count(u'\n') == 0);
        }
        CHECK(cli.dbHash() == now);
    }
}

TEST_CASE("outgoing from draft to filed, numbered 01/QĐ-UBND, and a công văn with its department", "[cli][documents]")
{
    Cli cli;
    cli.init();
    const QString id = createSigned(cli, s("QĐ"));
    const Run n = cli({s("outgoing"), s("number"), id, s("--json")});
    INFO(n.err.toStdString());
    REQUIRE(n.exitCode == 0);
    const QJsonObject o = n.json();
    CHECK(o.value(s("id")).toString() == id);
    CHECK(o.value(s("number")).toInt() == 1);
    CHECK(o.value(s("symbol")).toString() == s("01/QĐ-UBND"));
    CHECK(o.value(s("issued_on")).toString() ==
          QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate));
    CHECK(cli({s("outgoing"), s("number"), id}).exitCode == 2); // numbered already

    const Run sent = cli({s("outgoing"), s("dispatch"), id, s("--to"), s("UBND tỉnh Thái Nguyên"), s("--to"),
                          s("Sở Nội vụ"), s("--json")});
    CHECK(sent.exitCode == 0);
    CHECK(sent.json().value(s("state")).toString() == s("dispatched"));
    CHECK(cli({s("outgoing"), s("acknowledge"), id, s("--by"), s("Sở Nội vụ")}).exitCode == 0);
    CHECK(cli({s("outgoing"), s("file"), id}).exitCode == 0);
    const QJsonObject shown = cli({s("outgoing"), s("show"), id, s("--json")}).json();
    CHECK(shown.value(s("state")).toString() == s("filed"));
    CHECK(shown.value(s("history")).toArray().size() == 8);

    const Run cv = cli({s("outgoing"), s("create"), s("--type"), s("CV"), s("--department"), s("KT"), s("--summary"),
                        s("Về việc đôn đốc thu thuế sử dụng đất phi nông nghiệp"), s("--json")});
    const QString cvId = cv.json().value(s("id")).toString();
    for (const char *step : {"submit", "approve", "sign"})
        REQUIRE(cli({s("outgoing"), s(step), cvId}).exitCode == 0);
    CHECK(cli({s("outgoing"), s("number"), cvId, s("--json")}).json().value(s("symbol")).toString() == s("02/UBND-KT"));
    CHECK(cli({s("outgoing"), s("list"), s("--state"), s("numbered"), s("--json")}).lines().size() == 1);
}

TEST_CASE("Two motcua-cli processes numbering at once never give the same number", "[cli][documents][concurrency]")
{
    Cli cli;
    cli.init();
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids.append(createSigned(cli, s("TB")));
    // Two shells, each numbering half the documents as fast as it can, at the same time.
    QString left, right;
    for (int i = 0; i < ids.size(); ++i)
        (i % 2 ? right : left) += s(" ") + ids.at(i);
    const QString script = s("for id in %1; do \"$MOTCUA_CLI\" outgoing number $id --json || exit 9; done > a.out &"
                             " for id in %2; do \"$MOTCUA_CLI\" outgoing number $id --json || exit 9; done > b.out;"
                             " wait $! || exit 9; cat a.out b.out")
                               .arg(left, right);
    const Run r = cli.shell(s("cd \"$MOTCUA_DATA_DIR\" || exit 9; ") + script);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QSet<int> numbers;
    for (const QJsonObject &line : r.lines())
        numbers.insert(line.value(s("number")).toInt());
    CHECK(numbers.size() == 12);
    CHECK(numbers.contains(1));
    CHECK(numbers.contains(12));
    CHECK(cli({s("verify")}).exitCode == 0);
}

TEST_CASE("incoming direct, progress and finish through the CLI, with the mine queue", "[cli][documents]")
{
    Cli cli;
    cli.init();
    const Run created =
        cli({s("user"), s("add"), s("thu"), s("--role"), s("specialist"), s("--full-name"), s("Lương Thị Thu")},
            "chuyen vien thu oi\n");
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id =
        cli(registerArgs(s("77"), s("Về việc báo cáo công tác cải cách hành chính"))).json().value(s("id")).toString();
    const Run d = cli({s("incoming"), s("direct"), id, s("--to"), s("thu"), s("--due"), s("2026-12-20"), s("--note"),
                       s("Giao đồng chí Thu tham mưu báo cáo"), s("--json")});
    INFO(d.err.toStdString());
    REQUIRE(d.exitCode == 0);
    CHECK(d.json().value(s("state")).toString() == s("directed"));
    CHECK(d.json().value(s("assignees")).toArray().first().toObject().value(s("name")).toString() ==
          s("Lương Thị Thu"));

    Cli &asThu = cli;
    asThu.env().insert(s("MOTCUA_USER"), s("thu"));
    asThu.env().insert(s("MOTCUA_PASSWORD"), s("chuyen vien thu oi"));
    const Run mine = asThu({s("incoming"), s("list"), s("--queue"), s("mine"), s("--json")});
    INFO(mine.err.toStdString());
    REQUIRE(mine.lines().size() == 1);
    CHECK(asThu({s("incoming"), s("progress"), id, s("--note"), s("Đang tổng hợp")}).exitCode == 0);
    CHECK(asThu({s("incoming"), s("finish"), id, s("--json")}).json().value(s("state")).toString() == s("finished"));
    CHECK(asThu({s("incoming"), s("list"), s("--queue"), s("mine"), s("--json")}).lines().isEmpty());
}

TEST_CASE("A document's file as a ZIP: its record, a summary and its attachments, opened by a standard reader",
          "[cli][documents][zip]")
{
    Cli cli;
    cli.init();
    QTemporaryDir dir;
    const QString scan = dir.filePath(s("Bản quét.pdf"));
    QFile f(scan);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"));
    f.close();
    QStringList args = registerArgs(s("910"), s("Về việc kiểm tra an toàn thực phẩm"));
    args << s("--attach") << scan;
    const Run r = cli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString id = r.json().value(s("id")).toString();
    const QString zip = dir.filePath(s("van-ban.zip"));
    const Run e = cli({s("incoming"), s("export"), id, s("--zip"), zip});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    const Run py = cli.exec(s("python3"), {s("-c"),
                                           s("import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);"
                                             "assert z.testzip() is None;"
                                             "d=json.loads(z.read('van-ban.json'));"
                                             "print(json.dumps({'names':z.namelist(),'summary':d['summary'],"
                                             "'info':z.read('thong-tin.txt').decode()},ensure_ascii=False))"),
                                           zip});
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    const QJsonObject o = py.json();
    CHECK(o.value(s("summary")).toString() == s("Về việc kiểm tra an toàn thực phẩm"));
    CHECK(o.value(s("names")).toArray().contains(s("tep/Bản quét.pdf")));
    CHECK(o.value(s("info")).toString().contains(s("Số đến: 1/")));
    // Bad input: an unknown id, no --zip, a folder that does not exist: exit 2 or 1, no file written.
    CHECK(cli({s("incoming"), s("export"), s("no-such-id"), s("--zip"), dir.filePath(s("x.zip"))}).exitCode == 2);
    CHECK(cli({s("incoming"), s("export"), id}).exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(s("x.zip"))));
    CHECK(cli({s("incoming"), s("export"), id, s("--zip"), s("/no/such/folder/x.zip")}).exitCode != 0);
}

TEST_CASE("registers show and set: a per-type series numbers apart, a bad configuration changes nothing",
          "[cli][documents]")
{
    Cli cli;
    cli.init();
    const Run shown = cli({s("registers"), s("show"), s("--json")});
    REQUIRE(shown.exitCode == 0);
    QJsonObject config = shown.json();
    CHECK(config.value(s("issuer")).toString() == s("UBND"));
    QJsonArray series = config.value(s("series")).toArray();
    series.append(QJsonObject{{s("key"), s("quyet-dinh")},
                              {s("name"), s("Sổ quyết định")},
                              {s("types"), QJsonArray{s("QĐ")}},
                              {s("secret"), false}});
    config.insert(s("series"), series);
    QTemporaryDir dir;
    const QString file = dir.filePath(s("so.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(config).toJson());
    f.close();
    const Run set = cli({s("registers"), s("set"), file});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QString tb = createSigned(cli, s("TB"));
    const QString qd = createSigned(cli, s("QĐ"));
    CHECK(cli({s("outgoing"), s("number"), tb, s("--json")}).json().value(s("symbol")).toString() == s("01/TB-UBND"));
    CHECK(cli({s("outgoing"), s("number"), qd, s("--json")}).json().value(s("symbol")).toString() == s("01/QĐ-UBND"));

    const QByteArray before = cli.dbHash();
    config.insert(s("issuer"), s("ubnd xa"));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(config).toJson());
    f.close();
    CHECK(cli({s("registers"), s("set"), file}).exitCode == 2);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("not json");
    f.close();
    CHECK(cli({s("registers"), s("set"), file}).exitCode == 2);
    CHECK(cli.dbHash() == before);
}
