#include "core/domain/ids.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace MotCua
{

QString newUuidV7(qint64 unixMs)
{
    // RFC 9562 §6.2 method 1: the 12-bit rand_a field is a counter within one millisecond, so ids made in this
    // process sort in the order they were made even when the clock has not moved.
    static QMutex mutex;
    static qint64 lastMs = -1;
    static int counter = 0;
    if (unixMs < 0)
        unixMs = QDateTime::currentMSecsSinceEpoch();
    int seq;
    {
        QMutexLocker lock(&mutex);
        if (unixMs == lastMs && counter < 0xfff) {
            seq = ++counter;
        } else {
            lastMs = unixMs;
            counter = int(QRandomGenerator::system()->bounded(0x800)); // leave room to count up
            seq = counter;
        }
    }
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((unixMs >> (8 * (5 - i))) & 0xff);
    quint32 r[3];
    QRandomGenerator::system()->fillRange(r, 3);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = static_cast<unsigned char>((r[i / 4] >> (8 * (i % 4))) & 0xff);
    b[6] = static_cast<unsigned char>((seq >> 8) & 0x0f);
    b[7] = static_cast<unsigned char>(seq & 0xff);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // RFC variant
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += u'-';
        out += QChar::fromLatin1(hex[b[i] >> 4]);
        out += QChar::fromLatin1(hex[b[i] & 0xf]);
    }
    return out;
}

qint64 HybridClock::now(qint64 wallMs)
{
    if (wallMs < 0)
        wallMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 lastMs = physicalMs(m_last);
    if (wallMs > lastMs)
        m_last = pack(wallMs, 0);
    else if (counter(m_last) < 0xffff)
        m_last = pack(lastMs, counter(m_last) + 1);
    else
        m_last = pack(lastMs + 1, 0);
    return m_last;
}

void HybridClock::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

namespace Time
{

QTimeZone vietnam()
{
    // A fixed offset: Vietnam has used UTC+7 without daylight saving since 1975.
    static const QTimeZone tz(7 * 3600);
    return tz;
}

QDateTime toVietnam(const QDateTime &utc)
{
    return utc.toTimeZone(vietnam());
}

QString toUtcIso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QString toVietnamIso(const QDateTime &dt)
{
    return dt.toTimeZone(vietnam()).toString(Qt::ISODate);
}

QDateTime parseIso(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return {};
        return QDateTime(d, QTime(0, 0), vietnam());
    }
    if (!dateTime.match(t).hasMatch())
        return {};
    const bool hasZone = t.endsWith(u'Z') || t.lastIndexOf(u'+') > 9 || t.lastIndexOf(u'-') > 9;
    if (hasZone && !t.endsWith(u'Z')) {
        // Real offsets run from -12:00 to +14:00.
        const int hours = t.right(5).left(2).toInt();
        const int minutes = t.right(2).toInt();
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            return {};
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (!hasZone)
        dt = QDateTime(dt.date(), dt.time(), vietnam());
    return dt;
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!dateOnly.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace Time

} // namespace MotCua
