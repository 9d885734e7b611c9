#include "core/store/store.h"

#include "core/store/searchindex.h"

#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/store/schema.h"
#include "core/util/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

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
                                       {"devices", "id"},
                                       {"office", "commune"},
                                       {"conflicts", "id"},
                                       {"conflict_resolutions", "conflict_id"},
                                       {"incoming_docs", "id"},
                                       {"incoming_assignees", "doc_id, slot"},
                                       {"outgoing_docs", "id"},
                                       {"register_config", "commune"},
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

Error WriteBlock::error() const
{
    switch (reason) {
    case Reason::ReadOnly:
        return {Error::Code::ReadOnly,
                QStringLiteral("the store is read-only (%1): it can be read, verified and backed up, but nothing can "
                               "be changed")
                    .arg(detail),
                QStringLiteral("read_only")};
    case Reason::Damaged:
        return {Error::Code::Corrupt,
                QStringLiteral("the store is damaged (%1): it takes no changes; back up what is readable and restore "
                               "the latest good backup")
                    .arg(detail),
                QStringLiteral("damaged")};
    case Reason::EventsLost:
        return {Error::Code::Corrupt,
                QStringLiteral("%1: so that no dossier code or chain position is given twice, the store takes no "
                               "changes until the events come back (restart the program that wrote them, or restore "
                               "a backup) or an administrator accepts the loss (motcua-cli repair --accept-loss)")
                    .arg(detail),
                QStringLiteral("events_lost")};
    }
    return {};
}

Result<void> Store::checkIsStore(const QString &path)
{
    const QFileInfo info(path);
    const auto notAStore = [&](const QString &why) {
        return Error{Error::Code::Invalid,
                     QStringLiteral("%1 is not a MotCua store (%2); it was left untouched").arg(path, why),
                     QStringLiteral("not_a_store")};
    };
    if (!info.isFile())
        return notAStore(QStringLiteral("not a regular file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    if (header.isEmpty())
        return notAStore(QStringLiteral("the file is empty"));
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        // A store whose first page was overwritten looks the same as a foreign file: damaged, for the recovery
        // screen, and left untouched either way.
        return Error{Error::Code::Corrupt,
                     QStringLiteral("%1 is not a readable database: the store is damaged, or the file is not a MotCua "
                                    "store; it was left untouched")
                         .arg(path),
                     {}};
    if (header.size() < 72)
        return Error{Error::Code::Corrupt, QStringLiteral("%1 is a truncated SQLite file").arg(path), {}};
    const auto be32 = [&](int at) {
        return (quint32(uchar(header[at])) << 24) | (quint32(uchar(header[at + 1])) << 16) |
               (quint32(uchar(header[at + 2])) << 8) | quint32(uchar(header[at + 3]));
    };
    const quint32 applicationId = be32(68);
    if (applicationId == quint32(kApplicationId))
        return {};
    if (applicationId != 0)
        return notAStore(QStringLiteral("it belongs to another program"));
    // Written before stores carried their application id (schema < 7): the tables say.
    auto db = Db::Database::open(path, Db::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    auto tables = db->scalarInt(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'events', 'device_heads')"));
    if (!tables)
        return tables.error();
    if (*tables != 3 || db->userVersion() < 1)
        return notAStore(QStringLiteral("another program's database"));
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, bool create)
{
    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = QDir(dataDir).absolutePath();
    const QString path = store->databasePath();
    const bool exists = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    if (!exists && !create)
        return Error::notFound(QStringLiteral("no store at %1 (run `motcua-cli init` first)").arg(path));
    if (exists) {
        // Look before touching: opening read-write would already switch a foreign file to WAL.
        if (auto r = checkIsStore(path); !r)
            return r.error();
    } else {
        if (!QDir().mkpath(store->m_dataDir))
            return Error::io(QStringLiteral("cannot create the data directory %1").arg(store->m_dataDir));
        // Citizens' personal data: readable by this user only.
        QFile::setPermissions(store->m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A store the user cannot write (a read-only folder, a write-protected file or disk) is opened for reading.
    const bool writable = !exists || (QFileInfo(path).isWritable() && QFileInfo(store->m_dataDir).isWritable());
    const auto mode = !writable ? Db::Database::OpenMode::ReadOnly
                      : create  ? Db::Database::OpenMode::ReadWriteCreate
                                : Db::Database::OpenMode::ReadWrite;
    auto db = Db::Database::open(path, mode);
    if (!db)
        return db.error();
    store->m_db = std::move(db.value());
    if (!exists)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (!writable)
        store->m_writeBlock = WriteBlock{WriteBlock::Reason::ReadOnly,
                                         QStringLiteral("%1 cannot be written").arg(QDir::toNativeSeparators(path))};

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
    if (!writable && version < latest)
        return Error{Error::Code::ReadOnly,
                     QStringLiteral("the store at %1 was written by an older MotCua Desk and must be upgraded, but it "
                                    "is read-only: copy it to a folder you can write")
                         .arg(path),
                     QStringLiteral("read_only")};
    if (writable) {
        if (auto r = store->m_db.migrate(Db::migrations()); !r)
            return r.error();
    }
    if (auto r = store->loadIdentity(); !r)
        return r.error();

    auto maxHlc = EventLog::maxHlc(store->m_db);
    if (!maxHlc)
        return maxHlc.error();
    store->m_log = std::make_unique<EventLog>(store->m_db, store->m_deviceId, *maxHlc);
    store->m_projector = std::make_unique<Projector>(store->m_db);

    // A mark left by a failed integrity check (here or by another process) holds until a check passes.
    QFile marker(QDir(store->m_dataDir).filePath(QLatin1String(kDamagedMarker)));
    if (!store->m_writeBlock && marker.exists() && marker.open(QIODevice::ReadOnly)) {
        const QString why = QString::fromUtf8(marker.read(2000)).trimmed();
        store->m_writeBlock =
            WriteBlock{WriteBlock::Reason::Damaged,
                       why.isEmpty() ? QStringLiteral("an integrity check failed") : Text::elided(why, 300)};
    }
    if (!store->m_writeBlock) {
        if (auto r = store->checkHead(); !r)
            return r.error();
    }
    // A store written by an older version: its projections (new tables and columns among them) are rebuilt from
    // the log, which holds everything.
    if (writable && version > 0 && version < Db::lastProjectionChange()) {
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
    if (device->isEmpty() && !m_writeBlock) {
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
    if (m_writeBlock)
        return m_writeBlock->error();
    guardJournal();
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
    QList<EventDraft> all = *drafts;
    // The first event this device writes registers it (its code tag, its one name everywhere): a new store, a
    // joined counter, a restored copy, a store that accepted lost events.
    if (!all.isEmpty() && isInitialised()) {
        auto known = m_db.cached(QStringLiteral("SELECT 1 FROM devices WHERE id = ?1"));
        if (!known)
            return known.error();
        (*known)->bind(1, m_deviceId);
        const bool registered = (*known)->next();
        if ((*known)->failed())
            return (*known)->lastError();
        (void)(*known)->reset();
        if (!registered)
            all.prepend({QStringLiteral("device"), m_deviceId, EventType::DeviceRegistered,
                         QJsonObject{{QStringLiteral("tag"), m_deviceTag},
                                     {QStringLiteral("label"), m_deviceTag},
                                     {QStringLiteral("commune"), m_communeCode},
                                     {QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())}}});
    }
    const qsizetype own = drafts->size();
    QList<Event> events;
    for (const EventDraft &draft : std::as_const(all)) {
        auto e = m_log->append(draft, actor);
        if (!e)
            return e.error();
        if (auto r = m_projector->apply(*e); !r)
            return r.error();
        events.append(std::move(e.value()));
    }
    // The caller gets the events it asked for.
    events = events.mid(events.size() - own);
    if (auto r = tx.commit(); !r) {
        if (r.error().code == Error::Code::Corrupt)
            markDamaged({r.error().message});
        return r.error();
    }
    if (!events.isEmpty())
        recordHead();
    ++m_ownCommits;
    return events;
}

QString Store::deviceName(const QString &deviceId)
{
    if (deviceId == m_deviceId && !m_deviceTag.isEmpty())
        return m_deviceTag;
    // A device registers itself with its first event (DeviceRegistered, projection devices).
    if (auto st = m_db.cached(QStringLiteral("SELECT tag FROM devices WHERE id = ?1"))) {
        (*st)->bind(1, deviceId);
        const QString tag = (*st)->next() ? (*st)->text(0) : QString();
        (void)(*st)->reset();
        if (!tag.isEmpty())
            return tag;
    }
    // One that wrote before devices registered: the tag in the provisional codes <commune>.<tag>-YYMMDD-NNNN of the
    // dossiers it received.
    if (auto st = m_db.cached(
            QStringLiteral("SELECT code FROM dossiers WHERE received_device = ?1 AND code_provisional = 1 LIMIT 1"))) {
        (*st)->bind(1, deviceId);
        const QString code = (*st)->next() ? (*st)->text(0) : QString();
        (void)(*st)->reset();
        const QString unit = code.section(u'-', 0, 0);
        const QString tag = unit.section(u'.', -1);
        if (unit.contains(u'.') && !tag.isEmpty() && tag.size() <= 16)
            return tag;
    }
    return deviceId.left(8);
}

Result<qint64> Store::dataVersion()
{
    // PRAGMA data_version moves when another connection commits; this connection's own commits are counted here.
    auto other = m_db.scalarInt(QStringLiteral("PRAGMA data_version"));
    if (!other)
        return other.error();
    return *other + m_ownCommits;
}

namespace
{
QString headPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(Store::kHeadFile));
}
} // namespace

void Store::recordHead()
{
    auto st = m_db.cached(QStringLiteral("SELECT device_seq, hash FROM device_heads WHERE device = ?1"));
    if (!st)
        return;
    (*st)->bind(1, m_deviceId);
    if (!(*st)->next())
        return;
    const QJsonObject head{{QStringLiteral("device"), m_deviceId},
                           {QStringLiteral("device_seq"), QString::number((*st)->integer(0))},
                           {QStringLiteral("hash"), (*st)->text(1)}};
    (void)(*st)->reset();
    // Never behind what the file says: another process may have written a newer head meanwhile.
    QFile f(headPath(m_dataDir));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject old = QJsonDocument::fromJson(f.read(4096)).object();
        f.close();
        if (old.value(QLatin1String("device")).toString() == m_deviceId &&
            old.value(QLatin1String("device_seq")).toString().toLongLong() >
                head.value(QLatin1String("device_seq")).toString().toLongLong())
            return;
    }
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(head).toJson(QJsonDocument::Compact));
}

Result<void> Store::checkHead()
{
    QFile f(headPath(m_dataDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject head = QJsonDocument::fromJson(f.read(4096)).object();
    if (head.value(QLatin1String("device")).toString() != m_deviceId)
        return {}; // another identity (a restored copy, an accepted loss): nothing to compare
    const qint64 acknowledged = head.value(QLatin1String("device_seq")).toString().toLongLong();
    const QString hash = head.value(QLatin1String("hash")).toString();
    auto st = m_db.prepare(QStringLiteral("SELECT device_seq FROM device_heads WHERE device = ?1"));
    if (!st)
        return st.error();
    st->bind(1, m_deviceId);
    const qint64 held = st->next() ? st->integer(0) : 0;
    if (st->failed())
        return st->lastError();
    QString detail;
    if (held < acknowledged) {
        detail = QStringLiteral("events #%1 to #%2 of this counter were acknowledged but are missing from the store "
                                "(its -wal journal file was deleted or lost)")
                     .arg(held + 1)
                     .arg(acknowledged);
    } else {
        auto at = m_db.prepare(QStringLiteral("SELECT hash FROM events WHERE device = ?1 AND device_seq = ?2"));
        if (!at)
            return at.error();
        at->bind(1, m_deviceId).bind(2, acknowledged);
        if (at->next() && at->text(0) != hash)
            detail = QStringLiteral("event #%1 of this counter was acknowledged with other content than the store now "
                                    "holds (events were lost and their positions written again)")
                         .arg(acknowledged);
        if (at->failed())
            return at->lastError();
    }
    if (!detail.isEmpty()) {
        storeLog()->error("{}", detail.toStdString());
        m_writeBlock = WriteBlock{WriteBlock::Reason::EventsLost, detail};
    }
    return {};
}

void Store::guardJournal()
{
    const QString wal = databasePath() + QStringLiteral("-wal");
    auto mode = m_db.prepare(QStringLiteral("PRAGMA journal_mode"));
    if (!mode || !mode->next() || mode->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return;
    mode = Result<Db::Statement>(Db::Statement());
    // Our connection holds the WAL open once it has read; when the file is gone from the folder, our commits
    // would go to a file nobody else sees.
    if (QFileInfo::exists(wal) || !QFileInfo::exists(databasePath()))
        return;
    auto has = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM events"));
    Q_UNUSED(has);
    if (QFileInfo::exists(wal))
        return; // our read just made a fresh one: nothing was pending
    storeLog()->error("the -wal file of {} was deleted while the store was open: checkpointing what this process "
                      "holds into the main file",
                      databasePath().toStdString());
    (void)m_db.execScript("PRAGMA wal_checkpoint(FULL);");
    m_db.releaseCachedStatements();
    auto reopened = Db::Database::open(databasePath(), Db::Database::OpenMode::ReadWrite);
    if (reopened)
        m_db = std::move(reopened.value());
}

void Store::markDamaged(const QStringList &problems)
{
    const QString why = Text::elided(problems.join(QStringLiteral("; ")), 1000);
    if (!m_writeBlock || m_writeBlock->reason != WriteBlock::Reason::ReadOnly) {
        QFile marker(QDir(m_dataDir).filePath(QLatin1String(kDamagedMarker)));
        if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
            marker.write(why.toUtf8());
        m_writeBlock = WriteBlock{WriteBlock::Reason::Damaged, Text::elided(why, 300)};
    }
    storeLog()->error("store marked damaged: {}", why.toStdString());
}

Result<void> Store::acceptLostEvents()
{
    if (!m_writeBlock || m_writeBlock->reason != WriteBlock::Reason::EventsLost)
        return Error::invalid(QStringLiteral("this store has lost no events: there is nothing to accept"));
    Db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString id = newUuidV7();
    const QString tag = randomDeviceTag();
    const QJsonObject record{{QStringLiteral("device"), m_deviceId},
                             {QStringLiteral("detail"), m_writeBlock->detail},
                             {QStringLiteral("accepted_at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())},
                             {QStringLiteral("new_device"), id}};
    auto old = meta(QStringLiteral("events_lost"));
    if (!old)
        return old.error();
    QJsonArray losses = QJsonDocument::fromJson(old->toUtf8()).array();
    losses.append(record);
    if (auto r = setMeta(QStringLiteral("events_lost"),
                         QString::fromUtf8(QJsonDocument(losses).toJson(QJsonDocument::Compact)));
        !r)
        return r;
    if (auto r = setMeta(QStringLiteral("device_id"), id); !r)
        return r;
    if (auto r = setMeta(QStringLiteral("device_tag"), tag); !r)
        return r;
    // The lost events may have used serials of the province's number blocks, and the new device has acknowledged
    // nothing yet.
    if (auto r = m_db.execScript("DELETE FROM meta WHERE key LIKE 'number\\_blocks\\_%' ESCAPE '\\' OR key = "
                                 "'sync_acked_seq'");
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    storeLog()->warn("lost events accepted: device {} continues as {} (tag {})", m_deviceId.toStdString(),
                     id.toStdString(), tag.toStdString());
    m_deviceId = id;
    m_deviceTag = tag;
    auto maxHlc = EventLog::maxHlc(m_db);
    if (!maxHlc)
        return maxHlc.error();
    m_log = std::make_unique<EventLog>(m_db, m_deviceId, *maxHlc);
    m_writeBlock.reset();
    QFile::remove(headPath(m_dataDir));
    return {};
}

Result<Store::IngestReport> Store::ingest(const QList<Event> &events, const QList<QByteArray> &payloadTexts,
                                          const Progress &progress)
{
    bool given = false;
    return ingestBatches(
        [&](QList<Event> &batch, QList<QByteArray> &texts) -> Result<bool> {
            if (given)
                return false;
            given = true;
            batch = events;
            texts = payloadTexts;
            return true;
        },
        events.size(), progress);
}

Result<Store::IngestReport>
Store::ingestBatches(const std::function<Result<bool>(QList<Event> &, QList<QByteArray> &)> &next, qint64 total,
                     const Progress &progress)
{
    // Lost events may come back this way; a read-only or damaged store takes nothing.
    if (m_writeBlock && m_writeBlock->reason != WriteBlock::Reason::EventsLost)
        return m_writeBlock->error();
    if (!isInitialised())
        return Error::invalid(QStringLiteral("the store has no commune yet"));
    Db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto maxHlc = EventLog::maxHlc(m_db);
    if (!maxHlc)
        return maxHlc.error();
    m_log->observe(*maxHlc);
    auto openConflicts = [this]() -> Result<QSet<QString>> {
        auto st = m_db.prepare(
            QStringLiteral("SELECT id FROM conflicts WHERE id NOT IN (SELECT conflict_id FROM conflict_resolutions)"));
        if (!st)
            return st.error();
        QSet<QString> ids;
        while (st->next())
            ids.insert(st->text(0));
        if (st->failed())
            return st->lastError();
        return ids;
    };
    auto before = openConflicts();
    if (!before)
        return before.error();
    // A new counter taking in a commune's history (a join): the search index is built once at the end, as a replay
    // does, instead of document by document.
    bool bulk = false;
    if (total >= 5000) {
        auto held = m_db.scalarInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events WHERE entity = 'dossier')"));
        if (!held)
            return held.error();
        bulk = *held == 0;
    }
    if (bulk)
        m_projector->beginBulk();
    struct Undefer
    {
        Projector &p;
        EventLog &log;
        bool on;
        ~Undefer()
        {
            log.cancelIntake();
            if (on)
                p.cancelBulk(); // an error: the transaction rolls back, nothing to compute
        }
    } undefer{*m_projector, *m_log, bulk};
    m_log->beginIntake();
    IngestReport report;
    qint64 done = 0;
    QList<Event> batch;
    QList<QByteArray> texts;
    for (;;) {
        batch.clear();
        texts.clear();
        auto more = next(batch, texts);
        if (!more)
            return more.error();
        if (!*more)
            break;
        QList<Event> added;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            auto r = m_log->ingest(batch.at(i), i < texts.size() ? texts.at(i) : QByteArray());
            if (!r)
                return r.error();
            // A batch is big (a bundle section holds 20,000 events): report inside it too.
            if (progress && i > 0 && (i % kProgressStep) == 0 && !progress(done + i, std::max(total, done + i)))
                return cancelledError(QStringLiteral("nothing was taken in"));
            if (*r == EventLog::Ingested::Added) {
                added.append(batch.at(i));
                ++report.added;
            } else {
                ++report.alreadyHad;
            }
        }
        auto folded = m_projector->foldIn(added);
        if (!folded)
            return folded.error();
        report.refolded += folded->refolded;
        done += batch.size();
        if (progress && !progress(done, total))
            return cancelledError(QStringLiteral("nothing was taken in"));
    }
    if (auto r = m_log->endIntake(); !r)
        return r.error();
    if (bulk) {
        undefer.on = false;
        if (auto r = m_projector->finishBulk(); !r)
            return r.error();
    }
    auto after = openConflicts();
    if (!after)
        return after.error();
    for (const QString &id : std::as_const(*after)) {
        if (!before->contains(id))
            report.newConflicts.append(id);
    }
    report.newConflicts.sort();
    if (auto r = tx.commit(); !r)
        return r.error();
    // Events this store had lost may have come back.
    if (m_writeBlock && m_writeBlock->reason == WriteBlock::Reason::EventsLost) {
        m_writeBlock.reset();
        if (auto r = checkHead(); !r)
            return r.error();
    }
    if (report.added > 0)
        recordHead();
    storeLog()->info("took in {} events ({} already held), {} records folded again, {} new conflicts", report.added,
                     report.alreadyHad, report.refolded, report.newConflicts.size());
    return report;
}

Result<void> Store::renewDeviceTag(const QStringList &taken)
{
    auto own = m_db.prepare(QStringLiteral("SELECT count(*) FROM events WHERE device = ?1"));
    if (!own)
        return own.error();
    own->bind(1, m_deviceId);
    if (!own->next() || own->integer(0) > 0)
        return Error::conflict(QStringLiteral("this device has written events: its code tag can no longer change"));
    own = Result<Db::Statement>(Db::Statement());
    QString tag = m_deviceTag;
    for (int i = 0; taken.contains(tag) && i < 100; ++i)
        tag = randomDeviceTag();
    if (tag == m_deviceTag)
        return {};
    if (auto r = setMeta(QStringLiteral("device_tag"), tag); !r)
        return r;
    m_deviceTag = tag;
    return {};
}

Result<void> Store::adoptCommune(const QString &communeCode, const QString &communeName)
{
    if (isInitialised())
        return Error::conflict(QStringLiteral("this store is already set up for commune %1").arg(m_communeCode));
    Db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = setMeta(QStringLiteral("commune_code"), communeCode); !r)
        return r;
    if (auto r = setMeta(QStringLiteral("commune_name"), communeName); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    m_communeCode = communeCode;
    m_communeName = communeName;
    return {};
}

Result<QList<Event>> Store::initialise(const QString &communeCode, const QString &communeName,
                                       const QList<EventDraft> &drafts, const QString &actor)
{
    if (isInitialised())
        return Error::conflict(QStringLiteral("this store is already set up for commune %1").arg(m_communeCode));
    // Known from the start of the first commit, so the device registers itself in it.
    m_communeCode = communeCode;
    m_communeName = communeName;
    auto events = commit(
        [&]() -> Result<QList<EventDraft>> {
            if (auto r = setMeta(QStringLiteral("commune_code"), communeCode); !r)
                return r.error();
            if (auto r = setMeta(QStringLiteral("commune_name"), communeName); !r)
                return r.error();
            return drafts;
        },
        actor);
    if (!events) {
        m_communeCode.clear();
        m_communeName.clear();
        return events.error();
    }
    return events;
}

Result<void> Store::replayLog(const Progress &progress, qint64 offset, qint64 total)
{
    // The search index is built once at the end rather than rewritten at every event of a record.
    m_projector->setSearchDeferred(true);
    qint64 done = 0;
    auto replay = m_log->forEach([&](const Event &e) -> Result<void> {
        if (auto r = m_projector->replay(e); !r)
            return r;
        if (progress && (++done % kProgressStep) == 0 && !progress(offset + done, std::max(total, offset + done)))
            return cancelledError(QStringLiteral("the log was not replayed; nothing was changed"));
        return {};
    });
    if (replay)
        replay = m_projector->finishReplay();
    m_projector->setSearchDeferred(false);
    if (!replay)
        return replay;
    if (auto docs = SearchIndex::rebuildAll(m_db); !docs)
        return docs.error();
    return {};
}

Result<void> Store::rebuild(const Progress &progress)
{
    if (m_writeBlock)
        return m_writeBlock->error();
    qint64 total = 0;
    if (progress) {
        auto n = m_log->count();
        if (!n)
            return n.error();
        total = *n;
        if (!progress(0, total))
            return cancelledError(QStringLiteral("the projections were not rebuilt; nothing was changed"));
    }
    Db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = m_projector->clear(); !r)
        return r;
    if (auto r = replayLog(progress, 0, total); !r)
        return r;
    // The last word before the commit: a cancel now still changes nothing.
    if (progress && !progress(total, total))
        return cancelledError(QStringLiteral("the projections were not rebuilt; nothing was changed"));
    if (auto r = tx.commit(); !r)
        return r;
    ++m_ownCommits;
    return {};
}

Result<void> Store::refoldRecord(const QString &entity, const QString &id)
{
    return m_projector->refold(entity, id);
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
    if (st->failed()) {
        markDamaged({st->lastError().message});
        return Error{Error::Code::Corrupt, st->lastError().message, {}};
    }
    if (!problems.isEmpty()) {
        markDamaged(problems);
    } else if (m_writeBlock && m_writeBlock->reason == WriteBlock::Reason::Damaged) {
        QFile::remove(QDir(m_dataDir).filePath(QLatin1String(kDamagedMarker)));
        m_writeBlock.reset();
        if (auto r = checkHead(); !r)
            return r.error();
    }
    return problems;
}

Result<VerifyReport> Store::verify(const Progress &progress)
{
    VerifyReport report;
    auto integrity = quickCheck();
    if (!integrity)
        return integrity.error();
    report.integrityProblems = *integrity;
    if (isReadOnly()) {
        // The projections are compared by replaying the log, which writes: on a copy, when the store is read-only.
        QTemporaryDir tmp;
        if (!tmp.isValid())
            return Error::io(QStringLiteral("cannot make a temporary folder to verify a read-only store"));
        const QString copy = QDir(tmp.path()).filePath(QLatin1String(kDatabaseFile));
        auto into = m_db.prepare(QStringLiteral("VACUUM INTO ?1"));
        if (!into)
            return into.error();
        into->bind(1, copy);
        if (auto r = into->exec(); !r)
            return r.error();
        auto other = Store::open(tmp.path(), false);
        if (!other)
            return other.error();
        auto r = (*other)->verify(progress);
        if (!r)
            return r.error();
        r->integrityProblems = report.integrityProblems;
        return r;
    }
    auto count = m_log->count();
    if (!count)
        return count.error();
    report.events = *count;
    auto devices = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM device_heads"));
    if (!devices)
        return devices.error();
    report.devices = *devices;
    // The chain check, then the replay: each event is passed twice.
    const qint64 total = 2 * report.events;
    auto chain = m_log->verify(progress ? LogProgress([&](qint64 done, qint64) { return progress(done, total); })
                                        : LogProgress());
    if (!chain)
        return chain.error();
    report.chainProblems = *chain;
    if (m_writeBlock && m_writeBlock->reason == WriteBlock::Reason::EventsLost)
        report.journalProblems.append(m_writeBlock->detail);
    // The same dossier code given to two dossiers (numbering continued over lost events, or two devices with one
    // tag): the events say, whatever the projection kept.
    auto dup = m_db.prepare(QStringLiteral(
        "SELECT json_extract(payload, '$.code') AS code, count(DISTINCT entity_id) FROM events"
        " WHERE type = 'DossierReceived' GROUP BY code HAVING count(DISTINCT entity_id) > 1 ORDER BY code LIMIT 20"));
    if (!dup)
        return dup.error();
    while (dup->next())
        report.journalProblems.append(
            QStringLiteral("dossier code %1 was given to %2 dossiers").arg(dup->text(0)).arg(dup->integer(1)));
    if (dup->failed())
        return dup->lastError();

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
        auto replay = replayLog(progress, report.events, total);
        if (!replay && replay.error().field == QLatin1String("cancelled"))
            return replay.error();
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
    if (progress && !progress(total, total))
        return cancelledError(QStringLiteral("the check did not finish"));
    return report;
}

} // namespace MotCua
