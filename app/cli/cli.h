#pragma once

#include <QStringList>

namespace MotCua::Cli
{

// Runs one motcua-cli invocation (arguments without the program name). Returns the process exit code:
// 0 success, 2 bad usage or bad input (nothing changed), 1 any other failure. See ../shared/design/CLI.md.
int run(const QStringList &args);

// Whether the command prints (register ..., incoming slip ...): main() then makes a QGuiApplication, which QPdfWriter
// and the fonts need, instead of a QCoreApplication. `args` without the program name.
bool needsPrinting(const QStringList &args);

} // namespace MotCua::Cli
