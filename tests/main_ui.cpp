#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "tests/support/testenv.h"

#include <QApplication>

int main(int argc, char **argv)
{
    MotCua::Test::setTestEnvironment();      // before the application reads the locale
    qputenv("QT_QPA_PLATFORM", "offscreen"); // before QApplication
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("motcua-tests")); // never the real settings
    QApplication::setApplicationName(QStringLiteral("motcua-tests"));
    return Catch::Session().run(argc, argv);
}
