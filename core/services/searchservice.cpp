#include "core/services/searchservice.h"

#include "core/domain/dossierstate.h"
#include "core/domain/text.h"
#include "core/services/dossierservice.h"
#include "core/store/searchindex.h"
#include "core/store/store.h"

#include <QRegularExpression>

namespace MotCua
{

namespace
{
QStringList searchWords(const QString &text)
{
    // Letters and digits only: quotes, *, -, parentheses and the like separate words.
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = Text::fold(text).split(nonWord, Qt::SkipEmptyParts);
    if (words.size() > 8)
        words = words.mid(0, 8);
    return words;
}

// A word as an FTS5 string: quoted, so FTS syntax in it is data.
QString quoted(QString word)
{
    return u'"' + word.replace(u'"', QStringLiteral("\"\"")) + u'"';
}
// A dossier's indexed text joins its fields with " · "; a reason recorded as a key ("duplicate") is shown in words.
QString wordedReasons(const QString &body)
{
    static const QString separator = QStringLiteral(" · ");
    QStringList parts = body.split(separator);
    for (QString &part : parts)
        part = dossierReasonText(part);
    return parts.join(separator);
}
} // namespace

QString SearchService::ftsQuery(const QString &text)
{
    const QStringList words = searchWords(text);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(quoted(words.at(i)) + (i + 1 == words.size() ? QStringLiteral("*") : QString()));
    return terms.join(u' ');
}

Result<void> SearchService::checkFilters(SearchQuery &q)
{
    const QStringList known = SearchIndex::kinds();
    for (const QString &k : q.kinds) {
        if (!known.contains(k))
            return Error::invalid(
                QStringLiteral("unknown kind of record '%1'; known: %2").arg(k, known.join(QStringLiteral(", "))),
                QStringLiteral("kind"));
    }
    if (!q.state.isEmpty() && !DossierService::knownStates().contains(q.state))
        return Error::invalid(QStringLiteral("unknown state '%1'").arg(q.state), QStringLiteral("state"));
    if (q.receivedFrom.isValid() && q.receivedTo.isValid() && q.receivedTo < q.receivedFrom)
        return Error::invalid(QStringLiteral("the date range ends (%1) before it starts (%2)")
                                  .arg(q.receivedTo.toString(Qt::ISODate), q.receivedFrom.toString(Qt::ISODate)),
                              QStringLiteral("until"));
    struct Lookup
    {
        const QString &value;
        const char *sql;
        const char *what;
        const char *field;
    };
    const Lookup lookups[] = {
        {q.procedureCode, "SELECT count(*) FROM procedures WHERE code = ?1", "procedure", "procedure"},
        {q.assignee, "SELECT count(*) FROM users WHERE username = lower(trim(?1))", "user", "assignee"},
    };
    if (!q.field.isEmpty()) {
        // The field as the catalog spells it, however it was typed ("ho tich" is "Hộ tịch").
        auto st = m_store.db().prepare(QStringLiteral("SELECT DISTINCT field FROM procedures WHERE field IS NOT NULL"));
        if (!st)
            return st.error();
        const QString wanted = Text::fold(q.field);
        QString found;
        while (st->next())
            if (Text::fold(st->text(0)) == wanted)
                found = st->text(0);
        if (st->failed())
            return st->lastError();
        if (found.isEmpty())
            return Error::invalid(QStringLiteral("no field '%1' in the catalog").arg(q.field), QStringLiteral("field"));
        q.field = found;
    }
    for (const Lookup &l : lookups) {
        if (l.value.isEmpty())
            continue;
        auto st = m_store.db().prepare(QString::fromLatin1(l.sql));
        if (!st)
            return st.error();
        st->bind(1, l.value);
        if (!st->next())
            return st->lastError();
        if (st->integer(0) == 0)
            return Error::invalid(QStringLiteral("no %1 '%2'").arg(QLatin1String(l.what), l.value),
                                  QString::fromLatin1(l.field));
    }
    return {};
}

Result<SearchResult> SearchService::search(const Session &actor, const SearchQuery &query)
{
    SearchQuery q = query;
    if (!actor.can(Permission::ViewDossiers))
        return Error::forbidden(QStringLiteral("your role cannot search the records"));
    // What a person types in a search box; longer input is a paste gone wrong (or an attack on the matcher).
    if (q.text.size() > kMaxQueryLength)
        return Error::invalid(QStringLiteral("the search text is longer than %1 characters").arg(kMaxQueryLength),
                              QStringLiteral("query"));
    SearchResult result;
    result.words = searchWords(q.text);
    const int limit = std::clamp(q.limit, 1, 200);
    const bool dossierFilters = !q.state.isEmpty() || q.receivedFrom.isValid() || q.receivedTo.isValid() ||
                                !q.procedureCode.isEmpty() || !q.field.isEmpty() || !q.assignee.isEmpty();
    if (auto r = checkFilters(q); !r)
        return r.error();
    auto wanted = [&](const QString &kind) {
        if (dossierFilters && kind != SearchIndex::Dossier)
            return false;
        // Official documents are shown to those who may see the registers.
        if ((kind == SearchIndex::Incoming || kind == SearchIndex::Outgoing) && !actor.can(Permission::ViewDocuments))
            return false;
        return q.kinds.isEmpty() || q.kinds.contains(kind);
    };
    QSet<QString> seen;

    // Exact lookups first: a citizen id (9 or 12 digits) or a dossier code finds its records directly.
    const QString trimmed = q.text.trimmed();
    static const QRegularExpression idRe(QStringLiteral("^\\d{9}$|^\\d{12}$"));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9.]+-\\d{6}-\\d{4,7}$"));
    if (idRe.match(trimmed).hasMatch() || codeRe.match(trimmed).hasMatch()) {
        const bool isId = idRe.match(trimmed).hasMatch();
        auto st = m_store.db().prepare(
            isId ? QStringLiteral("SELECT 'applicant', id, NULL FROM applicants WHERE citizen_id = ?1"
                                  " UNION ALL SELECT 'dossier', id, code FROM dossiers WHERE citizen_id = ?1")
                 : QStringLiteral("SELECT 'dossier', id, code FROM dossiers WHERE code = ?1 COLLATE NOCASE"));
        if (!st)
            return st.error();
        st->bind(1, trimmed);
        QList<std::pair<QString, QString>> refs;
        while (st->next())
            refs.append({st->text(0), st->text(1)});
        if (st->failed())
            return st->lastError();
        auto doc =
            m_store.db().prepare(QStringLiteral("SELECT title, body FROM search_docs WHERE kind = ?1 AND ref = ?2"));
        if (!doc)
            return doc.error();
        for (const auto &[kind, ref] : refs) {
            if (!wanted(kind))
                continue;
            (void)doc->reset();
            doc->bind(1, kind).bind(2, ref);
            if (doc->next()) {
                SearchHit h{kind, ref, {}, doc->text(0), Text::highlight(doc->text(1), result.words, q.open, q.close),
                            true, {}};
                result.hits.append(h);
                seen.insert(kind + u'/' + ref);
            }
        }
    }

    QString match = ftsQuery(q.text);
    // FTS5 has prefix indexes for 1 to 3 characters. A longer last word as a prefix ("nguy", "nguyen") would make
    // FTS5 merge the whole list of every matching word before it can give the newest match; as an OR of the few
    // whole words it can stand for, FTS5 reads the lists newest first and stops at the window.
    const QString last = result.words.isEmpty() ? QString() : result.words.constLast();
    if (last.size() > 3) {
        constexpr int maxWords = 24;
        auto expansions = SearchIndex::wordsStartingWith(m_store.db(), last, maxWords);
        if (!expansions)
            return expansions.error();
        if (!expansions->isEmpty() && expansions->size() <= maxWords) {
            QStringList terms;
            for (qsizetype i = 0; i + 1 < result.words.size(); ++i)
                terms.append(quoted(result.words.at(i)));
            QStringList alternatives;
            for (const QString &w : *expansions)
                alternatives.append(quoted(w));
            terms.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
            match = terms.join(QStringLiteral(" AND "));
        }
    }
    if (!match.isEmpty()) {
        QString sql = QStringLiteral("SELECT s.kind, s.ref, s.title, s.body, search_fts.rowid FROM search_fts"
                                     " JOIN search_docs s ON s.id = search_fts.rowid");
        QStringList terms{QStringLiteral("search_fts MATCH ?1")};
        QVariantList binds{match};
        auto bind = [&](const QVariant &v) {
            binds.append(v);
            return QStringLiteral("?%1").arg(binds.size());
        };
        if (dossierFilters) {
            sql += QStringLiteral(" JOIN dossiers d ON d.id = s.ref");
            if (!q.state.isEmpty())
                terms.append(QStringLiteral("d.state = %1").arg(bind(q.state)));
            if (q.receivedFrom.isValid())
                terms.append(QStringLiteral("d.received_at >= %1")
                                 .arg(bind(Time::toUtcIso(QDateTime(q.receivedFrom, QTime(0, 0), Time::vietnam())))));
            if (q.receivedTo.isValid())
                terms.append(
                    QStringLiteral("d.received_at < %1")
                        .arg(bind(Time::toUtcIso(QDateTime(q.receivedTo.addDays(1), QTime(0, 0), Time::vietnam())))));
            if (!q.procedureCode.isEmpty())
                terms.append(QStringLiteral("d.procedure_code = %1").arg(bind(q.procedureCode)));
            if (!q.field.isEmpty())
                terms.append(QStringLiteral("d.procedure_code IN (SELECT code FROM procedures WHERE field = %1)")
                                 .arg(bind(q.field)));
            if (!q.assignee.isEmpty())
                terms.append(
                    QStringLiteral("d.assignee = (SELECT id FROM users WHERE username = %1 AND username_conflict = 0)")
                        .arg(bind(q.assignee.trimmed().toLower())));
        }
        // Each kind's documents have their own rowid range: FTS5 gives the newest matches of one kind at a time
        // and stops at the window, so a common prefix ("ng") never scores every match, and a kind with few records
        // (procedures) is never crowded out by one with a million (dossiers).
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")) +
               QStringLiteral(
                   " AND search_fts.rowid >= ?%1 AND search_fts.rowid < ?%2 ORDER BY search_fts.rowid DESC LIMIT ?%3")
                   .arg(binds.size() + 1)
                   .arg(binds.size() + 2)
                   .arg(binds.size() + 3);
        auto st = m_store.db().prepare(sql);
        if (!st)
            return st.error();

        struct Candidate
        {
            QString kind;
            QString ref;
            QString title;
            QString body;
            QString foldedName;
            int tier; // 0: the name is the query, 1: it starts with it, 2: the title holds every word, 3: the rest
            int titleWords; // how many of the words the title holds (the title weighs more than the body)
            int nameWords;  // how many words the name has: with as many matched, fewer is a closer match
        };
        QList<Candidate> candidates;
        const QString foldedQuery = result.words.join(u' ');
        // The matches of one kind below `upper`, newest first, at most `count`; returns how many rows FTS5 gave and
        // the oldest rowid among them.
        auto fetch = [&](const QString &kind, qint64 upper, int count) -> Result<std::pair<int, qint64>> {
            (void)st->reset();
            for (int i = 0; i < binds.size(); ++i)
                st->bind(i + 1, binds.at(i).toString());
            const int n = int(binds.size());
            st->bind(n + 1, SearchIndex::rangeStart(kind)).bind(n + 2, upper).bind(n + 3, qint64(count));
            int rows = 0;
            qint64 oldest = 0;
            while (st->next()) {
                ++rows;
                oldest = st->integer(4);
                Candidate c{st->text(0), st->text(1), st->text(2), {}, {}, 3, 0, 0};
                if (seen.contains(c.kind + u'/' + c.ref))
                    continue;
                c.body = st->text(3);
                const QString foldedTitle = Text::fold(c.title);
                // Titles may start with a code ("00004.… — Nguyễn Văn An"): compare the part after it too.
                const qsizetype dash = foldedTitle.indexOf(QStringLiteral(" — "));
                c.foldedName = dash >= 0 ? foldedTitle.mid(dash + 3) : foldedTitle;
                c.nameWords = int(c.foldedName.count(u' ')) + 1;
                if (c.foldedName == foldedQuery || foldedTitle == foldedQuery)
                    c.tier = 0;
                else if (c.foldedName.startsWith(foldedQuery) || foldedTitle.startsWith(foldedQuery))
                    c.tier = 1;
                for (const QString &w : result.words)
                    c.titleWords += foldedTitle.contains(w) ? 1 : 0;
                if (c.tier == 3 && c.titleWords == result.words.size())
                    c.tier = 2;
                candidates.append(std::move(c));
            }
            if (st->failed())
                return st->lastError();
            return std::pair{rows, oldest};
        };

        if (q.paged) {
            // Every match, newest first over the kinds' ranges (dossiers, applicants, procedures), `limit` a page.
            int remaining = limit;
            for (const QString &kind : SearchIndex::kinds()) {
                if (!wanted(kind))
                    continue;
                const qint64 upper =
                    q.before > 0 ? std::min(q.before, SearchIndex::rangeEnd(kind)) : SearchIndex::rangeEnd(kind);
                if (upper <= SearchIndex::rangeStart(kind))
                    continue;
                auto got = fetch(kind, upper, remaining);
                if (!got)
                    return got.error();
                remaining -= got->first;
                if (remaining == 0) {
                    result.nextBefore = got->second;
                    result.more = true;
                    break;
                }
            }
        } else {
            // As you type: the newest matches of each kind (at least 100, so a short list shown still comes from a
            // fair pool), ranked; the best `limit` shown.
            const int window = std::max(limit * 6, 100);
            for (const QString &kind : SearchIndex::kinds()) {
                if (!wanted(kind))
                    continue;
                auto got = fetch(kind, SearchIndex::rangeEnd(kind), window);
                if (!got)
                    return got.error();
                result.more = result.more || got->first == window;
            }
        }
        (void)st->reset();
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (SearchIndex::kindOrder(a.kind) != SearchIndex::kindOrder(b.kind))
                return SearchIndex::kindOrder(a.kind) < SearchIndex::kindOrder(b.kind);
            if (a.tier != b.tier)
                return a.tier < b.tier;
            // Then the most words in the title, then the shortest name, then the newest (the order they came
            // in): no bm25(), which would make FTS5 count every match of every word at each keystroke.
            if (a.titleWords != b.titleWords)
                return a.titleWords > b.titleWords;
            return a.nameWords < b.nameWords;
        });
        QHash<QString, int> perKind;
        for (const Candidate &c : candidates) {
            if (!q.paged && perKind[c.kind]++ >= limit) {
                result.more = true;
                continue;
            }
            QString code;
            if (c.kind == SearchIndex::Dossier)
                code = c.title.section(QStringLiteral(" — "), 0, 0);
            else if (c.kind == SearchIndex::Procedure)
                code = c.ref;
            // The snippet shows where the words matched: the title when it holds them, else the body.
            const QString body = c.kind == SearchIndex::Dossier ? wordedReasons(c.body) : c.body;
            const bool inTitle = c.tier < 3 || Text::matchSpans(body, result.words).isEmpty();
            result.hits.append({c.kind, c.ref, code, c.title,
                                Text::highlight(inTitle ? c.title : body, result.words, q.open, q.close), false,
                                inTitle ? Text::highlight(body, result.words, q.open, q.close, 90) : QString()});
        }
    }
    // Group by kind, keeping exact hits first within their kind.
    std::stable_sort(result.hits.begin(), result.hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return SearchIndex::kindOrder(a.kind) < SearchIndex::kindOrder(b.kind);
    });
    for (SearchHit &h : result.hits) {
        if (h.kind == SearchIndex::Dossier && h.code.isEmpty())
            h.code = h.title.section(QStringLiteral(" — "), 0, 0);
    }
    return result;
}

} // namespace MotCua
