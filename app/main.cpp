// The desktop application: a thin main() over motcua_ui (ui/appcontroller.cpp is the composition root).
#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

#include "core/util/paths.h"
#include "ui/shell/appcontroller.h"
#include "version.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    MotCua::Paths::restrictNewFilesToOwner();
    // --version must answer without a display (CI smoke test), so look for it before the GUI starts.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("motcua %s\n", MOTCUA_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MotCua"_s);
    QApplication::setApplicationName(u"MotCua Desk"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(MOTCUA_VERSION));
    QApplication::setDesktopFileName(u"org.motcua.Desk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "MotCua Desk: the one-stop counter client of a commune."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           QApplication::translate("main", "Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QApplication::translate("main", "Keeps the store, settings and logs in <dir>."),
        QApplication::translate("main", "dir"));
    parser.addOption(dataDirOption);
    parser.process(app);

    MotCua::Ui::StartOptions options;
    options.dataDir = parser.value(dataDirOption);
    return MotCua::Ui::runApplication(app, options);
}
