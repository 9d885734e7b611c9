#include "core/attachments/attachmentprojection.h"

#include <QJsonObject>

namespace MotCua
{

namespace
{
// Every attachment of a blob: their search documents carry its text.
Result<void> touchAttachmentsOf(Db::Database &db, const QString &sha256, Touched &touched)
{
    auto st = db.cached(QStringLiteral("SELECT id FROM attachments WHERE sha256 = ?1"));
    if (!st)
        return st.error();
    (*st)->bind(1, sha256);
    while ((*st)->next())
        touched.attachments.insert((*st)->text(0));
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    return {};
}

// An attachment: added once (AttachmentAdded), maybe removed later (AttachmentRemoved). A removal folded before the
// addition (events out of order are folded again in order) finds no row and does nothing.
class AttachmentHandler final : public RecordHandler
{
public:
    AttachmentHandler(Db::Database &db, Touched &touched) : m_db(db), m_touched(touched) {}
    QString entity() const override { return QStringLiteral("attachment"); }

    Result<void> apply(const Event &e) override
    {
        const QJsonObject &p = e.payload;
        if (e.type == EventType::AttachmentAdded) {
            auto st = m_db.cached(QStringLiteral(
                "INSERT OR REPLACE INTO attachments (id, owner_entity, owner_id, sha256, size, mime, file_name,"
                " added_at, added_by, removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)"));
            if (!st)
                return st.error();
            (*st)
                ->bind(1, e.entityId)
                .bind(2, p.value(QLatin1String("owner_entity")).toString())
                .bind(3, p.value(QLatin1String("owner_id")).toString())
                .bind(4, p.value(QLatin1String("sha256")).toString());
            (*st)
                ->bind(5, qint64(p.value(QLatin1String("size")).toInteger()))
                .bind(6, p.value(QLatin1String("mime")).toString())
                .bind(7, p.value(QLatin1String("file_name")).toString())
                .bind(8, p.value(QLatin1String("at")).toString())
                .bind(9, e.actor);
            if (auto r = (*st)->exec(); !r)
                return r;
            m_touched.attachments.insert(e.entityId);
            return {};
        }
        if (e.type == EventType::AttachmentRemoved) {
            auto st = m_db.cached(QStringLiteral("UPDATE attachments SET removed = 1 WHERE id = ?1"));
            if (!st)
                return st.error();
            (*st)->bind(1, e.entityId);
            if (auto r = (*st)->exec(); !r)
                return r;
            m_touched.attachments.insert(e.entityId);
            return {};
        }
        return {}; // an attachment event type this version does not know
    }

    Result<void> drop(const QString &id) override
    {
        auto st = m_db.cached(QStringLiteral("DELETE FROM attachments WHERE id = ?1"));
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        m_touched.attachments.insert(id);
        return (*st)->exec();
    }

private:
    Db::Database &m_db;
    Touched &m_touched;
};

// The text read from a blob (OCR, or a PDF's own text). Two counters may read the same blob: the last reading in
// fold order holds, except that a failed one never replaces text that was read.
class BlobTextHandler final : public RecordHandler
{
public:
    BlobTextHandler(Db::Database &db, Touched &touched) : m_db(db), m_touched(touched) {}
    QString entity() const override { return QStringLiteral("blob"); }

    Result<void> apply(const Event &e) override
    {
        if (e.type != EventType::BlobTextExtracted)
            return {};
        const QJsonObject &p = e.payload;
        const QString state = p.value(QLatin1String("state")).toString();
        auto st = m_db.cached(
            QStringLiteral("INSERT INTO blob_texts (sha256, state, text, engine, pages) VALUES (?1, ?2, ?3, ?4, ?5)"
                           " ON CONFLICT(sha256) DO UPDATE SET state = excluded.state, text = excluded.text,"
                           " engine = excluded.engine, pages = excluded.pages"
                           " WHERE NOT (blob_texts.state = 'done' AND excluded.state <> 'done')"));
        if (!st)
            return st.error();
        (*st)
            ->bind(1, e.entityId)
            .bind(2, state)
            .bind(3, p.value(QLatin1String("text")).toString())
            .bind(4, p.value(QLatin1String("engine")).toString())
            .bind(5, qint64(p.value(QLatin1String("pages")).toInteger()));
        if (auto r = (*st)->exec(); !r)
            return r;
        return touchAttachmentsOf(m_db, e.entityId, m_touched);
    }

    Result<void> drop(const QString &sha256) override
    {
        auto st = m_db.cached(QStringLiteral("DELETE FROM blob_texts WHERE sha256 = ?1"));
        if (!st)
            return st.error();
        (*st)->bind(1, sha256);
        if (auto r = (*st)->exec(); !r)
            return r;
        return touchAttachmentsOf(m_db, sha256, m_touched);
    }

private:
    Db::Database &m_db;
    Touched &m_touched;
};
} // namespace

QList<std::shared_ptr<RecordHandler>> attachmentHandlers(Db::Database &db, Touched &touched)
{
    return {std::make_shared<AttachmentHandler>(db, touched), std::make_shared<BlobTextHandler>(db, touched)};
}

} // namespace MotCua
