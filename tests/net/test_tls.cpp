// The client through nginx over HTTPS, with a throwaway certificate authority on loopback: verification is on, and
// a certificate of another authority, for another name, or expired is refused with a clear error.
#include "core/sync/net/syncservice.h"
#include "tests/net/province.h"
#include "tests/support/tempstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
int run(const QString &program, const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAll().toStdString());
    CHECK(p.exitCode() == 0);
    return p.exitCode();
}

// A certificate authority and server certificates made with openssl, in `dir`.
struct Pki
{
    QString dir;
    void write(const QString &name, const QByteArray &text)
    {
        QFile f(QDir(dir).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    void authority(const QString &name)
    {
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
             name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
             QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            dir);
    }
    // A server certificate for `dnsName`, signed by `ca`, valid from `start` to `end` (openssl ca's YYMMDDHHMMSSZ).
    void server(const QString &name, const QString &ca, const QString &dnsName, const QString &start,
                const QString &end)
    {
        write(QStringLiteral("index-%1.txt").arg(name), {});
        write(QStringLiteral("ca-%1.cnf").arg(name),
              QStringLiteral("[ca]\ndefault_ca = d\n[d]\ndir = .\ndatabase = index-%1.txt\nnew_certs_dir = .\n"
                             "serial = serial-%1\ndefault_md = sha256\npolicy = p\ncopy_extensions = none\n"
                             "x509_extensions = ext\n[p]\ncommonName = supplied\n[ext]\n"
                             "subjectAltName = DNS:%2\nbasicConstraints = CA:FALSE\n"
                             "extendedKeyUsage = serverAuth\n")
                  .arg(name, dnsName)
                  .toUtf8());
        write(QStringLiteral("serial-%1").arg(name), "1000\n");
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
             name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + dnsName},
            dir);
        run(QStringLiteral("openssl"),
            {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
             QStringLiteral("ca-%1.cnf").arg(name), QStringLiteral("-cert"), ca + QStringLiteral(".pem"),
             QStringLiteral("-keyfile"), ca + QStringLiteral(".key"), QStringLiteral("-in"),
             name + QStringLiteral(".csr"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
             QStringLiteral("-startdate"), start, QStringLiteral("-enddate"), end, QStringLiteral("-notext")},
            dir);
    }
};

// nginx terminating TLS on `port` with a certificate, in front of the server on `backend`.
class Nginx
{
public:
    Nginx(const QString &dir, int port, int backend, const QString &cert, const QString &key)
    {
        const QString conf = QDir(dir).filePath(QStringLiteral("nginx-%1.conf").arg(port));
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString user = ::geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
        f.write(QStringLiteral("%1daemon off;\nworker_processes 1;\npid %2/nginx-%3.pid;\nerror_log %2/nginx-%3.log;\n"
                               "events { worker_connections 64; }\n"
                               "http {\n access_log off;\n client_body_temp_path %2/body-%3;\n"
                               " proxy_temp_path %2/proxy-%3;\n fastcgi_temp_path %2/fcgi-%3;\n"
                               " uwsgi_temp_path %2/uwsgi-%3;\n scgi_temp_path %2/scgi-%3;\n"
                               " server {\n  listen 127.0.0.1:%3 ssl;\n  server_name localhost;\n"
                               "  ssl_certificate %4;\n  ssl_certificate_key %5;\n  client_max_body_size 80m;\n"
                               "  location /v1/ {\n   proxy_pass http://127.0.0.1:%6;\n   proxy_http_version 1.1;\n"
                               "   proxy_set_header Connection \"\";\n   proxy_set_header Host $host;\n  }\n }\n}\n")
                    .arg(user, dir)
                    .arg(port)
                    .arg(cert, key)
                    .arg(backend)
                    .toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(m_nginx, {QStringLiteral("-c"), conf, QStringLiteral("-p"), dir, QStringLiteral("-e"),
                                  QDir(dir).filePath(QStringLiteral("nginx-stderr.log"))});
        REQUIRE(m_process.waitForStarted());
        // Ready when the port answers.
        for (int i = 0; i < 100; ++i) {
            QProcess probe;
            probe.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                                    QStringLiteral("127.0.0.1:%1").arg(port)});
            probe.closeWriteChannel();
            probe.waitForFinished(5000);
            if (probe.readAllStandardOutput().contains("BEGIN CERTIFICATE"))
                return;
            QThread::msleep(100);
        }
        FAIL("nginx did not start");
    }
    ~Nginx()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
    static QString binary()
    {
        for (const QString &p :
             {QStringLiteral("/usr/sbin/nginx"), QStandardPaths::findExecutable(QStringLiteral("nginx"))})
            if (!p.isEmpty() && QFileInfo::exists(p))
                return p;
        return {};
    }

private:
    QString m_nginx = binary();
    QProcess m_process;
};

std::string why(const Result<void> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}
} // namespace

TEST_CASE("The client syncs through nginx over HTTPS and refuses a certificate that does not verify")
{
    if (Nginx::binary().isEmpty()) {
        WARN("SKIPPED: nginx is not installed (scripts/install-deps.sh --test brings it)");
        return;
    }
    QTemporaryDir dir;
    Pki pki{dir.path()};
    pki.authority(QStringLiteral("ca"));
    pki.authority(QStringLiteral("other-ca"));
    pki.server(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("localhost"),
               QStringLiteral("250101000000Z"), QStringLiteral("351231000000Z"));
    pki.server(QStringLiteral("expired"), QStringLiteral("ca"), QStringLiteral("localhost"),
               QStringLiteral("250101000000Z"), QStringLiteral("250601000000Z"));
    pki.server(QStringLiteral("stranger"), QStringLiteral("other-ca"), QStringLiteral("localhost"),
               QStringLiteral("250101000000Z"), QStringLiteral("351231000000Z"));
    pki.server(QStringLiteral("misnamed"), QStringLiteral("ca"), QStringLiteral("motcua.example.gov.vn"),
               QStringLiteral("250101000000Z"), QStringLiteral("351231000000Z"));
    const auto file = [&](const QString &name) { return QDir(dir.path()).filePath(name); };

    TestProvince province;
    TempStore counter;
    const QString ca = file(QStringLiteral("ca.pem"));
    const int goodPort = freePort();
    {
        Nginx tls(dir.path(), goodPort, province.server->port(), file(QStringLiteral("good.pem")),
                  file(QStringLiteral("good.key")));
        const QString url = QStringLiteral("https://localhost:%1").arg(goodPort);
        auto enrolled = SyncService(*counter.store).enrol(counter.admin, url, province.code(), ca);
        INFO(why(enrolled));
        REQUIRE(enrolled.has_value());
        auto synced = SyncService(*counter.store).syncNow(counter.admin);
        INFO((synced ? std::string() : synced.error().message.toStdString()));
        REQUIRE(synced.has_value());
        CHECK(synced->pushed > 0);
        CHECK(province.events() == synced->pushed);
        // Without the authority file the system's authorities do not know this one.
        auto unknown = SyncService(*counter.store).enrol(counter.admin, url, province.code());
        REQUIRE_FALSE(unknown.has_value());
        CHECK(unknown.error().field == QStringLiteral("certificate"));
    }
    for (const QString &bad : {QStringLiteral("expired"), QStringLiteral("stranger"), QStringLiteral("misnamed")}) {
        INFO(bad.toStdString());
        const int port = freePort();
        Nginx tls(dir.path(), port, province.server->port(), file(bad + QStringLiteral(".pem")),
                  file(bad + QStringLiteral(".key")));
        TempStore other;
        auto r = SyncService(*other.store)
                     .enrol(other.admin, QStringLiteral("https://localhost:%1").arg(port), province.code(), ca);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("certificate"));
        CHECK(r.error().message.contains(QStringLiteral("certificate")));
        CHECK(r.error().isUserError()); // the CLI exits 2: a person must fix the address or the authority file
    }
}
