#pragma once

#include "core/domain/dossierstate.h"
#include "core/store/event.h"
#include "core/sync/net/sqlconnection.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <variant>
#include <vector>

namespace MotCua::Province
{

// Why the server refuses something, as the protocol names it (docs/sync-protocol.md, "Errors").
struct Refusal
{
    int status = 400;
    QString code;    // malformed, token_invalid, gap, fork, ...
    QString message; // one line
    qint64 headSeq = -1;
    QString headHash;
};

struct DeviceHead
{
    qint64 seq = 0;
    QString hash;
};

struct Caller
{
    QString deviceId;
    QString commune;
};

struct PushResult
{
    qint64 accepted = 0;
    qint64 alreadyHad = 0;
    DeviceHead head;
};

struct PulledEvent
{
    qint64 cursor = 0;
    QByteArray line; // the event line as it was pushed (JSON text)
};

struct DaySummary
{
    QString day; // YYYY-MM-DD, Vietnam time
    qint64 count = 0;
    QString digest;
};

struct Allotment
{
    QString kind;
    QString series;   // kind outgoing: the register series
    QString unitCode; // what official codes start with: the province's code of the commune's unit
    struct Block
    {
        QString day;
        qint64 first = 0;
        qint64 last = 0;
    };
    QList<Block> blocks;
};

// What anyone may see of a dossier, by its code: nothing about the person.
struct PublicDossier
{
    QString code;
    QString provisionalCode;
    QString procedureCode;
    QString procedureName;
    QDateTime receivedAt;
    QDateTime dueAt;
    DossierState state = DossierState::Received;
};

struct Stats
{
    qint64 events = 0;
    qint64 devices = 0;
    qint64 revokedDevices = 0;
    qint64 communes = 0;
    qint64 blobs = 0;
    qint64 openCodes = 0;
    qint64 published = 0;
};

// Where an upload in parts stands (docs/sync-protocol.md §9).
struct BlobUpload
{
    qint64 received = 0; // the bytes the province holds of it, from the first
    qint64 total = 0;
    bool stored = false; // this part completed it and the whole was stored now
};

struct Published
{
    QString kind;
    qint64 version = 0;
    QDateTime publishedAt;
    QByteArray content; // JSON text
};

// The provincial server's storage and rules, on SQLite or PostgreSQL (docs/sync-protocol.md): enrolment codes,
// devices and their tokens, the append-only events of every commune with a per-commune order, blobs, published
// documents. Thread-safe: each call borrows a connection from a small pool. Several server processes may share
// one PostgreSQL database: every rule that must not race is checked inside the write transaction, under row locks.
class ProvinceStore
{
public:
    static constexpr int kMaxBatch = 2000;
    static constexpr int kMaxPull = 5000;

    // Connects and migrates (several processes migrating at once wait for each other).
    static Result<std::unique_ptr<ProvinceStore>> open(const QString &dbUrl);
    ~ProvinceStore();

    // A one-time enrolment code for a commune, valid `days` days; only its hash is kept.
    Result<QString> issueEnrolmentCode(const QString &commune, int days = 7);
    // Uses a code once: the device (new, or enrolled before: its token is replaced) gets a token.
    // Refusal on an unknown, used or expired code, or a code of another commune.
    struct Enrolled
    {
        QString token;
        DeviceHead head;
    };
    // `claimed`: the head of the device's chain in the store that enrols (sent by the client). When the province
    // holds more of this device's chain than that, or the same length with another last hash, the store is not the
    // device's (an old copy, another PC): refused (409 other_history) before anything changes, the device's token and
    // the code included.
    std::variant<Enrolled, Refusal, Error> enrol(const QString &code, const QString &commune, const QString &deviceId,
                                                 const QString &deviceName,
                                                 const std::optional<DeviceHead> &claimed = std::nullopt);
    std::variant<Caller, Refusal, Error> authenticate(const QString &token);
    Result<bool> revokeDevice(const QString &deviceId);
    Result<DeviceHead> head(const QString &deviceId);

    // One push batch, all or nothing: the batch's event lines as they came, each the JSON text of one line.
    std::variant<PushResult, Refusal, Error> push(const Caller &caller, const QList<QByteArrayView> &lines);
    // The lines of a push body `{"events":[line,...]}` (white space allowed between tokens), found by a scan that
    // follows strings and nesting without parsing the lines: they are parsed one by one, on two threads, by push().
    // Any other form (another member, a trailing comma, garbage) gives nullopt: the caller then reads the body with
    // the general parser, which decides.
    static std::optional<QList<QByteArrayView>> splitPushBody(QByteArrayView body);
    // The commune's events after `after` from other devices than the caller's, in the commune's order.
    Result<QList<PulledEvent>> pull(const Caller &caller, qint64 after, int limit);
    // (count, digest) of the commune's events per Vietnam day, for the days asked.
    Result<QList<DaySummary>> daySummaries(const QString &commune, const QStringList &days);
    // The (id, hash) of the commune's events of one Vietnam day, in id order, at most `limit` of them.
    Result<QList<std::pair<QString, QString>>> dayEvents(const QString &commune, const QString &day, int limit);
    static constexpr int kMaxDayEvents = 50000;

    // Blocks of official serials for the caller's device: `count` numbers of `kind` for each day asked.
    // `series`: for kind "outgoing", the register series numbered (its own count); empty otherwise.
    std::variant<Allotment, Refusal, Error> allot(const Caller &caller, const QString &kind,
                                                  const QList<std::pair<QString, int>> &requests,
                                                  const QString &series = {});
    // The province's code of a commune's unit (the start of its official dossier codes; default: the commune code).
    Result<void> setUnitCode(const QString &commune, const QString &unitCode);

    // The public view of a commune's dossier by its code (official or provisional).
    Result<std::optional<PublicDossier>> publicDossier(const QString &commune, const QString &code);

    Result<bool> hasBlob(const QString &sha256);
    // False when it was held already.
    Result<bool> putBlob(const QString &sha256, const QByteArray &bytes);
    // An upload in parts, by one device (each device's own: another's bytes never mix in). uploadOffset: the bytes
    // received so far of its unfinished upload of `sha256` (0: none). putBlobPart: bytes [start, start + size) of a
    // file of `total` bytes. A part that starts before what was received (sent again after a lost answer) gives only
    // its new bytes; one that starts after it is refused (409 upload_offset); once the parts reach `total` they are
    // joined and hashed, and stored (or dropped and refused, 422 hash_mismatch). When the file is held already
    // (another device finished it), the upload is dropped and the answer says it is all there.
    Result<qint64> uploadOffset(const Caller &caller, const QString &sha256);
    std::variant<BlobUpload, Refusal, Error> putBlobPart(const Caller &caller, const QString &sha256, qint64 start,
                                                         qint64 total, const QByteArray &part);
    // The bytes stored under `sha256`, or none.
    Result<std::optional<QByteArray>> blob(const QString &sha256);

    Result<Published> publish(const QString &kind, const QByteArray &contentJson);
    // Publishes `contentJson` as version 1 of `kind` when nothing of that kind was ever published; otherwise nothing
    // changes and nullopt comes back. Decided inside the write transaction: two processes starting at once publish
    // once.
    Result<std::optional<Published>> publishFirst(const QString &kind, const QByteArray &contentJson);
    Result<std::optional<Published>> published(const QString &kind);

    Result<Stats> stats();

    // What a province may publish (the CLI checks before it calls publish()): "catalog" as
    // CatalogService::checkPublishable, "holidays" as CalendarService::parsePublished. Returns how many procedures or
    // years it holds.
    static Result<int> checkPublication(const QString &kind, const QByteArray &contentJson);

    // The digest of one day (docs/sync-protocol.md "Reconcile"): SHA-256 over "id hash\n" in ascending id order.
    static QString dayDigest(QList<std::pair<QString, QString>> idHash);
    // The Vietnam date of an hlc.
    static QString dayOf(qint64 hlc);

private:
    explicit ProvinceStore(QString url) : m_url(std::move(url)) {}
    class Lease;
    static Result<void> updatePublic(SqlConnection &db, const QString &commune, const QList<const Event *> &events);
    Result<std::optional<Published>> publishVersion(const QString &kind, const QByteArray &contentJson, bool onlyFirst);
    Result<std::unique_ptr<SqlConnection>> take();
    void give(std::unique_ptr<SqlConnection> c);

    // On SQLite, the write-ahead log is copied into the database by a thread of its own, not by the request that
    // happens to commit past the threshold (a push would otherwise wait for the copy and its fsync).
    void startCheckpoints();
    void stopCheckpoints();

    // The order in which each device's pushes came in: a counter keeps two batches on the wire at once, and the later
    // one waits, before its transaction, for the pushes of the same device that came in before it (push()).
    class Turn;
    std::mutex m_turnMutex;
    std::condition_variable m_turnDone;
    QHash<QString, std::pair<quint64, std::set<quint64>>> m_turns; // device: (last ticket given, tickets not done)

    QString m_url;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<SqlConnection>> m_idle;
    std::thread m_checkpointer;
    std::condition_variable m_wake;
    bool m_stopping = false; // under m_mutex
};

} // namespace MotCua::Province
