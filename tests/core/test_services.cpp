#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/setupservice.h"
#include "core/services/units.h"
#include "tests/support/tempstore.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
ReceiveRequest request(const QString &procedure, const QString &name)
{
    ReceiveRequest r;
    r.procedureCode = procedure;
    r.applicantName = name;
    return r;
}
} // namespace

TEST_CASE("Administrative units: 3,321 communes with 5-digit codes, searchable without diacritics", "[units]")
{
    CHECK(Units::all().size() == 3321);
    const auto baDinh = Units::find(QStringLiteral("00004"));
    REQUIRE(baDinh.has_value());
    CHECK(baDinh->fullName == QStringLiteral("Phường Ba Đình"));
    CHECK(baDinh->provinceName == QStringLiteral("Thành phố Hà Nội"));
    CHECK_FALSE(Units::find(QStringLiteral("99999")).has_value());
    const auto found = Units::search(QStringLiteral("phuong ba dinh"));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().code == QStringLiteral("00004"));
}

TEST_CASE("Setup creates the commune, the first administrator and the catalog in one step", "[setup]")
{
    TempStore t(false);
    SetupService setup(*t.store);
    SECTION("bad commune code changes nothing")
    {
        auto r = setup.initialise({QStringLiteral("12"), QStringLiteral("admin"), kAdminPassword, {}});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK_FALSE(t.store->isInitialised());
        CHECK(*t.store->log().count() == 0);
    }
    SECTION("no password: no account")
    {
        auto r = setup.initialise({kCommune, QStringLiteral("admin"), QString(), {}});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("password"));
        CHECK(*t.store->log().count() == 0);
    }
    SECTION("a short password is refused")
    {
        CHECK_FALSE(setup.initialise({kCommune, QStringLiteral("admin"), QStringLiteral("short"), {}}).has_value());
        CHECK_FALSE(t.store->isInitialised());
    }
    SECTION("success, then a second setup is refused")
    {
        auto r = setup.initialise({kCommune, QStringLiteral("admin"), kAdminPassword, {}});
        REQUIRE(r.has_value());
        CHECK(r->procedures == 147);
        CHECK(t.store->communeCode() == kCommune);
        CHECK(t.store->communeName().startsWith(QStringLiteral("Phường Ba Đình")));
        CHECK(*CatalogService(*t.store).count() == 147);
        auto again = setup.initialise({kCommune, QStringLiteral("admin2"), kAdminPassword, {}});
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == Error::Code::Conflict);
    }
}

TEST_CASE("Passwords are Argon2id hashes, and wrong passwords and unknown users are refused alike", "[auth]")
{
    auto hash = AuthService::hashPassword(QStringLiteral("mật khẩu dài"));
    REQUIRE(hash.has_value());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK(AuthService::verifyPassword(*hash, QStringLiteral("mật khẩu dài")));
    CHECK_FALSE(AuthService::verifyPassword(*hash, QStringLiteral("mật khẩu dai")));
    // A fresh salt each time.
    CHECK(*AuthService::hashPassword(QStringLiteral("mật khẩu dài")) != *hash);

    TempStore t;
    AuthService auth(*t.store);
    auto wrong = auth.authenticate(QStringLiteral("admin"), QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == Error::Code::Auth);
    auto unknown = auth.authenticate(QStringLiteral("nobody"), kAdminPassword);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message == wrong.error().message);
    // The stored password is never the clear text.
    CHECK(*t.store->db().scalarInt(
              QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%correct horse%'")) == 0);
}

TEST_CASE("Permissions are enforced by the services, per role", "[auth][permissions]")
{
    TempStore t;
    const Session receptionist = t.createUser(QStringLiteral("tiepnhan1"), {Role::Receptionist});
    const Session specialist = t.createUser(QStringLiteral("chuyenvien1"), {Role::Specialist});
    const Session leader = t.createUser(QStringLiteral("lanhdao1"), {Role::Leader});
    AuthService auth(*t.store);
    DossierService dossiers(*t.store);
    MaintenanceService maintenance(*t.store);

    CHECK(dossiers.receive(receptionist, request(QStringLiteral("1.001193"), QStringLiteral("Trịnh Văn Hải")))
              .has_value());
    for (const Session &s : {specialist, leader}) {
        auto r = dossiers.receive(s, request(QStringLiteral("1.001193"), QStringLiteral("Trịnh Văn Hải")));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Forbidden);
        CHECK(dossiers.count(s, {}).has_value()); // but they can see the list
    }
    for (const Session &s : {receptionist, specialist, leader}) {
        CHECK(auth.createUser(s, {QStringLiteral("x") + s.username,
                                  QStringLiteral("X"),
                                  QStringLiteral("long enough pw"),
                                  {Role::Admin},
                                  {},
                                  false})
                  .error()
                  .code == Error::Code::Forbidden);
        CHECK(maintenance.rebuild(s).error().code == Error::Code::Forbidden);
        CHECK_FALSE(auth.listUsers(s).has_value());
    }
    CHECK(*dossiers.count(t.admin, {}) == 1);
    auto users = auth.listUsers(t.admin);
    REQUIRE(users.has_value());
    CHECK(users->size() == 4);

    SECTION("the permission matrix")
    {
        CHECK(roleAllows(Role::Receptionist, Permission::ReceiveDossier));
        CHECK_FALSE(roleAllows(Role::Receptionist, Permission::ManageUsers));
        CHECK_FALSE(roleAllows(Role::Specialist, Permission::ReceiveDossier));
        CHECK_FALSE(roleAllows(Role::Clerk, Permission::Maintain));
        for (Permission p : {Permission::ReceiveDossier, Permission::ViewDossiers, Permission::ManageUsers,
                             Permission::ManageCatalog, Permission::Maintain})
            CHECK(roleAllows(Role::Admin, p));
        // Official documents: clerks register and number, leaders direct and sign, specialists handle.
        CHECK(roleAllows(Role::Clerk, Permission::RegisterIncoming));
        CHECK(roleAllows(Role::Clerk, Permission::IssueOutgoing));
        CHECK(roleAllows(Role::Clerk, Permission::ManageRegisters));
        CHECK_FALSE(roleAllows(Role::Clerk, Permission::DirectIncoming));
        CHECK_FALSE(roleAllows(Role::Clerk, Permission::ApproveOutgoing));
        CHECK(roleAllows(Role::Leader, Permission::DirectIncoming));
        CHECK(roleAllows(Role::Leader, Permission::ApproveOutgoing));
        CHECK_FALSE(roleAllows(Role::Leader, Permission::RegisterIncoming));
        CHECK_FALSE(roleAllows(Role::Leader, Permission::IssueOutgoing));
        CHECK(roleAllows(Role::Specialist, Permission::HandleIncoming));
        CHECK(roleAllows(Role::Specialist, Permission::DraftOutgoing));
        CHECK_FALSE(roleAllows(Role::Specialist, Permission::DirectIncoming));
        CHECK_FALSE(roleAllows(Role::Specialist, Permission::IssueOutgoing));
        CHECK_FALSE(roleAllows(Role::Receptionist, Permission::ViewDocuments));
        for (Permission p : {Permission::ViewDocuments, Permission::RegisterIncoming, Permission::DirectIncoming,
                             Permission::HandleIncoming, Permission::DraftOutgoing, Permission::ApproveOutgoing,
                             Permission::IssueOutgoing, Permission::ManageRegisters})
            CHECK(roleAllows(Role::Admin, p));
    }
    SECTION("user names are unique and well-formed")
    {
        auto dup = auth.createUser(t.admin, {QStringLiteral("tiepnhan1"),
                                             QStringLiteral("Dup"),
                                             QStringLiteral("long enough pw"),
                                             {Role::Clerk},
                                             {},
                                             false});
        REQUIRE_FALSE(dup.has_value());
        CHECK(dup.error().code == Error::Code::Conflict);
        CHECK(auth.createUser(t.admin, {QStringLiteral("Bad Name!"),
                                        QStringLiteral("B"),
                                        QStringLiteral("long enough pw"),
                                        {Role::Clerk},
                                        {},
                                        false})
                  .error()
                  .code == Error::Code::Invalid);
    }
}

TEST_CASE("The catalog finds procedures with or without diacritics", "[catalog]")
{
    TempStore t;
    CatalogService catalog(*t.store);
    auto birth = catalog.search(QStringLiteral("dang ky khai sinh"));
    REQUIRE(birth.has_value());
    REQUIRE_FALSE(birth->isEmpty());
    CHECK(birth->first().code == QStringLiteral("1.001193"));
    auto accented = catalog.search(QStringLiteral("Đăng ký khai sinh"));
    REQUIRE(accented.has_value());
    CHECK(accented->first().code == QStringLiteral("1.001193"));
    auto byCode = catalog.search(QStringLiteral("1.001193"));
    REQUIRE(byCode.has_value());
    REQUIRE(byCode->size() == 1);
    auto p = catalog.find(QStringLiteral("1.001193"));
    REQUIRE(p.has_value());
    CHECK(p->field == QStringLiteral("Hộ tịch"));
    CHECK(p->papersKnown);
    CHECK_FALSE(p->papers.isEmpty());
    // Missing data is marked, not invented.
    CHECK(p->timeUnit == TimeUnit::Unspecified);
    CHECK_FALSE(p->issues.isEmpty());
    // LIKE wildcards in the query are literal.
    auto wild = catalog.search(QStringLiteral("%_%"));
    REQUIRE(wild.has_value());
    CHECK(wild->isEmpty());
    CHECK(catalog.find(QStringLiteral("9.999999")).error().code == Error::Code::NotFound);
}

TEST_CASE("Receiving a dossier stores it with its code, due date and applicant", "[dossier]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    ReceiveRequest r = request(QStringLiteral("1.004335"), QStringLiteral("  Nguyễn   Văn An "));
    r.citizenId = QStringLiteral("001 090 123 456");
    r.phone = QStringLiteral("0912 345 678");
    r.receivedAt = QDateTime(QDate(2026, 4, 23), QTime(9, 30), Time::vietnam());
    auto d = dossiers.receive(t.admin, r);
    REQUIRE(d.has_value());
    static const QRegularExpression codeRe(QStringLiteral("^00004\\.[0-9A-Z]{5}-260423-0001$"));
    CHECK(codeRe.match(d->code).hasMatch());
    CHECK(d->codeProvisional);
    CHECK(d->applicantName == QStringLiteral("Nguyễn Văn An"));
    CHECK(d->citizenId == QStringLiteral("001090123456"));
    CHECK(d->phone == QStringLiteral("0912345678"));
    CHECK(dossierStateKey(d->state) == QStringLiteral("received"));
    CHECK(d->statusCode == 2);
    CHECK(d->channel == Channel::Direct);
    CHECK(d->timeLimit == 60);
    CHECK(d->timeUnit == TimeUnit::WorkingDays);
    // 60 working days from Thursday 23/04/2026 (Civil Code counting), skipping the compensation day 27/04 and the
    // holidays 30/04 and 01/05: Tuesday 21/07/2026 at 17:00.
    CHECK(Time::toVietnam(d->dueAt) == QDateTime(QDate(2026, 7, 21), QTime(17, 0), Time::vietnam()));
    CHECK(d->receivedBy == t.admin.userId);

    SECTION("serials count up per day and are never reused")
    {
        r.duplicateReason = QStringLiteral("Hồ sơ thứ hai cho người khác trong gia đình");
        auto second = dossiers.receive(t.admin, r);
        REQUIRE(second.has_value());
        CHECK(second->code.endsWith(QStringLiteral("-260423-0002")));
        ReceiveRequest nextDay = r;
        nextDay.receivedAt = r.receivedAt.addDays(1);
        auto third = dossiers.receive(t.admin, nextDay);
        REQUIRE(third.has_value());
        CHECK(third->code.endsWith(QStringLiteral("-260424-0001")));
        // The same citizen is one applicant with three dossiers.
        CHECK(*t.store->db().scalarInt(
                  QStringLiteral("SELECT dossier_count FROM applicants WHERE citizen_id = '001090123456'")) == 3);
    }
}

TEST_CASE("Bad input is refused with the field named, and changes nothing", "[dossier]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    const qint64 before = *t.store->log().count();
    struct Case
    {
        const char *what;
        std::function<void(ReceiveRequest &)> change;
        const char *field;
    };
    const QList<Case> cases = {
        {"unknown procedure", [](ReceiveRequest &r) { r.procedureCode = QStringLiteral("9.999999"); }, "procedure"},
        {"empty name", [](ReceiveRequest &r) { r.applicantName = QStringLiteral("   "); }, "applicant_name"},
        {"digits in name", [](ReceiveRequest &r) { r.applicantName = QStringLiteral("Nguyen 123"); }, "applicant_name"},
        {"short citizen id", [](ReceiveRequest &r) { r.citizenId = QStringLiteral("12345"); }, "citizen_id"},
        {"letters in citizen id", [](ReceiveRequest &r) { r.citizenId = QStringLiteral("00109012345X"); },
         "citizen_id"},
        {"bad phone", [](ReceiveRequest &r) { r.phone = QStringLiteral("12ab"); }, "phone"},
        {"future date", [](ReceiveRequest &r) { r.receivedAt = QDateTime::currentDateTimeUtc().addDays(2); },
         "received_at"},
        {"unknown paper", [](ReceiveRequest &r) { r.papers = {QStringLiteral("Giấy không có trong danh mục")}; },
         "papers"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        ReceiveRequest r = request(QStringLiteral("1.001193"), QStringLiteral("Phan Thị Lan"));
        c.change(r);
        auto result = dossiers.receive(t.admin, r);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == Error::Code::Invalid);
        CHECK(result.error().field == QString::fromLatin1(c.field));
    }
    CHECK(*t.store->log().count() == before);
    CHECK(*dossiers.count(t.admin, {}) == 0);
}

TEST_CASE("The dossier list pages newest first with keyset cursors and filters without diacritics", "[dossier]")
{
    TempStore t;
    DossierService dossiers(*t.store);
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), Time::vietnam());
    for (int i = 0; i < 25; ++i) {
        ReceiveRequest r = request(QStringLiteral("1.001193"),
                                   i % 5 == 0 ? QStringLiteral("Bùi Thị Hoà") : QStringLiteral("Lý Văn Tú"));
        r.receivedAt = start.addSecs(i * 600);
        REQUIRE(dossiers.receive(t.admin, r).has_value());
    }
    QStringList seen;
    DossierCursor cursor;
    int pages = 0;
    do {
        auto page = dossiers.list(t.admin, {}, cursor, 10);
        REQUIRE(page.has_value());
        for (const Dossier &d : page->rows)
            seen.append(d.code);
        cursor = page->next;
        ++pages;
    } while (!cursor.isNull());
    CHECK(pages == 3);
    CHECK(seen.size() == 25);
    CHECK(seen.first().endsWith(QStringLiteral("-0025")));
    CHECK(seen.last().endsWith(QStringLiteral("-0001")));
    CHECK(QSet<QString>(seen.begin(), seen.end()).size() == 25);

    CHECK(*dossiers.count(t.admin, {std::nullopt, QStringLiteral("hoa"), WorkQueue::All}) == 5);
    CHECK(*dossiers.count(t.admin, {std::nullopt, QStringLiteral("HOÀ"), WorkQueue::All}) == 5);
    CHECK(*dossiers.count(t.admin, {std::nullopt, QStringLiteral("bui hoa"), WorkQueue::All}) == 5);
    CHECK(*dossiers.count(t.admin, {DossierState::Received, QString(), WorkQueue::All}) == 25);
    CHECK(*dossiers.count(t.admin, {std::nullopt, QStringLiteral("nobody"), WorkQueue::All}) == 0);
}

TEST_CASE("Store::dataVersion changes with every commit, by this store or another process on the same file",
          "[store][dataversion]")
{
    TempStore t;
    auto other = Store::open(t.dir.path(), false); // the CLI beside the window: its own connection
    REQUIRE(other.has_value());
    auto v0 = t.store->dataVersion();
    REQUIRE(v0.has_value());
    CHECK(*t.store->dataVersion() == *v0); // nothing happened: the same

    REQUIRE(DossierService(**other)
                .receive(t.admin, request(QStringLiteral("1.001193"), QStringLiteral("Lê Văn Tám")))
                .has_value());
    auto v1 = t.store->dataVersion();
    REQUIRE(v1.has_value());
    CHECK(*v1 != *v0);
    CHECK(*t.store->dataVersion() == *v1);

    REQUIRE(DossierService(*t.store)
                .receive(t.admin, request(QStringLiteral("1.001193"), QStringLiteral("Lê Thị Ba")))
                .has_value());
    auto v2 = t.store->dataVersion();
    REQUIRE(v2.has_value());
    CHECK(*v2 != *v1);
    // The other side sees this store's commit too.
    auto o1 = (*other)->dataVersion();
    REQUIRE(DossierService(*t.store)
                .receive(t.admin, request(QStringLiteral("1.001193"), QStringLiteral("Đỗ Văn Hai")))
                .has_value());
    CHECK(*(*other)->dataVersion() != *o1);
}
