#include "core/sync/net/syncservice.h"

#include "core/attachments/attachmentservice.h"

#include "core/documents/documentservice.h"
#include "core/domain/ids.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/services/numberblocks.h"
#include "core/services/publicaddress.h"
#include "core/store/canonicaljson.h"
#include "core/sync/eventline.h"
#include "core/sync/net/provincestore.h"
#include "core/sync/net/syncclient.h"
#include "core/sync/net/tokenvault.h"
#include "core/util/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <deque>
#include <future>

namespace MotCua
{

namespace
{
const auto &syncLog()
{
    static const auto logger = Log::get("sync");
    return logger;
}

namespace Key
{
const QString Url = QLatin1String(PublicAddress::kServerUrlKey);
const QString CaFile = QStringLiteral("sync_ca_file");
const QString Acked = QStringLiteral("sync_acked_seq");
const QString Cursor = QStringLiteral("sync_cursor");
const QString LastSuccess = QStringLiteral("sync_last_success");
const QString LastAttempt = QStringLiteral("sync_last_attempt");
const QString LastError = QStringLiteral("sync_last_error");
const QString LastErrorField = QStringLiteral("sync_last_error_field");
const QString Parked = QStringLiteral("sync_parked");
const QString ParkedField = QStringLiteral("sync_parked_field");
const QString History = QStringLiteral("sync_history");
const QString ClockSkew = QStringLiteral("sync_clock_skew_seconds");
const QString ClockCheckedAt = QStringLiteral("sync_clock_checked_at");
} // namespace Key

constexpr int kHistory = 50;
constexpr int kBlobsPerRun = 200; // files fetched in one run at most; the rest on the next
} // namespace

struct SyncService::Run
{
    Sync::Client client;
    Sync::Client second; // a push keeps a second batch on the wire through this one
    SyncReport report;
    Progress progress;
    qint64 toPush = 0;
};

QList<SyncRun> SyncStatus::runs() const
{
    QList<SyncRun> out;
    out.reserve(history.size());
    for (const QJsonValue &v : history) {
        const QJsonObject o = v.toObject();
        out.append({QDateTime::fromString(o.value(u"at").toString(), Qt::ISODate), o.value(u"ok").toBool(),
                    o.value(u"pushed").toInteger(), o.value(u"pulled").toInteger(), o.value(u"error").toString(),
                    o.value(u"field").toString()});
    }
    return out;
}

Sync::Client SyncService::client(const QString &url, const QString &token, const QString &caFile) const
{
    return Sync::Client({url, token, caFile, m_timeoutMs}, m_interrupt);
}

Result<QString> SyncService::token()
{
    return Sync::TokenVault(m_store.dataDir(), m_store.deviceId()).load();
}

Result<void> SyncService::enrol(const Session &actor, const QString &url, const QString &code, const QString &caFile)
{
    if (!actor.can(Permission::Maintain))
        return Error::forbidden(QStringLiteral("only an administrator can enrol this counter with the province"));
    if (!m_store.isInitialised())
        return Error::invalid(QStringLiteral("the store has no commune yet"));
    if (m_store.writeBlock())
        return m_store.writeBlock()->error();
    if (!url.startsWith(u"https://") && !url.startsWith(u"http://"))
        return Error::invalid(QStringLiteral("the server address must start with https:// (or http:// on a test "
                                             "bench), not %1")
                                  .arg(url.left(80)),
                              QStringLiteral("server"));
    if (code.trimmed().isEmpty() || code.size() > 64)
        return Error::invalid(QStringLiteral("an enrolment code looks like ABCD-EFGH-JKLM"), QStringLiteral("code"));
    if (!caFile.isEmpty() && !QFile::exists(caFile))
        return Error::invalid(QStringLiteral("no authority file %1").arg(caFile.left(200)), QStringLiteral("ca"));
    Sync::Client client = this->client(url, {}, caFile);
    // This store's own chain head: a province that holds more of this device's chain refuses before it replaces the
    // device's token (an old copy of the PC enrolling would otherwise cut the PC itself off).
    auto own = m_store.log().head(m_store.deviceId());
    if (!own)
        return own.error();
    const QJsonObject ask{
        {QStringLiteral("code"), code.trimmed()},
        {QStringLiteral("commune"), m_store.communeCode()},
        {QStringLiteral("device_id"), m_store.deviceId()},
        {QStringLiteral("device_name"), m_store.deviceTag()},
        {QStringLiteral("head"), QJsonObject{{QStringLiteral("device_seq"), QString::number(own->first)},
                                             {QStringLiteral("hash"), own->second}}}};
    auto reply = client.post(QStringLiteral("/v1/enroll"), QJsonDocument(ask).toJson(QJsonDocument::Compact));
    if (!reply)
        return reply.error();
    const QString tokenText = reply->body.value(u"token").toString();
    if (tokenText.size() != 64)
        return Error{Error::Code::Network, QStringLiteral("the server's answer holds no token"),
                     QStringLiteral("transient")};
    // What the province already holds of this device (a counter enrolled again): it must be this chain.
    const qint64 serverSeq = reply->body.value(u"head").toObject().value(u"device_seq").toString().toLongLong();
    const QString serverHash = reply->body.value(u"head").toObject().value(u"hash").toString();
    if (serverSeq > 0) {
        auto local = m_store.log().chainAfter(m_store.deviceId(), serverSeq - 1, 1);
        if (!local)
            return local.error();
        if (local->isEmpty() || local->first().first.hash != serverHash)
            return Error{Error::Code::Conflict,
                         QStringLiteral("the province holds a history of this device (%1 events) that is not "
                                        "this store's: was this store restored as a copy of another PC? "
                                        "Restore it as a copy (a new device) and enrol again")
                             .arg(serverSeq),
                         QStringLiteral("other_history")};
    }
    auto kept = Sync::TokenVault(m_store.dataDir(), m_store.deviceId()).save(tokenText);
    if (!kept)
        return kept.error();
    for (const auto &[key, value] :
         {std::pair{Key::Url, url}, std::pair{Key::CaFile, caFile}, std::pair{Key::Acked, QString::number(serverSeq)},
          std::pair{Key::Cursor, QString()}, std::pair{Key::Parked, QString()},
          std::pair{Key::ParkedField, QString()}}) {
        if (auto r = m_store.setMeta(key, value); !r)
            return r;
    }
    syncLog()->info("enrolled with {} (the province holds {} of this device's events); the token is in {}",
                    url.toStdString(), serverSeq,
                    *kept == Sync::TokenVault::Place::Keychain ? "the keychain" : "a file");
    return {};
}

Result<SyncStatus> SyncService::status()
{
    SyncStatus s;
    auto url = m_store.meta(Key::Url);
    if (!url)
        return url.error();
    s.url = *url;
    s.tokenPlace = Sync::TokenVault(m_store.dataDir(), m_store.deviceId()).place();
    s.enrolled = !url->isEmpty() && s.tokenPlace != Sync::TokenVault::Place::None;
    auto acked = m_store.meta(Key::Acked);
    if (!acked)
        return acked.error();
    s.acknowledged = acked->toLongLong();
    auto head = m_store.log().head(m_store.deviceId());
    if (!head)
        return head.error();
    s.pending = std::max<qint64>(0, head->first - s.acknowledged);
    const auto metaText = [&](const QString &key) {
        auto v = m_store.meta(key);
        return v ? *v : QString();
    };
    s.lastSuccess = QDateTime::fromString(metaText(Key::LastSuccess), Qt::ISODate);
    s.lastAttempt = QDateTime::fromString(metaText(Key::LastAttempt), Qt::ISODate);
    s.lastError = metaText(Key::LastError);
    s.lastErrorField = metaText(Key::LastErrorField);
    s.parkedReason = metaText(Key::Parked);
    s.parkedField = metaText(Key::ParkedField);
    s.parked = !s.parkedReason.isEmpty();
    s.history = QJsonDocument::fromJson(metaText(Key::History).toUtf8()).array();
    bool skewKnown = false;
    const qint64 skew = metaText(Key::ClockSkew).toLongLong(&skewKnown);
    if (skewKnown)
        s.clockSkewSeconds = skew;
    s.clockCheckedAt = QDateTime::fromString(metaText(Key::ClockCheckedAt), Qt::ISODate);
    // Offline since the first of the passing faults the newest runs ended with.
    for (const SyncRun &run : s.runs()) {
        if (run.ok || run.field != u"transient")
            break;
        s.offlineSince = run.at;
    }
    return s;
}

Result<QSet<RecordKey>> SyncService::pendingRecords(const QString &entity)
{
    auto acked = m_store.meta(Key::Acked);
    if (!acked)
        return acked.error();
    // The range of this device's chain after the acknowledged position: the (device, device_seq) index.
    auto st = m_store.db().prepare(
        entity.isEmpty()
            ? QStringLiteral("SELECT DISTINCT entity, entity_id FROM events WHERE device = ?1 AND device_seq > ?2")
            : QStringLiteral("SELECT DISTINCT entity, entity_id FROM events WHERE device = ?1 AND device_seq > ?2 "
                             "AND entity = ?3"));
    if (!st)
        return st.error();
    st->bind(1, m_store.deviceId());
    st->bind(2, acked->toLongLong());
    if (!entity.isEmpty())
        st->bind(3, entity);
    QSet<RecordKey> out;
    while (st->next())
        out.insert({st->text(0), st->text(1)});
    if (st->failed())
        return st->lastError();
    return out;
}

namespace
{
// A push batch read from the log and written as its request body, packed in gzip.
struct PushBatch
{
    QList<std::pair<Event, QByteArray>> events;
    QByteArray packed;
};

Result<PushBatch> readPushBatch(Store &store, qint64 after, int size)
{
    auto events = store.log().chainAfter(store.deviceId(), after, size);
    if (!events)
        return events.error();
    if (events->isEmpty())
        return PushBatch{};
    QByteArray body = "{\"events\":[";
    for (const auto &[event, text] : std::as_const(*events)) {
        if (body.size() > 11)
            body += ',';
        body += EventLine::toText(event, text);
    }
    body += "]}";
    return PushBatch{std::move(*events), Sync::Client::pack(body)};
}
} // namespace

Result<void> SyncService::push(Run &run)
{
    auto ackedText = m_store.meta(Key::Acked);
    if (!ackedText)
        return ackedText.error();
    qint64 acked = ackedText->toLongLong();
    qint64 saved = acked;
    // What the province acknowledged is written to the store while batches are on the wire (a batch it holds already
    // and is sent again after a crash comes back as already_had), and before any return.
    const auto saveAcked = [&]() -> Result<void> {
        if (acked == saved)
            return {};
        if (auto r = m_store.setMeta(Key::Acked, QString::number(acked)); !r)
            return r;
        saved = acked;
        return {};
    };
    // Two batches are on the wire at once, each through a connection of its own: the province checks the second
    // while it stores the first, and stores them in the order they came in (docs/sync-protocol.md §5.2); the next
    // batch is read and packed here meanwhile. The replies are taken in the batches' order, and only what the
    // province acknowledged moves `acked`.
    struct InFlight
    {
        PushBatch batch;
        qint64 first = 0;
        qint64 last = 0;
        Sync::Client *client = nullptr;
        std::future<Result<Sync::Reply>> reply;
        bool again = false; // sent a second time after a gap
    };
    std::deque<InFlight> flying;
    Sync::Client *const clients[2] = {&run.client, &run.second};
    int turn = 0;
    const auto send = [](InFlight &f) {
        f.reply = std::async(std::launch::async, [client = f.client, packed = f.batch.packed] {
            return client->postPacked(QStringLiteral("/v1/events"), packed);
        });
    };
    // What a reply acknowledged: counted, and the head it names.
    const auto taken = [&run](const Sync::Reply &reply) {
        run.report.pushed += reply.body.value(u"accepted").toInteger();
        run.report.alreadyHad += reply.body.value(u"already_had").toInteger();
        return reply.body.value(u"head").toObject().value(u"device_seq").toString().toLongLong();
    };
    // Waits for the batches still on the wire (no request may outlive the run); what they got acknowledged counts.
    const auto settle = [&] {
        for (InFlight &f : flying) {
            if (auto reply = f.reply.get())
                acked = std::max(acked, taken(*reply));
        }
        flying.clear();
    };
    const auto fail = [&](Error error) -> Result<void> {
        settle();
        (void)saveAcked();
        return error;
    };
    bool askedHead = false;
    auto next = readPushBatch(m_store, acked, kBatch);
    for (;;) {
        while (flying.size() < 2) {
            if (!next)
                return fail(next.error());
            if (next->events.isEmpty())
                break;
            InFlight f;
            f.first = next->events.first().first.deviceSeq;
            f.last = next->events.last().first.deviceSeq;
            // The client of the batch two before, whose reply has come: the files the batch's events attach go up
            // through it first (§9: the province never holds an event without its file), then the batch.
            f.client = clients[turn++ % 2];
            if (auto up = uploadBlobs(run, *f.client, next->events); !up)
                return fail(up.error());
            f.batch = std::move(*next);
            send(f);
            flying.push_back(std::move(f));
            next = readPushBatch(m_store, flying.back().last, kBatch);
        }
        if (flying.empty())
            return saveAcked();
        if (auto r = saveAcked(); !r)
            return fail(r.error());
        InFlight f = std::move(flying.front());
        flying.pop_front();
        auto reply = f.reply.get();
        if (!reply) {
            if (reply.error().field == u"gap" && f.first == acked + 1 && !f.again) {
                // It reached the province's database before the batch ahead of it (acknowledged since): again.
                f.again = true;
                send(f);
                flying.push_front(std::move(f));
                continue;
            }
            if (reply.error().field == u"gap" && !askedHead) {
                // The province holds less than it acknowledged (its database restored from a backup): send again
                // from what it holds.
                settle();
                askedHead = true;
                auto h = run.client.get(QStringLiteral("/v1/head"));
                if (!h)
                    return fail(h.error());
                acked = std::min(acked, h->body.value(u"device_seq").toString().toLongLong());
                syncLog()->warn("the province holds this device's chain only up to #{}: sending again from there",
                                acked);
                if (auto r = m_store.setMeta(Key::Acked, QString::number(acked)); !r)
                    return r;
                saved = acked;
                next = readPushBatch(m_store, acked, kBatch);
                continue;
            }
            return fail(reply.error());
        }
        const qint64 head = taken(*reply);
        if (head < f.last)
            return fail(Error{
                Error::Code::Network,
                QStringLiteral("the province acknowledged up to #%1 of a batch ending at #%2").arg(head).arg(f.last),
                QStringLiteral("transient")});
        acked = std::max(acked, head);
        if (head > f.last && (flying.empty() || head > flying.back().last)) {
            // The province holds more of this chain than the batches sent: go on from its head.
            settle();
            next = readPushBatch(m_store, acked, kBatch);
        }
        if (run.progress)
            run.progress(SyncStage::Push, run.report.pushed + run.report.alreadyHad,
                         std::max(run.toPush, run.report.pushed + run.report.alreadyHad));
    }
}

namespace
{
// The blob an event attaches, if it is an AttachmentAdded. The log's chain reads give the payload as its text only.
QString attachedBlob(const Event &e, const QByteArray &payloadText = {})
{
    if (e.type != EventType::AttachmentAdded)
        return {};
    if (!e.payload.isEmpty() || payloadText.isEmpty())
        return e.payload.value(u"sha256").toString();
    return QJsonDocument::fromJson(payloadText).object().value(u"sha256").toString();
}
} // namespace

Result<void> SyncService::uploadBlobs(Run &run, Sync::Client &client, const QList<std::pair<Event, QByteArray>> &batch)
{
    for (const auto &[event, text] : batch) {
        const QString sha = attachedBlob(event, text);
        if (sha.isEmpty())
            continue;
        QFile f(AttachmentService::blobFile(m_store.dataDir(), sha));
        if (!f.open(QIODevice::ReadOnly)) {
            // Attached on another counter and its bytes never reached this one (a bundle without them): the event
            // goes anyway; the counter that holds the file uploads it when it pushes its own copy of the event (unless
            // the province has it from that counter already).
            auto held = client.hasBlob(sha);
            if (!held)
                return held.error();
            if (!*held) {
                syncLog()->warn("blob {} of event {} is not held here: pushed without its file", sha.toStdString(),
                                event.id.toStdString());
                ++run.report.blobsMissing;
            }
            continue;
        }
        auto put = client.uploadBlob(sha, f.readAll());
        if (!put)
            return put.error();
        if (*put)
            ++run.report.blobsUploaded;
    }
    return {};
}

Result<void> SyncService::fetchBlobs(Run &run)
{
    // Every file an attachment here refers to and this counter lacks: attached on another counter (pulled just now
    // or before, when the province did not have the bytes yet).
    auto missing = AttachmentService(m_store).missingBlobs(kBlobsPerRun);
    if (!missing)
        return missing.error();
    for (const QString &sha : std::as_const(*missing)) {
        auto bytes = run.client.getBlob(sha);
        if (!bytes) {
            if (bytes.error().code == Error::Code::NotFound) { // not uploaded yet by the counter that has it
                ++run.report.blobsMissing;
                continue;
            }
            return bytes.error();
        }
        if (auto kept = AttachmentService::keepBlob(m_store.dataDir(), sha, *bytes); !kept)
            return kept.error();
        ++run.report.blobsFetched;
    }
    return {};
}

Result<void> SyncService::pull(Run &run)
{
    auto cursorText = m_store.meta(Key::Cursor);
    if (!cursorText)
        return cursorText.error();
    QString cursor = *cursorText;
    // A page: fetched and its lines read on a thread of its own while the page before it is taken into the store
    // (the network and the counter's own work at once). The cursor moves only once a page is in the store.
    struct Page
    {
        QList<Event> events;
        QList<QByteArray> texts;
        QString cursor;
        bool more = false;
    };
    const auto fetch = [&run](const QString &after) -> Result<Page> {
        QString path = QStringLiteral("/v1/events?limit=%1").arg(kBatch);
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + QString::fromLatin1(QUrl::toPercentEncoding(after));
        auto reply = run.client.get(path);
        if (!reply)
            return reply.error();
        const QJsonArray lines = reply->body.value(u"events").toArray();
        Page page;
        page.events.reserve(lines.size());
        page.texts.reserve(lines.size());
        for (const QJsonValue &v : lines) {
            QByteArray text;
            auto e = EventLine::fromJson(v.toObject(), text);
            if (!e)
                return Error{
                    Error::Code::Invalid,
                    QStringLiteral("the province sent an event that cannot be read: %1").arg(e.error().message),
                    QStringLiteral("pulled")};
            page.events.append(std::move(*e));
            page.texts.append(text);
        }
        page.cursor = reply->body.value(u"cursor").toString();
        page.more = reply->body.value(u"more").toBool();
        return page;
    };
    auto page = fetch(cursor);
    for (;;) {
        if (!page)
            return page.error();
        std::future<Result<Page>> ahead;
        if (page->more && !page->cursor.isEmpty())
            ahead = std::async(std::launch::async, fetch, page->cursor);
        // Whatever happens to this page, the one fetched ahead is waited for (it uses the connection).
        const auto settle = [&ahead] {
            if (ahead.valid())
                ahead.wait();
        };
        if (!page->events.isEmpty()) {
            auto taken = m_store.ingest(page->events, page->texts);
            if (!taken) {
                settle();
                Error e = taken.error();
                e.message = QStringLiteral("an event the province sent was refused: ") + e.message;
                if (e.field.isEmpty() || e.field == u"event")
                    e.field = QStringLiteral("pulled");
                return e;
            }
            run.report.pulled += taken->added;
            run.report.conflicts += taken->newConflicts;
        }
        if (page->cursor != cursor) {
            cursor = page->cursor;
            if (auto r = m_store.setMeta(Key::Cursor, cursor); !r) {
                settle();
                return r;
            }
        }
        if (run.progress)
            run.progress(SyncStage::Pull, run.report.pulled, 0);
        if (!ahead.valid())
            return {};
        page = ahead.get();
    }
}

Result<void> SyncService::pullPublished(Run &run)
{
    for (const QString &kind : {QStringLiteral("holidays"), QStringLiteral("catalog")}) {
        auto reply = run.client.get(QStringLiteral("/v1/published/") + kind);
        if (!reply) {
            if (reply.error().field == u"not_found")
                continue; // nothing published yet
            return reply.error();
        }
        const QString key = QStringLiteral("sync_published_") + kind;
        const QString version = reply->body.value(u"version").toString();
        auto held = m_store.meta(key);
        if (!held)
            return held.error();
        if (*held == version)
            continue;
        const QJsonValue content = reply->body.value(u"content");
        Result<qint64> changed = qint64(0);
        if (kind == u"catalog") {
            changed = CatalogService(m_store).applyPublished(content.toObject());
        } else {
            const QByteArray text = content.isArray()
                                        ? QJsonDocument(content.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact);
            auto years = CalendarService(m_store).applyPublished(text);
            changed = years ? Result<qint64>(qint64(*years)) : Result<qint64>(years.error());
        }
        if (!changed) {
            Error e = changed.error();
            e.message = QStringLiteral("the %1 the province published (version %2) cannot be used: %3")
                            .arg(kind, version, e.message);
            e.field = QStringLiteral("published");
            return e;
        }
        if (auto r = m_store.setMeta(key, version); !r)
            return r;
        run.report.published.append(QStringLiteral("%1 v%2 (%3 changed)").arg(kind, version).arg(*changed));
        syncLog()->info("took the province's {} version {} ({} changed)", kind.toStdString(), version.toStdString(),
                        *changed);
    }
    return {};
}

Result<void> SyncService::numbers(Run &run, const Session &actor)
{
    // 1. Dossiers this counter received under a provisional code get official ones, by the day they were received.
    struct Pending
    {
        QString id, code, day;
    };
    QList<Pending> pending;
    {
        // The dossiers of the last kBindDays days, kBindPerRun at a time (an old store's history is not renumbered:
        // its receipts were handed out long ago, under the codes they carry).
        auto st = m_store.db().prepare(QStringLiteral(
            "SELECT id, code, received_at FROM dossiers WHERE code_provisional = 1 AND received_device = "
            "?1 AND received_at >= ?2 ORDER BY received_at, code LIMIT ?3"));
        if (!st)
            return st.error();
        st->bind(1, m_store.deviceId())
            .bind(2, Time::toUtcIso(QDateTime::currentDateTimeUtc().addDays(-kBindDays)))
            .bind(3, kBindPerRun);
        while (st->next())
            pending.append(
                {st->text(0), st->text(1),
                 Time::toVietnam(QDateTime::fromString(st->text(2), Qt::ISODate)).date().toString(Qt::ISODate)});
        if (st->failed())
            return st->lastError();
    }
    const auto allot = [&](const QList<std::pair<QString, int>> &asks,
                           const QString &series = {}) -> Result<QJsonObject> {
        QJsonArray requests;
        for (const auto &[day, count] : asks)
            requests.append(QJsonObject{{QStringLiteral("day"), day}, {QStringLiteral("count"), count}});
        QJsonObject body{
            {QStringLiteral("kind"), series.isEmpty() ? QStringLiteral("dossier") : QStringLiteral("outgoing")},
            {QStringLiteral("requests"), requests}};
        if (!series.isEmpty())
            body.insert(QStringLiteral("series"), series);
        auto reply = run.client.post(QStringLiteral("/v1/numbers"), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!reply)
            return reply.error();
        return reply->body;
    };
    // A server without numbering (an older reference server): provisional codes, as before.
    const auto unsupported = [](const Error &e) { return e.field == u"not_found"; };
    if (!pending.isEmpty()) {
        QMap<QString, int> perDay;
        for (const Pending &p : std::as_const(pending))
            ++perDay[p.day];
        QList<std::pair<QString, int>> asks; // at most kBindDays + 1 days, each under the protocol's 1,000
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            asks.append({it.key(), std::min(it.value(), 1000)});
        auto got = allot(asks);
        if (!got)
            return unsupported(got.error()) ? Result<void>() : Result<void>(got.error());
        const QString unit = got->value(u"unit_code").toString();
        QMap<QString, QList<qint64>> serials;
        for (const QJsonValue &v : got->value(u"blocks").toArray()) {
            const QJsonObject b = v.toObject();
            for (qint64 n = b.value(u"first").toInteger(); n <= b.value(u"last").toInteger(); ++n)
                serials[b.value(u"day").toString()].append(n);
        }
        auto committed = m_store.commit(
            [&]() -> Result<QList<EventDraft>> {
                QList<EventDraft> drafts;
                // Still provisional (another process may have bound it meanwhile)?
                auto still = m_store.db().prepare(
                    QStringLiteral("SELECT 1 FROM dossiers WHERE id = ?1 AND code_provisional = 1"));
                if (!still)
                    return still.error();
                for (const Pending &p : std::as_const(pending)) {
                    if (serials.value(p.day).isEmpty())
                        continue;
                    if (auto r = still->reset(); !r)
                        return r.error();
                    still->bind(1, p.id);
                    if (!still->next()) {
                        if (still->failed())
                            return still->lastError();
                        continue;
                    }
                    const QString official = NumberBlocks::format(unit, p.day, serials[p.day].takeFirst());
                    drafts.append({QStringLiteral("dossier"), p.id, EventType::DossierCodeAssigned,
                                   QJsonObject{{QStringLiteral("code"), official},
                                               {QStringLiteral("provisional_code"), p.code}}});
                }
                return drafts;
            },
            actor.userId);
        if (!committed)
            return committed.error();
        run.report.codesAssigned += committed->size();
    }
    // 2. Blocks for the coming week, so that the counter numbers officially while the line is down.
    const QDate today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
    NumberBlocks blocks(m_store);
    QList<std::pair<QString, int>> asks;
    for (int i = 0; i < kNumberDays; ++i) {
        const QString day = today.addDays(i).toString(Qt::ISODate);
        auto left = blocks.left(QStringLiteral("dossier"), day);
        if (!left)
            return left.error();
        if (*left < kNumberLow)
            asks.append({day, kNumberBlock});
    }
    const auto take = [&](const QString &kind, const QList<std::pair<QString, int>> &wanted,
                          const QString &series) -> Result<void> {
        auto got = allot(wanted, series);
        if (!got)
            return unsupported(got.error()) ? Result<void>() : Result<void>(got.error());
        QList<NumberBlock> added;
        for (const QJsonValue &v : got->value(u"blocks").toArray()) {
            const QJsonObject b = v.toObject();
            added.append({b.value(u"day").toString(), b.value(u"first").toInteger(), b.value(u"last").toInteger()});
        }
        return blocks.add(kind, got->value(u"unit_code").toString(), added);
    };
    if (!asks.isEmpty()) {
        if (auto r = take(QStringLiteral("dossier"), asks, {}); !r)
            return r;
    }
    // 3. Outgoing document numbers: a block of each register series for this year (and, in December, the next),
    // keyed by the year's 1 January (DocumentService::number takes from them before anything else).
    auto config = DocumentService(m_store).registerConfig();
    if (!config)
        return config.error();
    QList<int> years{today.year()};
    if (today.month() == 12)
        years.append(today.year() + 1);
    for (const NumberSeries &series : std::as_const(config->series)) {
        const QString kind = u"outgoing:" + series.key;
        QList<std::pair<QString, int>> wanted;
        for (int year : years) {
            const QString day = QDate(year, 1, 1).toString(Qt::ISODate);
            auto left = blocks.left(kind, day);
            if (!left)
                return left.error();
            if (*left < kOutgoingLow)
                wanted.append({day, kOutgoingBlock});
        }
        if (wanted.isEmpty())
            continue;
        if (auto r = take(kind, wanted, series.key); !r)
            return r;
    }
    return {};
}

void SyncService::record(const Result<SyncReport> &outcome)
{
    const QString now = Time::toUtcIso(QDateTime::currentDateTimeUtc());
    (void)m_store.setMeta(Key::LastAttempt, now);
    QJsonObject entry{{QStringLiteral("at"), now}, {QStringLiteral("ok"), outcome.has_value()}};
    if (outcome) {
        (void)m_store.setMeta(Key::LastSuccess, now);
        (void)m_store.setMeta(Key::LastError, QString());
        entry.insert(QStringLiteral("pushed"), outcome->pushed);
        entry.insert(QStringLiteral("pulled"), outcome->pulled);
        (void)m_store.setMeta(Key::LastErrorField, QString());
    } else {
        const Error &e = outcome.error();
        (void)m_store.setMeta(Key::LastError, e.message.left(400));
        (void)m_store.setMeta(Key::LastErrorField, e.field.left(64));
        entry.insert(QStringLiteral("error"), e.message.left(400));
        entry.insert(QStringLiteral("field"), e.field.left(64));
        // A refusal waits for a person; a passing fault is tried again later.
        if (Sync::Client::isRefusal(e) && e.code != Error::Code::Forbidden) {
            (void)m_store.setMeta(Key::Parked, e.message.left(400));
            (void)m_store.setMeta(Key::ParkedField, e.field.left(64));
        }
    }
    auto old = m_store.meta(Key::History);
    QJsonArray history = old ? QJsonDocument::fromJson(old->toUtf8()).array() : QJsonArray();
    history.prepend(entry);
    while (history.size() > kHistory)
        history.removeLast();
    (void)m_store.setMeta(Key::History, QString::fromUtf8(QJsonDocument(history).toJson(QJsonDocument::Compact)));
}

Result<SyncReport> SyncService::syncNow(const Session &actor, bool person, const Progress &progress)
{
    if (actor.userId.isEmpty())
        return Error::forbidden(QStringLiteral("sign in first"));
    if (m_store.writeBlock())
        return m_store.writeBlock()->error();
    auto st = status();
    if (!st)
        return st.error();
    if (!st->enrolled)
        return Error::invalid(QStringLiteral("this counter is not enrolled with the province: run enroll first"),
                              QStringLiteral("not_enrolled"));
    if (st->parked && !person)
        return Error{Error::Code::Conflict, QStringLiteral("sync is stopped until a person looks: ") + st->parkedReason,
                     QStringLiteral("parked")};
    if (st->parked) {
        (void)m_store.setMeta(Key::Parked, QString());
        (void)m_store.setMeta(Key::ParkedField, QString());
    }
    auto tok = token();
    if (!tok) {
        record(tok.error()); // shown on the Sync page like any failed run
        return tok.error();
    }
    auto ca = m_store.meta(Key::CaFile);
    Run run{client(st->url, *tok, ca ? *ca : QString()),
            client(st->url, *tok, ca ? *ca : QString()),
            {},
            progress,
            st->pending};
    const auto finish = [&](Result<SyncReport> outcome) {
        // A run stopped from outside (the program quits) did not fail: nothing to record, nothing to retry sooner.
        if (!outcome && outcome.error().field == u"cancelled") {
            syncLog()->info("sync stopped: pushed {}, pulled {} before that", run.report.pushed, run.report.pulled);
            return outcome;
        }
        record(outcome);
        if (outcome)
            syncLog()->info("sync: pushed {} ({} already held), pulled {}", outcome->pushed, outcome->alreadyHad,
                            outcome->pulled);
        else
            syncLog()->warn("sync failed: {}", outcome.error().message.toStdString());
        return outcome;
    };
    // The province's clock: the HLC keeps the order whatever this PC's clock says, but a clock far off puts wrong
    // dates on what the counter records, so it is worth a warning.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto health = run.client.get(QStringLiteral("/v1/health"));
    if (!health)
        return finish(health.error());
    const QDateTime serverTime = QDateTime::fromString(health->body.value(u"time").toString(), Qt::ISODate);
    if (serverTime.isValid()) {
        const qint64 mid = (before + QDateTime::currentMSecsSinceEpoch()) / 2;
        run.report.clockSkewSeconds = (mid - serverTime.toMSecsSinceEpoch()) / 1000;
        run.report.clockWarning = std::llabs(run.report.clockSkewSeconds) > kClockWarnSeconds;
        if (run.report.clockWarning)
            syncLog()->warn("this PC's clock is {} s off the province's", run.report.clockSkewSeconds);
        // For the window and the status bar, whoever started the run and however it ends.
        (void)m_store.setMeta(Key::ClockSkew, QString::number(run.report.clockSkewSeconds));
        (void)m_store.setMeta(Key::ClockCheckedAt, Time::toUtcIso(QDateTime::currentDateTimeUtc()));
    }
    if (auto r = push(run); !r)
        return finish(r.error());
    if (auto r = pull(run); !r)
        return finish(r.error());
    if (auto r = fetchBlobs(run); !r)
        return finish(r.error());
    if (auto r = pullPublished(run); !r)
        return finish(r.error());
    if (auto r = numbers(run, actor); !r)
        return finish(r.error());
    // What the province published may have added events of this counter's own (as the province): push them too.
    if (auto r = push(run); !r)
        return finish(r.error());
    auto after = status();
    if (!after)
        return finish(after.error());
    run.report.pending = after->pending;
    return finish(run.report);
}

QString reconcileDayText(const ReconcileDay &day)
{
    return QCoreApplication::translate("MotCua::Reconcile", "%1: %2 events here, %3 at the province")
        .arg(QDate::fromString(day.day, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")))
        .arg(day.localCount)
        .arg(day.serverCount);
}

QString reconcileChangeKey(ReconcileEvent::Change change)
{
    switch (change) {
    case ReconcileEvent::Change::OnlyHere:
        return QStringLiteral("only_here");
    case ReconcileEvent::Change::OnlyAtProvince:
        return QStringLiteral("only_at_province");
    case ReconcileEvent::Change::Differs:
        return QStringLiteral("differs");
    }
    return {};
}

QString reconcileEventText(const ReconcileEvent &e)
{
    const QString what = e.record.isEmpty() ? e.id : QStringLiteral("%1 %2, %3").arg(e.entity, e.record, e.type);
    switch (e.change) {
    case ReconcileEvent::Change::OnlyHere:
        return e.waiting
                   ? QCoreApplication::translate("MotCua::Reconcile", "%1: recorded here, waiting to be sent").arg(what)
                   : QCoreApplication::translate("MotCua::Reconcile",
                                                 "%1: held here, not at the province (from another counter "
                                                 "that has not sent it, or lost there: ask the province's IT if "
                                                 "a sync does not mend it)")
                         .arg(what);
    case ReconcileEvent::Change::OnlyAtProvince:
        return QCoreApplication::translate(
                   "MotCua::Reconcile",
                   "event %1: at the province, not here (a sync takes it in; if it stays, this store lost it)")
            .arg(e.id);
    case ReconcileEvent::Change::Differs:
        return QCoreApplication::translate("MotCua::Reconcile",
                                           "%1: this copy differs from the province's: it was changed on one side "
                                           "after it was sent; ask the province's IT")
            .arg(what);
    }
    return what;
}

QString reconcileSummary(const QList<ReconcileDay> &days)
{
    const auto differing = std::count_if(days.cbegin(), days.cend(), [](const ReconcileDay &d) { return !d.matches; });
    if (differing == 0)
        return QCoreApplication::translate("MotCua::Reconcile", "Every day of the %n checked matches the province.",
                                           nullptr, int(days.size()));
    return QCoreApplication::translate("MotCua::Reconcile",
                                       "%n day(s) differ from the province: the events of those days here are not "
                                       "the ones it holds. Sync now; if they still differ, ask the province's IT.",
                                       nullptr, int(differing));
}

Result<QList<ReconcileDay>> SyncService::reconcile(const Session &actor, int days)
{
    if (actor.userId.isEmpty())
        return Error::forbidden(QStringLiteral("sign in first"));
    auto st = status();
    if (!st)
        return st.error();
    if (!st->enrolled)
        return Error::invalid(QStringLiteral("this counter is not enrolled with the province"),
                              QStringLiteral("not_enrolled"));
    days = std::clamp(days, 1, 400);
    const QDate today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
    QMap<QString, QList<std::pair<QString, QString>>> byDay;
    for (int i = 0; i < days; ++i)
        byDay.insert(today.addDays(-i).toString(Qt::ISODate), {});
    // Only the events of those days, by the clock order index (an HLC's high bits are its milliseconds).
    const qint64 fromMs = QDateTime(today.addDays(1 - days), QTime(0, 0), Time::vietnam()).toMSecsSinceEpoch();
    auto ev = m_store.db().prepare(QStringLiteral("SELECT id, hash, hlc FROM events WHERE hlc >= ?1"));
    if (!ev)
        return ev.error();
    ev->bind(1, qint64(fromMs) << 16);
    while (ev->next()) {
        // Events stamped after today (a clock ahead) are not among the days asked about.
        const auto day = byDay.find(Province::ProvinceStore::dayOf(ev->integer(2)));
        if (day != byDay.end())
            day->append({ev->text(0), ev->text(1)});
    }
    if (ev->failed())
        return ev->lastError();
    QJsonArray ask;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        ask.append(QJsonObject{{QStringLiteral("day"), it.key()},
                               {QStringLiteral("count"), qint64(it.value().size())},
                               {QStringLiteral("digest"), Province::ProvinceStore::dayDigest(it.value())}});
    auto tok = token();
    if (!tok)
        return tok.error();
    auto ca = m_store.meta(Key::CaFile);
    Sync::Client client = this->client(st->url, *tok, ca ? *ca : QString());
    auto reply = client.post(QStringLiteral("/v1/reconcile"),
                             QJsonDocument(QJsonObject{{QStringLiteral("days"), ask}}).toJson(QJsonDocument::Compact));
    if (!reply)
        return reply.error();
    QList<ReconcileDay> out;
    for (const QJsonValue &v : reply->body.value(u"days").toArray()) {
        const QJsonObject d = v.toObject();
        ReconcileDay day;
        day.day = d.value(u"day").toString();
        day.localCount = d.value(u"client_count").toInteger();
        day.serverCount = d.value(u"server_count").toInteger();
        day.matches = d.value(u"matches").toBool();
        out.append(day);
    }
    // The newest days that differ, event by event: the province's ids and hashes of the day against this store's.
    int named = 0;
    for (auto it = out.rbegin(); it != out.rend(); ++it) { // the days were asked oldest first
        ReconcileDay &day = *it;
        if (day.matches || named >= kReconcileDaysNamed)
            continue;
        ++named;
        auto theirs = client.get(QStringLiteral("/v1/reconcile/events?day=") + day.day);
        if (!theirs) {
            // A server of v1 before this call: the days are named, not their events.
            if (theirs.error().code == Error::Code::NotFound || theirs.error().field == u"method_not_allowed")
                break;
            return theirs.error();
        }
        QHash<QString, QString> province;
        for (const QJsonValue &e : theirs->body.value(u"events").toArray())
            province.insert(e.toObject().value(u"id").toString(), e.toObject().value(u"hash").toString());
        day.eventsTruncated = theirs->body.value(u"truncated").toBool();
        QHash<QString, QString> here;
        for (const auto &[id, hash] : std::as_const(byDay[day.day]))
            here.insert(id, hash);
        for (auto it = here.cbegin(); it != here.cend(); ++it) {
            const auto at = province.constFind(it.key());
            if (at == province.cend() && !day.eventsTruncated)
                day.events.append({it.key(), ReconcileEvent::Change::OnlyHere, {}, {}, {}, {}, false});
            else if (at != province.cend() && *at != it.value())
                day.events.append({it.key(), ReconcileEvent::Change::Differs, {}, {}, {}, {}, false});
        }
        for (auto it = province.cbegin(); it != province.cend(); ++it)
            if (!here.contains(it.key()))
                day.events.append({it.key(), ReconcileEvent::Change::OnlyAtProvince, {}, {}, {}, {}, false});
        if (auto described = describe(day.events, st->acknowledged); !described)
            return described.error();
        day.eventsNamed = true;
    }
    return out;
}

Result<void> SyncService::describe(QList<ReconcileEvent> &events, qint64 acknowledged)
{
    std::sort(events.begin(), events.end(),
              [](const ReconcileEvent &a, const ReconcileEvent &b) { return a.id < b.id; });
    auto ev = m_store.db().prepare(QStringLiteral(
        "SELECT e.entity, e.entity_id, e.type, e.device, e.device_seq, d.code FROM events e LEFT JOIN dossiers d ON "
        "e.entity = 'dossier' AND d.id = e.entity_id WHERE e.id = ?1"));
    if (!ev)
        return ev.error();
    for (ReconcileEvent &e : events) {
        if (e.change == ReconcileEvent::Change::OnlyAtProvince)
            continue;
        if (auto r = ev->reset(); !r)
            return r.error();
        ev->bind(1, e.id);
        if (!ev->next()) {
            if (ev->failed())
                return ev->lastError();
            continue;
        }
        e.entity = ev->text(0);
        e.entityId = ev->text(1);
        e.type = ev->text(2);
        e.record = ev->text(5).isEmpty() ? e.entityId : ev->text(5);
        e.waiting = e.change == ReconcileEvent::Change::OnlyHere && ev->text(3) == m_store.deviceId() &&
                    ev->integer(4) > acknowledged;
    }
    return {};
}

} // namespace MotCua
