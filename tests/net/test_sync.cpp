// Sync with the province (issue "Sync with the province over HTTP(S)"): counters of one commune work offline and
// converge through the reference server on loopback; refusals; faults injected by the server.
#include "core/attachments/attachmentservice.h"
#include "core/documents/documentservice.h"
#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/services/conflictservice.h"
#include "core/services/dossierservice.h"
#include "core/services/numberblocks.h"
#include "core/services/publicaddress.h"
#include "core/store/canonicaljson.h"
#include "core/sync/eventline.h"
#include "core/sync/net/syncclient.h"
#include "core/sync/net/syncservice.h"
#include "tests/net/province.h"
#include "tests/support/manyevents.h"
#include "tests/support/tempstore.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <thread>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> std::string why(const Result<T> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}

const QStringList kNames{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                         QStringLiteral("Lê Văn Cường"),  QStringLiteral("Phạm Thị Dung"),
                         QStringLiteral("Hoàng Văn Em"),  QStringLiteral("Vũ Thị Giang")};

// One counter PC: the first of the commune (set up with init), or one joined from its bundle.
struct Counter
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Session admin;

    Counter()
    {
        TempStore t;
        // Take over the store of a TempStore, in a folder this Counter owns.
        const QString data = dir.filePath(QStringLiteral("data"));
        t.store.reset();
        REQUIRE(QDir().mkpath(data));
        for (const QString &f : QDir(t.dir.path()).entryList(QDir::Files))
            REQUIRE(QFile::copy(QDir(t.dir.path()).filePath(f), QDir(data).filePath(f)));
        auto s = Store::open(data);
        REQUIRE(s.has_value());
        store = std::move(*s);
        admin = t.admin;
    }
    explicit Counter(Counter &first)
    {
        const QString bundle = dir.filePath(QStringLiteral("first.bundle"));
        auto made = BundleService(*first.store).exportTo(first.admin, bundle);
        INFO(why(made));
        REQUIRE(made.has_value());
        auto joined =
            BundleService::join(bundle, dir.filePath(QStringLiteral("data")), QStringLiteral("admin"), kAdminPassword);
        INFO(why(joined));
        REQUIRE(joined.has_value());
        store = std::move(joined->store);
        admin = joined->admin;
    }

    void enrol(TestProvince &p)
    {
        // A server that injects failures may fail the enrolment too: a person tries again (the code is not used up).
        const QString code = p.code();
        Result<void> r = Error::invalid(QStringLiteral("not tried"));
        for (int attempt = 0; attempt < 20 && !r; ++attempt)
            r = SyncService(*store).enrol(admin, p.url(), code);
        INFO(why(r));
        REQUIRE(r.has_value());
    }
    int timeoutMs = 30000; // what a request waits for its answer
    Result<SyncReport> sync(bool person = true)
    {
        SyncService service(*store);
        service.setRequestTimeout(timeoutMs);
        return service.syncNow(admin, person);
    }
    SyncReport mustSync()
    {
        auto r = sync();
        INFO(why(r));
        REQUIRE(r.has_value());
        return *r;
    }
    Dossier receive(int i)
    {
        ReceiveRequest r;
        r.procedureCode = QStringLiteral("1.001193");
        r.applicantName = kNames.at(i % kNames.size());
        r.citizenId = QStringLiteral("0011901%1").arg(i, 5, 10, QLatin1Char('0'));
        auto d = DossierService(*store).receive(admin, r);
        INFO(why(d));
        REQUIRE(d.has_value());
        return *d;
    }
    QByteArray canonical()
    {
        auto c = store->exportCanonical();
        REQUIRE(c.has_value());
        return *c;
    }
    qint64 events()
    {
        auto n = store->log().count();
        REQUIRE(n.has_value());
        return *n;
    }
};

QByteArray pushBody(const QList<std::pair<Event, QByteArray>> &events)
{
    QJsonArray lines;
    for (const auto &[e, text] : events)
        lines.append(EventLine::toJson(e, text));
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), lines}}).toJson(QJsonDocument::Compact);
}

QString tokenOf(Counter &c)
{
    QFile f(QDir(c.store->dataDir()).filePath(QLatin1String(SyncService::kTokenFile)));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromLatin1(f.readAll()).trimmed();
}

// Runs the convergence scenario on a province database (SQLite or PostgreSQL).
void twoCountersConverge(TestProvince &province)
{
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    // Work before anything was synced, on both.
    const Dossier shared = a.receive(1);
    const Dossier clash = a.receive(2);
    b.receive(3);
    a.mustSync();
    b.mustSync();
    // Both counters act on the same dossier while the line is down.
    DossierActionRequest transfer;
    transfer.action = DossierAction::Transfer;
    transfer.code = shared.code;
    transfer.toUser = QStringLiteral("admin");
    REQUIRE(DossierService(*a.store).act(a.admin, transfer).has_value());
    DossierActionRequest supplement;
    supplement.action = DossierAction::RequestSupplement;
    supplement.code = shared.code;
    supplement.items = {QStringLiteral("Bản sao giấy chứng sinh")};
    REQUIRE(DossierService(*b.store).act(b.admin, supplement).has_value());
    // Two actions that cannot both stand: the citizen withdraws at one counter, then the other (not knowing it)
    // hands the dossier over for processing.
    DossierActionRequest withdraw;
    withdraw.action = DossierAction::Withdraw;
    withdraw.code = clash.code;
    withdraw.reason = QStringLiteral("Công dân xin rút hồ sơ");
    REQUIRE(DossierService(*a.store).act(a.admin, withdraw).has_value());
    DossierActionRequest handOver = transfer;
    handOver.code = clash.code;
    auto handed = DossierService(*b.store).act(b.admin, handOver);
    INFO(why(handed));
    REQUIRE(handed.has_value());
    b.receive(4);
    const SyncReport fromB = b.mustSync();
    CHECK(fromB.pending == 0);
    const SyncReport toA = a.mustSync();
    CHECK(toA.pulled > 0);
    CHECK_FALSE(toA.conflicts.isEmpty()); // the pull itself says there is something to look at
    const SyncReport toB = b.mustSync();
    CHECK_FALSE(toB.conflicts.isEmpty());
    CHECK(a.canonical() == b.canonical());
    // The province holds every distinct event once.
    CHECK(province.events() == a.events());
    CHECK(a.events() == b.events());
    auto ca = ConflictService(*a.store).list(a.admin, true);
    auto cb = ConflictService(*b.store).list(b.admin, true);
    REQUIRE(ca.has_value());
    REQUIRE(cb.has_value());
    // The same clash under "needs attention" on both, about that dossier, and one state of it everywhere.
    REQUIRE(ca->size() == cb->size());
    const auto about = [&](const QList<Conflict> &list) {
        return std::count_if(list.cbegin(), list.cend(), [&](const Conflict &c) { return c.entityId == clash.id; });
    };
    CHECK(about(*ca) == 1);
    CHECK(about(*cb) == 1);
    for (qsizetype i = 0; i < ca->size(); ++i)
        CHECK(ca->at(i).id == cb->at(i).id);
    auto onA = DossierService(*a.store).findByCode(a.admin, clash.code);
    auto onB = DossierService(*b.store).findByCode(b.admin, clash.code);
    REQUIRE(onA.has_value());
    REQUIRE(onB.has_value());
    CHECK(onA->state == onB->state);
    CHECK_FALSE(onA->isOpen());
    // Nothing left: another round moves nothing.
    const SyncReport again = a.mustSync();
    CHECK(again.pushed == 0);
    CHECK(again.pulled == 0);
    // And the days agree with the province.
    auto days = SyncService(*a.store).reconcile(a.admin, 400);
    REQUIRE(days.has_value());
    for (const ReconcileDay &d : *days)
        CHECK(d.matches);
}
} // namespace

TEST_CASE("Two counters of one commune work offline, sync through the province and reach the same state")
{
    TestProvince province;
    twoCountersConverge(province);
}

TEST_CASE("The same convergence with the province on PostgreSQL")
{
    PgCluster &pg = pgCluster();
    if (pg.url().isEmpty()) {
        WARN("SKIPPED: PostgreSQL could not start here: " << pg.why().toStdString());
        return;
    }
    TestProvince province(pg.createDatabase(QStringLiteral("converge")));
    twoCountersConverge(province);
}

TEST_CASE("Three counters over 24 randomised fault schedules lose nothing and store nothing twice")
{
    // Each schedule draws its own faults: replies dropped after the commit, 500s before it, requests held past the
    // client's timeout (served later, while the client already tries again), a slow link; the counters work and try
    // to sync in a random order; then the line comes back clean and everyone syncs.
    constexpr int kSchedules = 24;
    Counter a;
    Counter b(a);
    Counter c(a);
    int serial = 100;
    qint64 timeouts = 0, failures = 0, successes = 0;
    for (int schedule = 1; schedule <= kSchedules; ++schedule) {
        QRandomGenerator draw(quint32(schedule) * 104729u);
        MotCua::Province::FaultPlan faults;
        faults.dropReplyAfterCommit = double(draw.bounded(40)) / 100;
        faults.failBeforeCommit = double(draw.bounded(30)) / 100;
        faults.hang = draw.bounded(3) == 0 ? 0.0 : double(5 + draw.bounded(15)) / 100;
        faults.hangMs = 700;
        faults.delayMs = draw.bounded(4) == 0 ? 20 : 0;
        faults.seed = quint32(schedule);
        INFO("schedule " << schedule << ": drop " << faults.dropReplyAfterCommit << ", fail " << faults.failBeforeCommit
                         << ", hang " << faults.hang << ", delay " << faults.delayMs);
        TestProvince province({}, faults);
        Counter *all[] = {&a, &b, &c};
        // Every schedule starts from the same three stores, enrolled again with this schedule's province.
        for (Counter *k : all) {
            k->timeoutMs = 300;
            k->enrol(province);
        }
        QRandomGenerator rng(quint32(schedule) * 7919u);
        for (int round = 0; round < 10; ++round) {
            Counter &worker = *all[rng.bounded(3)];
            for (int n = int(rng.bounded(3)); n >= 0; --n)
                worker.receive(serial++);
            Counter &syncer = *all[rng.bounded(3)];
            auto r = syncer.sync();
            if (r) {
                ++successes;
                continue;
            }
            INFO(r.error().message.toStdString());
            REQUIRE(r.error().code == Error::Code::Network); // only passing faults
            ++failures;
            if (r.error().message.contains(QStringLiteral("did not answer")))
                ++timeouts;
        }
        province.restart(); // the line is good again
        for (Counter *k : all)
            k->timeoutMs = 30000;
        for (Counter *k : {&a, &b, &c, &a, &b})
            k->mustSync();
        CHECK(a.canonical() == b.canonical());
        CHECK(b.canonical() == c.canonical());
        // Every event the three wrote is at the province exactly once.
        CHECK(province.events() == a.events());
        for (Counter *k : all) {
            auto st = SyncService(*k->store).status();
            REQUIRE(st.has_value());
            CHECK(st->pending == 0);
        }
    }
    INFO(successes << " runs went through, " << failures << " failed, " << timeouts << " of them by a timeout");
    // The faults did happen, the timeouts among them, and runs went through between them.
    CHECK(failures > 0);
    CHECK(timeouts > 0);
    CHECK(successes > 0);
}

TEST_CASE("The province refuses what it must with the codes of the protocol and stores none of it")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    a.receive(1);
    b.receive(2);
    a.mustSync();
    const qint64 held = province.events();

    Sync::Client anonymous({province.url(), {}, {}, 5000});
    SECTION("health needs no token; everything else does")
    {
        auto h = anonymous.get(QStringLiteral("/v1/health"));
        REQUIRE(h.has_value());
        CHECK(h->body.value(u"api").toInt() == 1);
        auto head = anonymous.get(QStringLiteral("/v1/head"));
        REQUIRE_FALSE(head.has_value());
        CHECK(head.error().field == QStringLiteral("token_missing"));
        Sync::Client wrong({province.url(), QString(64, u'a'), {}, 5000});
        auto w = wrong.get(QStringLiteral("/v1/events"));
        REQUIRE_FALSE(w.has_value());
        CHECK(w.error().field == QStringLiteral("token_invalid"));
    }
    SECTION("an enrolment code is used once, for its commune only")
    {
        const QString code = province.code(QStringLiteral("00007"));
        QJsonObject ask{{QStringLiteral("code"), code},
                        {QStringLiteral("commune"), QStringLiteral("00004")},
                        {QStringLiteral("device_id"), a.store->deviceId()},
                        {QStringLiteral("device_name"), QStringLiteral("X")}};
        auto other = anonymous.post(QStringLiteral("/v1/enroll"), QJsonDocument(ask).toJson());
        REQUIRE_FALSE(other.has_value());
        CHECK(other.error().field == QStringLiteral("wrong_commune"));
        const QString mine = province.code();
        ask[QStringLiteral("code")] = mine;
        REQUIRE(anonymous.post(QStringLiteral("/v1/enroll"), QJsonDocument(ask).toJson()).has_value());
        auto replay = anonymous.post(QStringLiteral("/v1/enroll"), QJsonDocument(ask).toJson());
        REQUIRE_FALSE(replay.has_value());
        CHECK(replay.error().field == QStringLiteral("code_invalid"));
        auto made = SyncService(*a.store).enrol(a.admin, province.url(), QStringLiteral("AAAA-BBBB-CCCC"));
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().isUserError());
    }
    SECTION("malformed and oversized bodies")
    {
        Sync::Client client({province.url(), tokenOf(b), {}, 10000});
        auto bad = client.post(QStringLiteral("/v1/events"), "{\"events\": [1, 2");
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error().field == QStringLiteral("malformed"));
        auto notEvents = client.post(QStringLiteral("/v1/events"), "{\"events\": [{\"id\": 5}]}");
        REQUIRE_FALSE(notEvents.has_value());
        CHECK(notEvents.error().field == QStringLiteral("malformed"));
        QByteArray huge = "{\"events\":[\"" + QByteArray(17 * 1024 * 1024, 'x') + "\"]}";
        auto big = client.post(QStringLiteral("/v1/events"), huge);
        REQUIRE_FALSE(big.has_value());
        CHECK(big.error().field == QStringLiteral("too_large"));
    }
    SECTION("a forged event of another device, a tampered one, a gap")
    {
        // B pushes A's events as its own: refused.
        auto aEvents = a.store->log().chainAfter(a.store->deviceId(), 0, 5);
        REQUIRE(aEvents.has_value());
        Sync::Client asB({province.url(), tokenOf(b), {}, 10000});
        auto forged = asB.post(QStringLiteral("/v1/events"), pushBody(*aEvents));
        REQUIRE_FALSE(forged.has_value());
        CHECK(forged.error().field == QStringLiteral("foreign_device"));
        // B's own events, one changed after it was hashed.
        auto bEvents = b.store->log().chainAfter(b.store->deviceId(), 0, 1000);
        REQUIRE(bEvents.has_value());
        auto tampered = *bEvents;
        tampered.last().first.payload.insert(QStringLiteral("applicant_name"), QStringLiteral("Đỗ Văn Hùng"));
        tampered.last().second = CanonicalJson::serialize(tampered.last().first.payload);
        auto changed = asB.post(QStringLiteral("/v1/events"), pushBody(tampered));
        REQUIRE_FALSE(changed.has_value());
        CHECK(changed.error().field == QStringLiteral("hash_mismatch"));
        // The chain from its second event on: the first is missing.
        auto gap = asB.post(QStringLiteral("/v1/events"), pushBody(bEvents->mid(1)));
        REQUIRE_FALSE(gap.has_value());
        CHECK(gap.error().field == QStringLiteral("gap"));
    }
    SECTION("a big batch is checked on two threads and the first bad event in its order is named")
    {
        for (int i = 0; i < 90; ++i)
            b.receive(100 + i);
        auto bEvents = b.store->log().chainAfter(b.store->deviceId(), 0, 1000);
        REQUIRE(bEvents.has_value());
        REQUIRE(bEvents->size() >= 64); // the size from which the province splits the checks
        Sync::Client asB({province.url(), tokenOf(b), {}, 10000});
        const auto tamper = [](std::pair<Event, QByteArray> &e) {
            e.first.payload.insert(QStringLiteral("applicant_name"), QStringLiteral("Đỗ Văn Hùng"));
            e.second = CanonicalJson::serialize(e.first.payload);
        };
        auto late = *bEvents;
        tamper(late[late.size() - 3]); // in the second half
        auto lateReply = asB.post(QStringLiteral("/v1/events"), pushBody(late));
        REQUIRE_FALSE(lateReply.has_value());
        CHECK(lateReply.error().field == QStringLiteral("hash_mismatch"));
        CHECK(lateReply.error().message.contains(QStringLiteral("(#%1)").arg(late[late.size() - 3].first.deviceSeq)));
        auto both = late;
        tamper(both[4]); // in the first half as well: that one is named
        auto bothReply = asB.post(QStringLiteral("/v1/events"), pushBody(both));
        REQUIRE_FALSE(bothReply.has_value());
        CHECK(bothReply.error().message.contains(QStringLiteral("(#%1)").arg(both[4].first.deviceSeq)));
        // Nothing of either batch was stored (checked for every section below).
        auto h = province.store->head(b.store->deviceId());
        REQUIRE(h.has_value());
        CHECK(h->seq == 0);
    }
    SECTION("a revoked device is refused and its sync waits for a person")
    {
        auto revoked = province.store->revokeDevice(b.store->deviceId());
        REQUIRE(revoked.has_value());
        REQUIRE(*revoked);
        b.receive(9);
        auto r = b.sync();
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("token_revoked"));
        auto st = SyncService(*b.store).status();
        REQUIRE(st.has_value());
        CHECK(st->parked);
        CHECK(st->pending > 0);
        CHECK(st->parkedField == QStringLiteral("token_revoked"));
        CHECK(st->lastErrorField == QStringLiteral("token_revoked"));
        REQUIRE_FALSE(st->runs().isEmpty());
        CHECK_FALSE(st->runs().first().ok);
        CHECK(st->runs().first().field == QStringLiteral("token_revoked"));
        CHECK_FALSE(st->offlineSince.isValid()); // refused, not offline
        auto automatic = b.sync(false);
        REQUIRE_FALSE(automatic.has_value());
        CHECK(automatic.error().field == QStringLiteral("parked"));
    }
    // Whatever was refused, the province holds what it held.
    CHECK(province.events() == held);
}

TEST_CASE("The records with events the province has not acknowledged, for the lists: exactly those, none after a sync")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    a.mustSync();
    b.mustSync();
    auto none = SyncService(*a.store).pendingRecords();
    REQUIRE(none.has_value());
    CHECK(none->isEmpty());

    const Dossier first = a.receive(1);
    const Dossier second = a.receive(2);
    b.receive(3); // another counter's work is not this one's to send
    auto pending = SyncService(*a.store).pendingRecords(QStringLiteral("dossier"));
    REQUIRE(pending.has_value());
    CHECK(*pending == QSet<RecordKey>{{QStringLiteral("dossier"), first.id}, {QStringLiteral("dossier"), second.id}});
    // Every kind: the dossiers, and what receiving them touched besides (an applicant, ...).
    auto all = SyncService(*a.store).pendingRecords();
    REQUIRE(all.has_value());
    CHECK(all->contains({QStringLiteral("dossier"), first.id}));
    CHECK(all->size() >= pending->size());
    auto st = SyncService(*a.store).status();
    REQUIRE(st.has_value());
    CHECK(st->pending >= 2);

    a.mustSync();
    b.mustSync();
    a.mustSync(); // B's dossier came in: pulled, not pending
    auto after = SyncService(*a.store).pendingRecords();
    REQUIRE(after.has_value());
    CHECK(after->isEmpty());

    // Acted on again: pending again, that one only.
    DossierActionRequest transfer;
    transfer.action = DossierAction::Transfer;
    transfer.code = second.code;
    transfer.toUser = QStringLiteral("admin");
    REQUIRE(DossierService(*a.store).act(a.admin, transfer).has_value());
    auto again = SyncService(*a.store).pendingRecords(QStringLiteral("dossier"));
    REQUIRE(again.has_value());
    CHECK(*again == QSet<RecordKey>{{QStringLiteral("dossier"), second.id}});
}

TEST_CASE("Passing faults in a row say since when the counter is offline, a success ends it, a stopped run is no fault")
{
    TestProvince province;
    Counter a;
    a.enrol(province);
    a.receive(1);
    a.mustSync();
    a.receive(2);
    province.stop(); // the line is down
    auto first = a.sync(false);
    REQUIRE_FALSE(first.has_value());
    CHECK(first.error().field == QStringLiteral("transient"));
    auto st = SyncService(*a.store).status();
    REQUIRE(st.has_value());
    CHECK_FALSE(st->parked);
    CHECK(st->lastErrorField == QStringLiteral("transient"));
    REQUIRE(st->offlineSince.isValid());
    const QDateTime since = st->offlineSince;
    REQUIRE(st->runs().size() >= 2);
    CHECK(st->runs().first().at == since);
    CHECK(st->runs().at(1).ok);
    REQUIRE_FALSE(a.sync(false).has_value());
    st = SyncService(*a.store).status();
    CHECK(st->offlineSince == since); // since the first of them
    CHECK(st->runs().first().at >= since);

    SECTION("a run stopped from another thread is cancelled, not recorded, and leaves nothing half done")
    {
        province.restart();
        const qint64 runs = SyncService(*a.store).status()->runs().size();
        auto interrupt = std::make_shared<Sync::Interrupt>();
        interrupt->trigger();
        SyncService stopped(*a.store);
        stopped.setInterrupt(interrupt);
        auto r = stopped.syncNow(a.admin, false);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("cancelled"));
        CHECK_FALSE(Sync::Client::isRefusal(r.error()));
        st = SyncService(*a.store).status();
        CHECK(st->runs().size() == runs);
        CHECK_FALSE(st->parked);
        CHECK(st->pending > 0);
        a.mustSync(); // the next run sends it
    }
    SECTION("the line back: a success, and no longer offline")
    {
        province.restart();
        const SyncReport r = a.mustSync();
        CHECK(r.pending == 0);
        st = SyncService(*a.store).status();
        CHECK_FALSE(st->offlineSince.isValid());
        CHECK(st->lastErrorField.isEmpty());
        CHECK(st->runs().first().ok);
    }
}

TEST_CASE("A PC clock far off the province's is measured on every run and kept, the events still in order")
{
    Province::FaultPlan behind;
    behind.clockOffsetSeconds = -900; // the province says it is 15 minutes earlier: this PC is ahead
    TestProvince province({}, behind);
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    CHECK_FALSE(SyncService(*a.store).status()->clockSkewSeconds.has_value());
    a.receive(1);
    // An automatic run measures it as well as a person's.
    auto r = a.sync(false);
    REQUIRE(r.has_value());
    CHECK(r->clockWarning);
    CHECK(r->clockSkewSeconds == Approx(900).margin(5));
    auto st = SyncService(*a.store).status();
    REQUIRE(st.has_value());
    REQUIRE(st->clockSkewSeconds.has_value());
    CHECK(*st->clockSkewSeconds == Approx(900).margin(5));
    CHECK(st->clockOff());
    CHECK(st->clockCheckedAt.isValid());
    // The clocks agree again: the next run says so.
    province.restart(Province::FaultPlan{});
    r = a.sync(false);
    REQUIRE(r.has_value());
    CHECK_FALSE(r->clockWarning);
    st = SyncService(*a.store).status();
    CHECK(std::llabs(*st->clockSkewSeconds) <= 5);
    CHECK_FALSE(st->clockOff());
    // Within five minutes is no warning.
    Province::FaultPlan slightly;
    slightly.clockOffsetSeconds = 240;
    province.restart(slightly);
    REQUIRE(a.sync(false).has_value());
    CHECK(SyncService(*a.store).status()->clockSkewSeconds == Approx(-240).margin(5));
    CHECK_FALSE(SyncService(*a.store).status()->clockOff());
    // Whatever the clocks said, the two counters hold the same events in the same order.
    b.mustSync();
    CHECK(a.canonical() == b.canonical());
}

TEST_CASE("An interrupt cuts a request in flight at once, instead of the 30 s timeout of the client")
{
    // A server that takes the connection and never answers.
    Poco::Net::ServerSocket silent(Poco::Net::SocketAddress("127.0.0.1", 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(silent.address().port());
    auto interrupt = std::make_shared<Sync::Interrupt>();
    Sync::Client client({url, QString(64, u'a'), {}, 30000}, interrupt);
    QElapsedTimer clock;
    clock.start();
    std::thread cutter([interrupt] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        interrupt->trigger();
    });
    auto r = client.get(QStringLiteral("/v1/head"));
    cutter.join();
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().field == QStringLiteral("cancelled"));
    CHECK(clock.elapsed() < 5000);
    // And later requests do not start.
    clock.restart();
    auto again = client.get(QStringLiteral("/v1/head"));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().field == QStringLiteral("cancelled"));
    CHECK(clock.elapsed() < 1000);
}

TEST_CASE("Two PCs writing one device id: the second history is refused as a fork, never merged")
{
    TestProvince province;
    Counter a;
    a.enrol(province);
    a.receive(1);
    a.mustSync();
    // A copy of the whole folder, token included, kept working as if it were the same PC.
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("data"));
    const QString original = a.store->dataDir();
    a.store.reset();
    REQUIRE(QDir().mkpath(copy));
    for (const QString &f : QDir(original).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(original).filePath(f), QDir(copy).filePath(f)));
    auto reopened = Store::open(original);
    REQUIRE(reopened.has_value());
    a.store = std::move(*reopened);
    auto twin = Store::open(copy);
    REQUIRE(twin.has_value());
    a.receive(2);
    a.mustSync();
    const qint64 held = province.events();
    std::swap(a.store, *twin); // work on the copy
    a.receive(3);
    auto r = a.sync();
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().field == QStringLiteral("fork"));
    CHECK(province.events() == held);
    auto st = SyncService(*a.store).status();
    REQUIRE(st.has_value());
    CHECK(st->parked);
}

TEST_CASE("A 20,000-event backlog is pushed in batches and pulled by the other counter")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    addManyDossiers(*a.store, a.admin.userId, 5000);
    const SyncReport pushed = a.mustSync();
    CHECK(pushed.pushed >= 20000);
    CHECK(pushed.pending == 0);
    const SyncReport pulled = b.mustSync();
    CHECK(pulled.pulled == 20000); // the first events B had from the bundle already
    CHECK(a.canonical() == b.canonical());
}

namespace
{
struct RawReply
{
    int status = 0;
    std::string api;
    QByteArray body;
    std::string uploadOffset; // the Upload-Offset header, when there is one
};

// One request as any HTTP client would send it, to read the server's answer as it is. `range`: a Content-Range
// header (a blob part).
RawReply raw(const QString &base, const std::string &method, const std::string &path, const QByteArray &body = {},
             const QString &token = {}, const std::string &range = {})
{
    const Poco::URI uri(base.toStdString());
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.isEmpty())
        req.set("Authorization", "Bearer " + token.toStdString());
    if (!range.empty())
        req.set("Content-Range", range);
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        req.setContentType(method == "PUT" ? "application/octet-stream" : "application/json");
        req.setContentLength(body.size());
    }
    session.sendRequest(req).write(body.constData(), body.size());
    Poco::Net::HTTPResponse res;
    std::istream &in = session.receiveResponse(res);
    std::string text;
    Poco::StreamCopier::copyToString(in, text);
    return {int(res.getStatus()), res.get("MotCua-Api", ""), QByteArray::fromStdString(text),
            res.get("Upload-Offset", "")};
}

// docs/openapi.yaml's schema `schema` accepts `body`, strictly (no member the schema does not name).
void matchesSpec(const RawReply &r, const char *schema)
{
    INFO(schema << ": " << r.body.left(600).toStdString());
    CHECK(r.api == "1");
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(QStringLiteral("python3"), {QStringLiteral(MOTCUA_SOURCE_DIR "/tests/tools/openapi_check.py"),
                                            QStringLiteral(MOTCUA_SOURCE_DIR "/docs/openapi.yaml"),
                                            QLatin1String(schema), QStringLiteral("--strict")});
    REQUIRE(check.waitForStarted());
    check.write(r.body);
    check.closeWriteChannel();
    REQUIRE(check.waitForFinished(30000));
    INFO(check.readAll().toStdString());
    CHECK(check.exitCode() == 0);
}
} // namespace

TEST_CASE("Two batches on the wire at once, through failures and lost replies: every event once, the chain whole")
{
    // 10,000 events are five batches: the counter keeps two on the wire, the server fails some before committing and
    // commits others without answering, and the batch behind may reach the database first.
    Counter a;
    Counter b(a);
    addManyDossiers(*a.store, a.admin.userId, 2500);
    MotCua::Province::FaultPlan faults;
    faults.dropReplyAfterCommit = 0.25;
    faults.failBeforeCommit = 0.25;
    faults.seed = 20261202;
    TestProvince province({}, faults);
    a.enrol(province);
    b.enrol(province);
    int failures = 0;
    for (int attempt = 0; attempt < 60; ++attempt) {
        auto r = a.sync();
        if (r && r->pending == 0)
            break;
        if (!r) {
            INFO(why(r));
            REQUIRE(r.error().code == Error::Code::Network); // passing faults only, never a refusal
            ++failures;
        }
    }
    CHECK(failures > 0);
    province.restart();
    CHECK(a.mustSync().pending == 0);
    CHECK(province.events() == a.events());
    b.mustSync();
    CHECK(a.canonical() == b.canonical());
}

namespace
{
// Runs one statement on a store's file, as someone with the file could.
void tamper(Store &store, const QString &sql, const QString &id)
{
    auto st = store.db().prepare(sql);
    REQUIRE(st.has_value());
    st->bind(1, id);
    REQUIRE(st->exec().has_value());
    REQUIRE(store.db().changes() == 1);
}

const ReconcileEvent *named(const QList<ReconcileDay> &days, const QString &id)
{
    for (const ReconcileDay &d : days)
        for (const ReconcileEvent &e : d.events)
            if (e.id == id)
                return &e;
    return nullptr;
}
} // namespace

TEST_CASE("The check against the province names each event that differs: waiting here, only at the province, rewritten")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    a.receive(1);
    a.mustSync();
    b.mustSync();
    auto days = SyncService(*a.store).reconcile(a.admin, 3);
    REQUIRE(days.has_value());
    for (const ReconcileDay &d : *days) {
        CHECK(d.matches);
        CHECK(d.events.isEmpty());
    }

    // A dossier received since: its event is here, waiting to be sent, named by the dossier's code.
    const Dossier waiting = a.receive(2);
    days = SyncService(*a.store).reconcile(a.admin, 3);
    REQUIRE(days.has_value());
    QList<ReconcileEvent> differing;
    for (const ReconcileDay &d : *days)
        differing += d.events;
    REQUIRE(differing.size() == 1);
    CHECK(differing.first().change == ReconcileEvent::Change::OnlyHere);
    CHECK(differing.first().waiting);
    CHECK(differing.first().record == waiting.code);
    CHECK(differing.first().type == EventType::DossierReceived);
    CHECK(reconcileEventText(differing.first()).contains(QStringLiteral("waiting to be sent")));
    const QString sent = differing.first().id;

    // Sent; the other counter has not taken it in yet: at the province, not there.
    a.mustSync();
    days = SyncService(*b.store).reconcile(b.admin, 3);
    REQUIRE(days.has_value());
    const ReconcileEvent *there = named(*days, sent);
    REQUIRE(there != nullptr);
    CHECK(there->change == ReconcileEvent::Change::OnlyAtProvince);
    b.mustSync();

    // Someone with the file rewrites an event counter b took in and gives it another hash; and deletes another.
    auto ids =
        b.store->db().prepare(QStringLiteral("SELECT id FROM events WHERE type = 'DossierReceived' ORDER BY id"));
    REQUIRE(ids.has_value());
    QStringList received;
    while (ids->next())
        received << ids->text(0);
    REQUIRE(received.size() == 2);
    tamper(*b.store,
           QStringLiteral("UPDATE events SET payload = replace(payload, 'Nguyễn', 'Nguyen'), hash = '%1' WHERE id = ?1")
               .arg(QString(64, u'a')),
           received.at(0));
    tamper(*b.store, QStringLiteral("DELETE FROM events WHERE id = ?1"), received.at(1));
    days = SyncService(*b.store).reconcile(b.admin, 3);
    REQUIRE(days.has_value());
    const ReconcileEvent *rewritten = named(*days, received.at(0));
    REQUIRE(rewritten != nullptr);
    CHECK(rewritten->change == ReconcileEvent::Change::Differs);
    CHECK(rewritten->type == EventType::DossierReceived);
    CHECK(reconcileEventText(*rewritten).contains(QStringLiteral("differs from the province's")));
    const ReconcileEvent *lost = named(*days, received.at(1));
    REQUIRE(lost != nullptr);
    CHECK(lost->change == ReconcileEvent::Change::OnlyAtProvince);
    qint64 count = 0;
    for (const ReconcileDay &d : *days)
        count += d.events.size();
    CHECK(count == 2); // nothing else is named

    // The province's list of a day, as the protocol gives it.
    const RawReply list =
        raw(province.url(), "GET", "/v1/reconcile/events?day=" + days->first().day.toStdString(), {}, tokenOf(b));
    REQUIRE(list.status == 200);
    matchesSpec(list, "DayEvents");
    CHECK(raw(province.url(), "GET", "/v1/reconcile/events?day=hôm-nay", {}, tokenOf(b)).status == 400);
    CHECK(raw(province.url(), "GET", "/v1/reconcile/events?day=2026-12-01").status == 401);
}

TEST_CASE("A body in gzip is read as it inflates: a damaged one is malformed, one that inflates past the limit too "
          "large, and nothing is stored")
{
    TestProvince province;
    Counter a;
    a.enrol(province);
    const QString token = tokenOf(a);
    const auto post = [&](const QByteArray &gzipped) {
        const Poco::URI uri(province.url().toStdString());
        Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
        Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_POST, "/v1/events", Poco::Net::HTTPMessage::HTTP_1_1);
        req.set("Authorization", "Bearer " + token.toStdString());
        req.set("Content-Encoding", "gzip");
        req.setContentType("application/json");
        req.setContentLength(gzipped.size());
        session.sendRequest(req).write(gzipped.constData(), gzipped.size());
        Poco::Net::HTTPResponse res;
        std::istream &in = session.receiveResponse(res);
        std::string text;
        Poco::StreamCopier::copyToString(in, text);
        return std::pair{int(res.getStatus()), QByteArray::fromStdString(text)};
    };
    auto events = a.store->log().chainAfter(a.store->deviceId(), 0, 1000);
    REQUIRE(events.has_value());
    const QByteArray good = Sync::Client::pack(pushBody(*events));
    // Cut short, and with its middle bytes changed: not a gzip stream that ends.
    QByteArray damaged = good.left(good.size() / 2);
    auto [cutStatus, cutBody] = post(damaged);
    CHECK(cutStatus == 400);
    CHECK(cutBody.contains("malformed"));
    QByteArray flipped = good;
    for (qsizetype i = 20; i < 40 && i < flipped.size(); ++i)
        flipped[i] = char(flipped.at(i) ^ 0x5a);
    CHECK(post(flipped).first == 400);
    // 17 MiB of spaces compress to a few KiB: refused once they inflate past the 16 MiB a body may have.
    const QByteArray bomb = Sync::Client::pack(QByteArray("{\"events\": [") + QByteArray(17 * 1024 * 1024, ' ') + "]}");
    REQUIRE(bomb.size() < 200 * 1024);
    auto [bombStatus, bombBody] = post(bomb);
    CHECK(bombStatus == 413);
    CHECK(bombBody.contains("too_large"));
    CHECK(province.events() == 0);
    // The same events, whole: stored.
    CHECK(post(good).first == 200);
    CHECK(province.events() == events->size());
}

TEST_CASE("The server answers exactly as docs/openapi.yaml says")
{
    TestProvince province;
    Counter a;
    a.receive(1);
    const QString base = province.url();
    matchesSpec(raw(base, "GET", "/v1/health"), "Health");
    const QByteArray ask = QJsonDocument(QJsonObject{{QStringLiteral("code"), province.code()},
                                                     {QStringLiteral("commune"), a.store->communeCode()},
                                                     {QStringLiteral("device_id"), a.store->deviceId()},
                                                     {QStringLiteral("device_name"), a.store->deviceTag()}})
                               .toJson(QJsonDocument::Compact);
    const RawReply enrolled = raw(base, "POST", "/v1/enroll", ask);
    REQUIRE(enrolled.status == 200);
    matchesSpec(enrolled, "EnrollResult");
    const QString token = QJsonDocument::fromJson(enrolled.body).object().value(u"token").toString();
    matchesSpec(raw(base, "GET", "/v1/head", {}, token), "Head");
    auto events = a.store->log().chainAfter(a.store->deviceId(), 0, 1000);
    REQUIRE(events.has_value());
    const RawReply gap = raw(base, "POST", "/v1/events", pushBody(events->mid(2)), token);
    CHECK(gap.status == 409);
    matchesSpec(gap, "Error");
    const RawReply pushed = raw(base, "POST", "/v1/events", pushBody(*events), token);
    REQUIRE(pushed.status == 200);
    matchesSpec(pushed, "PushResult");
    // Another counter's pull sees them.
    Counter b(a);
    b.enrol(province);
    const RawReply pulled = raw(base, "GET", "/v1/events?limit=50", {}, tokenOf(b));
    REQUIRE(pulled.status == 200);
    matchesSpec(pulled, "PullResult");
    const QByteArray days = R"({"days":[{"day":"2026-12-01","count":3,"digest":")" + QByteArray(64, '0') + "\"}]}";
    const RawReply reconciled = raw(base, "POST", "/v1/reconcile", days, token);
    REQUIRE(reconciled.status == 200);
    matchesSpec(reconciled, "ReconcileResult");
    const QByteArray scan = "a scanned page";
    const std::string sha = QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex().toStdString();
    const RawReply stored = raw(base, "PUT", "/v1/blobs/" + sha, scan, token);
    CHECK(stored.status == 201);
    matchesSpec(stored, "BlobStored");
    CHECK(raw(base, "PUT", "/v1/blobs/" + sha, scan, token).status == 200);
    CHECK(raw(base, "PUT", "/v1/blobs/" + std::string(64, 'a'), scan, token).status == 422);
    const RawReply nothing = raw(base, "GET", "/v1/published/holidays", {}, token);
    CHECK(nothing.status == 404);
    matchesSpec(nothing, "Error");
    REQUIRE(province.store->publish(QStringLiteral("holidays"), R"({"year":2027,"days_off":[]})").has_value());
    const RawReply published = raw(base, "GET", "/v1/published/holidays", {}, token);
    REQUIRE(published.status == 200);
    matchesSpec(published, "Published");
    for (const auto &[method, path, status] :
         {std::tuple{"GET", "/v1/events", 401}, std::tuple{"DELETE", "/v1/head", 405},
          std::tuple{"GET", "/v2/health", 404}}) {
        const RawReply r = raw(base, method, path, {}, status == 401 ? QString() : token);
        CHECK(r.status == status);
        matchesSpec(r, "Error");
    }
    const RawReply malformed = raw(base, "POST", "/v1/events", "{not json", token);
    CHECK(malformed.status == 400);
    matchesSpec(malformed, "Error");
    // Blocks of official serials.
    const RawReply numbers =
        raw(base, "POST", "/v1/numbers", R"({"kind":"dossier","requests":[{"day":"2026-12-02","count":5}]})", token);
    REQUIRE(numbers.status == 200);
    matchesSpec(numbers, "NumbersResult");
    // A refused enrolment (403) and a body over the limit (413) answer with the Error body too.
    const RawReply refused = raw(base, "POST", "/v1/enroll", ask);
    CHECK(refused.status == 403);
    matchesSpec(refused, "Error");
    const RawReply tooBig = raw(base, "POST", "/v1/reconcile", QByteArray(1024 * 1024 + 10, ' '), token);
    CHECK(tooBig.status == 413);
    matchesSpec(tooBig, "Error");
    // A blob's HEAD and GET: the bytes as they were put.
    CHECK(raw(base, "HEAD", "/v1/blobs/" + sha, {}, token).status == 200);
    const RawReply fetched = raw(base, "GET", "/v1/blobs/" + sha, {}, token);
    CHECK(fetched.status == 200);
    CHECK(fetched.body == scan);
    CHECK(fetched.api == "1");
}

TEST_CASE("An event with the id of another the province holds is refused as id_conflict, and never overwrites it")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    a.receive(1);
    a.mustSync();
    b.mustSync();
    b.receive(2);
    const qint64 held = province.events();
    // B's next event, given the id of one of A's that the province holds, its hash made right for it.
    auto theirs = a.store->log().chainAfter(a.store->deviceId(), 0, 1);
    REQUIRE(theirs.has_value());
    REQUIRE_FALSE(theirs->isEmpty());
    const qint64 acked = SyncService(*b.store).status()->acknowledged;
    auto mine = b.store->log().chainAfter(b.store->deviceId(), acked, 1);
    REQUIRE(mine.has_value());
    REQUIRE_FALSE(mine->isEmpty());
    auto [event, payload] = mine->first();
    event.id = theirs->first().first.id;
    event.hash = event.computeHash(payload);
    const RawReply refused = raw(province.url(), "POST", "/v1/events", pushBody({{event, payload}}), tokenOf(b));
    CHECK(refused.status == 409);
    CHECK(refused.body.contains("id_conflict"));
    matchesSpec(refused, "Error");
    CHECK(province.events() == held);
    // The event the province held under that id is the one it hands out still, and B's own goes through.
    b.mustSync();
    CHECK(province.events() == b.events());
    Counter c(a);
    c.enrol(province);
    c.mustSync();
    CHECK(c.canonical() == b.canonical());
}

TEST_CASE("A store restored from an old copy of a PC is refused at enrolment: its history is not the one the province "
          "holds")
{
    TestProvince province;
    Counter a;
    a.enrol(province);
    a.receive(1);
    a.mustSync();
    // A copy of the PC's store as it is now, taken with the store closed.
    const QString data = a.store->dataDir();
    QTemporaryDir copyDir;
    a.store.reset();
    for (const QString &f : QDir(data).entryList(QDir::Files | QDir::Hidden))
        REQUIRE(QFile::copy(QDir(data).filePath(f), copyDir.filePath(f)));
    auto reopened = Store::open(data);
    REQUIRE(reopened.has_value());
    a.store = std::move(*reopened);
    // The PC goes on and syncs; then someone enrols the old copy.
    a.receive(2);
    a.mustSync();
    auto old = Store::open(copyDir.path());
    REQUIRE(old.has_value());
    auto refused = SyncService(**old).enrol(a.admin, province.url(), province.code());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("other_history"));
    CHECK(refused.error().message.contains(QStringLiteral("Restore it as a copy")));
    // Nothing of it was taken: the province holds the PC's history, and the PC syncs on.
    CHECK(province.events() == a.events());
    a.receive(3);
    CHECK(a.mustSync().pending == 0);
}

TEST_CASE("What the province publishes reaches every counter once: holidays and the catalog")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    const QByteArray holidays = R"({"year":2027,"source":"Thông báo của Bộ Nội vụ về lịch nghỉ năm 2027","days":[
        {"date":"2027-02-05","name":"Tết Nguyên đán","kind":"official"},
        {"date":"2027-02-08","name":"Tết Nguyên đán","kind":"official"},
        {"date":"2027-02-20","name":"Làm bù","kind":"working"}]})";
    REQUIRE(province.store
                ->publish(QStringLiteral("holidays"), QJsonDocument::fromJson(holidays).toJson(QJsonDocument::Compact))
                .has_value());
    QJsonObject fresh{{QStringLiteral("code"), QStringLiteral("2.002999")},
                      {QStringLiteral("name"), QStringLiteral("Thủ tục xác nhận thông tin hộ tịch")},
                      {QStringLiteral("name_known"), true},
                      {QStringLiteral("field"), QStringLiteral("Hộ tịch")},
                      {QStringLiteral("time_limit"), 3},
                      {QStringLiteral("time_unit"), QStringLiteral("working_days")},
                      {QStringLiteral("time_text"), QStringLiteral("03 ngày làm việc")},
                      {QStringLiteral("fee_text"), QStringLiteral("Miễn phí")},
                      {QStringLiteral("papers"), QJsonArray{QStringLiteral("Tờ khai theo mẫu")}}};
    // The province's catalog: the one the counters ship, less one procedure, with a new one.
    QJsonObject catalog;
    {
        QFile seed(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/procedures.json"));
        REQUIRE(seed.open(QIODevice::ReadOnly));
        catalog = QJsonDocument::fromJson(seed.readAll()).object();
    }
    QJsonArray procedures = catalog.value(u"procedures").toArray();
    const QString gone = procedures.last().toObject().value(u"code").toString();
    REQUIRE(gone != QStringLiteral("1.001193"));
    procedures.removeLast();
    procedures.append(fresh);
    catalog.insert(QStringLiteral("procedures"), procedures);
    REQUIRE(CatalogService(*a.store).find(gone).has_value());
    REQUIRE(province.store->publish(QStringLiteral("catalog"), QJsonDocument(catalog).toJson(QJsonDocument::Compact))
                .has_value());
    const SyncReport first = a.mustSync();
    REQUIRE(first.published.size() == 2);
    CHECK(first.published.join(u' ').contains(QStringLiteral("catalog v1 (2 changed)"))); // one new, one withdrawn
    auto procedure = CatalogService(*a.store).find(QStringLiteral("2.002999"));
    REQUIRE(procedure.has_value());
    CHECK(procedure->name == QStringLiteral("Thủ tục xác nhận thông tin hộ tịch"));
    // The one the province no longer lists is no longer offered at reception.
    CHECK(CatalogService(*a.store).find(gone).error().code == Error::Code::NotFound);
    CHECK(*CatalogService(*a.store).count() == procedures.size());
    auto days = CalendarService(*a.store).holidays(2027);
    REQUIRE(days.has_value());
    CHECK(std::any_of(days->cbegin(), days->cend(), [](const Holiday &h) { return h.date == QDate(2027, 2, 20); }));
    // B takes A's events first, then finds nothing left to change.
    const SyncReport second = b.mustSync();
    CHECK(second.published.join(u' ').contains(QStringLiteral("catalog v1 (0 changed)")));
    CHECK(CatalogService(*b.store).find(gone).error().code == Error::Code::NotFound);
    a.mustSync();
    CHECK(a.canonical() == b.canonical());
    CHECK(province.events() == a.events());
    // Nothing new: nothing taken again.
    CHECK(a.mustSync().published.isEmpty());
    // Published again with it: offered again.
    {
        QFile seed(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/procedures.json"));
        REQUIRE(seed.open(QIODevice::ReadOnly));
        REQUIRE(province.store->publish(QStringLiteral("catalog"), seed.readAll()).has_value());
    }
    const SyncReport restored = a.mustSync();
    CHECK(restored.published.join(u' ').contains(QStringLiteral("catalog v2 (2 changed)"))); // back, and 2.002999 gone
    CHECK(CatalogService(*a.store).find(gone).has_value());
    b.mustSync();
    CHECK(CatalogService(*b.store).find(gone).has_value());
    CHECK(a.canonical() == b.canonical());
    // A broken publication is refused with a sentence, and nothing is recorded.
    REQUIRE(province.store->publish(QStringLiteral("holidays"), R"({"year":"never"})").has_value());
    const qint64 before = a.events();
    auto broken = a.sync();
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().field == QStringLiteral("published"));
    CHECK(a.events() == before);
}

TEST_CASE("Official dossier codes offline from blocks the province allots, and provisional codes bound at sync")
{
    TestProvince province;
    REQUIRE(province.store->setUnitCode(QStringLiteral("00004"), QStringLiteral("H15.50.05.13")).has_value());
    Counter a;
    Counter b(a);
    // Received before the counter ever synced: a provisional code.
    const Dossier early = a.receive(1);
    CHECK(early.codeProvisional);
    a.enrol(province);
    b.enrol(province);
    const SyncReport first = a.mustSync();
    CHECK(first.codesAssigned == 1);
    auto bound = DossierService(*a.store).findByCode(a.admin, early.code); // the receipt's code still finds it
    REQUIRE(bound.has_value());
    CHECK_FALSE(bound->codeProvisional);
    CHECK(bound->provisionalCode == early.code);
    const QString today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date().toString(QStringLiteral("yyMMdd"));
    CHECK(bound->code == QStringLiteral("H15.50.05.13-%1-0001").arg(today));
    b.mustSync();
    // The line goes down: both counters go on numbering officially, from their own blocks.
    province.server->stop();
    QSet<QString> codes{bound->code};
    for (int i = 0; i < 12; ++i) {
        const Dossier onA = a.receive(10 + i);
        const Dossier onB = b.receive(40 + i);
        CHECK_FALSE(onA.codeProvisional);
        CHECK_FALSE(onB.codeProvisional);
        CHECK(onA.code.startsWith(QStringLiteral("H15.50.05.13-") + today));
        codes.insert(onA.code);
        codes.insert(onB.code);
    }
    CHECK(codes.size() == 25); // none given twice
    province.restart();
    a.mustSync();
    b.mustSync();
    a.mustSync();
    CHECK(a.canonical() == b.canonical());
    auto conflicts = ConflictService(*a.store).list(a.admin, true);
    REQUIRE(conflicts.has_value());
    CHECK(conflicts->isEmpty());
    // Used up offline: the counter falls back to provisional codes, bound at the next sync.
    province.server->stop();
    QList<Dossier> late;
    for (int i = 0; i < 60; ++i)
        late.append(a.receive(100 + i));
    CHECK(late.last().codeProvisional);
    province.restart();
    const SyncReport again = a.mustSync();
    CHECK(again.codesAssigned > 0);
    auto last = DossierService(*a.store).findByCode(a.admin, late.last().code);
    REQUIRE(last.has_value());
    CHECK_FALSE(last->codeProvisional);
    CHECK(last->provisionalCode == late.last().code);
}

TEST_CASE("The public pages show a dossier by the code on its receipt and the procedure list, nothing personal")
{
    TestProvince province;
    Counter a;
    a.enrol(province);
    const Dossier d = a.receive(1); // provisional: not synced before
    DossierActionRequest transfer;
    transfer.action = DossierAction::Transfer;
    transfer.code = d.code;
    transfer.toUser = QStringLiteral("admin");
    REQUIRE(DossierService(*a.store).act(a.admin, transfer).has_value());
    a.mustSync();
    auto bound = DossierService(*a.store).findByCode(a.admin, d.code);
    REQUIRE(bound.has_value());
    for (const QString &code : {d.code, bound->code}) { // the receipt's provisional code and the official one
        const RawReply r =
            raw(province.url(), "GET", QStringLiteral("/public/00004/dossiers/%1").arg(code).toStdString());
        INFO(r.body.toStdString());
        CHECK(r.status == 200);
        const QString html = QString::fromUtf8(r.body);
        CHECK(html.contains(QStringLiteral("Đang giải quyết")));
        CHECK(html.contains(bound->code));
        CHECK(html.contains(d.procedureName.toHtmlEscaped()));
        CHECK_FALSE(html.contains(d.applicantName)); // nothing personal
        CHECK_FALSE(html.contains(d.citizenId));
    }
    // The receipt's QR code carries that page's address.
    const QString qr = PublicAddress::receiptQrText(*a.store, bound->code);
    CHECK(qr == province.url() + QStringLiteral("/public/00004/dossiers/") + bound->code);
    CHECK(raw(province.url(), "GET", qr.mid(province.url().size()).toStdString()).status == 200);
    CHECK(raw(province.url(), "GET", "/public/00004/dossiers/00004-000000-0000").status == 404);
    CHECK(raw(province.url(), "GET", "/public/00004/dossiers/%3Cscript%3E").status == 404);
    const QJsonObject catalog{
        {QStringLiteral("source"), QStringLiteral("Bộ thủ tục hành chính cấp xã")},
        {QStringLiteral("procedures"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("1.001193")},
                                {QStringLiteral("name"), QStringLiteral("Thủ tục đăng ký khai sinh")},
                                {QStringLiteral("name_known"), true},
                                {QStringLiteral("time_text"), QStringLiteral("Ngay trong ngày")},
                                {QStringLiteral("fee_text"), QStringLiteral("Miễn phí")},
                                {QStringLiteral("papers"), QJsonArray{QStringLiteral("Tờ khai đăng ký khai sinh")}}}}}};
    REQUIRE(province.store->publish(QStringLiteral("catalog"), QJsonDocument(catalog).toJson(QJsonDocument::Compact))
                .has_value());
    const RawReply list = raw(province.url(), "GET", "/public/00004/procedures");
    CHECK(list.status == 200);
    CHECK(QString::fromUtf8(list.body).contains(QStringLiteral("Tờ khai đăng ký khai sinh")));
}

TEST_CASE("Outgoing document numbers from the province's blocks per series: two counters offline never give one "
          "number")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    auto signedDraft = [](Counter &c, Secrecy secrecy = Secrecy::None) {
        DocumentService docs(*c.store);
        OutgoingRequest r;
        r.type = QStringLiteral("QĐ");
        r.summary = QStringLiteral("Quyết định công nhận tổ dân phố văn hóa");
        r.secrecy = secrecy;
        auto d = docs.createOutgoing(c.admin, r);
        INFO(why(d));
        REQUIRE(d.has_value());
        for (OutgoingAction step : {OutgoingAction::Submit, OutgoingAction::Approve, OutgoingAction::Sign})
            REQUIRE(docs.act(c.admin, d->id, step).has_value());
        return d->id;
    };
    // Before enrolment the counter numbers on its own, and says so.
    CHECK(*DocumentService(*a.store).numbersIssuedHere());
    a.enrol(province);
    b.enrol(province);
    a.mustSync();
    b.mustSync();
    CHECK_FALSE(*DocumentService(*a.store).numbersIssuedHere());
    const QString year = QString::number(Time::toVietnam(QDateTime::currentDateTimeUtc()).date().year());
    const QString day = year + QStringLiteral("-01-01");
    CHECK(*NumberBlocks(*a.store).left(QStringLiteral("outgoing:hanh-chinh"), day) == SyncService::kOutgoingBlock);
    CHECK(*NumberBlocks(*b.store).left(QStringLiteral("outgoing:mat"), day) == SyncService::kOutgoingBlock);

    // Offline, both number from their own blocks: never the same number.
    province.server->stop();
    QSet<qint64> numbers;
    for (int i = 0; i < 8; ++i) {
        for (Counter *c : {&a, &b}) {
            auto d = DocumentService(*c->store).number(c->admin, signedDraft(*c));
            INFO(why(d));
            REQUIRE(d.has_value());
            CHECK(d->numberFromProvince);
            numbers.insert(d->number);
        }
    }
    CHECK(numbers.size() == 16);
    // The classified series counts on its own, from 1.
    auto secret = DocumentService(*a.store).number(a.admin, signedDraft(a, Secrecy::Secret));
    INFO(why(secret));
    REQUIRE(secret.has_value());
    CHECK(secret->series == QStringLiteral("mat"));
    CHECK(secret->number == 1);

    // A block used up offline: the counter refuses rather than give a number another counter may hold.
    for (int i = 8; i < SyncService::kOutgoingBlock; ++i)
        REQUIRE(DocumentService(*a.store).number(a.admin, signedDraft(a)).has_value());
    const QString waiting = signedDraft(a);
    auto refused = DocumentService(*a.store).number(a.admin, waiting);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("no_numbers"));
    province.restart();
    a.mustSync();
    b.mustSync();
    a.mustSync();
    auto later = DocumentService(*a.store).number(a.admin, waiting);
    INFO(why(later));
    REQUIRE(later.has_value());
    CHECK_FALSE(numbers.contains(later->number));
    a.mustSync();
    b.mustSync();
    CHECK(DocumentService(*b.store).outgoing(waiting)->numberSymbol() == later->numberSymbol()); // b sees it
    CHECK((a.canonical() == b.canonical()));
    auto conflicts = ConflictService(*a.store).list(a.admin, true);
    REQUIRE(conflicts.has_value());
    CHECK(conflicts->isEmpty());
}

TEST_CASE("A file attached on one counter reaches the province before its event, and the other counter after its pull")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    a.mustSync();
    b.mustSync();

    // A scan of the application form, attached to a dossier received on counter a.
    const Dossier d = a.receive(1);
    QTemporaryDir files;
    const QString scan = QDir(files.path()).filePath(QStringLiteral("don-de-nghi.png"));
    const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200000, 'x') + "đơn đề nghị";
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    auto attached = AttachmentService(*a.store).attach(a.admin, QStringLiteral("dossier"), d.id, scan);
    INFO(why(attached));
    REQUIRE(attached.has_value());
    const QString sha = attached->sha256;
    CHECK_FALSE(*province.store->hasBlob(sha));

    const SyncReport up = a.mustSync();
    INFO(up.blobsMissing << " missing, " << up.pushed << " pushed");
    CHECK(up.blobsUploaded == 1);
    CHECK(*province.store->hasBlob(sha));
    const auto held = province.store->blob(sha);
    REQUIRE(held.has_value());
    REQUIRE(held->has_value());
    CHECK((**held == bytes));

    // Counter b pulls the event and then the file: the attachment opens there, byte for byte.
    CHECK_FALSE(AttachmentService::holdsBlob(b.store->dataDir(), sha));
    const SyncReport down = b.mustSync();
    CHECK(down.blobsFetched == 1);
    auto path = AttachmentService(*b.store).blobPath(sha);
    INFO(why(path));
    REQUIRE(path.has_value());
    QFile copy(*path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK((copy.readAll() == bytes));
    auto listed = AttachmentService(*b.store).list(QStringLiteral("dossier"), d.id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fileName == QStringLiteral("don-de-nghi.png"));

    // Nothing new: no file goes again either way.
    CHECK(a.mustSync().blobsUploaded == 0);
    CHECK(b.mustSync().blobsFetched == 0);

    // Bytes that do not hash to their name are refused both ways and kept nowhere.
    Sync::Client client({province.url(), tokenOf(a), {}, 10000});
    const QString other = QString::fromLatin1(QCryptographicHash::hash("khác", QCryptographicHash::Sha256).toHex());
    auto wrong = client.putBlob(other, bytes);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QStringLiteral("hash_mismatch"));
    CHECK_FALSE(*province.store->hasBlob(other));
    auto absent = client.getBlob(other);
    REQUIRE_FALSE(absent.has_value());
    CHECK(absent.error().code == Error::Code::NotFound);
    CHECK(AttachmentService::keepBlob(b.store->dataDir(), other, bytes).error().field ==
          QStringLiteral("hash_mismatch"));
    CHECK_FALSE(AttachmentService::holdsBlob(b.store->dataDir(), other));
    CHECK((a.canonical() == b.canonical()));
}

namespace
{
// Bytes that do not compress, as a scan's are not: a PNG's signature, then noise from `seed`.
QByteArray scanBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    QRandomGenerator random(seed);
    while (bytes.size() < size)
        bytes.append(char(random.generate() & 0xff));
    return bytes;
}

std::string part(qint64 start, qint64 end, qint64 total)
{
    return "bytes " + std::to_string(start) + '-' + std::to_string(end) + '/' + std::to_string(total);
}

qint64 received(const RawReply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(u"received").toInteger(-1);
}

QString shaOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

TEST_CASE("A large scan goes up in parts: a broken upload goes on from what the province holds, and only a whole "
          "file that hashes to its name is kept")
{
    TestProvince province;
    Counter a;
    Counter b(a);
    a.enrol(province);
    b.enrol(province);
    const QString base = province.url();
    const QString token = tokenOf(a);
    constexpr qint64 mib = Sync::Client::kBlobPart;
    const QByteArray scan = scanBytes(3 * mib + mib / 2, 11);
    const qint64 total = scan.size();
    const QString sha = shaOf(scan);
    const std::string path = "/v1/blobs/" + sha.toStdString();
    const Province::Caller caller{a.store->deviceId(), a.store->communeCode()};
    const Province::Caller other{b.store->deviceId(), b.store->communeCode()};

    // Nothing yet: HEAD says 404, from byte 0.
    const RawReply head = raw(base, "HEAD", path, {}, token);
    CHECK(head.status == 404);
    CHECK(head.uploadOffset == "0");
    // The first part, then the line breaks.
    const RawReply first = raw(base, "PUT", path, scan.left(mib), token, part(0, mib - 1, total));
    CHECK(first.status == 202);
    CHECK(received(first) == mib);
    matchesSpec(first, "BlobStored");
    CHECK(raw(base, "HEAD", path, {}, token).uploadOffset == std::to_string(mib));
    CHECK(*province.store->uploadOffset(other, sha) == 0); // each device's upload is its own
    // A part past what the province holds is refused; one sent again after a lost answer adds nothing; one that
    // overlaps adds only its new bytes.
    const RawReply skipped = raw(base, "PUT", path, scan.mid(2 * mib, mib), token, part(2 * mib, 3 * mib - 1, total));
    CHECK(skipped.status == 409);
    CHECK(skipped.body.contains("upload_offset"));
    matchesSpec(skipped, "Error");
    CHECK(received(raw(base, "PUT", path, scan.left(mib), token, part(0, mib - 1, total))) == mib);
    CHECK(received(raw(base, "PUT", path, scan.mid(mib / 2, mib), token, part(mib / 2, mib / 2 + mib - 1, total))) ==
          mib + mib / 2);
    // Parts that do not say what they are: refused, nothing changes.
    CHECK(raw(base, "PUT", path, scan.mid(mib, 10), token, "bytes 10-5/100").status == 400);
    CHECK(raw(base, "PUT", path, scan.mid(mib, 10), token, "bytes=0-9/" + std::to_string(total)).status == 400);
    CHECK(raw(base, "PUT", path, scan.mid(mib, 10), token, part(mib, mib + 20, total)).status == 400);
    CHECK(raw(base, "PUT", path, scan.mid(mib, 10), token, part(0, 9, 65 * mib)).status == 413);
    CHECK(*province.store->uploadOffset(caller, sha) == mib + mib / 2);

    // The client goes on from there: a HEAD and the two parts left, not the whole file again.
    Sync::Client client({base, token, {}, 10000});
    const qint64 before = province.server->requestsServed();
    auto up = client.uploadBlob(sha, scan);
    INFO(why(up));
    REQUIRE(up.has_value());
    CHECK(*up);
    CHECK(province.server->requestsServed() - before == 3);
    auto held = province.store->blob(sha);
    REQUIRE(held.has_value());
    REQUIRE(held->has_value());
    CHECK((**held == scan));
    CHECK(*province.store->uploadOffset(caller, sha) == 0);
    // Held: the client puts nothing, and a part of it is answered "all there".
    CHECK_FALSE(*client.uploadBlob(sha, scan));
    const RawReply again = raw(base, "PUT", path, scan.left(mib), token, part(0, mib - 1, total));
    CHECK(again.status == 200);
    CHECK(received(again) == total);

    // Parts that put together are not the file of their name: dropped whole, nothing kept, and the upload starts
    // again from 0.
    const QByteArray second = scanBytes(2 * mib + 7, 12);
    const QString sha2 = shaOf(second);
    const std::string path2 = "/v1/blobs/" + sha2.toStdString();
    const QString tokenB = tokenOf(b);
    const qint64 total2 = second.size();
    CHECK(raw(base, "PUT", path2, second.left(mib), tokenB, part(0, mib - 1, total2)).status == 202);
    CHECK(raw(base, "PUT", path2, second.mid(mib, mib), tokenB, part(mib, 2 * mib - 1, total2)).status == 202);
    QByteArray tail = second.mid(2 * mib);
    tail[3] = char(tail.at(3) ^ 0x40);
    const RawReply wrong = raw(base, "PUT", path2, tail, tokenB, part(2 * mib, total2 - 1, total2));
    CHECK(wrong.status == 422);
    CHECK(wrong.body.contains("hash_mismatch"));
    CHECK_FALSE(*province.store->hasBlob(sha2));
    CHECK(raw(base, "HEAD", path2, {}, tokenB).uploadOffset == "0");
    // Without a token, no part is taken (a small one: the server answers before it reads a body).
    CHECK(raw(base, "PUT", path2, second.left(10), {}, part(0, 9, total2)).status == 401);
    CHECK(*province.store->uploadOffset(other, sha2) == 0);
}

namespace
{
void scansThroughFailures(const QString &db)
{
    Province::FaultPlan faults;
    faults.failBeforeCommit = 0.3;
    faults.seed = 5;
    TestProvince province(db, faults);
    Counter a;
    Counter b(a);
    const auto untilDone = [](Counter &c, const std::function<bool(const SyncReport &)> &done) {
        int failed = 0;
        for (int run = 0; run < 80; ++run) {
            auto r = SyncService(*c.store).syncNow(c.admin);
            if (r && done(*r))
                return failed;
            if (!r) {
                INFO(r.error().message.toStdString());
                REQUIRE(r.error().code == Error::Code::Network); // passing failures only, never a refusal
                ++failed;
            }
        }
        FAIL("not done in 80 runs");
        return failed;
    };
    for (Counter *c : {&a, &b}) {
        for (int i = 0; i < 20; ++i) {
            auto r = SyncService(*c->store).enrol(c->admin, province.url(), province.code());
            if (r)
                break;
            REQUIRE(r.error().code == Error::Code::Network);
        }
    }
    const Dossier d = a.receive(1);
    QTemporaryDir files;
    QList<QByteArray> scans;
    for (quint32 i = 0; i < 3; ++i) {
        scans.append(scanBytes(Sync::Client::kBlobPart * (2 + i) + 1000 * i, 20 + i));
        const QString file = QDir(files.path()).filePath(QStringLiteral("trang-%1.png").arg(i + 1));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(scans.last()) == scans.last().size());
        f.close();
        REQUIRE(AttachmentService(*a.store).attach(a.admin, QStringLiteral("dossier"), d.id, file).has_value());
    }
    CHECK(untilDone(a, [](const SyncReport &r) { return r.pending == 0; }) > 0);
    for (const QByteArray &scan : std::as_const(scans)) {
        auto held = province.store->blob(shaOf(scan));
        REQUIRE(held.has_value());
        REQUIRE(held->has_value());
        CHECK((**held == scan));
        CHECK(*province.store->uploadOffset({a.store->deviceId(), a.store->communeCode()}, shaOf(scan)) == 0);
    }
    CHECK(province.events() == a.events());
    // The other counter gets every file whole after its pull, through the same failures.
    untilDone(b, [&](const SyncReport &) { return AttachmentService(*b.store).missingBlobs(10)->isEmpty(); });
    for (const QByteArray &scan : std::as_const(scans))
        CHECK(AttachmentService::holdsBlob(b.store->dataDir(), shaOf(scan)));
    CHECK((a.canonical() == b.canonical()));
}
} // namespace

TEST_CASE("Scans of several parts reach the province whole through failing requests, and the other counter after")
{
    scansThroughFailures({});
}

TEST_CASE("The same scans in parts through failures with the province on PostgreSQL")
{
    PgCluster &pg = pgCluster();
    if (pg.url().isEmpty()) {
        WARN("SKIPPED: PostgreSQL could not start here: " << pg.why().toStdString());
        return;
    }
    scansThroughFailures(pg.createDatabase(QStringLiteral("parts")));
}

TEST_CASE("A push body is split into its lines as the JSON parser reads it, and any other form goes to the parser")
{
    using Province::ProvinceStore;
    // Strings with braces, brackets, escaped quotes and backslashes, nested payload objects, white space anywhere.
    const QByteArray body = " {\r\n \"events\" :\t[ {\"a\":\"}{][\",\"b\":{\"c\":[1,{\"d\":\"\\\"}\"}]}} ,\n"
                            "{\"e\":\"\\\\\",\"f\":\"Nguyễn Văn An {\"} , {} ] } ";
    const auto lines = ProvinceStore::splitPushBody(body);
    REQUIRE(lines.has_value());
    const QJsonArray parsed = QJsonDocument::fromJson(body).object().value(u"events").toArray();
    REQUIRE(lines->size() == parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i)
        CHECK(QJsonDocument::fromJson(lines->at(i).toByteArray()).object() == parsed.at(i).toObject());
    CHECK(ProvinceStore::splitPushBody("{\"events\":[]}")->isEmpty());
    // Forms the scan leaves to the parser: another member, a trailing comma, garbage after, cut short, not objects.
    for (const QByteArray &other :
         {QByteArray("{\"events\":[{}],\"more\":1}"), QByteArray("{\"more\":1,\"events\":[{}]}"),
          QByteArray("{\"events\":[{},]}"), QByteArray("{\"events\":[{}]}x"), QByteArray("{\"events\":[{\"a\":\"}]}"),
          QByteArray("{\"events\":[{}"), QByteArray("{\"events\":[1,2]}"), QByteArray("[{\"events\":[]}]"),
          QByteArray("")}) {
        INFO(other.toStdString());
        CHECK_FALSE(ProvinceStore::splitPushBody(other).has_value());
    }

    // Through the server: a body with a member the scan does not know is read by the parser and taken all the same.
    TestProvince province;
    Counter a;
    a.enrol(province);
    a.receive(1);
    auto events = a.store->log().chainAfter(a.store->deviceId(), 0, 1000);
    REQUIRE(events.has_value());
    QByteArray unusual = pushBody(*events);
    unusual.chop(1);
    unusual += ",\"note\":\"gửi lại\"}";
    Sync::Client client({province.url(), tokenOf(a), {}, 10000});
    auto r = client.post(QStringLiteral("/v1/events"), unusual);
    INFO(why(r));
    REQUIRE(r.has_value());
    CHECK(r->body.value(u"accepted").toInteger() == events->size());
}
