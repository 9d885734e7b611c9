#pragma once

#include "core/services/session.h"
#include "core/store/event.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QDateTime>

namespace MotCua
{

// One line of the audit trail: an event with the names a person reads.
struct AuditEntry
{
    Event event;
    QDateTime at;        // the event's clock time (UTC)
    QString actorName;   // full name (user name) of the actor
    QString recordLabel; // dossier code, user name, procedure code... of the record
    QString deviceName;  // the device's tag (Store::deviceName), as the dossier codes show it
};

struct AuditFilter
{
    QString actor;  // user name; empty: everyone
    QString entity; // "dossier", "user", "procedure", "calendar"; empty: all
    QString record; // a dossier code, user name or entity id; empty: all
    QDate from;     // Vietnam dates, inclusive
    QDate to;
};

struct AuditPage
{
    QList<AuditEntry> entries;
    qint64 nextBefore = 0; // pass as `before` for the next (older) page; 0 when there is none
};

// Who did what, when, from which device — every event, newest first — and the hash-chain check behind it.
class AuditService
{
public:
    explicit AuditService(Store &store) : m_store(store) {}

    // Administrators and leaders read the trail. `before` is a local sequence number (keyset paging).
    Result<AuditPage> list(const Session &actor, const AuditFilter &filter, qint64 before = 0, int limit = 100);
    // Store::verify for those who read the trail; `progress` may cancel (Error field "cancelled").
    Result<VerifyReport> verifyChains(const Session &actor, const Store::Progress &progress = {});
    // The one name of a device (Store::deviceName): for chain problems and anything else that names a device.
    QString deviceName(const QString &deviceId) { return m_store.deviceName(deviceId); }

private:
    Store &m_store;
};

} // namespace MotCua
