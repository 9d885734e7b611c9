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

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

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

// nginx with the site file the project ships (packaging/nginx/motcua-province.conf), inside a main file of the test's:
// TLS on `port` with a certificate, the redirect to it on `plainPort`, the server on `backend` upstream.
class Nginx
{
public:
    Nginx(const QString &dir, int port, int plainPort, int backend, const QString &cert, const QString &key)
    {
        QFile shipped(QStringLiteral(MOTCUA_SOURCE_DIR "/packaging/nginx/motcua-province.conf"));
        REQUIRE(shipped.open(QIODevice::ReadOnly));
        QString site = QString::fromUtf8(shipped.readAll());
        // Every line replaced must be there: a change to the shipped file that this misses fails here.
        const auto replace = [&site](const QString &from, const QString &to) {
            INFO(from.toStdString());
            REQUIRE(site.contains(from));
            site.replace(from, to);
        };
        replace(QStringLiteral("server 127.0.0.1:8080;"), QStringLiteral("server 127.0.0.1:%1;").arg(backend));
        replace(QStringLiteral("listen 443 ssl http2;"), QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(port));
        replace(QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(plainPort));
        replace(QStringLiteral("    listen [::]:443 ssl http2;\n"), {});
        replace(QStringLiteral("    listen [::]:80;\n"), {});
        replace(QStringLiteral("/etc/ssl/motcua/fullchain.pem"), cert);
        replace(QStringLiteral("/etc/ssl/motcua/privkey.pem"), key);
        replace(QStringLiteral("zone=motcua_enroll:1m"), QStringLiteral("zone=motcua_enroll_%1:1m").arg(port));
        replace(QStringLiteral("zone=motcua_enroll burst"), QStringLiteral("zone=motcua_enroll_%1 burst").arg(port));
        replace(QStringLiteral("shared:motcua:10m"), QStringLiteral("shared:motcua_%1:1m").arg(port));
        const QString sitePath = QDir(dir).filePath(QStringLiteral("site-%1.conf").arg(port));
        {
            QFile f(sitePath);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(site.toUtf8());
        }
        const QString conf = QDir(dir).filePath(QStringLiteral("nginx-%1.conf").arg(port));
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString user = ::geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
        f.write(QStringLiteral("%1daemon off;\nworker_processes 1;\npid %2/nginx-%3.pid;\nerror_log %2/nginx-%3.log;\n"
                               "events { worker_connections 64; }\n"
                               "http {\n access_log off;\n client_body_temp_path %2/body-%3;\n"
                               " proxy_temp_path %2/proxy-%3;\n fastcgi_temp_path %2/fcgi-%3;\n"
                               " uwsgi_temp_path %2/uwsgi-%3;\n scgi_temp_path %2/scgi-%3;\n include %4;\n}\n")
                    .arg(user, dir)
                    .arg(port)
                    .arg(sitePath)
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

struct Answer
{
    int status = 0;
    QByteArray text; // the whole answer, headers and body
};

// One request over TLS with openssl s_client, verifying the server against `ca` as the counters do.
Answer https(int port, const QString &ca, const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("s_client"), QStringLiteral("-quiet"), QStringLiteral("-verify_return_error"),
             QStringLiteral("-CAfile"), ca, QStringLiteral("-servername"), QStringLiteral("localhost"),
             QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port)});
    REQUIRE(p.waitForStarted());
    p.write(method + ' ' + path +
            " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
            "application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    REQUIRE(p.waitForFinished(20000));
    Answer a;
    a.text = p.readAllStandardOutput();
    const QList<QByteArray> status = a.text.left(a.text.indexOf('\n')).split(' ');
    a.status = status.size() >= 2 ? status.at(1).toInt() : 0;
    return a;
}

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
        const int plainPort = freePort();
        Nginx tls(dir.path(), goodPort, plainPort, province.server->port(), file(QStringLiteral("good.pem")),
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

        // What is made public goes through to the server: the procedure list, and the dossier page of a receipt's
        // QR code (its own page for a code it does not know, not nginx's); nothing but reading there.
        const Answer procedures = https(goodPort, ca, "GET", "/public/00004/procedures");
        CHECK(procedures.status == 200);
        CHECK(procedures.text.contains("Danh mục thủ tục"));
        const Answer dossier = https(goodPort, ca, "GET", "/public/00004/dossiers/00004.KHONG-CO");
        CHECK(dossier.status == 404);
        CHECK(QString::fromUtf8(dossier.text).contains(QStringLiteral("Không tìm thấy hồ sơ")));
        CHECK(https(goodPort, ca, "POST", "/public/00004/procedures", "{}").status == 403);
        CHECK(https(goodPort, ca, "GET", "/").status == 404);
        CHECK(https(goodPort, ca, "GET", "/v1/health").status == 200);
        // Plain HTTP is sent to HTTPS.
        Poco::Net::HTTPClientSession plain("127.0.0.1", Poco::UInt16(plainPort));
        Poco::Net::HTTPRequest get(Poco::Net::HTTPRequest::HTTP_GET, "/public/00004/procedures",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
        get.setHost("localhost");
        plain.sendRequest(get);
        Poco::Net::HTTPResponse moved;
        plain.receiveResponse(moved);
        CHECK(moved.getStatus() == Poco::Net::HTTPResponse::HTTP_MOVED_PERMANENTLY);
        CHECK(moved.get("Location", "") == "https://localhost/public/00004/procedures");
        // Guessing enrolment codes: after a few tries a minute from one address, 429, which a counter takes as
        // "later", not as a refusal.
        QList<int> statuses;
        for (int i = 0; i < 10; ++i)
            statuses << https(goodPort, ca, "POST", "/v1/enroll", R"({"code":"AAAA-BBBB-CCCC"})").status;
        QString seen;
        for (int status : std::as_const(statuses))
            seen += QString::number(status) + u' ';
        INFO(seen.toStdString());
        CHECK(statuses.first() == 400);
        CHECK(statuses.last() == 429);
        TempStore late;
        auto limited = SyncService(*late.store).enrol(late.admin, url, province.code(), ca);
        REQUIRE_FALSE(limited.has_value());
        CHECK(limited.error().code == Error::Code::Network);
        CHECK(limited.error().message.contains(QStringLiteral("429")));
    }
    for (const QString &bad : {QStringLiteral("expired"), QStringLiteral("stranger"), QStringLiteral("misnamed")}) {
        INFO(bad.toStdString());
        const int port = freePort();
        Nginx tls(dir.path(), port, freePort(), province.server->port(), file(bad + QStringLiteral(".pem")),
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
