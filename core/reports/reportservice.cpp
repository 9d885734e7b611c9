#include "core/reports/reportservice.h"

#include "core/domain/ids.h"
#include "core/store/store.h"

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
// it and not ended when it began (carried over). Three index-driven selections (received_at, ended_at).
constexpr auto kBase = R"sql(
WITH b AS (
    SELECT id, procedure_code, procedure_name, received_by, channel, received_device, received_at, due_at, ended_at,
           returned_at, state, supplement_count, paused_at, duplicate_of, time_limit, 1 AS in_period
      FROM dossiers WHERE received_at >= ?1 AND received_at < ?2
    UNION ALL
    SELECT id, procedure_code, procedure_name, received_by, channel, received_device, received_at, due_at, ended_at,
           returned_at, state, supplement_count, paused_at, duplicate_of, time_limit, 0
      FROM dossiers WHERE received_at < ?1 AND ended_at >= ?1
    UNION ALL
    SELECT id, procedure_code, procedure_name, received_by, channel, received_device, received_at, due_at, ended_at,
           returned_at, state, supplement_count, paused_at, duplicate_of, time_limit, 0
      FROM dossiers WHERE received_at < ?1 AND ended_at IS NULL
),
f AS (
    SELECT b.*,
           (ended_at >= ?1 AND ended_at < ?2 AND state IN ('finished', 'returned', 'rejected', 'stopped')) AS fin,
           (supplement_count > 1 OR ended_at > due_at) AS late,
           (ended_at IS NULL OR ended_at >= ?2) AS open_at_end
      FROM b
)
SELECT %1 AS grp, %2 AS title,
       sum(in_period),
       sum(1 - in_period),
       sum(fin AND NOT late AND date(ended_at, '+7 hours') < date(due_at, '+7 hours')),
       sum(fin AND NOT late AND date(ended_at, '+7 hours') >= date(due_at, '+7 hours')),
       sum(fin AND late),
       sum(open_at_end),
       sum(open_at_end AND (supplement_count > 1
           OR (ended_at IS NULL AND paused_at IS NOT NULL AND paused_at > due_at)
           OR ((ended_at IS NOT NULL OR paused_at IS NULL) AND due_at < ?3))),
       sum(in_period AND supplement_count > 0),
       sum(in_period AND state = 'refused' AND duplicate_of IS NULL),
       sum(in_period AND state = 'refused' AND duplicate_of IS NOT NULL),
       sum(state = 'withdrawn' AND ended_at >= ?1 AND ended_at < ?2),
       sum(returned_at >= ?1 AND returned_at < ?2),
       avg(CASE WHEN fin THEN julianday(ended_at) - julianday(received_at) END),
       avg(CASE WHEN fin THEN f.time_limit END),
       sum(in_period AND channel = 'direct'),
       sum(in_period AND channel = 'online'),
       sum(in_period AND channel = 'post')
  FROM f %3
 GROUP BY grp
 ORDER BY sum(in_period) DESC, grp
)sql";

std::optional<double> oneDecimal(const Db::Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return std::round(st.real(column) * 10.0) / 10.0;
}
} // namespace

Result<QList<ReportFigures>> ReportService::summary(const Session &actor, const ReportPeriod &period,
                                                    ReportGrouping grouping, const QDateTime &now)
{
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot see the reports"));
    if (!period.isValid())
        return Error::invalid(QStringLiteral("a period runs from a date until the same or a later date"),
                              QStringLiteral("from"));
    if (period.from.daysTo(period.until) > 366 * 5)
        return Error::invalid(QStringLiteral("a report covers at most five years"), QStringLiteral("until"));
    const QDateTime start = QDateTime(period.from, QTime(0, 0), Time::vietnam()).toUTC();
    const QDateTime end = QDateTime(period.until.addDays(1), QTime(0, 0), Time::vietnam()).toUTC();
    const QDateTime clock = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime cutoff = std::min(end, clock);
    // The group's key and title, and what they join (constant SQL, chosen here, never from input).
    QString key = QStringLiteral("''"), title = QStringLiteral("''"), join;
    switch (grouping) {
    case ReportGrouping::None:
        break;
    case ReportGrouping::Field:
        key = QStringLiteral("coalesce(p.field, '')");
        title = QStringLiteral("coalesce(p.field, '')");
        join = QStringLiteral("LEFT JOIN procedures p ON p.code = f.procedure_code");
        break;
    case ReportGrouping::Procedure:
        key = QStringLiteral("f.procedure_code");
        title = QStringLiteral("max(f.procedure_name)");
        break;
    case ReportGrouping::Staff:
        key = QStringLiteral("f.received_by");
        title = QStringLiteral("coalesce(max(u.full_name), f.received_by)");
        join = QStringLiteral("LEFT JOIN users u ON u.id = f.received_by");
        break;
    case ReportGrouping::Channel:
        key = QStringLiteral("f.channel");
        title = QStringLiteral("f.channel");
        break;
    case ReportGrouping::Point:
        key = QStringLiteral("f.received_device");
        title = QStringLiteral("coalesce(max(nullif(dv.label, '')), max(dv.tag), f.received_device)");
        join = QStringLiteral("LEFT JOIN devices dv ON dv.id = f.received_device");
        break;
    }
    auto st = m_store.db().prepare(QString::fromLatin1(kBase).arg(key, title, join));
    if (!st)
        return st.error();
    st->bind(1, Time::toUtcIso(start)).bind(2, Time::toUtcIso(end)).bind(3, Time::toUtcIso(cutoff));
    QList<ReportFigures> out;
    while (st->next()) {
        ReportFigures f;
        int c = 0;
        f.group = st->text(c++);
        f.groupTitle = st->text(c++);
        for (qint64 *n :
             {&f.received, &f.carriedOver, &f.finishedEarly, &f.finishedOnTime, &f.finishedLate, &f.inProcess,
              &f.inProcessOverdue, &f.supplementRequested, &f.refused, &f.refusedDuplicate, &f.withdrawn, &f.returned})
            *n = st->integer(c++);
        f.avgProcessingDays = oneDecimal(*st, c++);
        f.avgTimeLimit = oneDecimal(*st, c++);
        f.receivedDirect = st->integer(c++);
        f.receivedOnline = st->integer(c++);
        f.receivedPost = st->integer(c++);
        if (f.finished() > 0)
            f.onTimeRate =
                std::round(1000.0 * double(f.finishedEarly + f.finishedOnTime) / double(f.finished())) / 10.0;
        out.append(std::move(f));
    }
    if (st->failed())
        return st->lastError();
    // A period with no dossier at all is still one row of zeros, for the whole center.
    if (out.isEmpty() && grouping == ReportGrouping::None)
        out.append(ReportFigures{});
    return out;
}

} // namespace MotCua
