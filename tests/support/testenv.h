#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace MotCua::Test
{

// What every test program runs under, whatever the shell that started it has: the C locale in UTF-8 (so that a
// developer's vi_VN locale changes no result, and the programs the tests start inherit it), quiet logs, device tokens
// in files (never in the keychain of the desktop the tests run on; the keychain test starts a session of its own).
// Set here rather than as ctest's ENVIRONMENT: catch_discover_tests splits a list of variables into properties of
// their own.
inline void setTestEnvironment()
{
    qunsetenv("LANGUAGE");
    qunsetenv("MOTCUA_LANG");
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("MOTCUA_TOKEN_STORE", "file");
    if (qEnvironmentVariableIsEmpty("MOTCUA_LOG_LEVEL"))
        qputenv("MOTCUA_LOG_LEVEL", "warn");
}

} // namespace MotCua::Test
