#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace MotCua
{

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits; lower-case canonical text form.
// Ids made later sort after earlier ones on the same device.
QString newUuidV7(qint64 unixMs = -1);

// Hybrid logical clock (Kulkarni et al.): 48 bits of physical milliseconds and a 16-bit counter, packed into one
// sortable 64-bit integer. now() never goes backwards even when the wall clock does; observe() merges a remote clock.
class HybridClock
{
public:
    explicit HybridClock(qint64 last = 0) : m_last(last) {}
    qint64 now(qint64 wallMs = -1);
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }
    static int counter(qint64 hlc) { return int(hlc & 0xffff); }
    static qint64 pack(qint64 ms, int counter) { return (ms << 16) | (counter & 0xffff); }

private:
    qint64 m_last = 0;
};

namespace Time
{
// Vietnam time (UTC+7, no daylight saving), used for every date shown and every deadline.
QTimeZone vietnam();
QDateTime toVietnam(const QDateTime &utc);
// ISO 8601 in UTC with seconds: 2026-02-17T02:30:00Z (how timestamps are stored).
QString toUtcIso(const QDateTime &dt);
// ISO 8601 in Vietnam time: 2026-02-17T09:30:00+07:00 (how timestamps are shown and printed by the CLI).
QString toVietnamIso(const QDateTime &dt);
// Parses "2026-02-17" (09:00 Vietnam time is NOT assumed: a bare date means 00:00 Vietnam time) or a full
// ISO 8601 date-time with an offset or Z, or without one (taken as Vietnam time). Invalid -> null QDateTime.
// The offset, when given, is at most 14:00 either way; anything after the date-time is refused.
QDateTime parseIso(const QString &text);
// A calendar date, exactly YYYY-MM-DD (nothing before or after it). Invalid -> null QDate.
QDate parseDate(const QString &text);
} // namespace Time

} // namespace MotCua
