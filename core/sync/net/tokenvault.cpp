#include "core/sync/net/tokenvault.h"

#include "core/util/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <mutex>

namespace MotCua::Sync
{

namespace
{
constexpr auto kService = "MotCua Desk";
constexpr int kKeychainTimeoutMs = 10000;

// Tokens read from the keychain once in this process (the keychain is a D-Bus call away, and may ask the person).
std::mutex g_cacheMutex;
QHash<QString, QString> g_cache;

bool keychainWanted()
{
    return qEnvironmentVariable("MOTCUA_TOKEN_STORE").compare(QLatin1String("file"), Qt::CaseInsensitive) != 0;
}

// Whether this process can reach a session bus at all, without letting D-Bus try to start one (autolaunch under X11
// would leave a dbus-daemon behind).
bool sessionBusReachable()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFile::exists(runtime + QStringLiteral("/bus"));
}

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text;
};

// Runs a keychain job to its end in a local event loop, at most kKeychainTimeoutMs. The loop is the connection's
// context: a job that answers after the timeout reaches nothing.
Outcome run(QKeychain::Job *job)
{
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *j) {
        outcome.finished = true;
        outcome.error = j->error();
        outcome.message = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    loop.exec();
    if (!outcome.finished) {
        outcome.error = QKeychain::OtherError;
        outcome.message = QStringLiteral("the keychain did not answer in %1 s").arg(kKeychainTimeoutMs / 1000);
    }
    return outcome;
}
} // namespace

TokenVault::TokenVault(QString dataDir, QString deviceId)
    : m_dataDir(std::move(dataDir)), m_deviceId(std::move(deviceId))
{
}

QString TokenVault::filePath() const
{
    return QDir(m_dataDir).filePath(QLatin1String(kFile));
}

QString TokenVault::key() const
{
    return QStringLiteral("device-token/") + m_deviceId;
}

TokenVault::Place TokenVault::place() const
{
    QFile f(filePath());
    if (!f.open(QIODevice::ReadOnly))
        return Place::None;
    const QByteArray text = f.read(256).trimmed();
    if (text.isEmpty())
        return Place::None;
    return text == kKeychainMark ? Place::Keychain : Place::File;
}

QString TokenVault::placeText(Place place)
{
    switch (place) {
    case Place::Keychain:
        return QCoreApplication::translate("MotCua::Sync::TokenVault", "The device token is kept in the desktop's "
                                                                       "keychain.");
    case Place::File:
        return QCoreApplication::translate("MotCua::Sync::TokenVault", "The device token is kept in a file only "
                                                                       "this user can read.");
    case Place::None:
        break;
    }
    return {};
}

QString TokenVault::placeKey(Place place)
{
    switch (place) {
    case Place::Keychain:
        return QStringLiteral("keychain");
    case Place::File:
        return QStringLiteral("file");
    case Place::None:
        break;
    }
    return {};
}

Result<TokenVault::Place> TokenVault::save(const QString &token)
{
    Place place = Place::File;
    if (keychainWanted() && sessionBusReachable() && QCoreApplication::instance()) {
        auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService));
        job->setKey(key());
        job->setTextData(token);
        const Outcome o = run(job);
        if (o.error == QKeychain::NoError)
            place = Place::Keychain;
        else
            Log::get("sync")->warn("no keychain for the device token ({}): it goes in a file only this user can read",
                                   o.message.toStdString());
    }
    QSaveFile f(filePath());
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write the device token in %1").arg(m_dataDir));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(place == Place::Keychain ? QByteArray(kKeychainMark) : token.toLatin1());
    if (!f.commit())
        return Error::io(QStringLiteral("cannot write the device token in %1").arg(m_dataDir));
    {
        std::lock_guard lock(g_cacheMutex);
        if (place == Place::Keychain)
            g_cache.insert(key(), token);
        else
            g_cache.remove(key());
    }
    return place;
}

Result<QString> TokenVault::load()
{
    QFile f(filePath());
    if (!f.exists())
        return QString();
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the device token %1").arg(f.fileName()));
    const QString text = QString::fromLatin1(f.read(256)).trimmed();
    if (text != QLatin1String(kKeychainMark))
        return text;
    {
        std::lock_guard lock(g_cacheMutex);
        if (auto it = g_cache.constFind(key()); it != g_cache.constEnd())
            return *it;
    }
    const auto unreachable = [](const QString &why) {
        return Error{Error::Code::Forbidden,
                     QStringLiteral("the device token is kept in the desktop's keychain, which cannot be reached here "
                                    "(%1): sync from the signed-in desktop session, or enrol again with "
                                    "MOTCUA_TOKEN_STORE=file to keep the token in a file")
                         .arg(why),
                     QStringLiteral("keychain")};
    };
    if (!sessionBusReachable() || !QCoreApplication::instance())
        return unreachable(QStringLiteral("no session bus"));
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(key());
    const Outcome o = run(job);
    if (o.error != QKeychain::NoError || o.text.isEmpty())
        return unreachable(o.message.isEmpty() ? QStringLiteral("no token under this device") : o.message);
    std::lock_guard lock(g_cacheMutex);
    g_cache.insert(key(), o.text);
    return o.text;
}

} // namespace MotCua::Sync
