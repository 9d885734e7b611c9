#include "core/store/projector.h"

#include "core/attachments/attachmentprojection.h"
#include "core/domain/catalogtext.h"
#include "core/domain/dossierevents.h"
#include "core/domain/dossierstate.h"
#include "core/domain/ids.h"
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

// A clash found while folding: the event stays in the log, did not take effect, and a person is told. The row is
// a projection like any other: the same events give the same conflicts on every counter.
Result<void> recordConflict(Db::Database &db, const QString &kind, const Event &e, const QString &detail,
                            const QJsonObject &info)
{
    auto st =
        db.cached(QStringLiteral("INSERT OR REPLACE INTO conflicts (id, kind, entity, entity_id, event_id, detail,"
                                 " info) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!st)
        return st.error();
    (*st)->bind(1, kind + u':' + e.id).bind(2, kind).bind(3, e.entity).bind(4, e.entityId).bind(5, e.id);
    (*st)->bind(6, detail).bind(7, QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    return (*st)->exec();
}

Result<void> execBound(Db::Database &db, const QString &sql, const QStringList &binds)
{
    auto st = db.cached(sql);
    if (!st)
        return st.error();
    for (qsizetype i = 0; i < binds.size(); ++i)
        (*st)->bind(int(i + 1), binds.at(i));
    return (*st)->exec();
}

// ---- users ------------------------------------------------------------------------------------------------------

class UserHandler final : public RecordHandler
{
public:
    UserHandler(Db::Database &db, Touched &touched) : m_db(db), m_touched(touched) {}
    QString entity() const override { return QStringLiteral("user"); }

    Result<void> apply(const Event &e) override
    {
        const QJsonObject &p = e.payload;
        if (e.type == EventType::UserCreated) {
            // In fold order the first claimant takes it (not held yet); out of order, the projector decides again
            // over every claimant (Projector::recomputeUsername).
            const QString username = p.value(QLatin1String("username")).toString();
            auto held = isHeld(username, e.entityId);
            if (!held)
                return held.error();
            auto st = m_db.cached(
                QStringLiteral("INSERT OR REPLACE INTO users (id, username, full_name, roles, department, password, "
                               "must_change_password,"
                               " active, created_at, username_conflict, claim_hlc, claim_device, claim_event)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?12, ?9, ?10, ?11)"));
            if (!st)
                return st.error();
            (*st)->bind(12, *held);
            (*st)->bind(1, e.entityId).bind(2, username).bind(3, p.value(QLatin1String("full_name")).toString());
            (*st)
                ->bind(4, jsonText(p.value(QLatin1String("roles")).toArray()))
                .bindOptional(5, optString(p, "department"));
            (*st)
                ->bind(6, p.value(QLatin1String("password")).toString())
                .bind(7, p.value(QLatin1String("must_change_password")).toBool());
            (*st)
                ->bind(8, p.value(QLatin1String("created_at")).toString())
                .bind(9, e.hlc)
                .bind(10, e.device)
                .bind(11, e.id);
            if (auto r = (*st)->exec(); !r)
                return r;
            m_touched.usernames.insert(username);
            return {};
        }
        if (e.type == EventType::UserRenamed) {
            auto old = currentUsername(e.entityId);
            if (!old)
                return old.error();
            const QString username = p.value(QLatin1String("username")).toString();
            auto held = isHeld(username, e.entityId);
            if (!held)
                return held.error();
            if (auto r =
                    execBound(m_db,
                              QStringLiteral("UPDATE users SET username = ?2, username_conflict = ?6, claim_hlc = ?3,"
                                             " claim_device = ?4, claim_event = ?5 WHERE id = ?1"),
                              {e.entityId, username, QString::number(e.hlc), e.device, e.id,
                               *held ? QStringLiteral("1") : QStringLiteral("0")});
                !r)
                return r;
            m_touched.usernames.insert(*old);
            m_touched.usernames.insert(username);
            return {};
        }
        if (e.type == EventType::UserPasswordChanged)
            return execBound(m_db,
                             QStringLiteral("UPDATE users SET password = ?2, must_change_password = ?3 WHERE id = ?1"),
                             {e.entityId, p.value(QLatin1String("password")).toString(),
                              QString::number(p.value(QLatin1String("must_change_password")).toBool() ? 1 : 0)});
        if (e.type == EventType::UserUpdated) {
            auto st = m_db.cached(QStringLiteral(
                "UPDATE users SET full_name = ?2, roles = ?3, department = ?4, active = ?5 WHERE id = ?1"));
            if (!st)
                return st.error();
            (*st)->bind(1, e.entityId).bind(2, p.value(QLatin1String("full_name")).toString());
            (*st)
                ->bind(3, jsonText(p.value(QLatin1String("roles")).toArray()))
                .bindOptional(4, optString(p, "department"));
            (*st)->bind(5, p.value(QLatin1String("active")).toBool());
            return (*st)->exec();
        }
        return {}; // a user event type this version does not know
    }

    Result<void> drop(const QString &id) override
    {
        auto old = currentUsername(id);
        if (!old)
            return old.error();
        if (!old->isEmpty())
            m_touched.usernames.insert(*old);
        if (auto r = execBound(m_db, QStringLiteral("DELETE FROM users WHERE id = ?1"), {id}); !r)
            return r;
        return execBound(m_db, QStringLiteral("DELETE FROM conflicts WHERE entity = 'user' AND entity_id = ?1"), {id});
    }

private:
    // Whether another account holds `username` now.
    Result<bool> isHeld(const QString &username, const QString &self)
    {
        auto st = m_db.cached(
            QStringLiteral("SELECT 1 FROM users WHERE username = ?1 AND username_conflict = 0 AND id <> ?2"));
        if (!st)
            return st.error();
        (*st)->bind(1, username).bind(2, self);
        const bool held = (*st)->next();
        if ((*st)->failed())
            return (*st)->lastError();
        (void)(*st)->reset();
        return held;
    }

    Result<QString> currentUsername(const QString &id)
    {
        auto st = m_db.cached(QStringLiteral("SELECT username FROM users WHERE id = ?1"));
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        QString name;
        if ((*st)->next())
            name = (*st)->text(0);
        if ((*st)->failed())
            return (*st)->lastError();
        (void)(*st)->reset();
        return name;
    }

    Db::Database &m_db;
    Touched &m_touched;
};

// ---- procedures, holiday arrangements, office, devices, conflict resolutions: the latest event wins ---------------

class ProcedureHandler final : public RecordHandler
{
public:
    ProcedureHandler(Db::Database &db, Touched &touched) : m_db(db), m_touched(touched) {}
    QString entity() const override { return QStringLiteral("procedure"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type == EventType::ProcedureTimeLimitSet)
            return applyTimeLimitSet(e);
        if (e.type == EventType::ProcedureWithdrawn) {
            m_touched.procedures.insert(e.entityId);
            return execBound(m_db, QStringLiteral("UPDATE procedures SET active = 0 WHERE code = ?1"), {e.entityId});
        }
        if (e.type != EventType::ProcedureDefined)
            return {};
        const QJsonObject &p = e.payload;
        // A later definition (the province's) with no time limit keeps one an administrator set; one with a limit
        // replaces it.
        auto stR = m_db.cached(QStringLiteral(
            "INSERT INTO procedures (code, name, name_folded, field, decision, time_limit, time_unit, time_text, "
            "fee_text,"
            " papers, papers_known, issues, url, active, fee_amount, fee_unit, fee_note, notes, everyday)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14, ?15, ?16, ?17, ?18)"
            " ON CONFLICT(code) DO UPDATE SET active = 1, name = excluded.name, name_folded = excluded.name_folded,"
            " field = excluded.field, decision = excluded.decision,"
            " time_limit = CASE WHEN excluded.time_limit IS NULL AND time_set_by IS NOT NULL THEN time_limit"
            " ELSE excluded.time_limit END,"
            " time_unit = CASE WHEN excluded.time_limit IS NULL AND time_set_by IS NOT NULL THEN time_unit"
            " ELSE excluded.time_unit END,"
            " time_set_at = CASE WHEN excluded.time_limit IS NULL THEN time_set_at END,"
            " time_set_by = CASE WHEN excluded.time_limit IS NULL THEN time_set_by END,"
            " time_text = excluded.time_text, fee_text = excluded.fee_text,"
            " papers = excluded.papers, papers_known = excluded.papers_known, issues = excluded.issues,"
            " url = excluded.url, fee_amount = excluded.fee_amount, fee_unit = excluded.fee_unit,"
            " fee_note = excluded.fee_note, notes = excluded.notes, everyday = excluded.everyday"));
        if (!stR)
            return stR.error();
        Db::Statement *st = *stR;
        // A name the source lost is stored empty (name_known false), never as the wrong text it held.
        const bool nameKnown = p.value(QLatin1String("name_known")).toBool(true);
        QString name = nameKnown ? Text::normalizeSpaces(p.value(QLatin1String("name")).toString()) : QString();
        if (name.isNull())
            name = QStringLiteral(""); // the column is NOT NULL: an unknown name is the empty text
        st->bind(1, e.entityId).bind(2, name).bind(3, Text::fold(e.entityId + u' ' + name));
        st->bind(4, p.value(QLatin1String("field")).toString()).bindOptional(5, optString(p, "decision"));
        const QJsonValue limit = p.value(QLatin1String("time_limit"));
        if (limit.isDouble())
            st->bind(6, qint64(limit.toInteger()));
        else
            st->bindNull(6);
        // The source's "Không có thông tin" is no value; fees are written the Vietnamese way (also for events
        // written before the catalog was: "2,000 Việt Nam Đồng" is "2.000 đồng").
        st->bind(7, p.value(QLatin1String("time_unit")).toString())
            .bindOptional(8, CatalogText::sourceValue(optString(p, "time_text")))
            .bindOptional(9, CatalogText::fee(optString(p, "fee_text")))
            .bind(10, jsonText(p.value(QLatin1String("papers")).toArray()))
            .bind(11, p.value(QLatin1String("papers_known")).toBool())
            .bind(12, jsonText(p.value(QLatin1String("issues")).toArray()))
            .bindOptional(13, optString(p, "url"));
        const QJsonValue amount = p.value(QLatin1String("fee_amount"));
        if (amount.isDouble())
            st->bind(14, qint64(amount.toInteger()));
        else
            st->bindNull(14);
        st->bindOptional(15, optString(p, "fee_unit"))
            .bindOptional(16, optString(p, "fee_note"))
            .bindOptional(17, optString(p, "notes"))
            .bind(18, p.value(QLatin1String("everyday")).toBool());
        if (auto r = st->exec(); !r)
            return r;
        m_touched.procedures.insert(e.entityId);
        return {};
    }

    Result<void> drop(const QString &code) override
    {
        m_touched.procedures.insert(code);
        return execBound(m_db, QStringLiteral("DELETE FROM procedures WHERE code = ?1"), {code});
    }

private:
    // An administrator's time limit for a procedure the catalog left without one.
    Result<void> applyTimeLimitSet(const Event &e)
    {
        const QJsonObject &p = e.payload;
        auto stR = m_db.cached(QStringLiteral("UPDATE procedures SET time_limit = ?2, time_unit = ?3, time_set_by = ?4,"
                                              " time_set_at = ?5 WHERE code = ?1"));
        if (!stR)
            return stR.error();
        Db::Statement *st = *stR;
        st->bind(1, e.entityId);
        const QJsonValue limit = p.value(QLatin1String("time_limit"));
        if (limit.isDouble())
            st->bind(2, qint64(limit.toInteger()));
        else
            st->bindNull(2);
        st->bind(3, p.value(QLatin1String("time_unit")).toString())
            .bind(4, e.actor)
            .bindOptional(5, optString(p, "at"));
        if (auto r = st->exec(); !r)
            return r;
        m_touched.procedures.insert(e.entityId);
        return {};
    }

private:
    Db::Database &m_db;
    Touched &m_touched;
};

class CalendarHandler final : public RecordHandler
{
public:
    explicit CalendarHandler(Db::Database &db) : m_db(db) {}
    QString entity() const override { return QStringLiteral("calendar"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type != EventType::HolidayArrangementPublished)
            return {};
        // The latest publication for a year replaces the earlier one.
        auto st = m_db.cached(
            QStringLiteral("INSERT INTO calendar_arrangements (year, source, days) VALUES (?1, ?2, ?3)"
                           " ON CONFLICT(year) DO UPDATE SET source = excluded.source, days = excluded.days"));
        if (!st)
            return st.error();
        (*st)
            ->bind(1, qint64(e.payload.value(QLatin1String("year")).toInt()))
            .bind(2, e.payload.value(QLatin1String("source")).toString())
            .bind(3, jsonText(e.payload.value(QLatin1String("days")).toArray()));
        return (*st)->exec();
    }

    Result<void> drop(const QString &year) override
    {
        return execBound(m_db, QStringLiteral("DELETE FROM calendar_arrangements WHERE year = ?1"), {year});
    }

private:
    Db::Database &m_db;
};

class OfficeHandler final : public RecordHandler
{
public:
    explicit OfficeHandler(Db::Database &db) : m_db(db) {}
    QString entity() const override { return QStringLiteral("office"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type != EventType::OfficeProfileSet)
            return {};
        const QJsonObject &p = e.payload;
        return execBound(m_db,
                         QStringLiteral("INSERT OR REPLACE INTO office (commune, center_name, address, hotline, email)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5)"),
                         {e.entityId, p.value(QLatin1String("center_name")).toString(),
                          p.value(QLatin1String("address")).toString(), p.value(QLatin1String("hotline")).toString(),
                          p.value(QLatin1String("email")).toString()});
    }

    Result<void> drop(const QString &commune) override
    {
        return execBound(m_db, QStringLiteral("DELETE FROM office WHERE commune = ?1"), {commune});
    }

private:
    Db::Database &m_db;
};

class DeviceHandler final : public RecordHandler
{
public:
    explicit DeviceHandler(Db::Database &db) : m_db(db) {}
    QString entity() const override { return QStringLiteral("device"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type == EventType::CounterNamed)
            return execBound(m_db, QStringLiteral("UPDATE devices SET label = ?2 WHERE id = ?1"),
                             {e.entityId, e.payload.value(QLatin1String("label")).toString()});
        if (e.type != EventType::DeviceRegistered)
            return {};
        const QJsonObject &p = e.payload;
        return execBound(
            m_db,
            QStringLiteral("INSERT OR REPLACE INTO devices (id, tag, label, registered_at) VALUES (?1, ?2, ?3, ?4)"),
            {e.entityId, p.value(QLatin1String("tag")).toString(), p.value(QLatin1String("label")).toString(),
             p.value(QLatin1String("at")).toString()});
    }

    Result<void> drop(const QString &id) override
    {
        return execBound(m_db, QStringLiteral("DELETE FROM devices WHERE id = ?1"), {id});
    }

private:
    Db::Database &m_db;
};

class ResolutionHandler final : public RecordHandler
{
public:
    explicit ResolutionHandler(Db::Database &db) : m_db(db) {}
    QString entity() const override { return QStringLiteral("conflict"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type != EventType::ConflictResolved)
            return {};
        return execBound(m_db,
                         QStringLiteral("INSERT OR REPLACE INTO conflict_resolutions (conflict_id, resolved_by,"
                                        " resolved_at, note, event_id) VALUES (?1, ?2, ?3, ?4, ?5)"),
                         {e.entityId, e.actor, e.payload.value(QLatin1String("at")).toString(),
                          e.payload.value(QLatin1String("note")).toString(), e.id});
    }

    Result<void> drop(const QString &id) override
    {
        return execBound(m_db, QStringLiteral("DELETE FROM conflict_resolutions WHERE conflict_id = ?1"), {id});
    }

private:
    Db::Database &m_db;
};

// ---- dossiers (and, derived from them, applicants) ------------------------------------------------------------

namespace
{
std::optional<DossierAction> actionOfEvent(const QString &type)
{
    return dossierActionOfEvent(type);
}
} // namespace

// A dossier's projection row, folded in memory from its events and written once (a new record, a re-fold) or read,
// folded and written back (one more event on top).
struct DossierRow
{
    QString id, code, procedureCode, procedureName, applicantId, applicantName, citizenId, phone, address, channel;
    QString receivedAt, receivedBy, receivedDevice, receivedEvent, dueAt, timeUnit, papers, state, searchFolded;
    QString assignee, assigneeName, department, pausedAt, originalDueAt, newDueAt, endedAt, returnedAt, returnHow;
    QString outcomeReason, duplicateOf, duplicateReason, provisionalCode;
    bool codeProvisional = true;
    bool codeConflict = false;
    bool dueUnitAssumed = false;
    std::optional<qint64> timeLimit;
    qint64 statusCode = 0;
    qint64 receivedHlc = 0;
    qint64 updatedHlc = 0;
    qint64 supplementCount = 0;
};

constexpr auto kDossierColumns =
    "id, code, code_provisional, code_conflict, procedure_code, procedure_name, applicant_id, applicant_name,"
    " citizen_id, phone, address, channel, received_at, received_by, received_hlc, received_device, received_event,"
    " due_at, due_unit_assumed, time_limit, time_unit, papers, state, status_code, search_folded, updated_hlc,"
    " assignee, assignee_name, department, supplement_count, paused_at, original_due_at, new_due_at, ended_at,"
    " returned_at, return_how, outcome_reason, duplicate_of, duplicate_reason, provisional_code";

// An empty text is the column's NULL.
QString nullable(const QString &v)
{
    return v.isEmpty() ? QString() : v;
}

class DossierHandler final : public RecordHandler
{
public:
    DossierHandler(Db::Database &db, Touched &touched) : m_db(db), m_touched(touched) {}
    QString entity() const override { return QStringLiteral("dossier"); }

    Result<void> apply(const Event &e) override
    {
        std::optional<DossierRow> row;
        if (e.type != EventType::DossierReceived) {
            auto read = readRow(e.entityId);
            if (!read)
                return read.error();
            row = std::move(read.value());
        }
        if (auto r = fold(row, e); !r)
            return r;
        return row ? writeRow(*row) : Result<void>();
    }

    // A record's events all at once (new, or dropped to be folded again): one row written.
    Result<void> applyAll(const QList<const Event *> &events) override
    {
        std::optional<DossierRow> row;
        for (const Event *e : events) {
            if (auto r = fold(row, *e); !r)
                return r;
        }
        return row ? writeRow(*row) : Result<void>();
    }

    Result<void> drop(const QString &id) override
    {
        auto st = m_db.cached(QStringLiteral("SELECT applicant_id, code FROM dossiers WHERE id = ?1"));
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        if ((*st)->next()) {
            m_touched.applicants.insert((*st)->text(0));
            m_touched.codes.insert((*st)->text(1));
        }
        if ((*st)->failed())
            return (*st)->lastError();
        (void)(*st)->reset();
        m_touched.dossiers.insert(id);
        if (auto r = execBound(m_db, QStringLiteral("DELETE FROM dossiers WHERE id = ?1"), {id}); !r)
            return r;
        return execBound(m_db, QStringLiteral("DELETE FROM conflicts WHERE entity = 'dossier' AND entity_id = ?1"),
                         {id});
    }

private:
    // Folds one event onto the row (none yet: only a reception makes one). An action that is not valid where the
    // fold stands is recorded as a conflict and leaves the row as it is.
    Result<void> fold(std::optional<DossierRow> &row, const Event &e)
    {
        if (e.type == EventType::DossierReceived)
            return foldReceived(row, e);
        if (e.type == EventType::DossierCodeAssigned)
            return foldCodeAssigned(row, e);
        return foldAction(row, e);
    }
    Result<void> foldReceived(std::optional<DossierRow> &row, const Event &e);
    Result<void> foldCodeAssigned(std::optional<DossierRow> &row, const Event &e);
    Result<void> foldAction(std::optional<DossierRow> &row, const Event &e);
    Result<std::optional<DossierRow>> readRow(const QString &id);
    Result<void> writeRow(const DossierRow &row);
    // The dossier that holds `code` now (empty when none).
    Result<QString> codeHolder(const QString &code)
    {
        auto st = m_db.cached(QStringLiteral("SELECT id FROM dossiers WHERE code = ?1 AND code_conflict = 0"));
        if (!st)
            return st.error();
        (*st)->bind(1, code);
        QString id;
        if ((*st)->next())
            id = (*st)->text(0);
        if ((*st)->failed())
            return (*st)->lastError();
        (void)(*st)->reset();
        return id;
    }

    Db::Database &m_db;
    Touched &m_touched;
};

Result<void> DossierHandler::foldReceived(std::optional<DossierRow> &row, const Event &e)
{
    const DossierReceivedEvent r = DossierReceivedEvent::fromPayload(e.payload);
    DossierRow d;
    d.id = e.entityId;
    d.code = r.code;
    d.codeProvisional = r.codeProvisional;
    d.procedureCode = r.procedureCode;
    d.procedureName = r.procedureName;
    d.applicantId = r.citizenId.isEmpty() ? e.entityId : QStringLiteral("cid:") + r.citizenId;
    d.applicantName = r.applicantName;
    d.citizenId = r.citizenId;
    d.phone = r.phone;
    d.address = r.address;
    d.channel = channelKey(r.channel);
    d.receivedAt = Time::toUtcIso(r.receivedAt);
    d.receivedBy = e.actor;
    d.receivedHlc = e.hlc;
    d.receivedDevice = e.device;
    d.receivedEvent = e.id;
    d.dueAt = Time::toUtcIso(r.dueAt);
    d.originalDueAt = d.dueAt;
    d.dueUnitAssumed = r.dueUnitAssumed;
    if (r.timeLimit)
        d.timeLimit = *r.timeLimit;
    d.timeUnit = timeUnitKey(r.timeUnit);
    d.papers = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.papers)).toJson(QJsonDocument::Compact));
    d.state = dossierStateKey(DossierState::Received);
    d.statusCode = portalStatusCode(DossierState::Received);
    d.searchFolded = Text::fold(d.code + u' ' + d.applicantName + u' ' + d.citizenId + u' ' + d.procedureName);
    d.updatedHlc = e.hlc;
    d.duplicateReason = r.duplicateReason;
    // The first dossier in fold order to carry a code holds it; a later one with the same code (two devices with
    // one tag, numbering continued over lost events) is kept, marked, and listed as a conflict.
    auto holder = codeHolder(d.code);
    if (!holder)
        return holder.error();
    d.codeConflict = !holder->isEmpty() && *holder != e.entityId;
    if (d.codeConflict) {
        if (auto c = recordConflict(m_db, QStringLiteral("dossier_code"), e,
                                    QStringLiteral("dossier code %1 is held by another dossier").arg(d.code),
                                    QJsonObject{{QStringLiteral("code"), d.code}, {QStringLiteral("holder"), *holder}});
            !c)
            return c;
    }
    m_touched.applicants.insert(d.applicantId);
    m_touched.dossiers.insert(d.id);
    m_touched.codes.insert(d.code);
    row = std::move(d);
    return {};
}

// The official code the province allotted to a dossier received under a provisional one: the dossier takes it, and
// keeps the provisional code (printed on the citizen's receipt) to be found by it and shown beside it.
Result<void> DossierHandler::foldCodeAssigned(std::optional<DossierRow> &row, const Event &e)
{
    const QString official = e.payload.value(QLatin1String("code")).toString();
    if (!row || official.isEmpty())
        return recordConflict(
            m_db, QStringLiteral("dossier_action"), e,
            QStringLiteral("an official code for a dossier this store does not hold"),
            QJsonObject{{QStringLiteral("type"), e.type}, {QStringLiteral("state"), QStringLiteral("missing")}});
    DossierRow &d = *row;
    if (!d.codeProvisional) {
        if (d.code == official)
            return {};
        return recordConflict(m_db, QStringLiteral("dossier_code"), e,
                              QStringLiteral("dossier %1 was given a second official code %2").arg(d.code, official),
                              QJsonObject{{QStringLiteral("code"), official}, {QStringLiteral("holder"), d.id}});
    }
    m_touched.codes.insert(d.code);
    d.provisionalCode = d.code;
    d.code = official;
    d.codeProvisional = false;
    d.updatedHlc = std::max(d.updatedHlc, e.hlc);
    d.searchFolded = Text::fold(d.code + u' ' + d.provisionalCode + u' ' + d.applicantName + u' ' + d.citizenId + u' ' +
                                d.procedureName);
    auto holder = codeHolder(official);
    if (!holder)
        return holder.error();
    d.codeConflict = !holder->isEmpty() && *holder != d.id;
    if (d.codeConflict) {
        if (auto c =
                recordConflict(m_db, QStringLiteral("dossier_code"), e,
                               QStringLiteral("dossier code %1 is held by another dossier").arg(official),
                               QJsonObject{{QStringLiteral("code"), official}, {QStringLiteral("holder"), *holder}});
            !c)
            return c;
    }
    m_touched.codes.insert(official);
    m_touched.dossiers.insert(d.id);
    return {};
}

Result<void> DossierHandler::foldAction(std::optional<DossierRow> &row, const Event &e)
{
    const auto action = actionOfEvent(e.type);
    if (!action)
        return {}; // a dossier event type this version does not know: kept in the log, ignored here
    const DossierStepEvent step = DossierStepEvent::fromPayload(e.payload);
    const QString stateKey = row ? row->state : QString();
    const auto from = dossierStateFromKey(stateKey);
    const auto to = from ? nextState(*from, *action, step.toLeader.value_or(false)) : std::nullopt;
    if (!to) {
        // Not valid where the fold stands (two counters acted on the dossier offline): kept in the log, not applied,
        // and shown to a person.
        const QString state = stateKey.isEmpty() ? QStringLiteral("missing") : stateKey;
        return recordConflict(m_db, QStringLiteral("dossier_action"), e,
                              QStringLiteral("%1 is not allowed when the dossier is %2").arg(e.type, state),
                              QJsonObject{{QStringLiteral("type"), e.type}, {QStringLiteral("state"), state}});
    }
    DossierRow &d = *row;
    const QString at = step.at.isValid() ? Time::toUtcIso(step.at) : QString();
    auto iso = [](const QDateTime &t) { return t.isValid() ? Time::toUtcIso(t) : QString(); };
    d.state = dossierStateKey(*to);
    d.statusCode = portalStatusCode(*to);
    d.updatedHlc = e.hlc;
    switch (*action) {
    case DossierAction::Transfer:
    case DossierAction::Submit:
        d.assignee = step.toUser;
        d.assigneeName = step.toUserName;
        d.department = step.toDepartment;
        break;
    case DossierAction::RequestSupplement:
        ++d.supplementCount;
        d.pausedAt = at;
        break;
    case DossierAction::SupplementReceived:
        d.pausedAt.clear();
        d.dueAt = iso(step.dueAt);
        break;
    case DossierAction::Refuse:
        d.endedAt = at;
        d.outcomeReason = step.reason;
        d.duplicateOf = step.duplicateOf;
        break;
    case DossierAction::Reject:
    case DossierAction::Withdraw:
    case DossierAction::Stop:
        d.endedAt = at;
        d.outcomeReason = step.reason;
        d.pausedAt.clear();
        break;
    case DossierAction::Finish:
        d.endedAt = at;
        break;
    case DossierAction::Approve:
        // Back to the person who submitted it (approvals written before Submit existed leave it with the leader).
        if (!step.toUser.isEmpty()) {
            d.assignee = step.toUser;
            d.assigneeName = step.toUserName;
            d.department = step.toDepartment;
        }
        break;
    case DossierAction::Return:
        d.returnedAt = at;
        d.returnHow = step.how ? returnHowKey(*step.how) : QString();
        break;
    case DossierAction::Apologize:
        d.newDueAt = iso(step.newDueAt);
        break;
    }
    // Reasons, holders and departments are searchable too.
    m_touched.dossiers.insert(d.id);
    return {};
}

Result<std::optional<DossierRow>> DossierHandler::readRow(const QString &id)
{
    auto stR = m_db.cached(QStringLiteral("SELECT %1 FROM dossiers WHERE id = ?1").arg(QLatin1String(kDossierColumns)));
    if (!stR)
        return stR.error();
    Db::Statement &st = **stR;
    st.bind(1, id);
    if (!st.next()) {
        if (st.failed())
            return st.lastError();
        return std::optional<DossierRow>();
    }
    DossierRow d;
    int c = 0;
    d.id = st.text(c++);
    d.code = st.text(c++);
    d.codeProvisional = st.integer(c++) != 0;
    d.codeConflict = st.integer(c++) != 0;
    d.procedureCode = st.text(c++);
    d.procedureName = st.text(c++);
    d.applicantId = st.text(c++);
    d.applicantName = st.text(c++);
    d.citizenId = st.text(c++);
    d.phone = st.text(c++);
    d.address = st.text(c++);
    d.channel = st.text(c++);
    d.receivedAt = st.text(c++);
    d.receivedBy = st.text(c++);
    d.receivedHlc = st.integer(c++);
    d.receivedDevice = st.text(c++);
    d.receivedEvent = st.text(c++);
    d.dueAt = st.text(c++);
    d.dueUnitAssumed = st.integer(c++) != 0;
    if (!st.isNull(c))
        d.timeLimit = st.integer(c);
    ++c;
    d.timeUnit = st.text(c++);
    d.papers = st.text(c++);
    d.state = st.text(c++);
    d.statusCode = st.integer(c++);
    d.searchFolded = st.text(c++);
    d.updatedHlc = st.integer(c++);
    d.assignee = st.text(c++);
    d.assigneeName = st.text(c++);
    d.department = st.text(c++);
    d.supplementCount = st.integer(c++);
    d.pausedAt = st.text(c++);
    d.originalDueAt = st.text(c++);
    d.newDueAt = st.text(c++);
    d.endedAt = st.text(c++);
    d.returnedAt = st.text(c++);
    d.returnHow = st.text(c++);
    d.outcomeReason = st.text(c++);
    d.duplicateOf = st.text(c++);
    d.duplicateReason = st.text(c++);
    d.provisionalCode = st.text(c++);
    (void)st.reset();
    return std::optional<DossierRow>(std::move(d));
}

Result<void> DossierHandler::writeRow(const DossierRow &d)
{
    // An upsert on the id only: a clash on the code's unique index fails loudly instead of replacing the other
    // dossier (which INSERT OR REPLACE would do).
    static const QString sql = [] {
        const QStringList columns = QString::fromLatin1(kDossierColumns).split(u',');
        QStringList params;
        QStringList sets;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString c = columns.at(i).trimmed();
            params.append(QStringLiteral("?%1").arg(i + 1));
            if (c != QLatin1String("id"))
                sets.append(QStringLiteral("%1 = excluded.%1").arg(c));
        }
        return QStringLiteral("INSERT INTO dossiers (%1) VALUES (%2) ON CONFLICT(id) DO UPDATE SET %3")
            .arg(QLatin1String(kDossierColumns), params.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
    }();
    auto stR = m_db.cached(sql);
    if (!stR)
        return stR.error();
    Db::Statement &st = **stR;
    int c = 0;
    auto text = [&](const QString &v) { st.bind(++c, v); };
    auto opt = [&](const QString &v) { st.bindOptional(++c, nullable(v)); };
    auto num = [&](qint64 v) { st.bind(++c, v); };
    text(d.id);
    text(d.code);
    num(d.codeProvisional);
    num(d.codeConflict);
    text(d.procedureCode);
    text(d.procedureName);
    text(d.applicantId);
    text(d.applicantName);
    opt(d.citizenId);
    opt(d.phone);
    opt(d.address);
    text(d.channel);
    text(d.receivedAt);
    text(d.receivedBy);
    num(d.receivedHlc);
    text(d.receivedDevice);
    text(d.receivedEvent);
    text(d.dueAt);
    num(d.dueUnitAssumed);
    if (d.timeLimit)
        num(*d.timeLimit);
    else
        st.bindNull(++c);
    text(d.timeUnit);
    text(d.papers);
    text(d.state);
    num(d.statusCode);
    text(d.searchFolded);
    num(d.updatedHlc);
    opt(d.assignee);
    opt(d.assigneeName);
    opt(d.department);
    num(d.supplementCount);
    opt(d.pausedAt);
    opt(d.originalDueAt);
    opt(d.newDueAt);
    opt(d.endedAt);
    opt(d.returnedAt);
    opt(d.returnHow);
    opt(d.outcomeReason);
    opt(d.duplicateOf);
    opt(d.duplicateReason);
    opt(d.provisionalCode);
    return st.exec();
}

} // namespace

// ---- the projector -------------------------------------------------------------------------------------------

Projector::Projector(Db::Database &db) : m_db(db)
{
    const std::shared_ptr<RecordHandler> handlers[] = {std::make_shared<UserHandler>(db, m_touched),
                                                       std::make_shared<ProcedureHandler>(db, m_touched),
                                                       std::make_shared<CalendarHandler>(db),
                                                       std::make_shared<OfficeHandler>(db),
                                                       std::make_shared<DeviceHandler>(db),
                                                       std::make_shared<ResolutionHandler>(db),
                                                       std::make_shared<DossierHandler>(db, m_touched),
                                                       makeIncomingHandler(db),
                                                       makeOutgoingHandler(db),
                                                       makeRegisterConfigHandler(db)};
    for (const auto &h : handlers)
        m_handlers.insert(h->entity(), h);
    for (const auto &h : attachmentHandlers(db, m_touched))
        m_handlers.insert(h->entity(), h);
}

Projector::~Projector() = default;

RecordHandler *Projector::handlerFor(const QString &entity) const
{
    return m_handlers.value(entity).get();
}

Result<void> Projector::applyOne(const Event &e)
{
    // Unknown kinds (from a newer client) are kept in the log and ignored by this version's projections.
    if (RecordHandler *h = handlerFor(e.entity))
        return h->apply(e);
    return {};
}

Result<void> Projector::apply(const Event &e)
{
    if (auto r = applyOne(e); !r)
        return r;
    // A local event is the newest in fold order: the handlers' own "is it held already?" is the answer for names
    // and codes, so only applicants and search documents follow.
    m_touched.usernames.clear();
    m_touched.codes.clear();
    return finish();
}

Result<void> Projector::replay(const Event &e)
{
    // In fold order, the first claimant of a user name or a code is the first one applied: the handlers' own check
    // is the answer, and applicants are computed once at the end (finishReplay): nothing to collect per record.
    auto r = applyOne(e);
    m_touched.dossiers.clear();
    m_touched.applicants.clear();
    m_touched.codes.clear();
    m_touched.procedures.clear();
    m_touched.attachments.clear();
    return r;
}

Result<void> Projector::finishReplay()
{
    m_touched.applicants.clear();
    m_touched.dossiers.clear();
    m_touched.procedures.clear();
    m_touched.codes.clear();
    m_touched.attachments.clear();
    if (auto r = recomputeAllApplicants(); !r)
        return r;
    for (const auto &h : std::as_const(m_handlers)) {
        if (auto r = h->finish(true); !r)
            return r;
    }
    const QSet<QString> usernames = std::exchange(m_touched.usernames, {});
    for (const QString &u : usernames) {
        if (auto r = recomputeUsername(u); !r)
            return r;
    }
    return {};
}

namespace
{
bool foldsBefore(const Event &a, const Event &b)
{
    return std::tie(a.hlc, a.device, a.id) < std::tie(b.hlc, b.device, b.id);
}
} // namespace

Result<Projector::FoldStats> Projector::foldIn(const QList<Event> &events)
{
    FoldStats stats;
    QHash<std::pair<QString, QString>, QList<const Event *>> byRecord; // (entity, id) -> the new events
    QList<std::pair<QString, QString>> order;
    for (const Event &e : events) {
        const auto key = std::pair{e.entity, e.entityId};
        auto it = byRecord.find(key);
        if (it == byRecord.end()) {
            order.append(key);
            it = byRecord.insert(key, {});
        }
        it->append(&e);
    }
    for (const auto &key : std::as_const(order)) {
        RecordHandler *h = handlerFor(key.first);
        if (!h)
            continue;
        QList<const Event *> fresh = byRecord.value(key);
        std::sort(fresh.begin(), fresh.end(), [](const Event *a, const Event *b) { return foldsBefore(*a, *b); });
        // In a bulk intake into a store that had no dossier events, a dossier first met here has no older events.
        if (m_bulk && key.first == QLatin1String("dossier") && !m_bulkDossiers.contains(key.second)) {
            m_bulkDossiers.insert(key.second);
            ++stats.applied;
            if (auto r = h->applyAll(fresh); !r)
                return r.error();
            continue;
        }
        QSet<QString> freshIds;
        for (const Event *e : std::as_const(fresh))
            freshIds.insert(e->id);
        // The last event the record had folded before these: the newest of its events that is not new.
        auto st = m_db.cached(QStringLiteral("SELECT hlc, device, id FROM events WHERE entity = ?1 AND entity_id = ?2"
                                             " ORDER BY hlc DESC, device DESC, id DESC"));
        if (!st)
            return st.error();
        (*st)->bind(1, key.first).bind(2, key.second);
        std::optional<Event> lastOld;
        while ((*st)->next()) {
            if (freshIds.contains((*st)->text(2)))
                continue;
            Event last;
            last.hlc = (*st)->integer(0);
            last.device = (*st)->text(1);
            last.id = (*st)->text(2);
            lastOld = std::move(last);
            break;
        }
        if ((*st)->failed())
            return (*st)->lastError();
        (void)(*st)->reset();
        // The new events all come after what the record folded: they are applied on top, from memory. Otherwise the
        // record is folded again from all its events.
        if (!lastOld) {
            ++stats.applied;
            if (auto r = h->applyAll(fresh); !r)
                return r.error();
            continue;
        }
        if (foldsBefore(*lastOld, *fresh.first())) {
            ++stats.applied;
            for (const Event *e : std::as_const(fresh)) {
                if (auto r = h->apply(*e); !r)
                    return r.error();
            }
            continue;
        }
        ++stats.refolded;
        if (auto r = refoldRecord(*h, key.second); !r)
            return r.error();
    }
    if (auto r = finish(); !r)
        return r.error();
    return stats;
}

Result<void> Projector::refold(const QString &entity, const QString &id)
{
    RecordHandler *h = handlerFor(entity);
    if (!h)
        return {};
    if (auto r = refoldRecord(*h, id); !r)
        return r;
    return finish();
}

Result<void> Projector::refoldRecord(RecordHandler &handler, const QString &id)
{
    RecordHandler *h = &handler;
    const QString entity = h->entity();
    if (auto r = h->drop(id); !r)
        return r;
    auto st = m_db.prepare(QStringLiteral("SELECT id, entity, entity_id, type, payload, actor, device, hlc FROM events"
                                          " WHERE entity = ?1 AND entity_id = ?2 ORDER BY hlc, device, id"));
    if (!st)
        return st.error();
    st->bind(1, entity).bind(2, id);
    QList<Event> events;
    while (st->next()) {
        Event e;
        e.id = st->text(0);
        e.entity = st->text(1);
        e.entityId = st->text(2);
        e.type = st->text(3);
        e.payload = QJsonDocument::fromJson(st->text(4).toUtf8()).object();
        e.actor = st->text(5);
        e.device = st->text(6);
        e.hlc = st->integer(7);
        events.append(std::move(e));
    }
    if (st->failed())
        return st->lastError();
    st = Result<Db::Statement>(Db::Statement());
    QList<const Event *> all;
    for (const Event &e : std::as_const(events))
        all.append(&e);
    return h->applyAll(all);
}

void Projector::beginBulk()
{
    m_bulk = true;
    m_bulkDossiers.clear();
    m_searchDeferred = true;
}

Result<void> Projector::finishBulk()
{
    m_bulk = false;
    m_bulkDossiers.clear();
    m_searchDeferred = false;
    if (auto r = recomputeAllApplicants(); !r)
        return r;
    if (auto docs = SearchIndex::rebuildAll(m_db); !docs)
        return docs.error();
    return {};
}

Result<void> Projector::finish()
{
    // Derived rows first (who holds a code or a name, the applicants), then the search documents of what changed.
    Touched t = std::exchange(m_touched, {});
    for (const auto &h : std::as_const(m_handlers)) {
        if (auto r = h->finish(m_searchDeferred || m_bulk); !r)
            return r;
    }
    for (const QString &u : std::as_const(t.usernames)) {
        if (auto r = recomputeUsername(u); !r)
            return r;
    }
    for (const QString &c : std::as_const(t.codes)) {
        if (auto r = recomputeCode(c); !r)
            return r;
    }
    if (m_bulk)
        return {};
    for (const QString &a : std::as_const(t.applicants)) {
        if (auto r = recomputeApplicant(a); !r)
            return r;
    }
    if (m_searchDeferred)
        return {};
    for (const QString &a : std::as_const(t.applicants)) {
        if (auto r = SearchIndex::indexApplicant(m_db, a); !r)
            return r;
    }
    for (const QString &d : std::as_const(t.dossiers)) {
        if (auto r = SearchIndex::indexDossier(m_db, d); !r)
            return r;
    }
    for (const QString &p : std::as_const(t.procedures)) {
        if (auto r = SearchIndex::indexProcedure(m_db, p); !r)
            return r;
    }
    for (const QString &a : std::as_const(t.attachments)) {
        if (auto r = SearchIndex::indexAttachment(m_db, a); !r)
            return r;
    }
    return {};
}

namespace
{
// The applicant's row from their dossiers: the contact details of the latest received (by reception time, then id)
// that has them, the first and last reception, the count.
struct ApplicantFold
{
    QString id;
    QString name;
    QString citizenId;
    QString phone;
    QString address;
    QString first;
    QString last;
    qint64 count = 0;

    void add(const Db::Statement &st) // applicant_name, citizen_id, phone, address, received_at
    {
        name = st.text(0);
        citizenId = st.text(1);
        if (!st.isNull(2))
            phone = st.text(2);
        if (!st.isNull(3))
            address = st.text(3);
        if (first.isEmpty())
            first = st.text(4);
        last = st.text(4);
        ++count;
    }
};

Result<void> writeApplicant(Db::Database &db, const ApplicantFold &a)
{
    auto st = db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO applicants (id, full_name, name_folded, citizen_id, phone, address, first_dossier_at,"
        " last_dossier_at, dossier_count, sort_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!st)
        return st.error();
    (*st)
        ->bind(1, a.id)
        .bind(2, a.name)
        .bind(3, Text::fold(a.name))
        .bindOptional(4, a.citizenId.isEmpty() ? QString() : a.citizenId);
    (*st)
        ->bindOptional(5, a.phone.isEmpty() ? QString() : a.phone)
        .bindOptional(6, a.address.isEmpty() ? QString() : a.address);
    (*st)->bind(7, a.first).bind(8, a.last).bind(9, a.count).bind(10, Text::sortKey(a.name));
    return (*st)->exec();
}
} // namespace

Result<void> Projector::recomputeApplicant(const QString &id)
{
    auto st = m_db.cached(QStringLiteral("SELECT applicant_name, citizen_id, phone, address, received_at FROM dossiers"
                                         " WHERE applicant_id = ?1 ORDER BY received_at, id"));
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    ApplicantFold a;
    a.id = id;
    while ((*st)->next())
        a.add(**st);
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    if (a.count == 0)
        return execBound(m_db, QStringLiteral("DELETE FROM applicants WHERE id = ?1"), {id});
    return writeApplicant(m_db, a);
}

Result<void> Projector::recomputeAllApplicants()
{
    if (auto r = m_db.execScript("DELETE FROM applicants;"); !r)
        return r;
    auto st = m_db.prepare(QStringLiteral("SELECT applicant_name, citizen_id, phone, address, received_at, applicant_id"
                                          " FROM dossiers ORDER BY applicant_id, received_at, id"));
    if (!st)
        return st.error();
    ApplicantFold a;
    while (st->next()) {
        const QString id = st->text(5);
        if (id != a.id) {
            if (a.count > 0) {
                if (auto r = writeApplicant(m_db, a); !r)
                    return r;
            }
            a = ApplicantFold{};
            a.id = id;
        }
        a.add(*st);
    }
    if (st->failed())
        return st->lastError();
    if (a.count > 0)
        return writeApplicant(m_db, a);
    return {};
}

Result<void> Projector::recomputeUsername(const QString &username)
{
    // The first claim in fold order holds the name; every later claimant is marked and listed for a person.
    auto stR = m_db.cached(QStringLiteral("SELECT id, claim_event FROM users WHERE username = ?1"
                                          " ORDER BY claim_hlc, claim_device, claim_event"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, username);
    QList<std::pair<QString, QString>> claimants;
    while (st->next())
        claimants.append({st->text(0), st->text(1)});
    if (st->failed())
        return st->lastError();
    (void)st->reset();
    if (auto r =
            execBound(m_db, QStringLiteral("UPDATE users SET username_conflict = 1 WHERE username = ?1"), {username});
        !r)
        return r;
    for (qsizetype i = 0; i < claimants.size(); ++i) {
        const auto &[id, claim] = claimants.at(i);
        if (auto r = execBound(m_db, QStringLiteral("DELETE FROM conflicts WHERE kind = 'username' AND entity_id = ?1"),
                               {id});
            !r)
            return r;
        if (i == 0) {
            if (auto r = execBound(m_db, QStringLiteral("UPDATE users SET username_conflict = 0 WHERE id = ?1"), {id});
                !r)
                return r;
            continue;
        }
        Event e;
        e.id = claim;
        e.entity = QStringLiteral("user");
        e.entityId = id;
        if (auto r =
                recordConflict(m_db, QStringLiteral("username"), e,
                               QStringLiteral("the user name '%1' was also created on another counter").arg(username),
                               QJsonObject{{QStringLiteral("username"), username},
                                           {QStringLiteral("holder"), claimants.first().first}});
            !r)
            return r;
    }
    return {};
}

Result<void> Projector::recomputeCode(const QString &code)
{
    // Nearly every code has one dossier, which holds it: nothing to decide.
    {
        auto one = m_db.cached(QStringLiteral("SELECT count(*), max(code_conflict) FROM dossiers WHERE code = ?1"));
        if (!one)
            return one.error();
        (*one)->bind(1, code);
        const bool single = (*one)->next() && (*one)->integer(0) <= 1 && (*one)->integer(1) == 0;
        if ((*one)->failed())
            return (*one)->lastError();
        (void)(*one)->reset();
        if (single)
            return {};
    }
    auto stR = m_db.cached(QStringLiteral("SELECT id, received_event FROM dossiers WHERE code = ?1"
                                          " ORDER BY received_hlc, received_device, received_event"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, code);
    QList<std::pair<QString, QString>> holders;
    while (st->next())
        holders.append({st->text(0), st->text(1)});
    if (st->failed())
        return st->lastError();
    (void)st->reset();
    if (auto r = execBound(m_db, QStringLiteral("UPDATE dossiers SET code_conflict = 1 WHERE code = ?1"), {code}); !r)
        return r;
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const auto &[id, received] = holders.at(i);
        if (auto r = execBound(
                m_db, QStringLiteral("DELETE FROM conflicts WHERE kind = 'dossier_code' AND entity_id = ?1"), {id});
            !r)
            return r;
        if (i == 0) {
            if (auto r = execBound(m_db, QStringLiteral("UPDATE dossiers SET code_conflict = 0 WHERE id = ?1"), {id});
                !r)
                return r;
            continue;
        }
        Event e;
        e.id = received;
        e.entity = QStringLiteral("dossier");
        e.entityId = id;
        if (auto r = recordConflict(
                m_db, QStringLiteral("dossier_code"), e,
                QStringLiteral("dossier code %1 is held by another dossier").arg(code),
                QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("holder"), holders.first().first}});
            !r)
            return r;
    }
    return {};
}

Result<void> Projector::clear()
{
    for (const char *table : Db::projectionTables()) {
        // Table names come from a constant list, never from input.
        if (auto r = m_db.execScript(QByteArray("DELETE FROM ").append(table).append(';').constData()); !r)
            return r;
    }
    m_touched = {};
    for (const auto &h : std::as_const(m_handlers))
        h->resetTouched();
    return {};
}

Result<void> recordFoldConflict(Db::Database &db, const QString &kind, const Event &e, const QString &detail,
                                const QJsonObject &info)
{
    return recordConflict(db, kind, e, detail, info);
}

} // namespace MotCua
