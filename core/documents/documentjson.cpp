#include "core/documents/documentjson.h"

#include "core/domain/ids.h"
#include "core/domain/text.h"

namespace MotCua::DocumentJson
{

namespace
{
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? Time::toUtcIso(t) : QString(QLatin1String(""));
}

QDate dateOf(const QJsonValue &v)
{
    return v.isString() ? Time::parseDate(v.toString()) : QDate();
}

QDateTime timeOf(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() ? Time::parseIso(v.toString()).toUTC() : QDateTime();
}

QJsonObject toJson(const Assignee &a)
{
    return {{QStringLiteral("user_id"), a.userId},        {QStringLiteral("name"), a.name},
            {QStringLiteral("department"), a.department}, {QStringLiteral("lead"), a.lead},
            {QStringLiteral("due"), dateText(a.due)},     {QStringLiteral("done_at"), timeText(a.doneAt)}};
}

Assignee assigneeFromJson(const QJsonObject &o)
{
    Assignee a;
    a.userId = str(o, "user_id");
    a.name = str(o, "name");
    a.department = str(o, "department");
    a.lead = o.value(QLatin1String("lead")).toBool();
    a.due = dateOf(o.value(QLatin1String("due")));
    a.doneAt = timeOf(o.value(QLatin1String("done_at")));
    return a;
}

QJsonObject toJson(const IncomingDocument &d)
{
    QJsonArray directions;
    for (const Direction &dir : d.directions) {
        QJsonArray assignees;
        for (const Assignee &a : dir.assignees)
            assignees.append(toJson(a));
        directions.append(QJsonObject{{QStringLiteral("at"), timeText(dir.at)},
                                      {QStringLiteral("by"), dir.byUser},
                                      {QStringLiteral("by_name"), dir.byName},
                                      {QStringLiteral("assignees"), assignees},
                                      {QStringLiteral("due"), dateText(dir.due)},
                                      {QStringLiteral("note"), dir.note}});
    }
    QJsonArray progress;
    for (const ProgressNote &p : d.progress)
        progress.append(QJsonObject{{QStringLiteral("at"), timeText(p.at)},
                                    {QStringLiteral("by"), p.byUser},
                                    {QStringLiteral("by_name"), p.byName},
                                    {QStringLiteral("note"), p.note}});
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("year"), d.year},
            {QStringLiteral("arrival_number"), d.arrivalNumber},
            {QStringLiteral("received_at"), timeText(d.receivedAt)},
            {QStringLiteral("registered_by"), d.registeredBy},
            {QStringLiteral("registered_by_name"), d.registeredByName},
            {QStringLiteral("from_agency"), d.fromAgency},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("symbol"), d.symbol},
            {QStringLiteral("issued_on"), dateText(d.issuedOn)},
            {QStringLiteral("type"), d.type},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("language"), d.language},
            {QStringLiteral("pages"), d.pages},
            {QStringLiteral("signer"), d.signer},
            {QStringLiteral("signer_position"), d.signerPosition},
            {QStringLiteral("urgency"), urgencyKey(d.urgency)},
            {QStringLiteral("secrecy"), secrecyKey(d.secrecy)},
            {QStringLiteral("recipients"), d.recipients},
            {QStringLiteral("due"), dateText(d.due)},
            {QStringLiteral("medium"), mediumKey(d.medium)},
            {QStringLiteral("note"), d.note},
            {QStringLiteral("duplicate_of"), d.duplicateOf},
            {QStringLiteral("state"), incomingStateKey(d.state)},
            {QStringLiteral("directions"), directions},
            {QStringLiteral("progress"), progress},
            {QStringLiteral("finished_at"), timeText(d.finishedAt)},
            {QStringLiteral("finished_by"), d.finishedBy},
            {QStringLiteral("reply_id"), d.replyId},
            {QStringLiteral("reply_symbol"), d.replySymbol},
            {QStringLiteral("finish_note"), d.finishNote}};
}

IncomingDocument incomingFromJson(const QJsonObject &o)
{
    IncomingDocument d;
    d.id = str(o, "id");
    d.year = o.value(QLatin1String("year")).toInt();
    d.arrivalNumber = o.value(QLatin1String("arrival_number")).toInteger();
    d.receivedAt = timeOf(o.value(QLatin1String("received_at")));
    d.registeredBy = str(o, "registered_by");
    d.registeredByName = str(o, "registered_by_name");
    d.fromAgency = str(o, "from_agency");
    d.number = str(o, "number");
    d.symbol = str(o, "symbol");
    d.issuedOn = dateOf(o.value(QLatin1String("issued_on")));
    d.type = str(o, "type");
    d.summary = str(o, "summary");
    d.language = str(o, "language");
    d.pages = o.value(QLatin1String("pages")).toInt();
    d.signer = str(o, "signer");
    d.signerPosition = str(o, "signer_position");
    d.urgency = urgencyFromKey(str(o, "urgency")).value_or(Urgency::Normal);
    d.secrecy = secrecyFromKey(str(o, "secrecy")).value_or(Secrecy::None);
    d.recipients = str(o, "recipients");
    d.due = dateOf(o.value(QLatin1String("due")));
    d.medium = mediumFromKey(str(o, "medium")).value_or(Medium::Paper);
    d.note = str(o, "note");
    d.duplicateOf = str(o, "duplicate_of");
    d.state = incomingStateFromKey(str(o, "state")).value_or(IncomingState::Registered);
    for (const QJsonValue &v : o.value(QLatin1String("directions")).toArray()) {
        const QJsonObject x = v.toObject();
        Direction dir;
        dir.at = timeOf(x.value(QLatin1String("at")));
        dir.byUser = str(x, "by");
        dir.byName = str(x, "by_name");
        for (const QJsonValue &a : x.value(QLatin1String("assignees")).toArray())
            dir.assignees.append(assigneeFromJson(a.toObject()));
        dir.due = dateOf(x.value(QLatin1String("due")));
        dir.note = str(x, "note");
        d.directions.append(dir);
    }
    for (const QJsonValue &v : o.value(QLatin1String("progress")).toArray()) {
        const QJsonObject x = v.toObject();
        d.progress.append({timeOf(x.value(QLatin1String("at"))), str(x, "by"), str(x, "by_name"), str(x, "note")});
    }
    d.finishedAt = timeOf(o.value(QLatin1String("finished_at")));
    d.finishedBy = str(o, "finished_by");
    d.replyId = str(o, "reply_id");
    d.replySymbol = str(o, "reply_symbol");
    d.finishNote = str(o, "finish_note");
    return d;
}

QJsonObject toJson(const OutgoingDocument &d)
{
    QJsonArray recipients;
    for (const Recipient &r : d.recipients)
        recipients.append(QJsonObject{{QStringLiteral("name"), r.name},
                                      {QStringLiteral("how"), r.how},
                                      {QStringLiteral("dispatched_at"), timeText(r.dispatchedAt)},
                                      {QStringLiteral("acknowledged_at"), timeText(r.acknowledgedAt)}});
    QJsonArray history;
    for (const OutgoingEvent &h : d.history)
        history.append(QJsonObject{{QStringLiteral("at"), timeText(h.at)},
                                   {QStringLiteral("action"), h.action},
                                   {QStringLiteral("by"), h.byUser},
                                   {QStringLiteral("by_name"), h.byName},
                                   {QStringLiteral("note"), h.note}});
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("type"), d.type},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("department"), d.department},
            {QStringLiteral("issuer"), d.issuer},
            {QStringLiteral("series"), d.series},
            {QStringLiteral("urgency"), urgencyKey(d.urgency)},
            {QStringLiteral("secrecy"), secrecyKey(d.secrecy)},
            {QStringLiteral("created_by"), d.createdBy},
            {QStringLiteral("created_by_name"), d.createdByName},
            {QStringLiteral("created_at"), timeText(d.createdAt)},
            {QStringLiteral("state"), outgoingStateKey(d.state)},
            {QStringLiteral("signer_name"), d.signerName},
            {QStringLiteral("signer_position"), d.signerPosition},
            {QStringLiteral("signed_at"), timeText(d.signedAt)},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("symbol"), d.symbol},
            {QStringLiteral("issued_on"), dateText(d.issuedOn)},
            {QStringLiteral("year"), d.year},
            {QStringLiteral("number_from_province"), d.numberFromProvince},
            {QStringLiteral("copies"), d.copies},
            {QStringLiteral("reply_due"), dateText(d.replyDue)},
            {QStringLiteral("recipients"), recipients},
            {QStringLiteral("relation"), relationKey(d.relation)},
            {QStringLiteral("related_to"), d.relatedTo},
            {QStringLiteral("note"), d.note},
            {QStringLiteral("history"), history},
            {QStringLiteral("sent_back_reason"), d.sentBackReason}};
}

OutgoingDocument outgoingFromJson(const QJsonObject &o)
{
    OutgoingDocument d;
    d.id = str(o, "id");
    d.type = str(o, "type");
    d.summary = str(o, "summary");
    d.department = str(o, "department");
    d.issuer = str(o, "issuer");
    d.series = str(o, "series");
    d.urgency = urgencyFromKey(str(o, "urgency")).value_or(Urgency::Normal);
    d.secrecy = secrecyFromKey(str(o, "secrecy")).value_or(Secrecy::None);
    d.createdBy = str(o, "created_by");
    d.createdByName = str(o, "created_by_name");
    d.createdAt = timeOf(o.value(QLatin1String("created_at")));
    d.state = outgoingStateFromKey(str(o, "state")).value_or(OutgoingState::Draft);
    d.signerName = str(o, "signer_name");
    d.signerPosition = str(o, "signer_position");
    d.signedAt = timeOf(o.value(QLatin1String("signed_at")));
    d.number = o.value(QLatin1String("number")).toInteger();
    d.symbol = str(o, "symbol");
    d.issuedOn = dateOf(o.value(QLatin1String("issued_on")));
    d.year = o.value(QLatin1String("year")).toInt();
    d.numberFromProvince = o.value(QLatin1String("number_from_province")).toBool();
    d.copies = o.value(QLatin1String("copies")).toInt();
    d.replyDue = dateOf(o.value(QLatin1String("reply_due")));
    for (const QJsonValue &v : o.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject x = v.toObject();
        d.recipients.append({str(x, "name"), str(x, "how"), timeOf(x.value(QLatin1String("dispatched_at"))),
                             timeOf(x.value(QLatin1String("acknowledged_at")))});
    }
    d.relation = relationFromKey(str(o, "relation")).value_or(DocumentRelation::None);
    d.relatedTo = str(o, "related_to");
    d.note = str(o, "note");
    for (const QJsonValue &v : o.value(QLatin1String("history")).toArray()) {
        const QJsonObject x = v.toObject();
        d.history.append(
            {timeOf(x.value(QLatin1String("at"))), str(x, "action"), str(x, "by"), str(x, "by_name"), str(x, "note")});
    }
    d.sentBackReason = str(o, "sent_back_reason");
    return d;
}

QJsonObject toJson(const RegisterConfig &c)
{
    QJsonArray departments;
    for (const auto &[abbr, name] : c.departments)
        departments.append(QJsonObject{{QStringLiteral("abbr"), abbr}, {QStringLiteral("name"), name}});
    QJsonArray series;
    for (const NumberSeries &s : c.series)
        series.append(QJsonObject{{QStringLiteral("key"), s.key},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("types"), QJsonArray::fromStringList(s.types)},
                                  {QStringLiteral("secret"), s.secret},
                                  {QStringLiteral("issuer"), s.issuer},
                                  {QStringLiteral("mark"), s.mark}});
    return {{QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("default_department"), c.defaultDepartment},
            {QStringLiteral("departments"), departments},
            {QStringLiteral("series"), series}};
}

RegisterConfig registerConfigFromJson(const QJsonObject &o)
{
    RegisterConfig c;
    c.issuer = str(o, "issuer");
    c.defaultDepartment = str(o, "default_department");
    for (const QJsonValue &v : o.value(QLatin1String("departments")).toArray())
        c.departments.append({str(v.toObject(), "abbr"), str(v.toObject(), "name")});
    for (const QJsonValue &v : o.value(QLatin1String("series")).toArray()) {
        const QJsonObject x = v.toObject();
        NumberSeries s;
        s.key = str(x, "key");
        s.name = str(x, "name");
        for (const QJsonValue &t : x.value(QLatin1String("types")).toArray())
            s.types.append(t.toString());
        s.secret = x.value(QLatin1String("secret")).toBool();
        s.issuer = str(x, "issuer");
        s.mark = str(x, "mark");
        c.series.append(s);
    }
    return c;
}

QString searchFolded(const IncomingDocument &d)
{
    return Text::fold(QStringList{d.number + u'/' + d.symbol, d.symbol, d.summary, d.fromAgency, d.signer}.join(u' '));
}

QString searchFolded(const OutgoingDocument &d)
{
    return Text::fold(QStringList{d.numberSymbol(), d.symbol, d.summary, d.department, d.signerName}.join(u' '));
}

QString duplicateKey(const QString &number, const QString &symbol, const QString &fromAgency)
{
    auto norm = [](const QString &s) { return Text::fold(s).simplified().remove(u' '); };
    return norm(number) + u'|' + norm(symbol) + u'|' + Text::fold(fromAgency).simplified();
}

} // namespace MotCua::DocumentJson
