#pragma once

#include "core/domain/calendar.h"
#include "core/domain/holidays.h"
#include "core/services/session.h"
#include "core/util/result.h"

namespace MotCua
{

class Store;

// Days off and due-date policy for this commune: the computed Labour Code default, replaced year by year by the
// arrangements the province publishes (or an administrator imports), and the counting policy.
class CalendarService
{
public:
    explicit CalendarService(Store &store) : m_store(store) {}

    // Parses an arrangement file:
    // {"year":2026,"source":"...","days":[{"date":"2026-02-16","name":"...","kind":"official"},
    // {"date":"2026-01-31","name":"Làm bù","kind":"working"}]}.
    static Result<YearArrangement> parseArrangement(const QByteArray &json);

    Result<QList<YearArrangement>> arrangements();
    Result<QList<Holiday>> holidays(int year);
    // Records an arrangement as an event (it then replaces the default for its year). Administrators only.
    Result<void> publish(const Session &actor, const YearArrangement &arrangement);

    // The arrangements the province published (one, or {"arrangements": [...]}): recorded as the province (actor
    // "province") for each year whose arrangement differs from the one held. Returns how many years changed.
    Result<int> applyPublished(const QByteArray &json);
    // The arrangements of a publication (one, or {"arrangements": [...]}), each checked as parseArrangement does; a
    // publication with none, or with a year twice, is refused.
    // `strict` (the province, before it publishes): a year twice is refused; else (a counter taking in what was
    // published, maybe by an older province) the later one of a year counts.
    static Result<QList<YearArrangement>> parsePublished(const QByteArray &json, bool strict = true);

    Result<WorkingCalendar::Counting> counting();
    Result<void> setCounting(const Session &actor, WorkingCalendar::Counting counting);

    // The calendar for deadlines that start on `from` (its year, and two years after for long limits).
    Result<WorkingCalendar> calendarFor(const QDate &from);

private:
    Store &m_store;
};

} // namespace MotCua
