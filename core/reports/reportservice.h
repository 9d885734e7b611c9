#pragma once

// The figures commune leaders and the province ask for (DOMAIN.md §2.7-2.9), computed in core with SQL aggregates over
// the dossier projection, never by loading every record. The window's Reports page, the CLI (`report summary`) and
// the exports all call this, so the numbers on screen, in the PDF, the CSV and the CLI are the same.
#include "core/services/session.h"
#include "core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace MotCua
{

class Store;

// A reporting period: whole days in Vietnam time, both included.
struct ReportPeriod
{
    QDate from;
    QDate until;

    enum class Kind { Day, Week, Month, Quarter, Year, ReportingMonth, ReportingQuarter, ReportingYear };
    // The period of `kind` that holds `day`: a calendar day, week (Monday to Sunday), month, quarter or year, or a
    // reporting period of Decree 09/2019 (DOMAIN.md §2.9): a month from the 15th of the month before to the 14th, a
    // quarter from the 15th of the month before it to the 14th of its last month, a year from 15 December of the year
    // before to 14 December.
    static ReportPeriod containing(Kind kind, const QDate &day);
    bool isValid() const { return from.isValid() && until.isValid() && from <= until; }
};

enum class ReportGrouping { None, Field, Procedure, Staff, Channel, Point };
QString reportGroupingKey(ReportGrouping g); // "", field, procedure, staff, channel, point
std::optional<ReportGrouping> reportGroupingFromKey(const QString &key);

// One group's figures (or the whole center's). Definitions:
// - received: dossiers received in the period (refused at the counter too);
// - carried_over: received before the period and still open when it began;
// - finished_early / on_time / late: of those (received or carried over), the ones whose processing ended in the
//   period with a result (finished, returned, rejected after appraisal, stopped): early when it ended on a day before
//   the appointment, on time on its day, late after it or with more than one supplement request (QĐ 766). The time a
//   supplement took is not counted (the appointment moved by it); an apology's new date does not make a late dossier
//   on time;
// - in_process: still open at the end of the period; in_process_overdue: of those, past the appointment by then (the
//   clock paused while a supplement is awaited), or with more than one supplement request;
// - supplement_requested: dossiers of the period with at least one supplement request;
// - refused / refused_duplicate: refused at the counter in the period, for a reason / as a duplicate;
// - withdrawn: withdrawn at the citizen's request in the period; returned: results handed back in the period;
// - on_time_rate: early and on time, in percent of finished (one decimal; none when nothing finished);
// - avg_processing_days: the mean of calendar days from reception to the end of processing, of those finished, beside
//   avg_time_limit, the mean legal time limit of those finished (in the catalog's unit, mostly working days).
struct ReportFigures
{
    QString group;      // the group's key (field name, procedure code, user id, channel, device id); empty: all
    QString groupTitle; // how people know it (the procedure's name, the person's full name, the counter's label)
    qint64 received = 0;
    qint64 carriedOver = 0;
    qint64 finishedEarly = 0;
    qint64 finishedOnTime = 0;
    qint64 finishedLate = 0;
    qint64 inProcess = 0;
    qint64 inProcessOverdue = 0;
    qint64 supplementRequested = 0;
    qint64 refused = 0;
    qint64 refusedDuplicate = 0;
    qint64 withdrawn = 0;
    qint64 returned = 0;
    std::optional<double> onTimeRate;
    std::optional<double> avgProcessingDays;
    std::optional<double> avgTimeLimit;
    // Channels (QĐ 766 indicator 3.3): of those received.
    qint64 receivedDirect = 0;
    qint64 receivedOnline = 0;
    qint64 receivedPost = 0;

    qint64 finished() const { return finishedEarly + finishedOnTime + finishedLate; }
};

class ReportService
{
public:
    explicit ReportService(Store &store) : m_store(store) {}

    // One row per group (ordered by received, then key), or one row for the whole center without grouping. `now`
    // (null: the clock) decides what is overdue in a period that has not ended.
    Result<QList<ReportFigures>> summary(const Session &actor, const ReportPeriod &period,
                                         ReportGrouping grouping = ReportGrouping::None, const QDateTime &now = {});

private:
    Store &m_store;
};

} // namespace MotCua
