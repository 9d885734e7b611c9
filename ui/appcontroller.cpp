#include "appcontroller.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

#include "application.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "setupdialog.h"
#include "store/store.h"
#include "util/log.h"
#include "util/paths.h"
#include "version.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

int runApplication(QApplication &app, const StartOptions &options)
{
    const QString dataDir = Paths::dataDir(options.dataDir);
#ifdef QT_DEBUG
    constexpr bool toStderr = true;
#else
    constexpr bool toStderr = false;
#endif
    const bool dirOk = QDir().mkpath(dataDir);
    Log::init(Paths::logDir(dataDir), spdlog::level::info, toStderr);
    static const auto log = Log::get("app");
    log->info("MotCua Desk {} starting", MOTCUA_VERSION);

    AppSettings settings(Paths::settingsFile(dataDir));
    installTranslations(app, settings.language());

    if (!dirOk) {
        QMessageBox::critical(
            nullptr, QApplication::translate("MotCua::Ui::AppController", "MotCua Desk"),
            QApplication::translate("MotCua::Ui::AppController", "The data folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(dataDir)));
        return 1;
    }

    auto store = Store::open(dataDir, true);
    if (!store) {
        log->error("cannot open the store in {}: {}", dataDir.toStdString(), store.error().message.toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("MotCua::Ui::AppController", "MotCua Desk"),
                              QApplication::translate("MotCua::Ui::AppController",
                                                      "The data store in %1 cannot be opened. Nothing was changed.\n\n"
                                                      "Details: %2")
                                  .arg(QDir::toNativeSeparators(dataDir), store.error().message));
        return 1;
    }
    Store &s = **store;

    QString username = settings.lastUsername();
    if (!s.isInitialised()) {
        SetupDialog setup(s);
        if (setup.exec() != QDialog::Accepted || !setup.result())
            return 0;
        username = setup.result()->admin.username;
    }

    LoginDialog login(s, username);
    if (login.exec() != QDialog::Accepted || !login.session())
        return 0;
    settings.setLastUsername(login.session()->username);
    log->info("user {} signed in", login.session()->userId.toStdString());

    MainWindow window(s, *login.session(), settings);
    window.show();
    const int code = QApplication::exec();
    log->info("MotCua Desk stopped");
    return code;
}

} // namespace MotCua::Ui
