#include "app/cli/cli.h"
#include "core/util/log.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int rc = MotCua::Cli::run(args);
    MotCua::Log::shutdown();
    return rc;
}
