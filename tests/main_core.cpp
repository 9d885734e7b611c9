#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tests/support/testenv.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    MotCua::Test::setTestEnvironment(); // before the application reads the locale
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("motcua-tests")); // never the real settings
    QCoreApplication::setApplicationName(QStringLiteral("motcua-tests"));
    return Catch::Session().run(argc, argv);
}
