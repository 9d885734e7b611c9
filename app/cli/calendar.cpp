#include "app/cli/common.h"

#include "core/domain/citizenid.h"
#include "core/domain/holidays.h"
#include "core/domain/ids.h"
#include "core/domain/lunar.h"
#include "core/services/calendarservice.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <QJsonArray>
#include <QJsonObject>

namespace MotCua::Cli
{

namespace
{

int cmdValidateCitizenId(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(QStringLiteral("usage: motcua-cli validate citizen-id ID... [--json] (or the ids on stdin)"));
    const QStringList ids = valuesOrStdin(a, 2);
    if (ids.isEmpty())
        throw UsageError(QStringLiteral("usage: motcua-cli validate citizen-id ID... [--json] (or the ids on stdin)"));
    int invalid = 0;
    for (const QString &id : ids) {
        const CitizenIdInfo info = validateCitizenId(id);
        invalid += info.valid ? 0 : 1;
        const bool cccd = info.kind == CitizenIdInfo::Kind::Cccd;
        if (out.json()) {
            out.line(
                {{QStringLiteral("id"), info.id},
                 {QStringLiteral("valid"), info.valid},
                 {QStringLiteral("kind"), cccd ? QStringLiteral("cccd") : QStringLiteral("cmnd")},
                 {QStringLiteral("province_code"),
                  info.provinceCode.isEmpty() ? QJsonValue() : QJsonValue(info.provinceCode)},
                 {QStringLiteral("gender"), info.gender.isEmpty() ? QJsonValue() : QJsonValue(info.gender)},
                 {QStringLiteral("birth_century"), info.birthCentury ? QJsonValue(info.birthCentury) : QJsonValue()},
                 {QStringLiteral("birth_year"), info.birthYear ? QJsonValue(info.birthYear) : QJsonValue()},
                 {QStringLiteral("reason"), info.reason.isEmpty() ? QJsonValue() : QJsonValue(info.reason)}});
        } else {
            QString s = shown(info.id) + QStringLiteral(": ") + (info.valid ? tr("valid") : tr("INVALID"));
            if (info.valid && cccd)
                s += QStringLiteral(", %1, %2, %3")
                         .arg(info.gender)
                         .arg(info.birthYear)
                         .arg(info.provinceName.isEmpty() ? info.provinceCode : info.provinceName);
            if (!info.reason.isEmpty())
                s += QStringLiteral(" (") + info.reason + u')';
            out.text(s);
        }
    }
    if (invalid > 0)
        throw Failure{kBadInput,
                      ids.size() == 1
                          ? QStringLiteral("'%1' is not a valid citizen id").arg(shown(ids.first()))
                          : QStringLiteral("%1 of %2 citizen ids are not valid").arg(invalid).arg(ids.size())};
    return kOk;
}

// Calendar commands read the store's published arrangements when a store exists; they need no account.
QList<YearArrangement> storedArrangements(const Args &a)
{
    const QString dir = dataDirOf(a);
    if (!QFile::exists(QDir(dir).filePath(QLatin1String(Store::kDatabaseFile))))
        return {};
    auto store = unwrap(Store::open(dir, false));
    return unwrap(CalendarService(*store).arrangements());
}

int cmdCalendarLunar(const Args &a, Output &out)
{
    if (a.positional.size() < 2)
        throw UsageError(QStringLiteral("usage: motcua-cli calendar lunar DATE... [--json]"));
    const QStringList dates = valuesOrStdin(a, 2);
    for (const QString &text : dates) {
        const QDate d = Time::parseDate(text);
        if (!d.isValid() || d.year() < 1901 || d.year() > 2100)
            throw Failure{kBadInput,
                          QStringLiteral("'%1' is not a date from 1901-01-01 to 2100-12-31 (YYYY-MM-DD)").arg(text)};
    }
    for (const QString &text : dates) {
        const QDate d = Time::parseDate(text);
        const LunarDate l = Lunar::fromSolar(d);
        if (out.json())
            out.line({{QStringLiteral("date"), d.toString(Qt::ISODate)},
                      {QStringLiteral("lunar_day"), l.day},
                      {QStringLiteral("lunar_month"), l.month},
                      {QStringLiteral("lunar_year"), l.year},
                      {QStringLiteral("leap"), l.leap}});
        else
            out.text(QStringLiteral("%1  %2/%3%4/%5")
                         .arg(d.toString(Qt::ISODate))
                         .arg(l.day, 2, 10, QLatin1Char('0'))
                         .arg(l.month, 2, 10, QLatin1Char('0'))
                         .arg(l.leap ? tr(" (leap)") : QString())
                         .arg(l.year));
    }
    return kOk;
}

int cmdCalendarHolidays(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("calendar holidays YEAR [--json]"));
    bool ok = false;
    const int year = a.positional.at(2).toInt(&ok);
    if (!ok || year < 1901 || year > 2100)
        throw Failure{kBadInput, QStringLiteral("'%1' is not a year from 1901 to 2100").arg(a.positional.at(2))};
    const QList<Holiday> days = Holidays::forYear(year, storedArrangements(a));
    QList<QStringList> rows;
    for (const Holiday &h : days) {
        if (out.json())
            out.line({{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                      {QStringLiteral("name"), h.name},
                      {QStringLiteral("kind"), holidayKindKey(h.kind)}});
        rows.append({h.date.toString(Qt::ISODate), QLocale::c().dayName(h.date.dayOfWeek(), QLocale::ShortFormat),
                     holidayKindKey(h.kind), h.name});
    }
    if (!out.json())
        out.table({tr("Date"), tr("Day"), tr("Kind"), tr("Name")}, rows);
    return kOk;
}

int cmdCalendarDue(const Args &a, Output &out)
{
    expectPositional(a, 2,
                     QStringLiteral("calendar due --from DATETIME --limit N --unit working-days|working-hours|days "
                                    "[--policy civil-code|working-hours] [--json]"));
    if (!a.has(QStringLiteral("--from")))
        throw UsageError(QStringLiteral("calendar due needs --from DATETIME"));
    const QDateTime from = dateTimeOption(a, "--from");
    bool ok = false;
    const int limit = a.value(QStringLiteral("--limit")).toInt(&ok);
    if (!ok || limit < 0 || limit > 3650)
        throw Failure{kBadInput, QStringLiteral("--limit must be a whole number from 0 to 3650")};
    const auto unit = timeUnitFromKey(a.value(QStringLiteral("--unit")));
    if (!unit || *unit == TimeUnit::Unspecified)
        throw Failure{kBadInput, QStringLiteral("--unit must be working-days, working-hours, days or hours")};
    WorkingCalendar cal = Holidays::workingCalendar(Time::toVietnam(from).date().year(),
                                                    Time::toVietnam(from).date().year() + 10, storedArrangements(a));
    if (a.has(QStringLiteral("--policy"))) {
        const auto policy = countingFromKey(a.value(QStringLiteral("--policy")));
        if (!policy)
            throw Failure{kBadInput, QStringLiteral("--policy must be civil-code or working-hours")};
        cal.setCounting(*policy);
    }
    const auto due = cal.dueDate(from, limit, *unit);
    if (out.json())
        out.line(
            {{QStringLiteral("from"), Time::toVietnamIso(from)}, {QStringLiteral("due"), Time::toVietnamIso(due.at)}});
    else
        out.text(Time::toVietnamIso(due.at));
    return kOk;
}

int cmdCalendarImport(const Args &a, Output &out)
{
    expectPositional(a, 3, QStringLiteral("calendar import FILE"));
    // A year's arrangement is a few kilobytes of JSON.
    const QByteArray bytes = readInputFile(a.positional.at(2), 256 * 1024);
    const YearArrangement arrangement = unwrap(CalendarService::parseArrangement(bytes));
    auto store = openStore(a);
    const Session session = login(*store, a);
    unwrap(CalendarService(*store).publish(session, arrangement));
    if (out.json())
        out.line({{QStringLiteral("year"), arrangement.year}, {QStringLiteral("days"), int(arrangement.days.size())}});
    else
        out.text(
            tr("Holiday arrangement for %1 recorded (%2 days)").arg(arrangement.year).arg(arrangement.days.size()));
    return kOk;
}

} // namespace

QList<Command> calendarCommands()
{
    Command lunar{{QStringLiteral("calendar"), QStringLiteral("lunar")},
                  QStringLiteral("calendar lunar DATE... [--json]"),
                  {},
                  {},
                  cmdCalendarLunar};
    lunar.signsIn = false;
    Command holidays{{QStringLiteral("calendar"), QStringLiteral("holidays")},
                     QStringLiteral("calendar holidays YEAR [--json]"),
                     {},
                     {},
                     cmdCalendarHolidays};
    holidays.signsIn = false;
    Command due{
        {QStringLiteral("calendar"), QStringLiteral("due")},
        QStringLiteral("calendar due --from DATETIME --limit N --unit working-days|working-hours|days "
                       "[--policy civil-code|working-hours] [--json]"),
        {QStringLiteral("--from"), QStringLiteral("--limit"), QStringLiteral("--unit"), QStringLiteral("--policy")},
        {},
        cmdCalendarDue};
    due.signsIn = false;
    Command validate{{QStringLiteral("validate"), QStringLiteral("citizen-id")},
                     QStringLiteral("validate citizen-id ID... [--json]"),
                     {},
                     {},
                     cmdValidateCitizenId};
    validate.signsIn = false;
    return {lunar,
            holidays,
            due,
            validate,
            {{QStringLiteral("calendar"), QStringLiteral("import")},
             QStringLiteral("calendar import FILE [--json]"),
             {},
             {},
             cmdCalendarImport}};
}

} // namespace MotCua::Cli
