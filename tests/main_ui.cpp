#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // before QApplication
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("motcua-tests")); // never the real settings
    QApplication::setApplicationName(QStringLiteral("motcua-tests"));
    // Device tokens in files, never in the keychain of the desktop the tests run on (the keychain test starts a
    // session of its own).
    qputenv("MOTCUA_TOKEN_STORE", "file");
    return Catch::Session().run(argc, argv);
}
