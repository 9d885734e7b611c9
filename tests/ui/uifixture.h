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

// Two counters of one commune: A as UiStore sets it up, B joined from A's bundle (BundleService::join, into a data
// folder of its own), each with its administrator's session; bundles go through a "USB stick" folder.
struct TwoCounters
{
    TwoCounters();
    UiStore a;
    QTemporaryDir bHome;
    std::unique_ptr<Store> b;
    Session bAdmin;
    QTemporaryDir usb;

    // A bundle of `store` written into the USB folder as `name`; the test stops when it fails.
    QString bundleOf(Store &store, const Session &who, const QString &name);
    // B takes A's bundle in, then A takes B's.
    void exchange();
    // One needs-attention item of each kind, made offline on both counters, then (with `exchangeAfter`) exchanged
    // both ways: the result of one dossier returned on both (its code is returned), the user name "ngan" created on
    // both, and one dossier code given on both (B is given A's code tag before it writes anything).
    QString makeClashes(bool exchangeAfter = true);
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
