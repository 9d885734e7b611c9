#include "core/services/calendarservice.h"

#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace MotCua
{

namespace
{
constexpr auto kCountingKey = "due_counting";

QJsonArray daysJson(const QList<Holiday> &days)
{
    QJsonArray a;
    for (const Holiday &h : days)
        a.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                             {QStringLiteral("name"), h.name},
                             {QStringLiteral("kind"), holidayKindKey(h.kind)}});
    return a;
}

// The payload of HolidayArrangementPublished.
QJsonObject arrangementPayload(const YearArrangement &a)
{
    return {{QStringLiteral("year"), a.year},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("days"), daysJson(a.days)}};
}
} // namespace

Result<YearArrangement> CalendarService::parseArrangement(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("the arrangement is not a JSON object: %1").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    YearArrangement a;
    a.year = o.value(QLatin1String("year")).toInt();
    if (a.year < 2000 || a.year > 2100)
        return Error::invalid(QStringLiteral("\"year\" must be a year from 2000 to 2100"), QStringLiteral("year"));
    a.source = o.value(QLatin1String("source")).toString().trimmed();
    if (a.source.isEmpty())
        return Error::invalid(QStringLiteral("\"source\" must name the notice the days come from"),
                              QStringLiteral("source"));
    if (!o.value(QLatin1String("days")).isArray())
        return Error::invalid(QStringLiteral("\"days\" must be a list"), QStringLiteral("days"));
    QSet<QDate> seen;
    for (const QJsonValue &v : o.value(QLatin1String("days")).toArray()) {
        const QJsonObject d = v.toObject();
        Holiday h;
        h.date = QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate);
        h.name = d.value(QLatin1String("name")).toString().trimmed();
        const auto kind = holidayKindFromKey(d.value(QLatin1String("kind")).toString());
        if (!h.date.isValid() || h.date.year() != a.year)
            return Error::invalid(
                QStringLiteral("day %1 is not a date of %2").arg(d.value(QLatin1String("date")).toString()).arg(a.year),
                QStringLiteral("days"));
        if (!kind || (*kind != Holiday::Kind::Official && *kind != Holiday::Kind::Working &&
                      *kind != Holiday::Kind::Holiday && *kind != Holiday::Kind::Compensation))
            return Error::invalid(QStringLiteral("day %1: \"kind\" must be official, holiday, compensation or working")
                                      .arg(h.date.toString(Qt::ISODate)),
                                  QStringLiteral("days"));
        h.kind = *kind;
        if (h.name.isEmpty())
            return Error::invalid(QStringLiteral("day %1 has no name").arg(h.date.toString(Qt::ISODate)),
                                  QStringLiteral("days"));
        if (seen.contains(h.date))
            return Error::invalid(QStringLiteral("day %1 is listed twice").arg(h.date.toString(Qt::ISODate)),
                                  QStringLiteral("days"));
        seen.insert(h.date);
        a.days.append(h);
    }
    return a;
}

Result<QList<YearArrangement>> CalendarService::arrangements()
{
    auto st =
        m_store.db().prepare(QStringLiteral("SELECT year, source, days FROM calendar_arrangements ORDER BY year"));
    if (!st)
        return st.error();
    QList<YearArrangement> out;
    while (st->next()) {
        YearArrangement a;
        a.year = int(st->integer(0));
        a.source = st->text(1);
        for (const QJsonValue &v : QJsonDocument::fromJson(st->text(2).toUtf8()).array()) {
            const QJsonObject d = v.toObject();
            a.days.append(
                {QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate),
                 d.value(QLatin1String("name")).toString(),
                 holidayKindFromKey(d.value(QLatin1String("kind")).toString()).value_or(Holiday::Kind::Official)});
        }
        out.append(a);
    }
    if (st->failed())
        return st->lastError();
    return out;
}

Result<QList<Holiday>> CalendarService::holidays(int year)
{
    auto all = arrangements();
    if (!all)
        return all.error();
    return Holidays::forYear(year, *all);
}

Result<void> CalendarService::publish(const Session &actor, const YearArrangement &a)
{
    if (!actor.can(Permission::ManageCatalog))
        return Error::forbidden(QStringLiteral("only an administrator can change the holiday calendar"));
    auto events = m_store.commit({{QStringLiteral("calendar"), QString::number(a.year),
                                   EventType::HolidayArrangementPublished, arrangementPayload(a)}},
                                 actor.userId);
    if (!events)
        return events.error();
    return {};
}

Result<QList<YearArrangement>> CalendarService::parsePublished(const QByteArray &json, bool strict)
{
    QList<QByteArray> parts;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.object().contains(QLatin1String("arrangements"))) {
        if (!doc.object().value(QLatin1String("arrangements")).isArray())
            return Error::invalid(QStringLiteral("\"arrangements\" must be a list of year arrangements"),
                                  QStringLiteral("arrangements"));
        for (const QJsonValue &v : doc.object().value(QLatin1String("arrangements")).toArray())
            parts.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    } else {
        parts.append(json);
    }
    if (parts.isEmpty())
        return Error::invalid(QStringLiteral("the publication holds no year arrangement"),
                              QStringLiteral("arrangements"));
    QList<YearArrangement> out;
    for (const QByteArray &part : std::as_const(parts)) {
        auto a = parseArrangement(part);
        if (!a)
            return a.error();
        const auto twice =
            std::find_if(out.begin(), out.end(), [&](const YearArrangement &o) { return o.year == a->year; });
        if (twice != out.end()) {
            if (strict)
                return Error::invalid(QStringLiteral("the year %1 is arranged twice").arg(a->year),
                                      QStringLiteral("year"));
            *twice = *a;
            continue;
        }
        out.append(*a);
    }
    return out;
}

Result<int> CalendarService::applyPublished(const QByteArray &json)
{
    auto published = parsePublished(json, false);
    if (!published)
        return published.error();
    auto held = arrangements();
    if (!held)
        return held.error();
    QList<EventDraft> drafts;
    for (const YearArrangement &a : std::as_const(*published)) {
        const QJsonObject payload = arrangementPayload(a);
        bool same = false;
        for (const YearArrangement &h : std::as_const(*held)) {
            if (h.year == a.year)
                same = arrangementPayload(h) == payload;
        }
        if (!same)
            drafts.append(
                {QStringLiteral("calendar"), QString::number(a.year), EventType::HolidayArrangementPublished, payload});
    }
    if (drafts.isEmpty())
        return 0;
    auto events = m_store.commit(drafts, QStringLiteral("province"));
    if (!events)
        return events.error();
    return int(drafts.size());
}

Result<WorkingCalendar::Counting> CalendarService::counting()
{
    auto v = m_store.meta(QLatin1String(kCountingKey));
    if (!v)
        return v.error();
    return countingFromKey(*v).value_or(WorkingCalendar::Counting::CivilCode);
}

Result<void> CalendarService::setCounting(const Session &actor, WorkingCalendar::Counting counting)
{
    if (!actor.can(Permission::ManageCatalog))
        return Error::forbidden(QStringLiteral("only an administrator can change the counting policy"));
    return m_store.setMeta(QLatin1String(kCountingKey), countingKey(counting));
}

Result<WorkingCalendar> CalendarService::calendarFor(const QDate &from)
{
    auto all = arrangements();
    if (!all)
        return all.error();
    auto policy = counting();
    if (!policy)
        return policy.error();
    WorkingCalendar cal = Holidays::workingCalendar(from.year(), from.year() + 2, *all);
    cal.setCounting(*policy);
    return cal;
}

} // namespace MotCua
