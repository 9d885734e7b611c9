#include "core/sync/net/provincestore.h"

#include "core/domain/dossierstate.h"
#include "core/domain/ids.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/store/canonicaljson.h"
#include "core/sync/eventline.h"
#include "core/util/log.h"
#include "core/util/sha256.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <QRegularExpression>
#include <algorithm>
#include <chrono>
#include <future>

namespace MotCua::Province
{

namespace
{

// The migrations, written once for both dialects in SQLite's words: forDialect() turns INTEGER into BIGINT and BLOB
// into BYTEA for PostgreSQL. Each runs once, recorded in schema_version.
struct ServerMigration
{
    int version;
    const char *sql;
};
constexpr ServerMigration kMigrations[] = {
    {1, R"SQL(
CREATE TABLE IF NOT EXISTS communes (code TEXT PRIMARY KEY, last_seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY, commune TEXT NOT NULL, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
    revoked INTEGER NOT NULL DEFAULT 0, head_seq INTEGER NOT NULL DEFAULT 0, head_hash TEXT NOT NULL DEFAULT '',
    enrolled_at TEXT NOT NULL, last_seen TEXT);
CREATE TABLE IF NOT EXISTS enrolment_codes (
    code_hash TEXT PRIMARY KEY, commune TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,
    used_at TEXT, used_by TEXT);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, commune TEXT NOT NULL, cseq INTEGER NOT NULL, device TEXT NOT NULL,
    device_seq INTEGER NOT NULL, hlc INTEGER NOT NULL, day TEXT NOT NULL, hash TEXT NOT NULL, line TEXT NOT NULL,
    received_at TEXT NOT NULL, UNIQUE (commune, cseq), UNIQUE (device, device_seq));
CREATE INDEX IF NOT EXISTS events_day ON events (commune, day);
CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL,
    stored_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS published (kind TEXT NOT NULL, version INTEGER NOT NULL, published_at TEXT NOT NULL,
    content TEXT NOT NULL, PRIMARY KEY (kind, version));
)SQL"},
    // Version 2: official numbers. The serials of each commune, kind and day are counted under that counter row's
    // lock and given out in blocks to devices, which number from them offline (docs/sync-protocol.md, "Numbers").
    {2, R"SQL(
ALTER TABLE communes ADD COLUMN unit_code TEXT;
CREATE TABLE IF NOT EXISTS number_counters (commune TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL,
    last INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (commune, kind, day));
CREATE TABLE IF NOT EXISTS number_blocks (commune TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL,
    device TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, issued_at TEXT NOT NULL,
    PRIMARY KEY (commune, kind, day, first));
)SQL"},
    // Version 3: what the public may see of a dossier (its code, procedure, dates and state: nothing personal), kept
    // as events arrive, for the page the receipt's QR code opens.
    {3, R"SQL(
CREATE TABLE IF NOT EXISTS public_dossiers (commune TEXT NOT NULL, id TEXT NOT NULL, code TEXT NOT NULL,
    provisional_code TEXT, procedure_code TEXT NOT NULL, procedure_name TEXT NOT NULL, received_at TEXT NOT NULL,
    due_at TEXT, state TEXT NOT NULL, updated_hlc INTEGER NOT NULL, PRIMARY KEY (commune, id));
CREATE INDEX IF NOT EXISTS public_dossiers_code ON public_dossiers (commune, code);
CREATE INDEX IF NOT EXISTS public_dossiers_provisional ON public_dossiers (commune, provisional_code);
)SQL"},
    // Version 4: blobs uploaded in parts (docs/sync-protocol.md §9): what each device sent so far of each file, its
    // parts kept until the whole is there and hashes to its name.
    {4, R"SQL(
CREATE TABLE IF NOT EXISTS blob_uploads (sha256 TEXT NOT NULL, device TEXT NOT NULL, total INTEGER NOT NULL,
    received INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (sha256, device));
CREATE TABLE IF NOT EXISTS blob_parts (sha256 TEXT NOT NULL, device TEXT NOT NULL, start INTEGER NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY (sha256, device, start));
)SQL"},
};

QByteArray forDialect(const char *sql, SqlConnection::Dialect dialect)
{
    QString text = QString::fromUtf8(sql);
    if (dialect == SqlConnection::Dialect::Postgres) {
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
        text.replace(integer, QStringLiteral("BIGINT")).replace(blob, QStringLiteral("BYTEA"));
    }
    return text.toUtf8();
}

constexpr int kSchemaVersion = kMigrations[std::size(kMigrations) - 1].version;
constexpr auto kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int kInsertChunk = 100;
constexpr qsizetype kLineMembers = 11; // the members of an event line (docs/sync-protocol.md §5)

QString sha256Hex(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

QString nowIso()
{
    return Time::toUtcIso(QDateTime::currentDateTimeUtc());
}

QString normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (c == u'-' || c.isSpace())
            continue;
        out += c.toUpper();
    }
    return out;
}

// The events whose payload the public view reads (ProvinceStore::updatePublic): their payload object is built as the
// batch is checked; the others' payloads travel and are stored as text only.
bool publicViewReadsPayload(const Event &e)
{
    if (e.entity != u"dossier")
        return false;
    return e.type == EventType::DossierReceived || e.type == EventType::DossierCodeAssigned ||
           e.type == EventType::DossierTransferred || e.type == EventType::SupplementReceived ||
           e.type == EventType::DelayApologized;
}

Refusal refusal(int status, const char *code, const QString &message, const DeviceHead *head = nullptr)
{
    Refusal r{status, QLatin1String(code), message, -1, {}};
    if (head) {
        r.headSeq = head->seq;
        r.headHash = head->hash;
    }
    return r;
}

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isHex64(const QString &s)
{
    return s.size() == 64 && std::all_of(s.cbegin(), s.cend(), isLowerHex);
}

bool isUuid(const QString &s)
{
    // 8-4-4-4-12 lower-case hex digits
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s.at(i) != u'-' : !isLowerHex(s.at(i)))
            return false;
    }
    return true;
}

} // namespace

// A connection borrowed from the pool for one call, returned when it goes out of scope (dropped after an error
// that may have left it unusable).
class ProvinceStore::Lease
{
public:
    Lease(ProvinceStore &s, std::unique_ptr<SqlConnection> c) : m_s(s), m_c(std::move(c)) {}
    ~Lease()
    {
        if (m_c && !m_broken)
            m_s.give(std::move(m_c));
    }
    SqlConnection &operator*() { return *m_c; }
    SqlConnection *operator->() { return m_c.get(); }
    void broken() { m_broken = true; }

private:
    ProvinceStore &m_s;
    std::unique_ptr<SqlConnection> m_c;
    bool m_broken = false;
};

Result<std::unique_ptr<SqlConnection>> ProvinceStore::take()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto c = std::move(m_idle.back());
            m_idle.pop_back();
            return c;
        }
    }
    return connectDatabase(m_url);
}

void ProvinceStore::give(std::unique_ptr<SqlConnection> c)
{
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < 16)
        m_idle.push_back(std::move(c));
}

ProvinceStore::~ProvinceStore()
{
    stopCheckpoints();
}

void ProvinceStore::startCheckpoints()
{
    m_checkpointer = std::thread([this] {
        auto c = connectDatabase(m_url);
        if (!c) {
            Log::get("province")
                ->warn("no connection for the background checkpoints ({}); requests checkpoint the "
                       "write-ahead log themselves",
                       c.error().message.toStdString());
            return;
        }
        bool failing = false;
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            m_wake.wait_for(lock, std::chrono::milliseconds(250));
            if (m_stopping)
                break;
            lock.unlock();
            // PASSIVE: copies what no reader still needs, never waits for a writer or blocks one. A failure (a full
            // disk) is logged once, not four times a second.
            auto r = (*c)->script("PRAGMA wal_checkpoint(PASSIVE)");
            if (!r && !failing)
                Log::get("province")->warn("checkpoint failed: {}", r.error().message.toStdString());
            failing = !r;
            lock.lock();
        }
    });
}

void ProvinceStore::stopCheckpoints()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
}

#define LEASE(name)                                                                                                    \
    auto name##Taken = take();                                                                                         \
    if (!name##Taken)                                                                                                  \
        return name##Taken.error();                                                                                    \
    Lease name(*this, std::move(*name##Taken))

Result<std::unique_ptr<ProvinceStore>> ProvinceStore::open(const QString &dbUrl)
{
    std::unique_ptr<ProvinceStore> s(new ProvinceStore(dbUrl));
    auto c = connectDatabase(dbUrl);
    if (!c)
        return c.error();
    SqlConnection &db = **c;
    SqlTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (db.dialect() == SqlConnection::Dialect::Postgres) {
        // Two processes starting together: the second waits here until the first has migrated.
        if (auto r = db.query(QStringLiteral("SELECT pg_advisory_xact_lock(7743001)")); !r)
            return r.error();
    }
    if (auto r = db.script("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"); !r)
        return r.error();
    auto v = db.query(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!v)
        return v.error();
    const qint64 have = v->isEmpty() || v->first().first().isNull() ? 0 : v->first().first().toLongLong();
    if (have > kSchemaVersion)
        return Error::invalid(
            QStringLiteral("the database was made by a newer motcua-province (schema %1; this one knows %2)")
                .arg(have)
                .arg(kSchemaVersion),
            QStringLiteral("db"));
    for (const ServerMigration &m : kMigrations) {
        if (m.version <= have)
            continue;
        if (auto r = db.script(forDialect(m.sql, db.dialect())); !r)
            return r.error();
        if (auto r = db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {qint64(m.version)});
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (db.dialect() == SqlConnection::Dialect::Sqlite)
        s->startCheckpoints();
    s->give(std::move(*c));
    return s;
}

Result<QString> ProvinceStore::issueEnrolmentCode(const QString &commune, int days)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{5}$"));
    if (!re.match(commune).hasMatch())
        return Error::invalid(QStringLiteral("a commune code is five digits (00004), not %1").arg(commune.left(40)),
                              QStringLiteral("commune"));
    QString raw;
    const QByteArray alphabet(kCodeAlphabet);
    for (int i = 0; i < 12; ++i)
        raw += QLatin1Char(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    LEASE(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto r = db->exec(QStringLiteral("INSERT INTO enrolment_codes (code_hash, commune, issued_at, expires_at) "
                                         "VALUES (?, ?, ?, ?)"),
                          {sha256Hex(raw.toLatin1()), commune, Time::toUtcIso(now), Time::toUtcIso(now.addDays(days))});
        !r)
        return r.error();
    return QString(raw.mid(0, 4) + u'-' + raw.mid(4, 4) + u'-' + raw.mid(8, 4));
}

std::variant<ProvinceStore::Enrolled, Refusal, Error> ProvinceStore::enrol(const QString &code, const QString &commune,
                                                                           const QString &deviceId,
                                                                           const QString &deviceName,
                                                                           const std::optional<DeviceHead> &claimed)
{
    if (!isUuid(deviceId))
        return refusal(400, "malformed", QStringLiteral("device_id is not a UUID"));
    if (deviceName.isEmpty() || deviceName.size() > 64)
        return refusal(400, "malformed", QStringLiteral("device_name must be 1 to 64 characters"));
    auto taken = take();
    if (!taken)
        return taken.error();
    Lease db(*this, std::move(*taken));
    SqlTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QString codeHash = sha256Hex(normaliseCode(code).toLatin1());
    const QString now = nowIso();
    auto row =
        db->query(QStringLiteral("SELECT commune, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?") +
                      db->forUpdate(),
                  {codeHash});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return refusal(403, "code_invalid", QStringLiteral("this enrolment code is not one the province issued"));
    const Row &c = row->first();
    if (!c.at(2).isNull())
        return refusal(403, "code_invalid", QStringLiteral("this enrolment code was used already"));
    if (c.at(1).toString() <= now)
        return refusal(403, "code_invalid", QStringLiteral("this enrolment code has expired"));
    if (c.at(0).toString() != commune)
        return refusal(
            403, "wrong_commune",
            QStringLiteral("this enrolment code is for commune %1, not %2").arg(c.at(0).toString(), commune));
    auto dev = db->query(
        QStringLiteral("SELECT commune, head_seq, head_hash FROM devices WHERE id = ?") + db->forUpdate(), {deviceId});
    if (!dev)
        return dev.error();
    DeviceHead head;
    const QByteArray tokenBytes = [] {
        QByteArray b(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), 8);
        return b.toHex();
    }();
    const QString token = QString::fromLatin1(tokenBytes);
    if (!dev->isEmpty()) {
        if (dev->first().at(0).toString() != commune)
            return refusal(403, "wrong_commune", QStringLiteral("this device is enrolled for another commune"));
        head = {dev->first().at(1).toLongLong(), dev->first().at(2).toString()};
        if (claimed && head.seq > 0 &&
            (claimed->seq < head.seq || (claimed->seq == head.seq && claimed->hash != head.hash)))
            return refusal(409, "other_history",
                           QStringLiteral("the province holds a history of this device (%1 events) that is not this "
                                          "store's: was this store restored as a copy of another PC? Restore it as a "
                                          "copy (a new device) and enrol again")
                               .arg(head.seq),
                           &head);
        if (auto r = db->exec(QStringLiteral("UPDATE devices SET token_hash = ?, revoked = 0, name = ? WHERE id = ?"),
                              {sha256Hex(tokenBytes), deviceName, deviceId});
            !r)
            return r.error();
    } else {
        if (auto r = db->exec(QStringLiteral("INSERT INTO devices (id, commune, name, token_hash, enrolled_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {deviceId, commune, deviceName, sha256Hex(tokenBytes), now});
            !r)
            return r.error();
    }
    if (auto r = db->exec(QStringLiteral("INSERT INTO communes (code) VALUES (?) ON CONFLICT DO NOTHING"), {commune});
        !r)
        return r.error();
    if (auto r = db->exec(QStringLiteral("UPDATE enrolment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?"),
                          {now, deviceId, codeHash});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Enrolled{token, head};
}

std::variant<Caller, Refusal, Error> ProvinceStore::authenticate(const QString &token)
{
    if (token.isEmpty())
        return refusal(401, "token_missing", QStringLiteral("no device token (Authorization: Bearer ...)"));
    auto taken = take();
    if (!taken)
        return taken.error();
    Lease db(*this, std::move(*taken));
    auto row = db->query(QStringLiteral("SELECT id, commune, revoked FROM devices WHERE token_hash = ?"),
                         {sha256Hex(token.toLatin1())});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return refusal(401, "token_invalid", QStringLiteral("this device token is not known here"));
    if (row->first().at(2).toLongLong() != 0)
        return refusal(401, "token_revoked", QStringLiteral("this device was revoked by the province"));
    return Caller{row->first().at(0).toString(), row->first().at(1).toString()};
}

Result<bool> ProvinceStore::revokeDevice(const QString &deviceId)
{
    LEASE(db);
    auto n = db->exec(QStringLiteral("UPDATE devices SET revoked = 1 WHERE id = ?"), {deviceId});
    if (!n)
        return n.error();
    return *n > 0;
}

Result<DeviceHead> ProvinceStore::head(const QString &deviceId)
{
    LEASE(db);
    auto row = db->query(QStringLiteral("SELECT head_seq, head_hash FROM devices WHERE id = ?"), {deviceId});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return DeviceHead{};
    return DeviceHead{row->first().at(0).toLongLong(), row->first().at(1).toString()};
}

QString ProvinceStore::dayOf(qint64 hlc)
{
    // Vietnam time is UTC+7 all year: the day is plain arithmetic (a QTimeZone conversion per event costs more than
    // checking its hash).
    constexpr qint64 kDayMs = 86400000;
    constexpr qint64 kOffsetMs = 7 * 3600 * 1000;
    const qint64 local = HybridClock::physicalMs(hlc) + kOffsetMs;
    const qint64 days = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
    return QDate::fromJulianDay(2440588 + days).toString(Qt::ISODate);
}

QString ProvinceStore::dayDigest(QList<std::pair<QString, QString>> idHash)
{
    std::sort(idHash.begin(), idHash.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    Sha256 h;
    for (const auto &[id, hash] : idHash) {
        h.addData(id.toUtf8());
        h.addData(QByteArrayView(" "));
        h.addData(hash.toUtf8());
        h.addData(QByteArrayView("\n"));
    }
    return h.hexResult();
}

std::optional<QList<QByteArrayView>> ProvinceStore::splitPushBody(QByteArrayView body)
{
    qsizetype i = 0;
    const qsizetype n = body.size();
    const auto ws = [&] {
        while (i < n && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
            ++i;
    };
    const auto take = [&](QByteArrayView token) {
        ws();
        if (body.sliced(i).startsWith(token)) {
            i += token.size();
            return true;
        }
        return false;
    };
    if (!take("{") || !take("\"events\"") || !take(":") || !take("["))
        return std::nullopt;
    QList<QByteArrayView> lines;
    ws();
    if (!take("]")) {
        for (;;) {
            ws();
            if (i >= n || body[i] != '{')
                return std::nullopt;
            // One object: its end is where the nesting it opens closes, strings (and their escapes) skipped.
            const qsizetype start = i;
            int depth = 0;
            bool inString = false;
            for (; i < n; ++i) {
                const char c = body[i];
                if (inString) {
                    if (c == '\\')
                        ++i;
                    else if (c == '"')
                        inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        ++i;
                        break;
                    }
                }
            }
            if (depth != 0 || i > n)
                return std::nullopt;
            lines.append(body.sliced(start, i - start));
            if (lines.size() > kMaxBatch)
                return lines; // push() refuses it for its size
            if (take("]"))
                break;
            if (!take(","))
                return std::nullopt;
        }
    }
    if (!take("}"))
        return std::nullopt;
    ws();
    if (i != n)
        return std::nullopt;
    return lines;
}

// A push's place in its device's queue: taken as the push comes in; wait() returns once every push of the device
// that came in before it is done (or after kWait: the device row's lock still orders them, and a batch that finds a
// gap is refused and sent again); the destructor marks it done.
class ProvinceStore::Turn
{
public:
    static constexpr auto kWait = std::chrono::seconds(10);

    Turn(ProvinceStore &store, const QString &device) : m_store(store), m_device(device)
    {
        std::lock_guard lock(m_store.m_turnMutex);
        auto &[last, open] = m_store.m_turns[m_device];
        m_ticket = ++last;
        open.insert(m_ticket);
    }
    ~Turn()
    {
        {
            std::lock_guard lock(m_store.m_turnMutex);
            auto it = m_store.m_turns.find(m_device);
            it->second.erase(m_ticket);
            if (it->second.empty())
                m_store.m_turns.erase(it);
        }
        m_store.m_turnDone.notify_all();
    }
    Turn(const Turn &) = delete;
    Turn &operator=(const Turn &) = delete;

    void wait()
    {
        std::unique_lock lock(m_store.m_turnMutex);
        m_store.m_turnDone.wait_for(lock, kWait, [this] {
            const auto it = m_store.m_turns.constFind(m_device);
            return it == m_store.m_turns.cend() || *it->second.begin() == m_ticket;
        });
    }

private:
    ProvinceStore &m_store;
    QString m_device;
    quint64 m_ticket = 0;
};

std::variant<PushResult, Refusal, Error> ProvinceStore::push(const Caller &caller, const QList<QByteArrayView> &lines)
{
    if (lines.isEmpty() || lines.size() > kMaxBatch)
        return refusal(400, "malformed", QStringLiteral("a batch holds 1 to %1 events").arg(kMaxBatch));
    Turn turn(*this, caller.deviceId);
    // Everything that needs no database first: the form of each event, that it is the caller's, that its hash
    // matches its content, and that the batch is one stretch of the chain.
    struct Incoming
    {
        Event e;
        QByteArray line;
    };
    const auto where = [](const Event &e) {
        return QStringLiteral("event %1 (#%2)").arg(e.id.left(40)).arg(e.deviceSeq);
    };
    // What is checked of every event read: its form, and that it is the caller's.
    const auto envelope = [&](const Event &e) -> std::optional<Refusal> {
        if (!isUuid(e.id) || e.entity.isEmpty() || e.type.isEmpty() || e.deviceSeq < 1 || e.hlc <= 0 ||
            !isHex64(e.hash) || !(e.prevHash.isEmpty() || isHex64(e.prevHash)))
            return refusal(400, "malformed", where(e) + QStringLiteral(" lacks its id, kind, type, position or clock"));
        if (e.device != caller.deviceId)
            return refusal(403, "foreign_device",
                           where(e) + QStringLiteral(" was written by device %1, not by the device of this token: a "
                                                     "device pushes only its own events")
                                          .arg(e.device.left(40)));
        return std::nullopt;
    };
    // One line on its own: its form, its device, its payload's canonical text, its hash.
    const auto check = [&](QByteArrayView lineText, Incoming &out) -> std::optional<Refusal> {
        QByteArray text;
        // The usual line, in canonical form (as every counter writes it), is read by one scan and stored as it came;
        // its hash is checked over its bytes. Any other line, or one whose hash does not match, goes the general way
        // below, which decides it.
        if (auto e = EventLine::fromCanonicalText(lineText, text); e && e->hash == e->computeHash(text)) {
            if (auto refused = envelope(*e))
                return refused;
            if (publicViewReadsPayload(*e))
                e->payload = QJsonDocument::fromJson(text).object();
            out.line = lineText.toByteArray();
            out.e = std::move(*e);
            return std::nullopt;
        }
        QJsonParseError perr;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromRawData(lineText.data(), lineText.size()), &perr);
        if (perr.error != QJsonParseError::NoError)
            return refusal(400, "malformed", QStringLiteral("an event line is not JSON: ") + perr.errorString());
        if (!doc.isObject())
            return refusal(400, "malformed", QStringLiteral("an event is not a JSON object"));
        const QJsonObject object = doc.object();
        auto e = EventLine::fromJson(object, text);
        if (!e)
            return refusal(400, "malformed", e.error().message);
        if (auto refused = envelope(*e))
            return refused;
        if (e->payloadText() != text)
            return refusal(422, "hash_mismatch",
                           where(*e) + QStringLiteral(" carries a payload not in canonical form"));
        if (e->hash != e->computeHash(text) && e->hash != e->computeLegacyHash())
            return refusal(422, "hash_mismatch", where(*e) + QStringLiteral(" does not match its hash"));
        // What is stored and served: the line as it came (its payload text exactly so), in canonical form; a line
        // with members this server does not know keeps them.
        out.line = object.size() == kLineMembers ? EventLine::toText(*e, text)
                                                 : QJsonDocument(object).toJson(QJsonDocument::Compact);
        out.e = std::move(*e);
        return std::nullopt;
    };
    QList<Incoming> in(lines.size());
    Incoming *cells = in.data(); // each thread writes its own cells; the list is not touched meanwhile
    const auto checkRange = [&](qsizetype from, qsizetype to) -> std::optional<Refusal> {
        for (qsizetype i = from; i < to; ++i) {
            if (auto refused = check(lines.at(i), cells[i]))
                return refused;
        }
        return std::nullopt;
    };
    // A big batch is checked by two threads, each its half (hashing and re-reading the payloads is most of the
    // work); the first refusal in the batch's order is the answer.
    const qsizetype half = lines.size() >= 64 ? lines.size() / 2 : 0;
    auto firstHalf = std::async(half ? std::launch::async : std::launch::deferred, [&] { return checkRange(0, half); });
    const std::optional<Refusal> second = checkRange(half, lines.size());
    if (auto first = firstHalf.get())
        return *first;
    if (second)
        return *second;
    // The batch is one stretch of the chain, in order.
    for (qsizetype i = 1; i < in.size(); ++i) {
        const Event &e = in.at(i).e;
        const Event &prev = in.at(i - 1).e;
        if (e.deviceSeq != prev.deviceSeq + 1 || e.prevHash != prev.hash)
            return refusal(400, "malformed",
                           where(e) + QStringLiteral(" does not follow the event before it in the batch: send a "
                                                     "stretch of the chain in order"));
    }

    // The checks of two batches on the wire at once ran side by side; their transactions go in the order the
    // batches came in (the later one would otherwise find a gap where the earlier is being stored).
    turn.wait();
    auto taken = take();
    if (!taken)
        return taken.error();
    Lease db(*this, std::move(*taken));
    SqlTransaction tx(*db);
    if (auto r = tx.begin(); !r) {
        db.broken();
        return r.error();
    }
    auto dev = db->query(QStringLiteral("SELECT head_seq, head_hash, revoked, commune FROM devices WHERE id = ?") +
                             db->forUpdate(),
                         {caller.deviceId});
    if (!dev)
        return dev.error();
    if (dev->isEmpty() || dev->first().at(2).toLongLong() != 0)
        return refusal(401, "token_revoked", QStringLiteral("this device was revoked by the province"));
    DeviceHead head{dev->first().at(0).toLongLong(), dev->first().at(1).toString()};
    const DeviceHead held = head;
    PushResult result;
    // Events the server holds already must be the very same events.
    const qint64 firstSeq = in.first().e.deviceSeq;
    if (firstSeq <= held.seq) {
        auto rows = db->query(QStringLiteral("SELECT device_seq, id, hash FROM events WHERE device = ? AND "
                                             "device_seq >= ? AND device_seq <= ? ORDER BY device_seq"),
                              {caller.deviceId, firstSeq, std::min(held.seq, in.last().e.deviceSeq)});
        if (!rows)
            return rows.error();
        for (const Row &r : std::as_const(*rows)) {
            const Event &e = in.at(qsizetype(r.at(0).toLongLong() - firstSeq)).e;
            if (r.at(1).toString() != e.id || r.at(2).toString() != e.hash)
                return refusal(409, "fork",
                               QStringLiteral("event %1 takes position #%2 of this device's chain, which the province "
                                              "holds with another event: this device's history forks from what it "
                                              "acknowledged (two machines with one device id?)")
                                   .arg(e.id)
                                   .arg(e.deviceSeq),
                               &held);
            ++result.alreadyHad;
        }
    }
    QList<const Incoming *> fresh;
    for (const Incoming &i : std::as_const(in)) {
        if (i.e.deviceSeq <= held.seq)
            continue;
        if (i.e.deviceSeq > head.seq + 1)
            return refusal(409, "gap",
                           QStringLiteral("event #%1 comes after a gap: the province holds this device's chain up to "
                                          "#%2")
                               .arg(i.e.deviceSeq)
                               .arg(held.seq),
                           &held);
        if (i.e.prevHash != head.hash)
            return refusal(409, "fork",
                           QStringLiteral("event #%1 does not continue the chain the province holds for this device")
                               .arg(i.e.deviceSeq),
                           &held);
        head = {i.e.deviceSeq, i.e.hash};
        fresh.append(&i);
    }
    if (!fresh.isEmpty()) {
        // The commune's order: numbers taken under the commune row's lock, held to the commit, so a reader never
        // sees a later number committed before an earlier one.
        auto last = db->query(QStringLiteral("UPDATE communes SET last_seq = last_seq + ? WHERE code = ? RETURNING "
                                             "last_seq"),
                              {qint64(fresh.size()), caller.commune});
        if (!last)
            return last.error();
        if (last->isEmpty())
            return Error{Error::Code::Internal, QStringLiteral("commune %1 has no row").arg(caller.commune), {}};
        qint64 cseq = last->first().first().toLongLong() - fresh.size();
        const QString now = nowIso();
        for (qsizetype from = 0; from < fresh.size(); from += kInsertChunk) {
            const qsizetype n = std::min<qsizetype>(kInsertChunk, fresh.size() - from);
            QString sql = QStringLiteral("INSERT INTO events (id, commune, cseq, device, device_seq, hlc, day, hash, "
                                         "line, received_at) VALUES ");
            QVariantList params;
            params.reserve(n * 10);
            for (qsizetype k = 0; k < n; ++k) {
                const Incoming &i = *fresh.at(from + k);
                // On SQLite the line goes in as its UTF-8 bytes, stored as text by the cast (no conversion either
                // way); PostgreSQL takes it as text (a binary parameter measured slower there).
                const bool bytes = db->dialect() == SqlConnection::Dialect::Sqlite;
                sql += QLatin1String(k ? "," : "") + (bytes ? QStringLiteral("(?,?,?,?,?,?,?,?,CAST(? AS TEXT),?)")
                                                            : QStringLiteral("(?,?,?,?,?,?,?,?,?,?)"));
                params << i.e.id << caller.commune << ++cseq << i.e.device << i.e.deviceSeq << i.e.hlc << dayOf(i.e.hlc)
                       << i.e.hash << (bytes ? QVariant(i.line) : QVariant(QString::fromUtf8(i.line))) << now;
            }
            if (auto r = db->exec(sql, params); !r) {
                if (r.error().code == Error::Code::Conflict || r.error().message.contains(u"UNIQUE"))
                    return refusal(409, "id_conflict",
                                   QStringLiteral("an event of this batch has the id of another event the province "
                                                  "holds: refused, never overwritten"));
                return r.error();
            }
        }
        QList<const Event *> dossierEvents;
        for (const Incoming *i : std::as_const(fresh)) {
            if (i->e.entity == u"dossier")
                dossierEvents.append(&i->e);
        }
        if (auto r = updatePublic(*db, caller.commune, dossierEvents); !r)
            return r.error();
        if (auto r = db->exec(QStringLiteral("UPDATE devices SET head_seq = ?, head_hash = ?, last_seen = ? WHERE "
                                             "id = ?"),
                              {head.seq, head.hash, now, caller.deviceId});
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r) {
        db.broken();
        return r.error();
    }
    result.accepted = fresh.size();
    result.head = head;
    return result;
}

// The public view of the dossiers a batch touches: their rows read in one query, the events folded in memory, the rows
// written back in a few multi-row upserts (a statement per event would cost a round trip each on PostgreSQL). Events
// of other counters may arrive out of their fold order: an event older (by hlc) than the one a row stands on is not
// applied over it, so the page shows the latest action.
// The payload is read of the events publicViewReadsPayload() names only (the others' payload objects are not built).
Result<void> ProvinceStore::updatePublic(SqlConnection &db, const QString &commune, const QList<const Event *> &events)
{
    if (events.isEmpty())
        return {};
    struct PublicRow
    {
        QString code, provisionalCode, procedureCode, procedureName, receivedAt, dueAt, state;
        qint64 updatedHlc = 0;
        bool changed = false;
    };
    QHash<QString, PublicRow> rows;
    QStringList ids;
    QSet<QString> seen;
    for (const Event *e : events) {
        if (!seen.contains(e->entityId)) {
            seen.insert(e->entityId);
            ids.append(e->entityId);
        }
    }
    constexpr int kChunk = 200;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList part = ids.mid(from, kChunk);
        QString marks;
        QVariantList params{commune};
        for (const QString &id : part) {
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            params << id;
        }
        auto held = db.query(QStringLiteral("SELECT id, code, provisional_code, procedure_code, procedure_name, "
                                            "received_at, due_at, state, updated_hlc FROM public_dossiers WHERE "
                                            "commune = ? AND id IN (%1)")
                                 .arg(marks),
                             params);
        if (!held)
            return held.error();
        for (const Row &r : std::as_const(*held))
            rows.insert(r.at(0).toString(),
                        {r.at(1).toString(), r.at(2).toString(), r.at(3).toString(), r.at(4).toString(),
                         r.at(5).toString(), r.at(6).toString(), r.at(7).toString(), r.at(8).toLongLong(), false});
    }
    for (const Event *e : events) {
        const QJsonObject &p = e->payload;
        auto it = rows.find(e->entityId);
        if (e->type == EventType::DossierReceived) {
            if (it != rows.end())
                continue; // held already
            rows.insert(e->entityId,
                        {p.value(u"code").toString(), QString(), p.value(u"procedure_code").toString(),
                         p.value(u"procedure_name").toString(), p.value(u"received_at").toString(),
                         p.value(u"due_at").toString(), dossierStateKey(DossierState::Received), e->hlc, true});
            continue;
        }
        if (it == rows.end())
            continue; // its reception has not arrived (yet): nothing public to show
        PublicRow &row = *it;
        if (e->type == EventType::DossierCodeAssigned) {
            if (row.provisionalCode.isEmpty()) {
                row.provisionalCode = row.code;
                row.code = p.value(u"code").toString();
                row.changed = true;
            }
            continue;
        }
        const auto action = dossierActionOfEvent(e->type);
        const auto from = dossierStateFromKey(row.state);
        if (!action || !from || e->hlc < row.updatedHlc)
            continue;
        const auto to = nextState(*from, *action, p.value(u"to_leader").toBool());
        if (!to)
            continue;
        row.state = dossierStateKey(*to);
        row.updatedHlc = e->hlc;
        if (*action == DossierAction::SupplementReceived && p.contains(u"due_at"))
            row.dueAt = p.value(u"due_at").toString();
        else if (*action == DossierAction::Apologize && p.contains(u"new_due_at"))
            row.dueAt = p.value(u"new_due_at").toString();
        row.changed = true;
    }
    QStringList changed;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        if (it->changed)
            changed.append(it.key());
    std::sort(changed.begin(), changed.end());
    constexpr int kWrite = 100;
    for (qsizetype from = 0; from < changed.size(); from += kWrite) {
        QString sql =
            QStringLiteral("INSERT INTO public_dossiers (commune, id, code, provisional_code, procedure_code, "
                           "procedure_name, received_at, due_at, state, updated_hlc) VALUES ");
        QVariantList params;
        const qsizetype n = std::min<qsizetype>(kWrite, changed.size() - from);
        for (qsizetype k = 0; k < n; ++k) {
            const QString &id = changed.at(from + k);
            const PublicRow &r = rows[id];
            sql += k ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?,?,?)");
            params << commune << id << r.code
                   << (r.provisionalCode.isEmpty() ? QVariant() : QVariant(r.provisionalCode)) << r.procedureCode
                   << r.procedureName << r.receivedAt << r.dueAt << r.state << r.updatedHlc;
        }
        sql += QStringLiteral(" ON CONFLICT (commune, id) DO UPDATE SET code = excluded.code, provisional_code = "
                              "excluded.provisional_code, due_at = excluded.due_at, state = excluded.state, "
                              "updated_hlc = excluded.updated_hlc");
        if (auto r = db.exec(sql, params); !r)
            return r.error();
    }
    return {};
}

Result<std::optional<PublicDossier>> ProvinceStore::publicDossier(const QString &commune, const QString &code)
{
    LEASE(db);
    auto rows = db->query(QStringLiteral("SELECT code, provisional_code, procedure_code, procedure_name, received_at, "
                                         "due_at, state FROM public_dossiers WHERE commune = ? AND (code = ? OR "
                                         "provisional_code = ?) LIMIT 1"),
                          {commune, code, code});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<PublicDossier>();
    const Row &r = rows->first();
    PublicDossier d;
    d.code = r.at(0).toString();
    d.provisionalCode = r.at(1).toString();
    d.procedureCode = r.at(2).toString();
    d.procedureName = r.at(3).toString();
    d.receivedAt = QDateTime::fromString(r.at(4).toString(), Qt::ISODate);
    d.dueAt = QDateTime::fromString(r.at(5).toString(), Qt::ISODate);
    d.state = dossierStateFromKey(r.at(6).toString()).value_or(DossierState::Received);
    return std::optional<PublicDossier>(d);
}

Result<QList<PulledEvent>> ProvinceStore::pull(const Caller &caller, qint64 after, int limit)
{
    LEASE(db);
    auto rows = db->query(QStringLiteral("SELECT cseq, line FROM events WHERE commune = ? AND cseq > ? AND device <> ? "
                                         "ORDER BY cseq LIMIT ?"),
                          {caller.commune, after, caller.deviceId, qint64(std::clamp(limit, 1, kMaxPull))});
    if (!rows)
        return rows.error();
    QList<PulledEvent> out;
    out.reserve(rows->size());
    for (const Row &r : std::as_const(*rows))
        out.append({r.at(0).toLongLong(), r.at(1).toString().toUtf8()});
    return out;
}

Result<QList<DaySummary>> ProvinceStore::daySummaries(const QString &commune, const QStringList &days)
{
    LEASE(db);
    QList<DaySummary> out;
    for (const QString &day : days) {
        auto rows =
            db->query(QStringLiteral("SELECT id, hash FROM events WHERE commune = ? AND day = ?"), {commune, day});
        if (!rows)
            return rows.error();
        QList<std::pair<QString, QString>> idHash;
        idHash.reserve(rows->size());
        for (const Row &r : std::as_const(*rows))
            idHash.append({r.at(0).toString(), r.at(1).toString()});
        out.append({day, qint64(idHash.size()), dayDigest(idHash)});
    }
    return out;
}

Result<QList<std::pair<QString, QString>>> ProvinceStore::dayEvents(const QString &commune, const QString &day,
                                                                    int limit)
{
    LEASE(db);
    auto rows =
        db->query(QStringLiteral("SELECT id, hash FROM events WHERE commune = ? AND day = ? ORDER BY id LIMIT ?"),
                  {commune, day, qint64(limit)});
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> out;
    out.reserve(rows->size());
    for (const Row &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString()});
    return out;
}

Result<bool> ProvinceStore::hasBlob(const QString &sha256)
{
    LEASE(db);
    auto rows = db->query(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256});
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Result<bool> ProvinceStore::putBlob(const QString &sha256, const QByteArray &bytes)
{
    LEASE(db);
    auto n = db->exec(QStringLiteral("INSERT INTO blobs (sha256, size, data, stored_at) VALUES (?, ?, ?, ?) ON "
                                     "CONFLICT DO NOTHING"),
                      {sha256, qint64(bytes.size()), bytes, nowIso()});
    if (!n)
        return n.error();
    return *n > 0;
}

Result<qint64> ProvinceStore::uploadOffset(const Caller &caller, const QString &sha256)
{
    LEASE(db);
    auto rows = db->query(QStringLiteral("SELECT received FROM blob_uploads WHERE sha256 = ? AND device = ?"),
                          {sha256, caller.deviceId});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? qint64(0) : rows->first().value(0).toLongLong();
}

std::variant<BlobUpload, Refusal, Error> ProvinceStore::putBlobPart(const Caller &caller, const QString &sha256,
                                                                    qint64 start, qint64 total, const QByteArray &part)
{
    if (total < 1 || start < 0 || part.isEmpty() || start + part.size() > total)
        return refusal(400, "malformed", QStringLiteral("a part is bytes START-END/TOTAL within the file"));
    LEASE(db);
    if (start == 0) {
        // Uploads nobody finished within a week are dropped as a new one starts, in a transaction of their own (the
        // rows of other uploads are not locked by the one below).
        SqlTransaction clean(*db);
        if (auto r = clean.begin(); !r)
            return r.error();
        const QString week = Time::toUtcIso(QDateTime::currentDateTimeUtc().addDays(-7));
        for (const char *sql : {"DELETE FROM blob_parts WHERE EXISTS (SELECT 1 FROM blob_uploads u WHERE "
                                "u.sha256 = blob_parts.sha256 AND u.device = blob_parts.device AND u.updated_at < ?)",
                                "DELETE FROM blob_uploads WHERE updated_at < ?"})
            if (auto r = db->exec(QLatin1String(sql), {week}); !r)
                return r.error();
        if (auto r = clean.commit(); !r)
            return r.error();
    }
    SqlTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QString device = caller.deviceId;
    const auto drop = [&]() -> Result<void> {
        for (const char *table : {"blob_parts", "blob_uploads"})
            if (auto r =
                    db->exec(QStringLiteral("DELETE FROM %1 WHERE sha256 = ? AND device = ?").arg(QLatin1String(table)),
                             {sha256, device});
                !r)
                return r.error();
        return {};
    };
    auto held = db->query(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256});
    if (!held)
        return held.error();
    if (!held->isEmpty()) {
        // Another device's upload finished first: the parts of this one are not needed.
        if (auto r = drop(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return BlobUpload{total, total, false};
    }
    auto upload = db->query(QStringLiteral("SELECT total, received FROM blob_uploads WHERE sha256 = ? AND device = ?") +
                                db->forUpdate(),
                            {sha256, device});
    if (!upload)
        return upload.error();
    qint64 received = 0;
    if (!upload->isEmpty() && upload->first().value(0).toLongLong() != total) {
        // The same name with another size is another upload: the old one is dropped, and this one starts at 0.
        if (auto r = drop(); !r)
            return r.error();
        upload->clear();
    }
    if (upload->isEmpty()) {
        if (start != 0) {
            if (auto r = tx.commit(); !r)
                return r.error();
            return refusal(409, "upload_offset",
                           QStringLiteral("the province holds 0 bytes of this file: send from 0"));
        }
        if (auto r = db->exec(QStringLiteral("INSERT INTO blob_uploads (sha256, device, total, received, updated_at) "
                                             "VALUES (?, ?, ?, 0, ?)"),
                              {sha256, device, total, nowIso()});
            !r)
            return r.error();
    } else {
        received = upload->first().value(1).toLongLong();
    }
    if (start > received) {
        if (auto r = tx.commit(); !r)
            return r.error();
        return refusal(409, "upload_offset",
                       QStringLiteral("the province holds %1 bytes of this file: send from there").arg(received));
    }
    // A part sent again after a lost answer overlaps what was received: only what follows is taken.
    const qint64 skip = received - start;
    if (skip < part.size()) {
        const QByteArray fresh = part.mid(skip);
        if (auto r =
                db->exec(QStringLiteral("INSERT INTO blob_parts (sha256, device, start, data) VALUES (?, ?, ?, ?)"),
                         {sha256, device, received, fresh});
            !r)
            return r.error();
        received += fresh.size();
        if (auto r = db->exec(QStringLiteral("UPDATE blob_uploads SET received = ?, updated_at = ? WHERE sha256 = ? "
                                             "AND device = ?"),
                              {received, nowIso(), sha256, device});
            !r)
            return r.error();
    }
    if (received < total) {
        if (auto r = tx.commit(); !r)
            return r.error();
        return BlobUpload{received, total, false};
    }
    // The whole file: joined, hashed and kept, or dropped when it is not the file its name says.
    auto parts = db->query(QStringLiteral("SELECT data FROM blob_parts WHERE sha256 = ? AND device = ? ORDER BY start"),
                           {sha256, device});
    if (!parts)
        return parts.error();
    QByteArray whole;
    whole.reserve(total);
    for (const Row &r : std::as_const(*parts))
        whole += r.value(0).toByteArray();
    if (auto r = drop(); !r)
        return r.error();
    if (whole.size() != total || Sha256::hex(whole) != sha256) {
        if (auto r = tx.commit(); !r)
            return r.error();
        return refusal(422, "hash_mismatch",
                       QStringLiteral("the parts put together do not hash to the address they were put at: send the "
                                      "file again from 0"));
    }
    if (auto r = db->exec(QStringLiteral("INSERT INTO blobs (sha256, size, data, stored_at) VALUES (?, ?, ?, ?) ON "
                                         "CONFLICT DO NOTHING"),
                          {sha256, total, whole, nowIso()});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return BlobUpload{total, total, true};
}

Result<std::optional<QByteArray>> ProvinceStore::blob(const QString &sha256)
{
    LEASE(db);
    auto rows = db->query(QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"), {sha256});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(rows->first().value(0).toByteArray());
}

Result<std::optional<Published>> ProvinceStore::publishVersion(const QString &kind, const QByteArray &contentJson,
                                                               bool onlyFirst)
{
    LEASE(db);
    SqlTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (db->dialect() == SqlConnection::Dialect::Postgres) {
        if (auto r = db->query(QStringLiteral("SELECT pg_advisory_xact_lock(7743002)")); !r)
            return r.error();
    }
    auto v = db->query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM published WHERE kind = ?"), {kind});
    if (!v)
        return v.error();
    const qint64 held = v->first().first().toLongLong();
    if (onlyFirst && held > 0)
        return std::optional<Published>();
    Published p{kind, held + 1, QDateTime::currentDateTimeUtc(), contentJson};
    if (auto r = db->exec(QStringLiteral("INSERT INTO published (kind, version, published_at, content) VALUES (?, ?, "
                                         "?, ?)"),
                          {kind, p.version, Time::toUtcIso(p.publishedAt), QString::fromUtf8(contentJson)});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return std::optional<Published>(std::move(p));
}

Result<Published> ProvinceStore::publish(const QString &kind, const QByteArray &contentJson)
{
    auto p = publishVersion(kind, contentJson, false);
    if (!p)
        return p.error();
    return std::move(**p);
}

Result<std::optional<Published>> ProvinceStore::publishFirst(const QString &kind, const QByteArray &contentJson)
{
    return publishVersion(kind, contentJson, true);
}

Result<int> ProvinceStore::checkPublication(const QString &kind, const QByteArray &contentJson)
{
    if (kind == u"holidays") {
        auto years = CalendarService::parsePublished(contentJson);
        if (!years)
            return years.error();
        return int(years->size());
    }
    if (kind == u"catalog") {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(contentJson, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return Error::invalid(QStringLiteral("the catalog is not a JSON object: %1").arg(pe.errorString()),
                                  QStringLiteral("catalog"));
        return CatalogService::checkPublishable(doc.object());
    }
    return Error::invalid(QStringLiteral("a province publishes \"catalog\" or \"holidays\""), QStringLiteral("kind"));
}

Result<std::optional<Published>> ProvinceStore::published(const QString &kind)
{
    LEASE(db);
    auto rows = db->query(QStringLiteral("SELECT version, published_at, content FROM published WHERE kind = ? ORDER BY "
                                         "version DESC LIMIT 1"),
                          {kind});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Published>();
    const Row &r = rows->first();
    return std::optional<Published>(Published{kind, r.at(0).toLongLong(),
                                              QDateTime::fromString(r.at(1).toString(), Qt::ISODate),
                                              r.at(2).toString().toUtf8()});
}

std::variant<Allotment, Refusal, Error> ProvinceStore::allot(const Caller &caller, const QString &kind,
                                                             const QList<std::pair<QString, int>> &requests,
                                                             const QString &series)
{
    if (kind != u"dossier" && kind != u"outgoing")
        return refusal(400, "malformed", QStringLiteral("kind is dossier or outgoing"));
    // Outgoing documents are numbered per series of the commune's registers (Decree 30/2020 Đ15): each series has
    // its own count, kept under the kind "outgoing:<series>".
    static const QRegularExpression seriesRe(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    if (!series.isEmpty() && (kind != u"outgoing" || !seriesRe.match(series).hasMatch()))
        return refusal(400, "malformed",
                       QStringLiteral("series is for kind outgoing: lower-case letters, digits and '-', 1 to 32"));
    const QString counted = series.isEmpty() ? kind : kind + u':' + series;
    if (requests.isEmpty() || requests.size() > 62)
        return refusal(400, "malformed", QStringLiteral("ask for 1 to 62 days at a time"));
    for (const auto &[day, count] : requests) {
        if (!QDate::fromString(day, Qt::ISODate).isValid() || day.size() != 10)
            return refusal(400, "malformed", QStringLiteral("a day is YYYY-MM-DD"));
        if (count < 1 || count > 1000)
            return refusal(400, "malformed", QStringLiteral("a block holds 1 to 1000 numbers"));
    }
    auto taken = take();
    if (!taken)
        return taken.error();
    Lease db(*this, std::move(*taken));
    SqlTransaction tx(*db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto unit = db->query(QStringLiteral("SELECT unit_code FROM communes WHERE code = ?"), {caller.commune});
    if (!unit)
        return unit.error();
    Allotment out;
    out.kind = kind;
    out.series = series;
    out.unitCode = unit->isEmpty() || unit->first().first().toString().isEmpty() ? caller.commune
                                                                                 : unit->first().first().toString();
    const QString now = nowIso();
    for (const auto &[day, count] : requests) {
        if (auto r = db->exec(QStringLiteral("INSERT INTO number_counters (commune, kind, day) VALUES (?, ?, ?) ON "
                                             "CONFLICT DO NOTHING"),
                              {caller.commune, counted, day});
            !r)
            return r.error();
        // The counter row stays locked to the commit: two processes never give one serial twice.
        auto last =
            db->query(QStringLiteral("UPDATE number_counters SET last = last + ? WHERE commune = ? AND kind = ? "
                                     "AND day = ? RETURNING last"),
                      {qint64(count), caller.commune, counted, day});
        if (!last)
            return last.error();
        const qint64 to = last->first().first().toLongLong();
        const qint64 from = to - count + 1;
        if (auto r = db->exec(QStringLiteral("INSERT INTO number_blocks (commune, kind, day, device, first, last, "
                                             "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {caller.commune, counted, day, caller.deviceId, from, to, now});
            !r)
            return r.error();
        out.blocks.append({day, from, to});
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<void> ProvinceStore::setUnitCode(const QString &commune, const QString &unitCode)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9.]{1,40}$"));
    if (!re.match(unitCode).hasMatch())
        return Error::invalid(
            QStringLiteral("a unit code is letters, digits and dots (H15.50.05.13), not %1").arg(unitCode.left(40)),
            QStringLiteral("unit_code"));
    LEASE(db);
    if (auto r = db->exec(QStringLiteral("INSERT INTO communes (code, unit_code) VALUES (?, ?) ON CONFLICT (code) DO "
                                         "UPDATE SET unit_code = excluded.unit_code"),
                          {commune, unitCode});
        !r)
        return r.error();
    return {};
}

Result<Stats> ProvinceStore::stats()
{
    LEASE(db);
    auto rows = db->query(
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM devices), (SELECT COUNT(*) FROM devices WHERE "
            "revoked <> 0), (SELECT COUNT(*) FROM communes), (SELECT COUNT(*) FROM blobs), (SELECT COUNT(*) FROM "
            "enrolment_codes WHERE used_at IS NULL AND expires_at > ?), (SELECT COUNT(*) FROM published)"),
        {nowIso()});
    if (!rows)
        return rows.error();
    const Row &r = rows->first();
    return Stats{r.at(0).toLongLong(), r.at(1).toLongLong(), r.at(2).toLongLong(), r.at(3).toLongLong(),
                 r.at(4).toLongLong(), r.at(5).toLongLong(), r.at(6).toLongLong()};
}

} // namespace MotCua::Province
