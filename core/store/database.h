#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace MotCua::Db
{

class Database;

// One prepared statement (RAII over sqlite3_stmt). Binds are 1-based. Multi-statement SQL is rejected.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // Binds a null when the string is null (not merely empty).
    Statement &bindOptional(int index, const QString &value);

    // Steps once: true while a row is available; false when done. Errors are kept in lastError().
    bool next();
    // Runs to completion (for statements that return no rows).
    Result<void> exec();
    Result<void> reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

    bool failed() const { return m_failed; }
    Error lastError() const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    void check(int rc);

    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    bool m_failed = false;
    int m_lastRc = 0;
    QString m_lastMessage;
};

struct Migration
{
    int version;
    const char *sql; // may hold several statements; run with sqlite3_exec inside the migration's transaction
};

// One SQLite connection (RAII over sqlite3*). One per thread; never shared.
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens the file with WAL, foreign_keys=ON, busy_timeout=5000, synchronous=NORMAL.
    static Result<Database> open(const QString &path, OpenMode mode = OpenMode::ReadWriteCreate);

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    Result<Statement> prepare(const QString &sql);
    // A statement prepared once per connection and kept (hot paths: event append, projections, the search index);
    // it comes back reset with its bindings cleared. Not re-entrant: finish with it before asking for it again.
    // Use it inside a Transaction: the transaction's end resets every cached statement, so none of them keeps a
    // read snapshot open (which would stop WAL checkpoints and let the -wal file grow without bound).
    Result<Statement *> cached(const QString &sql);
    void releaseCachedStatements();
    // Runs trusted, constant SQL with no parameters (DDL, pragmas). Never pass user text here.
    Result<void> execScript(const char *sql);
    Result<qint64> scalarInt(const QString &sql);

    int userVersion();
    // Applies every migration whose version is above PRAGMA user_version, each in its own transaction.
    Result<void> migrate(std::span<const Migration> migrations);

    qint64 lastInsertRowId() const;
    int changes() const;
    Error lastError(const QString &context = {}) const;

private:
    void clearCache();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    Error m_error;
};

// LIKE pattern escaping for `... LIKE ? ESCAPE '\'`.
QString escapeLike(const QString &text);

} // namespace MotCua::Db
