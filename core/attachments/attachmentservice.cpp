#include "core/attachments/attachmentservice.h"

#include "core/domain/ids.h"
#include "core/store/store.h"
#include "core/util/log.h"
#include "core/util/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace MotCua
{

namespace
{
const auto &attachLog()
{
    static const auto log = Log::get("attachments");
    return log;
}

// What the first bytes say the file is; empty when it is none of the kinds kept. A PDF may have a few bytes of
// junk before its header (readers accept it within the first 1024 bytes); the images start with their signature.
QString mimeOfBytes(const QByteArray &bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    if (bytes.startsWith(png))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArray("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    const qsizetype pdf = bytes.left(1024).indexOf("%PDF-");
    if (pdf >= 0)
        return QStringLiteral("application/pdf");
    return {};
}

bool isSha256(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

// The bytes of `sha256` under their name in `dataDir`, once: a whole file already there is kept (false). Written
// beside its final name and renamed over it, so a crash leaves the whole file or none.
Result<bool> writeBlob(const QString &dataDir, const QString &sha256, const QByteArray &bytes)
{
    const QString target = AttachmentService::blobFile(dataDir, sha256);
    if (QFileInfo(target).size() == bytes.size())
        return false;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error::io(QStringLiteral("cannot make the folder %1").arg(QFileInfo(target).absolutePath()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::io(QStringLiteral("cannot write the attachment %1: %2").arg(target, out.errorString()));
    return true;
}

QString extensionOf(const QString &mime)
{
    if (mime == u"application/pdf")
        return QStringLiteral(".pdf");
    if (mime == u"image/png")
        return QStringLiteral(".png");
    if (mime == u"image/jpeg")
        return QStringLiteral(".jpg");
    return QStringLiteral(".tif");
}

const QStringList &ownerKinds()
{
    static const QStringList kinds{QStringLiteral("dossier"), QStringLiteral("incoming"), QStringLiteral("outgoing")};
    return kinds;
}

Attachment readAttachment(const Db::Statement &st)
{
    // id, owner_entity, owner_id, sha256, size, mime, file_name, added_at, added_by, removed, state, text
    Attachment a;
    a.id = st.text(0);
    a.ownerEntity = st.text(1);
    a.ownerId = st.text(2);
    a.sha256 = st.text(3);
    a.size = st.integer(4);
    a.mime = st.text(5);
    a.fileName = st.text(6);
    a.addedAt = QDateTime::fromString(st.text(7), Qt::ISODate);
    a.addedBy = st.text(8);
    a.removed = st.integer(9) != 0;
    a.textState = st.isNull(10) ? QStringLiteral("none") : st.text(10);
    a.text = st.isNull(11) ? QString() : st.text(11);
    return a;
}

constexpr auto kSelect = "SELECT a.id, a.owner_entity, a.owner_id, a.sha256, a.size, a.mime, a.file_name, a.added_at,"
                         " a.added_by, a.removed, b.state, b.text FROM attachments a"
                         " LEFT JOIN blob_texts b ON b.sha256 = a.sha256";
} // namespace

QString AttachmentService::displayName(const QString &name)
{
    // Whatever the name says about folders (../../etc/passwd, C:\x\y.pdf) is dropped: only its last part is kept,
    // without control characters, and it is never used as a path.
    QString base = name;
    const qsizetype cut = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (cut >= 0)
        base = base.mid(cut + 1);
    if (base.size() >= 2 && base.at(1) == u':' && base.at(0).isLetter())
        base = base.mid(2); // "C:y.pdf", a drive-relative name
    QString clean;
    for (const QChar c : std::as_const(base)) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned ||
            cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            continue;
        clean.append(c);
    }
    clean = clean.simplified().normalized(QString::NormalizationForm_C);
    if (clean == u"." || clean == u"..")
        clean.clear();
    return clean.left(200);
}

QString AttachmentService::blobsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("attachments"));
}

QString AttachmentService::blobFile(const QString &dataDir, const QString &sha256)
{
    return QDir(blobsDir(dataDir)).filePath(sha256.left(2) + u'/' + sha256);
}

Result<StoredBlob> AttachmentService::read(const QString &path, QByteArray *bytesOut)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::invalid(QStringLiteral("there is no file %1").arg(path), QStringLiteral("attachment_missing"));
    // The size first: a huge file is refused without reading it.
    if (info.size() == 0)
        return Error::invalid(QStringLiteral("the file %1 is empty").arg(info.fileName()),
                              QStringLiteral("attachment_empty"));
    if (info.size() > kMaxBytes)
        return Error::invalid(QStringLiteral("the file %1 is %2 MiB; an attachment may be at most %3 MiB")
                                  .arg(info.fileName())
                                  .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                  .arg(kMaxBytes / (1024 * 1024)),
                              QStringLiteral("attachment_too_large"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("the file %1 cannot be read: %2").arg(info.fileName(), f.errorString()),
                              QStringLiteral("attachment_unreadable"));
    // At most kMaxBytes + 1: a file that grew since it was measured is still refused.
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return Error::invalid(QStringLiteral("the file %1 cannot be read: %2").arg(info.fileName(), f.errorString()),
                              QStringLiteral("attachment_unreadable"));
    if (bytes.isEmpty())
        return Error::invalid(QStringLiteral("the file %1 is empty").arg(info.fileName()),
                              QStringLiteral("attachment_empty"));
    if (bytes.size() > kMaxBytes)
        return Error::invalid(
            QStringLiteral("the file %1 is larger than %2 MiB").arg(info.fileName()).arg(kMaxBytes / (1024 * 1024)),
            QStringLiteral("attachment_too_large"));
    const QString mime = mimeOfBytes(bytes);
    if (mime.isEmpty())
        return Error::invalid(
            QStringLiteral("the file %1 is not a PDF or an image (PNG, JPEG, TIFF), whatever its name says")
                .arg(info.fileName()),
            QStringLiteral("attachment_type"));

    StoredBlob blob;
    blob.sha256 = Sha256::hex(bytes);
    blob.size = bytes.size();
    blob.mime = mime;
    blob.fileName = displayName(info.fileName());
    if (blob.fileName.isEmpty())
        blob.fileName = QStringLiteral("scan") + extensionOf(mime);
    if (bytesOut)
        *bytesOut = bytes;
    return blob;
}

Result<StoredBlob> AttachmentService::inspect(const QString &path)
{
    return read(path, nullptr);
}

Result<bool> AttachmentService::keepBlob(const QString &dataDir, const QString &sha256, const QByteArray &bytes)
{
    if (!isSha256(sha256))
        return Error::invalid(QStringLiteral("'%1' is not a SHA-256 in hex").arg(sha256), QStringLiteral("sha256"));
    if (Sha256::hex(bytes) != sha256)
        return Error::invalid(QStringLiteral("the bytes given for %1 do not hash to it").arg(sha256),
                              QStringLiteral("hash_mismatch"));
    return writeBlob(dataDir, sha256, bytes);
}

Result<QStringList> AttachmentService::missingBlobs(int limit)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT DISTINCT sha256 FROM attachments WHERE removed = 0"));
    if (!st)
        return st.error();
    QStringList out;
    while (out.size() < limit && st->next())
        if (const QString sha = st->text(0); !holdsBlob(m_store.dataDir(), sha))
            out.append(sha);
    if (st->failed())
        return st->lastError();
    return out;
}

bool AttachmentService::holdsBlob(const QString &dataDir, const QString &sha256)
{
    return isSha256(sha256) && QFileInfo(blobFile(dataDir, sha256)).isFile();
}

Result<StoredBlob> AttachmentService::store(const QString &path)
{
    // A store that takes no changes takes no files either.
    if (auto block = m_store.writeBlock())
        return block->error();
    QByteArray bytes;
    auto blob = read(path, &bytes);
    if (!blob)
        return blob;
    // read() hashed the bytes itself: they are written as they are.
    auto written = writeBlob(m_store.dataDir(), blob->sha256, bytes);
    if (!written)
        return written.error();
    if (*written)
        attachLog()->info("blob stored: {} ({} bytes, {})", blob->sha256.toStdString(), blob->size,
                          blob->mime.toStdString());
    return blob;
}

EventDraft AttachmentService::draft(const QString &ownerEntity, const QString &ownerId, const StoredBlob &blob)
{
    return {QStringLiteral("attachment"), newUuidV7(), EventType::AttachmentAdded,
            QJsonObject{{QStringLiteral("owner_entity"), ownerEntity},
                        {QStringLiteral("owner_id"), ownerId},
                        {QStringLiteral("sha256"), blob.sha256},
                        {QStringLiteral("size"), blob.size},
                        {QStringLiteral("mime"), blob.mime},
                        {QStringLiteral("file_name"), blob.fileName},
                        {QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())}}};
}

Result<void> AttachmentService::checkOwner(const Session &actor, const QString &ownerEntity, const QString &ownerId)
{
    // Whoever may see the record may attach to it: any signed-in person with a role (every role sees dossiers and
    // documents today). Finer rules (secret documents) belong to the owner's service.
    if (actor.userId.isEmpty() || actor.roles.isEmpty())
        return Error::forbidden(QStringLiteral("only a signed-in person with a role can attach files"));
    if (!ownerKinds().contains(ownerEntity))
        return Error::invalid(
            QStringLiteral("files are attached to a dossier, an incoming or an outgoing document, not '%1'")
                .arg(ownerEntity),
            QStringLiteral("owner_entity"));
    // The owner is a record this store has events of (whatever its kind's projection looks like).
    auto st = m_store.db().cached(QStringLiteral("SELECT 1 FROM events WHERE entity = ?1 AND entity_id = ?2 LIMIT 1"));
    if (!st)
        return st.error();
    (*st)->bind(1, ownerEntity).bind(2, ownerId);
    const bool known = (*st)->next();
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    if (!known)
        return Error::notFound(QStringLiteral("no %1 with id %2").arg(ownerEntity, ownerId));
    // The secrecy rule (DocumentService): a classified document is kept by its details only on a counter PC.
    if (ownerEntity != u"dossier") {
        // The table name comes from the two kinds above, never from input.
        auto secrecy = m_store.db().cached(
            ownerEntity == u"incoming"
                ? QStringLiteral("SELECT json_extract(doc, '$.secrecy') FROM incoming_docs WHERE id = ?1")
                : QStringLiteral("SELECT json_extract(doc, '$.secrecy') FROM outgoing_docs WHERE id = ?1"));
        if (!secrecy)
            return secrecy.error();
        (*secrecy)->bind(1, ownerId);
        const bool classified = (*secrecy)->next() && !(*secrecy)->isNull(0) && (*secrecy)->text(0) != u"none" &&
                                !(*secrecy)->text(0).isEmpty();
        if ((*secrecy)->failed())
            return (*secrecy)->lastError();
        (void)(*secrecy)->reset();
        if (classified)
            return Error::invalid(QStringLiteral("a classified document is registered by its details only: its scans "
                                                 "are not kept on a counter PC (Law on Protection of State Secrets "
                                                 "29/2018/QH14)"),
                                  QStringLiteral("secrecy"));
    }
    return {};
}

Result<Attachment> AttachmentService::attach(const Session &actor, const QString &ownerEntity, const QString &ownerId,
                                             const QString &path)
{
    auto all = attachAll(actor, ownerEntity, ownerId, {path});
    if (!all)
        return all.error();
    return all->constFirst();
}

Result<QList<Attachment>> AttachmentService::attachAll(const Session &actor, const QString &ownerEntity,
                                                       const QString &ownerId, const QStringList &paths)
{
    if (auto block = m_store.writeBlock())
        return block->error();
    if (paths.isEmpty())
        return Error::invalid(QStringLiteral("no file to attach"), QStringLiteral("attachment_missing"));
    if (auto r = checkOwner(actor, ownerEntity, ownerId); !r)
        return r.error();
    // Every file is checked before any is stored: one bad file attaches none.
    for (const QString &path : paths) {
        if (auto r = inspect(path); !r)
            return r.error();
    }
    QList<EventDraft> drafts;
    for (const QString &path : paths) {
        auto blob = store(path);
        if (!blob)
            return blob.error();
        drafts.append(draft(ownerEntity, ownerId, *blob));
    }
    auto events = m_store.commit(drafts, actor.userId);
    if (!events)
        return events.error();
    QList<Attachment> out;
    for (const EventDraft &d : std::as_const(drafts)) {
        attachLog()->info("attachment {} added to {} {}", d.entityId.toStdString(), ownerEntity.toStdString(),
                          ownerId.toStdString());
        auto a = attachment(d.entityId);
        if (!a)
            return a.error();
        out.append(*a);
    }
    return out;
}

Result<void> AttachmentService::remove(const Session &actor, const QString &attachmentId)
{
    auto a = attachment(attachmentId);
    if (!a)
        return a.error();
    if (auto r = checkOwner(actor, a->ownerEntity, a->ownerId); !r)
        return r;
    if (a->removed)
        return {}; // removed already: nothing to record
    // The bytes stay: another record (or another counter's event) may hold the same blob.
    auto events =
        m_store.commit({{QStringLiteral("attachment"), attachmentId, EventType::AttachmentRemoved,
                         QJsonObject{{QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())}}}},
                       actor.userId);
    if (!events)
        return events.error();
    return {};
}

Result<QList<Attachment>> AttachmentService::list(const QString &ownerEntity, const QString &ownerId)
{
    auto st = m_store.db().prepare(QString::fromLatin1(kSelect) +
                                   QStringLiteral(" WHERE a.owner_entity = ?1 AND a.owner_id = ?2 AND a.removed = 0"
                                                  " ORDER BY a.added_at, a.id"));
    if (!st)
        return st.error();
    st->bind(1, ownerEntity).bind(2, ownerId);
    QList<Attachment> out;
    while (st->next())
        out.append(readAttachment(*st));
    if (st->failed())
        return st->lastError();
    return out;
}

Result<Attachment> AttachmentService::attachment(const QString &id)
{
    auto st = m_store.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE a.id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next()) {
        if (st->failed())
            return st->lastError();
        return Error::notFound(QStringLiteral("no attachment %1").arg(id));
    }
    return readAttachment(*st);
}

Result<QString> AttachmentService::blobPath(const QString &sha256)
{
    if (!isSha256(sha256))
        return Error::invalid(QStringLiteral("'%1' is not a SHA-256 in hex").arg(sha256), QStringLiteral("sha256"));
    const QString path = blobFile(m_store.dataDir(), sha256);
    if (!QFileInfo(path).isFile())
        return Error::notFound(QStringLiteral("the bytes of %1 are not held on this counter").arg(sha256));
    return path;
}

QString AttachmentService::mimeOf(const QByteArray &firstBytes)
{
    return mimeOfBytes(firstBytes);
}

} // namespace MotCua
