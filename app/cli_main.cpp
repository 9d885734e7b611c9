#include "app/cli/cli.h"
#include "core/domain/text.h"
#include "core/util/log.h"
#include "core/util/paths.h"

#include <QCoreApplication>
#ifdef MOTCUA_CLI_PRINT
#include <QApplication>
#endif

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    MotCua::Paths::restrictNewFilesToOwner();
    // Arguments that are not UTF-8 would become U+FFFD and be stored so: refused instead.
    for (int i = 1; i < argc; ++i) {
        if (!MotCua::Text::isValidUtf8(QByteArrayView(argv[i]))) {
            std::fprintf(stderr, "motcua-cli: argument %d is not valid UTF-8 text\n", i);
            return 2;
        }
    }
    std::unique_ptr<QCoreApplication> app;
#ifdef MOTCUA_CLI_PRINT
    // Printing paints with fonts (QtGui), and a report's charts with Qt Charts' graphics widgets (a QApplication);
    // the other commands stay on QtCore. No display is needed.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromUtf8(argv[i]);
    if (MotCua::Cli::needsPrinting(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's start-up notes (no XDG_RUNTIME_DIR on a server, ...) would break the one-line-on-stderr
        // rule; only errors get through until Log::init sends Qt's messages to the store's log.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "motcua-cli: %s\n", message.toLocal8Bit().constData());
        });
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int rc = MotCua::Cli::run(args);
    MotCua::Log::shutdown();
    return rc;
}
