// motcua-cli register incoming|outgoing|follow-up and incoming slip: PDFs written through the print library (a
// QGuiApplication on the offscreen platform, without a display), bad input refused with exit 2, one line, nothing
// written and the store unchanged.
#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include "tests/cli/clirunner.h"

using namespace Qt::StringLiterals;
using MotCua::Test::Cli;
using MotCua::Test::Run;

namespace
{

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        FAIL("pdftotext is not installed (poppler-utils)");
    QProcess p;
    p.start(tool, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("register and incoming slip write the registers and the action slip as PDF", "[cli][print]")
{
    Cli cli;
    cli.init();
    const QString year = QString::number(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year());
    const Run reg =
        cli({u"incoming"_s, u"register"_s, u"--from"_s, u"UBND Thành phố Hà Nội"_s, u"--number"_s, u"125"_s,
             u"--symbol"_s, u"UBND-VP"_s, u"--date"_s,
             QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate), u"--type"_s, u"CV"_s,
             u"--summary"_s, u"Về việc tổ chức Tết trồng cây xuân"_s, u"--urgency"_s, u"very-urgent"_s, u"--json"_s});
    INFO(reg.err.toStdString());
    REQUIRE(reg.exitCode == 0);
    const QString id = reg.json().value(u"id"_s).toString();

    // The environment has no display: the CLI paints offscreen by itself.
    cli.env().remove(u"QT_QPA_PLATFORM"_s);
    const QString pdf = QDir(cli.dataDir()).filePath(u"../so-den.pdf"_s);
    const Run printed = cli({u"register"_s, u"incoming"_s, u"--year"_s, year, u"--pdf"_s, pdf, u"--json"_s});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.err.isEmpty());
    CHECK(printed.json().value(u"rows"_s).toInt() == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"_s));
    CHECK(text.contains(u"Tên loại và trích yếu nội dung văn bản"_s));
    CHECK(text.contains(u"Về việc tổ chức Tết trồng cây xuân"_s));
    CHECK(text.contains(u"THƯỢNG KHẨN"_s));

    const QString follow = QDir(cli.dataDir()).filePath(u"../theo-doi.pdf"_s);
    REQUIRE(cli({u"register"_s, u"follow-up"_s, u"--year"_s, year, u"--pdf"_s, follow}).exitCode == 0);
    CHECK(pdfText(follow).contains(u"Tiến độ giải quyết"_s));
    const QString out = QDir(cli.dataDir()).filePath(u"../so-di.pdf"_s);
    REQUIRE(cli({u"register"_s, u"outgoing"_s, u"--year"_s, year, u"--series"_s, u"hanh-chinh"_s, u"--pdf"_s, out})
                .exitCode == 0);
    CHECK(pdfText(out).contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐI"_s));

    const QString slip = QDir(cli.dataDir()).filePath(u"../phieu.pdf"_s);
    const Run s = cli({u"incoming"_s, u"slip"_s, id, u"--pdf"_s, slip, u"--json"_s});
    INFO(s.err.toStdString());
    REQUIRE(s.exitCode == 0);
    CHECK(s.json().value(u"arrival_number"_s).toInt() == 1);
    CHECK(pdfText(slip).contains(u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s));
}

TEST_CASE("register and incoming slip refuse bad input with exit 2, one line, nothing written", "[cli][print]")
{
    Cli cli;
    cli.init();
    const QByteArray before = cli.dbHash();
    const QString pdf = QDir(cli.dataDir()).filePath(u"../x.pdf"_s);
    const QString year = QString::number(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year());
    const QList<QStringList> bad = {
        {u"register"_s, u"sideways"_s, u"--year"_s, year, u"--pdf"_s, pdf},
        {u"register"_s, u"incoming"_s, u"--pdf"_s, pdf},
        {u"register"_s, u"incoming"_s, u"--year"_s, u"nineteen"_s, u"--pdf"_s, pdf},
        {u"register"_s, u"incoming"_s, u"--year"_s, u"1999"_s, u"--pdf"_s, pdf},
        {u"register"_s, u"incoming"_s, u"--year"_s, year},
        {u"register"_s, u"incoming"_s, u"--year"_s, year, u"--pdf"_s, u"/khong/co/thu/muc/x.pdf"_s},
        {u"register"_s, u"incoming"_s, u"--year"_s, year, u"--pdf"_s, cli.dataDir()},
        {u"register"_s, u"incoming"_s, u"--year"_s, year, u"--from"_s, u"2026-13-01"_s, u"--pdf"_s, pdf},
        {u"register"_s, u"incoming"_s, u"--year"_s, year, u"--from"_s, year + u"-05-01"_s, u"--until"_s,
         year + u"-04-01"_s, u"--pdf"_s, pdf},
        {u"register"_s, u"incoming"_s, u"--year"_s, year, u"--series"_s, u"hanh-chinh"_s, u"--pdf"_s, pdf},
        {u"register"_s, u"outgoing"_s, u"--year"_s, year, u"--series"_s, u"khong-co"_s, u"--pdf"_s, pdf},
        {u"incoming"_s, u"slip"_s, u"khong-co"_s, u"--pdf"_s, pdf},
        {u"incoming"_s, u"slip"_s, u"--pdf"_s, pdf},
    };
    for (const QStringList &args : bad) {
        const Run r = cli(args);
        INFO(args.join(u' ').toStdString() + " -> " + r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK(r.err.startsWith(u"motcua-cli: "_s));
        CHECK_FALSE(QFile::exists(pdf));
    }
    CHECK(cli.dbHash() == before);
}

TEST_CASE("Only those who see the documents print their registers", "[cli][print]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli({u"user"_s, u"add"_s, u"tiepnhan"_s, u"--role"_s, u"receptionist"_s, u"--full-name"_s, u"Lê Thị Thu"_s},
                "tiep-nhan-mat-khau-9\n")
                .exitCode == 0);
    cli.env().insert(u"MOTCUA_USER"_s, u"tiepnhan"_s);
    cli.env().insert(u"MOTCUA_PASSWORD"_s, u"tiep-nhan-mat-khau-9"_s);
    const QString pdf = QDir(cli.dataDir()).filePath(u"../so-den.pdf"_s);
    const Run r =
        cli({u"register"_s, u"incoming"_s, u"--year"_s,
             QString::number(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year()), u"--pdf"_s, pdf});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"may not view the document registers"_s));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("report summary --pdf writes the report with the figures of --json under Vietnamese headings",
          "[cli][print][reports]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(MotCua::Test::receiveArgs(u"Nguyễn Văn An"_s)).exitCode == 0);
    REQUIRE(cli(MotCua::Test::receiveArgs(u"Trần Thị Bình"_s, u"001190123457"_s)).exitCode == 0);
    const QString today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().toString(Qt::ISODate);
    cli.env().remove(u"QT_QPA_PLATFORM"_s); // no display: the CLI paints offscreen by itself
    const QString pdf = QDir(cli.dataDir()).filePath(u"../bao-cao.pdf"_s);
    const Run r = cli({u"report"_s, u"summary"_s, u"--from"_s, today, u"--until"_s, today, u"--by"_s, u"field"_s,
                       u"--pdf"_s, pdf, u"--json"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.json().value(u"rows"_s).toInt() == 1);
    const Run json = cli({u"report"_s, u"summary"_s, u"--from"_s, today, u"--until"_s, today, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH"_s));
    CHECK(text.contains(u"Tiếp nhận"_s));
    CHECK(text.contains(u"Trả đúng hạn"_s));
    CHECK(text.contains(u"Lĩnh vực"_s));
    CHECK(text.contains(u"NGƯỜI LẬP BIỂU"_s));
    CHECK(text.contains(u"THỦ TRƯỞNG ĐƠN VỊ"_s));
    // The center's row: received 2, carried over 0, early 0, on time 0, late 0, in process 2.
    const QJsonObject o = json.json();
    CHECK(o.value(u"received"_s).toInt() == 2);
    CHECK(text.contains(u"2 0 0 0 0 2"_s));

    // --pdf and --csv together, or a directory, are refused.
    CHECK(cli({u"report"_s, u"summary"_s, u"--from"_s, today, u"--until"_s, today, u"--pdf"_s, pdf, u"--csv"_s,
               pdf + u".csv"_s})
              .exitCode == 2);
    CHECK(
        cli({u"report"_s, u"summary"_s, u"--from"_s, today, u"--until"_s, today, u"--pdf"_s, cli.dataDir()}).exitCode ==
        2);
}
