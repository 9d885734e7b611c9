#pragma once

#include "core/services/session.h"
#include "core/store/store.h"

#include <QTemporaryDir>

#include <memory>

namespace MotCua::Test
{

inline const QString kAdminPassword = QStringLiteral("correct horse 1");
inline const QString kCommune = QStringLiteral("00004"); // Phường Ba Đình, Hà Nội

// A fresh store in its own temporary directory, set up for a commune with an administrator.
struct TempStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Session admin;

    explicit TempStore(bool initialise = true);
    // Closes and reopens the store from disk (as a restart would).
    void reopen();
    Session createUser(const QString &username, QList<Role> roles);
};

} // namespace MotCua::Test

#include <catch2/catch.hpp>

namespace Catch
{
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
