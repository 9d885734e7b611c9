#include "core/store/projector.h"

#include "core/domain/dossierstate.h"
#include "core/domain/text.h"
#include "core/store/schema.h"
#include "core/store/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MotCua
{

namespace
{
QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString optString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}
} // namespace

Result<void> Projector::apply(const Event &e)
{
    if (e.type == EventType::UserCreated)
        return applyUserCreated(e);
    if (e.type == EventType::UserUpdated || e.type == EventType::UserPasswordChanged)
        return applyUserChanged(e);
    if (e.type == EventType::ProcedureDefined)
        return applyProcedureDefined(e);
    if (e.type == EventType::DossierReceived)
        return applyDossierReceived(e);
    if (e.type == EventType::HolidayArrangementPublished)
        return applyHolidayArrangement(e);
    if (e.entity == QLatin1String("dossier"))
        return applyDossierAction(e);
    // Unknown types (from a newer client) are kept in the log and ignored by this version's projections.
    return {};
}

Result<void> Projector::clear()
{
    for (const char *table : Db::projectionTables()) {
        // Table names come from a constant list, never from input.
        if (auto r = m_db.execScript(QByteArray("DELETE FROM ").append(table).append(';').constData()); !r)
            return r;
    }
    return {};
}

Result<void> Projector::applyUserCreated(const Event &e)
{
    const QJsonObject &p = e.payload;
    auto st = m_db.prepare(QStringLiteral("INSERT INTO users (id, username, full_name, roles, department, password, "
                                          "must_change_password, active, created_at)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8)"));
    if (!st)
        return st.error();
    st->bind(1, e.entityId)
        .bind(2, p.value(QLatin1String("username")).toString())
        .bind(3, p.value(QLatin1String("full_name")).toString())
        .bind(4, jsonText(p.value(QLatin1String("roles")).toArray()))
        .bindOptional(5, optString(p, "department"))
        .bind(6, p.value(QLatin1String("password")).toString())
        .bind(7, p.value(QLatin1String("must_change_password")).toBool())
        .bind(8, p.value(QLatin1String("created_at")).toString());
    return st->exec();
}

Result<void> Projector::applyUserChanged(const Event &e)
{
    const QJsonObject &p = e.payload;
    Db::Statement st;
    if (e.type == EventType::UserPasswordChanged) {
        auto prepared =
            m_db.prepare(QStringLiteral("UPDATE users SET password = ?2, must_change_password = ?3 WHERE id = ?1"));
        if (!prepared)
            return prepared.error();
        st = std::move(prepared.value());
        st.bind(2, p.value(QLatin1String("password")).toString())
            .bind(3, p.value(QLatin1String("must_change_password")).toBool());
    } else {
        auto prepared = m_db.prepare(
            QStringLiteral("UPDATE users SET full_name = ?2, roles = ?3, department = ?4, active = ?5 WHERE id = ?1"));
        if (!prepared)
            return prepared.error();
        st = std::move(prepared.value());
        st.bind(2, p.value(QLatin1String("full_name")).toString())
            .bind(3, jsonText(p.value(QLatin1String("roles")).toArray()))
            .bindOptional(4, optString(p, "department"))
            .bind(5, p.value(QLatin1String("active")).toBool());
    }
    st.bind(1, e.entityId);
    return st.exec();
}

Result<void> Projector::applyProcedureDefined(const Event &e)
{
    const QJsonObject &p = e.payload;
    auto stR = m_db.cached(QStringLiteral(
        "INSERT INTO procedures (code, name, name_folded, field, decision, time_limit, time_unit, time_text, fee_text,"
        " papers, papers_known, issues, url, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1)"
        " ON CONFLICT(code) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded,"
        " field = excluded.field, decision = excluded.decision, time_limit = excluded.time_limit,"
        " time_unit = excluded.time_unit, time_text = excluded.time_text, fee_text = excluded.fee_text,"
        " papers = excluded.papers, papers_known = excluded.papers_known, issues = excluded.issues, url = "
        "excluded.url"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    const QString name = p.value(QLatin1String("name")).toString();
    st->bind(1, e.entityId).bind(2, name).bind(3, Text::fold(e.entityId + u' ' + name));
    st->bind(4, p.value(QLatin1String("field")).toString()).bindOptional(5, optString(p, "decision"));
    const QJsonValue limit = p.value(QLatin1String("time_limit"));
    if (limit.isDouble())
        st->bind(6, qint64(limit.toInteger()));
    else
        st->bindNull(6);
    st->bind(7, p.value(QLatin1String("time_unit")).toString())
        .bindOptional(8, optString(p, "time_text"))
        .bindOptional(9, optString(p, "fee_text"))
        .bind(10, jsonText(p.value(QLatin1String("papers")).toArray()))
        .bind(11, p.value(QLatin1String("papers_known")).toBool())
        .bind(12, jsonText(p.value(QLatin1String("issues")).toArray()))
        .bindOptional(13, optString(p, "url"));
    if (auto r = st->exec(); !r)
        return r;
    return m_searchDeferred ? Result<void>() : SearchIndex::indexProcedure(m_db, e.entityId);
}

Result<void> Projector::applyHolidayArrangement(const Event &e)
{
    // The latest publication for a year replaces the earlier one.
    auto st =
        m_db.prepare(QStringLiteral("INSERT INTO calendar_arrangements (year, source, days) VALUES (?1, ?2, ?3)"
                                    " ON CONFLICT(year) DO UPDATE SET source = excluded.source, days = excluded.days"));
    if (!st)
        return st.error();
    st->bind(1, qint64(e.payload.value(QLatin1String("year")).toInt()))
        .bind(2, e.payload.value(QLatin1String("source")).toString())
        .bind(3, jsonText(e.payload.value(QLatin1String("days")).toArray()));
    return st->exec();
}

Result<void> Projector::applyDossierReceived(const Event &e)
{
    const QJsonObject &p = e.payload;
    const QJsonObject applicant = p.value(QLatin1String("applicant")).toObject();
    const QString citizenId = optString(applicant, "citizen_id");
    const QString applicantId = citizenId.isEmpty() ? e.entityId : QStringLiteral("cid:") + citizenId;
    const QString name = applicant.value(QLatin1String("full_name")).toString();
    const QString receivedAt = p.value(QLatin1String("received_at")).toString();

    // The applicant: the latest dossier's contact details win; counts and first/last dates are folds.
    auto apR = m_db.cached(QStringLiteral(
        "INSERT INTO applicants (id, full_name, name_folded, citizen_id, phone, address, first_dossier_at,"
        " last_dossier_at, dossier_count, sort_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1, ?8)"
        " ON CONFLICT(id) DO UPDATE SET full_name = excluded.full_name, name_folded = excluded.name_folded,"
        " sort_key = excluded.sort_key,"
        " phone = coalesce(excluded.phone, phone), address = coalesce(excluded.address, address),"
        " first_dossier_at = min(first_dossier_at, excluded.first_dossier_at),"
        " last_dossier_at = max(last_dossier_at, excluded.last_dossier_at), dossier_count = dossier_count + 1"));
    if (!apR)
        return apR.error();
    Db::Statement *ap = *apR;
    ap->bind(1, applicantId)
        .bind(2, name)
        .bind(3, Text::fold(name))
        .bindOptional(4, citizenId.isEmpty() ? QString() : citizenId);
    ap->bindOptional(5, optString(applicant, "phone"))
        .bindOptional(6, optString(applicant, "address"))
        .bind(7, receivedAt);
    ap->bind(8, Text::sortKey(name));
    if (auto r = ap->exec(); !r)
        return r;

    const QString code = p.value(QLatin1String("code")).toString();
    const QString procedureName = p.value(QLatin1String("procedure_name")).toString();
    auto stR = m_db.cached(QStringLiteral(
        "INSERT INTO dossiers (id, code, code_provisional, procedure_code, procedure_name, applicant_id, "
        "applicant_name,"
        " citizen_id, phone, address, channel, received_at, received_by, due_at, due_unit_assumed, time_limit,"
        " time_unit, papers, state, status_code, search_folded, updated_hlc, original_due_at, duplicate_reason)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, 'received', 2, ?19, "
        "?20,"
        " ?14, ?21)"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, e.entityId).bind(2, code).bind(3, p.value(QLatin1String("code_provisional")).toBool());
    st->bind(4, p.value(QLatin1String("procedure_code")).toString()).bind(5, procedureName);
    st->bind(6, applicantId).bind(7, name).bindOptional(8, citizenId.isEmpty() ? QString() : citizenId);
    st->bindOptional(9, optString(applicant, "phone")).bindOptional(10, optString(applicant, "address"));
    st->bind(11, p.value(QLatin1String("channel")).toString()).bind(12, receivedAt).bind(13, e.actor);
    st->bind(14, p.value(QLatin1String("due_at")).toString())
        .bind(15, p.value(QLatin1String("due_unit_assumed")).toBool());
    const QJsonValue limit = p.value(QLatin1String("time_limit"));
    if (limit.isDouble())
        st->bind(16, qint64(limit.toInteger()));
    else
        st->bindNull(16);
    st->bind(17, p.value(QLatin1String("time_unit")).toString());
    st->bind(18, jsonText(p.value(QLatin1String("papers")).toArray()));
    st->bind(19, Text::fold(code + u' ' + name + u' ' + citizenId + u' ' + procedureName));
    st->bind(20, e.hlc);
    st->bindOptional(21, optString(p, "duplicate_reason"));
    if (auto r = st->exec(); !r)
        return r;
    // The device's tag, as the provisional code <commune>.<tag>-YYMMDD-NNNN shows it.
    if (p.value(QLatin1String("code_provisional")).toBool()) {
        const QString unit = code.section(u'-', 0, 0);
        const QString tag = unit.section(u'.', -1);
        if (unit.contains(u'.') && !tag.isEmpty() && tag.size() <= 16) {
            auto tagR = m_db.cached(
                QStringLiteral("INSERT INTO device_tags (device, tag) VALUES (?1, ?2) ON CONFLICT(device) DO NOTHING"));
            if (!tagR)
                return tagR.error();
            (*tagR)->bind(1, e.device).bind(2, tag);
            if (auto r = (*tagR)->exec(); !r)
                return r;
        }
    }
    if (m_searchDeferred)
        return {};
    if (auto r = SearchIndex::indexApplicant(m_db, applicantId); !r)
        return r;
    return SearchIndex::indexDossier(m_db, e.entityId);
}

namespace
{
std::optional<DossierAction> actionOfEvent(const QString &type)
{
    static const QHash<QString, DossierAction> map = {
        {EventType::DossierTransferred, DossierAction::Transfer},
        {EventType::SupplementRequested, DossierAction::RequestSupplement},
        {EventType::SupplementReceived, DossierAction::SupplementReceived},
        {EventType::DossierRefused, DossierAction::Refuse},
        {EventType::DossierRejected, DossierAction::Reject},
        {EventType::DossierSubmitted, DossierAction::Submit},
        {EventType::DossierApproved, DossierAction::Approve},
        {EventType::DossierFinished, DossierAction::Finish},
        {EventType::ResultReturned, DossierAction::Return},
        {EventType::DossierWithdrawn, DossierAction::Withdraw},
        {EventType::DossierStopped, DossierAction::Stop},
        {EventType::DelayApologized, DossierAction::Apologize},
    };
    const auto it = map.constFind(type);
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}
} // namespace

Result<void> Projector::applyDossierAction(const Event &e)
{
    const auto action = actionOfEvent(e.type);
    if (!action)
        return {}; // a dossier event type this version does not know: kept in the log, ignored here
    auto curR = m_db.cached(QStringLiteral("SELECT state FROM dossiers WHERE id = ?1"));
    if (!curR)
        return curR.error();
    Db::Statement *cur = *curR;
    cur->bind(1, e.entityId);
    QString stateKey;
    if (cur->next())
        stateKey = cur->text(0);
    if (cur->failed())
        return cur->lastError();

    const QJsonObject &p = e.payload;
    const auto from = dossierStateFromKey(stateKey);
    const bool toLeader = p.value(QLatin1String("to_leader")).toBool();
    const auto to = from ? nextState(*from, *action, toLeader) : std::nullopt;
    if (!to) {
        // Not valid where the fold stands: keep it visible for a person instead of dropping it.
        auto cR = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO dossier_conflicts (event_id, dossier_id, type, "
                                             "state, detail) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!cR)
            return cR.error();
        Db::Statement *c = *cR;
        c->bind(1, e.id)
            .bind(2, e.entityId)
            .bind(3, e.type)
            .bind(4, stateKey.isEmpty() ? QStringLiteral("missing") : stateKey);
        c->bind(5, QStringLiteral("%1 is not allowed when the dossier is %2")
                       .arg(e.type, stateKey.isEmpty() ? QStringLiteral("unknown") : stateKey));
        return c->exec();
    }

    const QString at = p.value(QLatin1String("at")).toString();
    QString sql = QStringLiteral("UPDATE dossiers SET state = ?2, status_code = ?3, updated_hlc = ?4");
    QList<std::pair<QString, QString>> sets; // column -> value (null QString binds NULL)
    switch (*action) {
    case DossierAction::Transfer:
    case DossierAction::Submit:
        sets = {{QStringLiteral("assignee"), optString(p, "to_user")},
                {QStringLiteral("assignee_name"), optString(p, "to_user_name")},
                {QStringLiteral("department"), optString(p, "to_department")}};
        break;
    case DossierAction::RequestSupplement:
        sql += QStringLiteral(", supplement_count = supplement_count + 1");
        sets = {{QStringLiteral("paused_at"), at}};
        break;
    case DossierAction::SupplementReceived:
        sets = {{QStringLiteral("paused_at"), QString()}, {QStringLiteral("due_at"), optString(p, "due_at")}};
        break;
    case DossierAction::Refuse:
        sets = {{QStringLiteral("ended_at"), at},
                {QStringLiteral("outcome_reason"), optString(p, "reason")},
                {QStringLiteral("duplicate_of"), optString(p, "duplicate_of")}};
        break;
    case DossierAction::Reject:
    case DossierAction::Withdraw:
    case DossierAction::Stop:
        sets = {{QStringLiteral("ended_at"), at},
                {QStringLiteral("outcome_reason"), optString(p, "reason")},
                {QStringLiteral("paused_at"), QString()}};
        break;
    case DossierAction::Finish:
        sets = {{QStringLiteral("ended_at"), at}};
        break;
    case DossierAction::Approve:
        // Back to the person who submitted it (approvals written before Submit existed leave it with the leader).
        if (p.contains(QLatin1String("to_user")))
            sets = {{QStringLiteral("assignee"), optString(p, "to_user")},
                    {QStringLiteral("assignee_name"), optString(p, "to_user_name")},
                    {QStringLiteral("department"), optString(p, "to_department")}};
        break;
    case DossierAction::Return:
        sets = {{QStringLiteral("returned_at"), at}, {QStringLiteral("return_how"), optString(p, "how")}};
        break;
    case DossierAction::Apologize:
        sets = {{QStringLiteral("new_due_at"), optString(p, "new_due_at")}};
        break;
    }
    for (qsizetype i = 0; i < sets.size(); ++i)
        sql += QStringLiteral(", %1 = ?%2").arg(sets.at(i).first).arg(i + 5);
    sql += QStringLiteral(" WHERE id = ?1");
    auto stR = m_db.cached(sql);
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, e.entityId).bind(2, dossierStateKey(*to)).bind(3, portalStatusCode(*to)).bind(4, e.hlc);
    for (qsizetype i = 0; i < sets.size(); ++i)
        st->bindOptional(int(i + 5), sets.at(i).second);
    if (auto r = st->exec(); !r)
        return r;
    // Reasons, holders and departments are searchable too.
    return m_searchDeferred ? Result<void>() : SearchIndex::indexDossier(m_db, e.entityId);
}

} // namespace MotCua
