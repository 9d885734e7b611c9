#pragma once

// The reference provincial server for the sync tests, real and on loopback: in this process (ProvinceServer over a
// ProvinceStore) or as the motcua-province program (to kill it with SIGKILL), on SQLite or on a throwaway
// PostgreSQL cluster (PgCluster) that the tests start and stop themselves.
#include "core/sync/net/provinceserver.h"
#include "core/sync/net/provincestore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace MotCua::Test
{

// A PostgreSQL cluster in a temporary directory, on a Unix socket in that directory, with trust authentication.
// As root (CI), initdb and the server run as the `postgres` system user. Unavailable (no initdb, it fails): url()
// is empty and why() says why, for a visible skip.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    QString url() const { return m_url; }
    QString why() const { return m_why; }
    // A fresh database in the cluster; its URL.
    QString createDatabase(const QString &name);

private:
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_url;
    QString m_why;
    int m_port = 0;
    bool m_started = false;
};

// The shared cluster of the test run (started on first use, stopped at exit).
PgCluster &pgCluster();

// The server in this process.
struct TestProvince
{
    QTemporaryDir dir;
    QString dbUrl;
    std::unique_ptr<MotCua::Province::ProvinceStore> store;
    std::unique_ptr<MotCua::Province::ProvinceServer> server;
    int port = 0; // kept while stopped: restart() listens on it again

    explicit TestProvince(const QString &db = {}, const MotCua::Province::FaultPlan &faults = {});
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    QString code(const QString &commune = QStringLiteral("00004"));
    qint64 events();
    // The line goes down: nothing listens on the port until restart().
    void stop() { server.reset(); }
    void restart(const MotCua::Province::FaultPlan &faults = {});
};

// The motcua-province program.
class ProvinceProcess
{
public:
    explicit ProvinceProcess(QString dbUrl, QString faults = {});
    ~ProvinceProcess();
    void start();
    void kill(); // SIGKILL, as a power cut would
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }
    // Runs a one-shot command of the program (enroll-code, stats) on the same database.
    QByteArray command(const QStringList &args);

private:
    QString m_db;
    QString m_faults;
    int m_port = 0;
    QProcess m_process;
};

int freePort();

} // namespace MotCua::Test
