#pragma once

#include "store/database.h"
#include "util/result.h"

namespace MotCua {

// One searchable record. Adding a kind of record (incoming or outgoing documents, attachment text) is one
// documentFor...() function that reads its projection row, and one call where the projector writes that row.
struct SearchDocument
{
    QString kind;   // dossier, applicant, procedure
    QString ref;    // the record's id
    QString title;  // display text, diacritics kept
    QString body;
};

namespace SearchIndex {
inline const QString Dossier = QStringLiteral("dossier");
inline const QString Applicant = QStringLiteral("applicant");
inline const QString Procedure = QStringLiteral("procedure");

// Inserts or replaces the document of (kind, ref), with its folded text in the FTS table.
Result<void> upsert(Db::Database &db, const SearchDocument &doc);

// Rebuild the document of one record from its projection row (and, for applicants, their sort key).
Result<void> indexDossier(Db::Database &db, const QString &id);
Result<void> indexApplicant(Db::Database &db, const QString &id);
Result<void> indexProcedure(Db::Database &db, const QString &code);

// Rebuilds the whole index from the projection rows (inside the caller's transaction). Returns the documents made.
Result<qint64> rebuildAll(Db::Database &db);
} // namespace SearchIndex

} // namespace MotCua
