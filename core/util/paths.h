#pragma once

#include <QString>

namespace MotCua::Paths
{

// The data directory (store, attachments, logs): --data-dir, else MOTCUA_DATA_DIR, else the platform's
// AppLocalDataLocation (~/.local/share/MotCua/MotCua Desk on Linux). The only caller of QStandardPaths.
QString dataDir(const QString &overrideDir = {});
QString logDir(const QString &dataDir);
QString settingsFile(const QString &dataDir);

// Every file and folder this process creates is for its user only (umask 077): the store, its -wal, logs, backups
// and bundles hold citizens' personal data. Called first thing by each program's main().
void restrictNewFilesToOwner();

} // namespace MotCua::Paths
