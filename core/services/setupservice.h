#pragma once

#include "core/services/authservice.h"
#include "core/store/store.h"
#include "core/util/result.h"

namespace MotCua
{

class Store;

struct SetupRequest
{
    QString communeCode; // 5-digit unit code
    QString adminUsername = QStringLiteral("admin");
    QString adminPassword;
    QString adminFullName;
};

struct SetupResult
{
    User admin;
    QString communeCode;
    QString communeName;
    qint64 procedures = 0;
};

// First run of a counter PC: the commune, the first administrator and the seed procedure catalog, in one
// transaction (a failure leaves the store as it was).
class SetupService
{
public:
    explicit SetupService(Store &store) : m_store(store) {}
    Result<SetupResult> initialise(const SetupRequest &request);

private:
    Store &m_store;
};

// rebuild / verify / export, for administrators.
class MaintenanceService
{
public:
    explicit MaintenanceService(Store &store) : m_store(store) {}
    // Store::rebuild / Store::verify; `progress` may cancel (Error field "cancelled", nothing changed).
    Result<void> rebuild(const Session &actor, const Store::Progress &progress = {});
    Result<VerifyReport> verify(const Session &actor, const Store::Progress &progress = {});
    Result<QByteArray> exportCanonical(const Session &actor);
    // After acknowledged events went missing (Store::writeBlock() says EventsLost), accept the loss: the store
    // continues as a new device so nothing is numbered twice. Administrators only.
    Result<void> acceptLostEvents(const Session &actor);

private:
    Store &m_store;
};

} // namespace MotCua
