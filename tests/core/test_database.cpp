#include "core/store/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace MotCua;
using namespace MotCua::Db;

TEST_CASE("Database opens a file with WAL and foreign keys", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
    REQUIRE(db.has_value());
    auto journal = db->prepare(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(journal.has_value());
    REQUIRE(journal->next());
    CHECK(journal->text(0) == QStringLiteral("wal"));
    CHECK(*db->scalarInt(QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(*db->scalarInt(QStringLiteral("PRAGMA busy_timeout")) == 5000);
}

TEST_CASE("Statements bind parameters and read typed columns", "[store]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.has_value());
    REQUIRE(db->execScript("CREATE TABLE t (a TEXT, b INTEGER, c BLOB, d REAL);").has_value());
    auto ins = db->prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4)"));
    REQUIRE(ins.has_value());
    // User text with quotes and SQL in it is data, never code.
    const QString tricky = QStringLiteral("Nguyễn Văn 'An'; DROP TABLE t; --");
    ins->bind(1, tricky).bind(2, qint64(1) << 40).bind(3, QByteArray("\x00\x01", 2)).bind(4, 2.5);
    REQUIRE(ins->exec().has_value());
    auto sel = db->prepare(QStringLiteral("SELECT a, b, c, d FROM t"));
    REQUIRE(sel.has_value());
    REQUIRE(sel->next());
    CHECK(sel->text(0) == tricky);
    CHECK(sel->integer(1) == (qint64(1) << 40));
    CHECK(sel->blob(2) == QByteArray("\x00\x01", 2));
    CHECK(sel->real(3) == 2.5);
    CHECK_FALSE(sel->next());
}

TEST_CASE("prepare rejects multi-statement SQL and reports syntax errors", "[store]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.has_value());
    CHECK_FALSE(db->prepare(QStringLiteral("SELECT 1; SELECT 2")).has_value());
    auto bad = db->prepare(QStringLiteral("SELEC 1"));
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == Error::Code::Db);
}

TEST_CASE("A transaction rolls back unless committed", "[store]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.has_value());
    REQUIRE(db->execScript("CREATE TABLE t (x INTEGER);").has_value());
    {
        Transaction tx(*db);
        REQUIRE(tx.isActive());
        REQUIRE(db->execScript("INSERT INTO t VALUES (1);").has_value());
    }
    CHECK(*db->scalarInt(QStringLiteral("SELECT count(*) FROM t")) == 0);
    {
        Transaction tx(*db);
        REQUIRE(db->execScript("INSERT INTO t VALUES (1);").has_value());
        REQUIRE(tx.commit().has_value());
    }
    CHECK(*db->scalarInt(QStringLiteral("SELECT count(*) FROM t")) == 1);
}

TEST_CASE("Migrations run in order, once, each in a transaction", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    static constexpr Migration good[] = {
        {1, "CREATE TABLE a (x INTEGER);"},
        {2, "ALTER TABLE a ADD COLUMN y TEXT; CREATE TABLE b (z INTEGER);"},
    };
    {
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        CHECK(db->userVersion() == 0);
        REQUIRE(db->migrate(good).has_value());
        CHECK(db->userVersion() == 2);
        // Running again changes nothing.
        REQUIRE(db->migrate(good).has_value());
        CHECK(db->userVersion() == 2);
    }
    SECTION("a failing step leaves the store at the last good version")
    {
        static constexpr Migration withBadStep[] = {
            {1, "CREATE TABLE a (x INTEGER);"},
            {2, "ALTER TABLE a ADD COLUMN y TEXT; CREATE TABLE b (z INTEGER);"},
            {3, "CREATE TABLE c (q INTEGER); CREATE TABLE broken (;"},
        };
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        CHECK_FALSE(db->migrate(withBadStep).has_value());
        CHECK(db->userVersion() == 2);
        // Step 3's first statement was rolled back with the rest of the step.
        CHECK(*db->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'c'")) == 0);
    }
}

TEST_CASE("A file that is not a database is reported as corrupt, not overwritten", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray junk(8192, 'x');
    f.write(junk);
    f.close();
    auto db = Database::open(path);
    // Opening is lazy in SQLite; the first read reports the damage.
    if (db.has_value()) {
        CHECK(db->userVersion() < 0);
        CHECK(db->lastError().code == Error::Code::Corrupt);
    } else {
        CHECK(db.error().code == Error::Code::Corrupt);
    }
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == junk);
}

TEST_CASE("escapeLike escapes the LIKE wildcards", "[store]")
{
    CHECK(escapeLike(QStringLiteral("50%_a\\b")) == QStringLiteral("50\\%\\_a\\\\b"));
}

#include "core/store/eventlog.h"
#include "core/store/schema.h"
#include "core/store/store.h"

TEST_CASE("A store from an older schema is migrated and its projections rebuilt", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("motcua.db"));
    {
        // A version-4 store as the previous release wrote it: a procedure event, no search index yet.
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        REQUIRE(db->migrate(migrations().first(4)).has_value());
        REQUIRE(db->userVersion() == 4);
        REQUIRE(db->execScript("INSERT INTO meta VALUES ('device_id', 'dev-1'), ('device_tag', 'ABCDE'),"
                               " ('commune_code', '00004'), ('commune_name', 'Phường Ba Đình');")
                    .has_value());
        MotCua::EventLog log(*db, QStringLiteral("dev-1"), 0);
        Transaction tx(*db);
        REQUIRE(
            log.append({QStringLiteral("procedure"), QStringLiteral("9.000001"), MotCua::EventType::ProcedureDefined,
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Thủ tục thử nghiệm")},
                                    {QStringLiteral("field"), QStringLiteral("Thử")},
                                    {QStringLiteral("time_unit"), QStringLiteral("days")},
                                    {QStringLiteral("papers"), QJsonArray()},
                                    {QStringLiteral("issues"), QJsonArray()}}},
                       QStringLiteral("system"))
                .has_value());
        REQUIRE(tx.commit().has_value());
    }
    auto reopened = Store::open(dir.path(), false);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->db().userVersion() == migrations().back().version);
    // The projections were rebuilt from the log: the procedure and its search document are there.
    CHECK(*(*reopened)->db().scalarInt(QStringLiteral("SELECT count(*) FROM procedures WHERE code = '9.000001'")) == 1);
    CHECK(*(*reopened)->db().scalarInt(QStringLiteral("SELECT count(*) FROM search_docs WHERE ref = '9.000001'")) == 1);
    CHECK((*reopened)->verify()->ok());
}

TEST_CASE("Cached statements never keep the WAL from being checkpointed", "[store][wal]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
    REQUIRE(db.has_value());
    REQUIRE(db->execScript("CREATE TABLE t (x INTEGER PRIMARY KEY, y TEXT);").has_value());
    for (int round = 0; round < 30; ++round) {
        Transaction tx(*db);
        for (int i = 0; i < 200; ++i) {
            auto ins = db->cached(QStringLiteral("INSERT INTO t (y) VALUES (?1)"));
            REQUIRE(ins.has_value());
            (*ins)->bind(1, QString(200, u'x'));
            REQUIRE((*ins)->exec().has_value());
            // A lookup left on its row, as the projections do.
            auto sel = db->cached(QStringLiteral("SELECT x FROM t ORDER BY x DESC LIMIT 1"));
            REQUIRE(sel.has_value());
            REQUIRE((*sel)->next());
        }
        REQUIRE(tx.commit().has_value());
    }
    // With no reader left behind, a checkpoint can copy and reset the whole log.
    auto st = db->prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(st.has_value());
    REQUIRE(st->next());
    CHECK(st->integer(0) == 0);              // not busy
    CHECK(st->integer(1) == st->integer(2)); // every frame checkpointed
    CHECK(QFileInfo(dir.filePath(QStringLiteral("w.db-wal"))).size() == 0);
}

TEST_CASE("A store of schema 6 gets the MotCua application id and its device tags from the log", "[store][migration]")
{
    QTemporaryDir dir;
    QString tag;
    {
        auto store = Store::open(dir.path(), true);
        REQUIRE(store.has_value());
        tag = (*store)->deviceTag();
    }
    const QString path = QDir(dir.path()).filePath(QStringLiteral("motcua.db"));
    {
        // Back to what schema 6 had: no device_tags table, no application id.
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        REQUIRE(
            db->execScript("DROP TABLE device_tags; PRAGMA application_id = 0; PRAGMA user_version = 6;").has_value());
    }
    REQUIRE(Store::checkIsStore(path).has_value()); // an older store, recognised by its tables
    auto reopened = Store::open(dir.path(), false);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->db().userVersion() == 8);
    CHECK(*(*reopened)->db().scalarInt(QStringLiteral("PRAGMA application_id")) == Store::kApplicationId);
    CHECK(*(*reopened)->db().scalarInt(QStringLiteral("SELECT count(*) FROM device_tags")) == 0);
    CHECK((*reopened)->deviceName((*reopened)->deviceId()) == tag);
    CHECK((*reopened)->verify()->ok());
}
