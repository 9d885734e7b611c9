#pragma once

#include "core/store/event.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace MotCua::Bundle
{

// A bundle: a store's events (and attachment blobs) in one checked file, carried between the counters of a commune
// on a USB stick (docs/bundle-format.md). Layout, version 1:
//
//   MOTCUA-BUNDLE 1\n                       the magic line and the format version
//   <manifest>\n                            one line of JSON: commune, maker, counts, and every section's place
//   <section>...                            zlib-compressed sections, one after another
//   \nMOTCUA-BUNDLE-END <sha256>\n          SHA-256 (hex) of every byte before this line
//
// A section of events is JSON Lines, one event per line with its payload as the canonical text it was hashed with.
constexpr int kFormatVersion = 1;
constexpr int kEventsPerSection = 20000;

struct Section
{
    QString name;      // "events-0001", "blob-<sha256>"
    qint64 offset = 0; // from the first byte after the manifest line
    qint64 size = 0;   // compressed bytes
    qint64 rawSize = 0;
    QString sha256;    // of the compressed bytes
    qint64 events = 0; // in an events section
};

struct Manifest
{
    int format = kFormatVersion;
    QString communeCode;
    QString communeName;
    QString madeByDevice;
    QString madeByTag;
    QDateTime madeAt;
    qint64 events = 0;
    QStringList deviceTags; // the tags of every device whose events it holds
    QList<Section> sections;
};

// Writes a bundle to `path` (through a temporary file renamed at the end, so a failed write never leaves a file
// with the final name). `events` is called until it returns false and streams the events in chain order.
struct EventSource
{
    std::function<Result<bool>(Event &event, QByteArray &payloadText)> next;
};
struct Blob
{
    QString sha256;
    QString path;
};
Result<Manifest> write(const QString &path, Manifest manifest, const EventSource &events, const QList<Blob> &blobs);

// An open bundle, checked whole before anything is read from it: the magic and version, the trailer's SHA-256 over
// the file, the manifest. Then sections are read one at a time, each checked against its own hash.
class Reader
{
public:
    // Invalid (a user error) for anything that is not a sound bundle: not a bundle, a newer format, truncated,
    // changed (checksum), an unreadable manifest.
    static Result<std::unique_ptr<Reader>> open(const QString &path);

    const Manifest &manifest() const { return m_manifest; }
    // The events of every events section in order, batch by batch (one section per call); false when done.
    Result<bool> nextEvents(QList<Event> &events, QList<QByteArray> &payloadTexts);
    // A blob section's bytes, checked against its name.
    Result<QByteArray> blob(const Section &section);

private:
    Reader() = default;
    Result<QByteArray> section(const Section &s);

    QFile m_file;
    qint64 m_base = 0; // offset of the first section
    Manifest m_manifest;
    qsizetype m_nextSection = 0;
};

} // namespace MotCua::Bundle
