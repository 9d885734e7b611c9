#pragma once

#include "core/store/database.h"
#include "core/util/result.h"

#include <QStringList>

namespace MotCua
{

// One searchable record. Adding a kind of record (incoming or outgoing documents, attachment text) is one entry in
// searchindex.cpp's kSources (its rowid slot, the projection row's columns and how they make a document), and one
// call where the projector writes that row.
struct SearchDocument
{
    QString kind;  // dossier, applicant, procedure
    QString ref;   // the record's id
    QString title; // display text, diacritics kept
    QString body;
};

namespace SearchIndex
{
inline const QString Dossier = QStringLiteral("dossier");
inline const QString Applicant = QStringLiteral("applicant");
inline const QString Procedure = QStringLiteral("procedure");
inline const QString Incoming = QStringLiteral("incoming");
inline const QString Outgoing = QStringLiteral("outgoing");

// Every kind of record has its documents in its own range of rowids [rangeStart, rangeEnd), oldest first, so a
// search asks FTS5 for the newest matches of each kind directly (a rowid range is a seek in FTS5), and a kind with
// few records is never crowded out by one with a million. A new kind takes the next free slot.
qint64 rangeStart(const QString &kind);
qint64 rangeEnd(const QString &kind);
// The kinds, in the order results are grouped (dossiers first). Their ranges run the other way, so "newest first"
// over every kind (keyset paging) also gives dossiers first.
QStringList kinds();
// The position of `kind` in kinds(), for grouping results; unknown kinds last.
int kindOrder(const QString &kind);

// Inserts or replaces the document of (kind, ref), with its folded text in the FTS table and its words in the
// vocabulary.
Result<void> upsert(Db::Database &db, const SearchDocument &doc);

// Rebuild the document of one record from its projection row (and, for applicants, their sort key).
Result<void> indexDossier(Db::Database &db, const QString &id);
Result<void> indexApplicant(Db::Database &db, const QString &id);
Result<void> indexProcedure(Db::Database &db, const QString &code);
// Any kind's record, from its projection row (incoming and outgoing documents).
Result<void> indexRecord(Db::Database &db, const QString &kind, const QString &ref);

// Rebuilds the whole index from the projection rows (inside the caller's transaction), reading each projection
// table once. Returns the documents made.
Result<qint64> rebuildAll(Db::Database &db);

// The vocabulary: the indexed words (those with a letter; numbers are left to FTS5's own prefix search) that start
// with `prefix`, at most `max` + 1 of them so the caller can tell "more than max". Words of earlier versions of a
// record may remain until the next rebuild; they only ever widen a search to words that match nothing.
Result<QStringList> wordsStartingWith(Db::Database &db, const QString &prefix, int max);
} // namespace SearchIndex

} // namespace MotCua
