#include "core/store/eventlog.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonParseError>

namespace MotCua
{

namespace
{
constexpr auto kColumns =
    "id, entity, entity_id, type, payload, actor, device, hlc, device_seq, prev_hash, hash, origin, seq";
} // namespace

QString chainProblemKindName(ChainProblem::Kind kind)
{
    switch (kind) {
    case ChainProblem::Kind::HashMismatch:
        return QStringLiteral("hash_mismatch");
    case ChainProblem::Kind::Gap:
        return QStringLiteral("missing_event");
    case ChainProblem::Kind::HeadMismatch:
        return QStringLiteral("head_mismatch");
    case ChainProblem::Kind::BadPayload:
        return QStringLiteral("bad_payload");
    }
    return {};
}

EventLog::EventLog(Db::Database &db, QString device, qint64 lastHlc)
    : m_db(db), m_device(std::move(device)), m_clock(lastHlc)
{
}

Result<qint64> EventLog::maxHlc(Db::Database &db)
{
    return db.scalarInt(QStringLiteral("SELECT coalesce(max(hlc), 0) FROM events"));
}

Result<Event> EventLog::append(const EventDraft &draft, const QString &actor)
{
    Event e;
    e.entity = draft.entity;
    e.entityId = draft.entityId;
    e.type = draft.type;
    e.payload = draft.payload;
    e.actor = actor;
    e.device = m_device;
    e.hlc = m_clock.now();
    e.id = newUuidV7(HybridClock::physicalMs(e.hlc));

    auto headR = m_db.cached(QStringLiteral("SELECT device_seq, hash FROM device_heads WHERE device = ?1"));
    if (!headR)
        return headR.error();
    Db::Statement *head = *headR;
    head->bind(1, m_device);
    if (head->next()) {
        e.deviceSeq = head->integer(0) + 1;
        e.prevHash = head->text(1);
    } else {
        e.deviceSeq = 1;
        e.prevHash = QString();
    }
    if (head->failed())
        return head->lastError();
    e.hash = e.computeHash();

    auto insR = m_db.cached(QStringLiteral("INSERT INTO events (id, entity, entity_id, type, payload, actor, device, "
                                           "hlc, device_seq, prev_hash, hash, origin)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'local')"));
    if (!insR)
        return insR.error();
    Db::Statement *ins = *insR;
    ins->bind(1, e.id).bind(2, e.entity).bind(3, e.entityId).bind(4, e.type);
    ins->bind(5, QString::fromUtf8(e.payloadText()));
    ins->bind(6, e.actor).bind(7, e.device).bind(8, e.hlc).bind(9, e.deviceSeq);
    ins->bind(10, e.prevHash.isNull() ? QStringLiteral("") : e.prevHash).bind(11, e.hash);
    if (auto r = ins->exec(); !r)
        return r.error();
    e.seq = m_db.lastInsertRowId();

    auto upR = m_db.cached(
        QStringLiteral("INSERT INTO device_heads (device, device_seq, hash) VALUES (?1, ?2, ?3)"
                       " ON CONFLICT(device) DO UPDATE SET device_seq = excluded.device_seq, hash = excluded.hash"));
    if (!upR)
        return upR.error();
    Db::Statement *up = *upR;
    up->bind(1, e.device).bind(2, e.deviceSeq).bind(3, e.hash);
    if (auto r = up->exec(); !r)
        return r.error();
    return e;
}

Result<std::pair<qint64, QString>> EventLog::head(const QString &device) const
{
    auto st = m_db.cached(QStringLiteral("SELECT device_seq, hash FROM device_heads WHERE device = ?1"));
    if (!st)
        return st.error();
    (*st)->bind(1, device);
    std::pair<qint64, QString> h{0, QString()};
    if ((*st)->next())
        h = {(*st)->integer(0), (*st)->text(1)};
    if ((*st)->failed())
        return (*st)->lastError();
    (void)(*st)->reset();
    return h;
}

Result<EventLog::Ingested> EventLog::ingest(const Event &in, const QByteArray &payloadText)
{
    const QString where = QStringLiteral("event %1 (device %2, #%3)").arg(in.id, in.device).arg(in.deviceSeq);
    const auto refused = [&](const QString &why) {
        return Error{Error::Code::Invalid, where + u' ' + why, QStringLiteral("event")};
    };
    if (in.id.isEmpty() || in.device.isEmpty() || in.entity.isEmpty() || in.type.isEmpty() || in.deviceSeq < 1 ||
        in.hlc <= 0)
        return refused(QStringLiteral("lacks its id, device, kind, type, position or clock"));
    // An event already held is taken as held: this store checked it when it took it in, and a copy carried again
    // (with whatever was done to it on the way) changes nothing.
    auto sameR = m_db.cached(QStringLiteral("SELECT hash FROM events WHERE id = ?1"));
    if (!sameR)
        return sameR.error();
    Db::Statement *same = *sameR;
    same->bind(1, in.id);
    if (same->next()) {
        const bool equal = same->text(0) == in.hash;
        (void)same->reset();
        if (!equal)
            return Error{Error::Code::Conflict,
                         where + QStringLiteral(" has the id of an event this store holds with other content: refused, "
                                                "never overwritten"),
                         QStringLiteral("event")};
        return Ingested::AlreadyHad;
    }
    if (same->failed())
        return same->lastError();

    const QByteArray text = in.payloadText();
    if (!payloadText.isNull() && payloadText != text)
        return refused(QStringLiteral("carries a payload that is not in canonical form (docs/event-format.md)"));
    if (in.hash != in.computeHash(text) && in.hash != in.computeLegacyHash())
        return refused(QStringLiteral("does not match its hash: it was changed after it was written"));

    std::pair<qint64, QString> h;
    if (m_intake && m_intakeHeads.contains(in.device)) {
        h = m_intakeHeads.value(in.device);
    } else {
        auto read = head(in.device);
        if (!read)
            return read.error();
        h = *read;
    }
    const auto &[held, heldHash] = h;
    if (in.deviceSeq <= held)
        return Error{
            Error::Code::Conflict,
            where + QStringLiteral(
                        " takes a position of its device's chain that this store holds with another event: one device "
                        "wrote two chains (a store restored as the replacement of a PC that kept working?); refused"),
            QStringLiteral("fork")};
    if (in.deviceSeq > held + 1)
        return refused(QStringLiteral("comes after a gap: events #%1 to #%2 of that device are missing")
                           .arg(held + 1)
                           .arg(in.deviceSeq - 1));
    if (in.prevHash != heldHash)
        return refused(QStringLiteral("does not continue its device's chain (its previous hash is not the one held)"));

    auto insR = m_db.cached(QStringLiteral("INSERT INTO events (id, entity, entity_id, type, payload, actor, device, "
                                           "hlc, device_seq, prev_hash, hash, origin)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'remote')"));
    if (!insR)
        return insR.error();
    Db::Statement *ins = *insR;
    ins->bind(1, in.id).bind(2, in.entity).bind(3, in.entityId).bind(4, in.type);
    ins->bind(5, QString::fromUtf8(text));
    ins->bind(6, in.actor).bind(7, in.device).bind(8, in.hlc).bind(9, in.deviceSeq);
    ins->bind(10, in.prevHash.isNull() ? QStringLiteral("") : in.prevHash).bind(11, in.hash);
    if (auto r = ins->exec(); !r)
        return r.error();
    // The local clock never goes behind what it has seen.
    m_clock.observe(in.hlc);
    if (m_intake) {
        m_intakeHeads.insert(in.device, {in.deviceSeq, in.hash});
        return Ingested::Added;
    }
    if (auto r = writeHead(in.device, in.deviceSeq, in.hash); !r)
        return r.error();
    return Ingested::Added;
}

Result<void> EventLog::writeHead(const QString &device, qint64 seq, const QString &hash)
{
    auto upR = m_db.cached(
        QStringLiteral("INSERT INTO device_heads (device, device_seq, hash) VALUES (?1, ?2, ?3)"
                       " ON CONFLICT(device) DO UPDATE SET device_seq = excluded.device_seq, hash = excluded.hash"));
    if (!upR)
        return upR.error();
    (*upR)->bind(1, device).bind(2, seq).bind(3, hash);
    return (*upR)->exec();
}

void EventLog::beginIntake()
{
    m_intake = true;
    m_intakeHeads.clear();
}

Result<void> EventLog::endIntake()
{
    m_intake = false;
    const auto heads = std::exchange(m_intakeHeads, {});
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (auto r = writeHead(it.key(), it->first, it->second); !r)
            return r;
    }
    return {};
}

Result<void>
EventLog::forEachInChainOrder(const std::function<Result<void>(const Event &, const QByteArray &)> &visit) const
{
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM events ORDER BY device, device_seq").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    while (st->next()) {
        if (auto r = visit(readRow(*st), st->text(4).toUtf8()); !r)
            return r;
    }
    if (st->failed())
        return st->lastError();
    return {};
}

Result<QList<std::pair<Event, QByteArray>>> EventLog::chainAfter(const QString &device, qint64 after, int limit) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE device = ?1 AND device_seq > ?2 ORDER BY device_seq LIMIT ?3")
            .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, device).bind(2, after).bind(3, limit);
    QList<std::pair<Event, QByteArray>> out;
    while (st->next())
        out.append({readRow(*st, false), st->text(4).toUtf8()}); // the payload travels as its stored text
    if (st->failed())
        return st->lastError();
    return out;
}

Event EventLog::readRow(const Db::Statement &st, bool withPayload)
{
    Event e;
    e.id = st.text(0);
    e.entity = st.text(1);
    e.entityId = st.text(2);
    e.type = st.text(3);
    if (withPayload)
        e.payload = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    e.actor = st.text(5);
    e.device = st.text(6);
    e.hlc = st.integer(7);
    e.deviceSeq = st.integer(8);
    e.prevHash = st.text(9);
    e.hash = st.text(10);
    e.origin = st.text(11);
    e.seq = st.integer(12);
    return e;
}

Result<void> EventLog::forEach(const std::function<Result<void>(const Event &)> &visit) const
{
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM events ORDER BY hlc, device, id").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    while (st->next()) {
        if (auto r = visit(readRow(*st)); !r)
            return r;
    }
    if (st->failed())
        return st->lastError();
    return {};
}

Result<QList<Event>> EventLog::forEntity(const QString &entity, const QString &entityId) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE entity = ?1 AND entity_id = ?2 ORDER BY hlc, device, id")
            .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bind(1, entity).bind(2, entityId);
    QList<Event> out;
    while (st->next())
        out.append(readRow(*st));
    if (st->failed())
        return st->lastError();
    return out;
}

Result<qint64> EventLog::count() const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM events"));
}

Error cancelledError(const QString &what)
{
    return Error{Error::Code::Invalid, QStringLiteral("cancelled: %1").arg(what), QStringLiteral("cancelled")};
}

Result<QList<ChainProblem>> EventLog::verify(const LogProgress &progress) const
{
    QList<ChainProblem> problems;
    qint64 total = 0;
    if (progress) {
        auto n = count();
        if (!n)
            return n.error();
        total = *n;
        if (!progress(0, total))
            return cancelledError(QStringLiteral("the chains were not checked"));
    }
    qint64 done = 0;
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM events ORDER BY device, device_seq").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    QString device;
    qint64 expectedSeq = 1;
    QString prevHash;
    QHash<QString, std::pair<qint64, QString>> lastSeen;
    while (st->next()) {
        const Event e = readRow(*st);
        // The payload text must be the canonical form of itself: an edited payload that is no longer valid JSON,
        // or that differs only in spacing, is caught here as well as by the hash.
        const QByteArray stored = st->text(4).toUtf8();
        if (stored != e.payloadText() && stored != QJsonDocument(e.payload).toJson(QJsonDocument::Compact))
            problems.append({ChainProblem::Kind::BadPayload, e.device, e.id, e.deviceSeq,
                             QStringLiteral("payload is not canonical JSON")});
        if (e.device != device) {
            device = e.device;
            expectedSeq = 1;
            prevHash.clear();
        }
        if (e.deviceSeq != expectedSeq) {
            problems.append(
                {ChainProblem::Kind::Gap, e.device, e.id, e.deviceSeq,
                 QStringLiteral("events %1 to %2 of this device are missing").arg(expectedSeq).arg(e.deviceSeq - 1)});
        } else if (e.prevHash != prevHash) {
            problems.append({ChainProblem::Kind::HashMismatch, e.device, e.id, e.deviceSeq,
                             QStringLiteral("prev_hash does not match the previous event")});
        }
        if (!e.hashMatches())
            problems.append({ChainProblem::Kind::HashMismatch, e.device, e.id, e.deviceSeq,
                             QStringLiteral("event content does not match its hash (edited)")});
        expectedSeq = e.deviceSeq + 1;
        prevHash = e.hash;
        lastSeen[e.device] = {e.deviceSeq, e.hash};
        if (progress && (++done % kProgressStep) == 0 && !progress(done, std::max(done, total)))
            return cancelledError(QStringLiteral("the chains were not all checked"));
    }
    if (st->failed())
        return st->lastError();
    if (progress && !progress(done, std::max(done, total)))
        return cancelledError(QStringLiteral("the chains were not all checked"));

    auto heads = m_db.prepare(QStringLiteral("SELECT device, device_seq, hash FROM device_heads ORDER BY device"));
    if (!heads)
        return heads.error();
    while (heads->next()) {
        const QString dev = heads->text(0);
        const qint64 seq = heads->integer(1);
        const auto seen = lastSeen.value(dev, {0, QString()});
        if (seen.first != seq || seen.second != heads->text(2))
            problems.append(
                {ChainProblem::Kind::HeadMismatch, dev, QString(), seq,
                 QStringLiteral("the chain should end at event #%1 but the log ends at #%2 (events deleted)")
                     .arg(seq)
                     .arg(seen.first)});
    }
    if (heads->failed())
        return heads->lastError();
    return problems;
}

} // namespace MotCua
