#include "tests/net/province.h"

#include <Poco/Net/ServerSocket.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace MotCua::Test
{

namespace
{
QString findPgBin()
{
    for (const QString &dir :
         {QStringLiteral("/usr/lib/postgresql/17/bin"), QStringLiteral("/usr/lib/postgresql/16/bin"),
          QStringLiteral("/usr/lib/postgresql/15/bin")}) {
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

// Runs a PostgreSQL tool, as the postgres user when this process is root (initdb refuses root).
int runPg(const QString &bin, const QString &tool, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = bin + u'/' + tool;
    if (::geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        if (output)
            *output = QStringLiteral("%1 did not finish").arg(tool);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed().right(400);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

int freePort()
{
    Poco::Net::ServerSocket s(Poco::Net::SocketAddress("127.0.0.1", 0));
    return int(s.address().port());
}

PgCluster::PgCluster()
{
    m_bin = findPgBin();
    if (m_bin.isEmpty()) {
        m_why = QStringLiteral("PostgreSQL's initdb is not installed (scripts/install-deps.sh --test brings it)");
        return;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (::geteuid() == 0) {
        // The cluster's folder belongs to postgres; the socket lives in it.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
    }
    QString out;
    if (runPg(m_bin, QStringLiteral("initdb"),
              {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("motcua"),
               QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
               QStringLiteral("--no-sync")},
              &out) != 0) {
        m_why = QStringLiteral("initdb failed: ") + out;
        return;
    }
    m_port = freePort();
    const QString opts = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off -c max_connections=200")
                             .arg(m_dir.path())
                             .arg(m_port);
    if (runPg(m_bin, QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), data, QStringLiteral("-o"), opts, QStringLiteral("-l"),
               m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
              &out) != 0) {
        m_why = QStringLiteral("PostgreSQL did not start: ") + out;
        return;
    }
    m_started = true;
    m_url = QStringLiteral("postgresql://motcua@/postgres?host=%1&port=%2").arg(m_dir.path()).arg(m_port);
}

PgCluster::~PgCluster()
{
    if (m_started)
        runPg(m_bin, QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
               QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PgCluster::createDatabase(const QString &name)
{
    if (m_url.isEmpty())
        return {};
    auto c = MotCua::Province::connectDatabase(m_url);
    REQUIRE(c.has_value());
    REQUIRE((*c)->script(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name).toUtf8()).has_value());
    REQUIRE((*c)->script(QStringLiteral("CREATE DATABASE %1").arg(name).toUtf8()).has_value());
    return QStringLiteral("postgresql://motcua@/%1?host=%2&port=%3").arg(name, m_dir.path()).arg(m_port);
}

PgCluster &pgCluster()
{
    static PgCluster cluster;
    return cluster;
}

TestProvince::TestProvince(const QString &db, const MotCua::Province::FaultPlan &faults)
{
    dbUrl = db.isEmpty() ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("province.db")) : db;
    auto s = MotCua::Province::ProvinceStore::open(dbUrl);
    INFO((s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.has_value());
    store = std::move(*s);
    restart(faults);
}

void TestProvince::restart(const MotCua::Province::FaultPlan &faults)
{
    server.reset();
    MotCua::Province::ProvinceServer::Options o;
    o.port = port;
    o.faults = faults;
    o.threads = 4;
    server = std::make_unique<MotCua::Province::ProvinceServer>(*store, o);
    auto r = server->start();
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.has_value());
    port = server->port();
}

QString TestProvince::code(const QString &commune)
{
    auto c = store->issueEnrolmentCode(commune);
    REQUIRE(c.has_value());
    return *c;
}

qint64 TestProvince::events()
{
    auto s = store->stats();
    REQUIRE(s.has_value());
    return s->events;
}

ProvinceProcess::ProvinceProcess(QString dbUrl, QString faults) : m_db(std::move(dbUrl)), m_faults(std::move(faults))
{
    m_port = freePort();
    start();
}

ProvinceProcess::~ProvinceProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

void ProvinceProcess::start()
{
    QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("serve"), QStringLiteral("--port"),
                     QString::number(m_port)};
    if (!m_faults.isEmpty())
        args << QStringLiteral("--faults") << m_faults;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(MOTCUA_PROVINCE_PATH), args);
    REQUIRE(m_process.waitForStarted());
    // Ready when it says it listens.
    REQUIRE(m_process.waitForReadyRead(15000));
    REQUIRE(m_process.readAll().contains("listening"));
}

void ProvinceProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished();
}

QByteArray ProvinceProcess::command(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MOTCUA_PROVINCE_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput().trimmed();
}

} // namespace MotCua::Test
