#include "store/searchindex.h"

#include "domain/text.h"

namespace MotCua::SearchIndex {

namespace {
QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    return kept.isEmpty() ? QStringLiteral("") : kept.join(QStringLiteral(" · "));
}
} // namespace

Result<void> upsert(Db::Database &db, const SearchDocument &doc)
{
    auto find = db.prepare(QStringLiteral("SELECT id FROM search_docs WHERE kind = ?1 AND ref = ?2"));
    if (!find)
        return find.error();
    find->bind(1, doc.kind).bind(2, doc.ref);
    qint64 id = 0;
    if (find->next())
        id = find->integer(0);
    if (find->failed())
        return find->lastError();
    const QString foldedTitle = Text::fold(doc.title);
    const QString foldedBody = Text::fold(doc.body);
    if (id == 0) {
        auto ins = db.prepare(QStringLiteral("INSERT INTO search_docs (kind, ref, title, body) VALUES (?1, ?2, ?3, ?4)"));
        if (!ins)
            return ins.error();
        ins->bind(1, doc.kind).bind(2, doc.ref).bind(3, doc.title).bind(4, doc.body);
        if (auto r = ins->exec(); !r)
            return r;
        id = db.lastInsertRowId();
        auto fts = db.prepare(QStringLiteral("INSERT INTO search_fts (rowid, title, body) VALUES (?1, ?2, ?3)"));
        if (!fts)
            return fts.error();
        fts->bind(1, id).bind(2, foldedTitle).bind(3, foldedBody);
        return fts->exec();
    }
    auto up = db.prepare(QStringLiteral("UPDATE search_docs SET title = ?2, body = ?3 WHERE id = ?1"));
    if (!up)
        return up.error();
    up->bind(1, id).bind(2, doc.title).bind(3, doc.body);
    if (auto r = up->exec(); !r)
        return r;
    auto fts = db.prepare(QStringLiteral("UPDATE search_fts SET title = ?2, body = ?3 WHERE rowid = ?1"));
    if (!fts)
        return fts.error();
    fts->bind(1, id).bind(2, foldedTitle).bind(3, foldedBody);
    return fts->exec();
}

Result<void> indexDossier(Db::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT code, applicant_name, citizen_id, phone, procedure_code, procedure_name, address, outcome_reason,"
        " duplicate_reason, assignee_name, department FROM dossiers WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? Result<void>(st->lastError()) : Result<void>();
    const SearchDocument doc{Dossier, id, st->text(0) + QStringLiteral(" — ") + st->text(1),
                             joinNonEmpty({st->text(5), st->text(4), st->text(2), st->text(3), st->text(6), st->text(9),
                                           st->text(10), st->text(7), st->text(8)})};
    return upsert(db, doc);
}

Result<void> indexApplicant(Db::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral("SELECT full_name, citizen_id, phone, address FROM applicants WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? Result<void>(st->lastError()) : Result<void>();
    const QString name = st->text(0);
    const SearchDocument doc{Applicant, id, name, joinNonEmpty({st->text(1), st->text(2), st->text(3)})};
    auto key = db.prepare(QStringLiteral("UPDATE applicants SET sort_key = ?2 WHERE id = ?1"));
    if (!key)
        return key.error();
    key->bind(1, id).bind(2, Text::sortKey(name));
    if (auto r = key->exec(); !r)
        return r;
    return upsert(db, doc);
}

Result<void> indexProcedure(Db::Database &db, const QString &code)
{
    auto st = db.prepare(QStringLiteral("SELECT name, field, decision FROM procedures WHERE code = ?1"));
    if (!st)
        return st.error();
    st->bind(1, code);
    if (!st->next())
        return st->failed() ? Result<void>(st->lastError()) : Result<void>();
    const SearchDocument doc{Procedure, code, st->text(0), joinNonEmpty({code, st->text(1), st->text(2)})};
    return upsert(db, doc);
}

} // namespace MotCua::SearchIndex
