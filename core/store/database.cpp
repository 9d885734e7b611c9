#include "core/store/database.h"

#include "core/util/log.h"

#include <sqlite3.h>

#include <QFile>
#include <QUrl>

namespace MotCua::Db
{

namespace
{
const auto &dbLog()
{
    static const auto log = Log::get("db");
    return log;
}

Error makeError(sqlite3 *db, int rc, const QString &context)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    Error::Code code = Error::Code::Db;
    const int primary = rc & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        code = Error::Code::Corrupt;
    else if (primary == SQLITE_READONLY)
        return Error{
            Error::Code::ReadOnly,
            QStringLiteral("the store is read-only (the file or its folder cannot be written): %1").arg(detail),
            {}};
    else if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
        code = Error::Code::Io;
    else if (primary == SQLITE_CONSTRAINT)
        code = Error::Code::Conflict;
    return Error{code, context.isEmpty() ? detail : context + QStringLiteral(": ") + detail, {}};
}
} // namespace

// ---- Statement ------------------------------------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_failed(other.m_failed),
      m_lastRc(other.m_lastRc), m_lastMessage(std::move(other.m_lastMessage))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_failed = other.m_failed;
        m_lastRc = other.m_lastRc;
        m_lastMessage = std::move(other.m_lastMessage);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::check(int rc)
{
    if (rc != SQLITE_OK && !m_failed) {
        m_failed = true;
        m_lastRc = rc;
        m_lastMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    check(sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value);
}

bool Statement::next()
{
    if (m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        check(rc);
    return false;
}

Result<void> Statement::exec()
{
    while (next()) {
    }
    if (m_failed)
        return lastError();
    return {};
}

Result<void> Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
    m_lastRc = 0;
    m_lastMessage.clear();
    return {};
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(integer(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return {};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

Error Statement::lastError() const
{
    return makeError(nullptr, m_lastRc, m_lastMessage);
}

// ---- Database -------------------------------------------------------------------------------------------------

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache))
{
}

void Database::clearCache()
{
    m_cache.clear(); // finalizes the statements before the connection closes
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        clearCache();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    clearCache();
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::releaseCachedStatements()
{
    for (auto &[sql, st] : m_cache)
        (void)st->reset();
}

Result<Statement *> Database::cached(const QString &sql)
{
    const std::string key = sql.toStdString();
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        auto st = prepare(sql);
        if (!st)
            return st.error();
        it = m_cache.emplace(key, std::make_unique<Statement>(std::move(st.value()))).first;
    } else {
        (void)it->second->reset();
    }
    return it->second.get();
}

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    static const bool logged = [] {
        dbLog()->info("SQLite {}", sqlite3_libversion());
        return true;
    }();
    Q_UNUSED(logged);

    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }

    Database db;
    db.m_path = path;
    const QByteArray file = path.toUtf8();
    int rc = sqlite3_open_v2(file.constData(), &db.m_db, flags, nullptr);
    if (rc == SQLITE_OK && mode == OpenMode::ReadOnly) {
        // A WAL store in a folder we cannot write: SQLite cannot make the -shm file a reader needs. Nobody can be
        // writing there either, so the file is read as immutable.
        const int probe = sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
        if ((probe & 0xff) == SQLITE_CANTOPEN || (probe & 0xff) == SQLITE_READONLY) {
            sqlite3_close(db.m_db);
            db.m_db = nullptr;
            const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
            rc = sqlite3_open_v2(uri.constData(), &db.m_db, flags | SQLITE_OPEN_URI, nullptr);
        }
    }
    if (rc != SQLITE_OK) {
        Error err = makeError(db.m_db, rc, QStringLiteral("cannot open %1").arg(path));
        sqlite3_close(db.m_db);
        db.m_db = nullptr;
        return err;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 5000);

    if (auto r = db.execScript("PRAGMA foreign_keys=ON;"); !r)
        return r.error();
    if (mode != OpenMode::ReadOnly && path != QLatin1String(":memory:")) {
        auto st = db.prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!st)
            return st.error();
        QString journal;
        if (st->next())
            journal = st->text(0);
        if (st->failed())
            return st->lastError();
        if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            dbLog()->warn("WAL not available (journal_mode={}), using it as is", journal.toStdString());
        // synchronous=FULL: a commit is on the disk before it is acknowledged, so a power cut in a commune with an
        // unsteady supply loses nothing a citizen was given a receipt for (NORMAL would lose the last transactions).
        // A 32 MiB page cache keeps a million-dossier store's indexes in memory instead of SQLite's 2 MiB default.
        // journal_size_limit: after a checkpoint the -wal file is truncated back to 64 MiB at most.
        if (auto r =
                db.execScript("PRAGMA synchronous=FULL; PRAGMA cache_size=-32768; PRAGMA journal_size_limit=67108864;");
            !r)
            return r.error();
    }
    return db;
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        return makeError(m_db, rc, QStringLiteral("prepare"));
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        sqlite3_finalize(stmt);
        return Error{Error::Code::Internal, QStringLiteral("multi-statement SQL is not allowed in prepare()"), {}};
    }
    return Statement(stmt, m_db);
}

Result<void> Database::execScript(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        Error err = makeError(m_db, rc, {});
        if (msg) {
            err.message = QString::fromUtf8(msg);
            sqlite3_free(msg);
        }
        return err;
    }
    return {};
}

Result<qint64> Database::scalarInt(const QString &sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    qint64 value = 0;
    if (st->next())
        value = st->integer(0);
    if (st->failed())
        return st->lastError();
    return value;
}

int Database::userVersion()
{
    auto v = scalarInt(QStringLiteral("PRAGMA user_version"));
    return v ? int(*v) : -1;
}

Result<void> Database::migrate(std::span<const Migration> migrations)
{
    for (const Migration &m : migrations) {
        const int current = userVersion();
        if (current < 0)
            return lastError(QStringLiteral("cannot read user_version"));
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginError();
        if (auto r = execScript(m.sql); !r) {
            dbLog()->error("migration {} failed: {}", m.version, r.error().message.toStdString());
            return r.error();
        }
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(m.version) + ";";
        if (auto r = execScript(pragma.constData()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        dbLog()->info("migrated store to schema version {}", m.version);
    }
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &context) const
{
    return makeError(m_db, sqlite3_errcode(m_db), context);
}

// ---- Transaction ----------------------------------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db)
{
    auto r = m_db.execScript("BEGIN IMMEDIATE;");
    m_active = bool(r);
    if (!r)
        m_error = r.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error{Error::Code::Internal, QStringLiteral("commit without an active transaction"), {}};
    m_db.releaseCachedStatements();
    auto r = m_db.execScript("COMMIT;");
    if (!r) {
        rollback();
        return r.error();
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.releaseCachedStatements();
        (void)m_db.execScript("ROLLBACK;");
        m_active = false;
    }
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace MotCua::Db
