// motcua-cli incoming … and outgoing …: the official document registers (CLI.md, the document-register issue).
#include "app/cli/common.h"
#include "core/documents/documentjson.h"
#include "core/documents/documentservice.h"
#include "core/domain/ids.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MotCua::Cli
{

namespace
{
QString dateOrNull(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Time::toVietnamIso(t)) : QJsonValue();
}

QJsonArray assigneesJson(const QList<Assignee> &list)
{
    QJsonArray out;
    for (const Assignee &a : list)
        out.append(QJsonObject{{QStringLiteral("user_id"), a.userId.isEmpty() ? QJsonValue() : QJsonValue(a.userId)},
                               {QStringLiteral("name"), a.name},
                               {QStringLiteral("department"), a.department},
                               {QStringLiteral("role"), a.lead ? QStringLiteral("lead") : QStringLiteral("co")},
                               {QStringLiteral("due"), dateJson(a.due)}});
    return out;
}

QJsonObject incomingJson(const IncomingDocument &d, bool full)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("arrival_number"), d.arrivalNumber},
                  {QStringLiteral("year"), d.year},
                  {QStringLiteral("received_at"), timeJson(d.receivedAt)},
                  {QStringLiteral("from"), d.fromAgency},
                  {QStringLiteral("number"), d.number},
                  {QStringLiteral("symbol"), d.symbol},
                  {QStringLiteral("date"), dateJson(d.issuedOn)},
                  {QStringLiteral("type"), d.type},
                  {QStringLiteral("summary"), d.summary},
                  {QStringLiteral("urgency"), urgencyKey(d.urgency)},
                  {QStringLiteral("secrecy"), secrecyKey(d.secrecy)},
                  {QStringLiteral("state"), incomingStateKey(d.state)},
                  {QStringLiteral("due"), dateJson(d.due)},
                  {QStringLiteral("overdue"), d.isOverdue(QDateTime::currentDateTimeUtc())},
                  {QStringLiteral("duplicate_of"), d.duplicateOf.isEmpty() ? QJsonValue() : QJsonValue(d.duplicateOf)},
                  {QStringLiteral("arrival_conflict"), d.arrivalConflict},
                  {QStringLiteral("assignees"), assigneesJson(d.currentAssignees())}};
    if (!full)
        return o;
    o.insert(QStringLiteral("language"), d.language);
    o.insert(QStringLiteral("pages"), d.pages);
    o.insert(QStringLiteral("signer"), d.signer);
    o.insert(QStringLiteral("signer_position"), d.signerPosition);
    o.insert(QStringLiteral("recipients"), d.recipients);
    o.insert(QStringLiteral("medium"), mediumKey(d.medium));
    o.insert(QStringLiteral("note"), d.note);
    o.insert(QStringLiteral("registered_by"), d.registeredByName);
    QJsonArray directions;
    for (const Direction &dir : d.directions)
        directions.append(QJsonObject{{QStringLiteral("at"), timeJson(dir.at)},
                                      {QStringLiteral("by"), dir.byName},
                                      {QStringLiteral("assignees"), assigneesJson(dir.assignees)},
                                      {QStringLiteral("due"), dateJson(dir.due)},
                                      {QStringLiteral("note"), dir.note}});
    o.insert(QStringLiteral("directions"), directions);
    QJsonArray progress;
    for (const ProgressNote &p : d.progress)
        progress.append(QJsonObject{{QStringLiteral("at"), timeJson(p.at)},
                                    {QStringLiteral("by"), p.byName},
                                    {QStringLiteral("note"), p.note}});
    o.insert(QStringLiteral("progress"), progress);
    o.insert(QStringLiteral("finished_at"), timeJson(d.finishedAt));
    o.insert(QStringLiteral("reply_id"), d.replyId.isEmpty() ? QJsonValue() : QJsonValue(d.replyId));
    o.insert(QStringLiteral("reply_symbol"), d.replySymbol.isEmpty() ? QJsonValue() : QJsonValue(d.replySymbol));
    return o;
}

QJsonObject outgoingJson(const OutgoingDocument &d, bool full)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("type"), d.type},
                  {QStringLiteral("summary"), d.summary},
                  {QStringLiteral("state"), outgoingStateKey(d.state)},
                  {QStringLiteral("series"), d.series},
                  {QStringLiteral("number"), d.number > 0 ? QJsonValue(d.number) : QJsonValue()},
                  {QStringLiteral("symbol"), d.number > 0 ? QJsonValue(d.numberSymbol()) : QJsonValue()},
                  {QStringLiteral("issued_on"), dateJson(d.issuedOn)},
                  {QStringLiteral("year"), d.year},
                  {QStringLiteral("urgency"), urgencyKey(d.urgency)},
                  {QStringLiteral("secrecy"), secrecyKey(d.secrecy)},
                  {QStringLiteral("department"), d.department},
                  {QStringLiteral("number_from_province"), d.numberFromProvince},
                  {QStringLiteral("number_conflict"), d.numberConflict}};
    if (!full)
        return o;
    o.insert(QStringLiteral("issuer"), d.issuer);
    o.insert(QStringLiteral("created_by"), d.createdByName);
    o.insert(QStringLiteral("created_at"), timeJson(d.createdAt));
    o.insert(QStringLiteral("signer"), d.signerName);
    o.insert(QStringLiteral("signer_position"), d.signerPosition);
    o.insert(QStringLiteral("signed_at"), timeJson(d.signedAt));
    o.insert(QStringLiteral("copies"), d.copies);
    o.insert(QStringLiteral("reply_due"), dateJson(d.replyDue));
    o.insert(QStringLiteral("relation"), relationKey(d.relation).isEmpty() ? QJsonValue() : relationKey(d.relation));
    o.insert(QStringLiteral("related_to"), d.relatedTo.isEmpty() ? QJsonValue() : QJsonValue(d.relatedTo));
    o.insert(QStringLiteral("note"), d.note);
    o.insert(QStringLiteral("sent_back_reason"), d.sentBackReason);
    QJsonArray recipients;
    for (const Recipient &r : d.recipients)
        recipients.append(QJsonObject{{QStringLiteral("name"), r.name},
                                      {QStringLiteral("how"), r.how},
                                      {QStringLiteral("dispatched_at"), timeJson(r.dispatchedAt)},
                                      {QStringLiteral("acknowledged_at"), timeJson(r.acknowledgedAt)}});
    o.insert(QStringLiteral("recipients"), recipients);
    QJsonArray history;
    for (const OutgoingEvent &h : d.history)
        history.append(QJsonObject{{QStringLiteral("at"), timeJson(h.at)},
                                   {QStringLiteral("action"), h.action},
                                   {QStringLiteral("by"), h.byName},
                                   {QStringLiteral("note"), h.note}});
    o.insert(QStringLiteral("history"), history);
    return o;
}

Urgency urgencyOption(const Args &a)
{
    if (!a.has(QStringLiteral("--urgency")))
        return Urgency::Normal;
    const auto u = urgencyFromKey(a.value(QStringLiteral("--urgency")));
    if (!u)
        throw Failure{kBadInput, QStringLiteral("--urgency must be normal, urgent, very-urgent or flash, got '%1'")
                                     .arg(shown(a.value(QStringLiteral("--urgency"))))};
    return *u;
}

Secrecy secrecyOption(const Args &a)
{
    if (!a.has(QStringLiteral("--secrecy")))
        return Secrecy::None;
    const auto s = secrecyFromKey(a.value(QStringLiteral("--secrecy")));
    if (!s)
        throw Failure{kBadInput, QStringLiteral("--secrecy must be none, confidential, secret or top-secret, got '%1'")
                                     .arg(shown(a.value(QStringLiteral("--secrecy"))))};
    return *s;
}

void requireOptions(const Args &a, const QStringList &names, const QString &usage)
{
    for (const QString &n : names)
        if (a.value(n).isEmpty())
            throw UsageError(
                QStringLiteral("%1 needs %2; usage: motcua-cli %3").arg(usage.section(u' ', 0, 1), n, usage));
}

const QString kRegisterUsage = QStringLiteral(
    "incoming register --from AGENCY --number N --symbol SYMBOL --date DATE --type TYPE --summary TEXT "
    "[--urgency normal|urgent|very-urgent|flash] [--secrecy none|confidential|secret|top-secret] "
    "[--received-at DATETIME] [--pages N] [--signer NAME] [--signer-position P] [--recipients TEXT] [--due DATE] "
    "[--medium paper|electronic] [--note TEXT] [--attach FILE]... [--accept-duplicate] [--json]");

int cmdIncomingRegister(const Args &a, Output &out)
{
    expectPositional(a, 2, kRegisterUsage);
    requireOptions(a,
                   {QStringLiteral("--from"), QStringLiteral("--number"), QStringLiteral("--symbol"),
                    QStringLiteral("--date"), QStringLiteral("--type"), QStringLiteral("--summary")},
                   kRegisterUsage);
    IncomingRequest req;
    req.fromAgency = a.value(QStringLiteral("--from"));
    req.number = a.value(QStringLiteral("--number"));
    req.symbol = a.value(QStringLiteral("--symbol"));
    req.issuedOn = dateOption(a, "--date");
    req.type = a.value(QStringLiteral("--type"));
    req.summary = a.value(QStringLiteral("--summary"));
    req.urgency = urgencyOption(a);
    req.secrecy = secrecyOption(a);
    req.receivedAt = dateTimeOption(a, "--received-at");
    req.pages = intOption(a, "--pages", 0, 0, 999);
    req.signer = a.value(QStringLiteral("--signer"));
    req.signerPosition = a.value(QStringLiteral("--signer-position"));
    req.recipients = a.value(QStringLiteral("--recipients"));
    req.due = dateOption(a, "--due");
    req.note = a.value(QStringLiteral("--note"));
    if (a.has(QStringLiteral("--medium"))) {
        const auto m = mediumFromKey(a.value(QStringLiteral("--medium")));
        if (!m)
            throw Failure{kBadInput, QStringLiteral("--medium must be paper or electronic, got '%1'")
                                         .arg(shown(a.value(QStringLiteral("--medium"))))};
        req.medium = *m;
    }
    req.attachments = a.all(QStringLiteral("--attach"));
    req.acceptDuplicate = a.has(QStringLiteral("--accept-duplicate"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    auto r = DocumentService(*store).registerIncoming(session, req);
    if (!r && r.error().field == u"duplicate")
        throw Failure{kBadInput, r.error().message + QStringLiteral("; register it anyway with --accept-duplicate")};
    const IncomingDocument d = unwrap(std::move(r));
    if (out.json())
        out.line(incomingJson(d, false));
    else
        out.text(tr("Incoming document %1 registered: arrival number %2/%3")
                     .arg(d.numberSymbol())
                     .arg(d.arrivalNumber)
                     .arg(d.year));
    return kOk;
}

int cmdIncomingDirect(const Args &a, Output &out)
{
    const QString usage = QStringLiteral("incoming direct ID (--to USER | --department D) [--co USER]... "
                                         "[--co-department D]... [--due DATE] [--due-for NAME=DATE]... [--note TEXT]");
    expectPositional(a, 3, usage);
    DirectRequest req;
    req.id = a.positional.at(2);
    req.leadUser = a.value(QStringLiteral("--to"));
    req.leadDepartment = a.value(QStringLiteral("--department"));
    req.coUsers = a.all(QStringLiteral("--co"));
    req.coDepartments = a.all(QStringLiteral("--co-department"));
    req.due = dateOption(a, "--due");
    for (const QString &pair : a.all(QStringLiteral("--due-for"))) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const QDate d = eq > 0 ? Time::parseDate(pair.mid(eq + 1)) : QDate();
        if (!d.isValid())
            throw Failure{kBadInput, QStringLiteral("--due-for takes NAME=YYYY-MM-DD, got '%1'").arg(shown(pair))};
        req.dueByUser.insert(pair.left(eq), d);
    }
    req.note = a.value(QStringLiteral("--note"));
    req.at = dateTimeOption(a, "--at");
    auto store = openStore(a);
    const Session session = login(*store, a);
    const IncomingDocument d = unwrap(DocumentService(*store).direct(session, req));
    if (out.json())
        out.line(incomingJson(d, false));
    else
        out.text(tr("Direction recorded for %1").arg(d.numberSymbol()));
    return kOk;
}

int cmdIncomingProgress(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("incoming progress ID --note TEXT"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const IncomingDocument d =
        unwrap(DocumentService(*store).recordProgress(session, a.positional.at(2), a.value(QStringLiteral("--note"))));
    if (out.json())
        out.line(incomingJson(d, false));
    else
        out.text(tr("Progress recorded for %1").arg(d.numberSymbol()));
    return kOk;
}

int cmdIncomingFinish(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("incoming finish ID [--reply ID] [--note TEXT]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const IncomingDocument d = unwrap(DocumentService(*store).finishIncoming(
        session, a.positional.at(2), a.value(QStringLiteral("--reply")), a.value(QStringLiteral("--note"))));
    if (out.json())
        out.line(incomingJson(d, false));
    else
        out.text(tr("Incoming document %1 finished").arg(d.numberSymbol()));
    return kOk;
}

int cmdIncomingList(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("incoming list [--year Y] [--queue Q] [--filter TEXT] [--limit N]"));
    IncomingFilter f;
    f.year = intOption(a, "--year", 0, 2000, 2200);
    f.text = a.value(QStringLiteral("--filter"));
    if (a.has(QStringLiteral("--queue"))) {
        const auto q = incomingQueueFromKey(a.value(QStringLiteral("--queue")));
        if (!q)
            throw Failure{kBadInput,
                          QStringLiteral("unknown queue '%1'; known: all, to-direct, mine, overdue, open, finished")
                              .arg(shown(a.value(QStringLiteral("--queue"))))};
        f.queue = *q;
    }
    const int limit = intOption(a, "--limit", 200, 1, 5000);
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QList<IncomingDocument> rows = unwrap(DocumentService(*store).listIncoming(session, f, limit));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (out.json()) {
        for (const IncomingDocument &d : rows)
            out.line(incomingJson(d, false));
        return kOk;
    }
    QList<QStringList> table;
    for (const IncomingDocument &d : rows)
        table.append({QStringLiteral("%1/%2").arg(d.arrivalNumber).arg(d.year), d.numberSymbol(), d.fromAgency,
                      d.summary.left(50), urgencyText(d.urgency), incomingStateText(d.state),
                      dateOrNull(d.due) + (d.isOverdue(now) ? QStringLiteral(" !") : QString())});
    out.table({tr("Arrival"), tr("Number"), tr("From"), tr("Summary"), tr("Urgency"), tr("State"), tr("Due")}, table);
    return kOk;
}

int cmdIncomingShow(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("incoming show ID [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    if (!session.can(Permission::ViewDocuments))
        throw Failure{kBadInput, QStringLiteral("your role cannot see the document registers")};
    const IncomingDocument d = unwrap(DocumentService(*store).incoming(a.positional.at(2)));
    if (out.json()) {
        out.line(incomingJson(d, true));
        return kOk;
    }
    out.text(QStringLiteral("%1/%2  %3  %4").arg(d.arrivalNumber).arg(d.year).arg(d.numberSymbol(), d.fromAgency));
    out.text(d.summary);
    out.text(tr("State: %1").arg(incomingStateText(d.state)));
    for (const Direction &dir : d.directions) {
        QStringList names;
        for (const Assignee &as : dir.assignees)
            names.append(as.name + (as.lead ? tr(" (lead)") : QString()));
        out.text(tr("Directed %1 by %2: %3 %4")
                     .arg(vnDateTime(dir.at), dir.byName, names.join(QStringLiteral(", ")), dir.note));
    }
    return kOk;
}

const QString kCreateUsage = QStringLiteral(
    "outgoing create --type TYPE --summary TEXT [--department ABBR] [--urgency normal|urgent|very-urgent|flash] "
    "[--secrecy none|confidential|secret|top-secret] [--series KEY] [--to RECIPIENT]... [--copies N] "
    "[--reply-due DATE] [--signer NAME] [--signer-position P] [--corrects ID | --replaces ID | --recalls ID] "
    "[--note TEXT] [--attach FILE]... [--json]");

int cmdOutgoingCreate(const Args &a, Output &out)
{
    expectPositional(a, 2, kCreateUsage);
    requireOptions(a, {QStringLiteral("--type"), QStringLiteral("--summary")}, kCreateUsage);
    OutgoingRequest req;
    req.type = a.value(QStringLiteral("--type"));
    req.summary = a.value(QStringLiteral("--summary"));
    req.department = a.value(QStringLiteral("--department"));
    req.urgency = urgencyOption(a);
    req.secrecy = secrecyOption(a);
    req.series = a.value(QStringLiteral("--series"));
    req.recipients = a.all(QStringLiteral("--to"));
    req.copies = intOption(a, "--copies", 0, 0, 999);
    req.replyDue = dateOption(a, "--reply-due");
    req.signerName = a.value(QStringLiteral("--signer"));
    req.signerPosition = a.value(QStringLiteral("--signer-position"));
    req.note = a.value(QStringLiteral("--note"));
    req.attachments = a.all(QStringLiteral("--attach"));
    int relations = 0;
    for (const auto &[option, relation] : {std::pair{QStringLiteral("--corrects"), DocumentRelation::Correction},
                                           std::pair{QStringLiteral("--replaces"), DocumentRelation::Replacement},
                                           std::pair{QStringLiteral("--recalls"), DocumentRelation::Recall}}) {
        if (a.has(option)) {
            ++relations;
            req.relation = relation;
            req.relatedTo = a.value(option);
        }
    }
    if (relations > 1)
        throw UsageError(QStringLiteral("give one of --corrects, --replaces, --recalls"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    const OutgoingDocument d = unwrap(DocumentService(*store).createOutgoing(session, req));
    if (out.json())
        out.line(outgoingJson(d, false));
    else
        out.text(tr("Outgoing draft %1 created").arg(d.id));
    return kOk;
}

int cmdOutgoingAct(OutgoingAction action, const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("outgoing %1 ID").arg(outgoingActionKey(action)));
    auto store = openStore(a);
    const Session session = login(*store, a);
    DocumentService service(*store);
    const QString id = a.positional.at(2);
    OutgoingDocument d;
    switch (action) {
    case OutgoingAction::Number:
        d = unwrap(service.number(session, id, dateOption(a, "--date")));
        break;
    case OutgoingAction::Dispatch: {
        QList<Recipient> list;
        const QString how = a.value(QStringLiteral("--how"));
        for (const QString &to : a.all(QStringLiteral("--to")))
            list.append({to, how, {}, {}});
        d = unwrap(service.dispatch(session, id, list));
        break;
    }
    case OutgoingAction::Acknowledge:
        if (a.value(QStringLiteral("--by")).isEmpty())
            throw UsageError(QStringLiteral("usage: motcua-cli outgoing acknowledge ID --by RECIPIENT"));
        d = unwrap(service.acknowledge(session, id, a.value(QStringLiteral("--by"))));
        break;
    default:
        d = unwrap(service.act(
            session, id, action,
            a.value(action == OutgoingAction::SendBack ? QStringLiteral("--reason") : QStringLiteral("--note"))));
        break;
    }
    if (out.json())
        out.line(outgoingJson(d, false));
    else if (action == OutgoingAction::Number)
        out.text(
            tr("Numbered %1, issued on %2").arg(d.numberSymbol(), d.issuedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    else
        out.text(
            tr("Outgoing document %1: %2").arg(d.number > 0 ? d.numberSymbol() : d.id, outgoingStateText(d.state)));
    return kOk;
}

int cmdOutgoingList(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("outgoing list [--year Y] [--state S] [--mine] [--filter TEXT] [--limit N]"));
    OutgoingFilter f;
    f.year = intOption(a, "--year", 0, 2000, 2200);
    f.text = a.value(QStringLiteral("--filter"));
    f.mineOnly = a.has(QStringLiteral("--mine"));
    if (a.has(QStringLiteral("--state"))) {
        f.state = outgoingStateFromKey(a.value(QStringLiteral("--state")));
        if (!f.state)
            throw Failure{kBadInput, QStringLiteral("unknown state '%1'; known: draft, submitted, approved, signed,"
                                                    " numbered, dispatched, filed")
                                         .arg(shown(a.value(QStringLiteral("--state"))))};
    }
    const int limit = intOption(a, "--limit", 200, 1, 5000);
    auto store = openStore(a);
    const Session session = login(*store, a);
    const QList<OutgoingDocument> rows = unwrap(DocumentService(*store).listOutgoing(session, f, limit));
    if (out.json()) {
        for (const OutgoingDocument &d : rows)
            out.line(outgoingJson(d, false));
        return kOk;
    }
    QList<QStringList> table;
    for (const OutgoingDocument &d : rows)
        table.append(
            {d.numberSymbol(), d.type, d.summary.left(50), urgencyText(d.urgency), outgoingStateText(d.state), d.id});
    out.table({tr("Number"), tr("Type"), tr("Summary"), tr("Urgency"), tr("State"), tr("Id")}, table);
    return kOk;
}

int cmdOutgoingShow(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("outgoing show ID [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    if (!session.can(Permission::ViewDocuments))
        throw Failure{kBadInput, QStringLiteral("your role cannot see the document registers")};
    const OutgoingDocument d = unwrap(DocumentService(*store).outgoing(a.positional.at(2)));
    if (out.json()) {
        out.line(outgoingJson(d, true));
        return kOk;
    }
    out.text(QStringLiteral("%1  %2  %3").arg(d.numberSymbol(), d.type, outgoingStateText(d.state)));
    out.text(d.summary);
    for (const OutgoingEvent &h : d.history)
        out.text(QStringLiteral("  %1  %2  %3  %4").arg(vnDateTime(h.at), h.action, h.byName, h.note));
    return kOk;
}
int cmdExport(const QString &entity, const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("%1 export ID --zip FILE").arg(entity));
    const QString zip = a.value(QStringLiteral("--zip"));
    if (zip.isEmpty())
        throw UsageError(QStringLiteral("usage: motcua-cli %1 export ID --zip FILE").arg(entity));
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(DocumentService(*store).exportFile(session, entity, a.positional.at(2), zip));
    if (out.json())
        out.line({{QStringLiteral("id"), a.positional.at(2)}, {QStringLiteral("zip"), zip}});
    else
        out.text(tr("Written %1").arg(zip));
    return kOk;
}
// The number series and abbreviations of the registers: shown as JSON, set from a JSON file of the same form.
int cmdRegistersShow(const Args &a, Output &out)
{
    expectPositional(a, 2, QStringLiteral("registers show [--json]"));
    auto store = openStore(a);
    const Session session = login(*store, a);
    if (!session.can(Permission::ViewDocuments))
        throw fromError(Error::forbidden(QStringLiteral("your role cannot see the document registers")));
    const RegisterConfig c = unwrap(DocumentService(*store).registerConfig());
    const QJsonObject o = DocumentJson::toJson(c);
    if (out.json()) {
        out.line(o);
        return kOk;
    }
    out.text(tr("Issuer: %1   default department: %2").arg(c.issuer, c.defaultDepartment));
    QList<QStringList> rows;
    for (const NumberSeries &sr : c.series)
        rows.append({sr.key, sr.name, sr.types.isEmpty() ? tr("(all other types)") : sr.types.join(u' '),
                     sr.secret ? tr("classified") : QString(), sr.issuer, sr.mark});
    out.table({tr("Series"), tr("Name"), tr("Types"), tr("Secrecy"), tr("Issuer"), tr("Mark")}, rows);
    return kOk;
}

int cmdRegistersSet(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("registers set FILE.json"));
    const QByteArray bytes = readInputFile(a.positional.at(2), 256 * 1024);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Failure{kBadInput, QStringLiteral("%1 is not a JSON object like `registers show --json` prints")
                                     .arg(shown(a.positional.at(2)))};
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(DocumentService(*store).setRegisterConfig(session, DocumentJson::registerConfigFromJson(doc.object())));
    if (out.json())
        out.line(DocumentJson::toJson(unwrap(DocumentService(*store).registerConfig())));
    else
        out.text(tr("The registers' series are set"));
    return kOk;
}
} // namespace

QList<Command> documentCommands()
{
    auto act = [](OutgoingAction action, QStringList options, const char *usage) {
        return Command{{QStringLiteral("outgoing"), outgoingActionKey(action)},
                       QLatin1String(usage),
                       options,
                       {},
                       [action](const Args &a, Output &out) { return cmdOutgoingAct(action, a, out); }};
    };
    return {
        {{QStringLiteral("incoming"), QStringLiteral("register")},
         kRegisterUsage,
         {QStringLiteral("--from"), QStringLiteral("--number"), QStringLiteral("--symbol"), QStringLiteral("--date"),
          QStringLiteral("--type"), QStringLiteral("--summary"), QStringLiteral("--urgency"),
          QStringLiteral("--secrecy"), QStringLiteral("--received-at"), QStringLiteral("--pages"),
          QStringLiteral("--signer"), QStringLiteral("--signer-position"), QStringLiteral("--recipients"),
          QStringLiteral("--due"), QStringLiteral("--medium"), QStringLiteral("--note"), QStringLiteral("--attach")},
         {QStringLiteral("--accept-duplicate")},
         cmdIncomingRegister},
        {{QStringLiteral("incoming"), QStringLiteral("direct")},
         QStringLiteral("incoming direct ID (--to USER | --department D) [--co USER]... [--co-department D]... "
                        "[--due DATE] [--due-for NAME=DATE]... [--note TEXT] [--at DATETIME] [--json]"),
         {QStringLiteral("--to"), QStringLiteral("--department"), QStringLiteral("--co"),
          QStringLiteral("--co-department"), QStringLiteral("--due"), QStringLiteral("--due-for"),
          QStringLiteral("--note"), QStringLiteral("--at")},
         {},
         cmdIncomingDirect},
        {{QStringLiteral("incoming"), QStringLiteral("progress")},
         QStringLiteral("incoming progress ID --note TEXT [--json]"),
         {QStringLiteral("--note")},
         {},
         cmdIncomingProgress},
        {{QStringLiteral("incoming"), QStringLiteral("finish")},
         QStringLiteral("incoming finish ID [--reply ID] [--note TEXT] [--json]"),
         {QStringLiteral("--reply"), QStringLiteral("--note")},
         {},
         cmdIncomingFinish},
        {{QStringLiteral("incoming"), QStringLiteral("list")},
         QStringLiteral("incoming list [--year Y] [--queue all|to-direct|mine|overdue|open|finished] [--filter TEXT] "
                        "[--limit N] [--json]"),
         {QStringLiteral("--year"), QStringLiteral("--queue"), QStringLiteral("--filter"), QStringLiteral("--limit")},
         {},
         cmdIncomingList},
        {{QStringLiteral("incoming"), QStringLiteral("show")},
         QStringLiteral("incoming show ID [--json]"),
         {},
         {},
         cmdIncomingShow},
        {{QStringLiteral("outgoing"), QStringLiteral("create")},
         kCreateUsage,
         {QStringLiteral("--type"), QStringLiteral("--summary"), QStringLiteral("--department"),
          QStringLiteral("--urgency"), QStringLiteral("--secrecy"), QStringLiteral("--series"), QStringLiteral("--to"),
          QStringLiteral("--copies"), QStringLiteral("--reply-due"), QStringLiteral("--signer"),
          QStringLiteral("--signer-position"), QStringLiteral("--corrects"), QStringLiteral("--replaces"),
          QStringLiteral("--recalls"), QStringLiteral("--note"), QStringLiteral("--attach")},
         {},
         cmdOutgoingCreate},
        act(OutgoingAction::Submit, {QStringLiteral("--note")}, "outgoing submit ID [--note TEXT] [--json]"),
        act(OutgoingAction::Approve, {QStringLiteral("--note")}, "outgoing approve ID [--note TEXT] [--json]"),
        act(OutgoingAction::SendBack, {QStringLiteral("--reason")}, "outgoing send-back ID --reason TEXT [--json]"),
        act(OutgoingAction::Sign, {QStringLiteral("--note")}, "outgoing sign ID [--note TEXT] [--json]"),
        act(OutgoingAction::Number, {QStringLiteral("--date")}, "outgoing number ID [--date DATE] [--json]"),
        act(OutgoingAction::Dispatch, {QStringLiteral("--to"), QStringLiteral("--how")},
            "outgoing dispatch ID [--to RECIPIENT]... [--how post|hand|electronic] [--json]"),
        act(OutgoingAction::Acknowledge, {QStringLiteral("--by")}, "outgoing acknowledge ID --by RECIPIENT [--json]"),
        act(OutgoingAction::File, {QStringLiteral("--note")}, "outgoing file ID [--note TEXT] [--json]"),
        {{QStringLiteral("outgoing"), QStringLiteral("list")},
         QStringLiteral("outgoing list [--year Y] [--state S] [--mine] [--filter TEXT] [--limit N] [--json]"),
         {QStringLiteral("--year"), QStringLiteral("--state"), QStringLiteral("--filter"), QStringLiteral("--limit")},
         {QStringLiteral("--mine")},
         cmdOutgoingList},
        {{QStringLiteral("registers"), QStringLiteral("show")},
         QStringLiteral("registers show [--json]"),
         {},
         {},
         cmdRegistersShow},
        {{QStringLiteral("registers"), QStringLiteral("set")},
         QStringLiteral("registers set FILE.json [--json]"),
         {},
         {},
         cmdRegistersSet},
        {{QStringLiteral("incoming"), QStringLiteral("export")},
         QStringLiteral("incoming export ID --zip FILE [--json]"),
         {QStringLiteral("--zip")},
         {},
         [](const Args &a, Output &out) { return cmdExport(QStringLiteral("incoming"), a, out); }},
        {{QStringLiteral("outgoing"), QStringLiteral("export")},
         QStringLiteral("outgoing export ID --zip FILE [--json]"),
         {QStringLiteral("--zip")},
         {},
         [](const Args &a, Output &out) { return cmdExport(QStringLiteral("outgoing"), a, out); }},
        {{QStringLiteral("outgoing"), QStringLiteral("show")},
         QStringLiteral("outgoing show ID [--json]"),
         {},
         {},
         cmdOutgoingShow},
    };
}

} // namespace MotCua::Cli
