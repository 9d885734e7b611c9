#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace MotCua::Ui
{

// One MotCua Desk per store. The first process to open a data directory holds a lock named after the directory's
// canonical path and listens on a local socket of the same name; a second launch on that directory finds the lock
// held, asks the first one (through the socket) to bring its window forward, and exits. A lock left by a process
// that died is taken over. Launches on different data directories do not see each other.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The lock and socket name of a data directory: the same for every spelling of the same folder.
    static QString serverName(const QString &dataDir);

    // True when this process is now the one for the store (it holds the lock and listens). False when another
    // process already is: it has been asked to come forward, and this one should exit.
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }

signals:
    // Another launch on the same store asked this one to show itself.
    void activationRequested();

private:
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace MotCua::Ui
