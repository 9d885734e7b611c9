#include "core/services/setupservice.h"

#include "core/domain/text.h"

#include "core/services/catalogservice.h"
#include "core/services/units.h"
#include "core/store/store.h"
#include "core/util/log.h"

namespace MotCua
{

Result<SetupResult> SetupService::initialise(const SetupRequest &req)
{
    if (m_store.isInitialised())
        return Error::conflict(QStringLiteral("this store is already set up for commune %1 (%2)")
                                   .arg(m_store.communeCode(), m_store.communeName()));
    const auto unit = Units::find(req.communeCode);
    if (!unit)
        return Error::invalid(
            QStringLiteral("'%1' is not a commune code: use the 5-digit code of a xã, phường or đặc khu (e.g. 00004)")
                .arg(Text::elided(req.communeCode, 20)),
            QStringLiteral("commune"));
    if (req.adminPassword.isEmpty())
        return Error::invalid(QStringLiteral("no password for the first administrator: set MOTCUA_PASSWORD"),
                              QStringLiteral("password"));

    AuthService auth(m_store);
    auto count = auth.userCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::conflict(QStringLiteral("the store already has users"));
    const QString fullName =
        req.adminFullName.trimmed().isEmpty() ? QStringLiteral("Quản trị hệ thống") : req.adminFullName;
    auto prepared = auth.prepareUser({req.adminUsername, fullName, req.adminPassword, {Role::Admin}, {}, false});
    if (!prepared)
        return prepared.error();
    auto catalog = CatalogService::seedDrafts();
    if (!catalog)
        return catalog.error();

    QList<EventDraft> drafts{prepared->second};
    drafts += *catalog;
    const QString name = unit->fullName + QStringLiteral(", ") + unit->provinceName;
    auto events = m_store.initialise(unit->code, name, drafts, prepared->first.id);
    if (!events)
        return events.error();
    static const auto log = Log::get("app");
    log->info("store initialised for commune {} with {} procedures", unit->code.toStdString(), catalog->size());
    return SetupResult{prepared->first, unit->code, name, qint64(catalog->size())};
}

Result<void> MaintenanceService::rebuild(const Session &actor, const Store::Progress &progress)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can rebuild the store"));
    return m_store.rebuild(progress);
}

Result<VerifyReport> MaintenanceService::verify(const Session &actor, const Store::Progress &progress)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can verify the store"));
    return m_store.verify(progress);
}

Result<QByteArray> MaintenanceService::exportCanonical(const Session &actor)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can export the store"));
    return m_store.exportCanonical();
}

Result<void> MaintenanceService::acceptLostEvents(const Session &actor)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can accept lost events"));
    return m_store.acceptLostEvents();
}

} // namespace MotCua
