// The projection of official documents: one RecordHandler per kind of record (ARCHITECTURE.md, "The store"). Each
// document's row is the fold of its own events in (hlc, device, id) order; who holds an arrival number or an outgoing
// number is derived from the rows that claim it (the first claimant in fold order), never incremented.
#include "core/documents/documentjson.h"
#include "core/store/projector.h"
#include "core/store/searchindex.h"

#include "core/domain/ids.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace MotCua
{

namespace
{
using namespace DocumentJson;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString payloadText(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

// Binds ?1..?n: a null QVariant as NULL, whole numbers as integers, anything else as text.
void bindValues(Db::Statement &st, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull())
            st.bindNull(int(i + 1));
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            st.bind(int(i + 1), v.toLongLong());
        else
            st.bind(int(i + 1), v.toString());
    }
}

Result<void> exec(Db::Database &db, const QString &sql, const QVariantList &binds)
{
    auto st = db.cached(sql);
    if (!st)
        return st.error();
    bindValues(**st, binds);
    return (*st)->exec();
}

Result<std::optional<QJsonObject>> readDoc(Db::Database &db, const char *table, const QString &id)
{
    auto st = db.cached(QStringLiteral("SELECT doc FROM %1 WHERE id = ?1").arg(QLatin1String(table)));
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    std::optional<QJsonObject> out;
    if ((*st)->next())
        out = QJsonDocument::fromJson((*st)->text(0).toUtf8()).object();
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    return out;
}

Result<void> documentConflict(Db::Database &db, const Event &e, const QString &state)
{
    return recordFoldConflict(db, QStringLiteral("document_action"), e,
                              QStringLiteral("%1 is not valid for a document that is %2").arg(e.type, state),
                              QJsonObject{{QStringLiteral("type"), e.type}, {QStringLiteral("state"), state}});
}

// Who holds a number: the rows of `table` claiming `key` ordered by their claim; the first holds it, the others are
// marked and listed as conflicts of `kind`.
struct NumberClaim
{
    const char *table;
    const char *where; // the key's columns, bound ?1..?n
    const char *flag;  // the conflict column
    const char *kind;
    const char *entity;
};

Result<void> settleClaim(Db::Database &db, const NumberClaim &c, const QVariantList &key, const QString &label)
{
    auto st = db.prepare(QStringLiteral("SELECT id, claim_event, %1 FROM %2 WHERE %3 ORDER BY claim_hlc, claim_device,"
                                        " claim_event")
                             .arg(QLatin1String(c.flag), QLatin1String(c.table), QLatin1String(c.where)));
    if (!st)
        return st.error();
    bindValues(*st, key);
    struct Holder
    {
        QString id, event;
        bool flagged;
    };
    QList<Holder> holders;
    while (st->next())
        holders.append({st->text(0), st->text(1), st->integer(2) != 0});
    if (st->failed())
        return st->lastError();
    st = Result<Db::Statement>(Db::Statement());
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const Holder &h = holders.at(i);
        const bool conflict = i > 0;
        if (h.flagged != conflict) {
            if (auto r = exec(db,
                              QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE id = ?2")
                                  .arg(QLatin1String(c.table), QLatin1String(c.flag)),
                              {qint64(conflict ? 1 : 0), h.id});
                !r)
                return r;
        }
        if (auto r = exec(db, QStringLiteral("DELETE FROM conflicts WHERE kind = ?1 AND entity_id = ?2"),
                          {QString::fromLatin1(c.kind), h.id});
            !r)
            return r;
        if (!conflict)
            continue;
        Event e;
        e.id = h.event;
        e.entity = QString::fromLatin1(c.entity);
        e.entityId = h.id;
        if (auto r = recordFoldConflict(
                db, QString::fromLatin1(c.kind), e, QStringLiteral("%1 is held by another document").arg(label),
                QJsonObject{{QStringLiteral("number"), label}, {QStringLiteral("holder"), holders.first().id}});
            !r)
            return r;
    }
    return {};
}

// What the two kinds of documents share: the numbers their rows claim, settled after the events (settleClaim), and
// their search documents.
class DocumentHandler : public RecordHandler
{
public:
    DocumentHandler(Db::Database &db, const NumberClaim &claim, const QString &searchKind)
        : m_db(db), m_claim(claim), m_searchKind(searchKind)
    {
    }

    Result<void> finish(bool searchDeferred) override
    {
        const auto numbers = std::exchange(m_numbers, {});
        for (const auto &[key, label] : numbers) {
            // Nearly every number has one holder: nothing to decide.
            auto count = m_db.cached(
                QStringLiteral("SELECT count(*), max(%1) FROM %2 WHERE %3")
                    .arg(QLatin1String(m_claim.flag), QLatin1String(m_claim.table), QLatin1String(m_claim.where)));
            if (!count)
                return count.error();
            bindValues(**count, key);
            const bool single = (*count)->next() && (*count)->integer(0) <= 1 && (*count)->integer(1) == 0;
            (void)(*count)->reset();
            if (single)
                continue;
            if (auto r = settleClaim(m_db, m_claim, key, label); !r)
                return r;
        }
        const QSet<QString> touched = std::exchange(m_touched, {});
        if (searchDeferred)
            return {};
        for (const QString &id : touched) {
            if (auto r = SearchIndex::indexRecord(m_db, m_searchKind, id); !r)
                return r;
        }
        return {};
    }

    void resetTouched() override
    {
        m_numbers.clear();
        m_touched.clear();
    }

protected:
    // A number a row claims (or claimed, before it was dropped), to settle at finish().
    void claimed(const QVariantList &key, const QString &label)
    {
        QStringList parts;
        for (const QVariant &v : key)
            parts.append(v.toString());
        m_numbers.insert(parts.join(u'\x1f'), {key, label});
    }
    void touched(const QString &id) { m_touched.insert(id); }

    Db::Database &m_db;

private:
    NumberClaim m_claim;
    QString m_searchKind;
    QMap<QString, std::pair<QVariantList, QString>> m_numbers;
    QSet<QString> m_touched;
};

// ---- incoming ---------------------------------------------------------------------------------------------------

const NumberClaim kArrivalClaim{"incoming_docs", "year = ?1 AND arrival_number = ?2", "arrival_conflict",
                                "arrival_number", "incoming"};
const NumberClaim kOutgoingClaim{"outgoing_docs", "series = ?1 AND year = ?2 AND number = ?3", "number_conflict",
                                 "outgoing_number", "outgoing"};

QString arrivalLabel(qint64 year, qint64 number)
{
    return QStringLiteral("arrival number %1/%2").arg(number).arg(year);
}

QString outgoingLabel(const QString &series, qint64 year, qint64 number)
{
    return QStringLiteral("number %1 of %2 in series %3").arg(number).arg(year).arg(series);
}

class IncomingHandler final : public DocumentHandler
{
public:
    explicit IncomingHandler(Db::Database &db) : DocumentHandler(db, kArrivalClaim, SearchIndex::Incoming) {}
    QString entity() const override { return QStringLiteral("incoming"); }

    Result<void> apply(const Event &e) override
    {
        auto doc = readDoc(m_db, "incoming_docs", e.entityId);
        if (!doc)
            return doc.error();
        if (e.type == EventType::IncomingRegistered) {
            if (*doc)
                return documentConflict(m_db, e, QStringLiteral("registered already"));
            return write(registered(e), e, true);
        }
        if (!*doc)
            return documentConflict(m_db, e, QStringLiteral("not registered"));
        IncomingDocument d = incomingFromJson(**doc);
        const QString actorName = payloadText(e, "by_name");
        const QDateTime at = timeOf(e.payload.value(QLatin1String("at")));
        if (e.type == EventType::IncomingDirected) {
            if (d.state == IncomingState::Finished)
                return documentConflict(m_db, e, incomingStateKey(d.state));
            Direction dir;
            dir.at = at;
            dir.byUser = e.actor;
            dir.byName = actorName;
            for (const QJsonValue &v : e.payload.value(QLatin1String("assignees")).toArray())
                dir.assignees.append(assigneeFromJson(v.toObject()));
            dir.due = dateOf(e.payload.value(QLatin1String("due")));
            dir.note = payloadText(e, "note");
            d.directions.append(dir);
            if (d.state == IncomingState::Registered)
                d.state = IncomingState::Directed;
            if (dir.due.isValid())
                d.due = dir.due;
        } else if (e.type == EventType::IncomingProgressRecorded) {
            if (d.state == IncomingState::Finished)
                return documentConflict(m_db, e, incomingStateKey(d.state));
            d.progress.append({at, e.actor, actorName, payloadText(e, "note")});
            if (d.state == IncomingState::Directed)
                d.state = IncomingState::InProgress;
        } else if (e.type == EventType::IncomingFinished) {
            if (d.state == IncomingState::Finished)
                return documentConflict(m_db, e, incomingStateKey(d.state));
            d.state = IncomingState::Finished;
            d.finishedAt = at;
            d.finishedBy = actorName;
            d.replyId = payloadText(e, "reply_id");
            d.replySymbol = payloadText(e, "reply_symbol");
            d.finishNote = payloadText(e, "note");
        } else {
            return {}; // a type of a newer version: kept in the log, not folded here
        }
        return write(d, e, false);
    }

    Result<void> drop(const QString &id) override
    {
        if (auto r = exec(m_db, QStringLiteral("DELETE FROM incoming_assignees WHERE doc_id = ?1"), {id}); !r)
            return r;
        if (auto r =
                exec(m_db, QStringLiteral("DELETE FROM conflicts WHERE entity = 'incoming' AND entity_id = ?1"), {id});
            !r)
            return r;
        // Its number's other claimants are settled again.
        auto st = m_db.cached(QStringLiteral("SELECT year, arrival_number FROM incoming_docs WHERE id = ?1"));
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        if ((*st)->next())
            claimed({(*st)->integer(0), (*st)->integer(1)}, arrivalLabel((*st)->integer(0), (*st)->integer(1)));
        (void)(*st)->reset();
        touched(id);
        return exec(m_db, QStringLiteral("DELETE FROM incoming_docs WHERE id = ?1"), {id});
    }

private:
    static IncomingDocument registered(const Event &e)
    {
        IncomingDocument d = incomingFromJson(e.payload);
        d.id = e.entityId;
        d.registeredBy = e.actor;
        d.registeredByName = payloadText(e, "by_name");
        d.state = IncomingState::Registered;
        return d;
    }

    Result<void> write(const IncomingDocument &d, const Event &e, bool claim)
    {
        QJsonObject doc = toJson(d);
        if (claim) {
            if (auto r = exec(
                    m_db,
                    QStringLiteral("INSERT INTO incoming_docs (id, year, arrival_number, claim_hlc, claim_device,"
                                   " claim_event, received_at, urgency_rank, state, due_on, dup_key, registered_by,"
                                   " search_folded, doc, updated_hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                                   " ?11, ?12, ?13, ?14, ?15)"),
                    {d.id, qint64(d.year), d.arrivalNumber, e.hlc, e.device, e.id, timeText(d.receivedAt),
                     qint64(urgencyRank(d.urgency)), incomingStateKey(d.state),
                     d.due.isValid() ? QVariant(dateText(d.due)) : QVariant(),
                     duplicateKey(d.number, d.symbol, d.fromAgency), d.registeredBy, searchFolded(d), compact(doc),
                     e.hlc});
                !r)
                return r;
            claimed({qint64(d.year), d.arrivalNumber}, arrivalLabel(d.year, d.arrivalNumber));
        } else if (auto r =
                       exec(m_db,
                            QStringLiteral("UPDATE incoming_docs SET state = ?2, due_on = ?3, search_folded = ?4,"
                                           " doc = ?5, updated_hlc = ?6 WHERE id = ?1"),
                            {d.id, incomingStateKey(d.state), d.due.isValid() ? QVariant(dateText(d.due)) : QVariant(),
                             searchFolded(d), compact(doc), e.hlc});
                   !r) {
            return r;
        }
        // The latest direction's assignees, for the "mine to handle" queue.
        if (e.type == EventType::IncomingDirected || claim) {
            if (auto r = exec(m_db, QStringLiteral("DELETE FROM incoming_assignees WHERE doc_id = ?1"), {d.id}); !r)
                return r;
            const QList<Assignee> current = d.currentAssignees();
            for (qsizetype i = 0; i < current.size(); ++i) {
                const Assignee &a = current.at(i);
                if (auto r = exec(m_db,
                                  QStringLiteral("INSERT INTO incoming_assignees (doc_id, slot, user_id, department,"
                                                 " lead, due_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                                  {d.id, qint64(i), a.userId, a.department, qint64(a.lead ? 1 : 0),
                                   a.due.isValid() ? QVariant(dateText(a.due)) : QVariant()});
                    !r)
                    return r;
            }
        }
        touched(d.id);
        return {};
    }
};

// ---- outgoing ---------------------------------------------------------------------------------------------------

std::optional<OutgoingAction> actionOf(const QString &type)
{
    static const QHash<QString, OutgoingAction> map{{EventType::OutgoingSubmitted, OutgoingAction::Submit},
                                                    {EventType::OutgoingApproved, OutgoingAction::Approve},
                                                    {EventType::OutgoingSentBack, OutgoingAction::SendBack},
                                                    {EventType::OutgoingSigned, OutgoingAction::Sign},
                                                    {EventType::OutgoingNumbered, OutgoingAction::Number},
                                                    {EventType::OutgoingDispatched, OutgoingAction::Dispatch},
                                                    {EventType::OutgoingAcknowledged, OutgoingAction::Acknowledge},
                                                    {EventType::OutgoingFiled, OutgoingAction::File}};
    auto it = map.constFind(type);
    return it == map.constEnd() ? std::nullopt : std::optional(*it);
}

class OutgoingHandler final : public DocumentHandler
{
public:
    explicit OutgoingHandler(Db::Database &db) : DocumentHandler(db, kOutgoingClaim, SearchIndex::Outgoing) {}
    QString entity() const override { return QStringLiteral("outgoing"); }

    Result<void> apply(const Event &e) override
    {
        auto doc = readDoc(m_db, "outgoing_docs", e.entityId);
        if (!doc)
            return doc.error();
        const QDateTime at = timeOf(e.payload.value(QLatin1String("at")));
        const QString byName = payloadText(e, "by_name");
        if (e.type == EventType::OutgoingCreated) {
            if (*doc)
                return documentConflict(m_db, e, QStringLiteral("created already"));
            OutgoingDocument d = outgoingFromJson(e.payload);
            d.id = e.entityId;
            d.createdBy = e.actor;
            d.createdByName = byName;
            d.createdAt = at;
            d.state = OutgoingState::Draft;
            d.year = Time::toVietnam(at).date().year();
            d.history.append({at, QStringLiteral("created"), e.actor, byName, QString()});
            return insert(d, e);
        }
        const std::optional<OutgoingAction> action = actionOf(e.type);
        if (!action)
            return {};
        if (!*doc)
            return documentConflict(m_db, e, QStringLiteral("not created"));
        OutgoingDocument d = outgoingFromJson(**doc);
        const std::optional<OutgoingState> next = nextOutgoingState(d.state, *action);
        if (!next)
            return documentConflict(m_db, e, outgoingStateKey(d.state));
        d.state = *next;
        QString note = payloadText(e, "note");
        bool claim = false;
        switch (*action) {
        case OutgoingAction::SendBack:
            d.sentBackReason = note;
            break;
        case OutgoingAction::Submit:
            d.sentBackReason.clear();
            break;
        case OutgoingAction::Sign:
            d.signerName = payloadText(e, "signer_name");
            d.signerPosition = payloadText(e, "signer_position");
            d.signedAt = at;
            break;
        case OutgoingAction::Number:
            d.number = e.payload.value(QLatin1String("number")).toInteger();
            d.symbol = payloadText(e, "symbol");
            d.series = payloadText(e, "series");
            d.issuedOn = dateOf(e.payload.value(QLatin1String("issued_on")));
            d.year = d.issuedOn.year();
            d.numberFromProvince = e.payload.value(QLatin1String("from_province")).toBool();
            note = d.numberSymbol();
            claim = true;
            break;
        case OutgoingAction::Dispatch:
            for (const QJsonValue &v : e.payload.value(QLatin1String("recipients")).toArray()) {
                const QJsonObject r = v.toObject();
                const QString name = r.value(QLatin1String("name")).toString();
                auto it = std::find_if(d.recipients.begin(), d.recipients.end(),
                                       [&](const Recipient &x) { return x.name == name; });
                if (it == d.recipients.end())
                    it = d.recipients.insert(d.recipients.end(), Recipient{name, {}, {}, {}});
                it->how = r.value(QLatin1String("how")).toString();
                it->dispatchedAt = at;
            }
            break;
        case OutgoingAction::Acknowledge: {
            const QString name = payloadText(e, "recipient");
            auto it = std::find_if(d.recipients.begin(), d.recipients.end(),
                                   [&](const Recipient &x) { return x.name == name; });
            if (it == d.recipients.end() || !it->dispatchedAt.isValid())
                return documentConflict(m_db, e, QStringLiteral("not dispatched to %1").arg(name));
            it->acknowledgedAt = at;
            note = name;
            break;
        }
        default:
            break;
        }
        d.history.append({at, outgoingActionKey(*action), e.actor, byName, note});
        return update(d, e, claim);
    }

    Result<void> drop(const QString &id) override
    {
        if (auto r =
                exec(m_db, QStringLiteral("DELETE FROM conflicts WHERE entity = 'outgoing' AND entity_id = ?1"), {id});
            !r)
            return r;
        auto st = m_db.cached(QStringLiteral("SELECT series, year, number FROM outgoing_docs WHERE id = ?1"));
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        if ((*st)->next() && (*st)->integer(2) > 0)
            claimed({(*st)->text(0), (*st)->integer(1), (*st)->integer(2)},
                    outgoingLabel((*st)->text(0), (*st)->integer(1), (*st)->integer(2)));
        (void)(*st)->reset();
        touched(id);
        return exec(m_db, QStringLiteral("DELETE FROM outgoing_docs WHERE id = ?1"), {id});
    }

private:
    Result<void> insert(const OutgoingDocument &d, const Event &e)
    {
        if (auto r = exec(m_db,
                          QStringLiteral("INSERT INTO outgoing_docs (id, series, year, number, symbol, created_at,"
                                         " created_by, urgency_rank, state, related_to, search_folded, doc,"
                                         " updated_hlc) VALUES (?1, ?2, ?3, 0, '', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
                          {d.id, d.series, qint64(d.year), timeText(d.createdAt), d.createdBy,
                           qint64(urgencyRank(d.urgency)), outgoingStateKey(d.state),
                           d.relatedTo.isEmpty() ? QVariant() : QVariant(d.relatedTo), searchFolded(d),
                           compact(toJson(d)), e.hlc});
            !r)
            return r;
        touched(d.id);
        return {};
    }

    Result<void> update(const OutgoingDocument &d, const Event &e, bool claim)
    {
        if (claim) {
            if (auto r = exec(m_db,
                              QStringLiteral("UPDATE outgoing_docs SET claim_hlc = ?2, claim_device = ?3,"
                                             " claim_event = ?4 WHERE id = ?1"),
                              {d.id, e.hlc, e.device, e.id});
                !r)
                return r;
            claimed({d.series, qint64(d.year), d.number}, outgoingLabel(d.series, d.year, d.number));
        }
        if (auto r = exec(m_db,
                          QStringLiteral("UPDATE outgoing_docs SET series = ?2, year = ?3, number = ?4, symbol = ?5,"
                                         " state = ?6, search_folded = ?7, doc = ?8, updated_hlc = ?9 WHERE id = ?1"),
                          {d.id, d.series, qint64(d.year), d.number, d.symbol, outgoingStateKey(d.state),
                           searchFolded(d), compact(toJson(d)), e.hlc});
            !r)
            return r;
        touched(d.id);
        return {};
    }
};

// ---- register configuration -------------------------------------------------------------------------------------

class RegisterConfigHandler final : public RecordHandler
{
public:
    explicit RegisterConfigHandler(Db::Database &db) : m_db(db) {}
    QString entity() const override { return QStringLiteral("register_config"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type != EventType::RegisterConfigSet)
            return {};
        // The whole configuration each time: the latest in fold order holds.
        return exec(m_db, QStringLiteral("INSERT OR REPLACE INTO register_config (commune, content) VALUES (?1, ?2)"),
                    {e.entityId, compact(e.payload)});
    }

    Result<void> drop(const QString &id) override
    {
        return exec(m_db, QStringLiteral("DELETE FROM register_config WHERE commune = ?1"), {id});
    }

private:
    Db::Database &m_db;
};
} // namespace

std::shared_ptr<RecordHandler> makeIncomingHandler(Db::Database &db)
{
    return std::make_shared<IncomingHandler>(db);
}

std::shared_ptr<RecordHandler> makeOutgoingHandler(Db::Database &db)
{
    return std::make_shared<OutgoingHandler>(db);
}

std::shared_ptr<RecordHandler> makeRegisterConfigHandler(Db::Database &db)
{
    return std::make_shared<RegisterConfigHandler>(db);
}

} // namespace MotCua
