#include "ui/admin/backupscheduler.h"

#include <QDir>
#include <QFileInfo>

#include "core/domain/ids.h"
#include "core/services/backupservice.h"
#include "core/store/store.h"
#include "core/util/log.h"
#include "ui/shell/errortext.h"

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
    // Whether a backup is due (folder, hour, today's done) is BackupService::scheduledBackup's decision.
    const QDateTime vietnam = Time::toVietnam(now);
    if (m_failedOn == vietnam.date())
        return false;
    const std::optional<Session> session = m_sessionProvider ? m_sessionProvider() : std::nullopt;
    if (!session)
        return false;
    auto info = BackupService(m_store).scheduledBackup(*session, now);
    if (!info) {
        m_failedOn = vietnam.date();
        log->error("scheduled backup failed: {}", info.error().message.toStdString());
        emit backupFailed(ErrorText::message(info.error()));
        return false;
    }
    if (!info->has_value())
        return false;
    emit backupWritten((*info)->path);
    return true;
}

} // namespace MotCua::Ui
