#pragma once

// The scanner's hot folder: a folder on this PC (meta "hot_folder", never synced) that a scanner writes into. A file
// shows in the "unregistered scans" inbox once its size and modification time stayed the same across two scans at
// least stableMs() apart (a scanner still writing it is left alone), and only when its first bytes say it is a PDF
// or an image. Taking a file (attached to a record, or registered as a document) or dismissing it moves it into a
// hidden folder inside the hot folder (.motcua-taken, .motcua-dismissed), so it leaves the inbox and is never lost.
// Pure QtCore: the window polls scan() with a timer.
#include "core/attachments/attachmentservice.h"
#include "core/services/session.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace MotCua
{

class Store;

struct ScanFile
{
    QString path; // absolute
    QString name; // the file's name, to show
    qint64 size = 0;
    QDateTime modified;
    QString mime;
};

class HotFolder
{
public:
    static constexpr auto kMetaKey = "hot_folder";
    static constexpr auto kTakenDir = ".motcua-taken";
    static constexpr auto kDismissedDir = ".motcua-dismissed";
    static constexpr qint64 kDefaultStableMs = 2000;

    explicit HotFolder(Store &store);

    // The configured folder ("" when none), and setting it (an existing folder; "" turns the hot folder off).
    static Result<QString> configured(Store &store);
    static Result<void> configure(Store &store, const QString &folder);

    // The folder this object watches: the configured one, unless set here (tests, the CLI).
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    void setStableMs(qint64 ms) { m_stableMs = ms; }
    qint64 stableMs() const { return m_stableMs; }

    // The inbox now: the stable files of an accepted type, oldest first (by name among files of one time). Each call is
    // one scan (the first sees every file for the first time, so nothing is stable yet). A folder that is missing or
    // unreadable gives Error::Io with field "hot_folder".
    Result<QList<ScanFile>> scan();

    // Attaches the file to the record (AttachmentService::attach) and moves it out of the inbox.
    Result<Attachment> take(const Session &actor, const QString &path, const QString &ownerEntity,
                            const QString &ownerId);
    // Moves a file out of the inbox after it was used some other way (registered as an incoming document).
    Result<void> markTaken(const QString &path);
    // Moves it out of the inbox unused (into .motcua-dismissed, where it can still be found).
    Result<void> dismiss(const QString &path);

private:
    // `path` is a file directly inside the hot folder (not in a sub-folder, not elsewhere by "..").
    Result<QString> checkInside(const QString &path) const;
    Result<void> moveInto(const QString &path, const char *dir);

    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        qint64 since = 0; // m_clock ms when this size and time were first seen
        QString mime;     // checked once stable
    };
    Store &m_store;
    QString m_folder;
    qint64 m_stableMs = kDefaultStableMs;
    QElapsedTimer m_clock;
    QHash<QString, Seen> m_seen;
};

} // namespace MotCua
