#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace MotCua::Province
{

using Row = QList<QVariant>;

// One connection to the provincial server's database: SQLite for a pilot, PostgreSQL for a province. The SQL the
// server writes is portable: `?` placeholders (turned into $1, $2, ... for PostgreSQL), INSERT ... ON CONFLICT,
// UPDATE ... RETURNING. Values are qint64, QString, QByteArray (a blob) or null. One connection per thread.
class SqlConnection
{
public:
    enum class Dialect { Sqlite, Postgres };
    virtual ~SqlConnection() = default;
    virtual Dialect dialect() const = 0;
    // A write transaction. SQLite: BEGIN IMMEDIATE (one writer at a time); PostgreSQL: READ COMMITTED, with the
    // rows that order writers locked by the statements themselves (SELECT ... FOR UPDATE, UPDATE).
    virtual Result<void> begin() = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    // Rows changed.
    virtual Result<qint64> exec(const QString &sql, const QVariantList &params = {}) = 0;
    virtual Result<QList<Row>> query(const QString &sql, const QVariantList &params = {}) = 0;
    // Trusted constant SQL, possibly several statements, no parameters (migrations).
    virtual Result<void> script(const QByteArray &sql) = 0;
    // " FOR UPDATE" where the dialect locks rows that way, else nothing.
    QString forUpdate() const { return dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString(); }
};

// `sqlite:PATH` or `postgresql://user@host:port/db?...` (any libpq connection URI). Invalid for anything else.
Result<std::unique_ptr<SqlConnection>> connectDatabase(const QString &url);

// RAII write transaction over a SqlConnection: rolled back unless committed.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqlConnection &c) : m_c(c) {}
    ~SqlTransaction()
    {
        if (m_open)
            m_c.rollback();
    }
    Result<void> begin()
    {
        auto r = m_c.begin();
        m_open = r.has_value();
        return r;
    }
    Result<void> commit()
    {
        m_open = false;
        return m_c.commit();
    }

private:
    SqlConnection &m_c;
    bool m_open = false;
};

} // namespace MotCua::Province
