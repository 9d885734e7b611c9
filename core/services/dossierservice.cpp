#include "services/dossierservice.h"

#include "domain/citizenid.h"
#include "domain/ids.h"
#include "domain/text.h"
#include "services/calendarservice.h"
#include "services/catalogservice.h"
#include "store/store.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace MotCua {

namespace {
constexpr auto kSelect =
    "SELECT d.id, d.code, d.code_provisional, d.procedure_code, d.procedure_name, d.applicant_id, d.applicant_name,"
    " d.citizen_id, d.phone, d.address, d.channel, d.received_at, d.received_by, u.full_name, d.due_at,"
    " d.due_unit_assumed, d.time_limit, d.time_unit, d.papers, d.state, d.status_code"
    " FROM dossiers d LEFT JOIN users u ON u.id = d.received_by";

Dossier readDossier(const Db::Statement &st)
{
    Dossier d;
    d.id = st.text(0);
    d.code = st.text(1);
    d.codeProvisional = st.integer(2) != 0;
    d.procedureCode = st.text(3);
    d.procedureName = st.text(4);
    d.applicantId = st.text(5);
    d.applicantName = st.text(6);
    d.citizenId = st.text(7);
    d.phone = st.text(8);
    d.address = st.text(9);
    d.channel = st.text(10);
    d.receivedAt = QDateTime::fromString(st.text(11), Qt::ISODate);
    d.receivedBy = st.text(12);
    d.receivedByName = st.text(13);
    d.dueAt = QDateTime::fromString(st.text(14), Qt::ISODate);
    d.dueUnitAssumed = st.integer(15) != 0;
    if (!st.isNull(16))
        d.timeLimit = int(st.integer(16));
    d.timeUnit = timeUnitFromKey(st.text(17)).value_or(TimeUnit::Unspecified);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.text(18).toUtf8()).array())
        d.papers.append(v.toString());
    d.state = st.text(19);
    d.statusCode = int(st.integer(20));
    return d;
}

// Appends the filter's WHERE terms; returns the binds in order after `firstIndex`.
QString whereClause(const DossierFilter &filter, QStringList *binds)
{
    QStringList terms;
    if (!filter.state.isEmpty()) {
        binds->append(filter.state);
        terms.append(QStringLiteral("d.state = ?%1").arg(binds->size()));
    }
    const QStringList words = Text::foldedWords(filter.text);
    for (qsizetype i = 0; i < std::min<qsizetype>(words.size(), 8); ++i) {
        binds->append(u'%' + Db::escapeLike(words.at(i)) + u'%');
        terms.append(QStringLiteral("d.search_folded LIKE ?%1 ESCAPE '\\'").arg(binds->size()));
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}
} // namespace

QString channelKey(Channel c)
{
    switch (c) {
    case Channel::Direct: return QStringLiteral("direct");
    case Channel::Online: return QStringLiteral("online");
    case Channel::Post: return QStringLiteral("post");
    }
    return {};
}

std::optional<Channel> channelFromKey(const QString &key)
{
    for (Channel c : {Channel::Direct, Channel::Online, Channel::Post}) {
        if (channelKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QStringList DossierService::knownStates()
{
    return {QStringLiteral("received")};
}

Result<QString> DossierService::nextCode(const QDateTime &receivedAt)
{
    // Provisional code <commune>.<device tag>-YYMMDD-NNNN (TT 01/2018 Đ19 layout, DOMAIN.md §2.6): the part before
    // the date is an opaque unit code, and the device tag keeps codes made offline on two counters apart. The serial
    // counts per device and day and is never reused, since dossiers are never deleted.
    const QString prefix = m_store.communeCode() + u'.' + m_store.deviceTag() + u'-'
                           + Time::toVietnam(receivedAt).date().toString(QStringLiteral("yyMMdd")) + u'-';
    auto st = m_store.db().prepare(QStringLiteral(
        "SELECT code FROM dossiers WHERE code LIKE ?1 ESCAPE '\\' ORDER BY length(code) DESC, code DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, Db::escapeLike(prefix) + u'%');
    int serial = 0;
    if (st->next())
        serial = st->text(0).mid(prefix.size()).toInt();
    if (st->failed())
        return st->lastError();
    return QString(prefix + QStringLiteral("%1").arg(serial + 1, 4, 10, QLatin1Char('0')));
}

Result<Dossier> DossierService::receive(const Session &actor, const ReceiveRequest &req)
{
    if (!actor.can(Permission::ReceiveDossier))
        return Error::forbidden(QStringLiteral("your role cannot receive dossiers"));
    if (!m_store.isInitialised())
        return Error::invalid(QStringLiteral("the store has no commune yet: run init first"));

    // --- validate everything first: bad input changes nothing -------------------------------------------------
    CatalogService catalog(m_store);
    auto procedure = catalog.find(req.procedureCode);
    if (!procedure) {
        Error e = procedure.error();
        if (e.code == Error::Code::NotFound)
            e = Error::invalid(e.message + QStringLiteral(" (see the catalog: `motcua-cli` search or the window's procedure picker)"),
                               QStringLiteral("procedure"));
        return e;
    }
    const QString name = Text::normalizeSpaces(req.applicantName);
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("the applicant's full name is required"), QStringLiteral("applicant_name"));
    if (name.size() > 100)
        return Error::invalid(QStringLiteral("the applicant's name is longer than 100 characters"), QStringLiteral("applicant_name"));
    static const QRegularExpression nameChars(QStringLiteral("^[\\p{L}\\p{M}' .-]+$"));
    if (!nameChars.match(name).hasMatch())
        return Error::invalid(QStringLiteral("the applicant's name may only contain letters, spaces, '.', '-' and '''"),
                              QStringLiteral("applicant_name"));

    QString citizenId = req.citizenId;
    citizenId.remove(u' ');
    if (!citizenId.isEmpty()) {
        const CitizenIdInfo info = validateCitizenId(citizenId);
        if (!info.valid)
            return Error::invalid(QStringLiteral("citizen id '%1' is not valid: %2").arg(citizenId, info.reason),
                                  QStringLiteral("citizen_id"));
    }

    QString phone = req.phone;
    phone.remove(QRegularExpression(QStringLiteral("[ .-]")));
    if (!phone.isEmpty()) {
        static const QRegularExpression phoneRe(QStringLiteral("^(\\+84|0)\\d{8,10}$"));
        if (!phoneRe.match(phone).hasMatch())
            return Error::invalid(QStringLiteral("phone '%1' is not valid: use 0 or +84 followed by 8-10 digits").arg(req.phone),
                                  QStringLiteral("phone"));
    }
    const QString address = Text::normalizeSpaces(req.address);
    if (address.size() > 300)
        return Error::invalid(QStringLiteral("the address is longer than 300 characters"), QStringLiteral("address"));

    const auto channel = channelFromKey(req.channel);
    if (!channel)
        return Error::invalid(QStringLiteral("channel '%1' is not one of direct, online, post").arg(req.channel),
                              QStringLiteral("channel"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime receivedAt = req.receivedAt.isValid() ? req.receivedAt.toUTC() : now;
    receivedAt.setTime(QTime(receivedAt.time().hour(), receivedAt.time().minute(), receivedAt.time().second()));
    if (receivedAt > now.addSecs(300))
        return Error::invalid(QStringLiteral("the reception time is in the future"), QStringLiteral("received_at"));
    if (receivedAt.date().year() < 2020)
        return Error::invalid(QStringLiteral("the reception time is before 2020"), QStringLiteral("received_at"));

    QStringList papers;
    for (const QString &raw : req.papers) {
        const QString paper = Text::normalizeSpaces(raw);
        if (paper.isEmpty() || papers.contains(paper))
            continue;
        if (procedure->papersKnown && !procedure->papers.contains(paper))
            return Error::invalid(QStringLiteral("'%1' is not a paper of procedure %2").arg(paper, procedure->code),
                                  QStringLiteral("papers"));
        papers.append(paper);
    }

    const int limit = procedure->timeLimit.value_or(0);
    auto calendar = CalendarService(m_store).calendarFor(Time::toVietnam(receivedAt).date());
    if (!calendar)
        return calendar.error();
    const WorkingCalendar::Due due = calendar->dueDate(receivedAt, limit, procedure->timeUnit);

    // --- write: one transaction holds the numbering, the event and its projection rows -------------------------
    const QString id = newUuidV7();
    QJsonObject applicant{{QStringLiteral("full_name"), name}};
    if (!citizenId.isEmpty())
        applicant.insert(QStringLiteral("citizen_id"), citizenId);
    if (!phone.isEmpty())
        applicant.insert(QStringLiteral("phone"), phone);
    if (!address.isEmpty())
        applicant.insert(QStringLiteral("address"), address);
    QJsonObject payload{
        {QStringLiteral("code_provisional"), true},
        {QStringLiteral("procedure_code"), procedure->code},
        {QStringLiteral("procedure_name"), procedure->name},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("channel"), channelKey(*channel)},
        {QStringLiteral("received_at"), Time::toUtcIso(receivedAt)},
        {QStringLiteral("due_at"), Time::toUtcIso(due.at)},
        {QStringLiteral("due_unit_assumed"), due.unitAssumed},
        {QStringLiteral("time_unit"), timeUnitKey(procedure->timeUnit)},
        {QStringLiteral("papers"), QJsonArray::fromStringList(papers)},
        {QStringLiteral("commune"), m_store.communeCode()},
    };
    payload.insert(QStringLiteral("time_limit"), procedure->timeLimit ? QJsonValue(*procedure->timeLimit) : QJsonValue());
    QString code;
    auto events = m_store.commit(
        [&]() -> Result<QList<EventDraft>> {
            auto next = nextCode(receivedAt);
            if (!next)
                return next.error();
            code = *next;
            payload.insert(QStringLiteral("code"), code);
            return QList<EventDraft>{{QStringLiteral("dossier"), id, EventType::DossierReceived, payload}};
        },
        actor.userId);
    if (!events)
        return events.error();
    static const auto log = Log::get("dossier");
    log->info("dossier {} received ({}) by {}", id.toStdString(), code.toStdString(), actor.userId.toStdString());
    return findByCode(actor, code);
}

Result<Dossier> DossierService::findByCode(const Session &actor, const QString &code)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    auto st = m_store.db().prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE d.code = ?1"));
    if (!st)
        return st.error();
    st->bind(1, code.trimmed());
    if (st->next())
        return readDossier(*st);
    if (st->failed())
        return st->lastError();
    return Error::notFound(QStringLiteral("no dossier with code '%1'").arg(code.trimmed()));
}

Result<DossierPage> DossierService::list(const Session &actor, const DossierFilter &filter, const DossierCursor &after,
                                         int limit)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    limit = std::clamp(limit, 1, 1000);
    QStringList binds;
    QString where = whereClause(filter, &binds);
    if (!after.isNull()) {
        binds.append(after.receivedAt);
        const int a = int(binds.size());
        binds.append(after.id);
        const int b = int(binds.size());
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                 + QStringLiteral("(d.received_at, d.id) < (?%1, ?%2)").arg(a).arg(b);
    }
    auto st = m_store.db().prepare(QLatin1String(kSelect) + where
                                   + QStringLiteral(" ORDER BY d.received_at DESC, d.id DESC LIMIT %1").arg(limit + 1));
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds.at(i));
    DossierPage page;
    while (st->next())
        page.rows.append(readDossier(*st));
    if (st->failed())
        return st->lastError();
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const Dossier &last = page.rows.constLast();
        page.next = {Time::toUtcIso(last.receivedAt), last.id};
    }
    return page;
}

Result<qint64> DossierService::count(const Session &actor, const DossierFilter &filter)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot view dossiers"));
    QStringList binds;
    const QString where = whereClause(filter, &binds);
    auto st = m_store.db().prepare(QStringLiteral("SELECT count(*) FROM dossiers d") + where);
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds.at(i));
    qint64 n = 0;
    if (st->next())
        n = st->integer(0);
    if (st->failed())
        return st->lastError();
    return n;
}

} // namespace MotCua
