#pragma once

#include <QStringList>

namespace MotCua::ProvinceCli
{

// Runs one motcua-province invocation (arguments without the program name); the exit code as CLI.md says:
// 0 success, 2 bad usage or input, 1 any other failure. `serve` runs until SIGINT/SIGTERM.
int run(const QStringList &args);

} // namespace MotCua::ProvinceCli
