// The command-line contract of ../shared/design/CLI.md, run against the real motcua-cli binary.
#include "tests/cli/clirunner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <tuple>

using namespace MotCua::Test;

TEST_CASE("init creates the store and the first administrator", "[cli]")
{
    Cli cli;
    const Run r =
        cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(QStringLiteral("commune")).toString() == QStringLiteral("00004"));
    CHECK(o.value(QStringLiteral("admin")).toString() == QStringLiteral("admin"));
    CHECK(o.value(QStringLiteral("procedures")).toInt() == 147);
    CHECK(QFile::exists(QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))));
    // The data directory holds personal data: owner only.
    CHECK(QFile::permissions(cli.dataDir()) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));

    SECTION("a second init is refused and changes nothing")
    {
        const QByteArray before = cli.dbHash();
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QStringLiteral("already")));
        CHECK(cli.dbHash() == before);
    }
}

TEST_CASE("init refuses bad input without creating anything", "[cli]")
{
    Cli cli;
    SECTION("unknown commune")
    {
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("123")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("not a commune code")));
    }
    SECTION("no password")
    {
        cli.env().remove(QStringLiteral("MOTCUA_PASSWORD"));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("MOTCUA_PASSWORD")));
    }
    SECTION("missing --commune")
    {
        CHECK(cli({QStringLiteral("init")}).exitCode == 2);
    }
    CHECK_FALSE(QFile::exists(QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))));
}

TEST_CASE("dossier receive, list and show", "[cli]")
{
    Cli cli;
    cli.init();
    const Run r = cli(receiveArgs(QStringLiteral("Nguyễn Văn An")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject d = r.json();
    const QString code = d.value(QStringLiteral("code")).toString();
    static const QRegularExpression codeRe(QStringLiteral("^00004\\.[0-9A-Z]{5}-\\d{6}-0001$"));
    CHECK(codeRe.match(code).hasMatch());
    CHECK(d.value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(d.value(QStringLiteral("procedure_code")).toString() == QStringLiteral("1.001193"));
    CHECK(d.value(QStringLiteral("due_at")).toString().endsWith(QStringLiteral("+07:00")));
    CHECK(d.value(QStringLiteral("state")).toString() == QStringLiteral("received"));

    REQUIRE(cli(receiveArgs(QStringLiteral("Trần Thị Bình"), QStringLiteral("079305000123"))).exitCode == 0);

    const Run list = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const auto rows = list.lines();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).value(QStringLiteral("applicant_name")).toString() == QStringLiteral("Trần Thị Bình"));
    CHECK(rows.at(1).value(QStringLiteral("code")).toString() == code);

    const Run limited = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--limit"),
                             QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(limited.lines().size() == 1);

    const Run human = cli({QStringLiteral("dossier"), QStringLiteral("list")});
    REQUIRE(human.exitCode == 0);
    CHECK(QString::fromUtf8(human.out).contains(QStringLiteral("Trần Thị Bình")));

    const Run show = cli({QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().value(QStringLiteral("citizen_id")).toString() == QStringLiteral("001090123456"));
    CHECK(
        cli({QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("00004.XXXXX-260101-0001")}).exitCode ==
        2);
}

TEST_CASE("The tables speak the user's language: Vietnamese under a Vietnamese locale or MOTCUA_LANG=vi, and the "
          "JSON stays the same",
          "[cli][i18n]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Lương Thị Hạnh"))).exitCode == 0);
    const QStringList list{QStringLiteral("dossier"), QStringLiteral("list")};
    const auto under = [&](const QString &lang, const QString &motcuaLang, const QStringList &args) {
        const QProcessEnvironment before = cli.env();
        cli.env().insert(QStringLiteral("LANG"), lang);
        cli.env().insert(QStringLiteral("LC_ALL"), lang);
        if (!motcuaLang.isEmpty())
            cli.env().insert(QStringLiteral("MOTCUA_LANG"), motcuaLang);
        const Run r = cli(args);
        cli.env() = before;
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    };
    const QString english = QString::fromUtf8(under(QStringLiteral("C.UTF-8"), {}, list).out);
    CHECK(english.contains(QStringLiteral("Applicant")));
    const QString vietnamese = QString::fromUtf8(under(QStringLiteral("vi_VN.UTF-8"), {}, list).out);
    INFO(vietnamese.toStdString());
    CHECK(vietnamese.contains(QStringLiteral("Người nộp")));
    CHECK(vietnamese.contains(QStringLiteral("Lương Thị Hạnh")));
    CHECK_FALSE(vietnamese.contains(QStringLiteral("Applicant")));
    // MOTCUA_LANG overrides the locale, both ways.
    CHECK(QString::fromUtf8(under(QStringLiteral("C.UTF-8"), QStringLiteral("vi"), list).out)
              .contains(QStringLiteral("Người nộp")));
    CHECK(QString::fromUtf8(under(QStringLiteral("vi_VN.UTF-8"), QStringLiteral("en"), list).out)
              .contains(QStringLiteral("Applicant")));
    // What scripts read does not change with the language.
    const QStringList json = list + QStringList{QStringLiteral("--json")};
    CHECK(under(QStringLiteral("vi_VN.UTF-8"), {}, json).out == under(QStringLiteral("C.UTF-8"), {}, json).out);
}

TEST_CASE("search: one box over every kind, diacritics optional, filters, every match with --all", "[cli][search]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Nguyễn Văn An"))).exitCode == 0);
    REQUIRE(cli(receiveArgs(QStringLiteral("Nguyễn Thị Hoà"), QStringLiteral("079305000123"))).exitCode == 0);
    for (int i = 0; i < 24; ++i)
        REQUIRE(cli(receiveArgs(QStringLiteral("Phạm Thị Thuỷ"),
                                QStringLiteral("0013050001%1").arg(i, 2, 10, QLatin1Char('0'))))
                    .exitCode == 0);
    auto search = [&](QStringList args) {
        args.prepend(QStringLiteral("search"));
        args.append(QStringLiteral("--json"));
        const Run r = cli(args);
        INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.lines();
    };

    // Without diacritics, in both tone placements, grouped by kind with the CLI.md fields.
    const auto an = search({QStringLiteral("nguyen van an")});
    REQUIRE(an.size() >= 2);
    CHECK(an.at(0).value(QStringLiteral("kind")).toString() == QStringLiteral("dossier"));
    CHECK(an.at(0).value(QStringLiteral("title")).toString().endsWith(QStringLiteral("Nguyễn Văn An")));
    CHECK(an.at(0).value(QStringLiteral("id")).toString().startsWith(QStringLiteral("00004.")));
    CHECK(an.at(0).value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[Nguyễn] [Văn] [An]")));
    for (const QString &q : {QStringLiteral("hòa"), QStringLiteral("Hoà"), QStringLiteral("HOA")}) {
        const auto hoa = search({q, QStringLiteral("--kind"), QStringLiteral("applicant")});
        REQUIRE(hoa.size() == 1);
        CHECK(hoa.at(0).value(QStringLiteral("title")).toString() == QStringLiteral("Nguyễn Thị Hoà"));
    }
    // A citizen id is an exact lookup.
    const auto byId = search({QStringLiteral("079305000123"), QStringLiteral("--kind"), QStringLiteral("applicant")});
    REQUIRE(byId.size() == 1);
    CHECK(byId.at(0).value(QStringLiteral("title")).toString() == QStringLiteral("Nguyễn Thị Hoà"));
    // Procedures, and the field filter spelt without diacritics.
    const auto birth = search({QStringLiteral("dang ky khai sinh"), QStringLiteral("--kind"),
                               QStringLiteral("procedure"), QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(birth.size() == 1);
    CHECK(birth.at(0).value(QStringLiteral("id")).toString() == QStringLiteral("1.001193"));
    CHECK(search({QStringLiteral("thuy"), QStringLiteral("--field"), QStringLiteral("ho tich")}).size() == 20);
    CHECK(search({QStringLiteral("thuy"), QStringLiteral("--field"), QStringLiteral("dat dai")}).isEmpty());
    // --limit is per kind; --all pages through every match, each once.
    CHECK(search({QStringLiteral("thuy"), QStringLiteral("--kind"), QStringLiteral("dossier")}).size() == 20);
    const auto all =
        search({QStringLiteral("thuy"), QStringLiteral("--kind"), QStringLiteral("dossier"), QStringLiteral("--all")});
    CHECK(all.size() == 24);
    QSet<QString> ids;
    for (const QJsonObject &o : all)
        ids.insert(o.value(QStringLiteral("id")).toString());
    CHECK(ids.size() == 24);

    // Bad filters: exit 2, one clear line.
    const QList<std::pair<QStringList, QString>> bad = {
        {{QStringLiteral("an"), QStringLiteral("--kind"), QStringLiteral("letter")},
         QStringLiteral("unknown kind of record 'letter'")},
        {{QStringLiteral("an"), QStringLiteral("--state"), QStringLiteral("lost")},
         QStringLiteral("unknown state 'lost'")},
        {{QStringLiteral("an"), QStringLiteral("--procedure"), QStringLiteral("9.999999")},
         QStringLiteral("no procedure '9.999999'")},
        {{QStringLiteral("an"), QStringLiteral("--field"), QStringLiteral("thien van")},
         QStringLiteral("no field 'thien van'")},
        {{QStringLiteral("an"), QStringLiteral("--assignee"), QStringLiteral("nobody")},
         QStringLiteral("no user 'nobody'")},
        {{QStringLiteral("an"), QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--until"),
          QStringLiteral("2026-04-01")},
         QStringLiteral("ends (2026-04-01) before it starts")},
    };
    for (const auto &[args, message] : bad) {
        const Run r = cli(QStringList{QStringLiteral("search")} + args);
        INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("bad input exits 2 with a clear message and leaves the store unchanged", "[cli]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Lê Văn Cường"))).exitCode == 0);
    const QByteArray before = cli.dbHash();
    REQUIRE_FALSE(before.isEmpty());

    struct Case
    {
        QStringList args;
        QString message;
    };
    QStringList unknownProcedure = receiveArgs(QStringLiteral("Lê Văn Cường"));
    unknownProcedure[3] = QStringLiteral("9.999999");
    const QList<Case> cases = {
        {unknownProcedure, QStringLiteral("no procedure with code '9.999999'")},
        {receiveArgs(QStringLiteral("Lê Văn Cường"), QStringLiteral("12345")),
         QStringLiteral("citizen id '12345' is not valid")},
        {receiveArgs(QStringLiteral("Lê Văn Cường"), QStringLiteral("00109012345X")), QStringLiteral("only digits")},
        {receiveArgs(QStringLiteral("Lê Văn Cường")) << QStringLiteral("--received-at") << QStringLiteral("2026-02-30"),
         QStringLiteral("--received-at '2026-02-30' is not an ISO 8601 date")},
        {receiveArgs(QStringLiteral("Lê Văn Cường")) << QStringLiteral("--received-at") << QStringLiteral("yesterday"),
         QStringLiteral("not an ISO 8601")},
        {receiveArgs(QStringLiteral("Lê Văn Cường")) << QStringLiteral("--channel") << QStringLiteral("fax"),
         QStringLiteral("--channel must be direct, online or post, got 'fax'")},
        {{QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
          QStringLiteral("1.001193")},
         QStringLiteral("--applicant-name")},
        {{QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--bogus"), QStringLiteral("x")},
         QStringLiteral("unknown option --bogus")},
        {{QStringLiteral("dossier"), QStringLiteral("frobnicate")}, QStringLiteral("unknown command")},
        {{QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")},
         QStringLiteral("--limit")},
    };
    for (const Case &c : cases) {
        const Run r = cli(c.args);
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.message));
        CHECK(r.err.count(u'\n') == 1); // one line
        CHECK(r.out.isEmpty());
    }
    CHECK(cli.dbHash() == before);
}

TEST_CASE("the CLI authenticates and applies the user's role", "[cli]")
{
    Cli cli;
    cli.init();
    SECTION("wrong password")
    {
        cli.env().insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("wrong password"));
        const Run r = cli(receiveArgs(QStringLiteral("Đinh Văn Hùng")));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("wrong user name or password")));
    }
    SECTION("no password and no terminal: fails at once instead of prompting")
    {
        cli.env().remove(QStringLiteral("MOTCUA_PASSWORD"));
        const Run r = cli({QStringLiteral("dossier"), QStringLiteral("list")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("MOTCUA_PASSWORD")));
    }
    SECTION("a specialist cannot receive; a receptionist can; --user with --password-stdin")
    {
        REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cv.hoa"), QStringLiteral("--role"),
                     QStringLiteral("specialist"), QStringLiteral("--full-name"), QStringLiteral("Mai Thị Hoà")},
                    "specialist pass 1\n")
                    .exitCode == 0);
        REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tn.lan"), QStringLiteral("--role"),
                     QStringLiteral("receptionist")},
                    "receptionist pass 1\n")
                    .exitCode == 0);
        cli.env().remove(QStringLiteral("MOTCUA_PASSWORD"));
        cli.env().remove(QStringLiteral("MOTCUA_USER"));
        const Run refused =
            cli(QStringList{QStringLiteral("--user"), QStringLiteral("cv.hoa"), QStringLiteral("--password-stdin")} +
                    receiveArgs(QStringLiteral("Đinh Văn Hùng")),
                "specialist pass 1\n");
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("cannot receive")));
        const Run allowed =
            cli(QStringList{QStringLiteral("--user"), QStringLiteral("tn.lan"), QStringLiteral("--password-stdin")} +
                    receiveArgs(QStringLiteral("Đinh Văn Hùng")),
                "receptionist pass 1\n");
        INFO(allowed.err.toStdString());
        CHECK(allowed.exitCode == 0);
        // Only an administrator manages users.
        const Run notAdmin = cli({QStringLiteral("--user"), QStringLiteral("tn.lan"),
                                  QStringLiteral("--password-stdin"), QStringLiteral("user"), QStringLiteral("list")},
                                 "receptionist pass 1\n");
        CHECK(notAdmin.exitCode == 2);
    }
}

TEST_CASE("rebuild keeps the canonical export byte-identical and verify names a tampered event", "[cli]")
{
    Cli cli;
    cli.init();
    int n = 0;
    for (const char *name : {"Phạm Thị Thu", "Hà Văn Quang", "Tạ Thị Yến"})
        REQUIRE(cli(receiveArgs(QString::fromUtf8(name), QStringLiteral("00119500000%1").arg(++n))).exitCode == 0);
    const Run before = cli({QStringLiteral("export"), QStringLiteral("--canonical")});
    REQUIRE(before.exitCode == 0);
    REQUIRE(before.out.count('\n') > 150);
    REQUIRE(cli({QStringLiteral("rebuild")}).exitCode == 0);
    const Run after = cli({QStringLiteral("export"), QStringLiteral("--canonical")});
    CHECK(after.out == before.out);

    const Run ok = cli({QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.json().value(QStringLiteral("ok")).toBool());

    // Tamper with the file directly, as someone with the disk in hand could.
    {
        QProcess sqlite;
        const QString db = QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"));
        QFile script(QDir(cli.dataDir()).filePath(QStringLiteral("tamper.sql")));
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("UPDATE events SET payload = replace(payload, 'Hà Văn Quang', 'Hà Văn Quảng') WHERE type = "
                     "'DossierReceived';\n");
        script.close();
        sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".read ") + script.fileName()});
        REQUIRE(sqlite.waitForStarted(5000)); // the sqlite3 shell: scripts/install-deps.sh --test installs it
        REQUIRE(sqlite.waitForFinished(10000));
        REQUIRE(sqlite.exitCode() == 0);
    }
    const Run broken = cli({QStringLiteral("verify")});
    CHECK(broken.exitCode == 1);
    CHECK(QString::fromUtf8(broken.out).contains(QStringLiteral("BROKEN CHAIN")));
    const Run brokenJson = cli({QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(brokenJson.exitCode == 1);
    const QJsonObject report = brokenJson.json();
    CHECK_FALSE(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("chain_problems"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("event"))
              .toString()
              .size() == 36);
}

TEST_CASE("validate citizen-id reports structure, from arguments or stdin", "[cli]")
{
    Cli cli;
    const Run r = cli({QStringLiteral("validate"), QStringLiteral("citizen-id"), QStringLiteral("001090123456"),
                       QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(QStringLiteral("valid")).toBool());
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("cccd"));
    CHECK(o.value(QStringLiteral("province_code")).toString() == QStringLiteral("001"));
    CHECK(o.value(QStringLiteral("gender")).toString() == QStringLiteral("male"));
    CHECK(o.value(QStringLiteral("birth_century")).toInt() == 1900);
    CHECK(o.value(QStringLiteral("birth_year")).toInt() == 1990);
    CHECK(o.value(QStringLiteral("reason")).isNull());

    const Run many = cli({QStringLiteral("validate"), QStringLiteral("citizen-id"), QStringLiteral("--json")},
                         "001090123456\n12345\n");
    CHECK(many.exitCode == 2);
    const auto lines = many.lines();
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines.at(1).value(QStringLiteral("valid")).toBool());
    CHECK(lines.at(1).value(QStringLiteral("reason")).toString().contains(QStringLiteral("12 digits")));
}

TEST_CASE("calendar due, lunar and holidays (CLI.md), including the worked example", "[cli][calendar]")
{
    Cli cli;
    const Run due = cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                         QStringLiteral("2026-04-23"), QStringLiteral("--limit"), QStringLiteral("3"),
                         QStringLiteral("--unit"), QStringLiteral("working-days"), QStringLiteral("--json")});
    INFO(due.err.toStdString());
    REQUIRE(due.exitCode == 0);
    CHECK(due.json().value(QStringLiteral("due")).toString() == QStringLiteral("2026-04-29T17:00:00+07:00"));

    const Run lunar = cli({QStringLiteral("calendar"), QStringLiteral("lunar"), QStringLiteral("2026-02-17"),
                           QStringLiteral("2020-05-23"), QStringLiteral("--json")});
    REQUIRE(lunar.exitCode == 0);
    const auto l = lunar.lines();
    REQUIRE(l.size() == 2);
    CHECK(l.at(0) == QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-02-17")},
                                 {QStringLiteral("lunar_day"), 1},
                                 {QStringLiteral("lunar_month"), 1},
                                 {QStringLiteral("lunar_year"), 2026},
                                 {QStringLiteral("leap"), false}});
    CHECK(l.at(1).value(QStringLiteral("leap")).toBool());
    CHECK(l.at(1).value(QStringLiteral("lunar_month")).toInt() == 4);

    const Run holidays =
        cli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026"), QStringLiteral("--json")});
    REQUIRE(holidays.exitCode == 0);
    bool compensation = false;
    for (const QJsonObject &h : holidays.lines())
        compensation = compensation || (h.value(QStringLiteral("date")).toString() == QStringLiteral("2026-04-27") &&
                                        h.value(QStringLiteral("kind")).toString() == QStringLiteral("compensation"));
    CHECK(compensation);

    for (const QStringList &bad :
         {QStringList{QStringLiteral("calendar"), QStringLiteral("lunar"), QStringLiteral("2026-02-30")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("20x6")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                      QStringLiteral("2026-04-23"), QStringLiteral("--limit"), QStringLiteral("3"),
                      QStringLiteral("--unit"), QStringLiteral("fortnights")}}) {
        const Run r = cli(bad);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
    }

    SECTION("an imported arrangement changes the days and the due dates")
    {
        cli.init();
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("2026.json")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"json({"year": 2026, "source": "test arrangement", "days": [
            {"date": "2026-04-24", "name": "Nghỉ hoán đổi", "kind": "official"},
            {"date": "2026-04-27", "name": "Nghỉ bù", "kind": "official"}]})json");
        f.close();
        REQUIRE(cli({QStringLiteral("calendar"), QStringLiteral("import"), f.fileName()}).exitCode == 0);
        const Run after = cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                               QStringLiteral("2026-04-23"), QStringLiteral("--limit"), QStringLiteral("3"),
                               QStringLiteral("--unit"), QStringLiteral("working-days"), QStringLiteral("--json")});
        CHECK(after.json().value(QStringLiteral("due")).toString() == QStringLiteral("2026-04-30T17:00:00+07:00"));
    }
}

TEST_CASE("dossier actions from reception to result, with roles, queues and the control sheet", "[cli][workflow]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cv"), QStringLiteral("--role"),
                 QStringLiteral("specialist")},
                "specialist pass 1\n")
                .exitCode == 0);
    const Run r = cli(receiveArgs(QStringLiteral("Nguyễn Văn An"))
                      << QStringLiteral("--received-at") << QStringLiteral("2026-11-02T09:00"));
    REQUIRE(r.exitCode == 0);
    const QString code = r.json().value(QStringLiteral("code")).toString();
    auto act = [&](QStringList args) {
        args.insert(1, code);
        return cli(QStringList{QStringLiteral("dossier")} + args + QStringList{QStringLiteral("--json")});
    };
    const Run transfer =
        act({QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("cv"), QStringLiteral("--days"),
             QStringLiteral("3"), QStringLiteral("--at"), QStringLiteral("2026-11-02T10:00")});
    INFO(transfer.err.toStdString());
    REQUIRE(transfer.exitCode == 0);
    CHECK(transfer.json().value(QStringLiteral("state")).toString() == QStringLiteral("in_processing"));

    // The duplicate is warned about with the open dossier's code and can be refused as such.
    const Run dup = cli(receiveArgs(QStringLiteral("Nguyễn Văn An")));
    CHECK(dup.exitCode == 2);
    CHECK(dup.err.contains(code));
    const Run refusedDup = cli(receiveArgs(QStringLiteral("Nguyễn Văn An")) << QStringLiteral("--refuse-duplicate"));
    REQUIRE(refusedDup.exitCode == 0);
    CHECK(refusedDup.json().value(QStringLiteral("duplicate_of")).toString() == code);
    CHECK(refusedDup.json().value(QStringLiteral("status_code")).toInt() == 3);

    // Bad input to an action exits 2 and changes nothing.
    const QByteArray before = cli.dbHash();
    CHECK(act({QStringLiteral("request-supplement")}).exitCode == 2); // no items
    CHECK(act({QStringLiteral("return"), QStringLiteral("--how"), QStringLiteral("pigeon")}).exitCode == 2);
    CHECK(act({QStringLiteral("apologize"), QStringLiteral("--reason"), QStringLiteral("x"),
               QStringLiteral("--new-due"), QStringLiteral("someday")})
              .exitCode == 2);
    CHECK(act({QStringLiteral("approve")}).exitCode == 2); // not awaiting approval
    CHECK(cli({QStringLiteral("dossier"), QStringLiteral("finish"), QStringLiteral("00004.NOPE0-261102-0001")})
              .exitCode == 2);
    CHECK(cli.dbHash() == before);

    REQUIRE(act({QStringLiteral("request-supplement"), QStringLiteral("--item"),
                 QStringLiteral("Bản sao giấy khai sinh"), QStringLiteral("--at"), QStringLiteral("2026-11-03T09:00")})
                .exitCode == 0);
    const Run waiting = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--queue"),
                             QStringLiteral("awaiting_supplement"), QStringLiteral("--json")});
    REQUIRE(waiting.lines().size() == 1);
    CHECK(waiting.json().value(QStringLiteral("code")).toString() == code);
    // Only what was asked for is ticked off as brought.
    CHECK(act({QStringLiteral("supplement-received"), QStringLiteral("--item"), QStringLiteral("Sổ hộ khẩu"),
               QStringLiteral("--at"), QStringLiteral("2026-11-05T09:00")})
              .exitCode == 2);
    REQUIRE(act({QStringLiteral("supplement-received"), QStringLiteral("--item"),
                 QStringLiteral("Bản sao giấy khai sinh"), QStringLiteral("--at"), QStringLiteral("2026-11-05T09:00")})
                .exitCode == 0);
    const Run fin = act({QStringLiteral("finish"), QStringLiteral("--at"), QStringLiteral("2026-11-06T09:00")});
    REQUIRE(fin.exitCode == 0);
    CHECK(fin.json().value(QStringLiteral("status_code")).toInt() == 9);
    const Run ret = act({QStringLiteral("return"), QStringLiteral("--how"), QStringLiteral("post"),
                         QStringLiteral("--at"), QStringLiteral("2026-11-06T14:00")});
    REQUIRE(ret.exitCode == 0);
    CHECK(ret.json().value(QStringLiteral("status_code")).toInt() == 10);
    // Birth registration has a 1-day limit: due 03/11, moved to 05/11 by the two paused working days; finished 06/11.
    CHECK(ret.json().value(QStringLiteral("late")).toBool());
    CHECK(ret.json().value(QStringLiteral("due_at")).toString() == QStringLiteral("2026-11-05T17:00:00+07:00"));

    const Run sheet = cli({QStringLiteral("dossier"), QStringLiteral("control-sheet"), code, QStringLiteral("--json")});
    REQUIRE(sheet.exitCode == 0);
    const auto steps = sheet.lines();
    REQUIRE(steps.size() == 4);
    // 3 working days from Monday 02/11 10:00, plus the 2 working days of the pause: Friday 09/11... done 06/11: early.
    CHECK(steps.at(1).value(QStringLiteral("result")).toString() == QStringLiteral("early"));
    CHECK(steps.at(1).value(QStringLiteral("note")).toString().contains(QStringLiteral("Bản sao giấy khai sinh")));
    CHECK(steps.at(1)
              .value(QStringLiteral("note"))
              .toString()
              .contains(QStringLiteral("Đã nhận bổ sung: Bản sao giấy khai sinh")));
    CHECK(cli({QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("audit names the device by the tag its dossier codes show", "[cli][audit]")
{
    Cli cli;
    cli.init();
    const Run r = cli(receiveArgs(QStringLiteral("Nguyễn Văn An")));
    REQUIRE(r.exitCode == 0);
    const QString code = r.json().value(QStringLiteral("code")).toString();
    const QString tag = code.section(u'-', 0, 0).section(u'.', -1);
    REQUIRE(tag.size() == 5);
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("5")});
    REQUIRE(audit.exitCode == 0);
    const QStringList lines = QString::fromUtf8(audit.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    for (const QString &line : lines.mid(1)) // after the header
        CHECK(line.trimmed().endsWith(tag));
    const Run json =
        cli({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().value(QStringLiteral("device_name")).toString() == tag);
}

TEST_CASE("dossier submit puts a dossier before a leader, and only the holder acts on it", "[cli][workflow][approval]")
{
    Cli cli;
    cli.init();
    for (const auto &[user, role, name] :
         {std::tuple{"cv", "specialist", "Phạm Văn Đức"}, std::tuple{"ld", "leader", "Hoàng Minh Tuấn"}}) {
        REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QLatin1String(user), QStringLiteral("--role"),
                     QLatin1String(role), QStringLiteral("--full-name"), QString::fromUtf8(name)},
                    QByteArray(user) + " pass word 1\n")
                    .exitCode == 0);
    }
    const Run r = cli(receiveArgs(QStringLiteral("Nguyễn Văn An")));
    REQUIRE(r.exitCode == 0);
    const QString code = r.json().value(QStringLiteral("code")).toString();
    auto as = [&](const char *user, QStringList args) {
        args.insert(1, code);
        cli.env().insert(QStringLiteral("MOTCUA_USER"), QLatin1String(user));
        cli.env().insert(QStringLiteral("MOTCUA_PASSWORD"), QLatin1String(user) == QLatin1String("admin")
                                                                ? QStringLiteral("correct horse 1")
                                                                : QLatin1String(user) + u" pass word 1");
        return cli(QStringList{QStringLiteral("dossier")} + args + QStringList{QStringLiteral("--json")});
    };
    REQUIRE(as("admin", {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("cv")}).exitCode == 0);

    const Run notLeader = as("cv", {QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("cv")});
    CHECK(notLeader.exitCode == 2);
    CHECK(notLeader.err.contains(QStringLiteral("cannot approve")));
    const Run submitted = as("cv", {QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("ld")});
    INFO(submitted.err.toStdString());
    REQUIRE(submitted.exitCode == 0);
    CHECK(submitted.json().value(QStringLiteral("state")).toString() == QStringLiteral("awaiting_approval"));
    CHECK(submitted.json().value(QStringLiteral("assignee")).toString() == QStringLiteral("Hoàng Minh Tuấn"));

    // The leader holds it: the specialist's hands are off it.
    const Run refused = as("cv", {QStringLiteral("reject"), QStringLiteral("--reason"), QStringLiteral("Thiếu giấy")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("Hoàng Minh Tuấn")));
    const Run approved = as("ld", {QStringLiteral("approve")});
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.json().value(QStringLiteral("state")).toString() == QStringLiteral("approved"));
    CHECK(approved.json().value(QStringLiteral("assignee")).toString() == QStringLiteral("Phạm Văn Đức"));
    CHECK(as("cv", {QStringLiteral("finish")}).exitCode == 0);
}

#include <QThread>
#include <csignal>

TEST_CASE("kill -9 during a write loop loses nothing acknowledged and leaves a store that verifies", "[cli][crash]")
{
    Cli cli;
    cli.init();
    QTemporaryDir work;
    const QString acks = work.filePath(QStringLiteral("acknowledged.txt"));
    // A counter clerk's script: receive dossiers one after another, noting each code the program acknowledged.
    // (Built by concatenation: printf's %06d must not meet QString::arg.)
    const QString script =
        QStringLiteral("i=$1; while true; do i=$((i+1)); code=$(\"") + QStringLiteral(MOTCUA_CLI_PATH) +
        QStringLiteral(
            "\" dossier receive --procedure 1.001193 --applicant-name \"Nguyễn Văn Bền\""
            " --citizen-id $(printf '001090%06d' $i) --address \"Thôn Đông, xã Yên Lạc\" --json"
            " | sed -n 's/.*\"code\":\"\\([^\"]*\\)\".*/\\1/p') && [ -n \"$code\" ] && echo \"$code\" >> \"") +
        acks + QStringLiteral("\"; done");
    for (int round = 0; round < 3; ++round) {
        QProcess loop;
        loop.setProcessEnvironment(cli.env());
        loop.start(QStringLiteral("setsid"), {QStringLiteral("bash"), QStringLiteral("-c"), script,
                                              QStringLiteral("loop"), QString::number(round * 1000)});
        REQUIRE(loop.waitForStarted(5000));
        QThread::msleep(1500 + round * 700);
        // The whole process group, the CLI in the middle of its transaction included.
        ::kill(-pid_t(loop.processId()), SIGKILL);
        loop.waitForFinished(5000);
    }
    QFile f(acks);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList codes = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    INFO("acknowledged: " << codes.size());
    REQUIRE(codes.size() >= 3);

    const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(verify.out.toStdString());
    CHECK(verify.exitCode == 0);
    const Run list = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("100000"), QStringLiteral("--json")});
    QSet<QString> stored;
    for (const QJsonObject &o : list.lines())
        stored.insert(o.value(QStringLiteral("code")).toString());
    for (const QString &code : codes)
        CHECK(stored.contains(code));
    // At most the one in flight at each kill can exist without an acknowledgement.
    CHECK(stored.size() <= codes.size() + 3);
}

TEST_CASE("catalog: everyday procedures first, unknown names said, an administrator sets a missing time limit",
          "[cli][catalog]")
{
    Cli cli;
    cli.init();
    const auto codesOf = [](const Run &r) {
        QStringList codes;
        for (const QJsonObject &o : r.lines())
            codes.append(o.value(QStringLiteral("code")).toString());
        return codes;
    };

    // "chung thuc" lists the everyday certified copy among the first results (it used to come last).
    const Run search = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("chung"),
                            QStringLiteral("thuc"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    const QStringList found = codesOf(search);
    INFO(found.join(u' ').toStdString());
    REQUIRE(found.size() >= 12);
    CHECK(found.indexOf(QStringLiteral("2.000815")) < 3);
    const QJsonObject copy = search.lines().at(int(found.indexOf(QStringLiteral("2.000815"))));
    CHECK(copy.value(QStringLiteral("fee_text")).toString() == QStringLiteral("2.000 đồng/trang"));
    CHECK(copy.value(QStringLiteral("fee_amount")).toInt() == 2000);
    CHECK(copy.value(QStringLiteral("time_limit")).isNull());

    // A name the source lost is said so, with the code, never replaced by a wrong one.
    const Run lost = cli({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("2.001428")});
    REQUIRE(lost.exitCode == 0);
    CHECK(lost.out.contains("procedure name unknown — code 2.001428"));
    CHECK_FALSE(lost.out.contains("Công bố Danh mục"));
    const Run lostJson = cli(
        {QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("2.001428"), QStringLiteral("--json")});
    CHECK_FALSE(lostJson.json().value(QStringLiteral("name_known")).toBool(true));

    const QStringList missingArgs = {QStringLiteral("catalog"), QStringLiteral("list"),
                                     QStringLiteral("--missing-time-limit"), QStringLiteral("--json")};
    const Run missing = cli(missingArgs);
    REQUIRE(missing.exitCode == 0);
    CHECK(codesOf(missing).contains(QStringLiteral("2.000815")));
    CHECK(codesOf(missing).size() == 62);

    // A dossier received before the change, at a fixed time in the past.
    QDate monday = QDate::currentDate().addDays(-21);
    monday = monday.addDays(1 - monday.dayOfWeek());
    const QString at = monday.toString(Qt::ISODate) + QStringLiteral("T09:00:00+07:00");
    QStringList receive = {QStringLiteral("dossier"),
                           QStringLiteral("receive"),
                           QStringLiteral("--procedure"),
                           QStringLiteral("2.000815"),
                           QStringLiteral("--applicant-name"),
                           QStringLiteral("Trương Thị Mai"),
                           QStringLiteral("--received-at"),
                           at,
                           QStringLiteral("--json")};
    const Run earlier = cli(receive);
    INFO(earlier.err.toStdString());
    REQUIRE(earlier.exitCode == 0);
    const QString earlierDue = earlier.json().value(QStringLiteral("due_at")).toString();

    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tn.thao"), QStringLiteral("--role"),
                 QStringLiteral("receptionist"), QStringLiteral("--full-name"), QStringLiteral("Hồ Thị Thảo")},
                "receptionist pass 1\n")
                .exitCode == 0);
    const QStringList set = {QStringLiteral("catalog"),     QStringLiteral("set-time-limit"),
                             QStringLiteral("2.000815"),    QStringLiteral("--limit"),
                             QStringLiteral("3"),           QStringLiteral("--unit"),
                             QStringLiteral("working-days")};
    const QByteArray before = cli.dbHash();
    struct Case
    {
        QStringList args;
        QString stdinText;
        QString message;
    };
    const QList<Case> refused = {
        {QStringList{QStringLiteral("--user"), QStringLiteral("tn.thao"), QStringLiteral("--password-stdin")} + set,
         QStringLiteral("receptionist pass 1\n"), QStringLiteral("only an administrator")},
        {QStringList(set).replaceInStrings(QStringLiteral("working-days"), QStringLiteral("weeks")),
         {},
         QStringLiteral("--unit 'weeks' is not one of working-days, working-hours, days")},
        {QStringList(set).replaceInStrings(QStringLiteral("working-days"), QStringLiteral("hours")),
         {},
         QStringLiteral("--unit 'hours'")},
        {QStringList{QStringLiteral("catalog"), QStringLiteral("set-time-limit"), QStringLiteral("2.000815"),
                     QStringLiteral("--limit"), QStringLiteral("400"), QStringLiteral("--unit"),
                     QStringLiteral("days")},
         {},
         QStringLiteral("from 0 to 365")},
        {QStringList{QStringLiteral("catalog"), QStringLiteral("set-time-limit"), QStringLiteral("2.000815"),
                     QStringLiteral("--limit"), QStringLiteral("ba"), QStringLiteral("--unit"), QStringLiteral("days")},
         {},
         QStringLiteral("--limit must be a whole number")},
        {QStringList{QStringLiteral("catalog"), QStringLiteral("set-time-limit"), QStringLiteral("2.000815"),
                     QStringLiteral("--limit"), QStringLiteral("3")},
         {},
         QStringLiteral("usage: motcua-cli catalog set-time-limit")},
        {QStringList(set).replaceInStrings(QStringLiteral("2.000815"), QStringLiteral("9.999999")),
         {},
         QStringLiteral("no procedure with code '9.999999'")},
        // Each command takes only its own options.
        {QStringList(set) << QStringLiteral("--procedure") << QStringLiteral("2.000815"),
         {},
         QStringLiteral("does not take --procedure")},
        {QStringList(set) << QStringLiteral("--missing-time-limit"),
         {},
         QStringLiteral("does not take --missing-time-limit")},
        {QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")},
         {},
         QStringLiteral("does not take --limit")},
    };
    for (const Case &c : refused) {
        const Run r = cli(c.args, c.stdinText.toUtf8());
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.message));
        CHECK(r.err.count(u'\n') == 1);
        CHECK(r.out.isEmpty());
    }
    CHECK(cli.dbHash() == before);

    const Run done = cli(QStringList(set) << QStringLiteral("--json"));
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.json().value(QStringLiteral("time_limit")).toInt() == 3);
    CHECK(done.json().value(QStringLiteral("time_unit")).toString() == QStringLiteral("working-days"));
    CHECK(done.json().value(QStringLiteral("time_set_by_admin")).toBool());
    CHECK(done.json().value(QStringLiteral("previous_time_limit")).isNull());
    CHECK_FALSE(codesOf(cli(missingArgs)).contains(QStringLiteral("2.000815")));

    // The next dossier is due by the new limit; the earlier one keeps its due date.
    receive[5] = QStringLiteral("Quách Văn Sơn");
    const Run later = cli(receive);
    REQUIRE(later.exitCode == 0);
    const Run due =
        cli({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), at, QStringLiteral("--limit"),
             QStringLiteral("3"), QStringLiteral("--unit"), QStringLiteral("working-days"), QStringLiteral("--json")});
    REQUIRE(due.exitCode == 0);
    CHECK(later.json().value(QStringLiteral("due_at")).toString() ==
          due.json().value(QStringLiteral("due")).toString());
    CHECK(later.json().value(QStringLiteral("time_limit")).toInt() == 3);
    CHECK(later.json().value(QStringLiteral("due_at")).toString() != earlierDue);
    const Run shown = cli({QStringLiteral("dossier"), QStringLiteral("show"),
                           earlier.json().value(QStringLiteral("code")).toString(), QStringLiteral("--json")});
    CHECK(shown.json().value(QStringLiteral("due_at")).toString() == earlierDue);
    CHECK(cli({QStringLiteral("verify")}).exitCode == 0);
}
