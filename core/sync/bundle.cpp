#include "core/sync/bundle.h"

#include "core/domain/ids.h"
#include "core/store/canonicaljson.h"
#include "core/sync/eventline.h"
#include "core/util/sha256.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace MotCua::Bundle
{

namespace
{
constexpr QByteArrayView kMagic = "MOTCUA-BUNDLE ";
constexpr QByteArrayView kTrailer = "\nMOTCUA-BUNDLE-END ";
constexpr qint64 kTrailerSize = 19 + 64 + 1; // "\nMOTCUA-BUNDLE-END " + hex + "\n"

Error bad(const QString &path, const QString &why)
{
    return Error{Error::Code::Invalid,
                 QStringLiteral("%1 is not a usable bundle: %2; nothing was taken in").arg(path, why),
                 QStringLiteral("bundle")};
}

QJsonObject manifestJson(const Manifest &m)
{
    QJsonArray sections;
    for (const Section &s : m.sections)
        sections.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("offset"), QString::number(s.offset)},
                                    {QStringLiteral("size"), QString::number(s.size)},
                                    {QStringLiteral("raw_size"), QString::number(s.rawSize)},
                                    {QStringLiteral("sha256"), s.sha256},
                                    {QStringLiteral("events"), QString::number(s.events)}});
    return {{QStringLiteral("format"), m.format},
            {QStringLiteral("commune"), m.communeCode},
            {QStringLiteral("commune_name"), m.communeName},
            {QStringLiteral("made_by_device"), m.madeByDevice},
            {QStringLiteral("made_by_tag"), m.madeByTag},
            {QStringLiteral("made_at"), Time::toUtcIso(m.madeAt)},
            {QStringLiteral("events"), QString::number(m.events)},
            {QStringLiteral("device_tags"), QJsonArray::fromStringList(m.deviceTags)},
            {QStringLiteral("sections"), sections}};
}

qint64 number(const QJsonObject &o, const char *key)
{
    bool ok = false;
    const qint64 v = o.value(QLatin1String(key)).toString().toLongLong(&ok);
    return ok ? v : -1;
}
} // namespace

Result<Manifest> write(const QString &path, Manifest manifest, const EventSource &events, const QList<Blob> &blobs)
{
    // Sections are compressed into memory one at a time and appended to a body file; the manifest, which needs
    // their places, is written before the body.
    QByteArray body;
    QList<Section> sections;
    auto addSection = [&](const QString &name, const QByteArray &raw, qint64 count) {
        const QByteArray packed = qCompress(raw, 6);
        Section s;
        s.name = name;
        s.offset = body.size();
        s.size = packed.size();
        s.rawSize = raw.size();
        s.sha256 = Sha256::hex(packed);
        s.events = count;
        body += packed;
        sections.append(s);
    };
    QByteArray chunk;
    qint64 inChunk = 0;
    qint64 total = 0;
    int sectionNo = 0;
    for (;;) {
        Event e;
        QByteArray text;
        auto more = events.next(e, text);
        if (!more)
            return more.error();
        if (!*more)
            break;
        chunk += EventLine::toText(e, text);
        chunk += '\n';
        ++inChunk;
        ++total;
        if (inChunk == kEventsPerSection) {
            addSection(QStringLiteral("events-%1").arg(++sectionNo, 4, 10, QLatin1Char('0')), chunk, inChunk);
            chunk.clear();
            inChunk = 0;
        }
    }
    if (inChunk > 0 || sectionNo == 0)
        addSection(QStringLiteral("events-%1").arg(++sectionNo, 4, 10, QLatin1Char('0')), chunk, inChunk);
    for (const Blob &b : blobs) {
        QFile f(b.path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(QStringLiteral("cannot read the attachment %1: %2").arg(b.path, f.errorString()));
        addSection(QStringLiteral("blob-") + b.sha256, f.readAll(), 0);
    }
    manifest.format = kFormatVersion;
    manifest.events = total;
    manifest.sections = sections;

    QByteArray head = kMagic.toByteArray() + QByteArray::number(kFormatVersion) + '\n';
    head += CanonicalJson::serialize(manifestJson(manifest));
    head += '\n';
    Sha256 sum;
    sum.addData(head);
    sum.addData(body);

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    QByteArray trailer = kTrailer.toByteArray() + sum.result().toHex() + '\n';
    if (out.write(head) != head.size() || out.write(body) != body.size() || out.write(trailer) != trailer.size()) {
        out.cancelWriting();
        return Error::io(QStringLiteral("cannot write %1 (is the disk full?)").arg(path));
    }
    if (!out.commit())
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return manifest;
}

Result<std::unique_ptr<Reader>> Reader::open(const QString &path)
{
    std::unique_ptr<Reader> r(new Reader);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::invalid(QStringLiteral("no file %1").arg(path), QStringLiteral("bundle"));
    if (!info.isFile())
        return bad(path, QStringLiteral("not a regular file"));
    r->m_file.setFileName(path);
    if (!r->m_file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read %1: %2").arg(path, r->m_file.errorString()));
    const QByteArray magic = r->m_file.read(kMagic.size());
    if (magic != kMagic)
        return bad(path, QStringLiteral("it is not a MotCua bundle"));
    const QByteArray versionLine = r->m_file.readLine(32).trimmed();
    bool ok = false;
    const int version = versionLine.toInt(&ok);
    if (!ok)
        return bad(path, QStringLiteral("its format version is unreadable"));
    if (version > kFormatVersion)
        return Error{
            Error::Code::Invalid,
            QStringLiteral("%1 was made by a newer MotCua Desk (bundle format %2; this version reads format %3): "
                           "update this counter first; nothing was taken in")
                .arg(path)
                .arg(version)
                .arg(kFormatVersion),
            QStringLiteral("bundle_version")};
    if (version < 1)
        return bad(path, QStringLiteral("its format version is unknown"));

    // The whole file against its trailer: a truncated or changed file is refused before anything is read from it.
    const qint64 size = info.size();
    if (size < kMagic.size() + 2 + kTrailerSize)
        return bad(path, QStringLiteral("it is truncated"));
    if (!r->m_file.seek(size - kTrailerSize))
        return Error::io(QStringLiteral("cannot read %1").arg(path));
    const QByteArray trailer = r->m_file.read(kTrailerSize);
    if (!trailer.startsWith(kTrailer) || !trailer.endsWith('\n'))
        return bad(path, QStringLiteral("it is truncated (its end mark is missing)"));
    const QByteArray expected = trailer.mid(kTrailer.size(), 64);
    Sha256 sum;
    if (!r->m_file.seek(0))
        return Error::io(QStringLiteral("cannot read %1").arg(path));
    qint64 left = size - kTrailerSize;
    while (left > 0) {
        const QByteArray block = r->m_file.read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return Error::io(QStringLiteral("cannot read %1").arg(path));
        sum.addData(block);
        left -= block.size();
    }
    if (sum.result().toHex() != expected)
        return bad(path, QStringLiteral("its checksum does not match: the file was changed or damaged"));

    if (!r->m_file.seek(0))
        return Error::io(QStringLiteral("cannot read %1").arg(path));
    r->m_file.readLine(64);
    const QByteArray manifestLine = r->m_file.readLine(16 * 1024 * 1024);
    r->m_base = r->m_file.pos();
    QJsonParseError perr{};
    const QJsonObject m = QJsonDocument::fromJson(manifestLine, &perr).object();
    if (perr.error != QJsonParseError::NoError || m.isEmpty())
        return bad(path, QStringLiteral("its manifest is unreadable"));
    Manifest &man = r->m_manifest;
    man.format = m.value(QLatin1String("format")).toInt();
    man.communeCode = m.value(QLatin1String("commune")).toString();
    man.communeName = m.value(QLatin1String("commune_name")).toString();
    man.madeByDevice = m.value(QLatin1String("made_by_device")).toString();
    man.madeByTag = m.value(QLatin1String("made_by_tag")).toString();
    man.madeAt = QDateTime::fromString(m.value(QLatin1String("made_at")).toString(), Qt::ISODate);
    man.events = number(m, "events");
    for (const QJsonValue &v : m.value(QLatin1String("device_tags")).toArray())
        man.deviceTags.append(v.toString());
    const qint64 bodySize = size - kTrailerSize - r->m_base;
    for (const QJsonValue &v : m.value(QLatin1String("sections")).toArray()) {
        const QJsonObject o = v.toObject();
        Section s;
        s.name = o.value(QLatin1String("name")).toString();
        s.offset = number(o, "offset");
        s.size = number(o, "size");
        s.rawSize = number(o, "raw_size");
        s.sha256 = o.value(QLatin1String("sha256")).toString();
        s.events = number(o, "events");
        if (s.name.isEmpty() || s.offset < 0 || s.size < 0 || s.offset + s.size > bodySize || s.sha256.size() != 64)
            return bad(path, QStringLiteral("its manifest describes a section outside the file"));
        man.sections.append(s);
    }
    if (man.communeCode.isEmpty() || man.events < 0 || man.madeByDevice.isEmpty())
        return bad(path, QStringLiteral("its manifest lacks the commune or the maker"));
    return r;
}

Result<QByteArray> Reader::section(const Section &s)
{
    if (!m_file.seek(m_base + s.offset))
        return Error::io(QStringLiteral("cannot read the bundle"));
    const QByteArray packed = m_file.read(s.size);
    if (packed.size() != s.size || Sha256::hex(packed) != s.sha256)
        return bad(m_file.fileName(), QStringLiteral("section %1 does not match its checksum").arg(s.name));
    const QByteArray raw = qUncompress(packed);
    if (raw.size() != s.rawSize)
        return bad(m_file.fileName(), QStringLiteral("section %1 does not unpack").arg(s.name));
    return raw;
}

Result<bool> Reader::nextEvents(QList<Event> &events, QList<QByteArray> &payloadTexts)
{
    while (m_nextSection < m_manifest.sections.size() &&
           !m_manifest.sections.at(m_nextSection).name.startsWith(u"events-"))
        ++m_nextSection;
    if (m_nextSection >= m_manifest.sections.size())
        return false;
    const Section &s = m_manifest.sections.at(m_nextSection++);
    auto raw = section(s);
    if (!raw)
        return raw.error();
    qsizetype start = 0;
    while (start < raw->size()) {
        qsizetype end = raw->indexOf('\n', start);
        if (end < 0)
            end = raw->size();
        const QByteArrayView line(raw->constData() + start, end - start);
        start = end + 1;
        if (line.isEmpty())
            continue;
        QByteArray text;
        auto e = EventLine::fromJson(QJsonDocument::fromJson(line.toByteArray()).object(), text);
        if (!e)
            return bad(m_file.fileName(), QStringLiteral("section %1: %2").arg(s.name, e.error().message));
        events.append(std::move(*e));
        payloadTexts.append(text);
    }
    if (events.size() != s.events)
        return bad(
            m_file.fileName(),
            QStringLiteral("section %1 holds %2 events instead of %3").arg(s.name).arg(events.size()).arg(s.events));
    return true;
}

Result<QByteArray> Reader::blob(const Section &s)
{
    auto raw = section(s);
    if (!raw)
        return raw;
    if (QStringLiteral("blob-") + Sha256::hex(*raw) != s.name)
        return bad(m_file.fileName(), QStringLiteral("attachment %1 does not match its name").arg(s.name));
    return raw;
}

} // namespace MotCua::Bundle
