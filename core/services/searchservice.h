#pragma once

#include "core/services/session.h"
#include "core/util/result.h"

#include <QDate>
#include <QStringList>

namespace MotCua
{

class Store;

struct SearchHit
{
    QString kind;       // dossier, applicant, procedure, attachment
    QString id;         // the record's id (procedure: code); dossiers also carry their code
    QString code;       // dossier code or procedure code, when there is one
    QString title;      // display text
    QString snippet;    // the matching text with the matches marked (see SearchQuery::open/close)
    bool exact = false; // an exact citizen id / code lookup
    QString detail;     // when the snippet is the title: the start of the rest (citizen id, address, procedure…),
                        // marked the same way, so two people of the same name can be told apart
    // Attachments: the record the file is attached to (dossier, incoming, outgoing) and its id; for a dossier, `code`
    // is the dossier's code.
    QString ownerEntity;
    QString ownerId;
};

struct SearchQuery
{
    QString text;
    QStringList kinds; // empty: all kinds
    // Filters on dossiers (they restrict the result to dossiers). An unknown state, procedure, field or user is an
    // Invalid error naming the filter, not an empty result:
    QString state;
    QDate receivedFrom;
    QDate receivedTo;
    QString procedureCode;
    QString field;                      // the procedure's field (lĩnh vực), e.g. "Hộ tịch"
    QString assignee;                   // user name
    int limit = 20;                     // per kind
    QString open = QStringLiteral("["); // highlight markers for the snippet
    QString close = QStringLiteral("]");
    // Paging through every match ("more results"): each page is the next `limit` matches, newest first within
    // each kind, the kinds in turn (dossiers, applicants, procedures), by keyset (`before` = the previous page's
    // SearchResult::nextBefore), all returned and ranked within the page.
    // Without it (as you type), the best `limit` per kind among each kind's newest matches.
    bool paged = false;
    qint64 before = 0;
};

struct SearchResult
{
    QList<SearchHit> hits; // grouped by kind (dossier, applicant, procedure), best first within a kind
    QStringList words;     // the folded words that were matched (for highlighting elsewhere)
    qint64 nextBefore = 0; // paged: pass as SearchQuery::before for the next page; 0 when there are no more
    bool more = false;     // there are more matches than these (as you type: page with SearchQuery::paged)
};

// One search box over every kind of record: case-, diacritic-, đ- and tone-placement-insensitive, prefix matching
// as you type, exact lookups for citizen ids and codes, never an error for what a person types.
class SearchService
{
public:
    static constexpr qsizetype kMaxQueryLength = 200;
    explicit SearchService(Store &store) : m_store(store) {}

    Result<SearchResult> search(const Session &actor, const SearchQuery &query);

    // The FTS5 query for `text`: every word quoted (FTS syntax in the input is data), the last one a prefix.
    // Empty when there is nothing to search for.
    static QString ftsQuery(const QString &text);

private:
    Result<void> checkFilters(SearchQuery &query);

    Store &m_store;
};

} // namespace MotCua
