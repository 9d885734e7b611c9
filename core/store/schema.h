#pragma once

#include "core/store/database.h"

#include <span>

namespace MotCua::Db
{

// Ordered schema migrations. Never edit a shipped step: add a new one.
std::span<const Migration> migrations();

// The CREATE statement of the search index's FTS5 table.
const char *searchFtsSchema();

// The projection tables, in the order rebuild clears them (children first).
std::span<const char *const> projectionTables();

} // namespace MotCua::Db
