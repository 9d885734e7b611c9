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
    // The whole dialogue over `parent`. Returns the data folder restored into, or an empty string (cancelled, or
    // the failure was shown).
    static QString run(QWidget *parent);
    // How to start MotCua with the restored data folder.
    static QString howToStart(const QString &dataDir);
};

} // namespace MotCua::Ui
