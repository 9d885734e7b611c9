#include "core/documents/documentservice.h"

#include "core/attachments/attachmentservice.h"
#include "core/documents/documentjson.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/services/numberblocks.h"
#include "core/store/store.h"
#include "core/util/log.h"
#include "core/util/zipwriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace MotCua
{

using namespace DocumentJson;

QString mediumKey(Medium m)
{
    return m == Medium::Electronic ? QStringLiteral("electronic") : QStringLiteral("paper");
}

std::optional<Medium> mediumFromKey(const QString &key)
{
    if (key == u"paper")
        return Medium::Paper;
    if (key == u"electronic")
        return Medium::Electronic;
    return std::nullopt;
}

QString IncomingDocument::numberSymbol() const
{
    if (number.isEmpty())
        return symbol;
    return symbol.isEmpty() ? number : number + u'/' + symbol;
}

bool IncomingDocument::isOverdue(const QDateTime &now) const
{
    if (!isOpen() || !due.isValid())
        return false;
    return Time::toVietnam(now).date() > due;
}

QList<Assignee> IncomingDocument::currentAssignees() const
{
    return directions.isEmpty() ? QList<Assignee>() : directions.last().assignees;
}

QString OutgoingDocument::numberSymbol() const
{
    return number > 0 ? composeNumberSymbol(number, symbol) : QString();
}

QString incomingQueueKey(IncomingQueue q)
{
    switch (q) {
    case IncomingQueue::All:
        return QStringLiteral("all");
    case IncomingQueue::ToDirect:
        return QStringLiteral("to-direct");
    case IncomingQueue::Mine:
        return QStringLiteral("mine");
    case IncomingQueue::Overdue:
        return QStringLiteral("overdue");
    case IncomingQueue::Open:
        return QStringLiteral("open");
    case IncomingQueue::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<IncomingQueue> incomingQueueFromKey(const QString &key)
{
    for (IncomingQueue q : {IncomingQueue::All, IncomingQueue::ToDirect, IncomingQueue::Mine, IncomingQueue::Overdue,
                            IncomingQueue::Open, IncomingQueue::Finished})
        if (incomingQueueKey(q) == key)
            return q;
    return std::nullopt;
}

RegisterConfig RegisterConfig::defaults()
{
    RegisterConfig c;
    c.departments = {{QStringLiteral("VP"), QStringLiteral("Văn phòng HĐND và UBND")},
                     {QStringLiteral("KT"), QStringLiteral("Phòng Kinh tế")},
                     {QStringLiteral("VHXH"), QStringLiteral("Phòng Văn hóa - Xã hội")}};
    c.series = {{QStringLiteral("hanh-chinh"), QStringLiteral("Sổ văn bản hành chính"), {}, false, {}, {}},
                {QStringLiteral("mat"), QStringLiteral("Sổ văn bản mật"), {}, true, {}, QStringLiteral("M")}};
    return c;
}

const NumberSeries *RegisterConfig::seriesFor(const QString &type, Secrecy secrecy, const QString &key) const
{
    if (!key.isEmpty()) {
        for (const NumberSeries &s : series)
            if (s.key == key)
                return &s;
        return nullptr;
    }
    // Classified documents have their own series (Đ15.2), whatever their type.
    if (secrecy != Secrecy::None) {
        for (const NumberSeries &s : series)
            if (s.secret)
                return &s;
        return nullptr;
    }
    for (const NumberSeries &s : series)
        if (!s.secret && s.issuer.isEmpty() && s.types.contains(type))
            return &s;
    for (const NumberSeries &s : series)
        if (!s.secret && s.issuer.isEmpty() && s.types.isEmpty())
            return &s;
    return nullptr;
}

namespace
{
auto logger()
{
    return Log::get("documents");
}

Error invalidField(const QString &message, const QString &field)
{
    return Error::invalid(message, field);
}

// The files given with a new document (--attach): every one checked before any is stored (a bad one refuses the
// document with nothing changed), then stored; their AttachmentAdded events go into the document's transaction.
Result<QList<StoredBlob>> storeAttachments(Store &store, const QStringList &paths)
{
    AttachmentService attachments(store);
    for (const QString &path : paths) {
        if (auto r = attachments.inspect(path); !r)
            return r.error();
    }
    QList<StoredBlob> blobs;
    for (const QString &path : paths) {
        auto blob = attachments.store(path);
        if (!blob)
            return blob.error();
        blobs.append(*blob);
    }
    return blobs;
}

bool hasControl(const QString &s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return true;
    return false;
}

// A text field: trimmed, within `max` characters (Appendix VI's lengths), no control characters.
Result<QString> checkText(const QString &value, const QString &field, int max, bool required)
{
    const QString v = value.trimmed();
    if (required && v.isEmpty())
        return invalidField(QStringLiteral("%1 is required").arg(field), field);
    if (v.size() > max)
        return invalidField(QStringLiteral("%1 is longer than %2 characters").arg(field).arg(max), field);
    if (hasControl(v))
        return invalidField(QStringLiteral("%1 holds control characters").arg(field), field);
    return v;
}

struct Person
{
    QString id;
    QString name;
    QString department;
    bool active = false;
};

Result<std::optional<Person>> findUser(Db::Database &db, const QString &username)
{
    auto st = db.prepare(QStringLiteral("SELECT id, full_name, coalesce(department, ''), active FROM users"
                                        " WHERE username = ?1 AND username_conflict = 0"));
    if (!st)
        return st.error();
    st->bind(1, username);
    if (!st->next())
        return st->failed() ? Result<std::optional<Person>>(st->lastError()) : std::optional<Person>();
    return std::optional<Person>(Person{st->text(0), st->text(1), st->text(2), st->integer(3) != 0});
}

template <typename T> Result<QList<T>> readMany(Db::Database &db, const QString &sql, const QStringList &binds)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    for (qsizetype i = 0; i < binds.size(); ++i)
        st->bind(int(i + 1), binds.at(i));
    QList<T> out;
    while (st->next()) {
        const QJsonObject o = QJsonDocument::fromJson(st->text(0).toUtf8()).object();
        if constexpr (std::is_same_v<T, IncomingDocument>) {
            out.append(incomingFromJson(o));
            out.last().arrivalConflict = st->integer(1) != 0;
        } else {
            out.append(outgoingFromJson(o));
            out.last().numberConflict = st->integer(1) != 0;
        }
    }
    if (st->failed())
        return st->lastError();
    return out;
}

// One document by id, or none.
template <typename T> Result<std::optional<T>> readOne(Db::Database &db, const QString &id)
{
    constexpr bool in = std::is_same_v<T, IncomingDocument>;
    auto rows = readMany<T>(db,
                            in ? QStringLiteral("SELECT doc, arrival_conflict FROM incoming_docs WHERE id = ?1")
                               : QStringLiteral("SELECT doc, number_conflict FROM outgoing_docs WHERE id = ?1"),
                            {id});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<T>() : std::optional<T>(rows->first());
}

Result<std::optional<IncomingDocument>> readIncoming(Db::Database &db, const QString &id)
{
    return readOne<IncomingDocument>(db, id);
}

Result<std::optional<OutgoingDocument>> readOutgoing(Db::Database &db, const QString &id)
{
    return readOne<OutgoingDocument>(db, id);
}

Result<qint64> maxArrival(Db::Database &db, int year)
{
    auto st = db.cached(QStringLiteral("SELECT coalesce(max(arrival_number), 0) FROM incoming_docs WHERE year = ?1"));
    if (!st)
        return st.error();
    (*st)->bind(1, qint64(year));
    qint64 n = 0;
    if ((*st)->next())
        n = (*st)->integer(0);
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    return n;
}

// The words of a filter, each matched as a substring of the row's folded text.
void addTextFilter(const QString &text, QString &where, QStringList &binds)
{
    for (const QString &w : Text::fold(text).split(u' ', Qt::SkipEmptyParts)) {
        binds.append(w);
        where += QStringLiteral(" AND instr(search_folded, ?%1) > 0").arg(binds.size());
    }
}
} // namespace

// ---- incoming ---------------------------------------------------------------------------------------------------

QDate DocumentService::today() const
{
    return Time::toVietnam(now()).date();
}

Result<QList<IncomingDocument>> DocumentService::duplicatesOf(const QString &number, const QString &symbol,
                                                              const QString &fromAgency)
{
    if (number.trimmed().isEmpty() && symbol.trimmed().isEmpty())
        return QList<IncomingDocument>();
    return readMany<IncomingDocument>(
        m_store.db(),
        QStringLiteral("SELECT doc, arrival_conflict FROM incoming_docs WHERE dup_key = ?1 ORDER BY received_at, id"),
        {duplicateKey(number, symbol, fromAgency)});
}

Result<qint64> DocumentService::nextArrivalNumber(int year)
{
    auto n = maxArrival(m_store.db(), year);
    if (!n)
        return n.error();
    return *n + 1;
}

Result<IncomingDocument> DocumentService::registerIncoming(const Session &actor, const IncomingRequest &req)
{
    if (!actor.can(Permission::RegisterIncoming))
        return Error::forbidden(QStringLiteral("your role cannot register incoming documents"));
    IncomingDocument d;
    auto text = [](const QString &v, const char *field, int max, bool required, QString &into) -> Result<void> {
        auto r = checkText(v, QString::fromLatin1(field), max, required);
        if (!r)
            return r.error();
        into = *r;
        return {};
    };
    // Appendix VI §II lengths: agency 200, number 11, symbol 30, summary 500, language 30, signer 50, position 100,
    // recipients 1000.
    struct Field
    {
        const QString &value;
        const char *name;
        int max;
        bool required;
        QString &into;
    };
    const Field fields[] = {{req.fromAgency, "from", 200, true, d.fromAgency},
                            {req.number, "number", 11, true, d.number},
                            {req.symbol, "symbol", 30, true, d.symbol},
                            {req.summary, "summary", 500, true, d.summary},
                            {req.language, "language", 30, false, d.language},
                            {req.signer, "signer", 50, false, d.signer},
                            {req.signerPosition, "signer_position", 100, false, d.signerPosition},
                            {req.recipients, "recipients", 1000, false, d.recipients},
                            {req.note, "note", 500, false, d.note}};
    for (const Field &f : fields)
        if (auto r = text(f.value, f.name, f.max, f.required, f.into); !r)
            return r.error();
    if (d.language.isEmpty())
        d.language = QStringLiteral("Tiếng Việt");
    if (d.symbol.contains(u' ') || d.symbol.contains(u'/'))
        return invalidField(QStringLiteral("the symbol is written without spaces or '/' (e.g. UBND-VP, QĐ-UBND)"),
                            QStringLiteral("symbol"));
    const auto type = documentTypeFromAbbr(req.type);
    if (!type)
        return invalidField(QStringLiteral("unknown document type '%1' (Appendix III abbreviation: QĐ, TB, KH, BC, TTr,"
                                           " ..., or CV for a công văn)")
                                .arg(req.type),
                            QStringLiteral("type"));
    d.type = type->abbr;
    const QDateTime now = this->now();
    d.receivedAt = req.receivedAt.isValid() ? req.receivedAt.toUTC() : now;
    if (d.receivedAt > now.addSecs(300))
        return invalidField(QStringLiteral("the arrival time is in the future"), QStringLiteral("received_at"));
    const QDate arrivalDay = Time::toVietnam(d.receivedAt).date();
    if (arrivalDay.year() < 2000)
        return invalidField(QStringLiteral("the arrival date is before 2000"), QStringLiteral("received_at"));
    if (!req.issuedOn.isValid())
        return invalidField(QStringLiteral("the document's date is required (YYYY-MM-DD)"), QStringLiteral("date"));
    if (req.issuedOn > arrivalDay)
        return invalidField(QStringLiteral("the document is dated after it arrived"), QStringLiteral("date"));
    if (req.issuedOn.year() < 1945)
        return invalidField(QStringLiteral("the document's date is before 1945"), QStringLiteral("date"));
    d.issuedOn = req.issuedOn;
    if (req.due.isValid() && req.due < req.issuedOn)
        return invalidField(QStringLiteral("the deadline is before the document's date"), QStringLiteral("due"));
    d.due = req.due;
    if (req.pages < 0 || req.pages > 999)
        return invalidField(QStringLiteral("pages is 0 to 999"), QStringLiteral("pages"));
    d.pages = req.pages;
    d.urgency = req.urgency;
    d.secrecy = req.secrecy;
    d.medium = req.medium;
    // The secrecy rule: a classified document is registered by its details only on a counter PC.
    if (d.secrecy != Secrecy::None && !req.attachments.isEmpty())
        return invalidField(QStringLiteral("a classified document is registered by its details only: its scans are not"
                                           " kept on a counter PC (Law on Protection of State Secrets 29/2018/QH14)"),
                            QStringLiteral("secrecy"));
    d.year = arrivalDay.year();
    auto blobs = storeAttachments(m_store, req.attachments);
    if (!blobs)
        return blobs.error();

    d.id = newUuidV7();
    const QString dupKey = duplicateKey(d.number, d.symbol, d.fromAgency);
    auto committed = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            // Inside the write transaction: the duplicate check and the arrival number see every committed
            // registration, whichever process made it.
            auto dups = readMany<IncomingDocument>(
                m_store.db(),
                QStringLiteral("SELECT doc, arrival_conflict FROM incoming_docs WHERE dup_key = ?1 ORDER BY"
                               " received_at, id"),
                {dupKey});
            if (!dups)
                return dups.error();
            if (!dups->isEmpty()) {
                if (!req.acceptDuplicate)
                    return Error{Error::Code::Conflict,
                                 QStringLiteral("a document with number %1, symbol %2 from %3 is registered already"
                                                " (arrival number %4/%5)")
                                     .arg(d.number, d.symbol, d.fromAgency)
                                     .arg(dups->first().arrivalNumber)
                                     .arg(dups->first().year),
                                 QStringLiteral("duplicate")};
                d.duplicateOf = dups->first().id;
            }
            auto max = maxArrival(m_store.db(), d.year);
            if (!max)
                return max.error();
            d.arrivalNumber = *max + 1;
            QJsonObject p = toJson(d);
            for (const char *k : {"id", "state", "directions", "progress", "finished_at", "finished_by", "reply_id",
                                  "reply_symbol", "finish_note", "registered_by", "registered_by_name"})
                p.remove(QLatin1String(k));
            p.insert(QStringLiteral("by_name"), actor.fullName);
            QList<EventDraft> drafts{{QStringLiteral("incoming"), d.id, EventType::IncomingRegistered, p}};
            for (const StoredBlob &b : std::as_const(*blobs))
                drafts.append(AttachmentService::draft(QStringLiteral("incoming"), d.id, b));
            return drafts;
        },
        actor.userId);
    if (!committed)
        return committed.error();
    logger()->info("incoming registered: {}/{} arrival number {}", d.number.toStdString(), d.symbol.toStdString(),
                   d.arrivalNumber);
    return incoming(d.id);
}

Result<IncomingDocument> DocumentService::direct(const Session &actor, const DirectRequest &req)
{
    if (!actor.can(Permission::DirectIncoming))
        return Error::forbidden(QStringLiteral("only a leader directs the handling of an incoming document"));
    auto cur = incoming(req.id);
    if (!cur)
        return cur.error();
    if (!cur->isOpen())
        return Error::conflict(QStringLiteral("the document is finished already"));
    if (req.leadUser.isEmpty() == req.leadDepartment.isEmpty())
        return invalidField(QStringLiteral("name one person (--to USER) or one department in charge"),
                            QStringLiteral("to"));
    QList<Assignee> assignees;
    QSet<QString> seen;
    auto dueFor = [&](const QString &key) {
        const QDate d = req.dueByUser.value(key);
        return d.isValid() ? d : req.due;
    };
    auto addUser = [&](const QString &username, bool lead) -> Result<void> {
        auto u = findUser(m_store.db(), username);
        if (!u)
            return u.error();
        if (!*u || !(*u)->active)
            return invalidField(QStringLiteral("no active account '%1'").arg(username), QStringLiteral("to"));
        if (seen.contains((*u)->id))
            return invalidField(QStringLiteral("'%1' is named twice").arg(username), QStringLiteral("co"));
        seen.insert((*u)->id);
        assignees.append({(*u)->id, (*u)->name, (*u)->department, lead, dueFor(username), {}});
        return {};
    };
    auto addDepartment = [&](const QString &dept, bool lead) -> Result<void> {
        auto v = checkText(dept, QStringLiteral("department"), 100, true);
        if (!v)
            return v.error();
        if (seen.contains(u"dept:" + *v))
            return invalidField(QStringLiteral("'%1' is named twice").arg(*v), QStringLiteral("co"));
        seen.insert(u"dept:" + *v);
        assignees.append({QString(), *v, *v, lead, dueFor(*v), {}});
        return {};
    };
    if (auto r = req.leadUser.isEmpty() ? addDepartment(req.leadDepartment, true) : addUser(req.leadUser, true); !r)
        return r.error();
    for (const QString &u : req.coUsers)
        if (auto r = addUser(u, false); !r)
            return r.error();
    for (const QString &dpt : req.coDepartments)
        if (auto r = addDepartment(dpt, false); !r)
            return r.error();
    const QDateTime at = req.at.isValid() ? req.at.toUTC() : now();
    if (req.due.isValid() && req.due < Time::toVietnam(cur->receivedAt).date())
        return invalidField(QStringLiteral("the deadline is before the document arrived"), QStringLiteral("due"));
    for (const Assignee &a : assignees)
        if (a.due.isValid() && req.due.isValid() && a.due > req.due)
            return invalidField(QStringLiteral("%1's deadline is after the document's deadline").arg(a.name),
                                QStringLiteral("due"));
    auto note = checkText(req.note, QStringLiteral("note"), 2000, false);
    if (!note)
        return note.error();
    QJsonArray list;
    for (const Assignee &a : assignees)
        list.append(toJson(a));
    QJsonObject p{{QStringLiteral("at"), timeText(at)},
                  {QStringLiteral("by_name"), actor.fullName},
                  {QStringLiteral("assignees"), list},
                  {QStringLiteral("due"), dateText(req.due)},
                  {QStringLiteral("note"), *note}};
    return commitIncoming(actor, req.id, EventType::IncomingDirected, p);
}

namespace
{
// Whether `actor` is among those the latest direction gave the document to (by account or by department).
bool isAssignee(const Session &actor, const IncomingDocument &d)
{
    for (const Assignee &a : d.currentAssignees()) {
        if (!a.userId.isEmpty() && a.userId == actor.userId)
            return true;
        if (a.userId.isEmpty() && !actor.department.isEmpty() && a.department == actor.department)
            return true;
    }
    return false;
}

bool isLead(const Session &actor, const IncomingDocument &d)
{
    for (const Assignee &a : d.currentAssignees()) {
        if (!a.lead)
            continue;
        if (!a.userId.isEmpty() ? a.userId == actor.userId
                                : (!actor.department.isEmpty() && a.department == actor.department))
            return true;
    }
    return false;
}
} // namespace

Result<IncomingDocument> DocumentService::recordProgress(const Session &actor, const QString &id, const QString &note)
{
    auto cur = incoming(id);
    if (!cur)
        return cur.error();
    if (!actor.can(Permission::HandleIncoming) || (!isAssignee(actor, *cur) && !actor.can(Permission::DirectIncoming)))
        return Error::forbidden(QStringLiteral("only those the document was given to record its progress"));
    if (cur->state == IncomingState::Registered)
        return Error::conflict(QStringLiteral("the document has no direction yet"));
    if (!cur->isOpen())
        return Error::conflict(QStringLiteral("the document is finished already"));
    auto text = checkText(note, QStringLiteral("note"), 2000, true);
    if (!text)
        return text.error();
    QJsonObject p{{QStringLiteral("at"), timeText(now())},
                  {QStringLiteral("by_name"), actor.fullName},
                  {QStringLiteral("note"), *text}};
    return commitIncoming(actor, id, EventType::IncomingProgressRecorded, p);
}

Result<IncomingDocument> DocumentService::finishIncoming(const Session &actor, const QString &id,
                                                         const QString &replyId, const QString &note)
{
    auto cur = incoming(id);
    if (!cur)
        return cur.error();
    // The lead finishes it; a leader may close any (a document "for information" needs no handling).
    if (!actor.can(Permission::DirectIncoming) && !(actor.can(Permission::HandleIncoming) && isLead(actor, *cur)))
        return Error::forbidden(QStringLiteral("only the person in charge (or a leader) finishes the document"));
    if (!cur->isOpen())
        return Error::conflict(QStringLiteral("the document is finished already"));
    auto text = checkText(note, QStringLiteral("note"), 2000, false);
    if (!text)
        return text.error();
    QString replySymbol;
    if (!replyId.isEmpty()) {
        auto reply = outgoing(replyId);
        if (!reply)
            return reply.error().code == Error::Code::NotFound
                       ? invalidField(QStringLiteral("no outgoing document %1 to link as the reply").arg(replyId),
                                      QStringLiteral("reply"))
                       : reply.error();
        replySymbol = reply->numberSymbol();
    }
    QJsonObject p{{QStringLiteral("at"), timeText(now())},
                  {QStringLiteral("by_name"), actor.fullName},
                  {QStringLiteral("reply_id"), replyId},
                  {QStringLiteral("reply_symbol"), replySymbol},
                  {QStringLiteral("note"), *text}};
    return commitIncoming(actor, id, EventType::IncomingFinished, p);
}

Result<IncomingDocument> DocumentService::incoming(const QString &id)
{
    auto d = readIncoming(m_store.db(), id);
    if (!d)
        return d.error();
    if (!*d)
        return Error::notFound(QStringLiteral("no incoming document %1").arg(id));
    return **d;
}

Result<IncomingDocument> DocumentService::commitIncoming(const Session &actor, const QString &id, const QString &type,
                                                         const QJsonObject &payload)
{
    // Checked again inside the write transaction: another process may have finished it meanwhile.
    auto committed = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            auto now = readIncoming(m_store.db(), id);
            if (!now)
                return now.error();
            if (!*now || !(*now)->isOpen())
                return Error::conflict(QStringLiteral("the document is finished already"));
            return QList<EventDraft>{{QStringLiteral("incoming"), id, type, payload}};
        },
        actor.userId);
    if (!committed)
        return committed.error();
    return incoming(id);
}

Result<QList<IncomingDocument>> DocumentService::listIncoming(const Session &actor, const IncomingFilter &filter,
                                                              int limit, int offset)
{
    if (!actor.can(Permission::ViewDocuments))
        return Error::forbidden(QStringLiteral("your role cannot see the document registers"));
    QString where = QStringLiteral("1");
    QStringList binds;
    if (filter.year > 0) {
        binds.append(QString::number(filter.year));
        where += QStringLiteral(" AND year = ?%1").arg(binds.size());
    }
    QString order = QStringLiteral("received_at DESC, id DESC");
    const QString open = QStringLiteral(" AND state <> 'finished'");
    switch (filter.queue) {
    case IncomingQueue::All:
        break;
    case IncomingQueue::ToDirect:
        where += QStringLiteral(" AND state = 'registered'");
        order = QStringLiteral("urgency_rank DESC, received_at, id");
        break;
    case IncomingQueue::Mine:
        binds.append(actor.userId);
        where +=
            open +
            QStringLiteral(" AND id IN (SELECT doc_id FROM incoming_assignees WHERE user_id = ?%1").arg(binds.size());
        if (!actor.department.isEmpty()) {
            binds.append(actor.department);
            where += QStringLiteral(" OR (user_id = '' AND department = ?%1)").arg(binds.size());
        }
        where += u')';
        order = QStringLiteral("urgency_rank DESC, coalesce(due_on, '9999'), received_at, id");
        break;
    case IncomingQueue::Overdue:
        binds.append(today().toString(Qt::ISODate));
        where += open + QStringLiteral(" AND due_on < ?%1").arg(binds.size());
        order = QStringLiteral("urgency_rank DESC, due_on, id");
        break;
    case IncomingQueue::Open:
        where += open;
        order = QStringLiteral("urgency_rank DESC, received_at DESC, id DESC");
        break;
    case IncomingQueue::Finished:
        where += QStringLiteral(" AND state = 'finished'");
        break;
    }
    addTextFilter(filter.text, where, binds);
    return readMany<IncomingDocument>(m_store.db(),
                                      QStringLiteral("SELECT doc, arrival_conflict FROM incoming_docs WHERE %1"
                                                     " ORDER BY %2 LIMIT %3 OFFSET %4")
                                          .arg(where, order)
                                          .arg(std::clamp(limit, 1, 5000))
                                          .arg(std::max(offset, 0)),
                                      binds);
}

// ---- outgoing ---------------------------------------------------------------------------------------------------

Result<RegisterConfig> DocumentService::registerConfig()
{
    auto st = m_store.db().cached(QStringLiteral("SELECT content FROM register_config WHERE commune = ?1"));
    if (!st)
        return st.error();
    (*st)->bind(1, m_store.communeCode());
    RegisterConfig c = RegisterConfig::defaults();
    if ((*st)->next())
        c = registerConfigFromJson(QJsonDocument::fromJson((*st)->text(0).toUtf8()).object());
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    return c;
}

Result<void> DocumentService::setRegisterConfig(const Session &actor, const RegisterConfig &config)
{
    if (!actor.can(Permission::ManageRegisters))
        return Error::forbidden(QStringLiteral("your role cannot change the registers"));
    if (!isValidAbbreviation(config.issuer))
        return invalidField(
            QStringLiteral("the issuer abbreviation '%1' is not 1 to 12 capital letters or digits").arg(config.issuer),
            QStringLiteral("issuer"));
    if (!config.defaultDepartment.isEmpty() && !isValidAbbreviation(config.defaultDepartment))
        return invalidField(
            QStringLiteral("the department abbreviation '%1' is not valid").arg(config.defaultDepartment),
            QStringLiteral("department"));
    QSet<QString> keys;
    bool shared = false, secret = false;
    for (const NumberSeries &s : config.series) {
        static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
        if (!keyRe.match(s.key).hasMatch())
            return invalidField(QStringLiteral("a series key is lower-case letters, digits and '-': '%1'").arg(s.key),
                                QStringLiteral("series"));
        if (keys.contains(s.key))
            return invalidField(QStringLiteral("series '%1' is named twice").arg(s.key), QStringLiteral("series"));
        keys.insert(s.key);
        for (const QString &t : s.types)
            if (!documentTypeFromAbbr(t))
                return invalidField(QStringLiteral("series '%1' names an unknown type '%2'").arg(s.key, t),
                                    QStringLiteral("series"));
        if (!s.issuer.isEmpty() && !isValidAbbreviation(s.issuer))
            return invalidField(QStringLiteral("series '%1' has an invalid issuer '%2'").arg(s.key, s.issuer),
                                QStringLiteral("series"));
        if (!s.mark.isEmpty() && !isValidAbbreviation(s.mark))
            return invalidField(QStringLiteral("series '%1' has an invalid mark '%2'").arg(s.key, s.mark),
                                QStringLiteral("series"));
        shared = shared || (!s.secret && s.issuer.isEmpty() && s.types.isEmpty());
        secret = secret || s.secret;
    }
    if (!shared || !secret)
        return invalidField(QStringLiteral("the registers need one shared series (no types listed) and one for"
                                           " classified documents"),
                            QStringLiteral("series"));
    for (const auto &[abbr, name] : config.departments)
        if (!isValidAbbreviation(abbr))
            return invalidField(QStringLiteral("the department abbreviation '%1' is not valid").arg(abbr),
                                QStringLiteral("department"));
    auto committed = m_store.commit(
        {{QStringLiteral("register_config"), m_store.communeCode(), EventType::RegisterConfigSet, toJson(config)}},
        actor.userId);
    if (!committed)
        return committed.error();
    return {};
}

Result<OutgoingDocument> DocumentService::createOutgoing(const Session &actor, const OutgoingRequest &req)
{
    if (!actor.can(Permission::DraftOutgoing))
        return Error::forbidden(QStringLiteral("your role cannot draft outgoing documents"));
    auto config = registerConfig();
    if (!config)
        return config.error();
    OutgoingDocument d;
    const auto type = documentTypeFromAbbr(req.type);
    if (!type)
        return invalidField(QStringLiteral("unknown document type '%1' (Appendix III abbreviation: QĐ, TB, KH, BC, TTr,"
                                           " ..., or CV for a công văn)")
                                .arg(req.type),
                            QStringLiteral("type"));
    d.type = type->abbr;
    auto summary = checkText(req.summary, QStringLiteral("summary"), 500, true);
    if (!summary)
        return summary.error();
    d.summary = *summary;
    d.department = req.department.trimmed();
    if (d.department.isEmpty() && !type->inSymbol)
        d.department = config->defaultDepartment;
    if (!d.department.isEmpty() && !isValidAbbreviation(d.department))
        return invalidField(QStringLiteral("the department abbreviation '%1' is 1 to 12 capital letters or digits"
                                           " (VP, KT, VHXH)")
                                .arg(d.department),
                            QStringLiteral("department"));
    d.urgency = req.urgency;
    d.secrecy = req.secrecy;
    const NumberSeries *series = config->seriesFor(d.type, d.secrecy, req.series);
    if (!series)
        return invalidField(req.series.isEmpty() ? QStringLiteral("the registers have no series for this document")
                                                 : QStringLiteral("no series '%1' in the registers").arg(req.series),
                            QStringLiteral("series"));
    if (series->secret != (d.secrecy != Secrecy::None))
        return invalidField(series->secret ? QStringLiteral("the series of classified documents takes only those")
                                           : QStringLiteral("a classified document is numbered in its own series"),
                            QStringLiteral("series"));
    d.series = series->key;
    d.issuer = series->issuer.isEmpty() ? config->issuer : series->issuer;
    if (req.copies < 0 || req.copies > 999)
        return invalidField(QStringLiteral("copies is 0 to 999"), QStringLiteral("copies"));
    d.copies = req.copies;
    if (req.replyDue.isValid() && req.replyDue < today())
        return invalidField(QStringLiteral("the reply deadline is in the past"), QStringLiteral("reply_due"));
    d.replyDue = req.replyDue;
    for (const QString &r : req.recipients) {
        auto v = checkText(r, QStringLiteral("to"), 200, true);
        if (!v)
            return v.error();
        d.recipients.append({*v, {}, {}, {}});
    }
    auto signer = checkText(req.signerName, QStringLiteral("signer"), 50, false);
    auto position = checkText(req.signerPosition, QStringLiteral("signer_position"), 100, false);
    auto note = checkText(req.note, QStringLiteral("note"), 500, false);
    if (!signer || !position || !note)
        return (!signer ? signer : !position ? position : note).error();
    d.signerName = *signer;
    d.signerPosition = *position;
    d.note = *note;
    d.relation = req.relation;
    if (req.relation != DocumentRelation::None) {
        auto original = outgoing(req.relatedTo);
        if (!original)
            return original.error().code == Error::Code::NotFound
                       ? invalidField(
                             QStringLiteral("no outgoing document %1 to correct, replace or recall").arg(req.relatedTo),
                             QStringLiteral("related"))
                       : original.error();
        if (original->number == 0)
            return invalidField(QStringLiteral("only an issued (numbered) document is corrected, replaced or recalled"),
                                QStringLiteral("related"));
        // Đ18.4: layout and procedure errors are corrected by a công văn.
        if (req.relation == DocumentRelation::Correction && type->inSymbol)
            return invalidField(QStringLiteral("a correction is a công văn (type CV)"), QStringLiteral("type"));
        d.relatedTo = original->id;
    } else if (!req.relatedTo.isEmpty()) {
        return invalidField(QStringLiteral("say how it relates: correction, replacement or recall"),
                            QStringLiteral("related"));
    }
    if (d.secrecy != Secrecy::None && !req.attachments.isEmpty())
        return invalidField(QStringLiteral("a classified document is registered by its details only: its files are not"
                                           " kept on a counter PC (Law on Protection of State Secrets 29/2018/QH14)"),
                            QStringLiteral("secrecy"));
    auto blobs = storeAttachments(m_store, req.attachments);
    if (!blobs)
        return blobs.error();
    d.id = newUuidV7();
    QJsonObject p = toJson(d);
    for (const char *k : {"id", "state", "history", "created_by", "created_by_name", "created_at", "signed_at",
                          "number", "symbol", "issued_on", "year", "number_from_province", "sent_back_reason"})
        p.remove(QLatin1String(k));
    p.insert(QStringLiteral("at"), timeText(now()));
    p.insert(QStringLiteral("by_name"), actor.fullName);
    QList<EventDraft> drafts{{QStringLiteral("outgoing"), d.id, EventType::OutgoingCreated, p}};
    for (const StoredBlob &b : std::as_const(*blobs))
        drafts.append(AttachmentService::draft(QStringLiteral("outgoing"), d.id, b));
    auto committed = m_store.commit(drafts, actor.userId);
    if (!committed)
        return committed.error();
    return outgoing(d.id);
}

namespace
{
QString eventTypeFor(OutgoingAction a)
{
    switch (a) {
    case OutgoingAction::Submit:
        return EventType::OutgoingSubmitted;
    case OutgoingAction::Approve:
        return EventType::OutgoingApproved;
    case OutgoingAction::SendBack:
        return EventType::OutgoingSentBack;
    case OutgoingAction::Sign:
        return EventType::OutgoingSigned;
    case OutgoingAction::Number:
        return EventType::OutgoingNumbered;
    case OutgoingAction::Dispatch:
        return EventType::OutgoingDispatched;
    case OutgoingAction::Acknowledge:
        return EventType::OutgoingAcknowledged;
    case OutgoingAction::File:
        return EventType::OutgoingFiled;
    }
    return {};
}
} // namespace

namespace
{
// The checks every outgoing action makes, before and again inside the write transaction.
Result<OutgoingDocument> checkAction(Db::Database &db, const Session &actor, const QString &id, OutgoingAction action)
{
    if (!actor.can(permissionFor(action)))
        return Error::forbidden(
            QStringLiteral("your role cannot %1 an outgoing document").arg(outgoingActionKey(action)));
    auto d = readOutgoing(db, id);
    if (!d)
        return d.error();
    if (!*d)
        return Error::notFound(QStringLiteral("no outgoing document %1").arg(id));
    if (!nextOutgoingState((*d)->state, action))
        return Error::conflict(QStringLiteral("cannot %1 a document that is %2")
                                   .arg(outgoingActionKey(action), outgoingStateKey((*d)->state)));
    // A draft is submitted by its drafter (or an administrator).
    if (action == OutgoingAction::Submit && (*d)->createdBy != actor.userId && !actor.hasRole(Role::Admin) &&
        !actor.hasRole(Role::Leader))
        return Error::forbidden(QStringLiteral("only its drafter submits a draft"));
    return **d;
}
} // namespace

Result<OutgoingDocument> DocumentService::commitOutgoing(const Session &actor, const QString &id, OutgoingAction action,
                                                         const QJsonObject &payload)
{
    // Checked again inside the write transaction: another process may have moved it on meanwhile.
    auto committed = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            if (auto again = checkAction(m_store.db(), actor, id, action); !again)
                return again.error();
            return QList<EventDraft>{{QStringLiteral("outgoing"), id, eventTypeFor(action), payload}};
        },
        actor.userId);
    if (!committed)
        return committed.error();
    return outgoing(id);
}

Result<OutgoingDocument> DocumentService::act(const Session &actor, const QString &id, OutgoingAction action,
                                              const QString &note)
{
    if (action == OutgoingAction::Number)
        return number(actor, id);
    if (action == OutgoingAction::Dispatch || action == OutgoingAction::Acknowledge)
        return invalidField(QStringLiteral("dispatch and acknowledge name their recipients"), QStringLiteral("to"));
    auto cur = checkAction(m_store.db(), actor, id, action);
    if (!cur)
        return cur.error();
    auto text = checkText(note, QStringLiteral("note"), 2000, action == OutgoingAction::SendBack);
    if (!text)
        return text.error();
    QJsonObject p{{QStringLiteral("at"), timeText(now())},
                  {QStringLiteral("by_name"), actor.fullName},
                  {QStringLiteral("note"), *text}};
    if (action == OutgoingAction::Sign) {
        // The signer is the leader who signs; the planned position is kept when the draft named one.
        p.insert(QStringLiteral("signer_name"), actor.fullName);
        p.insert(QStringLiteral("signer_position"),
                 cur->signerPosition.isEmpty() ? QStringLiteral("Chủ tịch") : cur->signerPosition);
    }
    return commitOutgoing(actor, id, action, p);
}

Result<OutgoingDocument> DocumentService::number(const Session &actor, const QString &id, const QDate &date)
{
    auto cur = checkAction(m_store.db(), actor, id, OutgoingAction::Number);
    if (!cur)
        return cur.error();
    const QDate issued = date.isValid() ? date : today();
    if (issued > today())
        return invalidField(QStringLiteral("the issue date is in the future"), QStringLiteral("date"));
    // Đ15.2: numbered after signing, at the latest the next working day; a date before the signature is wrong.
    if (cur->signedAt.isValid() && issued < Time::toVietnam(cur->signedAt).date())
        return invalidField(QStringLiteral("the issue date is before the document was signed"), QStringLiteral("date"));
    auto config = registerConfig();
    if (!config)
        return config.error();
    const auto type = documentTypeFromAbbr(cur->type);
    if (!type)
        return Error{Error::Code::Internal, QStringLiteral("unknown type %1").arg(cur->type), {}};
    const NumberSeries *series = config->seriesFor(cur->type, cur->secrecy, cur->series);
    const QString mark = series ? series->mark : QString();
    const QString symbol =
        composeSymbol(*type, cur->issuer, cur->department) + (mark.isEmpty() ? QString() : u'-' + mark);
    qint64 given = 0;
    bool fromProvince = false;
    auto committed = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            if (auto again = checkAction(m_store.db(), actor, id, OutgoingAction::Number); !again)
                return again.error();
            // A block the province allotted this counter for the series and year comes first (sync); otherwise the
            // next number after every one this store knows of in the series and year. Inside the transaction: two
            // processes numbering at once never give the same number.
            const QString blockDay = QDate(issued.year(), 1, 1).toString(Qt::ISODate);
            auto fromBlock = NumberBlocks(m_store).takeSerial(u"outgoing:" + cur->series, blockDay);
            if (!fromBlock)
                return fromBlock.error();
            if (*fromBlock > 0) {
                given = *fromBlock;
                fromProvince = true;
            } else if (auto allotted = NumberBlocks(m_store).allotted(u"outgoing:" + cur->series); !allotted) {
                return allotted.error();
            } else if (*allotted) {
                // This counter numbers from the province's blocks: a number of its own could be one given to another
                // counter of the commune.
                return Error{Error::Code::Conflict,
                             QStringLiteral("no number of the series %1 is left for %2 on this counter: sync with the"
                                            " province to get more")
                                 .arg(cur->series)
                                 .arg(issued.year()),
                             QStringLiteral("no_numbers")};
            } else {
                auto st = m_store.db().cached(QStringLiteral(
                    "SELECT coalesce(max(number), 0) FROM outgoing_docs WHERE series = ?1 AND year = ?2"));
                if (!st)
                    return st.error();
                (*st)->bind(1, cur->series).bind(2, qint64(issued.year()));
                if ((*st)->next())
                    given = (*st)->integer(0) + 1;
                if ((*st)->failed())
                    return (*st)->lastError();
                (void)(*st)->reset();
            }
            // Number and symbol are unique within the year (Đ15.1), whichever series gave it.
            auto clash = m_store.db().cached(QStringLiteral(
                "SELECT id FROM outgoing_docs WHERE year = ?1 AND number = ?2 AND symbol = ?3 AND id <> ?4"));
            if (!clash)
                return clash.error();
            (*clash)->bind(1, qint64(issued.year())).bind(2, given).bind(3, symbol).bind(4, id);
            const bool taken = (*clash)->next();
            (void)(*clash)->reset();
            if (taken)
                return Error::conflict(
                    QStringLiteral("%1 is issued already this year").arg(composeNumberSymbol(given, symbol)));
            QJsonObject p{{QStringLiteral("at"), timeText(now())},
                          {QStringLiteral("by_name"), actor.fullName},
                          {QStringLiteral("number"), given},
                          {QStringLiteral("symbol"), symbol},
                          {QStringLiteral("series"), cur->series},
                          {QStringLiteral("issued_on"), dateText(issued)},
                          {QStringLiteral("from_province"), fromProvince}};
            return QList<EventDraft>{{QStringLiteral("outgoing"), id, EventType::OutgoingNumbered, p}};
        },
        actor.userId);
    if (!committed)
        return committed.error();
    logger()->info("outgoing numbered: {}", composeNumberSymbol(given, symbol).toStdString());
    return outgoing(id);
}

Result<OutgoingDocument> DocumentService::dispatch(const Session &actor, const QString &id,
                                                   const QList<Recipient> &recipients)
{
    auto cur = checkAction(m_store.db(), actor, id, OutgoingAction::Dispatch);
    if (!cur)
        return cur.error();
    QList<Recipient> list = recipients;
    if (list.isEmpty())
        list = cur->recipients;
    if (list.isEmpty())
        return invalidField(QStringLiteral("name at least one recipient (--to RECIPIENT)"), QStringLiteral("to"));
    QJsonArray out;
    QSet<QString> seen;
    for (const Recipient &r : list) {
        auto name = checkText(r.name, QStringLiteral("to"), 200, true);
        if (!name)
            return name.error();
        if (seen.contains(*name))
            continue;
        seen.insert(*name);
        out.append(QJsonObject{{QStringLiteral("name"), *name},
                               {QStringLiteral("how"), r.how.isEmpty() ? QStringLiteral("post") : r.how}});
    }
    QJsonObject p{{QStringLiteral("at"), timeText(now())},
                  {QStringLiteral("by_name"), actor.fullName},
                  {QStringLiteral("recipients"), out},
                  {QStringLiteral("note"), QStringList(seen.values()).join(QStringLiteral(", "))}};
    return commitOutgoing(actor, id, OutgoingAction::Dispatch, p);
}

Result<OutgoingDocument> DocumentService::acknowledge(const Session &actor, const QString &id, const QString &recipient)
{
    auto cur = checkAction(m_store.db(), actor, id, OutgoingAction::Acknowledge);
    if (!cur)
        return cur.error();
    const auto it = std::find_if(cur->recipients.cbegin(), cur->recipients.cend(),
                                 [&](const Recipient &r) { return r.name == recipient.trimmed(); });
    if (it == cur->recipients.cend() || !it->dispatchedAt.isValid())
        return invalidField(QStringLiteral("the document was not dispatched to '%1'").arg(recipient),
                            QStringLiteral("to"));
    if (it->acknowledgedAt.isValid())
        return Error::conflict(QStringLiteral("'%1' acknowledged it already").arg(recipient));
    QJsonObject p{{QStringLiteral("at"), timeText(now())},
                  {QStringLiteral("by_name"), actor.fullName},
                  {QStringLiteral("recipient"), it->name}};
    return commitOutgoing(actor, id, OutgoingAction::Acknowledge, p);
}

Result<OutgoingDocument> DocumentService::outgoing(const QString &id)
{
    auto d = readOutgoing(m_store.db(), id);
    if (!d)
        return d.error();
    if (!*d)
        return Error::notFound(QStringLiteral("no outgoing document %1").arg(id));
    return **d;
}

Result<QList<OutgoingDocument>> DocumentService::listOutgoing(const Session &actor, const OutgoingFilter &filter,
                                                              int limit, int offset)
{
    if (!actor.can(Permission::ViewDocuments))
        return Error::forbidden(QStringLiteral("your role cannot see the document registers"));
    QString where = QStringLiteral("1");
    QStringList binds;
    if (filter.year > 0) {
        binds.append(QString::number(filter.year));
        where += QStringLiteral(" AND year = ?%1").arg(binds.size());
    }
    if (filter.state) {
        binds.append(outgoingStateKey(*filter.state));
        where += QStringLiteral(" AND state = ?%1").arg(binds.size());
    }
    if (filter.mineOnly) {
        binds.append(actor.userId);
        where += QStringLiteral(" AND created_by = ?%1").arg(binds.size());
    }
    addTextFilter(filter.text, where, binds);
    return readMany<OutgoingDocument>(
        m_store.db(),
        QStringLiteral("SELECT doc, number_conflict FROM outgoing_docs WHERE %1 ORDER BY CASE WHEN state IN ('draft',"
                       " 'filed') THEN 0 ELSE urgency_rank END DESC, created_at DESC, id DESC LIMIT %2 OFFSET %3")
            .arg(where)
            .arg(std::clamp(limit, 1, 5000))
            .arg(std::max(offset, 0)),
        binds);
}

Result<QList<OutgoingDocument>> DocumentService::linkedTo(const QString &id)
{
    return readMany<OutgoingDocument>(
        m_store.db(),
        QStringLiteral("SELECT doc, number_conflict FROM outgoing_docs WHERE related_to = ?1 ORDER BY created_at, id"),
        {id});
}

Result<bool> DocumentService::numbersIssuedHere()
{
    auto config = registerConfig();
    if (!config)
        return config.error();
    for (const NumberSeries &s : config->series) {
        auto allotted = NumberBlocks(m_store).allotted(u"outgoing:" + s.key);
        if (!allotted)
            return allotted.error();
        if (*allotted)
            return false;
    }
    return true;
}

namespace
{
// The first and last day a register covers: within its year, from before until.
Result<std::pair<QDate, QDate>> rangeDays(const RegisterRange &range)
{
    if (range.year < 2000 || range.year > 2200)
        return invalidField(QStringLiteral("the register's year is 2000 to 2200"), QStringLiteral("year"));
    const QDate from = range.from.isValid() ? range.from : QDate(range.year, 1, 1);
    const QDate until = range.until.isValid() ? range.until : QDate(range.year, 12, 31);
    if (from > until || from.year() != range.year || until.year() != range.year)
        return invalidField(QStringLiteral("the range lies within the register's year, from before until"),
                            QStringLiteral("from"));
    return std::pair{from, until};
}
} // namespace

Result<QList<IncomingDocument>> DocumentService::incomingRegister(const RegisterRange &range)
{
    auto days = rangeDays(range);
    if (!days)
        return days.error();
    const auto [from, until] = *days;
    // Arrival times are stored in UTC; the range is of Vietnam days.
    const QString lo = Time::toUtcIso(QDateTime(from, QTime(0, 0), Time::vietnam()));
    const QString hi = Time::toUtcIso(QDateTime(until.addDays(1), QTime(0, 0), Time::vietnam()));
    return readMany<IncomingDocument>(m_store.db(),
                                      QStringLiteral("SELECT doc, arrival_conflict FROM incoming_docs WHERE year = ?1"
                                                     " AND received_at >= ?2 AND received_at < ?3 ORDER BY"
                                                     " arrival_number, claim_hlc, id"),
                                      {QString::number(range.year), lo, hi});
}

Result<QList<OutgoingDocument>> DocumentService::outgoingRegister(const RegisterRange &range)
{
    auto days = rangeDays(range);
    if (!days)
        return days.error();
    const auto [from, until] = *days;
    auto rows = readMany<OutgoingDocument>(m_store.db(),
                                           QStringLiteral("SELECT doc, number_conflict FROM outgoing_docs WHERE year = "
                                                          "?1 AND number > 0 AND (coalesce(?2, '') = '' OR"
                                                          " series = ?2) ORDER BY series, number, claim_hlc, id"),
                                           {QString::number(range.year), range.series});
    if (!rows)
        return rows.error();
    rows->removeIf([&](const OutgoingDocument &d) { return d.issuedOn < from || d.issuedOn > until; });
    return rows;
}

Result<DocumentCounts> DocumentService::counts(const Session &actor, const QDateTime &now)
{
    DocumentCounts c;
    if (!actor.can(Permission::ViewDocuments))
        return c;
    const QString day = Time::toVietnam(now.isValid() ? now : this->now()).date().toString(Qt::ISODate);
    auto one = [&](const QString &sql, const QStringList &binds) -> Result<qint64> {
        auto st = m_store.db().cached(sql);
        if (!st)
            return st.error();
        for (qsizetype i = 0; i < binds.size(); ++i)
            (*st)->bind(int(i + 1), binds.at(i));
        qint64 n = 0;
        if ((*st)->next())
            n = (*st)->integer(0);
        if ((*st)->failed())
            return (*st)->lastError();
        (void)(*st)->reset();
        return n;
    };
    struct Q
    {
        qint64 *into;
        QString sql;
        QStringList binds;
    };
    const QList<Q> queries{
        {&c.toDirect, QStringLiteral("SELECT count(*) FROM incoming_docs WHERE state = 'registered'"), {}},
        {&c.open, QStringLiteral("SELECT count(*) FROM incoming_docs WHERE state <> 'finished'"), {}},
        {&c.overdue,
         QStringLiteral("SELECT count(*) FROM incoming_docs WHERE state <> 'finished' AND due_on < ?1"),
         {day}},
        {&c.mine,
         QStringLiteral("SELECT count(*) FROM incoming_docs WHERE state <> 'finished' AND id IN (SELECT doc_id FROM"
                        " incoming_assignees WHERE user_id = ?1 OR (?2 <> '' AND user_id = '' AND department = ?2))"),
         {actor.userId, actor.department}},
        {&c.drafts,
         QStringLiteral("SELECT count(*) FROM outgoing_docs WHERE state = 'draft' AND created_by = ?1"),
         {actor.userId}},
        {&c.toApprove,
         QStringLiteral("SELECT count(*) FROM outgoing_docs WHERE state IN ('submitted', 'approved')"),
         {}},
        {&c.toNumber, QStringLiteral("SELECT count(*) FROM outgoing_docs WHERE state = 'signed'"), {}},
        {&c.toDispatch, QStringLiteral("SELECT count(*) FROM outgoing_docs WHERE state = 'numbered'"), {}},
    };
    for (const Q &q : queries) {
        auto n = one(q.sql, q.binds);
        if (!n)
            return n.error();
        *q.into = *n;
    }
    return c;
}

Result<void> DocumentService::exportFile(const Session &actor, const QString &entity, const QString &id,
                                         const QString &zipPath)
{
    if (!actor.can(Permission::ViewDocuments))
        return Error::forbidden(QStringLiteral("your role cannot see the document registers"));
    QJsonObject record;
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(label + QStringLiteral(": ") + value);
    };
    auto vnDate = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    if (entity == u"incoming") {
        auto d = incoming(id);
        if (!d)
            return d.error();
        record = toJson(*d);
        lines.append(QStringLiteral("VĂN BẢN ĐẾN"));
        line(QStringLiteral("Số đến"), QStringLiteral("%1/%2").arg(d->arrivalNumber).arg(d->year));
        line(QStringLiteral("Ngày đến"), Time::toVietnam(d->receivedAt).toString(QStringLiteral("HH:mm dd/MM/yyyy")));
        line(QStringLiteral("Tác giả"), d->fromAgency);
        line(QStringLiteral("Số, ký hiệu"), d->numberSymbol());
        line(QStringLiteral("Ngày văn bản"), vnDate(d->issuedOn));
        line(QStringLiteral("Loại"), documentTypeFromAbbr(d->type) ? documentTypeFromAbbr(d->type)->name : d->type);
        line(QStringLiteral("Trích yếu"), d->summary);
        line(QStringLiteral("Người ký"), QStringList{d->signerPosition, d->signer}.join(u' ').trimmed());
        line(QStringLiteral("Độ khẩn"), urgencyText(d->urgency));
        line(QStringLiteral("Độ mật"), d->secrecy == Secrecy::None ? QString() : secrecyText(d->secrecy));
        line(QStringLiteral("Thời hạn giải quyết"), vnDate(d->due));
        line(QStringLiteral("Trạng thái"), incomingStateText(d->state));
        for (const Direction &dir : d->directions) {
            QStringList names;
            for (const Assignee &a : dir.assignees)
                names.append(a.name + (a.lead ? QStringLiteral(" (chủ trì)") : QStringLiteral(" (phối hợp)")));
            line(QStringLiteral("Ý kiến chỉ đạo %1 (%2)")
                     .arg(Time::toVietnam(dir.at).toString(QStringLiteral("dd/MM/yyyy")), dir.byName),
                 names.join(QStringLiteral(", ")) +
                     (dir.note.isEmpty() ? QString() : QStringLiteral(" — ") + dir.note));
        }
        line(QStringLiteral("Văn bản trả lời"), d->replySymbol);
    } else if (entity == u"outgoing") {
        auto d = outgoing(id);
        if (!d)
            return d.error();
        record = toJson(*d);
        lines.append(QStringLiteral("VĂN BẢN ĐI"));
        line(QStringLiteral("Số, ký hiệu"), d->numberSymbol());
        line(QStringLiteral("Ngày ban hành"), vnDate(d->issuedOn));
        line(QStringLiteral("Loại"), documentTypeFromAbbr(d->type) ? documentTypeFromAbbr(d->type)->name : d->type);
        line(QStringLiteral("Trích yếu"), d->summary);
        line(QStringLiteral("Người ký"), QStringList{d->signerPosition, d->signerName}.join(u' ').trimmed());
        line(QStringLiteral("Độ khẩn"), urgencyText(d->urgency));
        line(QStringLiteral("Trạng thái"), outgoingStateText(d->state));
        QStringList to;
        for (const Recipient &r : d->recipients)
            to.append(r.name);
        line(QStringLiteral("Nơi nhận"), to.join(QStringLiteral("; ")));
    } else {
        return invalidField(QStringLiteral("a document is incoming or outgoing, not '%1'").arg(entity),
                            QStringLiteral("entity"));
    }
    record.insert(QStringLiteral("kind"), entity);
    AttachmentService attachments(m_store);
    auto files = attachments.list(entity, id);
    if (!files)
        return files.error();
    ZipWriter zip;
    QSet<QString> names;
    QStringList listed;
    for (const Attachment &a : std::as_const(*files)) {
        if (a.removed)
            continue;
        auto path = attachments.blobPath(a.sha256);
        if (!path)
            return path.error();
        // A name used twice gets a number before its extension: "scan (2).pdf".
        QString name = AttachmentService::displayName(a.fileName);
        if (name.isEmpty() || !ZipWriter::isSafeName(name))
            name = a.sha256.left(12);
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString stem = dot > 0 ? name.left(dot) : name, ext = dot > 0 ? name.mid(dot) : QString();
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(ext);
        names.insert(name);
        zip.addFile(QStringLiteral("tep/") + name, *path);
        listed.append(name);
    }
    line(QStringLiteral("Tệp đính kèm"), listed.join(QStringLiteral("; ")));
    zip.add(QStringLiteral("van-ban.json"), QJsonDocument(record).toJson(QJsonDocument::Indented));
    zip.add(QStringLiteral("thong-tin.txt"), lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return zip.write(zipPath);
}

} // namespace MotCua
