#pragma once

#include <QString>

namespace MotCua::Paths
{

// The data directory (store, attachments, logs): --data-dir, else MOTCUA_DATA_DIR, else the platform's
// AppLocalDataLocation (~/.local/share/MotCua/MotCua Desk on Linux). The only caller of QStandardPaths.
QString dataDir(const QString &overrideDir = {});
QString logDir(const QString &dataDir);
QString settingsFile(const QString &dataDir);

} // namespace MotCua::Paths
