#include "core/attachments/hotfolder.h"

#include "core/store/store.h"
#include "core/util/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace MotCua
{

HotFolder::HotFolder(Store &store) : m_store(store)
{
    m_clock.start();
    if (auto f = configured(store))
        m_folder = *f;
}

Result<QString> HotFolder::configured(Store &store)
{
    return store.meta(QLatin1String(kMetaKey));
}

Result<void> HotFolder::configure(Store &store, const QString &folder)
{
    if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        return Error::invalid(QStringLiteral("%1 is not a folder").arg(folder), QStringLiteral("hot_folder"));
    return store.setMeta(QLatin1String(kMetaKey), folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath());
}

void HotFolder::setFolder(const QString &folder)
{
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    m_seen.clear();
}

Result<QList<ScanFile>> HotFolder::scan()
{
    QList<ScanFile> out;
    if (m_folder.isEmpty())
        return out;
    const QDir dir(m_folder);
    if (!dir.exists() || !QFileInfo(m_folder).isReadable())
        return Error{Error::Code::Io, QStringLiteral("the hot folder %1 cannot be read").arg(m_folder),
                     QStringLiteral("hot_folder")};
    const qint64 now = m_clock.elapsed();
    // Files directly in the folder; hidden ones (the taken and dismissed folders, a scanner's ".part" files) are not
    // scans.
    // Oldest first, and files of the same time (a scanner writes several within one tick of the file system's clock,
    // and FAT or SMB keep only seconds) in the order of their names: QDir's reversed time order would put those
    // backwards.
    QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified(), tb = b.lastModified();
        if (ta != tb)
            return ta < tb;
        return a.fileName() < b.fileName();
    });
    QHash<QString, Seen> seen;
    for (const QFileInfo &f : files) {
        const QString path = f.absoluteFilePath();
        Seen s = m_seen.value(path);
        if (s.size != f.size() || s.modified != f.lastModified()) {
            // New, or changed since the last scan: seen now, stable only after stableMs more.
            s = {f.size(), f.lastModified(), now, {}};
            seen.insert(path, s);
            continue;
        }
        if (now - s.since >= m_stableMs && s.size > 0) {
            if (s.mime.isEmpty()) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    s.mime = AttachmentService::mimeOf(file.read(1024));
                if (s.mime.isEmpty())
                    s.mime = QStringLiteral("-"); // not a scan: checked once, never listed
            }
            // A scan too big to attach is listed all the same: taking it says why it cannot be.
            if (s.mime != u"-")
                out.append({path, f.fileName(), f.size(), f.lastModified(), s.mime});
        }
        seen.insert(path, s);
    }
    m_seen = std::move(seen);
    return out;
}

Result<QString> HotFolder::checkInside(const QString &path) const
{
    if (m_folder.isEmpty())
        return Error::invalid(QStringLiteral("no hot folder is set"), QStringLiteral("hot_folder"));
    const QFileInfo f(path);
    if (!f.isFile())
        return Error::notFound(QStringLiteral("the scan %1 is no longer in the hot folder").arg(path));
    if (QFileInfo(f.absolutePath()).canonicalFilePath() != QFileInfo(m_folder).canonicalFilePath())
        return Error::invalid(QStringLiteral("%1 is not a file of the hot folder").arg(path),
                              QStringLiteral("hot_folder"));
    return f.absoluteFilePath();
}

Result<void> HotFolder::moveInto(const QString &path, const char *dirName)
{
    auto inside = checkInside(path);
    if (!inside)
        return inside.error();
    const QDir dir(m_folder);
    const QString sub = dir.filePath(QLatin1String(dirName));
    if (!QDir().mkpath(sub))
        return Error::io(QStringLiteral("cannot make the folder %1").arg(sub));
    const QFileInfo f(*inside);
    // Never over another file of the same name (a scanner that restarts its numbering).
    QString target = QDir(sub).filePath(f.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(sub).filePath(QStringLiteral("%1 (%2)%3")
                                        .arg(f.completeBaseName())
                                        .arg(n)
                                        .arg(f.suffix().isEmpty() ? QString() : u'.' + f.suffix()));
    if (!QFile::rename(*inside, target))
        return Error::io(QStringLiteral("cannot move %1 to %2").arg(*inside, target));
    m_seen.remove(*inside);
    return {};
}

Result<Attachment> HotFolder::take(const Session &actor, const QString &path, const QString &ownerEntity,
                                   const QString &ownerId)
{
    auto inside = checkInside(path);
    if (!inside)
        return inside.error();
    AttachmentService attachments(m_store);
    auto a = attachments.attach(actor, ownerEntity, ownerId, *inside);
    if (!a)
        return a.error();
    if (auto r = moveInto(*inside, kTakenDir); !r) {
        // Attached all the same: the file stays in the inbox and can be dismissed.
        static const auto log = Log::get("attachments");
        log->warn("scan attached but not moved: {}", r.error().message.toStdString());
    }
    return a;
}

Result<void> HotFolder::markTaken(const QString &path)
{
    return moveInto(path, kTakenDir);
}

Result<void> HotFolder::dismiss(const QString &path)
{
    return moveInto(path, kDismissedDir);
}

} // namespace MotCua
