#include "backupscheduler.h"

#include <QDir>
#include <QFileInfo>

#include "domain/ids.h"
#include "errortext.h"
#include "services/backupservice.h"
#include "services/settingsservice.h"
#include "store/store.h"
#include "util/log.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

BackupScheduler::BackupScheduler(Store &store, SessionProvider sessionProvider, QObject *parent)
    : QObject(parent), m_store(store), m_sessionProvider(std::move(sessionProvider))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
}

BackupScheduler::~BackupScheduler() = default;

void BackupScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

bool BackupScheduler::check(const QDateTime &now)
{
    static const auto log = Log::get("ui");
    auto local = SettingsService(m_store).local();
    if (!local || local->backupFolder.isEmpty())
        return false;
    const QDateTime vietnam = Time::toVietnam(now);
    if (vietnam.time().hour() < local->backupHour || m_failedOn == vietnam.date())
        return false;
    // The newest backup of this commune in the folder tells whether today's is done.
    const QFileInfoList files =
        QDir(local->backupFolder)
            .entryInfoList({u"motcua-%1-*.db"_s.arg(m_store.communeCode())}, QDir::Files, QDir::Time);
    if (!files.isEmpty() && Time::toVietnam(files.first().lastModified().toUTC()).date() == vietnam.date())
        return false;
    const std::optional<Session> admin = m_sessionProvider ? m_sessionProvider() : std::nullopt;
    if (!admin) {
        log->info("scheduled backup skipped: no administrator signed in");
        return false;
    }
    BackupService backup(m_store);
    auto info = backup.backup(*admin, local->backupFolder);
    if (!info) {
        m_failedOn = vietnam.date();
        log->error("scheduled backup failed: {}", info.error().message.toStdString());
        emit backupFailed(ErrorText::message(info.error()));
        return false;
    }
    (void)backup.prune(*admin, local->backupFolder, local->backupKeep);
    emit backupWritten(info->path);
    return true;
}

} // namespace MotCua::Ui
