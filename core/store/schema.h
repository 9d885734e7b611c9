#pragma once

#include "store/database.h"

#include <span>

namespace MotCua::Db {

// Ordered schema migrations. Never edit a shipped step: add a new one.
std::span<const Migration> migrations();

// The projection tables, in the order rebuild clears them (children first).
std::span<const char *const> projectionTables();

} // namespace MotCua::Db
