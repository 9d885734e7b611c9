#pragma once

#include "core/store/database.h"

#include <span>

namespace MotCua::Db
{

// Ordered schema migrations. Never edit a shipped step: add a new one.
std::span<const Migration> migrations();
// The newest schema version that changed what the projections hold: a store older than this has them rebuilt from
// the log after migrating (a migration that changes nothing projected, like version 7, costs no rebuild).
int lastProjectionChange();

// The CREATE statement of the search index's FTS5 table.
const char *searchFtsSchema();

// The projection tables, in the order rebuild clears them (children first).
std::span<const char *const> projectionTables();

} // namespace MotCua::Db
