#pragma once

// Attachments (scans, PDFs, images) of documents and dossiers. The bytes are a file named by their SHA-256 under
// <data dir>/attachments/<first two hex>/<sha256> (same bytes stored once; the layout bundles already carry); the
// store keeps their metadata as events of entity "attachment". A file's name is kept as text to show, never used as a
// path.
#include "core/services/session.h"
#include "core/store/event.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace MotCua
{

class Store;

// Bytes stored in the blob folder, not yet attached to anything.
struct StoredBlob
{
    QString sha256;
    qint64 size = 0;
    QString mime;     // application/pdf, image/png, image/jpeg, image/tiff
    QString fileName; // the original name, as text (its directory part dropped, controls removed)
};

struct Attachment
{
    QString id;
    QString ownerEntity; // incoming, outgoing, dossier
    QString ownerId;
    QString sha256;
    qint64 size = 0;
    QString mime;
    QString fileName;
    QDateTime addedAt;
    QString addedBy;
    bool removed = false;
    // OCR: none (not an image or PDF that needs it, or not read yet), done, failed, unavailable (no Tesseract here).
    QString textState;
    QString text; // what OCR read (or a PDF's own text)
};

class AttachmentService
{
public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024; // the province's blob limit (docs/sync-protocol.md §13)

    explicit AttachmentService(Store &store) : m_store(store) {}

    // Reads `path`, checks it (not empty, at most kMaxBytes, a PDF or an image by its first bytes, whatever its name
    // says) and stores its bytes under their SHA-256 (nothing written when they are there already). Error::Invalid
    // with a sentence a clerk understands otherwise; nothing stored.
    Result<StoredBlob> store(const QString &path);
    // The same checks, and what store() would keep (its SHA-256, type, name), without writing anything.
    Result<StoredBlob> inspect(const QString &path);
    // The event that attaches a stored blob to a record (for a service that commits it with its own events).
    static EventDraft draft(const QString &ownerEntity, const QString &ownerId, const StoredBlob &blob);
    // Stores and attaches in one go (its own transaction).
    Result<Attachment> attach(const Session &actor, const QString &ownerEntity, const QString &ownerId,
                              const QString &path);
    // Several files to one record in one transaction; every file is checked before any is stored, so one bad file
    // attaches none (and stores none).
    Result<QList<Attachment>> attachAll(const Session &actor, const QString &ownerEntity, const QString &ownerId,
                                        const QStringList &paths);
    // Takes an attachment off its record (AttachmentRemoved); the bytes stay, another record may hold them.
    Result<void> remove(const Session &actor, const QString &attachmentId);
    Result<QList<Attachment>> list(const QString &ownerEntity, const QString &ownerId);
    Result<Attachment> attachment(const QString &id);
    // Where the bytes of `sha256` are (for the preview and the ZIP export); Error::NotFound when not held here.
    Result<QString> blobPath(const QString &sha256);

    // The name kept for a file: its last path part (whatever "../" or "C:\\" came before it), without control or
    // format characters, in NFC, at most 200 characters; empty when nothing is left (the caller names it).
    static QString displayName(const QString &name);
    // What the first bytes of a file say it is (application/pdf, image/png, image/jpeg, image/tiff), or empty.
    static QString mimeOf(const QByteArray &firstBytes);
    // <dataDir>/attachments, and the file of one blob in it.
    static QString blobsDir(const QString &dataDir);
    static QString blobFile(const QString &dataDir, const QString &sha256);
    // Keeps bytes another counter stored (from a bundle or the province) under their SHA-256 in `dataDir`: refused
    // (Error::Invalid, field "hash_mismatch") when they do not hash to `sha256`; nothing written when a whole file is
    // there already. Written beside its final name and renamed over it. True when it wrote the file.
    static Result<bool> keepBlob(const QString &dataDir, const QString &sha256, const QByteArray &bytes);
    // The files attachments here refer to (not removed) whose bytes this counter lacks, at most `limit`.
    Result<QStringList> missingBlobs(int limit);
    // Whether the bytes of `sha256` are held in `dataDir`.
    static bool holdsBlob(const QString &dataDir, const QString &sha256);

    // Error fields (Error::Invalid unless said): attachment_missing, attachment_empty, attachment_too_large,
    // attachment_type, attachment_unreadable, owner_entity; Error::NotFound for an unknown owner or attachment;
    // Error::Forbidden without a role; the store's write block (ReadOnly, ...) before anything is written.

private:
    Result<StoredBlob> read(const QString &path, QByteArray *bytes);
    // Who may attach to (or take off) a record's files, and that the record exists (it has events here).
    Result<void> checkOwner(const Session &actor, const QString &ownerEntity, const QString &ownerId);

    Store &m_store;
};

} // namespace MotCua
