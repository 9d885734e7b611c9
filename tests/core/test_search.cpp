#include "core/domain/text.h"
#include "core/services/dossierservice.h"
#include "core/services/searchservice.h"
#include "core/store/searchindex.h"
#include "core/store/store.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
struct Searchable
{
    TempStore t;
    DossierService dossiers{*t.store};
    SearchService search{*t.store};
    int serial = 0;

    Dossier receive(const QString &name, const QString &address = {},
                    const QString &procedure = QStringLiteral("1.001193"))
    {
        ReceiveRequest r;
        r.procedureCode = procedure;
        r.applicantName = name;
        r.citizenId = QStringLiteral("001190%1").arg(++serial, 6, 10, QLatin1Char('0'));
        r.address = address;
        auto d = dossiers.receive(t.admin, r);
        REQUIRE(d.has_value());
        return *d;
    }
    QList<SearchHit> find(const QString &text, QStringList kinds = {})
    {
        SearchQuery q;
        q.text = text;
        q.kinds = kinds;
        auto r = search.search(t.admin, q);
        INFO(text.toStdString());
        REQUIRE(r.has_value());
        return r->hits;
    }
    QStringList titles(const QString &text, const QStringList &kinds)
    {
        QStringList out;
        for (const SearchHit &h : find(text, kinds))
            out.append(h.title);
        return out;
    }
};
} // namespace

TEST_CASE("Search finds what people type without diacritics", "[search]")
{
    Searchable s;
    s.receive(QStringLiteral("Nguyễn Văn An"));
    s.receive(QStringLiteral("Nguyễn Thị Bình"));
    s.receive(QStringLiteral("Trần Văn Anh"));

    const QStringList applicants = s.titles(QStringLiteral("nguyen van an"), {QStringLiteral("applicant")});
    REQUIRE_FALSE(applicants.isEmpty());
    CHECK(applicants.first() == QStringLiteral("Nguyễn Văn An"));
    // Prefix as you type: "nguyen van a" also finds "Anh" — but the exact name first.
    CHECK(s.titles(QStringLiteral("NGUYỄN VĂN AN"), {QStringLiteral("applicant")}).first() ==
          QStringLiteral("Nguyễn Văn An"));

    const QList<SearchHit> procedures = s.find(QStringLiteral("dang ky khai sinh"), {QStringLiteral("procedure")});
    REQUIRE_FALSE(procedures.isEmpty());
    CHECK(procedures.first().id == QStringLiteral("1.001193"));
    CHECK(procedures.first().snippet.contains(QStringLiteral("[đăng] [ký] [khai] [sinh]"), Qt::CaseInsensitive));

    // NFD input.
    const QString nfd = QStringLiteral("Nguyễn Thị Bình").normalized(QString::NormalizationForm_D);
    CHECK(s.titles(nfd, {QStringLiteral("applicant")}).first() == QStringLiteral("Nguyễn Thị Bình"));
}

TEST_CASE("Both tone placements, and an accented query, find both spellings", "[search]")
{
    Searchable s;
    s.receive(QStringLiteral("Lê Văn Tùng"), QStringLiteral("Số 3 phố Trần Quốc Vượng, Phường Yên Hòa, Hà Nội"));
    s.receive(QStringLiteral("Lê Văn Tuấn"), QStringLiteral("Số 8 phố Trung Kính, Phường Yên Hoà, Hà Nội"));
    for (const char *q : {"Hoà", "hòa", "HOA", "yen hoa"}) {
        const QList<SearchHit> hits = s.find(QString::fromUtf8(q), {QStringLiteral("applicant")});
        INFO(q);
        CHECK(hits.size() == 2);
    }
}

TEST_CASE("Citizen ids and dossier codes are exact lookups, ranked first", "[search]")
{
    Searchable s;
    const Dossier d = s.receive(QStringLiteral("Phan Văn Đức"));
    s.receive(QStringLiteral("Phan Văn Được"));
    const QList<SearchHit> byId = s.find(d.citizenId);
    REQUIRE(byId.size() >= 2);
    CHECK(byId.at(0).exact);
    CHECK(byId.at(0).kind == QStringLiteral("dossier"));
    CHECK(byId.at(0).code == d.code);
    bool applicant = false;
    for (const SearchHit &h : byId)
        applicant = applicant ||
                    (h.kind == QStringLiteral("applicant") && h.title == QStringLiteral("Phan Văn Đức") && h.exact);
    CHECK(applicant);

    const QList<SearchHit> byCode = s.find(d.code);
    REQUIRE_FALSE(byCode.isEmpty());
    CHECK(byCode.first().code == d.code);
    CHECK(byCode.first().exact);
    // đ folds to d: "duc" finds "Đức".
    CHECK(s.titles(QStringLiteral("phan van duc"), {QStringLiteral("applicant")})
              .contains(QStringLiteral("Phan Văn Đức")));
}

TEST_CASE("FTS syntax in the query is data and never an error", "[search]")
{
    Searchable s;
    s.receive(QStringLiteral("Vũ Thị Near"));
    for (const char *q :
         {"\"",    "\"nguyen", "*",      "nguyen*", "-",  "-van", "NEAR", "NEAR(a b)", "(",   ")",   "a AND", "OR",
          "NOT x", "col:val",  "^start", "''",      "\\", "%",    "_",    "{}",        "[x]", "   ", ""}) {
        SearchQuery query;
        query.text = QString::fromUtf8(q);
        auto r = s.search.search(s.t.admin, query);
        INFO(q);
        CHECK(r.has_value());
    }
    CHECK(s.titles(QStringLiteral("NEAR"), {QStringLiteral("applicant")}) ==
          QStringList{QStringLiteral("Vũ Thị Near")});
    CHECK(SearchService::ftsQuery(QStringLiteral("a \"b\" c*")) == QStringLiteral("\"a\" \"b\" \"c\"*"));
}

TEST_CASE("Filters combine with the text, and the index is a projection", "[search]")
{
    Searchable s;
    const Dossier a = s.receive(QStringLiteral("Cao Thị Mận"));
    s.receive(QStringLiteral("Cao Văn Mạnh"), {}, QStringLiteral("1.004335"));
    SearchQuery q;
    q.text = QStringLiteral("cao");
    q.procedureCode = QStringLiteral("1.001193");
    auto r = s.search.search(s.t.admin, q);
    REQUIRE(r.has_value());
    REQUIRE(r->hits.size() == 1);
    CHECK(r->hits.first().code == a.code);
    q.procedureCode.clear();
    q.state = QStringLiteral("refused");
    CHECK(s.search.search(s.t.admin, q)->hits.isEmpty());

    // Reasons become searchable when the dossier changes.
    DossierActionRequest refuse;
    refuse.action = DossierAction::Refuse;
    refuse.code = a.code;
    refuse.reason = QStringLiteral("Không thuộc thẩm quyền giải quyết");
    REQUIRE(s.dossiers.act(s.t.admin, refuse).has_value());
    CHECK(s.find(QStringLiteral("tham quyen"), {QStringLiteral("dossier")}).size() == 1);

    const QByteArray before = *s.t.store->exportCanonical();
    REQUIRE(before.contains("\"table\":\"search\""));
    REQUIRE(s.t.store->rebuild().has_value());
    CHECK(*s.t.store->exportCanonical() == before);
}

TEST_CASE("Vietnamese alphabetical order, not code points", "[search][collation]")
{
    QStringList names = {QStringLiteral("Đức"),  QStringLiteral("Dũng"), QStringLiteral("Ân"),   QStringLiteral("Anh"),
                         QStringLiteral("Ăn"),   QStringLiteral("Bình"), QStringLiteral("Ơn"),   QStringLiteral("Ông"),
                         QStringLiteral("Oanh"), QStringLiteral("Ưng"),  QStringLiteral("Uyên"), QStringLiteral("Y")};
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return Text::sortKey(a) < Text::sortKey(b); });
    CHECK(names == QStringList{QStringLiteral("Anh"), QStringLiteral("Ăn"), QStringLiteral("Ân"),
                               QStringLiteral("Bình"), QStringLiteral("Dũng"), QStringLiteral("Đức"),
                               QStringLiteral("Oanh"), QStringLiteral("Ông"), QStringLiteral("Ơn"),
                               QStringLiteral("Uyên"), QStringLiteral("Ưng"), QStringLiteral("Y")});
    // Tones after the letters: a, à, ả, ã, á, ạ.
    QStringList tones = {QStringLiteral("ạ"), QStringLiteral("á"), QStringLiteral("ã"),
                         QStringLiteral("ả"), QStringLiteral("à"), QStringLiteral("a")};
    std::sort(tones.begin(), tones.end(),
              [](const QString &a, const QString &b) { return Text::sortKey(a) < Text::sortKey(b); });
    CHECK(tones == QStringList{QStringLiteral("a"), QStringLiteral("à"), QStringLiteral("ả"), QStringLiteral("ã"),
                               QStringLiteral("á"), QStringLiteral("ạ")});
    CHECK(Text::highlight(QStringLiteral("Phường Yên Hòa"), {QStringLiteral("hoa")}, QStringLiteral("<"),
                          QStringLiteral(">")) == QStringLiteral("Phường Yên <Hòa>"));
}

TEST_CASE("Search results page with a keyset cursor, each match once", "[search]")
{
    Searchable s;
    for (int i = 0; i < 60; ++i)
        s.receive(QStringLiteral("Nguyễn Văn Thắng"));
    SearchQuery q;
    q.text = QStringLiteral("nguyen van thang");
    q.kinds = {QStringLiteral("applicant")};
    q.limit = 25;
    q.paged = true;
    QSet<QString> seen;
    int pages = 0;
    do {
        auto r = s.search.search(s.t.admin, q);
        REQUIRE(r.has_value());
        for (const SearchHit &h : r->hits) {
            CHECK_FALSE(seen.contains(h.id));
            seen.insert(h.id);
        }
        q.before = r->nextBefore;
        ++pages;
    } while (q.before > 0 && pages < 100);
    CHECK(pages == 3); // 25 + 25 + 10
    CHECK(seen.size() == 60);
}

TEST_CASE("Prefixes longer than the FTS5 prefix indexes find what FTS5's own prefix search finds", "[search]")
{
    Searchable s;
    s.receive(QStringLiteral("Nguyễn Văn An"));
    s.receive(QStringLiteral("Lê Thị Nguyệt"));
    s.receive(QStringLiteral("Trần Nguyên Hùng"), QStringLiteral("Xóm Nguy Hiểm"));
    QString many;
    for (int i = 1; i <= 30; ++i)
        many += QStringLiteral(" Khu%1").arg(i, 2, 10, QLatin1Char('0'));
    s.receive(QStringLiteral("Phạm Văn Khuê"), QStringLiteral("Thôn") + many);

    auto words = SearchIndex::wordsStartingWith(s.t.store->db(), QStringLiteral("nguy"), 24);
    REQUIRE(words.has_value());
    CHECK(*words == QStringList{QStringLiteral("nguy"), QStringLiteral("nguyen"), QStringLiteral("nguyet")});
    // Numbers are not in the vocabulary (FTS5's prefix search over them stays cheap).
    CHECK(SearchIndex::wordsStartingWith(s.t.store->db(), QStringLiteral("0011"), 24)->isEmpty());
    // More words than the limit: the caller is told by getting limit + 1 of them.
    CHECK(SearchIndex::wordsStartingWith(s.t.store->db(), QStringLiteral("khu"), 24)->size() == 25);

    // Every prefix, as typed, gives the same records as FTS5's prefix query on the same folded words.
    auto ftsRefs = [&](const QString &text) {
        auto st = s.t.store->db().prepare(
            QStringLiteral("SELECT d.kind || '/' || d.ref FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid"
                           " WHERE search_fts MATCH ?1"));
        REQUIRE(st.has_value());
        st->bind(1, SearchService::ftsQuery(text));
        QSet<QString> refs;
        while (st->next())
            refs.insert(st->text(0));
        return refs;
    };
    for (const QString &typed : {QStringLiteral("nguy"), QStringLiteral("Nguyê"), QStringLiteral("nguyen"),
                                 QStringLiteral("nguyet"), QStringLiteral("tran nguye"), QStringLiteral("khu0"),
                                 QStringLiteral("thon khu15"), QStringLiteral("nguyenx"), QStringLiteral("van khue")}) {
        SearchQuery q;
        q.text = typed;
        q.limit = 200;
        auto r = s.search.search(s.t.admin, q);
        REQUIRE(r.has_value());
        QSet<QString> got;
        for (const SearchHit &h : r->hits)
            got.insert(h.kind + u'/' + h.id);
        INFO(typed.toStdString());
        CHECK(got == ftsRefs(typed));
    }
    CHECK(s.titles(QStringLiteral("nguye"), {QStringLiteral("applicant")}).size() == 3);
    CHECK(s.titles(QStringLiteral("khu07"), {QStringLiteral("applicant")}) ==
          QStringList{QStringLiteral("Phạm Văn Khuê")});

    // The vocabulary is a projection too: a rebuild makes it again.
    REQUIRE(s.t.store->rebuild().has_value());
    CHECK(*SearchIndex::wordsStartingWith(s.t.store->db(), QStringLiteral("nguy"), 24) == *words);
    CHECK(s.titles(QStringLiteral("nguyet"), {QStringLiteral("applicant")}) ==
          QStringList{QStringLiteral("Lê Thị Nguyệt")});
}

TEST_CASE("A kind with few records is never crowded out by one with many, and paging walks every kind", "[search]")
{
    Searchable s;
    // 130 dossiers and 130 applicants named Khải, received after the catalog's procedures were indexed.
    for (int i = 0; i < 130; ++i)
        s.receive(QStringLiteral("Nguyễn Văn Khải"));
    SearchQuery q;
    q.text = QStringLiteral("khai");
    auto r = s.search.search(s.t.admin, q);
    REQUIRE(r.has_value());
    QHash<QString, int> perKind;
    for (const SearchHit &h : r->hits)
        ++perKind[h.kind];
    CHECK(perKind.value(QStringLiteral("dossier")) == 20);
    CHECK(perKind.value(QStringLiteral("applicant")) == 20);
    CHECK(perKind.value(QStringLiteral("procedure")) > 0); // "Đăng ký khai sinh" and the like
    CHECK(r->more);

    // Every match once, page by page: the dossiers, then the applicants, then the procedures.
    auto count = s.t.store->db().prepare(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1"));
    REQUIRE(count.has_value());
    count->bind(1, SearchService::ftsQuery(q.text));
    REQUIRE(count->next());
    const qint64 total = count->integer(0);
    CHECK(total > 260);
    q.paged = true;
    q.limit = 50;
    QSet<QString> seen;
    QStringList kindsInOrder;
    int pages = 0;
    do {
        auto page = s.search.search(s.t.admin, q);
        REQUIRE(page.has_value());
        for (const SearchHit &h : page->hits) {
            CHECK_FALSE(seen.contains(h.kind + u'/' + h.id));
            seen.insert(h.kind + u'/' + h.id);
            if (kindsInOrder.isEmpty() || kindsInOrder.constLast() != h.kind)
                kindsInOrder.append(h.kind);
        }
        q.before = page->nextBefore;
        ++pages;
    } while (q.before > 0 && pages < 100);
    CHECK(seen.size() == total);
    CHECK(kindsInOrder ==
          QStringList{QStringLiteral("dossier"), QStringLiteral("applicant"), QStringLiteral("procedure")});
}

TEST_CASE("A reason recorded as a key is shown in words in the search results", "[search][reason]")
{
    Searchable s;
    ReceiveRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.applicantName = QStringLiteral("Quách Thị Duyên");
    r.citizenId = QStringLiteral("001190777777");
    auto first = s.dossiers.receive(s.t.admin, r);
    REQUIRE(first.has_value());
    r.refuseAsDuplicate = true;
    auto refused = s.dossiers.receive(s.t.admin, r);
    REQUIRE(refused.has_value());
    REQUIRE(refused->outcomeReason == QStringLiteral("duplicate"));

    bool seen = false;
    for (const SearchHit &h : s.find(QStringLiteral("quach thi duyen"), {QStringLiteral("dossier")})) {
        if (h.code != refused->code)
            continue;
        seen = true;
        INFO(h.detail.toStdString());
        CHECK(h.detail.contains(dossierReasonText(QStringLiteral("duplicate"))));
        CHECK_FALSE(h.detail.split(QStringLiteral(" · ")).contains(QStringLiteral("duplicate")));
        CHECK_FALSE(h.detail.endsWith(QStringLiteral("· duplicate")));
    }
    CHECK(seen);
    CHECK(dossierReasonText(QStringLiteral("duplicate")) == QStringLiteral("duplicate of an open dossier"));
    CHECK(dossierReasonText(QStringLiteral("applicant's request")) == QStringLiteral("at the applicant's request"));
    CHECK(dossierReasonText(QStringLiteral("Không đủ điều kiện")) == QStringLiteral("Không đủ điều kiện"));
}
