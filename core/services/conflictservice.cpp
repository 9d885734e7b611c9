#include "core/services/conflictservice.h"

#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/store/store.h"

#include <QJsonDocument>

namespace MotCua
{

QString conflictKindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::DossierAction:
        return QStringLiteral("dossier_action");
    case ConflictKind::Username:
        return QStringLiteral("username");
    case ConflictKind::DossierCode:
        return QStringLiteral("dossier_code");
    case ConflictKind::DocumentAction:
        return QStringLiteral("document_action");
    case ConflictKind::ArrivalNumber:
        return QStringLiteral("arrival_number");
    case ConflictKind::OutgoingNumber:
        return QStringLiteral("outgoing_number");
    }
    return {};
}

QString conflictRemedyKey(ConflictRemedy remedy)
{
    switch (remedy) {
    case ConflictRemedy::OpenDossier:
        return QStringLiteral("open_dossier");
    case ConflictRemedy::RenameUser:
        return QStringLiteral("rename_user");
    case ConflictRemedy::MarkResolved:
        return QStringLiteral("mark_resolved");
    }
    return {};
}

namespace
{
std::optional<ConflictKind> kindFromKey(const QString &key)
{
    for (ConflictKind k : {ConflictKind::DossierAction, ConflictKind::Username, ConflictKind::DossierCode,
                           ConflictKind::DocumentAction, ConflictKind::ArrivalNumber, ConflictKind::OutgoingNumber}) {
        if (conflictKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

constexpr auto kSelect =
    "SELECT c.id, c.kind, c.entity, c.entity_id, c.event_id, c.detail, c.info, e.type, e.hlc, actor.full_name,"
    " dev.tag, r.resolved_at, rb.full_name, r.note, d.code, u.username,"
    " json_extract(idoc.doc, '$.number') || '/' || json_extract(idoc.doc, '$.symbol'),"
    " json_extract(odoc.doc, '$.summary')"
    " FROM conflicts c"
    " LEFT JOIN events e ON e.id = c.event_id"
    " LEFT JOIN users actor ON actor.id = e.actor"
    " LEFT JOIN devices dev ON dev.id = e.device"
    " LEFT JOIN conflict_resolutions r ON r.conflict_id = c.id"
    " LEFT JOIN users rb ON rb.id = r.resolved_by"
    " LEFT JOIN dossiers d ON c.entity = 'dossier' AND d.id = c.entity_id"
    " LEFT JOIN users u ON c.entity = 'user' AND u.id = c.entity_id"
    " LEFT JOIN incoming_docs idoc ON c.entity = 'incoming' AND idoc.id = c.entity_id"
    " LEFT JOIN outgoing_docs odoc ON c.entity = 'outgoing' AND odoc.id = c.entity_id";
} // namespace

Result<QList<Conflict>> ConflictService::list(const Session &actor, bool includeResolved)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot see the needs-attention list"));
    auto st = m_store.db().prepare(QLatin1String(kSelect) +
                                   (includeResolved ? QString() : QStringLiteral(" WHERE r.conflict_id IS NULL")) +
                                   QStringLiteral(" ORDER BY r.conflict_id IS NOT NULL, e.hlc, c.id"));
    if (!st)
        return st.error();
    QList<Conflict> out;
    while (st->next()) {
        Conflict c;
        c.id = st->text(0);
        c.kind = kindFromKey(st->text(1)).value_or(ConflictKind::DossierAction);
        c.entity = st->text(2);
        c.entityId = st->text(3);
        c.eventId = st->text(4);
        c.detail = st->text(5);
        c.info = QJsonDocument::fromJson(st->text(6).toUtf8()).object();
        c.eventType = st->text(7);
        if (!st->isNull(8))
            c.at = QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(st->integer(8)), Qt::UTC);
        c.actorName = st->text(9);
        c.deviceTag = st->text(10);
        c.resolved = !st->isNull(11);
        c.resolvedAt = c.resolved ? QDateTime::fromString(st->text(11), Qt::ISODate) : QDateTime();
        c.resolvedByName = st->text(12);
        c.note = st->text(13);
        c.record = c.entity == QLatin1String("dossier")    ? st->text(14)
                   : c.entity == QLatin1String("incoming") ? st->text(16)
                   : c.entity == QLatin1String("outgoing") ? st->text(17)
                                                           : st->text(15);
        switch (c.kind) {
        case ConflictKind::DossierAction:
        case ConflictKind::DossierCode:
            c.remedies = {ConflictRemedy::OpenDossier, ConflictRemedy::MarkResolved};
            break;
        case ConflictKind::Username:
            c.remedies = {ConflictRemedy::RenameUser, ConflictRemedy::MarkResolved};
            break;
        case ConflictKind::DocumentAction:
        case ConflictKind::ArrivalNumber:
        case ConflictKind::OutgoingNumber:
            c.remedies = {ConflictRemedy::MarkResolved};
            break;
        }
        out.append(std::move(c));
    }
    if (st->failed())
        return st->lastError();
    return out;
}

Result<qint64> ConflictService::openCount(const Session &actor)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot see the needs-attention list"));
    return m_store.db().scalarInt(QStringLiteral(
        "SELECT count(*) FROM conflicts WHERE id NOT IN (SELECT conflict_id FROM conflict_resolutions)"));
}

Result<void> ConflictService::resolve(const Session &actor, const QString &id, const QString &note)
{
    auto all = list(actor, true);
    if (!all)
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(), [&](const Conflict &c) { return c.id == id.trimmed(); });
    if (it == all->cend())
        return Error::notFound(QStringLiteral("no needs-attention item '%1'").arg(Text::elided(id, 60)));
    const bool document = it->kind == ConflictKind::DocumentAction || it->kind == ConflictKind::ArrivalNumber ||
                          it->kind == ConflictKind::OutgoingNumber;
    if (it->kind == ConflictKind::Username ? !actor.can(Permission::ManageUsers)
        : document ? !(actor.can(Permission::RegisterIncoming) || actor.can(Permission::IssueOutgoing) ||
                       actor.can(Permission::DirectIncoming))
                   : !actor.can(Permission::TransferDossier))
        return Error::forbidden(QStringLiteral("your role cannot resolve this item"));
    if (it->resolved)
        return Error::conflict(QStringLiteral("this item was already marked resolved"));
    auto clean = Text::cleanText(note, QStringLiteral("note"), QStringLiteral("the note"), 1000);
    if (!clean)
        return clean.error();
    if (clean->isEmpty())
        return Error::invalid(QStringLiteral("say what was done about it (a note)"), QStringLiteral("note"));
    auto events =
        m_store.commit({{QStringLiteral("conflict"), it->id, EventType::ConflictResolved,
                         QJsonObject{{QStringLiteral("note"), *clean},
                                     {QStringLiteral("kind"), conflictKindKey(it->kind)},
                                     {QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())}}}},
                       actor.userId);
    if (!events)
        return events.error();
    return {};
}

QString ConflictService::describe(const Conflict &c)
{
    const QString who = c.actorName.isEmpty() ? QStringLiteral("someone") : c.actorName;
    const QString where =
        c.deviceTag.isEmpty() ? QStringLiteral("another counter") : QStringLiteral("counter ") + c.deviceTag;
    switch (c.kind) {
    case ConflictKind::DossierAction:
        return QStringLiteral(
                   "Dossier %1: %2 by %3 on %4 was not applied, the dossier was already %5. Open the dossier and "
                   "its history, redo the right step if one is missing, then mark this resolved.")
            .arg(c.record, c.eventType, who, where, c.info.value(QLatin1String("state")).toString());
    case ConflictKind::Username:
        return QStringLiteral(
                   "The user name '%1' was created on two counters; the account made on %2 by %3 cannot sign in. "
                   "Give it another user name (user rename), then mark this resolved.")
            .arg(c.info.value(QLatin1String("username")).toString(), where, who);
    case ConflictKind::DossierCode:
        return QStringLiteral(
                   "Two dossiers have the code %1; the one received on %2 keeps it only as a duplicate. Tell the "
                   "citizen the dossier's other details, then mark this resolved.")
            .arg(c.info.value(QLatin1String("code")).toString(), where);
    case ConflictKind::DocumentAction:
        return QStringLiteral(
                   "Document %1: %2 by %3 on %4 was not applied, the document was %5. Open it, redo the right "
                   "step if one is missing, then mark this resolved.")
            .arg(c.record, c.eventType, who, where, c.info.value(QLatin1String("state")).toString());
    case ConflictKind::ArrivalNumber:
        return QStringLiteral("Two incoming documents were registered with the %1 (on %2 by %3 too). Write the right "
                              "arrival number on the paper and in the register's remarks, then mark this resolved.")
            .arg(c.info.value(QLatin1String("number")).toString(), where, who);
    case ConflictKind::OutgoingNumber:
        return QStringLiteral("Two outgoing documents were given the %1 (on %2 by %3 too). Issue a correction for the "
                              "later one, then mark this resolved.")
            .arg(c.info.value(QLatin1String("number")).toString(), where, who);
    }
    return c.detail;
}

} // namespace MotCua
