// Many counters, one truth: other devices' events taken in in any order give the same store (issue "Many counters,
// one truth"). Three counters of one commune work offline, with clashes; their events are taken in by fresh stores in
// hundreds of random arrival orders.
#include "core/domain/holidays.h"
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/calendarservice.h"
#include "core/services/conflictservice.h"
#include "core/services/dossierservice.h"
#include "core/services/setupservice.h"
#include "core/store/eventlog.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> std::string why(const Result<T> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}

struct Counter
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Session admin;
};

ReceiveRequest birth(const QString &name, const QString &citizenId)
{
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = name;
    r.citizenId = citizenId;
    return r;
}

Dossier receive(Counter &c, const QString &name, const QString &citizenId)
{
    auto d = DossierService(*c.store).receive(c.admin, birth(name, citizenId));
    INFO(why(d));
    REQUIRE(d.has_value());
    return *d;
}

Result<Dossier> act(Counter &c, DossierAction action, const QString &code, const QString &to = {})
{
    DossierActionRequest r;
    r.action = action;
    r.code = code;
    r.toUser = to;
    if (action == DossierAction::RequestSupplement)
        r.items = {QStringLiteral("Bản sao giấy chứng sinh")};
    if (action == DossierAction::Reject)
        r.reason = QStringLiteral("Không đủ điều kiện");
    return DossierService(*c.store).act(c.admin, r);
}

void must(const Result<Dossier> &r)
{
    INFO(why(r));
    REQUIRE(r.has_value());
}

QString bundleOf(Counter &c, const QString &name)
{
    const QString path = QDir(c.dir.path()).filePath(name);
    auto info = BundleService(*c.store).exportTo(c.admin, path);
    INFO(why(info));
    REQUIRE(info.has_value());
    return info->path;
}

BundleImport take(Counter &c, const QString &bundle)
{
    auto r = BundleService(*c.store).importFrom(c.admin, bundle);
    INFO(why(r));
    REQUIRE(r.has_value());
    return *r;
}

void join(Counter &c, const QString &bundle)
{
    const QString dir = QDir(c.dir.path()).filePath(QStringLiteral("data"));
    auto joined = BundleService::join(bundle, dir, QStringLiteral("admin"), kAdminPassword);
    INFO(why(joined));
    REQUIRE(joined.has_value());
    c.store = std::move(joined->store);
    c.admin = joined->admin;
}

QList<Event> allEvents(Store &store)
{
    QList<Event> out;
    REQUIRE(store.log()
                .forEachInChainOrder([&](const Event &e, const QByteArray &) -> Result<void> {
                    out.append(e);
                    return {};
                })
                .has_value());
    return out;
}

// The three counters' work, offline, with every kind of record and the clashes the issue names.
struct Commune
{
    TempStore a;
    Counter b;
    Counter c;
    QList<Event> events; // the union of the three logs
    Dossier clash;       // returned on two counters

    Commune()
    {
        // A receives and hands over; its bundle sets up B and C.
        const Session &admin = a.admin;
        REQUIRE(AuthService(*a.store)
                    .createUser(admin, {QStringLiteral("hoa"),
                                        QStringLiteral("Lê Văn Hòa"),
                                        QStringLiteral("chuyen vien hoa"),
                                        {Role::Specialist},
                                        {},
                                        false})
                    .has_value());
        DossierService da(*a.store);
        clash = *da.receive(admin, birth(QStringLiteral("Nguyễn Thị Mai"), QStringLiteral("001190100001")));
        DossierActionRequest transfer;
        transfer.action = DossierAction::Transfer;
        transfer.code = clash.code;
        transfer.toUser = QStringLiteral("hoa");
        REQUIRE(da.act(admin, transfer).has_value());
        DossierActionRequest finish;
        finish.action = DossierAction::Finish;
        finish.code = clash.code;
        REQUIRE(da.act(admin, finish).has_value());
        QTemporaryDir tmp;
        auto first = BundleService(*a.store).exportTo(admin, tmp.filePath(QStringLiteral("a1.bundle")));
        REQUIRE(first.has_value());
        join(b, first->path);
        join(c, first->path);

        // Offline: each counter works on its own.
        auto withA = [&](auto fn) {
            Counter x;
            x.admin = a.admin;
            x.store.swap(a.store);
            fn(x);
            a.store.swap(x.store);
        };
        withA([&](Counter &x) {
            const Dossier d1 = receive(x, QStringLiteral("Trần Văn Nam"), QStringLiteral("001090200001"));
            must(act(x, DossierAction::Transfer, d1.code, QStringLiteral("hoa")));
            must(act(x, DossierAction::RequestSupplement, d1.code));
            must(act(x, DossierAction::SupplementReceived, d1.code));
            receive(x, QStringLiteral("Trần Văn Nam"), QStringLiteral("001090200002"));
            must(act(x, DossierAction::Return, clash.code)); // the clash: returned here ...
            // A user name created on two counters.
            REQUIRE(AuthService(*x.store)
                        .createUser(x.admin, {QStringLiteral("ngan"),
                                              QStringLiteral("Nguyễn Thị Ngân"),
                                              QStringLiteral("ngan o quay mot"),
                                              {Role::Receptionist},
                                              {},
                                              false})
                        .has_value());
            // A holiday arrangement published at one counter.
            YearArrangement y;
            y.year = 2027;
            y.source = QStringLiteral("Thông báo số 01/TB-UBND");
            for (Holiday h : Holidays::forYear(2027, {})) {
                h.kind = Holiday::Kind::Official;
                y.days.append(h);
            }
            REQUIRE(CalendarService(*x.store).publish(x.admin, y).has_value());
        });
        {
            const Dossier d2 = receive(b, QStringLiteral("Phạm Thị Lan"), QStringLiteral("001190300001"));
            must(act(b, DossierAction::Transfer, d2.code, QStringLiteral("hoa")));
            must(act(b, DossierAction::Reject, d2.code));
            must(act(b, DossierAction::Return, d2.code));
            must(act(b, DossierAction::Return, clash.code)); // ... and here
            REQUIRE(AuthService(*b.store)
                        .createUser(b.admin, {QStringLiteral("ngan"),
                                              QStringLiteral("Lê Thị Ngân"),
                                              QStringLiteral("ngan o quay hai"),
                                              {Role::Receptionist},
                                              {},
                                              false})
                        .has_value());
            // The same citizen and procedure as on A: both counters received it offline.
            receive(b, QStringLiteral("Trần Văn Nam"), QStringLiteral("001090200002"));
        }
        {
            const Dossier d3 = receive(c, QStringLiteral("Hoàng Văn Tú"), QStringLiteral("001090400001"));
            must(act(c, DossierAction::Transfer, d3.code, QStringLiteral("hoa")));
            must(act(c, DossierAction::Finish, d3.code));
            must(act(c, DossierAction::Return, clash.code)); // ... and here too
            receive(c, QStringLiteral("Đỗ Thị Hạnh"), QString());
        }
        QHash<QString, Event> seen;
        for (Store *s : {a.store.get(), b.store.get(), c.store.get()})
            for (const Event &e : allEvents(*s))
                seen.insert(e.id, e);
        events = seen.values();
    }
};

// A fresh store of the commune that takes `events` in, in the order of `batches`.
std::unique_ptr<Store> freshStore(const QString &dir, const QString &commune, const QString &name)
{
    auto s = Store::open(dir, true);
    REQUIRE(s.has_value());
    REQUIRE((*s)->adoptCommune(commune, name).has_value());
    return std::move(s.value());
}

// Each device's events stay in their chain order; the devices are interleaved at random, in batches of random size.
QList<QList<Event>> randomArrival(const QList<Event> &events, QRandomGenerator &rng)
{
    QHash<QString, QList<Event>> byDevice;
    for (const Event &e : events)
        byDevice[e.device].append(e);
    QStringList devices = byDevice.keys();
    for (auto &list : byDevice)
        std::sort(list.begin(), list.end(), [](const Event &x, const Event &y) { return x.deviceSeq < y.deviceSeq; });
    QList<QList<Event>> batches;
    QList<Event> batch;
    const int batchSize = 1 + int(rng.bounded(60));
    while (!devices.isEmpty()) {
        const QString d = devices.at(int(rng.bounded(int(devices.size()))));
        QList<Event> &queue = byDevice[d];
        const int take = 1 + int(rng.bounded(12));
        for (int i = 0; i < take && !queue.isEmpty(); ++i)
            batch.append(queue.takeFirst());
        if (queue.isEmpty())
            devices.removeAll(d);
        if (batch.size() >= batchSize) {
            batches.append(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        batches.append(batch);
    return batches;
}
} // namespace

TEST_CASE("Three counters' events in 200 random arrival orders give byte-identical stores, equal to a rebuild",
          "[exchange][fold]")
{
    Commune commune;
    REQUIRE(commune.events.size() > 170);
    QRandomGenerator rng(7031);
    QByteArray reference;
    qint64 refolds = 0;
    for (int round = 0; round < 200; ++round) {
        QTemporaryDir dir;
        auto store = freshStore(dir.path(), kCommune, commune.a.store->communeName());
        for (const QList<Event> &batch : randomArrival(commune.events, rng)) {
            auto r = store->ingest(batch);
            INFO("round " << round << ": " << why(r));
            REQUIRE(r.has_value());
            refolds += r->refolded;
        }
        auto exported = store->exportCanonical();
        REQUIRE(exported.has_value());
        if (round == 0) {
            reference = *exported;
            // Equal to a replay of the same log.
            REQUIRE(store->rebuild().has_value());
            CHECK(*store->exportCanonical() == reference);
            CHECK(store->verify()->ok());
            // The clashes are there: the second return of one result, the user name made twice, the withdrawal
            // after the return.
            auto conflicts = ConflictService(*store).list(commune.a.admin);
            REQUIRE(conflicts.has_value());
            QStringList kinds;
            for (const Conflict &c : *conflicts)
                kinds.append(conflictKindKey(c.kind) + u':' + c.eventType);
            kinds.sort();
            CHECK(kinds == QStringList{QStringLiteral("dossier_action:ResultReturned"),
                                       QStringLiteral("dossier_action:ResultReturned"),
                                       QStringLiteral("username:UserCreated")});
        } else {
            INFO("round " << round);
            REQUIRE(*exported == reference);
        }
    }
    // Arrival orders did put events before earlier ones: records were folded again, not only appended.
    CHECK(refolds > 0);
}

TEST_CASE("A record folds again after an out-of-order event, and derived rows follow", "[exchange][fold]")
{
    Commune commune;
    QTemporaryDir dir;
    auto store = freshStore(dir.path(), kCommune, commune.a.store->communeName());
    QList<Event> sorted = commune.events;
    std::sort(sorted.begin(), sorted.end(), [](const Event &x, const Event &y) {
        return std::tie(x.device, x.deviceSeq) < std::tie(y.device, y.deviceSeq);
    });
    REQUIRE(store->ingest(sorted).has_value());
    const QByteArray whole = *store->exportCanonical();
    // The same events into another store, A's return of the clashing dossier (and what A did after it) last: B's and
    // C's returns, later in fold order, are folded first, then the dossier folds again with A's return first.
    QTemporaryDir other;
    auto second = freshStore(other.path(), kCommune, commune.a.store->communeName());
    qint64 returnSeq = 0;
    for (const Event &e : sorted)
        if (e.device == commune.a.store->deviceId() && e.entityId == commune.clash.id &&
            e.type == EventType::ResultReturned)
            returnSeq = e.deviceSeq;
    REQUIRE(returnSeq > 0);
    QList<Event> aLast;
    QList<Event> first;
    for (const Event &e : sorted)
        (e.device == commune.a.store->deviceId() && e.deviceSeq >= returnSeq ? aLast : first).append(e);
    auto r1 = second->ingest(first);
    INFO(why(r1));
    REQUIRE(r1.has_value());
    auto r2 = second->ingest(aLast);
    REQUIRE(r2.has_value());
    CHECK(r2->refolded > 0);
    CHECK(*second->exportCanonical() == whole);
    // The applicant seen on two counters is one row, counted from both dossiers.
    CHECK(*second->db().scalarInt(
              QStringLiteral("SELECT dossier_count FROM applicants WHERE id = 'cid:001090200002'")) == 2);
}

TEST_CASE("The log refuses a tampered, forked or gapped event by name, and takes the same event twice as a no-op",
          "[exchange][eventlog]")
{
    TempStore t;
    REQUIRE(DossierService(*t.store)
                .receive(t.admin, birth(QStringLiteral("Vũ Thị Thu"), QStringLiteral("001190500001")))
                .has_value());
    const QList<Event> events = allEvents(*t.store);
    QTemporaryDir dir;
    auto other = freshStore(dir.path(), kCommune, t.store->communeName());
    const qint64 before = *other->log().count();

    SECTION("a changed payload")
    {
        QList<Event> changed = events;
        changed.last().payload.insert(QStringLiteral("code"), QStringLiteral("00004.XXXXX-261201-0001"));
        auto r = other->ingest(changed);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(changed.last().id));
        CHECK(r.error().message.contains(QStringLiteral("changed after it was written")));
        CHECK(*other->log().count() == before);
    }
    SECTION("a gap in the chain")
    {
        QList<Event> gapped = events;
        gapped.removeAt(3);
        auto r = other->ingest(gapped);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("missing")));
        CHECK(*other->log().count() == before);
    }
    SECTION("the same event twice, and the same id with other content")
    {
        REQUIRE(other->ingest(events).has_value());
        auto again = other->ingest(events);
        REQUIRE(again.has_value());
        CHECK(again->added == 0);
        CHECK(again->alreadyHad == events.size());
        Event forged = events.last();
        forged.payload.insert(QStringLiteral("channel"), QStringLiteral("post"));
        forged.hash = forged.computeHash(); // consistent in itself, but not the event held under that id
        auto r = other->ingest({forged});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("other content")));
    }
    SECTION("a second chain for one device (a replacement restored while the old PC kept working)")
    {
        REQUIRE(other->ingest(events.mid(0, events.size() - 1)).has_value());
        Event fork = events.last();
        fork.id = QStringLiteral("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
        fork.hash = fork.computeHash();
        auto r = other->ingest({fork});
        REQUIRE(r.has_value()); // the next position: it continues the chain as held
        auto second = fork;
        second.id = QStringLiteral("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c");
        second.hash = second.computeHash();
        auto refused = other->ingest({second});
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("fork"));
    }
    SECTION("a payload that is not in canonical form")
    {
        QList<QByteArray> texts;
        for (const Event &e : events)
            texts.append(e.payloadText());
        texts.last() = QJsonDocument(events.last().payload).toJson(QJsonDocument::Indented);
        auto r = other->ingest(events, texts);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("canonical")));
    }
    // The local clock observed what it took in: a new local event sorts after.
    if (*other->log().count() > before) {
        CHECK(other->log().lastHlc() >= events.last().hlc);
    }
}

TEST_CASE("Two counters exchange bundles both ways and converge", "[exchange][bundle]")
{
    TempStore a;
    REQUIRE(DossierService(*a.store)
                .receive(a.admin, birth(QStringLiteral("Lâm Văn Đức"), QStringLiteral("001090600001")))
                .has_value());
    QTemporaryDir usb;
    auto first = BundleService(*a.store).exportTo(a.admin, usb.path());
    REQUIRE(first.has_value());
    Counter b;
    join(b, first->path);
    CHECK(b.store->deviceId() != a.store->deviceId());
    CHECK(b.store->deviceTag() != a.store->deviceTag());
    CHECK(b.store->communeCode() == a.store->communeCode());
    // B holds A's accounts, catalog and records.
    CHECK(*b.store->exportCanonical() == *a.store->exportCanonical());

    Counter aView;
    aView.admin = a.admin;
    aView.store.swap(a.store);
    const Dossier onA = receive(aView, QStringLiteral("Lâm Thị Hoa"), QStringLiteral("001190600002"));
    const Dossier onB = receive(b, QStringLiteral("Cao Văn Sơn"), QStringLiteral("001090600003"));
    CHECK(onA.code.contains(u'.' + aView.store->deviceTag() + u'-'));
    CHECK(onB.code.contains(u'.' + b.store->deviceTag() + u'-'));

    const QString fromA = bundleOf(aView, QStringLiteral("tu-a.bundle"));
    const QString fromB = bundleOf(b, QStringLiteral("tu-b.bundle"));
    for (int i = 0; i < 2; ++i) {
        take(aView, fromB);
        take(b, fromA);
    }
    CHECK(take(b, fromA).added == 0);
    CHECK(*aView.store->exportCanonical() == *b.store->exportCanonical());
    CHECK(aView.store->verify()->ok());
    CHECK(b.store->verify()->ok());
    CHECK(*aView.store->db().scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 3);

    SECTION("a bundle of another commune, of a newer format, truncated, changed, or not a bundle is refused")
    {
        const QByteArray before = *aView.store->exportCanonical();
        QFile f(fromB);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto variant = [&](const QString &name, const QByteArray &content) {
            const QString p = usb.filePath(name);
            QFile out(p);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(content);
            return p;
        };
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
        QByteArray newer = bytes;
        newer.replace(0, 15, "MOTCUA-BUNDLE 9");
        const QList<std::pair<QString, QString>> bad = {
            {variant(QStringLiteral("cut.bundle"), bytes.left(bytes.size() * 2 / 3)), QStringLiteral("truncated")},
            {variant(QStringLiteral("flipped.bundle"), flipped), QStringLiteral("checksum")},
            {variant(QStringLiteral("newer.bundle"), newer), QStringLiteral("newer")},
            {variant(QStringLiteral("notes.bundle"), QByteArray("Biên bản họp ngày 1/12\n")),
             QStringLiteral("not a MotCua bundle")},
        };
        for (const auto &[path, why] : bad) {
            auto r = BundleService(*aView.store).importFrom(aView.admin, path);
            INFO(path.toStdString());
            REQUIRE_FALSE(r.has_value());
            CHECK(r.error().code == Error::Code::Invalid);
            CHECK(r.error().message.contains(why));
        }
        // Another commune's counter.
        QTemporaryDir otherDir;
        auto other = Store::open(otherDir.path());
        REQUIRE(other.has_value());
        REQUIRE(SetupService(**other)
                    .initialise({QStringLiteral("00008"), QStringLiteral("admin"), kAdminPassword, {}})
                    .has_value());
        auto otherAdmin = AuthService(**other).authenticate(QStringLiteral("admin"), kAdminPassword);
        auto foreign = BundleService(**other).exportTo(*otherAdmin, usb.filePath(QStringLiteral("khac.bundle")));
        REQUIRE(foreign.has_value());
        auto r = BundleService(*aView.store).importFrom(aView.admin, foreign->path);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("other_commune"));
        CHECK(*aView.store->exportCanonical() == before);
    }
    a.store.swap(aView.store);
}
