#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("motcua-tests")); // never the real settings
    QCoreApplication::setApplicationName(QStringLiteral("motcua-tests"));
    // Device tokens in files, never in the keychain of the desktop the tests run on (the keychain test starts a
    // session of its own).
    qputenv("MOTCUA_TOKEN_STORE", "file");
    return Catch::Session().run(argc, argv);
}
