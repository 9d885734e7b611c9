#include "ui/shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

#include "core/util/log.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr auto kActivate = "activate\n";
constexpr int kConnectTries = 30; // the first process may still be starting: up to ~3 s
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent), m_name(serverName(dataDir))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::serverName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(canonical).toUtf8(), QCryptographicHash::Sha256);
    return u"motcua-desk-"_s + QString::fromLatin1(hash.toHex().left(24));
}

bool SingleInstance::claim()
{
    static const auto log = Log::get("app");
    if (m_server)
        return true;
    m_lock = std::make_unique<QLockFile>(QDir(QDir::tempPath()).filePath(m_name + u".lock"_s));
    m_lock->setStaleLockTime(0); // held as long as its process lives, however long that is
    if (m_lock->tryLock(0)) {
        // Ours: a socket file left by a process that died is removed first.
        QLocalServer::removeServer(m_name);
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server->listen(m_name))
            log->warn("cannot listen for other launches on {}: {}", m_name.toStdString(),
                      m_server->errorString().toStdString());
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                    if (socket->readAll().contains("activate"))
                        emit activationRequested();
                });
            }
        });
        return true;
    }
    // Another process has the store: ask it to come forward.
    for (int i = 0; i < kConnectTries; ++i) {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(100)) {
            socket.write(kActivate);
            socket.waitForBytesWritten(1000);
            socket.disconnectFromServer();
            log->info("MotCua Desk already runs on this store: brought it forward");
            return false;
        }
        QThread::msleep(100);
    }
    log->warn("MotCua Desk already runs on this store but does not answer");
    return false;
}

} // namespace MotCua::Ui
