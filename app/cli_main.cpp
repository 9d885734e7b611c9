#include "app/cli/cli.h"
#include "core/domain/text.h"
#include "core/util/log.h"
#include "core/util/paths.h"

#include <QCoreApplication>

#include <cstdio>

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int rc = MotCua::Cli::run(args);
    MotCua::Log::shutdown();
    return rc;
}
