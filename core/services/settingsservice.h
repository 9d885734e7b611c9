#pragma once

#include "core/services/session.h"
#include "core/util/result.h"

#include <QList>
#include <QTime>

namespace MotCua
{

class Store;

// How the center presents itself on slips (Mẫu 01 footer: address and hotline).
struct OfficeProfile
{
    QString centerName; // "Trung tâm Phục vụ hành chính công phường Ba Đình"
    QString address;
    QString hotline;
    QString email;
};

// Settings of this counter PC kept in its store (not synced): backups, the screen lock, the automatic sync.
struct LocalSettings
{
    QString backupFolder;     // empty: no scheduled backup
    int backupKeep = 14;      // how many backups to keep
    int backupHour = 17;      // daily backup at this hour (Vietnam time), when the app is open
    int idleLockMinutes = 10; // lock the screen after this long without input; 0: never
    // The window syncs with the province by itself every this many minutes (1-1440), when enrolled.
    int syncIntervalMinutes = 5;
    // No automatic sync starts from syncQuietFrom to syncQuietUntil (Vietnam time; may wrap past midnight).
    bool syncQuietHours = false;
    QTime syncQuietFrom{22, 0};
    QTime syncQuietUntil{6, 0};
};

// One counter PC of the commune as a reception point: its code tag and the name people know it by.
struct CounterPoint
{
    QString deviceId;
    QString tag;
    QString label; // the tag until an administrator names it
    bool here = false;
};

class SettingsService
{
public:
    explicit SettingsService(Store &store) : m_store(store) {}

    Result<OfficeProfile> office();
    Result<void> setOffice(const Session &actor, const OfficeProfile &profile); // administrators
    Result<LocalSettings> local();
    Result<void> setLocal(const Session &actor, const LocalSettings &settings); // administrators
    // The commune's counters (this one first), and naming this one as a reception point (administrators; 1 to 80
    // characters; empty gives the tag back). The name travels to the other counters like any event.
    Result<QList<CounterPoint>> counters();
    Result<void> nameThisCounter(const Session &actor, const QString &label);

private:
    Store &m_store;
};

} // namespace MotCua
