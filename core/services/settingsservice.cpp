#include "core/services/settingsservice.h"

#include "core/domain/contact.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/store/store.h"

#include <QJsonObject>

namespace MotCua
{

namespace
{
struct Key
{
    const char *name;
    QString OfficeProfile::*field;
};
constexpr Key kOfficeKeys[] = {{"office_center_name", &OfficeProfile::centerName},
                               {"office_address", &OfficeProfile::address},
                               {"office_hotline", &OfficeProfile::hotline},
                               {"office_email", &OfficeProfile::email}};
} // namespace

Result<OfficeProfile> SettingsService::office()
{
    // The commune's profile is a record every counter shares (OfficeProfileSet events); a store set up before that
    // kept it in its local settings, read when no event has set it.
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT center_name, address, hotline, email FROM office WHERE commune = ?1"));
    if (!st)
        return st.error();
    st->bind(1, m_store.communeCode());
    if (st->next())
        return OfficeProfile{st->text(0), st->text(1), st->text(2), st->text(3)};
    if (st->failed())
        return st->lastError();
    OfficeProfile p;
    for (const Key &k : kOfficeKeys) {
        auto v = m_store.meta(QLatin1String(k.name));
        if (!v)
            return v.error();
        p.*k.field = *v;
    }
    return p;
}

Result<void> SettingsService::setOffice(const Session &actor, const OfficeProfile &in)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can change the office details"));
    auto center = Text::cleanText(in.centerName, QStringLiteral("office"), QStringLiteral("the center's name"), 200);
    if (!center)
        return center.error();
    auto address = Text::cleanText(in.address, QStringLiteral("office"), QStringLiteral("the address"), 300);
    if (!address)
        return address.error();
    OfficeProfile p{*center, *address, in.hotline.trimmed(), in.email.trimmed()};
    if (!p.hotline.isEmpty() && !validatePhone(p.hotline).valid)
        return Error::invalid(QStringLiteral("the hotline '%1' is not a phone number").arg(Text::elided(p.hotline, 30)),
                              QStringLiteral("hotline"));
    if (!p.email.isEmpty() && (!p.email.contains(u'@') || p.email.size() > 200))
        return Error::invalid(QStringLiteral("'%1' is not an e-mail address").arg(Text::elided(p.email, 60)),
                              QStringLiteral("email"));
    auto events = m_store.commit({{QStringLiteral("office"), m_store.communeCode(), EventType::OfficeProfileSet,
                                   QJsonObject{{QStringLiteral("center_name"), p.centerName},
                                               {QStringLiteral("address"), p.address},
                                               {QStringLiteral("hotline"), p.hotline},
                                               {QStringLiteral("email"), p.email}}}},
                                 actor.userId);
    if (!events)
        return events.error();
    return {};
}

Result<QList<CounterPoint>> SettingsService::counters()
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT id, tag, label FROM devices ORDER BY id = ?1 DESC, lower(label), tag"));
    if (!st)
        return st.error();
    st->bind(1, m_store.deviceId());
    QList<CounterPoint> out;
    while (st->next())
        out.append({st->text(0), st->text(1), st->text(2).isEmpty() ? st->text(1) : st->text(2),
                    st->text(0) == m_store.deviceId()});
    if (st->failed())
        return st->lastError();
    return out;
}

Result<void> SettingsService::nameThisCounter(const Session &actor, const QString &label)
{
    if (!actor.can(Permission::ManageUsers))
        return Error::forbidden(QStringLiteral("only an administrator can name the counter"));
    QString name = label.trimmed();
    if (!name.isEmpty()) {
        auto clean = Text::cleanText(name, QStringLiteral("label"), QStringLiteral("the counter's name"), 80);
        if (!clean)
            return clean.error();
        name = *clean;
    }
    if (name.isEmpty())
        name = m_store.deviceTag();
    auto events =
        m_store.commit({{QStringLiteral("device"), m_store.deviceId(), EventType::CounterNamed,
                         QJsonObject{{QStringLiteral("label"), name},
                                     {QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())}}}},
                       actor.userId);
    if (!events)
        return events.error();
    return {};
}

Result<LocalSettings> SettingsService::local()
{
    LocalSettings s;
    auto read = [&](const char *key, auto apply) -> Result<void> {
        auto v = m_store.meta(QLatin1String(key));
        if (!v)
            return v.error();
        if (!v->isEmpty())
            apply(*v);
        return {};
    };
    if (auto r = read("backup_folder", [&](const QString &v) { s.backupFolder = v; }); !r)
        return r.error();
    if (auto r = read("backup_keep", [&](const QString &v) { s.backupKeep = v.toInt(); }); !r)
        return r.error();
    if (auto r = read("backup_hour", [&](const QString &v) { s.backupHour = v.toInt(); }); !r)
        return r.error();
    if (auto r = read("idle_lock_minutes", [&](const QString &v) { s.idleLockMinutes = v.toInt(); }); !r)
        return r.error();
    if (auto r = read("sync_interval_minutes", [&](const QString &v) { s.syncIntervalMinutes = v.toInt(); }); !r)
        return r.error();
    if (auto r = read("sync_quiet_hours", [&](const QString &v) { s.syncQuietHours = v == u"1"; }); !r)
        return r.error();
    const auto time = [](QTime &out) {
        return [&out](const QString &v) {
            if (const QTime t = QTime::fromString(v, QStringLiteral("HH:mm")); t.isValid())
                out = t;
        };
    };
    if (auto r = read("sync_quiet_from", time(s.syncQuietFrom)); !r)
        return r.error();
    if (auto r = read("sync_quiet_until", time(s.syncQuietUntil)); !r)
        return r.error();
    return s;
}

Result<void> SettingsService::setLocal(const Session &actor, const LocalSettings &s)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can change these settings"));
    if (s.backupKeep < 1 || s.backupKeep > 365)
        return Error::invalid(QStringLiteral("keep 1 to 365 backups"), QStringLiteral("backup_keep"));
    if (s.backupHour < 0 || s.backupHour > 23)
        return Error::invalid(QStringLiteral("the backup hour is 0-23"), QStringLiteral("backup_hour"));
    if (s.idleLockMinutes < 0 || s.idleLockMinutes > 240)
        return Error::invalid(QStringLiteral("lock the screen after 0 (never) to 240 minutes"),
                              QStringLiteral("idle_lock_minutes"));
    if (s.syncIntervalMinutes < 1 || s.syncIntervalMinutes > 1440)
        return Error::invalid(QStringLiteral("sync every 1 to 1440 minutes"), QStringLiteral("sync_interval"));
    if (!s.syncQuietFrom.isValid() || !s.syncQuietUntil.isValid() ||
        (s.syncQuietHours && s.syncQuietFrom.secsTo(s.syncQuietUntil) / 60 == 0))
        return Error::invalid(QStringLiteral("quiet hours need a start and a different end"),
                              QStringLiteral("sync_quiet_hours"));
    const QString hhmm = QStringLiteral("HH:mm");
    const std::pair<const char *, QString> values[] = {
        {"backup_folder", s.backupFolder.trimmed()},
        {"backup_keep", QString::number(s.backupKeep)},
        {"backup_hour", QString::number(s.backupHour)},
        {"idle_lock_minutes", QString::number(s.idleLockMinutes)},
        {"sync_interval_minutes", QString::number(s.syncIntervalMinutes)},
        {"sync_quiet_hours", s.syncQuietHours ? QStringLiteral("1") : QStringLiteral("0")},
        {"sync_quiet_from", s.syncQuietFrom.toString(hhmm)},
        {"sync_quiet_until", s.syncQuietUntil.toString(hhmm)}};
    for (const auto &[key, value] : values) {
        if (auto r = m_store.setMeta(QLatin1String(key), value); !r)
            return r;
    }
    return {};
}

} // namespace MotCua
