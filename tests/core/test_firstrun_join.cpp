// Joining a commune from the desktop's first-run dialog (issue 10): the data directory already holds the program's
// logs and settings and the empty store it opened for the dialog; the join takes that store's place, or leaves the
// directory exactly as it was.
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/dossierservice.h"
#include "core/util/paths.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}
} // namespace

TEST_CASE("A counter joins into the data folder the desktop prepared, or leaves it as it was", "[exchange][join]")
{
    TempStore a;
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.001193");
    request.applicantName = QStringLiteral("Phan Thị Thảo");
    REQUIRE(DossierService(*a.store).receive(a.admin, request).has_value());
    QTemporaryDir usb;
    auto bundle = BundleService(*a.store).exportTo(a.admin, usb.path());
    REQUIRE(bundle.has_value());

    // What the desktop leaves before its first-run dialog: logs, settings, and the empty store (closed again).
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data"));
    writeFile(QDir(Paths::logDir(dataDir)).filePath(QStringLiteral("motcua.log")), "started\n");
    writeFile(Paths::settingsFile(dataDir), "[general]\nlanguage=vi\n");
    {
        auto empty = Store::open(dataDir, true);
        REQUIRE(empty.has_value());
        REQUIRE_FALSE((*empty)->isInitialised());
    }
    const QStringList before = entries(dataDir);
    REQUIRE(before.contains(QStringLiteral("motcua.db")));

    SECTION("a wrong password: refused, and the folder holds what it held")
    {
        auto refused =
            BundleService::join(bundle->path, dataDir, QStringLiteral("admin"), QStringLiteral("sai mat khau"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::Auth);
        CHECK(entries(dataDir) == before);
        auto still = Store::open(dataDir, false);
        REQUIRE(still.has_value());
        CHECK_FALSE((*still)->isInitialised());
        CHECK(*(*still)->log().count() == 0);
    }
    SECTION("the administrator's password: the counter's store is in the folder, the logs and settings kept")
    {
        auto joined = BundleService::join(bundle->path, dataDir, QStringLiteral("admin"), kAdminPassword);
        INFO((joined ? QString() : joined.error().message).toStdString());
        REQUIRE(joined.has_value());
        CHECK(joined->store->dataDir() == QDir(dataDir).absolutePath());
        CHECK(joined->store->communeCode() == a.store->communeCode());
        CHECK(joined->store->deviceTag() != a.store->deviceTag());
        CHECK(joined->admin.username == QStringLiteral("admin"));
        CHECK(joined->import.added == *a.store->log().count());
        CHECK(*joined->store->exportCanonical() == *a.store->exportCanonical());
        // Nothing of the staging folder is left; the program's own files are.
        for (const QString &e : entries(dataDir))
            CHECK_FALSE(e.startsWith(u'.'));
        CHECK(QFile::exists(QDir(Paths::logDir(dataDir)).filePath(QStringLiteral("motcua.log"))));
        CHECK(QFile::exists(Paths::settingsFile(dataDir)));
        // It is a counter like any other: it works and opens again.
        ReceiveRequest here = request;
        here.applicantName = QStringLiteral("Đoàn Văn Kiên");
        auto received = DossierService(*joined->store).receive(joined->admin, here);
        REQUIRE(received.has_value());
        CHECK(received->code.contains(u'.' + joined->store->deviceTag() + u'-'));
        joined->store.reset();
        auto again = Store::open(dataDir, false);
        REQUIRE(again.has_value());
        CHECK((*again)->isInitialised());
        CHECK((*again)->verify()->ok());
    }
    SECTION("anything else in the folder, or a store that was set up, is refused and left alone")
    {
        writeFile(QDir(dataDir).filePath(QStringLiteral("ghi-chu.txt")), "Biên bản bàn giao\n");
        auto refused = BundleService::join(bundle->path, dataDir, QStringLiteral("admin"), kAdminPassword);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(QFile::exists(QDir(dataDir).filePath(QStringLiteral("ghi-chu.txt"))));
        QFile::remove(QDir(dataDir).filePath(QStringLiteral("ghi-chu.txt")));

        const QByteArray held = *a.store->exportCanonical();
        auto used = BundleService::join(bundle->path, a.store->dataDir(), QStringLiteral("admin"), kAdminPassword);
        REQUIRE_FALSE(used.has_value());
        CHECK(used.error().code == Error::Code::Conflict);
        CHECK(a.store->isInitialised());
        CHECK(*a.store->exportCanonical() == held);
    }
}
