// Sync with real processes killed at bad moments: the motcua-province server killed mid-push, the motcua-cli
// client killed mid-batch, and two server processes over one PostgreSQL database.
#include "core/attachments/attachmentservice.h"
#include "core/services/bundleservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/sync/net/syncclient.h"
#include "core/sync/net/syncservice.h"
#include "core/sync/net/tokenvault.h"
#include "tests/net/province.h"
#include "tests/support/manyevents.h"
#include "tests/support/tempstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>

#include <unistd.h>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> std::string why(const Result<T> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}

QProcessEnvironment cliEnv(const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), kAdminPassword);
    env.insert(QStringLiteral("MOTCUA_DATA_DIR"), dataDir);
    return env;
}

int cliSync(const QString &dataDir, QByteArray *out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(cliEnv(dataDir));
    p.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--json")});
    REQUIRE(p.waitForFinished(300000));
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

// Starts `motcua-cli sync` on the counter once per delay and kills it (SIGKILL) that many milliseconds later if it is
// still running; how many were killed comes back.
int killSyncsAt(const QString &dataDir, const QList<int> &delays)
{
    int killed = 0;
    for (int delay : delays) {
        QProcess client;
        client.setProcessEnvironment(cliEnv(dataDir));
        client.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("sync")});
        REQUIRE(client.waitForStarted());
        QThread::msleep(delay);
        if (client.state() == QProcess::Running) {
            ::kill(pid_t(client.processId()), SIGKILL);
            ++killed;
        }
        client.waitForFinished();
    }
    return killed;
}

// A one-time enrolment code for commune 00004 from the server's own command.
QString enrolmentCode(ProvinceProcess &server)
{
    return QString::fromUtf8(
        server.command({QStringLiteral("enroll-code"), QStringLiteral("--commune"), QStringLiteral("00004")}));
}

qint64 provinceEvents(ProvinceProcess &server)
{
    return QJsonDocument::fromJson(server.command({QStringLiteral("stats"), QStringLiteral("--json")}))
        .object()
        .value(u"events")
        .toInteger();
}

struct Pc
{
    TempStore t;
    QString dataDir() const { return t.store->dataDir(); }
    // A second counter of this commune, joined from this one's bundle, its store in `dir`.
    BundleService::Joined joinAnother(const QTemporaryDir &dir)
    {
        const QString bundle = dir.filePath(QStringLiteral("a.bundle"));
        REQUIRE(BundleService(*t.store).exportTo(t.admin, bundle).has_value());
        auto joined =
            BundleService::join(bundle, dir.filePath(QStringLiteral("data")), QStringLiteral("admin"), kAdminPassword);
        INFO(why(joined));
        REQUIRE(joined.has_value());
        return std::move(*joined);
    }
    void enrol(const QString &url, const QString &code)
    {
        auto r = SyncService(*t.store).enrol(t.admin, url, code);
        INFO(why(r));
        REQUIRE(r.has_value());
    }
    qint64 events()
    {
        auto n = t.store->log().count();
        REQUIRE(n.has_value());
        return *n;
    }
};
} // namespace

TEST_CASE("The province server killed mid-push and started again: nothing lost, nothing stored twice")
{
    QTemporaryDir dir;
    // A slow link (each request 20 ms late), so that the push of the backlog lasts a while.
    ProvinceProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("province.db")),
                           QStringLiteral("delay=20"));
    Pc pc;
    pc.enrol(server.url(), enrolmentCode(server));
    addManyDossiers(*pc.t.store, pc.t.admin.userId, 10000); // 40,000 events waiting
    QProcess client;
    client.setProcessEnvironment(cliEnv(pc.dataDir()));
    client.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--json")});
    REQUIRE(client.waitForStarted());
    // Killed once the first batches are in: in the middle of the push, whatever this machine's speed.
    QElapsedTimer waited;
    waited.start();
    while (provinceEvents(server) == 0 && waited.elapsed() < 60000)
        QThread::msleep(20);
    server.kill();
    REQUIRE(client.waitForFinished(120000));
    const int killedRun = client.exitCode();
    INFO(client.readAllStandardError().toStdString());
    // A passing fault (exit 1), never bad input.
    CHECK(killedRun == 1);
    const qint64 partial = provinceEvents(server);
    CHECK(partial > 0);
    CHECK(partial < pc.events());
    server.start();
    QByteArray out;
    REQUIRE(cliSync(pc.dataDir(), &out) == 0);
    INFO(out.toStdString());
    CHECK(provinceEvents(server) == pc.events());
    auto st = SyncService(*pc.t.store).status();
    REQUIRE(st.has_value());
    CHECK(st->pending == 0);
}

TEST_CASE("The counter killed mid-batch again and again: the province ends with every event once")
{
    QTemporaryDir dir;
    ProvinceProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("province.db")));
    Pc pc;
    pc.enrol(server.url(), enrolmentCode(server));
    addManyDossiers(*pc.t.store, pc.t.admin.userId, 6000);
    const int killed = killSyncsAt(pc.dataDir(), {150, 260, 90, 400, 330, 200});
    CHECK(killed > 0);
    QByteArray out;
    REQUIRE(cliSync(pc.dataDir(), &out) == 0);
    INFO(out.toStdString() << " after " << killed << " kills");
    CHECK(provinceEvents(server) == pc.events());
    CHECK(QJsonDocument::fromJson(out).object().value(u"pending").toInteger() == 0);
}

TEST_CASE("Two motcua-province processes over one PostgreSQL database: no event lost or doubled, no cursor skips one")
{
    PgCluster &pg = pgCluster();
    if (pg.url().isEmpty()) {
        WARN("SKIPPED: PostgreSQL could not start here: " << pg.why().toStdString());
        return;
    }
    const QString db = pg.createDatabase(QStringLiteral("twoservers"));
    ProvinceProcess one(db);
    ProvinceProcess two(db);
    Pc a;
    // B joins A's commune from a bundle, then each syncs through its own server process.
    QTemporaryDir bDir;
    auto joined = a.joinAnother(bDir);
    std::unique_ptr<Store> b = std::move(joined.store);
    a.enrol(one.url(), enrolmentCode(one));
    REQUIRE(SyncService(*b).enrol(joined.admin, two.url(), enrolmentCode(two)).has_value());
    // Both push backlogs at the same time, through different processes, while pulling each other's.
    addManyDossiers(*a.t.store, a.t.admin.userId, 3000);
    addManyDossiers(*b, joined.admin.userId, 3000, 500000);
    for (int round = 0; round < 3; ++round) {
        QProcess pa, pb;
        pa.setProcessEnvironment(cliEnv(a.dataDir()));
        pb.setProcessEnvironment(cliEnv(b->dataDir()));
        pa.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("sync")});
        pb.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("sync")});
        REQUIRE(pa.waitForFinished(300000));
        REQUIRE(pb.waitForFinished(300000));
        INFO(pa.readAllStandardError().toStdString() << pb.readAllStandardError().toStdString());
        REQUIRE(pa.exitCode() == 0);
        REQUIRE(pb.exitCode() == 0);
    }
    REQUIRE(cliSync(a.dataDir()) == 0);
    REQUIRE(cliSync(b->dataDir()) == 0);
    auto ca = a.t.store->exportCanonical();
    auto cb = b->exportCanonical();
    REQUIRE(ca.has_value());
    REQUIRE(cb.has_value());
    CHECK(*ca == *cb);
    CHECK(provinceEvents(one) == a.events());
    CHECK(provinceEvents(two) == a.events());

    // The blocks of official serials the two processes gave out while both counters synced at once never overlap:
    // the dossiers both receive offline now get official codes, none twice.
    static const QStringList names{QStringLiteral("Nguyễn Thị Thu"), QStringLiteral("Trần Văn Hải"),
                                   QStringLiteral("Lê Thị Ngọc"), QStringLiteral("Phạm Văn Toàn")};
    QSet<QString> codes;
    for (int i = 0; i < 20; ++i) {
        for (auto [store, actor] : {std::pair{a.t.store.get(), a.t.admin}, std::pair{b.get(), joined.admin}}) {
            ReceiveRequest r;
            r.procedureCode = QStringLiteral("1.001193");
            r.applicantName = names.at(i % names.size());
            auto d = DossierService(*store).receive(actor, r);
            INFO(why(d));
            REQUIRE(d.has_value());
            CHECK_FALSE(d->codeProvisional);
            codes.insert(d->code);
        }
    }
    CHECK(codes.size() == 40);
    REQUIRE(cliSync(a.dataDir()) == 0);
    REQUIRE(cliSync(b->dataDir()) == 0);
    REQUIRE(cliSync(a.dataDir()) == 0);
    CHECK(*a.t.store->exportCanonical() == *b->exportCanonical());
}

namespace
{
struct Ran
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Ran province(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MOTCUA_PROVINCE_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

TEST_CASE("The province starts from the 588 commune procedures, edits them and publishes, and every counter takes "
          "the published version")
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("p.db"));
    // init publishes the built-in catalog once; a second init changes nothing.
    Ran init = province({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--json")});
    INFO(init.err.toStdString());
    REQUIRE(init.exit == 0);
    QJsonObject o = QJsonDocument::fromJson(init.out).object();
    CHECK(o.value(u"published").toBool());
    CHECK(o.value(u"procedures").toInteger() == 588);
    CHECK(o.value(u"catalog_version").toInteger() == 1);
    init = province({QStringLiteral("--db"), db, QStringLiteral("init")});
    REQUIRE(init.exit == 0);
    CHECK(init.out.trimmed() == "catalog version 1 was published before: unchanged");

    ProvinceProcess server(db);
    Pc a;
    a.enrol(server.url(), enrolmentCode(server));
    CatalogService catalog(*a.t.store);
    CHECK(*catalog.count() == 147); // what the counter ships
    REQUIRE(cliSync(a.dataDir()) == 0);
    CHECK(*catalog.count() == 588);
    // A procedure the counter did not ship, with its papers and time limit as the portal gives them.
    auto road = catalog.find(QStringLiteral("1.000314"));
    REQUIRE(road.has_value());
    CHECK(road->name == QStringLiteral("Chấp thuận vị trí đấu nối tạm vào đường bộ đang khai thác"));
    CHECK(road->field == QStringLiteral("Đường bộ"));
    CHECK(road->timeLimit == 7);
    CHECK(road->timeUnit == TimeUnit::WorkingDays);
    // One whose name the source lost stays unnamed, its gap said, not filled in.
    auto lost = catalog.find(QStringLiteral("2.001428"));
    REQUIRE(lost.has_value());
    CHECK_FALSE(lost->nameKnown);
    CHECK_FALSE(lost->issues.isEmpty());

    // The province exports the published catalog, sets the time limit of one procedure, and publishes version 2.
    const QString file = dir.filePath(QStringLiteral("catalog.json"));
    REQUIRE(server.command({QStringLiteral("export-catalog"), file}).startsWith("exported catalog version 1"));
    QJsonObject edited;
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        edited = QJsonDocument::fromJson(f.readAll()).object();
    }
    QJsonArray procedures = edited.value(u"procedures").toArray();
    REQUIRE(procedures.size() == 588);
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        QJsonObject p = procedures.at(i).toObject();
        if (p.value(u"code").toString() == u"1.000314") {
            p.insert(QStringLiteral("time_limit"), 5);
            procedures.replace(i, p);
        }
    }
    edited.insert(QStringLiteral("procedures"), procedures);
    const auto write = [&](const QJsonObject &content) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(content).toJson());
    };
    write(edited);
    CHECK(server.command({QStringLiteral("publish-catalog"), file}) == "published catalog version 2 (588 procedures)");
    QByteArray synced;
    REQUIRE(cliSync(a.dataDir(), &synced) == 0);
    CHECK(catalog.find(QStringLiteral("1.000314"))->timeLimit == 5);
    CHECK(*catalog.count() == 588);

    // An edit that breaks the catalog is refused with the procedure named, and nothing is published.
    procedures.append(procedures.first());
    edited.insert(QStringLiteral("procedures"), procedures);
    write(edited);
    const Ran twice = province({QStringLiteral("--db"), db, QStringLiteral("publish-catalog"), file});
    CHECK(twice.exit == 2);
    CHECK(twice.err.contains("comes twice"));
    procedures.removeLast();
    QJsonObject noName = procedures.at(3).toObject();
    noName.insert(QStringLiteral("name"), QStringLiteral(" "));
    procedures.replace(3, noName);
    edited.insert(QStringLiteral("procedures"), procedures);
    write(edited);
    const Ran unnamed = province({QStringLiteral("--db"), db, QStringLiteral("publish-catalog"), file});
    CHECK(unnamed.exit == 2);
    CHECK(unnamed.err.contains("procedure 4 ("));
    CHECK(server.command({QStringLiteral("export-catalog"), file}).startsWith("exported catalog version 2"));

    // A file that no longer lists a procedure (every counter would withdraw it) is published only with --withdraw.
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        edited = QJsonDocument::fromJson(f.readAll()).object();
    }
    procedures = edited.value(u"procedures").toArray();
    const QString dropped = procedures.last().toObject().value(u"code").toString();
    procedures.removeLast();
    edited.insert(QStringLiteral("procedures"), procedures);
    write(edited);
    const Ran partial = province({QStringLiteral("--db"), db, QStringLiteral("publish-catalog"), file});
    CHECK(partial.exit == 2);
    CHECK(partial.err.contains(dropped.toUtf8()));
    CHECK(partial.err.contains("--withdraw"));
    CHECK(server.command({QStringLiteral("publish-catalog"), file, QStringLiteral("--withdraw")}) ==
          "published catalog version 3 (587 procedures)");
    REQUIRE(cliSync(a.dataDir()) == 0);
    CHECK(*catalog.count() == 587);
    CHECK_FALSE(catalog.find(dropped).has_value());
}

TEST_CASE("motcua-province refuses bad usage and bad input with exit 2 and one line, and changes nothing")
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("p.db"));
    const QString notJson = dir.filePath(QStringLiteral("holidays.json"));
    {
        QFile f(notJson);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"year\": 2027,");
    }
    // JSON, but not what may be published.
    const QString badYear = dir.filePath(QStringLiteral("year.json"));
    const QString noProcedures = dir.filePath(QStringLiteral("empty.json"));
    for (const auto &[path, text] : {std::pair{badYear, QByteArray(R"({"year":"never"})")},
                                     std::pair{noProcedures, QByteArray(R"({"source":"tỉnh","procedures":[]})")}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const QList<QStringList> cases{
        {},
        {QStringLiteral("stats")},
        {QStringLiteral("--db"), db},
        {QStringLiteral("--db"), db, QStringLiteral("dance")},
        {QStringLiteral("--db"), QStringLiteral("mysql://x"), QStringLiteral("stats")},
        {QStringLiteral("--db"), QStringLiteral("sqlite:"), QStringLiteral("stats")},
        {QStringLiteral("--db"), db, QStringLiteral("enroll-code"), QStringLiteral("--commune"), QStringLiteral("4")},
        {QStringLiteral("--db"), db, QStringLiteral("enroll-code"), QStringLiteral("--commune"),
         QStringLiteral("00004"), QStringLiteral("--days"), QStringLiteral("9999")},
        {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("99999")},
        {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("8080"),
         QStringLiteral("--faults"), QStringLiteral("explode=1")},
        {QStringLiteral("--db"), db, QStringLiteral("publish-holidays"), notJson},
        {QStringLiteral("--db"), db, QStringLiteral("publish-catalog"), dir.filePath(QStringLiteral("none.json"))},
        {QStringLiteral("--db"), db, QStringLiteral("publish-holidays"), badYear},
        {QStringLiteral("--db"), db, QStringLiteral("publish-catalog"), noProcedures},
        {QStringLiteral("--db"), db, QStringLiteral("publish-catalog"), badYear},
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--catalog"), noProcedures},
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("--db"), db, QStringLiteral("export-catalog"), dir.filePath(QStringLiteral("out.json"))},
        {QStringLiteral("--db"), db, QStringLiteral("set-unit-code"), QStringLiteral("--commune"),
         QStringLiteral("00004"), QStringLiteral("H15 50; DROP")},
        {QStringLiteral("--db"), db, QStringLiteral("revoke-device"),
         QStringLiteral("01a23180-0000-7000-8000-000000000000")},
        {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--verbose")},
    };
    for (const QStringList &args : cases) {
        INFO(args.join(u' ').toStdString());
        QProcess p;
        p.start(QStringLiteral(MOTCUA_PROVINCE_PATH), args);
        REQUIRE(p.waitForFinished(30000));
        CHECK(p.exitCode() == 2);
        const QByteArray err = p.readAllStandardError();
        CHECK(err.startsWith("motcua-province: "));
        CHECK(err.split('\n').first().size() <= 420);
    }
    // Nothing was published or issued by any of it.
    QProcess stats;
    stats.start(QStringLiteral(MOTCUA_PROVINCE_PATH),
                {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.waitForFinished(30000));
    const QJsonObject s = QJsonDocument::fromJson(stats.readAllStandardOutput()).object();
    CHECK(s.value(u"published").toInteger() == 0);
    CHECK(s.value(u"open_codes").toInteger() == 0);
}

namespace
{
// A desktop session's keychain of its own: a private session bus and GNOME's keyring daemon on it, unlocked, with a
// home folder of the test's. Stopped when it goes out of scope.
class DesktopKeychain
{
public:
    DesktopKeychain()
    {
        const QString bus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (bus.isEmpty() || keyring.isEmpty()) {
            m_why = QStringLiteral("dbus-daemon or gnome-keyring-daemon is not installed (scripts/install-deps.sh "
                                   "--test brings them)");
            return;
        }
        m_bus.start(bus, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                          QStringLiteral("--address=unix:path=") + m_home.filePath(QStringLiteral("bus")),
                          QStringLiteral("--print-address=1")});
        if (!m_bus.waitForReadyRead(10000)) {
            m_why = QStringLiteral("the session bus did not start");
            return;
        }
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        m_keyring.setProcessEnvironment(env(QProcessEnvironment::systemEnvironment()));
        m_keyring.start(keyring, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                  QStringLiteral("--components=secrets")});
        m_keyring.write("motcua-test-keyring");
        m_keyring.closeWriteChannel();
        // It says where its control socket is once it serves.
        QByteArray said;
        for (int i = 0; i < 100 && !said.contains("GNOME_KEYRING_CONTROL"); ++i) {
            m_keyring.waitForReadyRead(100);
            said += m_keyring.readAllStandardOutput();
        }
        if (!said.contains("GNOME_KEYRING_CONTROL"))
            m_why = QStringLiteral("gnome-keyring-daemon did not start: ") +
                    QString::fromUtf8(said + m_keyring.readAllStandardError()).left(200);
    }
    ~DesktopKeychain()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }
    QString why() const { return m_why; }
    QString home() const { return m_home.path(); }
    // `base` inside this desktop session.
    QProcessEnvironment env(QProcessEnvironment base) const
    {
        base.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        base.insert(QStringLiteral("HOME"), m_home.path());
        base.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
        base.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        base.remove(QStringLiteral("MOTCUA_TOKEN_STORE"));
        return base;
    }

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_why;
};

int cli(const QProcessEnvironment &env, const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOTCUA_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}
} // namespace

TEST_CASE("The device token goes in the desktop's keychain where there is one, else in a user-only file")
{
    QTemporaryDir dir;
    ProvinceProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("province.db")));
    const auto code = [&] { return enrolmentCode(server); };
    const QStringList enrolArgs = [&] {
        return QStringList{
            QStringLiteral("enroll"), QStringLiteral("--server"), server.url(), QStringLiteral("--code"), code(),
            QStringLiteral("--json")};
    }();
    QByteArray out;
    SECTION("no session bus (a cron job, a server): the file, readable by its owner only")
    {
        Pc pc;
        QProcessEnvironment env = cliEnv(pc.dataDir());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        REQUIRE(cli(env, enrolArgs, &out) == 0);
        INFO(out.toStdString());
        CHECK(QJsonDocument::fromJson(out).object().value(u"token").toString() == QStringLiteral("file"));
        QFile f(QDir(pc.dataDir()).filePath(QLatin1String(SyncService::kTokenFile)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().trimmed().size() == 64);
        CHECK(f.permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        REQUIRE(cli(env, {QStringLiteral("sync"), QStringLiteral("--json")}, &out) == 0);
    }
    SECTION("a desktop session with a keychain: the token is there and nowhere on disk beside the store")
    {
        DesktopKeychain desktop;
        if (!desktop.why().isEmpty()) {
            WARN("This part not run: no desktop keychain here: " << desktop.why().toStdString());
            return;
        }
        Pc pc;
        const QProcessEnvironment env = desktop.env(cliEnv(pc.dataDir()));
        REQUIRE(cli(env, enrolArgs, &out) == 0);
        INFO(out.toStdString());
        CHECK(QJsonDocument::fromJson(out).object().value(u"token").toString() == QStringLiteral("keychain"));
        QFile f(QDir(pc.dataDir()).filePath(QLatin1String(SyncService::kTokenFile)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().trimmed() == QByteArray(Sync::TokenVault::kKeychainMark));
        // Another process of the same session reads it from the keychain: the sync goes through.
        addManyDossiers(*pc.t.store, pc.t.admin.userId, 5);
        REQUIRE(cli(env, {QStringLiteral("sync"), QStringLiteral("--json")}, &out) == 0);
        CHECK(QJsonDocument::fromJson(out).object().value(u"pending").toInteger() == 0);
        CHECK(provinceEvents(server) == pc.events());
        // The same counter from a cron job, outside the session: refused with what to do, nothing sent.
        QProcessEnvironment cron = cliEnv(pc.dataDir());
        cron.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        cron.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        addManyDossiers(*pc.t.store, pc.t.admin.userId, 1);
        const qint64 before = provinceEvents(server);
        CHECK(cli(cron, {QStringLiteral("sync"), QStringLiteral("--json")}, &out) != 0);
        CHECK(out.contains("keychain"));
        CHECK(out.contains("MOTCUA_TOKEN_STORE=file"));
        CHECK(provinceEvents(server) == before);
        // MOTCUA_TOKEN_STORE=file: enrolled again, the token goes to the file even in the session.
        QProcessEnvironment inFile = env;
        inFile.insert(QStringLiteral("MOTCUA_TOKEN_STORE"), QStringLiteral("file"));
        QStringList again = enrolArgs;
        again[4] = code();
        REQUIRE(cli(inFile, again, &out) == 0);
        CHECK(QJsonDocument::fromJson(out).object().value(u"token").toString() == QStringLiteral("file"));
        REQUIRE(cli(cron, {QStringLiteral("sync"), QStringLiteral("--json")}, &out) == 0);
    }
}

namespace
{
// A small filesystem of its own for the province's database (tmpfs; needs root), unmounted when it goes.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("mounting a small filesystem needs root");
            return;
        }
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            m_why = QStringLiteral("mount -t tmpfs refused: ") + QString::fromUtf8(p.readAllStandardError()).trimmed();
        else
            m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    QString why() const { return m_why; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Remounts with other options ("size=256m").
    bool remount(const QString &options)
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,") + options, m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};
} // namespace

TEST_CASE("The province's disk full: the counter keeps its events and they arrive once there is room")
{
    // (A disk made read-only under a running server cannot be had here: Linux refuses to remount a filesystem
    // read-only while SQLite holds its files open for writing. The server answers both alike: 503, try later.)
    SmallDisk disk(QStringLiteral("5m"));
    if (!disk.why().isEmpty()) {
        WARN("SKIPPED: " << disk.why().toStdString());
        return;
    }
    ProvinceProcess server(QStringLiteral("sqlite:") + disk.path(QStringLiteral("province.db")));
    Pc pc;
    pc.enrol(server.url(), enrolmentCode(server));
    addManyDossiers(*pc.t.store, pc.t.admin.userId, 3000); // 12,000 events: far more than 3 MB at the province
    QByteArray out;
    // Full: the sync fails as a passing fault (exit 1, "unavailable"), the server stays up, and what it holds is
    // exactly what it acknowledged.
    CHECK(cliSync(pc.dataDir(), &out) == 1);
    INFO(out.toStdString());
    CHECK(out.contains("disk is full or read-only"));
    const qint64 held = provinceEvents(server);
    CHECK(held < pc.events());
    auto st = SyncService(*pc.t.store).status();
    REQUIRE(st.has_value());
    CHECK(st->acknowledged == held);
    CHECK(st->pending == pc.events() - held);
    CHECK_FALSE(st->parked); // a passing fault: retried, not waiting for a person
    // Room again: everything arrives, once.
    REQUIRE(disk.remount(QStringLiteral("size=256m")));
    REQUIRE(cliSync(pc.dataDir(), &out) == 0);
    CHECK(provinceEvents(server) == pc.events());
    auto after = SyncService(*pc.t.store).status();
    REQUIRE(after.has_value());
    CHECK(after->pending == 0);
}

TEST_CASE("Counters killed while files go up and come down: every file arrives whole and the retry finishes")
{
    QTemporaryDir dir;
    // A slow link: every request waits 40 ms, so the kills land among the files' requests.
    ProvinceProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("province.db")),
                           QStringLiteral("delay=40"));
    const auto code = [&] { return enrolmentCode(server); };
    Pc a;
    // Counter b of the same commune, joined from a's bundle.
    QTemporaryDir bDir;
    auto joined = a.joinAnother(bDir);
    a.enrol(server.url(), code());
    REQUIRE(SyncService(*joined.store).enrol(joined.admin, server.url(), code()).has_value());
    const QString bData = joined.store->dataDir();

    // Six scans of a few megabytes on counter a, each on a dossier of its own.
    QList<std::pair<QString, QByteArray>> scans;
    for (int i = 0; i < 6; ++i) {
        ReceiveRequest r;
        r.procedureCode = QStringLiteral("1.001193");
        r.applicantName = QStringLiteral("Nguyễn Thị Lan");
        auto d = DossierService(*a.t.store).receive(a.t.admin, r);
        REQUIRE(d.has_value());
        QByteArray bytes = "%PDF-1.4\n" + QByteArray(2 * 1024 * 1024 + i * 4096, char('a' + i)) + "\n%%EOF\n";
        const QString path = dir.filePath(QStringLiteral("scan-%1.pdf").arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        f.close();
        auto att = AttachmentService(*a.t.store).attach(a.t.admin, QStringLiteral("dossier"), d->id, path);
        INFO(why(att));
        REQUIRE(att.has_value());
        scans.append({att->sha256, bytes});
    }
    // Up: a killed again and again while it HEADs and PUTs its files, then left to finish.
    const int killedUp = killSyncsAt(a.dataDir(), {70, 150, 230, 310, 120});
    QByteArray out;
    REQUIRE(cliSync(a.dataDir(), &out) == 0);
    INFO(out.toStdString() << " after " << killedUp << " kills going up");
    CHECK(killedUp > 0);
    CHECK(provinceEvents(server) == a.events());
    QFile tokenFile(QDir(a.dataDir()).filePath(QLatin1String(SyncService::kTokenFile)));
    REQUIRE(tokenFile.open(QIODevice::ReadOnly));
    Sync::Client asA({server.url(), QString::fromLatin1(tokenFile.readAll()).trimmed(), {}, 30000});
    for (const auto &[sha, bytes] : std::as_const(scans)) {
        auto held = asA.getBlob(sha); // checked against its name by the client
        INFO(why(held));
        REQUIRE(held.has_value());
        CHECK((*held == bytes));
    }
    // Down: b killed while it fetches them, then left to finish: each file whole, nothing else in the folder.
    const int killedDown = killSyncsAt(bData, {100, 200, 300, 150, 250});
    REQUIRE(cliSync(bData, &out) == 0);
    INFO(out.toStdString() << " after " << killedDown << " kills coming down");
    CHECK(killedDown > 0);
    QStringList stray;
    QDirIterator it(AttachmentService::blobsDir(bData), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f(it.next());
        if (!std::any_of(scans.cbegin(), scans.cend(), [&](const auto &s) { return s.first == f.fileName(); }))
            stray.append(f.fileName());
    }
    CHECK(stray.isEmpty());
    for (const auto &[sha, bytes] : std::as_const(scans)) {
        QFile f(AttachmentService::blobFile(bData, sha));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK((f.readAll() == bytes));
    }
}

TEST_CASE("motcua-cli enroll and sync exit 2 for what the person must put right, 1 for any other failure")
{
    QTemporaryDir dir;
    ProvinceProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("province.db")));
    Pc pc;
    const QProcessEnvironment env = cliEnv(pc.dataDir());
    QByteArray out;
    const auto oneLine = [&] {
        INFO(out.toStdString());
        CHECK(out.trimmed().count('\n') == 0);
        CHECK(out.startsWith("motcua-cli: "));
    };
    // Not enrolled yet: sync and reconcile say so, bad usage.
    CHECK(cli(env, {QStringLiteral("sync")}, &out) == 2);
    CHECK(out.contains("enroll"));
    oneLine();
    CHECK(cli(env, {QStringLiteral("sync"), QStringLiteral("reconcile")}, &out) == 2);
    // What was typed is wrong: the address, the code (its form, or one the province never issued).
    const auto enrol = [&](const QString &url, const QString &code) {
        return cli(env, {QStringLiteral("enroll"), QStringLiteral("--server"), url, QStringLiteral("--code"), code},
                   &out);
    };
    CHECK(enrol(QStringLiteral("ftp://tinh.gov.vn"), enrolmentCode(server)) == 2);
    oneLine();
    CHECK(enrol(server.url(), QStringLiteral("ABCD-EFGH-JKLM")) == 2);
    CHECK(out.contains("not one the province issued"));
    oneLine();
    // A server that does not answer: not the person's input, exit 1.
    CHECK(enrol(QStringLiteral("http://127.0.0.1:%1").arg(freePort()), enrolmentCode(server)) == 1);
    oneLine();
    // Enrolled; the same code a second time is used up (bad input again).
    const QString code = enrolmentCode(server);
    REQUIRE(enrol(server.url(), code) == 0);
    CHECK(enrol(server.url(), code) == 2);
    CHECK(out.contains("used already"));
    // Events waiting: the days differ from the province's until a sync, which the exit code of reconcile says.
    CHECK(cli(env, {QStringLiteral("sync"), QStringLiteral("reconcile")}, &out) == 1);
    REQUIRE(cli(env, {QStringLiteral("sync"), QStringLiteral("--json")}, &out) == 0);
    // As CLI.md writes it, in that order: {"pushed":N,"pulled":M,"pending":0,...}.
    static const QRegularExpression shape(QStringLiteral("^\\{\"pushed\":[1-9][0-9]*,\"pulled\":0,\"pending\":0,"));
    CHECK(shape.match(QString::fromUtf8(out)).hasMatch());
    CHECK(QJsonDocument::fromJson(out).object().value(u"pending").toInteger() == 0);
    CHECK(cli(env, {QStringLiteral("sync"), QStringLiteral("reconcile")}, &out) == 0);
    // The line is down: 1, nothing parked.
    server.kill();
    ReceiveRequest lan;
    lan.procedureCode = QStringLiteral("1.001193");
    lan.applicantName = QStringLiteral("Vũ Thị Lan");
    REQUIRE(DossierService(*pc.t.store).receive(pc.t.admin, lan).has_value());
    CHECK(cli(env, {QStringLiteral("sync")}, &out) == 1);
    oneLine();
    CHECK_FALSE(SyncService(*pc.t.store).status()->parked);
    // The province revokes the counter: a refusal of a right command, 1, and parked until a person looks.
    server.start();
    REQUIRE(server.command({QStringLiteral("revoke-device"), pc.t.store->deviceId()}).startsWith("revoked"));
    CHECK(cli(env, {QStringLiteral("sync")}, &out) == 1);
    CHECK(out.contains("token_revoked"));
    oneLine();
    CHECK(SyncService(*pc.t.store).status()->parked);
}
