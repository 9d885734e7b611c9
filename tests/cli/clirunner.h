#pragma once

// Runs the real motcua-cli binary against a temporary data directory (the command-line contract tests).
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace MotCua::Test
{

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.split('\n').first()).object(); }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> all;
        for (const QByteArray &l : out.split('\n'))
            if (!l.trimmed().isEmpty())
                all.append(QJsonDocument::fromJson(l).object());
        return all;
    }
};

class Cli
{
public:
    Cli()
    {
        REQUIRE(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("MOTCUA_USER"), QStringLiteral("admin"));
        m_env.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("correct horse 1"));
        m_env.insert(QStringLiteral("MOTCUA_DATA_DIR"), dataDir());
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QProcessEnvironment &env() { return m_env; }

    Run operator()(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return exec(QStringLiteral(MOTCUA_CLI_PATH), args, stdinData);
    }

    // A shell line with $MOTCUA_CLI set to the binary (for bytes QProcess cannot pass, a umask, another user).
    Run shell(const QString &script, const QByteArray &stdinData = {}) const
    {
        return exec(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, stdinData);
    }

    Run exec(const QString &program, const QStringList &args, const QByteArray &stdinData = {}) const
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("MOTCUA_CLI"), QStringLiteral(MOTCUA_CLI_PATH));
        p.setProcessEnvironment(env);
        p.start(program, args);
        REQUIRE(p.waitForStarted(10000));
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QByteArray dbHash() const
    {
        // The store's logical content: the canonical export plus the raw event count.
        QFile f(QDir(dataDir()).filePath(QStringLiteral("motcua.db")));
        if (!f.exists())
            return {};
        const Run e = (*this)({QStringLiteral("export"), QStringLiteral("--canonical")});
        const Run v = (*this)({QStringLiteral("verify"), QStringLiteral("--json")});
        return QCryptographicHash::hash(QByteArray(e.out + v.out), QCryptographicHash::Sha256).toHex();
    }

    void init()
    {
        const Run r = (*this)(
            {QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00004"), QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

inline QStringList receiveArgs(const QString &name, const QString &citizenId = QStringLiteral("001090123456"))
{
    return {QStringLiteral("dossier"),
            QStringLiteral("receive"),
            QStringLiteral("--procedure"),
            QStringLiteral("1.001193"),
            QStringLiteral("--applicant-name"),
            name,
            QStringLiteral("--citizen-id"),
            citizenId,
            QStringLiteral("--phone"),
            QStringLiteral("0912345678"),
            QStringLiteral("--address"),
            QStringLiteral("Số 5 ngõ 12 Đội Cấn, Ba Đình"),
            QStringLiteral("--json")};
}

} // namespace MotCua::Test
