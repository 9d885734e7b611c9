#include "core/services/numberblocks.h"

#include "core/domain/ids.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MotCua
{

namespace
{
QString keyOf(const QString &kind)
{
    return QStringLiteral("number_blocks_") + kind;
}

struct Held
{
    QString unit;
    QList<NumberBlock> blocks;
};

Result<Held> read(Store &store, const QString &kind)
{
    auto text = store.meta(keyOf(kind));
    if (!text)
        return text.error();
    Held h;
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    h.unit = o.value(u"unit_code").toString();
    for (const QJsonValue &v : o.value(u"blocks").toArray()) {
        const QJsonObject b = v.toObject();
        h.blocks.append({b.value(u"day").toString(), b.value(u"next").toInteger(), b.value(u"last").toInteger()});
    }
    return h;
}

Result<void> write(Store &store, const QString &kind, const Held &h)
{
    QJsonArray blocks;
    for (const NumberBlock &b : h.blocks) {
        if (b.left() > 0)
            blocks.append(QJsonObject{
                {QStringLiteral("day"), b.day}, {QStringLiteral("next"), b.next}, {QStringLiteral("last"), b.last}});
    }
    return store.setMeta(keyOf(kind), QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("unit_code"), h.unit},
                                                                                  {QStringLiteral("blocks"), blocks}})
                                                            .toJson(QJsonDocument::Compact)));
}
} // namespace

QString NumberBlocks::format(const QString &unitCode, const QString &day, qint64 serial)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    return unitCode + u'-' + d.toString(QStringLiteral("yyMMdd")) + u'-' +
           QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
}

Result<QString> NumberBlocks::take(const QString &kind, const QString &day)
{
    auto held = read(m_store, kind);
    if (!held)
        return held.error();
    if (held->unit.isEmpty())
        return QString();
    auto serial = takeSerial(kind, day);
    if (!serial)
        return serial.error();
    return *serial == 0 ? QString() : format(held->unit, day, *serial);
}

Result<qint64> NumberBlocks::takeSerial(const QString &kind, const QString &day)
{
    auto held = read(m_store, kind);
    if (!held)
        return held.error();
    for (NumberBlock &b : held->blocks) {
        if (b.day != day || b.left() == 0)
            continue;
        const qint64 serial = b.next++;
        if (auto r = write(m_store, kind, *held); !r)
            return r.error();
        return serial;
    }
    return qint64(0);
}

Result<void> NumberBlocks::add(const QString &kind, const QString &unitCode, const QList<NumberBlock> &blocks)
{
    Db::Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    auto held = read(m_store, kind);
    if (!held)
        return held.error();
    if (!held->unit.isEmpty() && held->unit != unitCode)
        held->blocks.clear(); // the province changed the commune's unit code: numbers of the old one are not used
    held->unit = unitCode;
    held->blocks += blocks;
    // Blocks of days long past are of no use. (Outgoing numbers run through the year: their blocks are keyed by the
    // year's first day and kept through it.)
    const QDate today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
    const QString oldest = kind.startsWith(u"outgoing") ? QDate(today.year(), 1, 1).toString(Qt::ISODate)
                                                        : today.addDays(-30).toString(Qt::ISODate);
    held->blocks.removeIf([&](const NumberBlock &b) { return b.day < oldest; });
    if (auto r = write(m_store, kind, *held); !r)
        return r;
    return tx.commit();
}

Result<QList<NumberBlock>> NumberBlocks::blocks(const QString &kind)
{
    auto held = read(m_store, kind);
    if (!held)
        return held.error();
    return held->blocks;
}

Result<bool> NumberBlocks::allotted(const QString &kind)
{
    auto held = read(m_store, kind);
    if (!held)
        return held.error();
    return !held->unit.isEmpty();
}

Result<qint64> NumberBlocks::left(const QString &kind, const QString &day)
{
    auto held = read(m_store, kind);
    if (!held)
        return held.error();
    qint64 n = 0;
    for (const NumberBlock &b : std::as_const(held->blocks))
        if (b.day == day)
            n += b.left();
    return n;
}

} // namespace MotCua
