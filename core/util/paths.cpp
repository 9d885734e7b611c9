#include "core/util/paths.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <QDir>
#include <QStandardPaths>

namespace MotCua::Paths
{

QString dataDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    const QString env = qEnvironmentVariable("MOTCUA_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString logDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs"));
}

QString settingsFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    ::umask(0077);
#endif
}

} // namespace MotCua::Paths
