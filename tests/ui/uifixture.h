#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <memory>

#include "core/services/session.h"
#include "core/store/store.h"

class QWidget;

namespace MotCua::Test
{

inline constexpr auto kCommune = "00004";
inline constexpr auto kAdmin = "admin";
inline constexpr auto kPassword = "correct horse 1";

// A fresh store in a temporary directory, set up for commune 00004 with an administrator, and that person's session.
struct UiStore
{
    UiStore();
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Session session;
};

// Spins the event loop until `pred` holds or `timeout` passes; returns the last value of `pred`.
bool waitUntil(const std::function<bool()> &pred, std::chrono::milliseconds timeout = std::chrono::seconds(2));

// The child of `parent` named `name`; the test stops (naming it) when there is none.
template <typename T> T *child(QObject &parent, const QString &name)
{
    T *w = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

// QTest::keyClicks only knows ASCII: this also types Vietnamese letters (as key events carrying text).
void typeText(QWidget *widget, const QString &text);

} // namespace MotCua::Test

namespace Catch
{
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
