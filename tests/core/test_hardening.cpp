// Data-safety holes and races found by trying the product (issue "Nothing lost, nothing wrong at the counter").
#include "core/services/authservice.h"
#include "core/services/backupservice.h"
#include "core/services/dossierservice.h"
#include "core/services/setupservice.h"
#include "core/store/schema.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <barrier>
#include <thread>
#include <vector>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
ReceiveRequest request(const QString &name, const QString &citizenId)
{
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = name;
    r.citizenId = citizenId;
    return r;
}

std::unique_ptr<Store> openAgain(const QString &dir)
{
    auto s = Store::open(dir, false);
    REQUIRE(s.has_value());
    return std::move(s.value());
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("The password policy refuses common passwords and simple patterns everywhere", "[hardening][accounts]")
{
    for (const char *weak :
         {"password", "12345678", "password123", "Password1234", "matkhau2026", "MatKhau@123", "qwertyuiop",
          "aaaaaaaaaaaa", "abcdefghijk", "9876543210", "abcabcabcabc", "1212121212", "anh yeu em 123", "short"}) {
        INFO("password: " << weak);
        CHECK_FALSE(AuthService::checkPasswordPolicy(QString::fromUtf8(weak)).has_value());
    }
    for (const char *good : {"hoa sen trong dam", "correct horse 1", "Gió mùa đông bắc 7", "ba con meo trang"}) {
        INFO("password: " << good);
        CHECK(AuthService::checkPasswordPolicy(QString::fromUtf8(good)).has_value());
    }
    TempStore t;
    AuthService auth(*t.store);
    auto weakUser = auth.createUser(t.admin, {QStringLiteral("thuha"),
                                              QStringLiteral("Lê Thu Hà"),
                                              QStringLiteral("matkhau123"),
                                              {Role::Receptionist},
                                              {},
                                              false});
    REQUIRE_FALSE(weakUser.has_value());
    CHECK(weakUser.error().field == QStringLiteral("password_common"));
    CHECK(auth.resetPassword(t.admin, QStringLiteral("admin"), QStringLiteral("1234567890")).error().code ==
          Error::Code::Invalid);
    CHECK(auth.changePassword(t.admin, kAdminPassword, QStringLiteral("qwerty123456")).error().code ==
          Error::Code::Invalid);
    QTemporaryDir dir;
    auto fresh = Store::open(dir.path());
    REQUIRE(fresh.has_value());
    CHECK(SetupService(**fresh)
              .initialise({kCommune, QStringLiteral("admin"), QStringLiteral("password1234"), {}})
              .error()
              .code == Error::Code::Invalid);
    CHECK(AuthService(**fresh).authenticate(QString(), QStringLiteral("anything at all")).error().code ==
          Error::Code::Auth);
}

TEST_CASE("Parallel sign-in attempts are counted one by one: the lockout cannot be raced", "[hardening][accounts]")
{
    TempStore t;
    t.createUser(QStringLiteral("tiepnhan"), {Role::Receptionist});
    const QString dir = t.dir.path();
    // Twelve attempts started together, each on its own connection as twelve processes would: eleven wrong, the
    // right one last in the list.
    constexpr int kAttempts = 12;
    std::vector<std::unique_ptr<Store>> stores;
    for (int i = 0; i < kAttempts; ++i)
        stores.push_back(openAgain(dir));
    std::barrier start(kAttempts);
    std::atomic<int> checked{0};
    std::atomic<int> locked{0};
    std::atomic<bool> rightAccepted{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kAttempts; ++i) {
        threads.emplace_back([&, i] {
            AuthService auth(*stores[size_t(i)]);
            const QString pw =
                i == kAttempts - 1 ? QStringLiteral("password-of-tiepnhan") : QStringLiteral("sai mat khau %1").arg(i);
            start.arrive_and_wait();
            auto r = auth.authenticate(QStringLiteral("tiepnhan"), pw);
            if (r)
                rightAccepted = true;
            else if (r.error().field == QStringLiteral("locked"))
                ++locked;
            if (r || r.error().field != QStringLiteral("locked"))
                ++checked;
        });
    }
    for (auto &th : threads)
        th.join();
    // At most kFreeAttempts passwords were checked; the rest were refused unchecked.
    CHECK(checked.load() <= AuthService::kFreeAttempts);
    CHECK(locked.load() >= kAttempts - AuthService::kFreeAttempts);
    if (!rightAccepted)
        CHECK(AuthService(*t.store).lockedUntil(QStringLiteral("tiepnhan"))->has_value());
}

TEST_CASE("Two counters receiving the same citizen and procedure at once: exactly one passes", "[hardening][dossier]")
{
    TempStore t;
    const QString dir = t.dir.path();
    for (int round = 0; round < 20; ++round) {
        auto a = openAgain(dir);
        auto b = openAgain(dir);
        const QString citizen = QStringLiteral("0010950%1").arg(round, 5, 10, QLatin1Char('0'));
        std::barrier start(2);
        Result<Dossier> ra = Error::invalid(QString());
        Result<Dossier> rb = Error::invalid(QString());
        std::thread ta([&] {
            start.arrive_and_wait();
            ra = DossierService(*a).receive(t.admin, request(QStringLiteral("Hoàng Văn Tú"), citizen));
        });
        std::thread tb([&] {
            start.arrive_and_wait();
            rb = DossierService(*b).receive(t.admin, request(QStringLiteral("Hoàng Văn Tú"), citizen));
        });
        ta.join();
        tb.join();
        INFO("round " << round);
        REQUIRE(ra.has_value() != rb.has_value());
        const Error &warned = ra ? rb.error() : ra.error();
        CHECK(warned.code == Error::Code::Conflict);
        CHECK(warned.field == QStringLiteral("duplicate"));
    }
    CHECK(*t.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 20);
}

TEST_CASE("A foreign or empty motcua.db is refused and left byte for byte", "[hardening][store]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("motcua.db"));
    SECTION("another program's SQLite file")
    {
        auto other = Db::Database::open(path);
        REQUIRE(other.has_value());
        REQUIRE(other->execScript(
            "PRAGMA journal_mode=DELETE; CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');"));
    }
    SECTION("a 0-byte file")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    SECTION("a SQLite file of another program with its own application id")
    {
        auto other = Db::Database::open(path);
        REQUIRE(other.has_value());
        REQUIRE(other->execScript("PRAGMA journal_mode=DELETE; PRAGMA application_id=1234; CREATE TABLE meta (k);"
                                  " CREATE TABLE events (k); CREATE TABLE device_heads (k); PRAGMA user_version=3;"));
    }
    const QByteArray before = bytesOf(path);
    auto opened = Store::open(dir.path(), true);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().field == QStringLiteral("not_a_store"));
    CHECK(opened.error().message.contains(QStringLiteral("not a MotCua store")));
    CHECK(bytesOf(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("motcua.db")});
}

TEST_CASE("A new store says it is one (application_id) and an older one still opens", "[hardening][store]")
{
    TempStore t;
    CHECK(*t.store->db().scalarInt(QStringLiteral("PRAGMA application_id")) == Store::kApplicationId);
    // A store written before version 7 (application_id 0, schema 6) is recognised by its tables, migrated, and
    // gets its id.
    QTemporaryDir old;
    {
        auto db = Db::Database::open(QDir(old.path()).filePath(QStringLiteral("motcua.db")));
        REQUIRE(db.has_value());
        REQUIRE(db->migrate(Db::migrations().first(6)).has_value());
        REQUIRE(db->userVersion() == 6);
    }
    auto opened = Store::open(old.path(), false);
    REQUIRE(opened.has_value());
    CHECK(*(*opened)->db().scalarInt(QStringLiteral("PRAGMA application_id")) == Store::kApplicationId);
    CHECK((*opened)->db().userVersion() == Db::migrations().back().version);
}

TEST_CASE("A damaged store takes no changes until a check passes, and reads still work", "[hardening][store]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    REQUIRE(
        dossiers.receive(t.admin, request(QStringLiteral("Bùi Thị Hiền"), QStringLiteral("001190111222"))).has_value());
    // Another process (or the window's start-up check) found the file damaged and left its mark.
    {
        QFile marker(QDir(t.dir.path()).filePath(QLatin1String(Store::kDamagedMarker)));
        REQUIRE(marker.open(QIODevice::WriteOnly));
        marker.write("*** in database main ***\nPage 7: btreeInitPage() returns error code 11");
    }
    t.reopen();
    REQUIRE(t.store->writeBlock().has_value());
    CHECK(t.store->writeBlock()->reason == WriteBlock::Reason::Damaged);
    auto refused = DossierService(*t.store).receive(
        t.admin, request(QStringLiteral("Bùi Thị Hiền"), QStringLiteral("001190333444")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Corrupt);
    CHECK(refused.error().message.contains(QStringLiteral("damaged")));
    CHECK(*DossierService(*t.store).count(t.admin, {}) == 1);
    CHECK(t.store->exportCanonical().has_value());
    // The file is actually sound: a passing check lifts the mark.
    REQUIRE(t.store->quickCheck()->isEmpty());
    CHECK_FALSE(t.store->writeBlock().has_value());
    CHECK(DossierService(*t.store)
              .receive(t.admin, request(QStringLiteral("Bùi Thị Hiền"), QStringLiteral("001190333444")))
              .has_value());
}

TEST_CASE("Acknowledged events lost with a deleted -wal are detected and nothing is numbered twice",
          "[hardening][store]")
{
    TempStore t;
    const QString dir = t.dir.path();
    const QString wal = t.store->databasePath() + QStringLiteral("-wal");
    REQUIRE(DossierService(*t.store)
                .receive(t.admin, request(QStringLiteral("Ngô Văn Lực"), QStringLiteral("001090200001")))
                .has_value());
    REQUIRE(t.store->db().execScript("PRAGMA wal_checkpoint(TRUNCATE);"));
    // Two more dossiers acknowledged, still only in the -wal file.
    auto second = DossierService(*t.store).receive(
        t.admin, request(QStringLiteral("Ngô Văn Lực"), QStringLiteral("001090200002")));
    auto third = DossierService(*t.store).receive(
        t.admin, request(QStringLiteral("Ngô Văn Lực"), QStringLiteral("001090200003")));
    REQUIRE(second.has_value());
    REQUIRE(third.has_value());

    SECTION("the process that wrote them saves them into the main file at its next write")
    {
        REQUIRE(QFile::remove(wal));
        auto fourth = DossierService(*t.store).receive(
            t.admin, request(QStringLiteral("Ngô Văn Lực"), QStringLiteral("001090200004")));
        REQUIRE(fourth.has_value());
        t.store.reset();
        auto later = openAgain(dir);
        CHECK_FALSE(later->writeBlock().has_value());
        CHECK(*later->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 4);
        CHECK(later->verify()->ok());
    }
    SECTION("a store opened without them refuses writes, verify names the gap, and an accepted loss renumbers")
    {
        // What another process finds when the -wal file is gone: the main file as of the last checkpoint (copied
        // while this process still holds the -wal open, so closing it cannot checkpoint them in).
        QTemporaryDir other;
        REQUIRE(QFile::copy(QDir(dir).filePath(QStringLiteral("motcua.db")),
                            QDir(other.path()).filePath(QStringLiteral("motcua.db"))));
        REQUIRE(QFile::copy(QDir(dir).filePath(QLatin1String(Store::kHeadFile)),
                            QDir(other.path()).filePath(QLatin1String(Store::kHeadFile))));
        t.store.reset();
        auto lost = openAgain(other.path());
        REQUIRE(lost->writeBlock().has_value());
        CHECK(lost->writeBlock()->reason == WriteBlock::Reason::EventsLost);
        auto refused = DossierService(*lost).receive(
            t.admin, request(QStringLiteral("Ngô Văn Lực"), QStringLiteral("001090200009")));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("events_lost"));
        auto report = lost->verify();
        REQUIRE(report.has_value());
        CHECK_FALSE(report->ok());
        REQUIRE_FALSE(report->journalProblems.isEmpty());
        CHECK(report->journalProblems.first().contains(QStringLiteral("missing")));

        const QString oldTag = lost->deviceTag();
        REQUIRE(MaintenanceService(*lost).acceptLostEvents(t.admin).has_value());
        CHECK(lost->deviceTag() != oldTag);
        auto next = DossierService(*lost).receive(
            t.admin, request(QStringLiteral("Ngô Văn Lực"), QStringLiteral("001090200009")));
        REQUIRE(next.has_value());
        // The lost dossiers' codes are never given again: the new device numbers with its own tag.
        CHECK(next->code != second->code);
        CHECK(next->code != third->code);
        CHECK(next->code.contains(u'.' + lost->deviceTag() + u'-'));
        lost.reset();
        auto reopened = openAgain(other.path());
        CHECK_FALSE(reopened->writeBlock().has_value());
        CHECK(reopened->verify()->ok());
    }
}

TEST_CASE("Retention deletes only its own backups, never a hand copy or another file", "[hardening][backup]")
{
    TempStore t;
    REQUIRE(DossierService(*t.store)
                .receive(t.admin, request(QStringLiteral("Lý Thị Thảo"), QStringLiteral("001190777888")))
                .has_value());
    QTemporaryDir usb;
    BackupService backups(*t.store);
    auto first = backups.backup(t.admin, usb.path());
    REQUIRE(first.has_value());
    // A hand copy of that backup under a name of its own, a renamed copy that looks like a backup name, and a note.
    const QString handCopy = usb.filePath(QStringLiteral("motcua-00004-20260101-000000-ban-sao-tay.db"));
    const QString renamed = usb.filePath(QStringLiteral("motcua-00004-20250101-000000.db"));
    const QString note = usb.filePath(QStringLiteral("motcua-00004-ghi-chu.db"));
    REQUIRE(QFile::copy(first->path, handCopy));
    REQUIRE(QFile::copy(first->path, renamed));
    {
        QFile f(note);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Sao lưu tay ngày 1/1: giữ lại, không xoá.");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // a new second, a new name
    auto second = backups.backup(t.admin, usb.path());
    REQUIRE(second.has_value());
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    auto third = backups.backup(t.admin, usb.path());
    REQUIRE(third.has_value());
    auto pruned = backups.prune(t.admin, usb.path(), 1);
    REQUIRE(pruned.has_value());
    CHECK(pruned->size() == 2);
    CHECK_FALSE(QFileInfo::exists(first->path));
    CHECK_FALSE(QFileInfo::exists(second->path));
    CHECK(QFileInfo::exists(third->path));
    CHECK(QFileInfo::exists(handCopy));
    CHECK(QFileInfo::exists(renamed));
    CHECK(QFileInfo::exists(note));
    // Names are in Vietnam time, as the screen shows it.
    const QString stamp = QFileInfo(third->path).fileName().mid(QStringLiteral("motcua-00004-").size(), 15);
    const QDateTime named = QDateTime(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                                      QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), Time::vietnam());
    CHECK(std::abs(named.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}
