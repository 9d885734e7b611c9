// The procedure catalog as shipped (scripts/gen-catalog.py), as read, searched and corrected through CatalogService.
#include "core/domain/catalogtext.h"
#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/services/calendarservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
const QStringList kLostNames = {QStringLiteral("2.001428"), QStringLiteral("3.000226"), QStringLiteral("3.000243"),
                                QStringLiteral("3.000244"), QStringLiteral("3.000246"), QStringLiteral("3.000283"),
                                QStringLiteral("3.000331")};

QList<QString> codes(const QList<Procedure> &list, int n = 1000)
{
    QList<QString> out;
    for (const Procedure &p : list.mid(0, n))
        out.append(p.code);
    return out;
}

// A Monday some weeks back at 09:00 Vietnam time (receptions may not be in the future).
QDateTime pastMondayMorning()
{
    QDate d = Time::toVietnam(QDateTime::currentDateTimeUtc()).date().addDays(-21);
    d = d.addDays(1 - d.dayOfWeek());
    return QDateTime(d, QTime(9, 0), Time::vietnam()).toUTC();
}

Dossier receive(Store &store, const Session &who, const QString &procedure, const QString &name, const QDateTime &at)
{
    ReceiveRequest r;
    r.procedureCode = procedure;
    r.applicantName = name;
    r.receivedAt = at;
    auto d = DossierService(store).receive(who, r);
    INFO((d ? QString() : d.error().message).toStdString());
    REQUIRE(d.has_value());
    return *d;
}
} // namespace

TEST_CASE("Amounts and fee texts are written the Vietnamese way", "[catalog][fee]")
{
    CHECK(CatalogText::dong(2000) == QStringLiteral("2.000 đồng"));
    CHECK(CatalogText::dong(4500000) == QStringLiteral("4.500.000 đồng"));
    CHECK(CatalogText::dong(500) == QStringLiteral("500 đồng"));
    CHECK(CatalogText::dong(0) == QStringLiteral("0 đồng"));
    // How the crawl wrote them, as stores seeded from the earlier catalog hold them.
    CHECK(CatalogText::fee(QStringLiteral("2,000 Việt Nam Đồng (/trang)Tại Ủy ban nhân dân cấp xã")) ==
          QStringLiteral("2.000 đồng/trang Tại Ủy ban nhân dân cấp xã"));
    CHECK(CatalogText::fee(QStringLiteral("8,000 VNĐ")) == QStringLiteral("8.000 đồng"));
    CHECK(CatalogText::fee(QStringLiteral("4,500,000 Việt Nam Đồng ((bốn triệu năm trăm nghìn)")) ==
          QStringLiteral("4.500.000 đồng ((bốn triệu năm trăm nghìn)"));
    CHECK(CatalogText::fee(QStringLiteral("Không có thông tin")).isEmpty());
    CHECK(CatalogText::fee(QStringLiteral("Không có thông tin 07 ngày làm việc")) ==
          QStringLiteral("07 ngày làm việc"));
    // Already Vietnamese: unchanged.
    CHECK(CatalogText::fee(QStringLiteral("2.000 đồng/trang")) == QStringLiteral("2.000 đồng/trang"));
    CHECK(CatalogText::fee(QStringLiteral("Miễn phí")) == QStringLiteral("Miễn phí"));
    CHECK(CatalogText::sourceValue(QStringLiteral(" Không có thông tin ")).isEmpty());
    CHECK(CatalogText::sourceValue(QStringLiteral("5 Ngày làm việc")) == QStringLiteral("5 Ngày làm việc"));
}

TEST_CASE("A text cut for a display ends at a word, with an ellipsis", "[catalog][text]")
{
    const QString text = QStringLiteral("Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ");
    CHECK(Text::cutAtWord(text, 200) == text);
    CHECK(Text::cutAtWord(text, 28) == QStringLiteral("Trong thời hạn 05 ngày làm…"));
    CHECK(Text::cutAtWord(text, 33) == QStringLiteral("Trong thời hạn 05 ngày làm việc…"));
    for (int n = 6; n < text.size(); ++n) {
        const QString cut = Text::cutAtWord(text, n);
        INFO(n << ": " << cut.toStdString());
        CHECK(cut.endsWith(QChar(0x2026)));
        CHECK(cut.size() <= n);
        // What is left is whole words of the text.
        CHECK(text.startsWith(cut.chopped(1)));
        CHECK((text.at(cut.size() - 1) == u' ' || text.at(cut.size() - 1) == u','));
    }
}

TEST_CASE("The shipped catalog marks every data problem instead of hiding it", "[catalog][seed]")
{
    QFile f(QStringLiteral(":/motcua/catalog/procedures.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray all = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("procedures")).toArray();
    REQUIRE(all.size() == 147);
    for (const QJsonValue &v : all) {
        const QJsonObject p = v.toObject();
        INFO(p.value(QLatin1String("code")).toString().toStdString());
        CHECK(p.value(QLatin1String("issues")).isArray());
        CHECK(p.value(QLatin1String("name_known")).isBool());
        // The source's "no information" is never a value, and fees are in đồng the Vietnamese way.
        CHECK(p.value(QLatin1String("time_text")).toString() != QStringLiteral("Không có thông tin"));
        const QString fee = p.value(QLatin1String("fee_text")).toString();
        CHECK_FALSE(fee.contains(QStringLiteral("Việt Nam Đồng")));
        CHECK_FALSE(fee.contains(QStringLiteral("VNĐ")));
        CHECK_FALSE(fee.contains(QStringLiteral("Không có thông tin")));
        // A missing time limit or unit is said in the issues.
        if (p.value(QLatin1String("time_limit")).isNull())
            CHECK(p.value(QLatin1String("issues")).toArray().contains(QStringLiteral("no time limit in source")));
        else if (p.value(QLatin1String("time_unit")).toString() == QStringLiteral("unspecified"))
            CHECK(
                p.value(QLatin1String("issues")).toArray().contains(QStringLiteral("time unit not stated in source")));
    }

    TempStore t;
    CatalogService catalog(*t.store);
    SECTION("fees: amount in đồng, the unit it is counted per, the portal's description whole")
    {
        const auto copy = catalog.find(QStringLiteral("2.000815"));
        REQUIRE(copy.has_value());
        CHECK(copy->feeText == QStringLiteral("2.000 đồng/trang"));
        CHECK(copy->feeAmount == 2000);
        CHECK(copy->feeUnit == QStringLiteral("trang"));
        CHECK(copy->notes.contains(QStringLiteral("từ trang thứ 3 trở lên thu 1.000 đồng/trang")));
        const auto marriage = catalog.find(QStringLiteral("1.000894"));
        REQUIRE(marriage.has_value());
        CHECK(marriage->feeText == QStringLiteral("Miễn phí"));
        CHECK(marriage->feeAmount == 0);
        // The tester's "Trong thời hạn 05 ngày làm v": the subset cut it at 300 characters; it is whole now.
        const auto household = catalog.find(QStringLiteral("1.010038"));
        REQUIRE(household.has_value());
        CHECK(household->notes.contains(QStringLiteral("Trong thời hạn 05 ngày làm việc")));
        CHECK(household->notes.endsWith(QStringLiteral("thì phải trả lời bằng văn bản và nêu rõ lý do.")));
        CHECK(household->notes.size() > 300);
        CHECK_FALSE(household->feeNote.endsWith(QStringLiteral("làm v")));
        const auto adoption = catalog.find(QStringLiteral("2.001263"));
        REQUIRE(adoption.has_value());
        CHECK(adoption->feeText == QStringLiteral("400.000 đồng"));
        CHECK(adoption->feeNote.endsWith(QStringLiteral("người có công với cách mạng nhận con nuôi.")));
        CHECK(adoption->notes.startsWith(QStringLiteral("Cách thức thực hiện")));
    }
    SECTION("no time limit: no time text, and the issue says so")
    {
        const auto copy = catalog.find(QStringLiteral("2.000815"));
        REQUIRE(copy.has_value());
        CHECK_FALSE(copy->timeLimit.has_value());
        CHECK(copy->timeText.isEmpty());
        CHECK_FALSE(copy->timeLimitKnown());
        CHECK(copy->issues.contains(QStringLiteral("no time limit in source")));
    }
    SECTION("the seven Người có công procedures whose record is another page: name unknown, nothing of that page")
    {
        for (const QString &code : kLostNames) {
            INFO(code.toStdString());
            const auto p = catalog.find(code);
            REQUIRE(p.has_value());
            CHECK_FALSE(p->nameKnown);
            CHECK(p->name.isEmpty());
            CHECK(p->field == QStringLiteral("Người có công"));
            CHECK_FALSE(p->timeLimit.has_value());
            CHECK(p->papers.isEmpty());
            CHECK(p->url.isEmpty());
            CHECK(p->decision.isEmpty());
            REQUIRE_FALSE(p->issues.isEmpty());
            CHECK(p->issues.first().startsWith(QStringLiteral("name unknown: the source record of ") + code +
                                               QStringLiteral(" is the page of another procedure (3.000579")));
        }
        // No other name of the catalog is a provincial decision's title.
        auto all = catalog.list();
        REQUIRE(all.has_value());
        for (const Procedure &p : *all)
            CHECK_FALSE(p.name.startsWith(QStringLiteral("Công bố Danh mục")));
        // Found by their field and by their code.
        auto byField = catalog.search(QStringLiteral("nguoi co cong"));
        REQUIRE(byField.has_value());
        for (const QString &code : kLostNames)
            CHECK(codes(*byField).contains(code));
        auto byCode = catalog.search(QStringLiteral("2.001428"));
        REQUIRE(byCode.has_value());
        REQUIRE(byCode->size() == 1);
        CHECK(byCode->first().code == QStringLiteral("2.001428"));
    }
}

TEST_CASE("Stores seeded from the earlier catalog read its fees and times the Vietnamese way", "[catalog][fee]")
{
    TempStore t;
    // A procedure as the earlier generator wrote it (and as stores set up before hold it in their log).
    auto events = t.store->commit(
        {{QStringLiteral("procedure"), QStringLiteral("9.000815"), EventType::ProcedureDefined,
          QJsonObject{{QStringLiteral("name"), QStringLiteral("Chứng thực bản sao thử nghiệm")},
                      {QStringLiteral("field"), QStringLiteral("Chứng thực")},
                      {QStringLiteral("time_limit"), QJsonValue()},
                      {QStringLiteral("time_unit"), QStringLiteral("unspecified")},
                      {QStringLiteral("time_text"), QStringLiteral("Không có thông tin")},
                      {QStringLiteral("fee_text"), QStringLiteral("2,000 Việt Nam Đồng (/trang)Tại Ủy ban nhân dân")},
                      {QStringLiteral("papers"), QJsonArray()},
                      {QStringLiteral("papers_known"), false},
                      {QStringLiteral("issues"), QJsonArray{QStringLiteral("no time limit in source")}}}}},
        QStringLiteral("system"));
    REQUIRE(events.has_value());
    auto p = CatalogService(*t.store).find(QStringLiteral("9.000815"));
    REQUIRE(p.has_value());
    CHECK(p->timeText.isEmpty());
    CHECK(p->feeText == QStringLiteral("2.000 đồng/trang Tại Ủy ban nhân dân"));
    CHECK(p->nameKnown);
    REQUIRE(t.store->rebuild().has_value());
    CHECK(CatalogService(*t.store).find(QStringLiteral("9.000815"))->feeText == p->feeText);
}

TEST_CASE("Searching the catalog puts a counter's everyday procedures first", "[catalog][search]")
{
    TempStore t;
    CatalogService catalog(*t.store);
    auto found = catalog.search(QStringLiteral("chung thuc"));
    REQUIRE(found.has_value());
    REQUIRE(found->size() >= 12);
    const QList<QString> order = codes(*found);
    INFO(QStringList(order).join(u' ').toStdString());
    // The certified copy from the original, used every day, is among the first results (it used to be last: the
    // longest name).
    CHECK(order.indexOf(QStringLiteral("2.000815")) < 3);
    CHECK(order.indexOf(QStringLiteral("2.000884")) < 3); // signatures
    // Names that start with the words come before names that only hold them, and those before the procedures
    // matched only through their field ("Chứng thực").
    CHECK(order.indexOf(QStringLiteral("2.001019")) < order.indexOf(QStringLiteral("2.000942")));
    CHECK(order.indexOf(QStringLiteral("2.000942")) < order.indexOf(QStringLiteral("2.000908")));
    CHECK(order.indexOf(QStringLiteral("2.000942")) < order.indexOf(QStringLiteral("2.000927")));
    // The long, rare translator-signature cases come after the everyday ones.
    CHECK(order.indexOf(QStringLiteral("2.001008")) > order.indexOf(QStringLiteral("2.000815")));

    // Typing the start of the words is enough, with or without diacritics.
    auto typed = catalog.search(QStringLiteral("Chứng th"));
    REQUIRE(typed.has_value());
    CHECK(codes(*typed, 3).contains(QStringLiteral("2.000815")));
    // The exact name and the exact code still come first.
    CHECK(catalog.search(QStringLiteral("dang ky khai sinh"))->first().code == QStringLiteral("1.001193"));
    CHECK(catalog.search(QStringLiteral("Chứng thực di chúc"))->first().code == QStringLiteral("2.001019"));
    CHECK(catalog.search(QStringLiteral("2.001019"))->first().code == QStringLiteral("2.001019"));
    // An empty query lists the whole catalog, everyday procedures first.
    auto everything = catalog.search(QString(), 500);
    REQUIRE(everything.has_value());
    CHECK(everything->size() == 147);
    CHECK(everything->first().everyday);
}

TEST_CASE("An administrator fills a missing time limit: later dossiers are due by it, earlier ones keep theirs",
          "[catalog][time-limit]")
{
    TempStore t;
    CatalogService catalog(*t.store);
    const Session receptionist = t.createUser(QStringLiteral("ngothihoa"), {Role::Receptionist});
    const QString code = QStringLiteral("2.000815");
    REQUIRE_FALSE(catalog.find(code)->timeLimitKnown());
    auto missing = catalog.list(true);
    REQUIRE(missing.has_value());
    CHECK(codes(*missing).contains(code));
    CHECK_FALSE(codes(*missing).contains(QStringLiteral("1.004194"))); // 3 working days in the source
    const qint64 missingBefore = missing->size();
    CHECK(missingBefore == 23 + 39); // no time limit, and a bare number without its unit

    const QDateTime at = pastMondayMorning();
    const Dossier earlier = receive(*t.store, receptionist, code, QStringLiteral("Đặng Văn Minh"), at);
    CHECK(earlier.dueUnitAssumed);
    const qint64 eventsBefore = *t.store->log().count();

    SECTION("only an administrator, with a unit and a sensible number")
    {
        CHECK(catalog.setTimeLimit(receptionist, code, 1, TimeUnit::WorkingDays).error().code ==
              Error::Code::Forbidden);
        CHECK(catalog.setTimeLimit(t.admin, code, 1, TimeUnit::Unspecified).error().field ==
              QStringLiteral("time_unit"));
        CHECK(catalog.setTimeLimit(t.admin, code, -1, TimeUnit::WorkingDays).error().field ==
              QStringLiteral("time_limit"));
        CHECK(catalog.setTimeLimit(t.admin, code, 366, TimeUnit::Days).error().field == QStringLiteral("time_limit"));
        CHECK(catalog.setTimeLimit(t.admin, code, 0, TimeUnit::WorkingHours).error().field ==
              QStringLiteral("time_limit"));
        CHECK(catalog.setTimeLimit(t.admin, QStringLiteral("9.999999"), 1, TimeUnit::WorkingDays).error().code ==
              Error::Code::NotFound);
        CHECK(*t.store->log().count() == eventsBefore);
        CHECK_FALSE(catalog.find(code)->timeLimit.has_value());
    }
    SECTION("recorded as an event by the administrator; the next dossier is due by it")
    {
        auto set = catalog.setTimeLimit(t.admin, code, 3, TimeUnit::WorkingDays);
        REQUIRE(set.has_value());
        CHECK(set->timeLimit == 3);
        CHECK(set->timeUnit == TimeUnit::WorkingDays);
        CHECK(set->timeSetBy == t.admin.userId);
        CHECK(set->timeSetAt.isValid());
        CHECK(set->timeLimitKnown());
        // What the source said is kept, and said.
        CHECK(set->issues.contains(QStringLiteral("no time limit in source")));
        CHECK(*t.store->log().count() == eventsBefore + 1);
        {
            auto last = t.store->db().prepare(
                QStringLiteral("SELECT type, entity_id, actor, payload FROM events ORDER BY seq DESC LIMIT 1"));
            REQUIRE(last.has_value());
            REQUIRE(last->next());
            CHECK(last->text(0) == EventType::ProcedureTimeLimitSet);
            CHECK(last->text(1) == code);
            CHECK(last->text(2) == t.admin.userId);
            const QJsonObject payload = QJsonDocument::fromJson(last->text(3).toUtf8()).object();
            CHECK(payload.value(QLatin1String("time_limit")).toInt() == 3);
            CHECK(payload.value(QLatin1String("time_unit")).toString() == QStringLiteral("working-days"));
            CHECK(payload.value(QLatin1String("previous_time_limit")).isNull());
        }

        CHECK_FALSE(codes(*catalog.list(true)).contains(code));
        CHECK(catalog.list(true)->size() == missingBefore - 1);
        // The same limit again records nothing.
        REQUIRE(catalog.setTimeLimit(t.admin, code, 3, TimeUnit::WorkingDays).has_value());
        CHECK(*t.store->log().count() == eventsBefore + 1);

        const Dossier later = receive(*t.store, receptionist, code, QStringLiteral("Lý Thị Thu"), at);
        auto calendar = CalendarService(*t.store).calendarFor(Time::toVietnam(at).date());
        REQUIRE(calendar.has_value());
        CHECK(later.dueAt == calendar->dueDate(at, 3, TimeUnit::WorkingDays).at);
        CHECK(later.timeLimit == 3);
        CHECK(later.timeUnit == TimeUnit::WorkingDays);
        CHECK_FALSE(later.dueUnitAssumed);
        CHECK(later.dueAt > earlier.dueAt);
        // The dossier received before the change keeps its appointment, also after a rebuild and a restart.
        DossierService dossiers(*t.store);
        CHECK(dossiers.findByCode(t.admin, earlier.code)->dueAt == earlier.dueAt);
        REQUIRE(t.store->rebuild().has_value());
        t.reopen();
        DossierService reopened(*t.store);
        CHECK(reopened.findByCode(t.admin, earlier.code)->dueAt == earlier.dueAt);
        CHECK(reopened.findByCode(t.admin, later.code)->dueAt == later.dueAt);
        auto kept = CatalogService(*t.store).find(code);
        REQUIRE(kept.has_value());
        CHECK(kept->timeLimit == 3);
        CHECK(kept->timeSetBy == t.admin.userId);
        CHECK(t.store->verify()->ok());
    }
    SECTION("a later definition without a time limit keeps the administrator's; one with a limit replaces it")
    {
        REQUIRE(catalog.setTimeLimit(t.admin, code, 8, TimeUnit::WorkingHours).has_value());
        QJsonObject definition{{QStringLiteral("name"), catalog.find(code)->name},
                               {QStringLiteral("field"), QStringLiteral("Chứng thực")},
                               {QStringLiteral("time_limit"), QJsonValue()},
                               {QStringLiteral("time_unit"), QStringLiteral("unspecified")},
                               {QStringLiteral("papers"), QJsonArray()},
                               {QStringLiteral("issues"), QJsonArray()}};
        REQUIRE(t.store
                    ->commit({{QStringLiteral("procedure"), code, EventType::ProcedureDefined, definition}},
                             QStringLiteral("system"))
                    .has_value());
        CHECK(catalog.find(code)->timeLimit == 8);
        CHECK(catalog.find(code)->timeUnit == TimeUnit::WorkingHours);
        definition.insert(QStringLiteral("time_limit"), 1);
        definition.insert(QStringLiteral("time_unit"), QStringLiteral("working-days"));
        REQUIRE(t.store
                    ->commit({{QStringLiteral("procedure"), code, EventType::ProcedureDefined, definition}},
                             QStringLiteral("system"))
                    .has_value());
        CHECK(catalog.find(code)->timeLimit == 1);
        CHECK(catalog.find(code)->timeUnit == TimeUnit::WorkingDays);
        CHECK(catalog.find(code)->timeSetBy.isEmpty());
    }
}
