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
    auto findR = db.cached(QStringLiteral("SELECT id FROM search_docs WHERE kind = ?1 AND ref = ?2"));
    if (!findR)
        return findR.error();
    Db::Statement *find = *findR;
    find->bind(1, doc.kind).bind(2, doc.ref);
    qint64 id = 0;
    if (find->next())
        id = find->integer(0);
    if (find->failed())
        return find->lastError();
    const QString foldedTitle = Text::fold(doc.title);
    const QString foldedBody = Text::fold(doc.body);
    if (id == 0) {
        auto insR = db.cached(QStringLiteral("INSERT INTO search_docs (kind, ref, title, body) VALUES (?1, ?2, ?3, ?4)"));
        if (!insR)
            return insR.error();
        Db::Statement *ins = *insR;
        ins->bind(1, doc.kind).bind(2, doc.ref).bind(3, doc.title).bind(4, doc.body);
        if (auto r = ins->exec(); !r)
            return r;
        id = db.lastInsertRowId();
        auto ftsR = db.cached(QStringLiteral("INSERT INTO search_fts (rowid, title, body) VALUES (?1, ?2, ?3)"));
        if (!ftsR)
            return ftsR.error();
        Db::Statement *fts = *ftsR;
        fts->bind(1, id).bind(2, foldedTitle).bind(3, foldedBody);
        return fts->exec();
    }
    auto upR = db.cached(QStringLiteral("UPDATE search_docs SET title = ?2, body = ?3 WHERE id = ?1"));
    if (!upR)
        return upR.error();
    Db::Statement *up = *upR;
    up->bind(1, id).bind(2, doc.title).bind(3, doc.body);
    if (auto r = up->exec(); !r)
        return r;
    auto ftsR = db.cached(QStringLiteral("UPDATE search_fts SET title = ?2, body = ?3 WHERE rowid = ?1"));
    if (!ftsR)
        return ftsR.error();
    Db::Statement *fts = *ftsR;
    fts->bind(1, id).bind(2, foldedTitle).bind(3, foldedBody);
    return fts->exec();
}

Result<void> indexDossier(Db::Database &db, const QString &id)
{
    auto stR = db.cached(QStringLiteral(
        "SELECT code, applicant_name, citizen_id, phone, procedure_code, procedure_name, address, outcome_reason,"
        " duplicate_reason, assignee_name, department FROM dossiers WHERE id = ?1"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
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
    auto stR = db.cached(QStringLiteral("SELECT full_name, citizen_id, phone, address FROM applicants WHERE id = ?1"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? Result<void>(st->lastError()) : Result<void>();
    const QString name = st->text(0);
    const SearchDocument doc{Applicant, id, name, joinNonEmpty({st->text(1), st->text(2), st->text(3)})};
    auto keyR = db.cached(QStringLiteral("UPDATE applicants SET sort_key = ?2 WHERE id = ?1"));
    if (!keyR)
        return keyR.error();
    Db::Statement *key = *keyR;
    key->bind(1, id).bind(2, Text::sortKey(name));
    if (auto r = key->exec(); !r)
        return r;
    return upsert(db, doc);
}

Result<void> indexProcedure(Db::Database &db, const QString &code)
{
    auto stR = db.cached(QStringLiteral("SELECT name, field, decision FROM procedures WHERE code = ?1"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, code);
    if (!st->next())
        return st->failed() ? Result<void>(st->lastError()) : Result<void>();
    const SearchDocument doc{Procedure, code, st->text(0), joinNonEmpty({code, st->text(1), st->text(2)})};
    return upsert(db, doc);
}

Result<qint64> rebuildAll(Db::Database &db)
{
    if (auto r = db.execScript("DELETE FROM search_fts; DELETE FROM search_docs;"); !r)
        return r.error();
    qint64 n = 0;
    struct Source
    {
        const char *sql;
        Result<void> (*index)(Db::Database &, const QString &);
    };
    const Source sources[] = {{"SELECT code FROM procedures ORDER BY code", indexProcedure},
                              {"SELECT id FROM applicants ORDER BY id", indexApplicant},
                              {"SELECT id FROM dossiers ORDER BY id", indexDossier}};
    for (const Source &src : sources) {
        auto st = db.prepare(QString::fromLatin1(src.sql));
        if (!st)
            return st.error();
        QStringList refs;
        while (st->next())
            refs.append(st->text(0));
        if (st->failed())
            return st->lastError();
        for (const QString &ref : refs) {
            if (auto r = src.index(db, ref); !r)
                return r.error();
            ++n;
        }
    }
    return n;
}

} // namespace MotCua::SearchIndex
