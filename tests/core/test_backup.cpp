#include "core/services/backupservice.h"
#include "core/services/dossierservice.h"
#include "core/services/setupservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
void receiveSome(TempStore &t, int n)
{
    DossierService dossiers(*t.store);
    for (int i = 0; i < n; ++i) {
        ReceiveRequest r;
        r.procedureCode = QStringLiteral("1.001193");
        r.applicantName = QStringLiteral("Lương Thị Hạnh");
        r.citizenId = QStringLiteral("001190%1").arg(i, 6, 10, QLatin1Char('0'));
        REQUIRE(dossiers.receive(t.admin, r).has_value());
    }
}
Dossier receiveOne(Store &store, const Session &actor)
{
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = QStringLiteral("Đặng Thu Trang");
    auto d = DossierService(store).receive(actor, r);
    REQUIRE(d.has_value());
    return *d;
}
} // namespace

TEST_CASE("Backup and restore round trip gives the same canonical export", "[backup]")
{
    TempStore t;
    receiveSome(t, 12);
    QTemporaryDir usb;
    BackupService backups(*t.store);
    auto info = backups.backup(t.admin, usb.filePath(QStringLiteral("motcua-backups")));
    REQUIRE(info.has_value());
    CHECK(info->ok());
    CHECK(info->events == *t.store->log().count());
    CHECK(info->dossiers == 12);
    CHECK(info->communeCode == kCommune);
    CHECK(info->communeName.startsWith(QStringLiteral("Phường Ba Đình")));

    // The preview reads the file without changing it.
    auto preview = BackupService::inspect(info->path);
    REQUIRE(preview.has_value());
    CHECK(preview->events == info->events);

    QTemporaryDir newPc;
    const QString dataDir = newPc.filePath(QStringLiteral("data"));
    auto restored = BackupService::restore(info->path, dataDir, BackupService::RestoreAs::Replacement);
    REQUIRE(restored.has_value());
    auto reopened = Store::open(dataDir, false);
    REQUIRE(reopened.has_value());
    CHECK(*(*reopened)->exportCanonical() == *t.store->exportCanonical());
    CHECK((*reopened)->verify()->ok());
    // A replacement takes over the old PC's identity ...
    CHECK((*reopened)->deviceId() == t.store->deviceId());
    CHECK((*reopened)->deviceTag() == t.store->deviceTag());

    SECTION("a copy becomes a counter of its own: a new device id and code tag, never the old chain")
    {
        const QString copyDir = newPc.filePath(QStringLiteral("copy"));
        REQUIRE(BackupService::restore(info->path, copyDir, BackupService::RestoreAs::Copy).has_value());
        auto copy = Store::open(copyDir, false);
        REQUIRE(copy.has_value());
        CHECK((*copy)->deviceId() != t.store->deviceId());
        CHECK((*copy)->deviceTag() != t.store->deviceTag());
        CHECK(*(*copy)->exportCanonical() == *t.store->exportCanonical());
        // Its next dossier starts a chain of its own and carries its own tag.
        const Dossier d = receiveOne(**copy, t.admin);
        CHECK(d.code.contains(u'.' + (*copy)->deviceTag() + u'-'));
        auto devices = (*copy)->db().scalarInt(QStringLiteral("SELECT count(*) FROM device_heads"));
        CHECK(*devices == 2);
        CHECK((*copy)->verify()->ok());
    }

    SECTION("restore never overwrites a store")
    {
        auto again = BackupService::restore(info->path, dataDir, BackupService::RestoreAs::Copy);
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == Error::Code::Conflict);
        auto live = BackupService::restore(info->path, t.dir.path(), BackupService::RestoreAs::Copy);
        REQUIRE_FALSE(live.has_value());
        CHECK(*t.store->log().count() == info->events);
    }
    SECTION("only administrators make backups")
    {
        const Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
        CHECK(backups.backup(receptionist, usb.path()).error().code == Error::Code::Forbidden);
    }
}

TEST_CASE("Retention keeps the newest backups", "[backup]")
{
    TempStore t;
    QTemporaryDir usb;
    BackupService backups(*t.store);
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        receiveSome(t, 0);
        auto info = backups.backup(t.admin, usb.path());
        REQUIRE(info.has_value());
        made.append(info->path);
    }
    auto deleted = backups.prune(t.admin, usb.path(), 2);
    REQUIRE(deleted.has_value());
    CHECK(deleted->size() == 2);
    CHECK(QFile::exists(made.at(2)));
    CHECK(QFile::exists(made.at(3)));
    CHECK_FALSE(QFile::exists(made.at(0)));
    CHECK_FALSE(QFile::exists(made.at(1)));
}

TEST_CASE("A damaged backup is reported and never restored", "[backup]")
{
    TempStore t;
    receiveSome(t, 5);
    QTemporaryDir usb;
    auto info = BackupService(*t.store).backup(t.admin, usb.path());
    REQUIRE(info.has_value());
    QFile f(info->path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // Overwrite pages in the middle of the file with random bytes.
    for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 20000 && i < bytes.size(); ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    f.seek(0);
    f.write(bytes);
    f.close();
    auto inspected = BackupService::inspect(info->path);
    if (inspected.has_value())
        CHECK_FALSE(inspected->ok());
    QTemporaryDir target;
    CHECK_FALSE(BackupService::restore(info->path, target.filePath(QStringLiteral("d")), BackupService::RestoreAs::Copy)
                    .has_value());
    CHECK_FALSE(QFile::exists(target.filePath(QStringLiteral("d/motcua.db"))));
}

TEST_CASE("A corrupted store file is reported, never replaced by an empty store", "[backup][recovery]")
{
    QTemporaryDir dir;
    {
        TempStore t(false);
        REQUIRE(Store::open(dir.path()).has_value());
    }
    const QString dbFile = QDir(dir.path()).filePath(QStringLiteral("motcua.db"));
    SECTION("random bytes")
    {
        QFile f(dbFile);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray junk(64 * 1024, '\0');
        for (auto &c : junk)
            c = char(QRandomGenerator::global()->bounded(256));
        f.write(junk);
        f.close();
        auto opened = Store::open(dir.path(), true);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == Error::Code::Corrupt);
        QFile again(dbFile);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == junk); // untouched, for the recovery screen
    }
    SECTION("truncated")
    {
        {
            auto s = Store::open(dir.path(), true);
            REQUIRE(s.has_value());
            REQUIRE(SetupService(**s).initialise({kCommune, QStringLiteral("admin"), kAdminPassword, {}}).has_value());
        }
        QFile::remove(dbFile + QStringLiteral("-wal"));
        QFile::remove(dbFile + QStringLiteral("-shm"));
        QFile f(dbFile);
        const qint64 size = f.size();
        REQUIRE(f.resize(size / 2));
        auto opened = Store::open(dir.path(), true);
        if (opened.has_value()) {
            // SQLite may open a truncated file lazily; the start-up check finds the damage.
            auto problems = (*opened)->quickCheck();
            CHECK((!problems.has_value() || !problems->isEmpty()));
        } else {
            CHECK(opened.error().code == Error::Code::Corrupt);
        }
        CHECK(QFileInfo(dbFile).size() == size / 2);
    }
}

TEST_CASE("A full disk fails the command with a clear error and the store stays consistent", "[backup][diskfull]")
{
    TempStore t;
    receiveSome(t, 3);
    const qint64 before = *t.store->log().count();
    const QByteArray exportBefore = *t.store->exportCanonical();
    // Simulate a full disk: the database may not grow beyond its current size.
    auto pages = t.store->db().scalarInt(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.has_value());
    REQUIRE(t.store->db()
                .execScript(QByteArray("PRAGMA max_page_count=" + QByteArray::number(*pages) + ";").constData())
                .has_value());
    DossierService dossiers(*t.store);
    int failures = 0;
    for (int i = 0; i < 200 && failures == 0; ++i) {
        ReceiveRequest r;
        r.procedureCode = QStringLiteral("1.001193");
        r.applicantName = QStringLiteral("Tô Văn Đầy");
        r.citizenId = QStringLiteral("001188%1").arg(i, 6, 10, QLatin1Char('0'));
        r.address = QString(250, u'x');
        auto d = dossiers.receive(t.admin, r);
        if (!d) {
            ++failures;
            INFO(d.error().message.toStdString());
            CHECK(d.error().code == Error::Code::Io);
            CHECK(d.error().message.contains(QStringLiteral("full"), Qt::CaseInsensitive));
        }
    }
    REQUIRE(failures == 1);
    // While the disk is full the chains can still be read and hold.
    auto chains = t.store->log().verify();
    REQUIRE(chains.has_value());
    CHECK(chains->isEmpty());
    // Space freed: the full check (which rebuilds the projections in a rolled-back transaction) passes.
    REQUIRE(t.store->db().execScript("PRAGMA max_page_count=1073741823;").has_value());
    auto report = t.store->verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());
    CHECK(*t.store->log().count() >= before);
    // Every dossier that was acknowledged is there; the failed one left nothing behind.
    CHECK(*t.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) ==
          *t.store->log().count() - (before - 3));
    CHECK_FALSE(exportBefore.isEmpty());
}

#include "core/services/settingsservice.h"

TEST_CASE("The daily backup runs once a day after its hour, triggered by whoever is signed in", "[backup][schedule]")
{
    TempStore t;
    receiveSome(t, 2);
    const Session receptionist = t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    QTemporaryDir usb;
    BackupService backups(*t.store);
    const QDateTime today = QDateTime::currentDateTimeUtc();
    // Not configured: nothing.
    CHECK_FALSE(backups.scheduledBackup(receptionist, today)->has_value());
    REQUIRE(SettingsService(*t.store).setLocal(t.admin, {usb.path(), 3, 0, 10}).has_value());
    // A receptionist cannot back up by hand ...
    CHECK(backups.backup(receptionist, usb.path()).error().code == Error::Code::Forbidden);
    // ... but the administrator's daily instruction runs under their session, once a day.
    auto first = backups.scheduledBackup(receptionist, today);
    REQUIRE(first.has_value());
    REQUIRE(first->has_value());
    CHECK((*first)->ok());
    CHECK((*first)->path.startsWith(usb.path()));
    CHECK_FALSE(backups.scheduledBackup(receptionist, today)->has_value());
    REQUIRE(SettingsService(*t.store).setLocal(t.admin, {usb.path(), 3, 23, 10}).has_value());
    CHECK_FALSE(
        backups.scheduledBackup(receptionist, QDateTime(QDate(2030, 1, 1), QTime(9, 0), Time::vietnam()))->has_value());
}
