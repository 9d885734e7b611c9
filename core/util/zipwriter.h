#pragma once

// A ZIP archive of stored (uncompressed) entries: enough to hand a document's file (its metadata and its scans, which
// are PDFs and images, compressed already) to someone by e-mail or USB stick. Names are UTF-8 (general purpose flag
// bit 11), so Vietnamese file names open as written in Windows' Explorer and in 7-Zip. Written through a temporary
// file renamed at the end: a failed export never leaves a file with the final name. QtCore only.
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace MotCua
{

class ZipWriter
{
public:
    struct Entry
    {
        QString name;       // a relative path inside the archive, '/'-separated; no "..", no leading '/'
        QByteArray bytes;   // the content (bytes given here) ...
        QString path;       // ... or a file read when the archive is written
        QDateTime modified; // local DOS time; null: now
    };

    void add(const QString &name, const QByteArray &bytes) { m_entries.append({name, bytes, {}, {}}); }
    void addFile(const QString &name, const QString &path) { m_entries.append({name, {}, path, {}}); }
    // Writes the archive to `target`. Error::Invalid for a bad entry name or two entries of one name; Io otherwise.
    Result<void> write(const QString &target) const;

    static quint32 crc32(const QByteArray &bytes, quint32 crc = 0);
    // Whether `name` is safe inside an archive (no absolute path, no "..", no backslash, no control character).
    static bool isSafeName(const QString &name);

private:
    QList<Entry> m_entries;
};

} // namespace MotCua
