#include "core/store/searchindex.h"

#include "core/domain/text.h"
#include "core/store/schema.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <unordered_set>

namespace MotCua::SearchIndex
{

namespace
{
QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    return kept.isEmpty() ? QStringLiteral("") : kept.join(QStringLiteral(" · "));
}

// One kind of record: the projection columns its document is made of (the first is the record's ref) and how.
// Adding a kind is one entry here and one index call where the projector writes the row.
struct Source
{
    const QString *kind;
    int slot;            // its rowid range: [slot << 40, (slot + 1) << 40); a higher slot is shown first
    const char *columns; // "SELECT <columns> FROM <table>"
    const char *table;
    const char *key;   // the ref's column, for one record
    const char *order; // rebuild order: the order records first appear in, as the projector would index them
    SearchDocument (*make)(const QString &kind, const Db::Statement &row);
};

SearchDocument dossierDocument(const QString &kind, const Db::Statement &r)
{
    return {kind, r.text(0), r.text(1) + QStringLiteral(" — ") + r.text(2),
            joinNonEmpty(
                {r.text(6), r.text(5), r.text(3), r.text(4), r.text(7), r.text(10), r.text(11), r.text(8), r.text(9)})};
}

SearchDocument applicantDocument(const QString &kind, const Db::Statement &r)
{
    return {kind, r.text(0), r.text(1), joinNonEmpty({r.text(2), r.text(3), r.text(4)})};
}

SearchDocument procedureDocument(const QString &kind, const Db::Statement &r)
{
    return {kind, r.text(0), r.text(1), joinNonEmpty({r.text(0), r.text(2), r.text(3)})};
}

// An official document: its row's `doc` JSON (core/documents/documentprojection.cpp). Found by number and symbol,
// summary, agency, signer, recipients and who handles it.
SearchDocument documentDocument(const QString &kind, const Db::Statement &r)
{
    const QJsonObject d = QJsonDocument::fromJson(r.text(1).toUtf8()).object();
    auto str = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    QString numberSymbol;
    if (kind == Incoming) {
        numberSymbol = str("number").isEmpty() ? str("symbol") : str("number") + u'/' + str("symbol");
        const QString title = numberSymbol + QStringLiteral(" — ") + str("summary");
        QStringList names;
        for (const QJsonValue &dir : d.value(QLatin1String("directions")).toArray())
            for (const QJsonValue &a : dir.toObject().value(QLatin1String("assignees")).toArray())
                names.append(a.toObject().value(QLatin1String("name")).toString());
        return {kind, r.text(0), title,
                joinNonEmpty({str("from_agency"),
                              QStringLiteral("số đến %1").arg(d.value(QLatin1String("arrival_number")).toInteger()),
                              str("signer"), str("recipients"), names.join(u' '), str("note")})};
    }
    const qint64 number = d.value(QLatin1String("number")).toInteger();
    numberSymbol =
        number > 0 ? (number < 10 ? QStringLiteral("0%1").arg(number) : QString::number(number)) + u'/' + str("symbol")
                   : QString();
    QStringList recipients;
    for (const QJsonValue &rc : d.value(QLatin1String("recipients")).toArray())
        recipients.append(rc.toObject().value(QLatin1String("name")).toString());
    return {kind, r.text(0),
            numberSymbol.isEmpty() ? str("summary") : numberSymbol + QStringLiteral(" — ") + str("summary"),
            joinNonEmpty({str("type"), str("department"), str("signer_name"), recipients.join(u' '), str("note"),
                          str("created_by_name")})};
}

const Source kSources[] = {
    {&Procedure, 1, "code, name, field, decision", "procedures", "code", "code", procedureDocument},
    {&Applicant, 2, "id, full_name, citizen_id, phone, address", "applicants", "id", "first_dossier_at, id",
     applicantDocument},
    {&Dossier, 5,
     "id, code, applicant_name, citizen_id, phone, procedure_code, procedure_name, address, outcome_reason,"
     " duplicate_reason, assignee_name, department",
     "dossiers", "id", "id", dossierDocument},
    {&Outgoing, 3, "id, doc", "outgoing_docs", "id", "created_at, id", documentDocument},
    {&Incoming, 4, "id, doc", "incoming_docs", "id", "received_at, id", documentDocument},
};

const Source &sourceOf(const QString &kind)
{
    for (const Source &s : kSources)
        if (*s.kind == kind)
            return s;
    Q_UNREACHABLE();
}

// The words FTS5's unicode61 tokenizer makes of folded text that carry a letter: the vocabulary for prefixes
// longer than FTS5's prefix indexes. Pure numbers (ids, phones) are left out: there are millions of them, and
// FTS5's own prefix search over them is cheap because each one is rare.
// A set of words that can be asked about a QStringView, so a word already seen costs no allocation.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(QStringView v) const noexcept { return qHash(v); }
    size_t operator()(const QString &s) const noexcept { return qHash(QStringView(s)); }
};
struct ViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};
using WordSet = std::unordered_set<QString, ViewHash, ViewEqual>;

void collectWords(const QString &folded, WordSet &into)
{
    qsizetype start = -1;
    bool letter = false;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const QChar c = i < folded.size() ? folded.at(i) : QChar(u' ');
        const bool wordChar = c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse;
        if (wordChar) {
            if (start < 0) {
                start = i;
                letter = false;
            }
            letter = letter || c.isLetter();
        } else if (start >= 0) {
            if (letter) {
                const QStringView word = QStringView(folded).mid(start, i - start);
                if (into.find(word) == into.end())
                    into.insert(word.toString());
            }
            start = -1;
        }
    }
}

Result<void> insertWords(Db::Database &db, const WordSet &words)
{
    if (words.empty())
        return {};
    auto stR = db.cached(QStringLiteral("INSERT OR IGNORE INTO search_terms (term) VALUES (?1)"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    for (const QString &w : words) {
        (void)st->reset();
        st->bind(1, w);
        if (auto r = st->exec(); !r)
            return r;
    }
    return {};
}

// Appends a new document with rowid `id` (its (kind, ref) must not be indexed yet).
Result<void> insertNew(Db::Database &db, qint64 id, const SearchDocument &doc, const QString &foldedTitle,
                       const QString &foldedBody)
{
    auto insR =
        db.cached(QStringLiteral("INSERT INTO search_docs (id, kind, ref, title, body) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insR)
        return insR.error();
    Db::Statement *ins = *insR;
    ins->bind(1, id).bind(2, doc.kind).bind(3, doc.ref).bind(4, doc.title).bind(5, doc.body);
    if (auto r = ins->exec(); !r)
        return r;
    auto ftsR = db.cached(QStringLiteral("INSERT INTO search_fts (rowid, title, body) VALUES (?1, ?2, ?3)"));
    if (!ftsR)
        return ftsR.error();
    Db::Statement *fts = *ftsR;
    fts->bind(1, id).bind(2, foldedTitle).bind(3, foldedBody);
    return fts->exec();
}

// The next free rowid of a kind's range.
Result<qint64> nextRowid(Db::Database &db, const QString &kind)
{
    auto stR = db.cached(QStringLiteral("SELECT max(id) FROM search_docs WHERE id >= ?1 AND id < ?2"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, rangeStart(kind)).bind(2, rangeEnd(kind));
    qint64 next = rangeStart(kind);
    if (st->next() && !st->isNull(0))
        next = st->integer(0) + 1;
    if (st->failed())
        return st->lastError();
    (void)st->reset();
    if (next >= rangeEnd(kind))
        return Error::db(QStringLiteral("the search index of %1 records is full").arg(kind));
    return next;
}

Result<void> indexOne(Db::Database &db, const QString &kind, const QString &ref)
{
    const Source &src = sourceOf(kind);
    auto stR = db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1")
                             .arg(QLatin1String(src.columns), QLatin1String(src.table), QLatin1String(src.key)));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    st->bind(1, ref);
    if (!st->next())
        return st->failed() ? Result<void>(st->lastError()) : Result<void>();
    const SearchDocument doc = src.make(kind, *st);
    (void)st->reset();
    return upsert(db, doc);
}
} // namespace

qint64 rangeStart(const QString &kind)
{
    return qint64(sourceOf(kind).slot) << 40;
}

qint64 rangeEnd(const QString &kind)
{
    return rangeStart(kind) + (qint64(1) << 40);
}

QStringList kinds()
{
    QList<const Source *> bySlot;
    for (const Source &s : kSources)
        bySlot.append(&s);
    std::sort(bySlot.begin(), bySlot.end(), [](const Source *a, const Source *b) { return a->slot > b->slot; });
    QStringList out;
    for (const Source *s : bySlot)
        out.append(*s->kind);
    return out;
}

int kindOrder(const QString &kind)
{
    static const QStringList order = kinds();
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

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
    (void)find->reset();
    const QString foldedTitle = Text::fold(doc.title);
    const QString foldedBody = Text::fold(doc.body);
    WordSet words;
    collectWords(foldedTitle, words);
    collectWords(foldedBody, words);
    if (auto r = insertWords(db, words); !r)
        return r;
    if (id == 0) {
        auto next = nextRowid(db, doc.kind);
        if (!next)
            return next.error();
        return insertNew(db, *next, doc, foldedTitle, foldedBody);
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
    return indexOne(db, Dossier, id);
}

Result<void> indexApplicant(Db::Database &db, const QString &id)
{
    return indexOne(db, Applicant, id);
}

Result<void> indexProcedure(Db::Database &db, const QString &code)
{
    return indexOne(db, Procedure, code);
}

Result<void> indexRecord(Db::Database &db, const QString &kind, const QString &ref)
{
    return indexOne(db, kind, ref);
}

Result<qint64> rebuildAll(Db::Database &db)
{
    // The (kind, ref) index is built once at the end rather than kept up to date through two million inserts.
    // Dropping it needs no statement of this connection left open on a row (the projector's cached ones).
    db.releaseCachedStatements();
    // The FTS5 table is dropped and made again: deleting its rows one by one would read every one of them back.
    const QByteArray clear =
        QByteArray("DROP INDEX IF EXISTS search_docs_ref; DELETE FROM search_docs; DELETE FROM search_terms;"
                   " DROP TABLE IF EXISTS search_fts; ") +
        Db::searchFtsSchema() + ';';
    if (auto r = db.execScript(clear.constData()); !r)
        return r.error();
    qint64 n = 0;
    WordSet words;
    for (const Source &src : kSources) {
        // One pass over the projection table, oldest first (the documents' rowids, "newest first" in a search,
        // then follow it).
        auto st = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                 .arg(QLatin1String(src.columns), QLatin1String(src.table), QLatin1String(src.order)));
        if (!st)
            return st.error();
        qint64 id = rangeStart(*src.kind);
        while (st->next()) {
            const SearchDocument doc = src.make(*src.kind, *st);
            const QString foldedTitle = Text::fold(doc.title);
            const QString foldedBody = Text::fold(doc.body);
            collectWords(foldedTitle, words);
            collectWords(foldedBody, words);
            if (auto r = insertNew(db, id++, doc, foldedTitle, foldedBody); !r)
                return r.error();
            ++n;
        }
        if (st->failed())
            return st->lastError();
    }
    if (auto r = insertWords(db, words); !r)
        return r.error();
    if (auto r = db.execScript("CREATE UNIQUE INDEX search_docs_ref ON search_docs(kind, ref);"); !r)
        return r.error();
    return n;
}

Result<QStringList> wordsStartingWith(Db::Database &db, const QString &prefix, int max)
{
    auto stR = db.cached(
        QStringLiteral("SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3"));
    if (!stR)
        return stR.error();
    Db::Statement *st = *stR;
    // Every word starting with the prefix sorts below prefix + U+FFFF (the folded words are short; their
    // characters are below it).
    st->bind(1, prefix).bind(2, prefix + QChar(0xFFFF)).bind(3, qint64(max) + 1);
    QStringList words;
    while (st->next())
        words.append(st->text(0));
    if (st->failed())
        return st->lastError();
    (void)st->reset();
    return words;
}

} // namespace MotCua::SearchIndex
