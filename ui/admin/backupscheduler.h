#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

#include "core/services/session.h"

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

// The daily backup while the application runs: every few minutes it reads LocalSettings and, once the backup hour
// (Vietnam time) has come and the folder holds no backup of today yet, writes one and prunes the oldest.
// Runs BackupService::scheduledBackup with the session of whoever is signed in (`sessionProvider`), if anyone.
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    using SessionProvider = std::function<std::optional<Session>()>;
    BackupScheduler(Store &store, SessionProvider sessionProvider, QObject *parent = nullptr);
    ~BackupScheduler() override;

    void start(std::chrono::milliseconds interval = std::chrono::minutes(5));
    // One check at `now` (UTC); returns whether a backup was written.
    bool check(const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void backupWritten(const QString &path);
    void backupFailed(const QString &message);

private:
    Store &m_store;
    SessionProvider m_sessionProvider;
    QTimer m_timer;
    QDate m_failedOn; // report a failure once a day, not every check
};

} // namespace MotCua::Ui
