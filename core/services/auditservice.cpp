#include "core/services/auditservice.h"

#include "core/domain/ids.h"

#include <QHash>
#include <QJsonDocument>

namespace MotCua
{

Result<AuditPage> AuditService::list(const Session &actor, const AuditFilter &filter, qint64 before, int limit)
{
    if (!actor.can(Permission::Maintain) && !actor.hasRole(Role::Leader))
        return Error::forbidden(QStringLiteral("only administrators and leaders read the audit trail"));
    limit = std::clamp(limit, 1, 1000);
    QStringList terms;
    QVariantList binds;
    auto bind = [&](const QVariant &v) {
        binds.append(v);
        return QStringLiteral("?%1").arg(binds.size());
    };
    if (before > 0)
        terms.append(QStringLiteral("e.seq < %1").arg(bind(before)));
    if (!filter.actor.isEmpty())
        terms.append(QStringLiteral("u.username = %1").arg(bind(filter.actor.trimmed().toLower())));
    if (!filter.entity.isEmpty())
        terms.append(QStringLiteral("e.entity = %1").arg(bind(filter.entity)));
    if (!filter.record.isEmpty()) {
        // A dossier code, a user name or an entity id.
        const QString r = bind(filter.record.trimmed());
        terms.append(QStringLiteral("(e.entity_id = %1 OR e.entity_id IN (SELECT id FROM dossiers WHERE code = %1)"
                                    " OR e.entity_id IN (SELECT id FROM users WHERE username = lower(%1)))")
                         .arg(r));
    }
    // The clock's physical part is Unix milliseconds: filter on the packed value.
    if (filter.from.isValid()) {
        const qint64 ms = QDateTime(filter.from, QTime(0, 0), Time::vietnam()).toMSecsSinceEpoch();
        terms.append(QStringLiteral("e.hlc >= %1").arg(bind(HybridClock::pack(ms, 0))));
    }
    if (filter.to.isValid()) {
        const qint64 ms = QDateTime(filter.to.addDays(1), QTime(0, 0), Time::vietnam()).toMSecsSinceEpoch();
        terms.append(QStringLiteral("e.hlc < %1").arg(bind(HybridClock::pack(ms, 0))));
    }
    const QString sql =
        QStringLiteral(
            "SELECT e.seq, e.id, e.entity, e.entity_id, e.type, e.payload, e.actor, e.device, e.hlc, e.device_seq,"
            " e.hash, u.full_name, u.username, d.code, tu.username"
            " FROM events e LEFT JOIN users u ON u.id = e.actor"
            " LEFT JOIN dossiers d ON e.entity = 'dossier' AND d.id = e.entity_id"
            " LEFT JOIN users tu ON e.entity = 'user' AND tu.id = e.entity_id") +
        (terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY e.seq DESC LIMIT %1").arg(limit + 1);
    auto st = m_store.db().prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i) {
        if (binds.at(i).typeId() == QMetaType::LongLong)
            st->bind(i + 1, binds.at(i).toLongLong());
        else
            st->bind(i + 1, binds.at(i).toString());
    }
    AuditPage page;
    QHash<QString, QString> deviceNames;
    while (st->next()) {
        AuditEntry a;
        a.event.seq = st->integer(0);
        a.event.id = st->text(1);
        a.event.entity = st->text(2);
        a.event.entityId = st->text(3);
        a.event.type = st->text(4);
        a.event.payload = QJsonDocument::fromJson(st->text(5).toUtf8()).object();
        a.event.actor = st->text(6);
        a.event.device = st->text(7);
        a.event.hlc = st->integer(8);
        a.event.deviceSeq = st->integer(9);
        a.event.hash = st->text(10);
        a.at = QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(a.event.hlc), Qt::UTC);
        a.actorName = st->isNull(11) ? a.event.actor : QStringLiteral("%1 (%2)").arg(st->text(11), st->text(12));
        a.recordLabel = !st->isNull(13) ? st->text(13) : !st->isNull(14) ? st->text(14) : a.event.entityId;
        auto name = deviceNames.constFind(a.event.device);
        if (name == deviceNames.cend())
            name = deviceNames.insert(a.event.device, m_store.deviceName(a.event.device));
        a.deviceName = *name;
        page.entries.append(a);
    }
    if (st->failed())
        return st->lastError();
    if (page.entries.size() > limit) {
        page.entries.removeLast();
        page.nextBefore = page.entries.constLast().event.seq;
    }
    return page;
}

Result<VerifyReport> AuditService::verifyChains(const Session &actor, const Store::Progress &progress)
{
    if (!actor.can(Permission::Maintain) && !actor.hasRole(Role::Leader))
        return Error::forbidden(QStringLiteral("only administrators and leaders read the audit trail"));
    return m_store.verify(progress);
}

} // namespace MotCua
