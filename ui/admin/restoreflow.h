#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace MotCua
{
struct BackupInfo;
}

namespace MotCua::Ui
{

// Restoring a backup, shared by the administration page and the recovery screen: choose the backup file, read what
// it holds (BackupService::inspect) and show it, choose a NEW empty data folder, BackupService::restore. The live
// store is never touched.
class RestoreFlow final
{
    Q_DECLARE_TR_FUNCTIONS(RestoreFlow)

public:
    // What a backup holds, as rich text for a preview: commune, counts, last change, the check.
    static QString describe(const BackupInfo &info);
    // The whole dialogue over `parent`, the file chooser opening in `backupFolder` (the configured one) when given.
    // It asks whether the restored store replaces the PC the backup came from or is a copy (a new counter with its
    // own device id). Returns the data folder restored into, or an empty string (cancelled, or the failure shown).
    static QString run(QWidget *parent, const QString &backupFolder = {});
    // How to start MotCua with the restored data folder.
    static QString howToStart(const QString &dataDir);
};

} // namespace MotCua::Ui
