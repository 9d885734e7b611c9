#pragma once

#include <QString>

class QApplication;

namespace MotCua::Ui
{

struct StartOptions
{
    QString dataDir; // empty: Paths::dataDir() decides (MOTCUA_DATA_DIR, then the platform location)
};

// The composition root of the desktop application: logging, settings, translations, the store, then the first-run
// setup, the sign-in and the main window. Returns the process exit code.
int runApplication(QApplication &app, const StartOptions &options);

} // namespace MotCua::Ui
