#include "core/util/zipwriter.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <array>

namespace MotCua
{

namespace
{
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

void le16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void le32(QByteArray &out, quint32 v)
{
    le16(out, v & 0xffff);
    le16(out, v >> 16);
}

// MS-DOS date and time (local time, 2-second resolution; dates before 1980 are written as 1980).
std::pair<quint32, quint32> dosTime(const QDateTime &t)
{
    const QDateTime local = (t.isValid() ? t : QDateTime::currentDateTime()).toLocalTime();
    const QDate d = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime tm = local.time();
    return {quint32((tm.hour() << 11) | (tm.minute() << 5) | (tm.second() / 2)),
            quint32(((d.year() - 1980) << 9) | (d.month() << 5) | d.day())};
}
} // namespace

quint32 ZipWriter::crc32(const QByteArray &bytes, quint32 crc)
{
    crc = ~crc;
    const auto &t = crcTable();
    for (char ch : bytes)
        crc = t[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return ~crc;
}

bool ZipWriter::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    for (const QString &part : name.split(u'/'))
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

Result<void> ZipWriter::write(const QString &target) const
{
    QSet<QString> names;
    for (const Entry &e : m_entries) {
        if (!isSafeName(e.name))
            return Error::invalid(QStringLiteral("'%1' is not a safe name inside an archive").arg(e.name),
                                  QStringLiteral("name"));
        if (names.contains(e.name))
            return Error::invalid(QStringLiteral("'%1' is in the archive twice").arg(e.name), QStringLiteral("name"));
        names.insert(e.name);
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    QByteArray central;
    quint64 offset = 0;
    for (const Entry &e : m_entries) {
        QByteArray bytes = e.bytes;
        if (!e.path.isEmpty()) {
            QFile f(e.path);
            if (!f.open(QIODevice::ReadOnly))
                return Error::io(QStringLiteral("cannot read %1: %2").arg(e.path, f.errorString()));
            bytes = f.readAll();
        }
        if (quint64(bytes.size()) >= 0xffffffffull || offset >= 0xffffffffull)
            return Error::invalid(QStringLiteral("the archive would pass 4 GiB (ZIP64 is not written)"),
                                  QStringLiteral("size"));
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = crc32(bytes);
        const auto [time, date] = dosTime(e.modified);
        QByteArray local;
        le32(local, 0x04034b50);
        le16(local, 20);      // version needed: 2.0
        le16(local, 1 << 11); // UTF-8 names
        le16(local, 0);       // stored
        le16(local, time);
        le16(local, date);
        le32(local, crc);
        le32(local, quint32(bytes.size()));
        le32(local, quint32(bytes.size()));
        le16(local, quint32(name.size()));
        le16(local, 0);
        local.append(name);
        if (out.write(local) != local.size() || out.write(bytes) != bytes.size())
            return Error::io(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
        le32(central, 0x02014b50);
        le16(central, 20 | (3 << 8)); // made by: UNIX, 2.0
        le16(central, 20);
        le16(central, 1 << 11);
        le16(central, 0);
        le16(central, time);
        le16(central, date);
        le32(central, crc);
        le32(central, quint32(bytes.size()));
        le32(central, quint32(bytes.size()));
        le16(central, quint32(name.size()));
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, quint32(0100644) << 16); // a regular file, rw-r--r--
        le32(central, quint32(offset));
        central.append(name);
        offset += quint64(local.size()) + quint64(bytes.size());
    }
    QByteArray end;
    le32(end, 0x06054b50);
    le16(end, 0);
    le16(end, 0);
    le16(end, quint32(m_entries.size()));
    le16(end, quint32(m_entries.size()));
    le32(end, quint32(central.size()));
    le32(end, quint32(offset));
    le16(end, 0);
    if (out.write(central) != central.size() || out.write(end) != end.size() || !out.commit())
        return Error::io(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    return {};
}

} // namespace MotCua
