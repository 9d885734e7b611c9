#include "core/reports/reportservice.h"

#include "core/domain/dossierrules.h"
#include "core/domain/ids.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace MotCua
{

ReportPeriod ReportPeriod::containing(Kind kind, const QDate &day)
{
    const int y = day.year();
    switch (kind) {
    case Kind::Day:
        return {day, day};
    case Kind::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case Kind::Month:
        return {QDate(y, day.month(), 1), QDate(y, day.month(), 1).addMonths(1).addDays(-1)};
    case Kind::Quarter: {
        const int first = (day.month() - 1) / 3 * 3 + 1;
        return {QDate(y, first, 1), QDate(y, first, 1).addMonths(3).addDays(-1)};
    }
    case Kind::Year:
        return {QDate(y, 1, 1), QDate(y, 12, 31)};
    case Kind::ReportingMonth: {
        // The month that ends on the 14th: from the 15th onwards a day belongs to the next month's report.
        const QDate end = day.day() <= 14 ? QDate(y, day.month(), 14) : QDate(y, day.month(), 14).addMonths(1);
        return {end.addMonths(-1).addDays(1), end};
    }
    case Kind::ReportingQuarter: {
        // Quarters end on 14 March, 14 June, 14 September and 14 December; 15-31 December opens next year's first.
        QDate end = QDate(y, 3, 14);
        while (end < day)
            end = end.addMonths(3);
        return {end.addMonths(-3).addDays(1), end};
    }
    case Kind::ReportingYear: {
        const QDate end = day <= QDate(y, 12, 14) ? QDate(y, 12, 14) : QDate(y + 1, 12, 14);
        return {end.addYears(-1).addDays(1), end};
    }
    }
    return {};
}

QString reportGroupingKey(ReportGrouping g)
{
    switch (g) {
    case ReportGrouping::None:
        return {};
    case ReportGrouping::Field:
        return QStringLiteral("field");
    case ReportGrouping::Procedure:
        return QStringLiteral("procedure");
    case ReportGrouping::Staff:
        return QStringLiteral("staff");
    case ReportGrouping::Channel:
        return QStringLiteral("channel");
    case ReportGrouping::Point:
        return QStringLiteral("point");
    }
    return {};
}

std::optional<ReportGrouping> reportGroupingFromKey(const QString &key)
{
    for (ReportGrouping g : {ReportGrouping::None, ReportGrouping::Field, ReportGrouping::Procedure,
                             ReportGrouping::Staff, ReportGrouping::Channel, ReportGrouping::Point})
        if (reportGroupingKey(g) == key)
            return g;
    return std::nullopt;
}

namespace
{
// The dossiers a period's figures are about, each once: received in it (?1 <= received_at < ?2), or received before
// it and ended in it or later. Both selections are index-driven (received_at, ended_at); each row's outcome is
// worked out once (k), in materialised steps, which halves the cost of a month's report. The third kind, received
// before the period and still open, is counted apart (kOpen): those only add to carried over, in process and overdue,
// and an office's store may hold many.
constexpr auto kPeriod = R"sql(
WITH b AS MATERIALIZED (
    SELECT id, procedure_code, received_by, channel, received_device, received_at, due_at, ended_at,
           state, supplement_count, paused_at, duplicate_of, time_limit, 1 AS in_period
      FROM dossiers WHERE received_at >= ?1 AND received_at < ?2
    UNION ALL
    SELECT id, procedure_code, received_by, channel, received_device, received_at, due_at, ended_at,
           state, supplement_count, paused_at, duplicate_of, time_limit, 0
      FROM dossiers WHERE received_at < ?1 AND ended_at >= ?1
),
f AS MATERIALIZED (
    SELECT id, procedure_code, received_by, channel, received_device, in_period, supplement_count, time_limit,
           state, duplicate_of, ended_at, received_at, due_at,
      -- 1 finished early, 2 on time, 3 late; 4 open at the period's end, 5 of those overdue; 0 ended otherwise
      CASE WHEN ended_at >= ?1 AND ended_at < ?2 AND state IN ('finished', 'returned', 'rejected', 'stopped') THEN
         CASE WHEN supplement_count > 1 OR ended_at > due_at THEN 3
              WHEN date(ended_at, '+7 hours') < date(due_at, '+7 hours') THEN 1 ELSE 2 END
      WHEN ended_at IS NULL OR ended_at >= ?2 THEN
         CASE WHEN supplement_count > 1 OR (ended_at IS NULL AND paused_at IS NOT NULL AND paused_at > due_at)
           OR ((ended_at IS NOT NULL OR paused_at IS NULL) AND due_at < ?3) THEN 5 ELSE 4 END
      ELSE 0 END AS k
      FROM b
)
SELECT %1 AS grp, %2 AS title,
       sum(in_period), sum(1 - in_period),
       sum(k = 1), sum(k = 2), sum(k = 3), sum(k >= 4), sum(k = 5),
       sum(in_period AND supplement_count > 0),
       sum(in_period AND state = 'refused' AND duplicate_of IS NULL),
       sum(in_period AND state = 'refused' AND duplicate_of IS NOT NULL),
       sum(state = 'withdrawn' AND ended_at >= ?1 AND ended_at < ?2),
       sum(CASE WHEN k BETWEEN 1 AND 3 THEN julianday(ended_at) - julianday(received_at) END),
       sum(k BETWEEN 1 AND 3),
       sum(CASE WHEN k BETWEEN 1 AND 3 THEN f.time_limit END),
       count(CASE WHEN k BETWEEN 1 AND 3 THEN f.time_limit END),
       sum(CASE WHEN k BETWEEN 1 AND 3 AND due_at > received_at
                THEN (julianday(ended_at) - julianday(received_at)) / (julianday(due_at) - julianday(received_at)) END),
       count(CASE WHEN k BETWEEN 1 AND 3 AND due_at > received_at THEN 1 END),
       sum(in_period AND channel = 'direct'),
       sum(in_period AND channel = 'online'),
       sum(in_period AND channel = 'post'),
       sum(CASE WHEN in_period THEN EXISTS (SELECT 1 FROM attachments a WHERE a.owner_entity = 'dossier'
                                              AND a.owner_id = f.id AND a.removed = 0) ELSE 0 END)
  FROM f %3
 GROUP BY grp
)sql";

// Received before the period and not ended: carried over, and in process at its end; overdue when past the
// appointment by then (the clock paused while a supplement is awaited) or asked for more than one supplement. Read
// from the partial index of open dossiers (dossiers_open), counted per raw column first, then grouped.
constexpr auto kOpen = R"sql(
SELECT %1 AS grp, %2 AS title, sum(n), sum(o)
  FROM (SELECT %4 count(*) AS n,
               sum(supplement_count > 1 OR (paused_at IS NOT NULL AND paused_at > due_at)
                   OR (paused_at IS NULL AND due_at < ?3)) AS o
          FROM dossiers %6 WHERE ended_at IS NULL AND received_at < ?1 %5) f %3
 GROUP BY grp
)sql";

// Results handed back in the period, whenever the dossier was received or ended (index dossiers_returned).
constexpr auto kReturned = R"sql(
SELECT %1 AS grp, %2 AS title, count(*), sum(return_how = 'electronic')
  FROM dossiers f %3 WHERE returned_at >= ?1 AND returned_at < ?2
 GROUP BY grp
)sql";

// What one grouping selects: the group's key and title, what they join, and the raw column the open dossiers are
// first counted by (constant SQL, chosen here, never from input).
struct GroupSql
{
    QString key = QStringLiteral("''");
    QString title = QStringLiteral("''");
    QString join;
    QString column; // the dossiers column the group comes from; empty without grouping
};

GroupSql groupSql(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::None:
        return {};
    case ReportGrouping::Field:
        return {QStringLiteral("coalesce(p.field, '')"), QStringLiteral("coalesce(p.field, '')"),
                QStringLiteral("LEFT JOIN procedures p ON p.code = f.procedure_code"),
                QStringLiteral("procedure_code")};
    case ReportGrouping::Procedure:
        return {QStringLiteral("f.procedure_code"), QStringLiteral("coalesce(max(p.name), f.procedure_code)"),
                QStringLiteral("LEFT JOIN procedures p ON p.code = f.procedure_code"),
                QStringLiteral("procedure_code")};
    case ReportGrouping::Staff:
        return {QStringLiteral("f.received_by"), QStringLiteral("coalesce(max(u.full_name), f.received_by)"),
                QStringLiteral("LEFT JOIN users u ON u.id = f.received_by"), QStringLiteral("received_by")};
    case ReportGrouping::Channel:
        return {QStringLiteral("f.channel"), QStringLiteral("f.channel"), {}, QStringLiteral("channel")};
    case ReportGrouping::Point:
        return {QStringLiteral("f.received_device"),
                QStringLiteral("coalesce(max(nullif(dv.label, '')), max(dv.tag), f.received_device)"),
                QStringLiteral("LEFT JOIN devices dv ON dv.id = f.received_device"), QStringLiteral("received_device")};
    }
    return {};
}

std::optional<double> oneDecimal(double v)
{
    return std::round(v * 10.0) / 10.0;
}

// A figure with nothing to count is none; a share is in percent of `of`.
std::optional<double> share(qint64 n, qint64 of)
{
    if (of <= 0)
        return std::nullopt;
    return oneDecimal(100.0 * double(n) / double(of));
}

// The translation context (lupdate files the strings under it: a free tr() helper would file them under the
// namespace instead, where the lookup does not find them).
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(MotCua::Report)
};

struct Bounds
{
    QString start, end, cutoff;
};

Bounds boundsOf(const ReportPeriod &period, const QDateTime &now)
{
    const QDateTime start = QDateTime(period.from, QTime(0, 0), Time::vietnam()).toUTC();
    const QDateTime end = QDateTime(period.until.addDays(1), QTime(0, 0), Time::vietnam()).toUTC();
    const QDateTime clock = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    return {Time::toUtcIso(start), Time::toUtcIso(end), Time::toUtcIso(std::min(end, clock))};
}

Result<void> checkPeriod(const Session &actor, Permission permission, const ReportPeriod &period)
{
    if (!actor.can(permission))
        return Error::forbidden(QStringLiteral("your role cannot see the reports"));
    if (!period.isValid())
        return Error::invalid(QStringLiteral("a period runs from a date until the same or a later date"),
                              QStringLiteral("from"));
    if (period.from.daysTo(period.until) > 366 * 5)
        return Error::invalid(QStringLiteral("a report covers at most five years"), QStringLiteral("until"));
    return {};
}
} // namespace

Result<QList<ReportFigures>> ReportService::summary(const Session &actor, const ReportPeriod &period,
                                                    ReportGrouping grouping, const QDateTime &now)
{
    if (auto ok = checkPeriod(actor, Permission::ViewDossiers, period); !ok)
        return ok.error();
    const Bounds t = boundsOf(period, now);
    const GroupSql g = groupSql(grouping);
    struct Row
    {
        ReportFigures f;
        double daysSum = 0, limitSum = 0, usedSum = 0;
        qint64 finCount = 0, limitCount = 0, usedCount = 0;
    };
    QMap<QString, Row> rows;
    auto rowFor = [&](const Db::Statement &st) -> Row & {
        Row &r = rows[st.text(0)];
        r.f.group = st.text(0);
        if (r.f.groupTitle.isEmpty())
            r.f.groupTitle = st.text(1);
        return r;
    };
    auto run = [&](const QString &sql, const auto &take) -> Result<void> {
        auto st = m_store.db().prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, t.start).bind(2, t.end);
        // Binding a parameter the statement does not have is SQLITE_RANGE: only the queries that ask "overdue by
        // when" (kPeriod, kOpen) have ?3.
        if (sql.contains(QLatin1String("?3")))
            st->bind(3, t.cutoff);
        while (st->next())
            take(*st, rowFor(*st));
        if (st->failed())
            return st->lastError();
        return {};
    };
    auto period1 = run(QString::fromLatin1(kPeriod).arg(g.key, g.title, g.join), [](const Db::Statement &st, Row &r) {
        ReportFigures &f = r.f;
        int c = 2;
        for (qint64 *n :
             {&f.received, &f.carriedOver, &f.finishedEarly, &f.finishedOnTime, &f.finishedLate, &f.inProcess,
              &f.inProcessOverdue, &f.supplementRequested, &f.refused, &f.refusedDuplicate, &f.withdrawn})
            *n += st.integer(c++);
        r.daysSum += st.real(c++);
        r.finCount += st.integer(c++);
        r.limitSum += st.real(c++);
        r.limitCount += st.integer(c++);
        r.usedSum += st.real(c++);
        r.usedCount += st.integer(c++);
        for (qint64 *n : {&f.receivedDirect, &f.receivedOnline, &f.receivedPost, &f.digitised})
            *n += st.integer(c++);
    });
    if (!period1)
        return period1.error();
    const QString column = g.column.isEmpty() ? QString() : g.column + u',';
    const QString groupBy = g.column.isEmpty() ? QString() : QStringLiteral("GROUP BY ") + g.column;
    // Without statistics the planner prefers the ended_at index (an equality) and reads every open row from the
    // table; the partial index holds what the count needs. A store opened read-only at an older schema lacks it.
    auto hasOpenIndex =
        m_store.db().scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'dossiers_open'"));
    if (!hasOpenIndex)
        return hasOpenIndex.error();
    const QString indexed = *hasOpenIndex > 0 ? QStringLiteral("INDEXED BY dossiers_open") : QString();
    auto open = run(QString::fromLatin1(kOpen).arg(g.key, g.title, g.join, column, groupBy, indexed),
                    [](const Db::Statement &st, Row &r) {
                        r.f.carriedOver += st.integer(2);
                        r.f.inProcess += st.integer(2);
                        r.f.inProcessOverdue += st.integer(3);
                    });
    if (!open)
        return open.error();
    auto returned =
        run(QString::fromLatin1(kReturned).arg(g.key, g.title, g.join), [](const Db::Statement &st, Row &r) {
            r.f.returned += st.integer(2);
            r.f.returnedElectronic += st.integer(3);
        });
    if (!returned)
        return returned.error();
    QList<ReportFigures> out;
    for (Row &r : rows) {
        // An open dossier group with nothing in it (an empty count row of a grouping's inner query) is dropped.
        ReportFigures &f = r.f;
        if (f.received == 0 && f.carriedOver == 0 && f.returned == 0 && f.withdrawn == 0)
            continue;
        if (r.finCount > 0)
            f.avgProcessingDays = oneDecimal(r.daysSum / double(r.finCount));
        if (r.limitCount > 0)
            f.avgTimeLimit = oneDecimal(r.limitSum / double(r.limitCount));
        if (r.usedCount > 0)
            f.avgLimitUsed = oneDecimal(100.0 * r.usedSum / double(r.usedCount));
        f.onTimeRate = share(f.finishedEarly + f.finishedOnTime, f.finished());
        if (grouping == ReportGrouping::Channel)
            if (const auto ch = channelFromKey(f.group))
                f.groupTitle = Wording::channel(*ch);
        out.append(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(), [](const ReportFigures &a, const ReportFigures &b) {
        return a.received != b.received ? a.received > b.received : a.group < b.group;
    });
    // A period with no dossier at all is still one row of zeros, for the whole center.
    if (out.isEmpty() && grouping == ReportGrouping::None)
        out.append(ReportFigures{});
    return out;
}

Result<void> ReportService::saveCsv(const Session &actor, const ReportPeriod &period, ReportGrouping grouping,
                                    const QString &path)
{
    auto rows = summary(actor, period, grouping);
    if (!rows)
        return rows.error();
    const QByteArray bytes = reportCsv(*rows, grouping, period, m_store.communeName());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<QList<ReportPoint>> ReportService::series(const Session &actor, const ReportPeriod &period, ReportStep step)
{
    if (auto ok = checkPeriod(actor, Permission::ViewDossiers, period); !ok)
        return ok.error();
    auto bucketOf = [&](const QDate &day) {
        switch (step) {
        case ReportStep::Day:
            return day;
        case ReportStep::Week:
            return day.addDays(1 - day.dayOfWeek());
        case ReportStep::Month:
            return QDate(day.year(), day.month(), 1);
        }
        return day;
    };
    QList<ReportPoint> out;
    QHash<QDate, qsizetype> at;
    for (QDate d = bucketOf(period.from); d <= period.until;) {
        at.insert(d, out.size());
        out.append(ReportPoint{d, 0, 0, 0});
        d = step == ReportStep::Day ? d.addDays(1) : step == ReportStep::Week ? d.addDays(7) : d.addMonths(1);
    }
    const Bounds t = boundsOf(period, {});
    // Per Vietnam day, by the received_at and ended_at indexes; the days are put in their buckets here.
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT day, sum(r), sum(fin), sum(ok) FROM ("
                       " SELECT date(received_at, '+7 hours') AS day, count(*) AS r, 0 AS fin, 0 AS ok"
                       "   FROM dossiers WHERE received_at >= ?1 AND received_at < ?2 GROUP BY day"
                       " UNION ALL"
                       " SELECT date(ended_at, '+7 hours'), 0, count(*),"
                       "        sum(supplement_count <= 1 AND ended_at <= due_at)"
                       "   FROM dossiers WHERE ended_at >= ?1 AND ended_at < ?2"
                       "    AND +state IN ('finished', 'returned', 'rejected', 'stopped') GROUP BY 1)"
                       " GROUP BY day"));
    if (!st)
        return st.error();
    st->bind(1, t.start).bind(2, t.end);
    while (st->next()) {
        const auto i = at.constFind(bucketOf(QDate::fromString(st->text(0), Qt::ISODate)));
        if (i == at.constEnd())
            continue;
        ReportPoint &p = out[*i];
        p.received += st->integer(1);
        p.finished += st->integer(2);
        p.finishedInTime += st->integer(3);
    }
    if (st->failed())
        return st->lastError();
    return out;
}

Result<DocumentFigures> ReportService::documents(const Session &actor, const ReportPeriod &period, const QDateTime &now)
{
    if (auto ok = checkPeriod(actor, Permission::ViewDocuments, period); !ok)
        return ok.error();
    const Bounds t = boundsOf(period, now);
    const QString today = Time::toVietnam(Time::parseIso(t.cutoff).addSecs(-1)).date().toString(Qt::ISODate);
    DocumentFigures f;
    // Incoming: received in the period; finished in it by its Vietnam day against the deadline (none: on time);
    // pending at its end (registered before the end and not finished by then).
    auto in = m_store.db().prepare(QStringLiteral(
        "SELECT sum(received_at >= ?1),"
        "       sum(fin >= ?1 AND fin < ?2 AND (due_on IS NULL OR date(fin, '+7 hours') <= due_on)),"
        "       sum(fin >= ?1 AND fin < ?2 AND due_on IS NOT NULL AND date(fin, '+7 hours') > due_on),"
        "       sum(fin IS NULL OR fin >= ?2),"
        "       sum((fin IS NULL OR fin >= ?2) AND due_on IS NOT NULL AND due_on < ?4)"
        "  FROM (SELECT received_at, due_on, nullif(json_extract(doc, '$.finished_at'), '') AS fin FROM incoming_docs"
        "         WHERE received_at < ?2 AND (state <> 'finished' OR received_at >= ?1"
        "                                     OR json_extract(doc, '$.finished_at') >= ?1))"));
    if (!in)
        return in.error();
    in->bind(1, t.start).bind(2, t.end).bind(4, today);
    if (in->next()) {
        int c = 0;
        for (qint64 *n : {&f.incomingReceived, &f.incomingFinishedOnTime, &f.incomingFinishedLate, &f.incomingPending,
                          &f.incomingPendingOverdue})
            *n = in->integer(c++);
    }
    if (in->failed())
        return in->lastError();
    // Outgoing: numbered (issued) with the number's date in the period, per type.
    auto out =
        m_store.db().prepare(QStringLiteral("SELECT json_extract(doc, '$.type') AS type, count(*) FROM outgoing_docs"
                                            " WHERE number > 0 AND json_extract(doc, '$.issued_on') BETWEEN ?1 AND ?2"
                                            " GROUP BY type ORDER BY count(*) DESC, type"));
    if (!out)
        return out.error();
    out->bind(1, period.from.toString(Qt::ISODate)).bind(2, period.until.toString(Qt::ISODate));
    while (out->next()) {
        f.outgoingByType.append({out->text(0), out->integer(1)});
        f.outgoingIssued += out->integer(1);
    }
    if (out->failed())
        return out->lastError();
    return f;
}

ReportStep reportStepFor(const ReportPeriod &period)
{
    const qint64 days = period.isValid() ? period.from.daysTo(period.until) + 1 : 0;
    if (days <= 31)
        return ReportStep::Day;
    if (days <= 26 * 7)
        return ReportStep::Week;
    return ReportStep::Month;
}

QList<DashboardFigure> dashboardFigures()
{
    return {DashboardFigure::ReceivedToday, DashboardFigure::DueToday, DashboardFigure::Overdue,
            DashboardFigure::AwaitingSupplement, DashboardFigure::ReadyToReturn};
}

QString dashboardFigureTitle(DashboardFigure f)
{
    switch (f) {
    case DashboardFigure::ReceivedToday:
        return Report::tr("Received today");
    case DashboardFigure::DueToday:
        return Report::tr("Due today");
    case DashboardFigure::Overdue:
        return Report::tr("Overdue");
    case DashboardFigure::AwaitingSupplement:
        return Report::tr("Awaiting supplement");
    case DashboardFigure::ReadyToReturn:
        return Report::tr("Ready to return");
    }
    return {};
}

qint64 DashboardCounts::value(DashboardFigure f) const
{
    switch (f) {
    case DashboardFigure::ReceivedToday:
        return receivedToday;
    case DashboardFigure::DueToday:
        return dueToday;
    case DashboardFigure::Overdue:
        return overdue;
    case DashboardFigure::AwaitingSupplement:
        return awaitingSupplement;
    case DashboardFigure::ReadyToReturn:
        return readyToReturn;
    }
    return 0;
}

DossierFilter ReportService::dashboardFilter(DashboardFigure f, bool mine)
{
    DossierFilter filter;
    filter.mine = mine;
    switch (f) {
    case DashboardFigure::ReceivedToday: {
        const QDate today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
        filter.receivedFrom = QDateTime(today, QTime(0, 0), Time::vietnam()).toUTC();
        filter.receivedBefore = QDateTime(today.addDays(1), QTime(0, 0), Time::vietnam()).toUTC();
        break;
    }
    case DashboardFigure::DueToday:
        filter.queue = WorkQueue::DueToday;
        break;
    case DashboardFigure::Overdue:
        filter.queue = WorkQueue::Overdue;
        break;
    case DashboardFigure::AwaitingSupplement:
        filter.queue = WorkQueue::AwaitingSupplement;
        break;
    case DashboardFigure::ReadyToReturn:
        filter.queue = WorkQueue::ReadyToReturn;
        break;
    }
    return filter;
}

Result<Dashboard> ReportService::dashboard(const Session &actor)
{
    DossierService dossiers(m_store);
    Dashboard d;
    for (bool mine : {true, false}) {
        DashboardCounts &c = mine ? d.mine : d.center;
        for (DashboardFigure f : dashboardFigures()) {
            auto n = dossiers.count(actor, dashboardFilter(f, mine));
            if (!n)
                return n.error();
            qint64 *slot[] = {&c.receivedToday, &c.dueToday, &c.overdue, &c.awaitingSupplement, &c.readyToReturn};
            *slot[int(f)] = *n;
        }
    }
    return d;
}

QList<ReportMeasure> reportMeasures()
{
    QList<ReportMeasure> out;
    for (int m = int(ReportMeasure::Received); m <= int(ReportMeasure::ElectronicShare); ++m)
        out.append(ReportMeasure(m));
    return out;
}

QString reportMeasureKey(ReportMeasure m)
{
    static const char *const keys[] = {
        "received",        "carried_over",        "finished_early",      "finished_on_time",
        "finished_late",   "in_process",          "in_process_overdue",  "supplement_requested",
        "refused",         "refused_duplicate",   "withdrawn",           "returned",
        "on_time_rate",    "avg_processing_days", "avg_time_limit",      "time_limit_used",
        "received_direct", "received_online",     "received_post",       "online_share",
        "digitised",       "digitised_share",     "returned_electronic", "electronic_result_share"};
    return QLatin1String(keys[int(m)]);
}

QString reportMeasureTitle(ReportMeasure m)
{
    switch (m) {
    case ReportMeasure::Received:
        return Report::tr("Received");
    case ReportMeasure::CarriedOver:
        return Report::tr("Carried over");
    case ReportMeasure::FinishedEarly:
        return Report::tr("Finished early");
    case ReportMeasure::FinishedOnTime:
        return Report::tr("Finished on time");
    case ReportMeasure::FinishedLate:
        return Report::tr("Finished late");
    case ReportMeasure::InProcess:
        return Report::tr("In process");
    case ReportMeasure::InProcessOverdue:
        return Report::tr("In process (overdue)");
    case ReportMeasure::SupplementRequested:
        return Report::tr("Supplement requested");
    case ReportMeasure::Refused:
        return Report::tr("Refused");
    case ReportMeasure::RefusedDuplicate:
        return Report::tr("Refused as duplicate");
    case ReportMeasure::Withdrawn:
        return Report::tr("Withdrawn");
    case ReportMeasure::Returned:
        return Report::tr("Results returned");
    case ReportMeasure::OnTimeRate:
        return Report::tr("On time (%)");
    case ReportMeasure::AvgProcessingDays:
        return Report::tr("Average days taken");
    case ReportMeasure::AvgTimeLimit:
        return Report::tr("Average time limit");
    case ReportMeasure::LimitUsed:
        return Report::tr("Time limit used (%)");
    case ReportMeasure::ReceivedDirect:
        return Report::tr("At the counter");
    case ReportMeasure::ReceivedOnline:
        return Report::tr("Online");
    case ReportMeasure::ReceivedPost:
        return Report::tr("By post");
    case ReportMeasure::OnlineShare:
        return Report::tr("Online (%)");
    case ReportMeasure::Digitised:
        return Report::tr("Digitised");
    case ReportMeasure::DigitisedShare:
        return Report::tr("Digitised (%)");
    case ReportMeasure::ReturnedElectronic:
        return Report::tr("Electronic results");
    case ReportMeasure::ElectronicShare:
        return Report::tr("Electronic results (%)");
    }
    return {};
}

bool reportMeasureIsRate(ReportMeasure m)
{
    switch (m) {
    case ReportMeasure::OnTimeRate:
    case ReportMeasure::AvgProcessingDays:
    case ReportMeasure::AvgTimeLimit:
    case ReportMeasure::LimitUsed:
    case ReportMeasure::OnlineShare:
    case ReportMeasure::DigitisedShare:
    case ReportMeasure::ElectronicShare:
        return true;
    default:
        return false;
    }
}

std::optional<double> reportValue(const ReportFigures &f, ReportMeasure m)
{
    switch (m) {
    case ReportMeasure::Received:
        return double(f.received);
    case ReportMeasure::CarriedOver:
        return double(f.carriedOver);
    case ReportMeasure::FinishedEarly:
        return double(f.finishedEarly);
    case ReportMeasure::FinishedOnTime:
        return double(f.finishedOnTime);
    case ReportMeasure::FinishedLate:
        return double(f.finishedLate);
    case ReportMeasure::InProcess:
        return double(f.inProcess);
    case ReportMeasure::InProcessOverdue:
        return double(f.inProcessOverdue);
    case ReportMeasure::SupplementRequested:
        return double(f.supplementRequested);
    case ReportMeasure::Refused:
        return double(f.refused);
    case ReportMeasure::RefusedDuplicate:
        return double(f.refusedDuplicate);
    case ReportMeasure::Withdrawn:
        return double(f.withdrawn);
    case ReportMeasure::Returned:
        return double(f.returned);
    case ReportMeasure::OnTimeRate:
        return f.onTimeRate;
    case ReportMeasure::AvgProcessingDays:
        return f.avgProcessingDays;
    case ReportMeasure::AvgTimeLimit:
        return f.avgTimeLimit;
    case ReportMeasure::LimitUsed:
        return f.avgLimitUsed;
    case ReportMeasure::ReceivedDirect:
        return double(f.receivedDirect);
    case ReportMeasure::ReceivedOnline:
        return double(f.receivedOnline);
    case ReportMeasure::ReceivedPost:
        return double(f.receivedPost);
    case ReportMeasure::OnlineShare:
        return share(f.receivedOnline, f.received);
    case ReportMeasure::Digitised:
        return double(f.digitised);
    case ReportMeasure::DigitisedShare:
        return share(f.digitised, f.received);
    case ReportMeasure::ReturnedElectronic:
        return double(f.returnedElectronic);
    case ReportMeasure::ElectronicShare:
        return share(f.returnedElectronic, f.returned);
    }
    return std::nullopt;
}

QString reportValueText(const ReportFigures &f, ReportMeasure m, const QLocale &locale)
{
    const auto v = reportValue(f, m);
    if (!v)
        return QStringLiteral("-");
    return reportMeasureIsRate(m) ? locale.toString(*v, 'f', 1) : QString::number(qint64(*v));
}

QString reportGroupingTitle(ReportGrouping g)
{
    switch (g) {
    case ReportGrouping::None:
        return Report::tr("All");
    case ReportGrouping::Field:
        return Report::tr("Field");
    case ReportGrouping::Procedure:
        return Report::tr("Procedure");
    case ReportGrouping::Staff:
        return Report::tr("Staff member");
    case ReportGrouping::Channel:
        return Report::tr("Channel");
    case ReportGrouping::Point:
        return Report::tr("Reception point");
    }
    return {};
}

QByteArray reportCsv(const QList<ReportFigures> &rows, ReportGrouping grouping, const ReportPeriod &period,
                     const QString &communeName)
{
    auto cell = [](const QString &s) {
        if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
            return s;
        QString q = s;
        q.replace(u'"', QStringLiteral("\"\""));
        return QString(u'"' + q + u'"');
    };
    const QLocale c = QLocale::c();
    QStringList lines;
    lines.append(cell(communeName) + u',' +
                 cell(Report::tr("From %1 to %2")
                          .arg(period.from.toString(QStringLiteral("dd/MM/yyyy")),
                               period.until.toString(QStringLiteral("dd/MM/yyyy")))));
    QStringList header{cell(reportGroupingTitle(grouping))};
    for (ReportMeasure m : reportMeasures())
        header.append(cell(reportMeasureTitle(m)));
    lines.append(header.join(u','));
    for (const ReportFigures &f : rows) {
        QStringList line{cell(grouping == ReportGrouping::None ? Report::tr("All") : f.groupTitle)};
        for (ReportMeasure m : reportMeasures()) {
            const auto v = reportValue(f, m);
            line.append(v ? reportValueText(f, m, c) : QString());
        }
        lines.append(line.join(u','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace MotCua
