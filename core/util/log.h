#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>
#include <string_view>

namespace MotCua::Log
{

// Sets up a rotating file sink at <logDir>/motcua.log (5 MB x 5) and, when `toStderr`, a stderr sink.
// Forwards Qt messages into spdlog. Level: `level`, or MOTCUA_LOG_LEVEL when set.
// Never log personal data (names, citizen ids, phone numbers): log record ids instead.
void init(const QString &logDir, spdlog::level::level_enum level = spdlog::level::info, bool toStderr = false);

// The logger of one module ("db", "sync", "ui", "app", ...), named "motcua.<module>".
std::shared_ptr<spdlog::logger> get(std::string_view module);

void shutdown();

} // namespace MotCua::Log
