#include "core/sync/net/sqlconnection.h"

#include "core/store/database.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <string>
#include <vector>

namespace MotCua::Province
{

namespace
{

class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(Db::Database db) : m_db(std::move(db)) {}
    Dialect dialect() const override { return Dialect::Sqlite; }

    Result<void> begin() override { return m_db.execScript("BEGIN IMMEDIATE"); }
    Result<void> commit() override
    {
        m_db.releaseCachedStatements();
        return m_db.execScript("COMMIT");
    }
    void rollback() override
    {
        m_db.releaseCachedStatements();
        (void)m_db.execScript("ROLLBACK");
    }

    Result<qint64> exec(const QString &sql, const QVariantList &params) override
    {
        auto st = bound(sql, params);
        if (!st)
            return st.error();
        if (auto r = (*st)->exec(); !r)
            return r.error();
        return qint64(m_db.changes());
    }

    Result<QList<Row>> query(const QString &sql, const QVariantList &params) override
    {
        auto st = bound(sql, params);
        if (!st)
            return st.error();
        Db::Statement *s = *st;
        QList<Row> rows;
        while (s->next()) {
            Row row;
            const int n = s->columnCount();
            row.reserve(n);
            for (int i = 0; i < n; ++i)
                row.append(s->value(i));
            rows.append(std::move(row));
        }
        if (s->failed())
            return s->lastError();
        (void)s->reset();
        return rows;
    }

    Result<void> script(const QByteArray &sql) override { return m_db.execScript(sql.constData()); }

private:
    Result<Db::Statement *> bound(const QString &sql, const QVariantList &params)
    {
        auto st = m_db.cached(sql);
        if (!st)
            return st.error();
        Db::Statement *s = *st;
        for (int i = 0; i < params.size(); ++i) {
            const QVariant &v = params.at(i);
            if (v.isNull())
                s->bindNull(i + 1);
            else if (v.typeId() == QMetaType::QByteArray)
                s->bind(i + 1, v.toByteArray());
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
                     v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::UInt ||
                     v.typeId() == QMetaType::ULongLong)
                s->bind(i + 1, v.toLongLong());
            else
                s->bind(i + 1, v.toString());
        }
        return s;
    }

    Db::Database m_db;
};

class PgConnection final : public SqlConnection
{
public:
    explicit PgConnection(PGconn *c) : m_c(c) {}
    ~PgConnection() override { PQfinish(m_c); }
    Dialect dialect() const override { return Dialect::Postgres; }

    Result<void> begin() override { return run("BEGIN"); }
    Result<void> commit() override { return run("COMMIT"); }
    void rollback() override { (void)run("ROLLBACK"); }

    Result<qint64> exec(const QString &sql, const QVariantList &params) override
    {
        auto r = execParams(sql, params);
        if (!r)
            return r.error();
        const qint64 n = QByteArray(PQcmdTuples(r->get())).toLongLong();
        return n;
    }

    Result<QList<Row>> query(const QString &sql, const QVariantList &params) override
    {
        auto r = execParams(sql, params);
        if (!r)
            return r.error();
        PGresult *res = r->get();
        QList<Row> rows;
        const int n = PQntuples(res);
        const int cols = PQnfields(res);
        rows.reserve(n);
        for (int i = 0; i < n; ++i) {
            Row row;
            row.reserve(cols);
            for (int c = 0; c < cols; ++c) {
                if (PQgetisnull(res, i, c)) {
                    row.append(QVariant());
                    continue;
                }
                const char *v = PQgetvalue(res, i, c);
                const int len = PQgetlength(res, i, c);
                const Oid type = PQftype(res, c);
                if (type == 20 || type == 21 || type == 23) // int8, int2, int4
                    row.append(QByteArray(v, len).toLongLong());
                else if (type == 17) // bytea, asked for in binary? no: text form, hex-escaped
                    row.append(unescapeBytea(v));
                else
                    row.append(QString::fromUtf8(v, len));
            }
            rows.append(std::move(row));
        }
        return rows;
    }

    Result<void> script(const QByteArray &sql) override { return run(sql.constData()); }

private:
    struct ResultFree
    {
        void operator()(PGresult *r) const { PQclear(r); }
    };
    using PgResult = std::unique_ptr<PGresult, ResultFree>;

    static QByteArray unescapeBytea(const char *v)
    {
        size_t len = 0;
        unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(v), &len);
        QByteArray out(reinterpret_cast<const char *>(raw), qsizetype(len));
        PQfreemem(raw);
        return out;
    }

    Error pgError(PGresult *res) const
    {
        const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        const QString message = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(m_c)).trimmed();
        Error e = Error::db(QStringLiteral("PostgreSQL: %1").arg(message));
        if (state && QByteArray(state) == "23505") { // unique_violation
            e.code = Error::Code::Conflict;
            e.field = QStringLiteral("unique");
        } else if (PQstatus(m_c) != CONNECTION_OK) {
            e.code = Error::Code::Network;
        }
        return e;
    }

    Result<void> run(const char *sql)
    {
        PgResult res(PQexec(m_c, sql));
        const auto status = PQresultStatus(res.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return pgError(res.get());
        return {};
    }

    Result<PgResult> execParams(const QString &sql, const QVariantList &params)
    {
        // `?` -> $1, $2, ... (the server's SQL holds no `?` inside literals).
        QByteArray text;
        const QByteArray in = sql.toUtf8();
        text.reserve(in.size() + params.size() * 2);
        int n = 0;
        for (char ch : in) {
            if (ch == '?')
                text += '$' + QByteArray::number(++n);
            else
                text += ch;
        }
        std::vector<QByteArray> values(size_t(params.size()));
        std::vector<const char *> ptrs(size_t(params.size()));
        std::vector<int> lengths(size_t(params.size()));
        std::vector<int> formats(size_t(params.size()));
        for (int i = 0; i < params.size(); ++i) {
            const QVariant &v = params.at(i);
            const auto at = size_t(i);
            if (v.isNull()) {
                ptrs[at] = nullptr;
                continue;
            }
            if (v.typeId() == QMetaType::QByteArray) {
                values[at] = v.toByteArray();
                formats[at] = 1; // binary: a bytea parameter
            } else if (v.typeId() == QMetaType::Bool) {
                values[at] = v.toBool() ? "1" : "0";
            } else {
                values[at] = v.toString().toUtf8();
            }
            ptrs[at] = values[at].constData();
            lengths[at] = int(values[at].size());
        }
        PgResult res(PQexecParams(m_c, text.constData(), int(params.size()), nullptr, ptrs.data(), lengths.data(),
                                  formats.data(), 0));
        const auto status = PQresultStatus(res.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return pgError(res.get());
        return res;
    }

    PGconn *m_c;
};

} // namespace

Result<std::unique_ptr<SqlConnection>> connectDatabase(const QString &url)
{
    if (url.startsWith(u"sqlite:")) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return Error::invalid(QStringLiteral("sqlite: needs a file path (sqlite:/var/lib/motcua/province.db)"),
                                  QStringLiteral("db"));
        auto db = Db::Database::open(path, Db::Database::OpenMode::ReadWriteCreate);
        if (!db)
            return db.error();
        // The province keeps what it acknowledged through a power cut. The store's own thread checkpoints the
        // write-ahead log (ProvinceStore); a connection does it itself only past 20,000 pages (80 MB), should that
        // thread fall behind.
        if (auto r = db->execScript("PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=20000"); !r)
            return r.error();
        return std::unique_ptr<SqlConnection>(new SqliteConnection(std::move(*db)));
    }
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        PGconn *c = PQconnectdb(url.toUtf8().constData());
        if (PQstatus(c) != CONNECTION_OK) {
            const QString why = QString::fromUtf8(PQerrorMessage(c)).trimmed();
            PQfinish(c);
            return Error{Error::Code::Network, QStringLiteral("cannot connect to PostgreSQL: %1").arg(why),
                         QStringLiteral("db")};
        }
        PQsetClientEncoding(c, "UTF8");
        auto conn = std::unique_ptr<SqlConnection>(new PgConnection(c));
        if (auto r = conn->script("SET client_min_messages = warning"); !r)
            return r.error();
        return conn;
    }
    return Error::invalid(QStringLiteral("--db takes sqlite:PATH or postgresql://..., not %1").arg(url.left(60)),
                          QStringLiteral("db"));
}

} // namespace MotCua::Province
