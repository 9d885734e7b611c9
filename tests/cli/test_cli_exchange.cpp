// Counters of one commune passing bundles on a USB stick, through the real motcua-cli (CLI.md: init --join, bundle,
// conflicts).
#include "tests/cli/clirunner.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>

using namespace MotCua::Test;

namespace
{
// A counter: its own data directory, the commune's administrator signed in.
struct Counter : Cli
{
    QString bundle(const QString &path)
    {
        const Run r = (*this)({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), path,
                               QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().value(QStringLiteral("path")).toString();
    }
    QJsonObject take(const QString &bundle)
    {
        const Run r = (*this)({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
    void join(const QString &bundle)
    {
        const Run r = (*this)({QStringLiteral("init"), QStringLiteral("--join"), bundle, QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().value(QStringLiteral("commune")).toString() == QStringLiteral("00004"));
    }
    QString receive(const QString &name, const QString &citizenId)
    {
        const Run r = (*this)(receiveArgs(name, citizenId));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().value(QStringLiteral("code")).toString();
    }
    void act(const QStringList &args)
    {
        const Run r = (*this)(QStringList{QStringLiteral("dossier")} + args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    QByteArray canonical()
    {
        const Run r = (*this)({QStringLiteral("export"), QStringLiteral("--canonical")});
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    bool verifies() { return (*this)({QStringLiteral("verify")}).exitCode == 0; }
    QList<QJsonObject> conflicts() { return (*this)({QStringLiteral("conflicts"), QStringLiteral("--json")}).lines(); }
};
} // namespace

TEST_CASE("Two counters of one commune: B joins from A's bundle, both work offline, bundles go both ways",
          "[cli][exchange]")
{
    QTemporaryDir usb;
    Counter a;
    a.init();
    const QString first = a.receive(QStringLiteral("Nguyễn Văn Bảo"), QStringLiteral("001090700001"));
    a.act({QStringLiteral("transfer"), first, QStringLiteral("--to"), QStringLiteral("admin")});

    Counter b;
    b.join(a.bundle(usb.filePath(QStringLiteral("a-de-khoi-tao.bundle"))));
    // B knows the commune's accounts (the administrator signs in there), catalog and records.
    const Run shown = b({QStringLiteral("dossier"), QStringLiteral("show"), first, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().value(QStringLiteral("state")).toString() == QStringLiteral("in_processing"));
    CHECK(b.canonical() == a.canonical());

    // Offline work on both, including a clash: both counters finish and return the same dossier's result.
    const QString onA = a.receive(QStringLiteral("Trịnh Thị Hương"), QStringLiteral("001190700002"));
    const QString onB = b.receive(QStringLiteral("Bạch Văn Long"), QStringLiteral("001090700003"));
    CHECK(onA != onB);
    for (Counter *c : {&a, &b}) {
        c->act({QStringLiteral("finish"), first});
        c->act({QStringLiteral("return"), first, QStringLiteral("--how"),
                c == &a ? QStringLiteral("desk") : QStringLiteral("post")});
    }

    // Bundles both ways, each taken in twice.
    const QString fromA = a.bundle(usb.filePath(QStringLiteral("tu-a.bundle")));
    const QString fromB = b.bundle(usb.path()); // a folder: the file is named for the commune, counter and time
    CHECK(QFileInfo(fromB).fileName().startsWith(QStringLiteral("motcua-00004-")));
    const QJsonObject intoB = b.take(fromA);
    CHECK(intoB.value(QStringLiteral("added")).toInt() > 0);
    CHECK(intoB.value(QStringLiteral("conflicts")).toInt() >= 1);
    const QJsonObject again = b.take(fromA);
    CHECK(again.value(QStringLiteral("added")).toInt() == 0);
    CHECK(again.value(QStringLiteral("already_had")).toInt() ==
          intoB.value(QStringLiteral("added")).toInt() + intoB.value(QStringLiteral("already_had")).toInt());
    CHECK(again.value(QStringLiteral("conflicts")).toInt() == 0);
    a.take(fromB);
    a.take(fromB);

    for (Counter *c : {&a, &b}) {
        CHECK(c->verifies());
        const Run list = (*c)({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK(list.lines().size() == 3);
    }
    CHECK(a.canonical() == b.canonical());

    // The clash shows on both alike, with what to do; resolving it on one resolves it on the other.
    const QList<QJsonObject> onAList = a.conflicts();
    REQUIRE(onAList.size() >= 1);
    CHECK(onAList == b.conflicts());
    const QJsonObject c0 = onAList.first();
    CHECK(c0.value(QStringLiteral("kind")).toString() == QStringLiteral("dossier_action"));
    CHECK(c0.value(QStringLiteral("record")).toString() == first);
    CHECK(c0.value(QStringLiteral("remedies")).toArray().contains(QStringLiteral("open_dossier")));
    CHECK(!c0.value(QStringLiteral("what_to_do")).toString().isEmpty());
    const Run resolved =
        b({QStringLiteral("conflicts"), QStringLiteral("resolve"), c0.value(QStringLiteral("id")).toString(),
           QStringLiteral("--note"), QStringLiteral("Đã gọi công dân: nhận kết quả tại quầy")});
    INFO(resolved.err.toStdString());
    REQUIRE(resolved.exitCode == 0);
    a.take(b.bundle(usb.filePath(QStringLiteral("tu-b-2.bundle"))));
    CHECK(a.conflicts().size() == onAList.size() - 1);
    CHECK(a.canonical() == b.canonical());
}

TEST_CASE("Three counters passing bundles in a chain A to B to C converge", "[cli][exchange]")
{
    QTemporaryDir usb;
    Counter a;
    a.init();
    a.receive(QStringLiteral("Đào Thị Yến"), QStringLiteral("001190800001"));
    const QString start = a.bundle(usb.filePath(QStringLiteral("khoi-tao.bundle")));
    Counter b;
    Counter c;
    b.join(start);
    c.join(start);
    CHECK(b.verifies());
    a.receive(QStringLiteral("Mai Văn Phúc"), QStringLiteral("001090800002"));
    b.receive(QStringLiteral("Tô Thị Nga"), QStringLiteral("001190800003"));
    c.receive(QStringLiteral("Hứa Văn Quang"), QStringLiteral("001090800004"));
    // A -> B -> C, then C -> B -> A.
    b.take(a.bundle(usb.filePath(QStringLiteral("1.bundle"))));
    c.take(b.bundle(usb.filePath(QStringLiteral("2.bundle"))));
    b.take(c.bundle(usb.filePath(QStringLiteral("3.bundle"))));
    a.take(b.bundle(usb.filePath(QStringLiteral("4.bundle"))));
    const QByteArray ref = a.canonical();
    CHECK(b.canonical() == ref);
    CHECK(c.canonical() == ref);
    for (Counter *x : {&a, &b, &c}) {
        CHECK(x->verifies());
        CHECK((*x)({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--json")}).lines().size() == 4);
    }
}

TEST_CASE("Bad bundles are refused with exit 2 and change nothing", "[cli][exchange][hostile]")
{
    QTemporaryDir usb;
    Counter a;
    a.init();
    a.receive(QStringLiteral("Lục Văn Hải"), QStringLiteral("001090900001"));
    const QString good = a.bundle(usb.filePath(QStringLiteral("tot.bundle")));
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    auto write = [&](const QString &name, const QByteArray &content) {
        const QString p = usb.filePath(name);
        QFile out(p);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return p;
    };
    QByteArray flipped = bytes;
    flipped[bytes.size() - 200] = char(flipped[bytes.size() - 200] ^ 0x01);
    QByteArray newer = bytes;
    newer.replace(0, 15, "MOTCUA-BUNDLE 2");

    Counter other; // another commune's counter
    const Run init = other({QStringLiteral("init"), QStringLiteral("--commune"), QStringLiteral("00008")});
    REQUIRE(init.exitCode == 0);
    const QString foreign = other.bundle(usb.filePath(QStringLiteral("xa-khac.bundle")));

    Counter b;
    b.join(good);
    const QByteArray before = b.dbHash();
    for (const QString &bad : {write(QStringLiteral("cut.bundle"), bytes.left(bytes.size() - 100)),
                               write(QStringLiteral("flip.bundle"), flipped), write(QStringLiteral("v2.bundle"), newer),
                               write(QStringLiteral("text.bundle"), QByteArray("không phải gói dữ liệu\n")), foreign,
                               usb.filePath(QStringLiteral("khong-co.bundle"))}) {
        INFO(bad.toStdString());
        const Run r = b({QStringLiteral("bundle"), QStringLiteral("import"), bad});
        CHECK(r.exitCode == 2);
        CHECK(r.err.count(u'\n') == 1);
        if (bad != foreign) { // (a counter may well join another commune from that commune's bundle)
            Counter fresh;
            const Run j = fresh({QStringLiteral("init"), QStringLiteral("--join"), bad});
            CHECK(j.exitCode == 2);
            CHECK_FALSE(QFileInfo::exists(QDir(fresh.dataDir()).filePath(QStringLiteral("motcua.db"))));
        }
    }
    CHECK(b.dbHash() == before);
    // A join with a password that is not the commune's administrator's leaves nothing behind.
    Counter wrong;
    wrong.env().insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("khong dung mat khau"));
    const Run refused = wrong({QStringLiteral("init"), QStringLiteral("--join"), good});
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(QDir(wrong.dataDir()).filePath(QStringLiteral("motcua.db"))));
}
