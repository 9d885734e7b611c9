#include "app/province/province.h"
#include "core/util/log.h"
#include "core/util/paths.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    MotCua::Paths::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua-province"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int rc = MotCua::ProvinceCli::run(args);
    MotCua::Log::shutdown();
    return rc;
}
