// The canonical form of docs/event-format.md, checked against a second, independent implementation
// (tests/tools/jcs_reference.py, Python) and against the RFC 8785 examples.
#include "core/store/canonicaljson.h"
#include "core/store/event.h"
#include "core/sync/eventline.h"
#include "tests/support/manyevents.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>

using namespace MotCua;

namespace
{
QString referenceScript()
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/tests/tools/jcs_reference.py");
}

// Runs the Python implementation over the values; returns one "hex-bytes chain-hash" line per value.
QStringList reference(const QList<std::pair<QJsonValue, QString>> &values)
{
    QByteArray input;
    for (const auto &[v, prev] : values) {
        QByteArray line = "{\"prev_hash\":" + CanonicalJson::serialize(QJsonValue(prev)) + ",\"value\":";
        line += CanonicalJson::serialize(v);
        line += "}\n";
        input += line;
    }
    QProcess p;
    p.start(QStringLiteral("python3"), {referenceScript()});
    REQUIRE(p.waitForStarted(10000));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QStringList lines = QString::fromLatin1(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == values.size());
    return lines;
}

QString randomString(QRandomGenerator &rng)
{
    // Vietnamese with both tone placements and NFD, escapes, control characters, astral characters, a lone surrogate.
    static const QStringList pieces = {QStringLiteral("Nguyễn Văn An"),
                                       QStringLiteral("Hoà"),
                                       QStringLiteral("Hòa"),
                                       QString::fromUtf8("Nguye\xcc\x82\xcc\x83n"),
                                       QStringLiteral("\""),
                                       QStringLiteral("\\"),
                                       QStringLiteral("/"),
                                       QStringLiteral("\n"),
                                       QStringLiteral("\t"),
                                       QStringLiteral("\u0001"),
                                       QStringLiteral("\u001f"),
                                       QStringLiteral("\u007f"),
                                       QStringLiteral("\u2028"),
                                       QStringLiteral("€"),
                                       QStringLiteral("đ"),
                                       QString::fromUtf8("\xf0\x9f\x98\x80"),
                                       QString(QChar(0xd800)),
                                       QStringLiteral("số 5/12"),
                                       QStringLiteral(" ")};
    QString s;
    const int n = int(rng.bounded(6));
    for (int i = 0; i < n; ++i)
        s += pieces.at(int(rng.bounded(int(pieces.size()))));
    return s;
}

double randomNumber(QRandomGenerator &rng)
{
    switch (rng.bounded(6)) {
    case 0:
        return double(rng.bounded(1000000));
    case 1:
        return -double(rng.bounded(100));
    case 2:
        return rng.generateDouble() * std::pow(10.0, int(rng.bounded(60)) - 30);
    case 3:
        return std::ldexp(rng.generateDouble(), int(rng.bounded(2000)) - 1000);
    case 4:
        return double(rng.generate64() >> 8);
    default:
        return 0.5 * double(rng.bounded(40));
    }
}

QJsonValue randomValue(QRandomGenerator &rng, int depth)
{
    switch (depth > 3 ? rng.bounded(4) : rng.bounded(6)) {
    case 0:
        return QJsonValue();
    case 1:
        return rng.bounded(2) == 1;
    case 2:
        return randomNumber(rng);
    case 3:
        return randomString(rng);
    case 4: {
        QJsonArray a;
        for (int i = 0, n = int(rng.bounded(4)); i < n; ++i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = 0, n = int(rng.bounded(5)); i < n; ++i)
            o.insert(randomString(rng) + QString::number(i), randomValue(rng, depth + 1));
        return o;
    }
    }
}

// A payload of up to four members of any kind.
QJsonObject randomPayload(QRandomGenerator &rng)
{
    QJsonObject payload;
    for (int k = 0, n = int(rng.bounded(5)); k < n; ++k)
        payload.insert(randomString(rng) + QString::number(k), randomValue(rng, 1));
    return payload;
}

// An event with anything in its text members; its hlc a random 64-bit number shifted right by `hlcShift` bits.
Event randomEvent(QRandomGenerator &rng, int hlcShift)
{
    Event e;
    e.id = randomString(rng);
    e.entity = randomString(rng);
    e.entityId = randomString(rng);
    e.type = randomString(rng);
    e.actor = randomString(rng);
    e.device = randomString(rng);
    e.hlc = qint64(rng.generate64() >> hlcShift);
    e.deviceSeq = qint64(rng.bounded(1000000));
    e.prevHash = randomString(rng);
    e.hash = randomString(rng);
    return e;
}
} // namespace

TEST_CASE("Canonical numbers follow ECMAScript (RFC 8785 examples)", "[canonical]")
{
    const QList<std::pair<double, const char *>> cases = {
        {0.0, "0"},
        {-0.0, "0"},
        {1.0, "1"},
        {-1.5, "-1.5"},
        {100.0, "100"},
        {1e21, "1e+21"},
        {1e20, "100000000000000000000"},
        {1e23, "1e+23"},
        {0.000001, "0.000001"},
        {1e-7, "1e-7"},
        {333333333.33333329, "333333333.3333333"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {9007199254740993.0, "9007199254740992"},
        {4.5, "4.5"},
        {0.002, "0.002"},
        {-1e-7, "-1e-7"},
        {295147905179352830000.0, "295147905179352830000"},
    };
    for (const auto &[value, text] : cases) {
        INFO(text);
        CHECK(CanonicalJson::number(value) == QByteArray(text));
    }
}

TEST_CASE("Canonical JSON: sorted keys, no spaces, minimal escapes, UTF-8", "[canonical]")
{
    const QJsonObject o{{QStringLiteral("b"), 1},
                        {QStringLiteral("a"), QJsonArray{true, QJsonValue(), QStringLiteral("x\u0001\"\\é/\u2028")}},
                        {QStringLiteral("\u20ac"), QStringLiteral("euro")},
                        {QStringLiteral("\u0080"), QStringLiteral("control")},
                        {QString::fromUtf8("\xf0\x9f\x98\x80"), QStringLiteral("astral")},
                        {QStringLiteral("\ufb33"), QStringLiteral("hebrew")}};
    // UTF-16 code unit order (RFC 8785 §3.2.3): U+20AC, then U+1F600 (the pair D83D DE00), then U+FB33, which code
    // point order would put before U+1F600.
    CHECK(CanonicalJson::serialize(o) ==
          QByteArray("{\"a\":[true,null,\"x\\u0001\\\"\\\\\xc3\xa9/\xe2\x80\xa8\"],\"b\":1,\"\xc2\x80\":\"control\","
                     "\"\xe2\x82\xac\":\"euro\",\"\xf0\x9f\x98\x80\":\"astral\",\"\xef\xac\xb3\":\"hebrew\"}"));
}

TEST_CASE("Canonical bytes and chain hashes agree with the independent Python implementation", "[canonical]")
{
    QRandomGenerator rng(20261201);
    QList<std::pair<QJsonValue, QString>> values;
    for (int i = 0; i < 400; ++i)
        values.append({randomValue(rng, 0), i % 3 ? QString::number(rng.generate64(), 16) : QString()});
    // Real events too: the envelope the hash covers.
    Event e;
    e.id = QStringLiteral("01937c5e-8f00-7abc-8def-0123456789ab");
    e.entity = QStringLiteral("dossier");
    e.entityId = e.id;
    e.type = QStringLiteral("DossierReceived");
    e.payload = QJsonObject{
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Trần Thị Bích")}}},
        {QStringLiteral("time_limit"), 3},
        {QStringLiteral("papers"), QJsonArray{QStringLiteral("Tờ khai đăng ký khai sinh")}}};
    e.actor = QStringLiteral("01937c5e-0000-7000-8000-000000000001");
    e.device = QStringLiteral("01937c5e-0000-7000-8000-0000000000aa");
    e.hlc = (qint64(1764547200000) << 16) | 3;
    e.deviceSeq = 42;
    e.prevHash = QStringLiteral("9f2c");
    values.append({QJsonDocument::fromJson(e.canonicalBytes()).object(), e.prevHash});

    const QStringList expected = reference(values);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QByteArray bytes = CanonicalJson::serialize(values.at(i).first);
        const QStringList parts = expected.at(i).split(u' ');
        REQUIRE(parts.size() == 2);
        INFO("value " << i << ": " << bytes.toStdString());
        CHECK(QString::fromLatin1(bytes.toHex()) == parts.at(0));
    }
    CHECK(e.computeHash() == expected.constLast().split(u' ').at(1));
    CHECK(QString::fromLatin1(e.canonicalBytes().toHex()) == expected.constLast().split(u' ').at(0));
}

TEST_CASE("The example event of docs/event-format.md hashes as the document says", "[canonical]")
{
    Event e;
    e.id = QStringLiteral("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
    e.entity = QStringLiteral("dossier");
    e.entityId = e.id;
    e.type = QStringLiteral("DossierTransferred");
    e.payload = QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-12-01T02:30:00Z")},
                            {QStringLiteral("to_user_name"), QStringLiteral("Lê Văn Hòa")},
                            {QStringLiteral("to_leader"), false},
                            {QStringLiteral("note"), QStringLiteral("Hồ sơ \"gấp\"")}};
    e.actor = QStringLiteral("0193a1b2-0000-7000-8000-000000000001");
    e.device = QStringLiteral("0193a1b2-0000-7000-8000-0000000000d1");
    e.hlc = 126830356463616001;
    e.deviceSeq = 7;
    e.prevHash = QStringLiteral("3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b");
    CHECK(
        e.canonicalBytes() ==
        QByteArray(
            "{\"actor\":\"0193a1b2-0000-7000-8000-000000000001\",\"device\":\"0193a1b2-0000-7000-8000-"
            "0000000000d1\",\"device_seq\":\"7\",\"entity\":\"dossier\",\"entity_id\":\"0193a1b2-c3d4-7e5f-8a6b-"
            "7c8d9e0f1a2b\",\"hlc\":\"126830356463616001\",\"id\":\"0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b\","
            "\"payload\":{\"at\":\"2026-12-01T02:30:00Z\",\"note\":\"H\xe1\xbb\x93 s\xc6\xa1 \\\"g\xe1\xba\xa5p\\\"\","
            "\"to_leader\":false,\"to_user_name\":\"L\xc3\xaa V\xc4\x83n H\xc3\xb2"
            "a\"},\"type\":\"DossierTransferred\"}"));
    CHECK(e.computeHash() == QStringLiteral("a3c24efdff34bf4707ce5ac8e114a47f57bda8660bf88f6f07bfd06f51970e96"));
    // The envelope written member by member is the canonical serialisation of the whole object.
    QJsonObject whole{{QStringLiteral("id"), e.id},
                      {QStringLiteral("entity"), e.entity},
                      {QStringLiteral("entity_id"), e.entityId},
                      {QStringLiteral("type"), e.type},
                      {QStringLiteral("payload"), e.payload},
                      {QStringLiteral("actor"), e.actor},
                      {QStringLiteral("device"), e.device},
                      {QStringLiteral("hlc"), QString::number(e.hlc)},
                      {QStringLiteral("device_seq"), QString::number(e.deviceSeq)}};
    CHECK(CanonicalJson::serialize(whole) == e.canonicalBytes());
}

TEST_CASE("Stores written before the canonical form was written down still verify", "[canonical][store]")
{
    Test::TempStore t;
    // Every event the services wrote hashes the same by both writers.
    auto events = t.store->log().forEntity(QStringLiteral("user"), t.admin.userId);
    REQUIRE(events.has_value());
    REQUIRE_FALSE(events->isEmpty());
    for (const Event &e : *events) {
        CHECK(e.computeHash() == e.hash);
        CHECK(e.computeLegacyHash() == e.hash);
    }
    CHECK(t.store->verify()->ok());
}

TEST_CASE("An event line written directly is the canonical serialisation of its object", "[canonical][sync]")
{
    // EventLine::toText writes what bundles carry and pushes send without a QJsonObject: it must give the same
    // bytes as the general writer for any text in any member, the payload's escapes included.
    QRandomGenerator rng(20261202);
    for (int i = 0; i < 500; ++i) {
        const Event e = randomEvent(rng, 2);
        const QByteArray text = CanonicalJson::serialize(randomPayload(rng));
        INFO(text.toStdString());
        CHECK((EventLine::toText(e, text) == CanonicalJson::serialize(EventLine::toJson(e, text))));
    }
    // A payload text that is not UTF-8 is read as QString::fromUtf8 reads it, by both writers.
    Event e;
    e.id = QStringLiteral("x");
    const QByteArray broken("{\"note\":\"Ph\xe1\xba\"}");
    CHECK((EventLine::toText(e, broken) == CanonicalJson::serialize(EventLine::toJson(e, broken))));
}

namespace
{
// What the general reading (QJsonDocument, EventLine::fromJson, the payload written again) makes of a line: the event,
// or nullopt where the province's general path refuses it for its form or its payload's form.
std::optional<std::pair<Event, QByteArray>> readGenerally(const QByteArray &line)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QByteArray text;
    auto e = EventLine::fromJson(doc.object(), text);
    if (!e || e->payloadText() != text)
        return std::nullopt;
    return std::pair<Event, QByteArray>{*e, text};
}

// A quick reading must be one the general reading gives too, member for member, and the line must be what toText()
// writes for it (the province stores the line as it came).
void requireAgrees(const QByteArray &line)
{
    QByteArray text;
    const auto quick = EventLine::fromCanonicalText(line, text);
    if (!quick)
        return;
    INFO(line.toStdString());
    const auto general = readGenerally(line);
    REQUIRE(general.has_value());
    const Event &g = general->first;
    CHECK(text == general->second);
    CHECK((quick->id == g.id && quick->entity == g.entity && quick->entityId == g.entityId && quick->type == g.type &&
           quick->actor == g.actor && quick->device == g.device && quick->hlc == g.hlc &&
           quick->deviceSeq == g.deviceSeq && quick->prevHash == g.prevHash && quick->hash == g.hash));
    CHECK(quick->origin == QStringLiteral("remote"));
    CHECK(EventLine::toText(*quick, text) == line);
}

// The line with one byte changed, inserted or taken away (bytes that matter to JSON more often than not).
QByteArray mutated(QByteArray line, QRandomGenerator &rng)
{
    static const char interesting[] = {'\\',   '"',    ' ',    '0',    '1',    'u',    'e',    '.',   '-',
                                       ',',    ':',    '{',    '}',    '[',    ']',    'a',    'A',   '\n',
                                       '\x01', '\x7f', '\x80', '\xc3', '\xe1', '\xed', '\xef', '\xf0'};
    const qsizetype at = qsizetype(rng.bounded(quint32(line.size())));
    const char b = interesting[rng.bounded(quint32(sizeof interesting))];
    switch (rng.bounded(3)) {
    case 0:
        line[at] = b;
        break;
    case 1:
        line.insert(at, b);
        break;
    default:
        line.remove(at, 1);
    }
    return line;
}
} // namespace

TEST_CASE("The province's quick reading of a canonical line agrees with the general reading", "[canonical][sync]")
{
    // Every line a real store writes is read the quick way, and agrees.
    Test::TempStore t;
    Test::addManyDossiers(*t.store, t.admin.userId, 30);
    auto chain = t.store->log().chainAfter(t.store->deviceId(), 0, 100000);
    REQUIRE(chain.has_value());
    REQUIRE(chain->size() > 100);
    QList<QByteArray> lines;
    for (const auto &[e, text] : std::as_const(*chain)) {
        const QByteArray line = EventLine::toText(e, text);
        QByteArray read;
        const auto quick = EventLine::fromCanonicalText(line, read);
        INFO(line.toStdString());
        REQUIRE(quick.has_value());
        CHECK(quick->hash == quick->computeHash(read));
        requireAgrees(line);
        lines.append(line);
    }

    // Lines with anything in their members: where the quick reading takes one, it agrees; most are taken.
    QRandomGenerator rng(20261202);
    int quick = 0;
    const int n = 3000;
    for (int i = 0; i < n; ++i) {
        const Event e = randomEvent(rng, 8);
        const QByteArray line = EventLine::toText(e, CanonicalJson::serialize(randomPayload(rng)));
        QByteArray text;
        if (EventLine::fromCanonicalText(line, text))
            ++quick;
        requireAgrees(line);
        lines.append(line);
    }
    CHECK(quick > n / 10);

    // Lines damaged a byte at a time (and again): the quick reading takes only what the general reading takes the same.
    for (int i = 0; i < 60000; ++i) {
        QByteArray line = mutated(lines.at(qsizetype(rng.bounded(quint32(lines.size())))), rng);
        if (rng.bounded(2))
            line = mutated(line, rng);
        requireAgrees(line);
    }

    // Forms the general reading takes that the quick one leaves to it.
    const QByteArray usual = lines.first();
    QByteArray text;
    const QList<QByteArray> others = {QByteArray(" ") + usual, usual + QByteArray("\n"),
                                      QByteArray(usual).replace("\"actor\":", "\"actor\" :"),
                                      QByteArray(usual).insert(usual.size() - 1, ",\"note\":\"x\"")};
    for (const QByteArray &other : others) {
        INFO(other.toStdString());
        CHECK_FALSE(EventLine::fromCanonicalText(other, text).has_value());
        CHECK(readGenerally(other).has_value());
    }
}

TEST_CASE("A payload is known canonical by one scan only when it is", "[canonical]")
{
    for (const char *yes : {"{}", "{\"a\":1,\"b\":\"x\"}", "{\"a\":[1,-2,{\"b\":null}],\"c\":true,\"d\":false}",
                            "{\"a\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\"}", "{\"tên\":\"Nguyễn Văn An\"}",
                            "{\"a\":123456789012345,\"b\":[]}", "{\"a\":\"/\x7f\"}"}) {
        INFO(yes);
        CHECK(CanonicalJson::isCanonicalObject(QByteArrayView(yes)));
        CHECK(CanonicalJson::serialize(QJsonDocument::fromJson(yes).object()) == QByteArray(yes));
    }
    // Out of order, twice, a space, escapes written otherwise, numbers of other forms, not UTF-8, not an object.
    for (const char *no : {"{\"b\":1,\"a\":2}",   "{\"a\":1,\"a\":2}",
                           "{ \"a\":1}",          "{\"a\":1 }",
                           "{\"a\":\"\\u0041\"}", "{\"a\":\"\\/\"}",
                           "{\"a\":\"\\u000a\"}", "{\"a\":\"\\u001F\"}",
                           "{\"a\":\"\t\"}",      "{\"a\":1.5}",
                           "{\"a\":-0}",          "{\"a\":01}",
                           "{\"a\":1e3}",         "{\"a\":1234567890123456}",
                           "{\"a\":\"\xc3\"}",    "{\"a\":\"\xed\xa0\x80\"}",
                           "{\"a\":\"\\ud800\"}", "[1]",
                           "{\"a\":1}x",          "{\"a\":1",
                           "{\"a\":tru}",         "",
                           "{\"a\":\"x\"}}"}) {
        INFO(no);
        CHECK_FALSE(CanonicalJson::isCanonicalObject(QByteArrayView(no)));
    }
    // Anything the scan takes is written back by the general writer as it is, over random and damaged texts.
    QRandomGenerator rng(20261203);
    int taken = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray text = CanonicalJson::serialize(randomPayload(rng));
        if (i % 2)
            text = mutated(text, rng);
        if (!CanonicalJson::isCanonicalObject(text))
            continue;
        ++taken;
        INFO(text.toStdString());
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        REQUIRE(doc.isObject());
        CHECK(CanonicalJson::serialize(doc.object()) == text);
    }
    CHECK(taken > 1000);
}
