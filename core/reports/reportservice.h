#pragma once

// The figures commune leaders and the province ask for (DOMAIN.md §2.7-2.9), computed in core with SQL aggregates over
// the dossier projection, never by loading every record. The window's Reports page, the CLI (`report summary`) and
// the exports all call this, so the numbers on screen, in the PDF, the CSV and the CLI are the same.
#include "core/services/dossierservice.h"
#include "core/services/session.h"
#include "core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPair>
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
//   avg_time_limit, the mean legal time limit of those finished (in the catalog's unit, mostly working days), and
//   time_limit_used, the mean share of its allowed time (reception to the appointment) each took, in percent;
// - digitised: received with a file attached; returned_electronic: results handed back electronically (QĐ 766 4.1,
//   4.2), with their shares of received and of returned, and online_share of received (3.3).
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
    // Of those finished, the mean share of the time they were allowed (reception to the appointment, moved by the
    // supplements) that processing took, in percent: under 100 is within the limit, whatever its unit.
    std::optional<double> avgLimitUsed;
    // Channels (QĐ 766 indicator 3.3): of those received.
    qint64 receivedDirect = 0;
    qint64 receivedOnline = 0;
    qint64 receivedPost = 0;
    // QĐ 766 group 4: dossiers of the period with at least one file attached (digitised, 4.2), and results handed
    // back electronically in the period (4.1).
    qint64 digitised = 0;
    qint64 returnedElectronic = 0;

    qint64 finished() const { return finishedEarly + finishedOnTime + finishedLate; }
};

// The figures a report shows, in the order it shows them: the window's table, the PDF, the CSV and the CLI's JSON
// all take their columns from here, so they carry the same numbers under the same names.
enum class ReportMeasure {
    Received,
    CarriedOver,
    FinishedEarly,
    FinishedOnTime,
    FinishedLate,
    InProcess,
    InProcessOverdue,
    SupplementRequested,
    Refused,
    RefusedDuplicate,
    Withdrawn,
    Returned,
    OnTimeRate,
    AvgProcessingDays,
    AvgTimeLimit,
    LimitUsed,
    ReceivedDirect,
    ReceivedOnline,
    ReceivedPost,
    OnlineShare,
    Digitised,
    DigitisedShare,
    ReturnedElectronic,
    ElectronicShare,
};
QList<ReportMeasure> reportMeasures();
QString reportMeasureKey(ReportMeasure m);   // "received", "on_time_rate", ... (CLI.md)
QString reportMeasureTitle(ReportMeasure m); // the heading people read, translated
bool reportMeasureIsRate(ReportMeasure m);   // a percent or a mean (one decimal), not a count
// The measure's value in a row; none for a rate or mean with nothing to count.
std::optional<double> reportValue(const ReportFigures &f, ReportMeasure m);
// The value as shown: "45", "96.3" (the locale's decimal mark), "-" when there is none.
QString reportValueText(const ReportFigures &f, ReportMeasure m, const QLocale &locale);
// The group's heading (the "Group" column's title; "All" without grouping).
QString reportGroupingTitle(ReportGrouping g);

// The report as CSV for Excel: UTF-8 with a byte-order mark, a title line with the period, a header row of the
// measures' titles, one row per group, numbers with a full stop as decimal mark (RFC 4180 quoting).
QByteArray reportCsv(const QList<ReportFigures> &rows, ReportGrouping grouping, const ReportPeriod &period,
                     const QString &communeName);

// Received and finished per day, week or month of a period (the chart of received against finished over time).
struct ReportPoint
{
    QDate from; // the first day of the bucket
    qint64 received = 0;
    qint64 finished = 0;
    qint64 finishedInTime = 0; // early or on time
};
enum class ReportStep { Day, Week, Month };
// The step a chart of `period` goes by, so it has a readable number of buckets: days up to 31 days, weeks up to 26
// weeks, months beyond.
ReportStep reportStepFor(const ReportPeriod &period);

// The official documents of a period (Decree 30/2020 registers): incoming received (arrival date in the period),
// handled in the period on time or after the deadline, still pending at its end and of those past the deadline;
// outgoing issued (the number's date in the period), per type.
struct DocumentFigures
{
    qint64 incomingReceived = 0;
    qint64 incomingFinishedOnTime = 0;
    qint64 incomingFinishedLate = 0;
    qint64 incomingPending = 0;
    qint64 incomingPendingOverdue = 0;
    qint64 outgoingIssued = 0;
    QList<QPair<QString, qint64>> outgoingByType; // the type's key (Appendix III: "QD", "CV", ...), most first
};

// The home dashboard's five numbers, for the signed-in person and for the whole center.
enum class DashboardFigure { ReceivedToday, DueToday, Overdue, AwaitingSupplement, ReadyToReturn };
QList<DashboardFigure> dashboardFigures();
QString dashboardFigureTitle(DashboardFigure f);
struct DashboardCounts
{
    qint64 receivedToday = 0;
    qint64 dueToday = 0;
    qint64 overdue = 0;
    qint64 awaitingSupplement = 0;
    qint64 readyToReturn = 0;
    qint64 value(DashboardFigure f) const;
};
struct Dashboard
{
    DashboardCounts mine;   // the dossiers the person received or holds
    DashboardCounts center; // every dossier of the center
};

class ReportService
{
public:
    explicit ReportService(Store &store) : m_store(store) {}

    // One row per group (ordered by received, then key), or one row for the whole center without grouping. `now`
    // (null: the clock) decides what is overdue in a period that has not ended.
    Result<QList<ReportFigures>> summary(const Session &actor, const ReportPeriod &period,
                                         ReportGrouping grouping = ReportGrouping::None, const QDateTime &now = {});
    // The summary saved as CSV (reportCsv) at `path`, written whole or not at all.
    Result<void> saveCsv(const Session &actor, const ReportPeriod &period, ReportGrouping grouping,
                         const QString &path);
    // Received (by reception day) and finished with a result (by the day processing ended) per bucket of `step`, every
    // bucket of the period present (zeros included).
    Result<QList<ReportPoint>> series(const Session &actor, const ReportPeriod &period, ReportStep step);
    // The document figures of a period; `now` (null: the clock) decides what is overdue in a period not ended.
    Result<DocumentFigures> documents(const Session &actor, const ReportPeriod &period, const QDateTime &now = {});
    // The home dashboard now: each number is DossierService::count of dashboardFilter()'s list, so opening a number
    // shows exactly the dossiers it counts.
    Result<Dashboard> dashboard(const Session &actor);
    // The dossier list behind a dashboard number (today: Vietnam's day now).
    static DossierFilter dashboardFilter(DashboardFigure f, bool mine);

private:
    Store &m_store;
};

} // namespace MotCua
