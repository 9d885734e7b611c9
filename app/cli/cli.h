#pragma once

#include <QStringList>

namespace MotCua::Cli
{

// Runs one motcua-cli invocation (arguments without the program name). Returns the process exit code:
// 0 success, 2 bad usage or bad input (nothing changed), 1 any other failure. See ../shared/design/CLI.md.
int run(const QStringList &args);

} // namespace MotCua::Cli
