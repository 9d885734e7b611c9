#include "core/store/store.h"

#include "core/store/searchindex.h"

#include "core/domain/ids.h"
#include "core/store/schema.h"
#include "core/util/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace MotCua
{

namespace
{
const auto &storeLog()
{
    static const auto log = Log::get("db");
    return log;
}

// Crockford base32 without I, L, O, U: readable on a slip and unambiguous when read out.
QString randomDeviceTag()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString tag;
    for (int i = 0; i < 5; ++i)
        tag += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(32)]);
    return tag;
}

struct TableSpec
{
    const char *name;
    const char *orderBy;
};
// Canonical export order and keys. Local-only columns (none yet) would be left out here.
constexpr TableSpec kExportTables[] = {{"users", "id"},
                                       {"procedures", "code"},
                                       {"applicants", "id"},
                                       {"dossiers", "id"},
                                       {"calendar_arrangements", "year"},
                                       {"dossier_conflicts", "event_id"},
                                       {"search", nullptr}};
// The search index is exported by its meaning (kind, ref, the text), not by its local rowids.
constexpr auto kSearchExport = "SELECT s.kind, s.ref, s.title, s.body, f.title AS folded_title, f.body AS folded_body"
                               " FROM search_docs s JOIN search_fts f ON f.rowid = s.id ORDER BY s.kind, s.ref";
} // namespace

Store::~Store() = default;

QString Store::databasePath() const
{
    return QDir(m_dataDir).filePath(QLatin1String(kDatabaseFile));
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, bool create)
{
    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = QDir(dataDir).absolutePath();
    const QString path = store->databasePath();
    const bool exists = QFileInfo::exists(path);
    if (!exists && !create)
        return Error::notFound(QStringLiteral("no store at %1 (run `motcua-cli init` first)").arg(path));
    if (!exists) {
        if (!QDir().mkpath(store->m_dataDir))
            return Error::io(QStringLiteral("cannot create the data directory %1").arg(store->m_dataDir));
        // Citizens' personal data: readable by this user only.
        QFile::setPermissions(store->m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    auto db =
        Db::Database::open(path, create ? Db::Database::OpenMode::ReadWriteCreate : Db::Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    store->m_db = std::move(db.value());
    if (!exists)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    // A file that is not a database fails here (SQLITE_NOTADB) instead of being migrated over.
    const int version = store->m_db.userVersion();
    if (version < 0)
        return store->m_db.lastError(QStringLiteral("cannot read %1").arg(path));
    const int latest = Db::migrations().back().version;
    if (version > latest)
        return Error{Error::Code::Invalid,
                     QStringLiteral("the store was written by a newer MotCua Desk (schema %1, this build knows %2)")
                         .arg(version)
                         .arg(latest),
                     {}};
    if (auto r = store->m_db.migrate(Db::migrations()); !r)
        return r.error();
    if (auto r = store->loadIdentity(); !r)
        return r.error();

    auto maxHlc = EventLog::maxHlc(store->m_db);
    if (!maxHlc)
        return maxHlc.error();
    store->m_log = std::make_unique<EventLog>(store->m_db, store->m_deviceId, *maxHlc);
    store->m_projector = std::make_unique<Projector>(store->m_db);
    // A store written by an older version: its projections (new tables and columns among them) are rebuilt from
    // the log, which holds everything.
    if (version > 0 && version < latest) {
        storeLog()->info("schema {} -> {}: rebuilding the projections", version, latest);
        if (auto r = store->rebuild(); !r)
            return r.error();
    }
    return store;
}

Result<QString> Store::meta(const QString &key)
{
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!st)
        return st.error();
    st->bind(1, key);
    QString value;
    if (st->next())
        value = st->text(0);
    if (st->failed())
        return st->lastError();
    return value;
}

Result<void> Store::setMeta(const QString &key, const QString &value)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value); // an unset value is stored as empty
    return st->exec();
}

Result<void> Store::loadIdentity()
{
    auto device = meta(QStringLiteral("device_id"));
    if (!device)
        return device.error();
    if (device->isEmpty()) {
        // First open: this installation becomes a device with its own id and a short tag for provisional codes.
        Db::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        const QString id = newUuidV7();
        const QString tag = randomDeviceTag();
        if (auto r = setMeta(QStringLiteral("device_id"), id); !r)
            return r;
        if (auto r = setMeta(QStringLiteral("device_tag"), tag); !r)
            return r;
        if (auto r = setMeta(QStringLiteral("created_at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        storeLog()->info("new device {} (tag {})", id.toStdString(), tag.toStdString());
    }
    for (auto [key, target] : {std::pair{"device_id", &m_deviceId}, std::pair{"device_tag", &m_deviceTag},
                               std::pair{"commune_code", &m_communeCode}, std::pair{"commune_name", &m_communeName}}) {
        auto v = meta(QLatin1String(key));
        if (!v)
            return v.error();
        *target = *v;
    }
    return {};
}

Result<QList<Event>> Store::commit(const QList<EventDraft> &drafts, const QString &actor)
{
    return commit([&drafts]() -> Result<QList<EventDraft>> { return drafts; }, actor);
}

Result<QList<Event>> Store::commit(const std::function<Result<QList<EventDraft>>()> &build, const QString &actor)
{
    Db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto drafts = build();
    if (!drafts)
        return drafts.error();
    // Another process (the CLI beside the window) may have appended since we opened: never go behind it.
    auto maxHlc = EventLog::maxHlc(m_db);
    if (!maxHlc)
        return maxHlc.error();
    m_log->observe(*maxHlc);
    QList<Event> events;
    for (const EventDraft &draft : *drafts) {
        auto e = m_log->append(draft, actor);
        if (!e)
            return e.error();
        if (auto r = m_projector->apply(*e); !r)
            return r.error();
        events.append(std::move(e.value()));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return events;
}

Result<QList<Event>> Store::initialise(const QString &communeCode, const QString &communeName,
                                       const QList<EventDraft> &drafts, const QString &actor)
{
    if (isInitialised())
        return Error::conflict(QStringLiteral("this store is already set up for commune %1").arg(m_communeCode));
    auto events = commit(
        [&]() -> Result<QList<EventDraft>> {
            if (auto r = setMeta(QStringLiteral("commune_code"), communeCode); !r)
                return r.error();
            if (auto r = setMeta(QStringLiteral("commune_name"), communeName); !r)
                return r.error();
            return drafts;
        },
        actor);
    if (!events)
        return events.error();
    m_communeCode = communeCode;
    m_communeName = communeName;
    return events;
}

Result<void> Store::replayLog()
{
    // The search index is built once at the end rather than rewritten at every event of a record.
    m_projector->setSearchDeferred(true);
    auto replay = m_log->forEach([this](const Event &e) { return m_projector->apply(e); });
    m_projector->setSearchDeferred(false);
    if (!replay)
        return replay;
    if (auto docs = SearchIndex::rebuildAll(m_db); !docs)
        return docs.error();
    return {};
}

Result<void> Store::rebuild()
{
    Db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = m_projector->clear(); !r)
        return r;
    if (auto r = replayLog(); !r)
        return r;
    return tx.commit();
}

Result<QByteArray> Store::exportTable(const char *table, const char *orderBy)
{
    const QString sql =
        orderBy ? QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), QLatin1String(orderBy))
                : QString::fromLatin1(kSearchExport);
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    QByteArray out;
    while (st->next()) {
        QJsonObject row;
        for (int c = 0; c < st->columnCount(); ++c) {
            const QVariant v = st->value(c);
            // Binary columns (sort keys) as hex: JSON has no bytes.
            row.insert(st->columnName(c), v.isNull() ? QJsonValue()
                                          : v.typeId() == QMetaType::QByteArray
                                              ? QJsonValue(QString::fromLatin1(v.toByteArray().toHex()))
                                              : QJsonValue::fromVariant(v));
        }
        QJsonObject line;
        line.insert(QStringLiteral("table"), QLatin1String(table));
        line.insert(QStringLiteral("row"), row);
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    if (st->failed())
        return st->lastError();
    return out;
}

Result<QByteArray> Store::exportCanonical()
{
    QByteArray out;
    for (const TableSpec &t : kExportTables) {
        auto part = exportTable(t.name, t.orderBy);
        if (!part)
            return part.error();
        out += *part;
    }
    return out;
}

Result<QStringList> Store::quickCheck()
{
    auto st = m_db.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!st)
        return st.error();
    QStringList problems;
    while (st->next()) {
        if (st->text(0) != QLatin1String("ok"))
            problems.append(st->text(0));
    }
    if (st->failed())
        return Error{Error::Code::Corrupt, st->lastError().message, {}};
    return problems;
}

Result<VerifyReport> Store::verify()
{
    VerifyReport report;
    auto integrity = quickCheck();
    if (!integrity)
        return integrity.error();
    report.integrityProblems = *integrity;
    auto count = m_log->count();
    if (!count)
        return count.error();
    report.events = *count;
    auto devices = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM device_heads"));
    if (!devices)
        return devices.error();
    report.devices = *devices;
    auto chain = m_log->verify();
    if (!chain)
        return chain.error();
    report.chainProblems = *chain;

    // Projections: compare every table with what a rebuild from the log gives, then roll the rebuild back.
    QList<QByteArray> before;
    for (const TableSpec &t : kExportTables) {
        auto part = exportTable(t.name, t.orderBy);
        if (!part)
            return part.error();
        before.append(*part);
    }
    {
        Db::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        if (auto r = m_projector->clear(); !r)
            return r.error();
        auto replay = replayLog();
        if (!replay) {
            report.projectionsMatch = false;
            report.projectionDiffs.append(QStringLiteral("replay failed: ") + replay.error().message);
        } else {
            int i = 0;
            for (const TableSpec &t : kExportTables) {
                auto part = exportTable(t.name, t.orderBy);
                if (!part)
                    return part.error();
                if (*part != before.at(i++)) {
                    report.projectionsMatch = false;
                    report.projectionDiffs.append(QLatin1String(t.name));
                }
            }
        }
        tx.rollback();
    }
    return report;
}

} // namespace MotCua
