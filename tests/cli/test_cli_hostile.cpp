// Hostile and careless input at the command line (issue "Nothing lost, nothing wrong at the counter"): every case is
// refused with exit 2 and one short line on stderr, and the store is left exactly as it was.
#include "tests/cli/clirunner.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>

#include <sys/stat.h>
#include <unistd.h>

using namespace MotCua::Test;

namespace
{
struct Case
{
    const char *what;
    QStringList args;
};

QString big(qsizetype n, QChar c = u'a')
{
    return QString(n, c);
}

// One line, bounded, not empty.
void checkOneLine(const Run &r)
{
    INFO("stderr: " << r.err.left(600).toStdString());
    CHECK(!r.err.trimmed().isEmpty());
    CHECK(r.err.count(u'\n') == 1);
    CHECK(r.err.size() <= 500);
}

QString receivedCode(const Cli &cli)
{
    const Run r = cli(receiveArgs(QStringLiteral("Phạm Thị Lan"), QStringLiteral("001190000777")));
    REQUIRE(r.exitCode == 0);
    return r.json().value(QStringLiteral("code")).toString();
}
} // namespace

TEST_CASE("Bad input of every kind exits 2 with one short line and changes nothing", "[cli][hostile]")
{
    Cli cli;
    cli.init();
    const QString code = receivedCode(cli);
    const QByteArray before = cli.dbHash();
    REQUIRE(!before.isEmpty());

    const QStringList receive = {QStringLiteral("dossier"),          QStringLiteral("receive"),
                                 QStringLiteral("--procedure"),      QStringLiteral("1.001193"),
                                 QStringLiteral("--applicant-name"), QStringLiteral("Vũ Minh Tuấn")};
    const QString s100k = big(100 * 1024);
    const QString s50k = big(50000, u'%');
    const QList<Case> cases = {
        // Options of other commands.
        {"receive with --limit", receive + QStringList{QStringLiteral("--limit"), QStringLiteral("5")}},
        {"verify with --limit", {QStringLiteral("verify"), QStringLiteral("--limit"), QStringLiteral("3")}},
        {"list with --procedure",
         {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--procedure"),
          QStringLiteral("1.001193")}},
        {"show with --item",
         {QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--item"), QStringLiteral("x")}},
        {"search with --to",
         {QStringLiteral("search"), QStringLiteral("lan"), QStringLiteral("--to"), QStringLiteral("x")}},
        {"lunar with --state",
         {QStringLiteral("calendar"), QStringLiteral("lunar"), QStringLiteral("2026-02-17"), QStringLiteral("--state"),
          QStringLiteral("received")}},
        {"backup with --limit",
         {QStringLiteral("backup"), QStringLiteral("--to"), QStringLiteral("/tmp/x"), QStringLiteral("--limit"),
          QStringLiteral("2")}},
        {"user list with --canonical", {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--canonical")}},
        {"export with --keep",
         {QStringLiteral("export"), QStringLiteral("--canonical"), QStringLiteral("--keep"), QStringLiteral("3")}},
        {"audit with --procedure",
         {QStringLiteral("audit"), QStringLiteral("--procedure"), QStringLiteral("1.001193")}},
        {"approve with --reason",
         {QStringLiteral("dossier"), QStringLiteral("approve"), code, QStringLiteral("--reason"), QStringLiteral("x")}},
        {"return with --days",
         {QStringLiteral("dossier"), QStringLiteral("return"), code, QStringLiteral("--days"), QStringLiteral("2")}},
        {"validate with --refuse-duplicate",
         {QStringLiteral("validate"), QStringLiteral("citizen-id"), QStringLiteral("001090123456"),
          QStringLiteral("--refuse-duplicate")}},
        {"calendar due with --queue",
         {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), QStringLiteral("2026-04-23"),
          QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--unit"), QStringLiteral("working-days"),
          QStringLiteral("--queue"), QStringLiteral("mine")}},
        {"rebuild with --all", {QStringLiteral("rebuild"), QStringLiteral("--all")}},
        {"unknown option", {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--colour")}},
        {"a channel that is none", receive + QStringList{QStringLiteral("--channel"), QStringLiteral("fax")}},
        {"a return by fax",
         {QStringLiteral("dossier"), QStringLiteral("return"), code, QStringLiteral("--how"), QStringLiteral("fax")}},
        {"an unknown state",
         {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")}},
        {"an unknown queue",
         {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("later")}},
        // Empty values are not "not given".
        {"--state ''", {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--state"), QString()}},
        {"--citizen-id ''", receive + QStringList{QStringLiteral("--citizen-id"), QString()}},
        {"--data-dir ''", {QStringLiteral("--data-dir"), QString(), QStringLiteral("dossier"), QStringLiteral("list")}},
        {"--reason ' '",
         {QStringLiteral("dossier"), QStringLiteral("reject"), code, QStringLiteral("--reason"), QStringLiteral(" ")}},
        // Dates with trailing garbage, impossible offsets.
        {"date with garbage",
         receive + QStringList{QStringLiteral("--received-at"), QStringLiteral("2026-02-17garbage")}},
        {"date-time with junk",
         receive + QStringList{QStringLiteral("--received-at"), QStringLiteral("2026-04-23Tjunk")}},
        {"offset +99:00",
         receive + QStringList{QStringLiteral("--received-at"), QStringLiteral("2026-04-23T09:00:00+99:00")}},
        {"audit --from garbage",
         {QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("2026-02-17garbage")}},
        {"lunar garbage", {QStringLiteral("calendar"), QStringLiteral("lunar"), QStringLiteral("2026-02-17x")}},
        {"search --until junk",
         {QStringLiteral("search"), QStringLiteral("lan"), QStringLiteral("--until"), QStringLiteral("2026-13-01")}},
        // Sizes.
        {"100 kB address", receive + QStringList{QStringLiteral("--address"), s100k}},
        {"100 kB note",
         {QStringLiteral("dossier"), QStringLiteral("transfer"), code, QStringLiteral("--to"), QStringLiteral("admin"),
          QStringLiteral("--note"), s100k}},
        {"5 kB reason",
         {QStringLiteral("dossier"), QStringLiteral("reject"), code, QStringLiteral("--reason"), big(1500)}},
        {"long item",
         {QStringLiteral("dossier"), QStringLiteral("request-supplement"), code, QStringLiteral("--item"), big(3000)}},
        {"long department",
         {QStringLiteral("dossier"), QStringLiteral("transfer"), code, QStringLiteral("--department"), big(500)}},
        {"50,000-character filter",
         {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--filter"), s50k}},
        {"long search", {QStringLiteral("search"), big(3000, u'x')}},
        {"positional of 100 kB", {QStringLiteral("dossier"), QStringLiteral("show"), s100k}},
        // Control characters.
        {"control character in a name",
         {QStringLiteral("dossier"), QStringLiteral("receive"), QStringLiteral("--procedure"),
          QStringLiteral("1.001193"), QStringLiteral("--applicant-name"), QStringLiteral("Vũ Minh\u0001Tuấn")}},
        {"bell in a note",
         {QStringLiteral("dossier"), QStringLiteral("transfer"), code, QStringLiteral("--to"), QStringLiteral("admin"),
          QStringLiteral("--note"), QStringLiteral("xem gấp\u0007")}},
        {"escape in an address", receive + QStringList{QStringLiteral("--address"), QStringLiteral("Số 5\u001b[31m")}},
        // Files that never end or never open.
        {"calendar import /dev/zero",
         {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("/dev/zero")}},
        {"calendar import a folder", {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("/tmp")}},
        {"calendar import nothing",
         {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("/nonexistent/x.json")}},
        // Values that fail their own check, with a message.
        {"validate citizen-id 123", {QStringLiteral("validate"), QStringLiteral("citizen-id"), QStringLiteral("123")}},
        {"unknown queue",
         {QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--queue"), s100k.left(4000)}},
    };
    for (const Case &c : cases) {
        INFO("case: " << c.what);
        const Run r = cli(c.args);
        CHECK(r.exitCode == 2);
        checkOneLine(r);
    }
    // Error lines never echo the whole input back.
    const Run echoed = cli({QStringLiteral("dossier"), QStringLiteral("show"), big(3000, u'Q')});
    CHECK(echoed.err.count(u'Q') < 100);

    SECTION("a FIFO is refused at once, never read (it would block forever)")
    {
        QTemporaryDir tmp;
        const QString fifo = tmp.filePath(QStringLiteral("arrangement.json"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const Run r = cli({QStringLiteral("calendar"), QStringLiteral("import"), fifo});
        CHECK(r.exitCode == 2);
        checkOneLine(r);
    }
    SECTION("arguments that are not UTF-8 are refused, not stored as U+FFFD")
    {
        const Run r = cli.shell(QStringLiteral("exec \"$MOTCUA_CLI\" dossier receive --procedure 1.001193 "
                                               "--applicant-name \"$(printf 'Nguy\\341\\273\\205n \\377\\376')\""));
        CHECK(r.exitCode == 2);
        checkOneLine(r);
        CHECK(r.err.contains(QStringLiteral("UTF-8")));
    }
    SECTION("a password on stdin that is not UTF-8 is refused")
    {
        const Run r = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                          QByteArray("correct horse \xff\n"));
        CHECK(r.exitCode == 2);
        checkOneLine(r);
    }
    CHECK(cli.dbHash() == before);
}

TEST_CASE("init applies the password policy and an empty MOTCUA_USER names nobody", "[cli][hostile][accounts]")
{
    for (const char *weak : {"password", "12345678", "matkhau2026", "aaaaaaaaaaaa", "1234567890", "abcabcabcabc"}) {
        Cli cli;
        INFO("password: " << weak);
        cli.env().insert(QStringLiteral("MOTCUA_PASSWORD"), QString::fromLatin1(weak));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")});
        CHECK(r.exitCode == 2);
        checkOneLine(r);
        CHECK_FALSE(QFileInfo::exists(QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))));
    }
    Cli cli;
    cli.env().insert(QStringLiteral("MOTCUA_USER"), QString());
    const Run empty = cli({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("MOTCUA_USER")));
    CHECK_FALSE(QFileInfo::exists(QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))));

    cli.env().insert(QStringLiteral("MOTCUA_USER"), QStringLiteral("admin"));
    cli.init();
    // Signing in with an empty user name is refused, never taken as the default administrator.
    cli.env().insert(QStringLiteral("MOTCUA_USER"), QString());
    const Run list = cli({QStringLiteral("dossier"), QStringLiteral("list")});
    CHECK(list.exitCode == 2);
    CHECK(list.err.contains(QStringLiteral("MOTCUA_USER")));
    cli.env().insert(QStringLiteral("MOTCUA_USER"), QStringLiteral("admin"));
    // A weak password for a new user is refused too.
    const Run weakUser =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("thuha"), QStringLiteral("--role"),
             QStringLiteral("receptionist"), QStringLiteral("--full-name"), QStringLiteral("Lê Thu Hà")},
            QByteArray("password123\n"));
    CHECK(weakUser.exitCode == 2);
}

TEST_CASE("A file named motcua.db that is not a MotCua store is refused and left byte for byte",
          "[cli][hostile][store]")
{
    Cli cli;
    REQUIRE(QDir().mkpath(cli.dataDir()));
    const QString db = QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"));
    auto bytesOf = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    SECTION("another program's SQLite database")
    {
        const Run made =
            cli.exec(QStringLiteral("sqlite3"),
                     {db, QStringLiteral("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Hoa');")});
        REQUIRE(made.exitCode == 0);
    }
    SECTION("an empty file")
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QByteArray original = bytesOf(db);
    for (const QStringList &args :
         {QStringList{QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004")},
          QStringList{QStringLiteral("dossier"), QStringLiteral("list")}, QStringList{QStringLiteral("verify")}}) {
        INFO(args.join(u' ').toStdString());
        const Run r = cli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("not a MotCua store")));
        CHECK(bytesOf(db) == original);
        CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    }
}

TEST_CASE("A damaged store refuses every write but can still be read and exported", "[cli][store]")
{
    Cli cli;
    cli.init();
    for (int i = 0; i < 30; ++i)
        REQUIRE(cli(receiveArgs(QStringLiteral("Trịnh Văn Bình"),
                                QStringLiteral("0010900%1").arg(i, 5, 10, QLatin1Char('0'))))
                    .exitCode == 0);
    // Damage an index page in the middle of the file: the tables stay readable, quick_check finds it.
    const QString db = QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"));
    const Run pages =
        cli.exec(QStringLiteral("sqlite3"),
                 {db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); SELECT rootpage FROM sqlite_master WHERE "
                                     "name = 'applicants_sort';")});
    REQUIRE(pages.exitCode == 0);
    const int root = pages.out.trimmed().split('\n').last().toInt();
    REQUIRE(root > 1);
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(qint64(root - 1) * 4096 + 8));
        f.write(QByteArray(64, '\xee'));
    }
    const Run verify = cli({QStringLiteral("verify")});
    CHECK(verify.exitCode == 1);
    checkOneLine(verify);
    const Run receive = cli(receiveArgs(QStringLiteral("Trịnh Văn Bình"), QStringLiteral("001090099999")));
    CHECK(receive.exitCode == 1);
    CHECK(receive.err.contains(QStringLiteral("damaged")));
    // Reads and the export of what is readable still work.
    CHECK(cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode == 0);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--canonical")}).exitCode == 0);
    CHECK(cli({QStringLiteral("rebuild")}).exitCode == 1);
}

TEST_CASE("Logs, backups and the store are readable by their user only, whatever the umask", "[cli][store]")
{
    Cli cli;
    QTemporaryDir usb;
    const QString folder = usb.filePath(QStringLiteral("sao-luu"));
    const Run r = cli.shell(QStringLiteral("umask 000; \"$MOTCUA_CLI\" init --commune 00004 >/dev/null && "
                                           "\"$MOTCUA_CLI\" dossier receive --procedure 1.001193 --applicant-name "
                                           "'Hà Văn Nam' >/dev/null && \"$MOTCUA_CLI\" backup --to '%1' >/dev/null")
                                .arg(folder));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    auto mode = [](const QString &path) {
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
        return st.st_mode & 0777;
    };
    CHECK(mode(cli.dataDir()) == 0700);
    CHECK(mode(QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))) == 0600);
    CHECK(mode(QDir(cli.dataDir()).filePath(QStringLiteral("logs"))) == 0700);
    CHECK(mode(QDir(cli.dataDir()).filePath(QStringLiteral("logs/motcua.log"))) == 0600);
    CHECK(mode(folder) == 0700);
    const QStringList backups = QDir(folder).entryList({QStringLiteral("motcua-*.db")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(mode(QDir(folder).filePath(backups.first())) == 0600);
}

TEST_CASE("A read-only store can be read, verified and backed up, and writes say read-only", "[cli][store]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Đinh Thị Mai"))).exitCode == 0);
    const QByteArray before = cli.dbHash();
    QTemporaryDir usb;
    // Root ignores permissions: the read-only store is tried as an ordinary user who owns nothing writable there.
    const bool root = ::geteuid() == 0;
    auto as = [&](const QString &command) {
        return root ? QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups -- %1").arg(command) : command;
    };
    if (root) {
        REQUIRE(cli.exec(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("65534:65534"), cli.dataDir()})
                    .exitCode == 0);
        REQUIRE(cli.exec(QStringLiteral("chmod"), {QStringLiteral("0777"), usb.path()}).exitCode == 0);
        QFileInfo parent(QFileInfo(cli.dataDir()).absolutePath());
        REQUIRE(cli.exec(QStringLiteral("chmod"), {QStringLiteral("0755"), parent.absoluteFilePath()}).exitCode == 0);
    }
    // The store closed cleanly: no -wal or -shm is left, and the folder and file become read-only.
    REQUIRE(cli.exec(QStringLiteral("chmod"), {QStringLiteral("0500"), cli.dataDir()}).exitCode == 0);
    REQUIRE(cli.exec(QStringLiteral("chmod"),
                     {QStringLiteral("0400"), QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))})
                .exitCode == 0);

    const Run list = cli.shell(as(QStringLiteral("\"$MOTCUA_CLI\" dossier list --json")));
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains("Đinh Thị Mai"));
    const Run verify = cli.shell(as(QStringLiteral("\"$MOTCUA_CLI\" verify --json")));
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    const Run backup = cli.shell(as(QStringLiteral("\"$MOTCUA_CLI\" backup --to '%1/sao-luu' --json").arg(usb.path())));
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    const Run receive = cli.shell(as(QStringLiteral("\"$MOTCUA_CLI\" dossier receive --procedure 1.001193 "
                                                    "--applicant-name 'Đinh Thị Mai' --citizen-id 001190555666")));
    CHECK(receive.exitCode == 1);
    CHECK(receive.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(receive.err.contains(QStringLiteral("unable to open")));
    checkOneLine(receive);

    REQUIRE(cli.exec(QStringLiteral("chmod"), {QStringLiteral("0700"), cli.dataDir()}).exitCode == 0);
    REQUIRE(cli.exec(QStringLiteral("chmod"),
                     {QStringLiteral("0600"), QDir(cli.dataDir()).filePath(QStringLiteral("motcua.db"))})
                .exitCode == 0);
    if (root)
        REQUIRE(
            cli.exec(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("0:0"), cli.dataDir()}).exitCode ==
            0);
    CHECK(cli.dbHash() == before);
}

TEST_CASE("backup --to inside the store's folder and restore into a non-empty folder are refused", "[cli][backup]")
{
    Cli cli;
    cli.init();
    const Run inside = cli(
        {QStringLiteral("backup"), QStringLiteral("--to"), QDir(cli.dataDir()).filePath(QStringLiteral("backups"))});
    CHECK(inside.exitCode == 2);
    checkOneLine(inside);
    CHECK_FALSE(QFileInfo::exists(QDir(cli.dataDir()).filePath(QStringLiteral("backups"))));

    QTemporaryDir usb;
    const Run made = cli({QStringLiteral("backup"), QStringLiteral("--to"), usb.path(), QStringLiteral("--json")});
    REQUIRE(made.exitCode == 0);
    const QString file = made.json().value(QStringLiteral("path")).toString();
    QTemporaryDir target;
    {
        QFile note(target.filePath(QStringLiteral("ghi-chu.txt")));
        REQUIRE(note.open(QIODevice::WriteOnly));
        note.write("giữ lại");
    }
    const Run restore =
        cli({QStringLiteral("--data-dir"), target.path(), QStringLiteral("restore"), QStringLiteral("--from"), file});
    CHECK(restore.exitCode == 2);
    checkOneLine(restore);
    CHECK_FALSE(QFileInfo::exists(target.filePath(QStringLiteral("motcua.db"))));
    CHECK(QDir(target.path()).entryList(QDir::Files) == QStringList{QStringLiteral("ghi-chu.txt")});
}

TEST_CASE("backup inspect of a tampered file says why on stderr", "[cli][backup]")
{
    Cli cli;
    cli.init();
    REQUIRE(cli(receiveArgs(QStringLiteral("Kiều Thị Ngọc"))).exitCode == 0);
    QTemporaryDir usb;
    const Run made = cli({QStringLiteral("backup"), QStringLiteral("--to"), usb.path(), QStringLiteral("--json")});
    REQUIRE(made.exitCode == 0);
    const QString file = made.json().value(QStringLiteral("path")).toString();
    const Run edit = cli.exec(QStringLiteral("sqlite3"),
                              {file, QStringLiteral("UPDATE events SET payload = replace(payload, 'Kiều', 'Kieu');")});
    REQUIRE(edit.exitCode == 0);
    const Run r = cli({QStringLiteral("backup"), QStringLiteral("inspect"), file});
    CHECK(r.exitCode == 1);
    checkOneLine(r);
    CHECK(r.err.contains(QStringLiteral("does not verify")));
}
