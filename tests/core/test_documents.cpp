// The official document registers (Decree 30/2020): numbering, the duplicate warning, directions, the secrecy rule,
// permissions, search, and two counters numbering offline.
#include "core/documents/documentservice.h"
#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/conflictservice.h"
#include "core/services/searchservice.h"
#include "core/store/store.h"
#include "core/util/zipwriter.h"
#include "tests/support/tempstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <thread>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> std::string why(const Result<T> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}

template <typename T> T must(Result<T> r)
{
    INFO(why(r));
    REQUIRE(r.has_value());
    return std::move(*r);
}

void must(Result<void> r)
{
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.has_value());
}

QDateTime vn(const QString &iso)
{
    return Time::parseIso(iso).toUTC();
}

Session person(TempStore &t, const QString &username, const QString &fullName, QList<Role> roles,
               const QString &department = {})
{
    AuthService auth(*t.store);
    const QString password = QStringLiteral("mat khau cua ") + username;
    REQUIRE(auth.createUser(t.admin, {username, fullName, password, roles, department, false}).has_value());
    return must(auth.authenticate(username, password));
}

IncomingRequest letter(const QString &number, const QString &summary = QStringLiteral("Về việc tổng kết công tác năm"))
{
    IncomingRequest r;
    r.fromAgency = QStringLiteral("UBND tỉnh Lào Cai");
    r.number = number;
    r.symbol = QStringLiteral("UBND-VP");
    r.issuedOn = QDate(2026, 11, 20);
    r.type = QStringLiteral("CV");
    r.summary = summary;
    return r;
}

// Drafted, submitted, approved and signed by the administrator (who holds every role), ready for a number.
OutgoingDocument signedDraft(DocumentService &docs, const Session &s, const QString &type,
                             const QString &department = {}, Secrecy secrecy = Secrecy::None)
{
    OutgoingRequest r;
    r.type = type;
    r.summary = QStringLiteral("Về việc tổ chức hội nghị tiếp xúc cử tri");
    r.department = department;
    r.secrecy = secrecy;
    const OutgoingDocument d = must(docs.createOutgoing(s, r));
    for (OutgoingAction a : {OutgoingAction::Submit, OutgoingAction::Approve, OutgoingAction::Sign})
        must(docs.act(s, d.id, a));
    return must(docs.outgoing(d.id));
}
} // namespace

TEST_CASE("Outgoing numbers run from 01 in each series and year, with the symbol of Appendix I", "[documents]")
{
    TempStore t;
    QDateTime now = vn(QStringLiteral("2026-12-31T10:00:00+07:00"));
    DocumentService docs(*t.store, [&now] { return now; });

    QStringList symbols;
    for (int i = 0; i < 10; ++i)
        symbols.append(must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("QĐ")).id)).numberSymbol());
    CHECK(symbols.first() == QStringLiteral("01/QĐ-UBND"));
    CHECK(symbols.at(8) == QStringLiteral("09/QĐ-UBND"));
    CHECK(symbols.at(9) == QStringLiteral("10/QĐ-UBND"));

    // One shared administrative series: a công văn takes the next number, with issuer and department.
    const OutgoingDocument letterDoc =
        must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("CV"), QStringLiteral("VHXH")).id));
    CHECK(letterDoc.numberSymbol() == QStringLiteral("11/UBND-VHXH"));
    // Without a department a công văn takes the office's default one (Văn phòng).
    CHECK(must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("CV")).id)).numberSymbol() ==
          QStringLiteral("12/UBND-VP"));
    CHECK(must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("TTr")).id)).numberSymbol() ==
          QStringLiteral("13/TTr-UBND"));

    // A classified document has its own series (Đ15.2).
    const OutgoingDocument secret =
        must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("BC"), {}, Secrecy::Confidential).id));
    CHECK(secret.series == QStringLiteral("mat"));
    CHECK(secret.numberSymbol() == QStringLiteral("01/BC-UBND-M"));
    CHECK(secret.issuedOn == QDate(2026, 12, 31));

    // A new year starts again at 01 on 1 January.
    now = vn(QStringLiteral("2027-01-01T08:00:00+07:00"));
    const OutgoingDocument first2027 = must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("QĐ")).id));
    CHECK(first2027.numberSymbol() == QStringLiteral("01/QĐ-UBND"));
    CHECK(first2027.year == 2027);

    // The register of 2026 holds its 13 administrative documents in order; 2027 its one.
    const auto reg2026 = must(docs.outgoingRegister({2026, {}, {}, QStringLiteral("hanh-chinh")}));
    REQUIRE(reg2026.size() == 13);
    for (int i = 0; i < 13; ++i)
        CHECK(reg2026.at(i).number == i + 1);
    CHECK(must(docs.outgoingRegister({2027, {}, {}, {}})).size() == 1);

    // A number is given once: numbering again is refused, and a date before the signature or in the future too.
    CHECK(docs.number(t.admin, first2027.id).error().code == Error::Code::Conflict);
    const OutgoingDocument next = signedDraft(docs, t.admin, QStringLiteral("TB"));
    CHECK(docs.number(t.admin, next.id, QDate(2026, 12, 30)).error().field == QStringLiteral("date"));
    CHECK(docs.number(t.admin, next.id, QDate(2027, 1, 2)).error().field == QStringLiteral("date"));
    CHECK(must(docs.outgoing(next.id)).number == 0);
}

TEST_CASE("Per-type series and an advisory body's own series number apart from the shared one", "[documents]")
{
    TempStore t;
    DocumentService docs(*t.store);
    RegisterConfig c = must(docs.registerConfig());
    c.series.append(
        {QStringLiteral("quyet-dinh"), QStringLiteral("Sổ quyết định"), {QStringLiteral("QĐ")}, false, {}, {}});
    c.series.append({QStringLiteral("hdtd"),
                     QStringLiteral("Hội đồng Thi đua - Khen thưởng"),
                     {},
                     false,
                     QStringLiteral("HĐTĐKT"),
                     {}});
    must(docs.setRegisterConfig(t.admin, c));

    CHECK(must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("TB")).id)).numberSymbol() ==
          QStringLiteral("01/TB-UBND"));
    CHECK(must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("QĐ")).id)).numberSymbol() ==
          QStringLiteral("01/QĐ-UBND"));
    CHECK(must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("KH")).id)).numberSymbol() ==
          QStringLiteral("02/KH-UBND"));
    OutgoingRequest r;
    r.type = QStringLiteral("QĐ");
    r.summary = QStringLiteral("Quyết định khen thưởng tập thể");
    r.series = QStringLiteral("hdtd");
    const OutgoingDocument body = must(docs.createOutgoing(t.admin, r));
    for (OutgoingAction a : {OutgoingAction::Submit, OutgoingAction::Approve, OutgoingAction::Sign})
        must(docs.act(t.admin, body.id, a));
    CHECK(must(docs.number(t.admin, body.id)).numberSymbol() == QStringLiteral("01/QĐ-HĐTĐKT"));

    // A configuration without a shared or a classified series, or with a bad abbreviation, is refused as a whole.
    RegisterConfig bad = c;
    bad.series.removeIf([](const NumberSeries &s) { return s.secret; });
    CHECK(docs.setRegisterConfig(t.admin, bad).error().field == QStringLiteral("series"));
    bad = c;
    bad.issuer = QStringLiteral("ubnd xã");
    CHECK(docs.setRegisterConfig(t.admin, bad).error().field == QStringLiteral("issuer"));
    CHECK(must(docs.registerConfig()).series.size() == 4);
}

TEST_CASE("Two writers numbering at once on one store never give the same number", "[documents][concurrency]")
{
    TempStore t;
    QList<QString> ids;
    {
        DocumentService docs(*t.store);
        for (int i = 0; i < 40; ++i)
            ids.append(signedDraft(docs, t.admin, QStringLiteral("CV")).id);
    }
    const QString dir = t.store->dataDir();
    auto worker = [&](int from, QList<qint64> *numbers) {
        auto store = Store::open(dir, false);
        REQUIRE(store.has_value());
        DocumentService docs(**store);
        for (int i = from; i < ids.size(); i += 2) {
            for (int attempt = 0;; ++attempt) {
                auto d = docs.number(t.admin, ids.at(i));
                if (d) {
                    numbers->append(d->number);
                    break;
                }
                REQUIRE(attempt < 50); // busy: the other writer holds the lock; try again
            }
        }
    };
    QList<qint64> a, b;
    std::thread ta(worker, 0, &a);
    std::thread tb(worker, 1, &b);
    ta.join();
    tb.join();
    QSet<qint64> all;
    for (qint64 n : a + b)
        all.insert(n);
    CHECK(all.size() == 40);
    CHECK(*std::min_element(all.begin(), all.end()) == 1);
    CHECK(*std::max_element(all.begin(), all.end()) == 40);
}

TEST_CASE("Arrival numbers are sequential within the year, shared by paper and electronic, restarting on 1 January",
          "[documents]")
{
    TempStore t;
    DocumentService docs(*t.store);
    IncomingRequest paper = letter(QStringLiteral("101"));
    paper.receivedAt = vn(QStringLiteral("2025-12-31T16:30:00+07:00"));
    paper.issuedOn = QDate(2025, 12, 29);
    CHECK(must(docs.registerIncoming(t.admin, paper)).arrivalNumber == 1);
    IncomingRequest electronic = letter(QStringLiteral("102"));
    electronic.medium = Medium::Electronic;
    electronic.receivedAt = vn(QStringLiteral("2025-12-31T23:59:00+07:00"));
    electronic.issuedOn = QDate(2025, 12, 30);
    const IncomingDocument second = must(docs.registerIncoming(t.admin, electronic));
    CHECK(second.arrivalNumber == 2);
    CHECK(second.year == 2025);
    // 00:01 on 1 January in Vietnam is still 31 December in UTC: the year is Vietnam's.
    IncomingRequest newYear = letter(QStringLiteral("1"));
    newYear.receivedAt = vn(QStringLiteral("2026-01-01T00:01:00+07:00"));
    newYear.issuedOn = QDate(2025, 12, 31);
    const IncomingDocument first = must(docs.registerIncoming(t.admin, newYear));
    CHECK(first.year == 2026);
    CHECK(first.arrivalNumber == 1);
    CHECK(must(docs.nextArrivalNumber(2026)) == 2);
    CHECK(must(docs.nextArrivalNumber(2025)) == 3);

    SECTION("bad input is refused and gives no number")
    {
        IncomingRequest r = letter(QStringLiteral("7"));
        r.type = QStringLiteral("XYZ");
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("type"));
        r = letter(QStringLiteral("7"));
        r.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(3);
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("date"));
        r = letter(QStringLiteral("7"));
        r.summary = QString(501, u'a');
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("summary"));
        r = letter(QStringLiteral("123456789012"));
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("number"));
        r = letter(QStringLiteral("7"));
        r.symbol = QStringLiteral("UBND VP");
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("symbol"));
        r = letter(QStringLiteral("7"));
        r.receivedAt = QDateTime::currentDateTimeUtc().addDays(1);
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("received_at"));
        r = letter(QStringLiteral("7"));
        r.summary = QStringLiteral("Về việc\x01 lạ");
        CHECK(docs.registerIncoming(t.admin, r).error().field == QStringLiteral("summary"));
        CHECK(must(docs.nextArrivalNumber(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year())) ==
              (QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year() == 2026 ? 2 : 1));
    }
}

TEST_CASE("The same number, symbol and agency is refused as a duplicate unless the clerk registers it anyway",
          "[documents]")
{
    TempStore t;
    DocumentService docs(*t.store);
    const IncomingDocument first = must(docs.registerIncoming(t.admin, letter(QStringLiteral("45"))));
    // Written another way (case, diacritics, spaces) it is the same document.
    IncomingRequest again = letter(QStringLiteral(" 45 "));
    again.fromAgency = QStringLiteral("ubnd tinh lao cai");
    again.symbol = QStringLiteral("ubnd-vp");
    CHECK(must(docs.duplicatesOf(again.number, again.symbol, again.fromAgency)).size() == 1);
    auto refused = docs.registerIncoming(t.admin, again);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().field == QStringLiteral("duplicate"));
    CHECK(must(docs.nextArrivalNumber(first.year)) == 2);

    again.acceptDuplicate = true;
    const IncomingDocument second = must(docs.registerIncoming(t.admin, again));
    CHECK(second.arrivalNumber == 2);
    CHECK(second.duplicateOf == first.id);
    // Another agency's document 45/UBND-VP is not a duplicate.
    IncomingRequest other = letter(QStringLiteral("45"));
    other.fromAgency = QStringLiteral("UBND xã Bảo Hà");
    CHECK(must(docs.registerIncoming(t.admin, other)).duplicateOf.isEmpty());
}

TEST_CASE("Directions keep their history, assignees see the document as theirs and the lead finishes it", "[documents]")
{
    TempStore t;
    QDateTime now = vn(QStringLiteral("2026-11-23T09:00:00+07:00"));
    DocumentService docs(*t.store, [&now] { return now; });
    const Session clerk = person(t, QStringLiteral("vanthu"), QStringLiteral("Nguyễn Thị Hạnh"), {Role::Clerk});
    const Session leader = person(t, QStringLiteral("chutich"), QStringLiteral("Trần Quốc Toản"), {Role::Leader});
    const Session lan = person(t, QStringLiteral("lan"), QStringLiteral("Phạm Thị Lan"), {Role::Specialist});
    const Session minh = person(t, QStringLiteral("minh"), QStringLiteral("Đỗ Văn Minh"), {Role::Specialist});
    const Session dung = person(t, QStringLiteral("dung"), QStringLiteral("Vũ Tiến Dũng"), {Role::Specialist},
                                QStringLiteral("Địa chính"));

    IncomingRequest r = letter(QStringLiteral("310"));
    r.urgency = Urgency::VeryUrgent;
    const IncomingDocument d = must(docs.registerIncoming(clerk, r));
    const IncomingDocument plain = must(docs.registerIncoming(clerk, letter(QStringLiteral("311"))));
    // Leaders see what waits for their direction, urgent first.
    const auto toDirect = must(docs.listIncoming(leader, {0, IncomingQueue::ToDirect, {}}));
    REQUIRE(toDirect.size() == 2);
    CHECK(toDirect.first().id == d.id);

    DirectRequest dir;
    dir.id = d.id;
    dir.leadUser = QStringLiteral("lan");
    dir.coUsers = {QStringLiteral("minh")};
    dir.due = QDate(2026, 11, 27);
    dir.dueByUser.insert(QStringLiteral("minh"), QDate(2026, 11, 25));
    dir.note = QStringLiteral("Đồng chí Lan chủ trì tham mưu, đồng chí Minh phối hợp");
    CHECK(docs.direct(clerk, dir).error().code == Error::Code::Forbidden);
    CHECK(docs.direct(lan, dir).error().code == Error::Code::Forbidden);
    IncomingDocument directed = must(docs.direct(leader, dir));
    CHECK(directed.state == IncomingState::Directed);
    CHECK(directed.due == QDate(2026, 11, 27));
    REQUIRE(directed.currentAssignees().size() == 2);
    CHECK(directed.currentAssignees().at(0).lead);
    CHECK(directed.currentAssignees().at(1).due == QDate(2026, 11, 25));
    CHECK(must(docs.listIncoming(lan, {0, IncomingQueue::Mine, {}})).size() == 1);
    CHECK(must(docs.listIncoming(minh, {0, IncomingQueue::Mine, {}})).size() == 1);
    CHECK(must(docs.listIncoming(dung, {0, IncomingQueue::Mine, {}})).isEmpty());
    CHECK(must(docs.counts(leader)).toDirect == 1);

    // A deadline per assignee after the document's deadline, or an unknown account, is refused.
    DirectRequest wrong = dir;
    wrong.dueByUser.insert(QStringLiteral("minh"), QDate(2026, 12, 5));
    CHECK(docs.direct(leader, wrong).error().field == QStringLiteral("due"));
    wrong = dir;
    wrong.leadUser = QStringLiteral("khongco");
    CHECK(docs.direct(leader, wrong).error().field == QStringLiteral("to"));

    // Progress is recorded by those it was given to; others are refused.
    must(docs.recordProgress(minh, d.id, QStringLiteral("Đã tổng hợp số liệu phần phối hợp")));
    CHECK(docs.recordProgress(dung, d.id, QStringLiteral("x")).error().code == Error::Code::Forbidden);
    CHECK(must(docs.incoming(d.id)).state == IncomingState::InProgress);

    // Re-direction: to the cadastral department, the earlier direction kept.
    DirectRequest again;
    again.id = d.id;
    again.leadDepartment = QStringLiteral("Địa chính");
    again.due = QDate(2026, 11, 30);
    again.note = QStringLiteral("Chuyển Địa chính chủ trì");
    directed = must(docs.direct(leader, again));
    REQUIRE(directed.directions.size() == 2);
    CHECK(directed.directions.first().assignees.first().name == QStringLiteral("Phạm Thị Lan"));
    CHECK(directed.directions.last().byName == QStringLiteral("Trần Quốc Toản"));
    CHECK(must(docs.listIncoming(lan, {0, IncomingQueue::Mine, {}})).isEmpty());
    CHECK(must(docs.listIncoming(dung, {0, IncomingQueue::Mine, {}})).size() == 1);

    // Overdue after the deadline's day, then finished by the department's person with the reply linked.
    now = vn(QStringLiteral("2026-12-01T08:00:00+07:00"));
    CHECK(must(docs.incoming(d.id)).isOverdue(now));
    CHECK(must(docs.listIncoming(leader, {0, IncomingQueue::Overdue, {}})).size() == 1);
    CHECK(docs.finishIncoming(minh, d.id).error().code == Error::Code::Forbidden);
    const OutgoingDocument reply = must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("BC")).id));
    const IncomingDocument done = must(docs.finishIncoming(dung, d.id, reply.id, QStringLiteral("Đã báo cáo")));
    CHECK(done.state == IncomingState::Finished);
    CHECK(done.replySymbol == QStringLiteral("01/BC-UBND"));
    CHECK_FALSE(done.isOverdue(now));
    CHECK(docs.finishIncoming(leader, d.id).error().code == Error::Code::Conflict);
    CHECK(docs.direct(leader, dir).error().code == Error::Code::Conflict);
    // A leader closes a document for information without handling.
    CHECK(must(docs.finishIncoming(leader, plain.id, {}, QStringLiteral("Để biết"))).state == IncomingState::Finished);

    // The fold of these events is the same after a rebuild.
    const QByteArray before = must(t.store->exportCanonical());
    must(t.store->rebuild());
    CHECK(must(t.store->exportCanonical()) == before);
}

TEST_CASE("A classified document is registered by its details only, and the clerk is told why", "[documents]")
{
    TempStore t;
    DocumentService docs(*t.store);
    IncomingRequest r = letter(QStringLiteral("12"));
    r.secrecy = Secrecy::Secret;
    r.attachments = {QStringLiteral("/tmp/ban-quet.pdf")};
    auto refused = docs.registerIncoming(t.admin, r);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("secrecy"));
    CHECK(refused.error().message.contains(QStringLiteral("State Secrets")));
    CHECK_FALSE(secrecyRuleText().isEmpty());
    CHECK(must(docs.nextArrivalNumber(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year())) == 1);
    r.attachments.clear();
    const IncomingDocument d = must(docs.registerIncoming(t.admin, r));
    CHECK(d.secrecy == Secrecy::Secret);

    // An outgoing classified document goes to the classified series only.
    OutgoingRequest o;
    o.type = QStringLiteral("BC");
    o.summary = QStringLiteral("Báo cáo tình hình an ninh");
    o.secrecy = Secrecy::Confidential;
    o.series = QStringLiteral("hanh-chinh");
    CHECK(docs.createOutgoing(t.admin, o).error().field == QStringLiteral("series"));
    o.series.clear();
    o.attachments = {QStringLiteral("/tmp/du-thao.pdf")};
    CHECK(docs.createOutgoing(t.admin, o).error().field == QStringLiteral("secrecy"));
}

TEST_CASE("Clerks register and number, leaders direct and sign, specialists handle what they were given",
          "[documents][roles]")
{
    TempStore t;
    DocumentService docs(*t.store);
    const Session clerk = person(t, QStringLiteral("vanthu"), QStringLiteral("Nguyễn Thị Hạnh"), {Role::Clerk});
    const Session leader = person(t, QStringLiteral("chutich"), QStringLiteral("Trần Quốc Toản"), {Role::Leader});
    const Session specialist = person(t, QStringLiteral("lan"), QStringLiteral("Phạm Thị Lan"), {Role::Specialist});
    const Session receptionist =
        person(t, QStringLiteral("tiepnhan"), QStringLiteral("Hoàng Minh Châu"), {Role::Receptionist});

    CHECK(docs.registerIncoming(leader, letter(QStringLiteral("1"))).error().code == Error::Code::Forbidden);
    CHECK(docs.registerIncoming(specialist, letter(QStringLiteral("1"))).error().code == Error::Code::Forbidden);
    must(docs.registerIncoming(clerk, letter(QStringLiteral("1"))));
    CHECK(docs.listIncoming(receptionist, {}).error().code == Error::Code::Forbidden);

    OutgoingRequest r;
    r.type = QStringLiteral("TTr");
    r.summary = QStringLiteral("Tờ trình đề nghị phê duyệt kế hoạch");
    const OutgoingDocument draft = must(docs.createOutgoing(specialist, r));
    CHECK(docs.createOutgoing(receptionist, r).error().code == Error::Code::Forbidden);
    CHECK(docs.act(clerk, draft.id, OutgoingAction::Submit).error().code == Error::Code::Forbidden); // not the drafter
    must(docs.act(specialist, draft.id, OutgoingAction::Submit));
    CHECK(docs.act(specialist, draft.id, OutgoingAction::Approve).error().code == Error::Code::Forbidden);
    CHECK(docs.act(clerk, draft.id, OutgoingAction::Approve).error().code == Error::Code::Forbidden);
    // Sent back with a reason, a draft again; the reason is required.
    CHECK(docs.act(leader, draft.id, OutgoingAction::SendBack).error().field == QStringLiteral("note"));
    CHECK(must(docs.act(leader, draft.id, OutgoingAction::SendBack, QStringLiteral("Bổ sung số liệu"))).state ==
          OutgoingState::Draft);
    must(docs.act(specialist, draft.id, OutgoingAction::Submit));
    must(docs.act(leader, draft.id, OutgoingAction::Approve));
    CHECK(docs.number(clerk, draft.id).error().code == Error::Code::Conflict); // not signed yet
    const OutgoingDocument signedDoc = must(docs.act(leader, draft.id, OutgoingAction::Sign));
    CHECK(signedDoc.signerName == QStringLiteral("Trần Quốc Toản"));
    CHECK(docs.number(leader, draft.id).error().code == Error::Code::Forbidden);
    CHECK(docs.number(specialist, draft.id).error().code == Error::Code::Forbidden);
    const OutgoingDocument numbered = must(docs.number(clerk, draft.id));
    CHECK(numbered.numberSymbol() == QStringLiteral("01/TTr-UBND"));
    CHECK(must(docs.counts(clerk)).toDispatch == 1);

    // Dispatched to two recipients, one acknowledges; then filed.
    const OutgoingDocument sent =
        must(docs.dispatch(clerk, draft.id,
                           {{QStringLiteral("UBND tỉnh Lào Cai"), QStringLiteral("post"), {}, {}},
                            {QStringLiteral("Sở Tài chính"), QStringLiteral("electronic"), {}, {}}}));
    CHECK(sent.state == OutgoingState::Dispatched);
    CHECK(sent.recipients.size() == 2);
    CHECK(docs.acknowledge(clerk, draft.id, QStringLiteral("Sở Nội vụ")).error().field == QStringLiteral("to"));
    const OutgoingDocument acked = must(docs.acknowledge(clerk, draft.id, QStringLiteral("Sở Tài chính")));
    CHECK(acked.recipients.at(1).acknowledgedAt.isValid());
    CHECK_FALSE(acked.recipients.at(0).acknowledgedAt.isValid());
    CHECK(must(docs.act(clerk, draft.id, OutgoingAction::File)).state == OutgoingState::Filed);
    CHECK(must(docs.outgoing(draft.id)).history.size() == 10);

    // A correction is a new công văn linked to the original; a draft cannot be corrected.
    OutgoingRequest fix;
    fix.type = QStringLiteral("CV");
    fix.summary = QStringLiteral("Đính chính Tờ trình số 01/TTr-UBND");
    fix.relation = DocumentRelation::Correction;
    fix.relatedTo = draft.id;
    const OutgoingDocument correction = must(docs.createOutgoing(clerk, fix));
    CHECK(correction.relatedTo == draft.id);
    CHECK(must(docs.linkedTo(draft.id)).size() == 1);
    fix.type = QStringLiteral("QĐ");
    CHECK(docs.createOutgoing(clerk, fix).error().field == QStringLiteral("type"));
    fix.type = QStringLiteral("CV");
    fix.relatedTo = correction.id;
    CHECK(docs.createOutgoing(clerk, fix).error().field == QStringLiteral("related"));
}

TEST_CASE("The search box finds documents by summary and symbol without diacritics", "[documents][search]")
{
    TempStore t;
    DocumentService docs(*t.store);
    must(docs.registerIncoming(t.admin, letter(QStringLiteral("88"), QStringLiteral("Về việc phòng chống lụt bão"))));
    const OutgoingDocument q = must(docs.number(t.admin, signedDraft(docs, t.admin, QStringLiteral("QĐ")).id));
    SearchService search(*t.store);
    SearchQuery query;
    query.text = QStringLiteral("chong lut bao");
    auto found = must(search.search(t.admin, query));
    REQUIRE(found.hits.size() >= 1);
    CHECK(found.hits.first().kind == QStringLiteral("incoming"));
    query.text = QStringLiteral("tiep xuc cu tri");
    found = must(search.search(t.admin, query));
    REQUIRE_FALSE(found.hits.isEmpty());
    CHECK(found.hits.first().kind == QStringLiteral("outgoing"));
    CHECK(found.hits.first().id == q.id);
    CHECK(found.hits.first().title.startsWith(QStringLiteral("01/QĐ-UBND")));
    query.text = QStringLiteral("ubnd-vp");
    CHECK_FALSE(must(search.search(t.admin, query)).hits.isEmpty());
}

TEST_CASE("Two counters giving the same arrival number offline: the first in fold order holds it, the other needs "
          "attention",
          "[documents][exchange]")
{
    TempStore a;
    const QString bundleA = QDir(a.dir.path()).filePath(QStringLiteral("a.motcua-bundle"));
    must(BundleService(*a.store).exportTo(a.admin, bundleA));
    QTemporaryDir bDir;
    auto joined = must(BundleService::join(bundleA, QDir(bDir.path()).filePath(QStringLiteral("data")),
                                           QStringLiteral("admin"), kAdminPassword));
    Store &b = *joined.store;

    DocumentService da(*a.store), db(b);
    const IncomingDocument onA = must(da.registerIncoming(a.admin, letter(QStringLiteral("501"))));
    const IncomingDocument onB = must(db.registerIncoming(joined.admin, letter(QStringLiteral("502"))));
    CHECK(onA.arrivalNumber == 1);
    CHECK(onB.arrivalNumber == 1);

    const QString fromA = QDir(a.dir.path()).filePath(QStringLiteral("a2.motcua-bundle"));
    const QString fromB = QDir(bDir.path()).filePath(QStringLiteral("b.motcua-bundle"));
    must(BundleService(*a.store).exportTo(a.admin, fromA));
    must(BundleService(b).exportTo(joined.admin, fromB));
    must(BundleService(*a.store).importFrom(a.admin, fromB));
    must(BundleService(b).importFrom(joined.admin, fromA));

    // Both stores agree on who holds number 1, and list the other.
    const bool aFirst = must(da.incoming(onA.id)).arrivalConflict == false;
    CHECK(must(da.incoming(aFirst ? onB.id : onA.id)).arrivalConflict);
    CHECK(must(db.incoming(aFirst ? onA.id : onB.id)).arrivalConflict == false);
    CHECK(must(db.incoming(aFirst ? onB.id : onA.id)).arrivalConflict);
    const auto conflicts = must(ConflictService(*a.store).list(a.admin));
    CHECK(std::count_if(conflicts.begin(), conflicts.end(),
                        [](const auto &c) { return c.kind == ConflictKind::ArrivalNumber; }) == 1);
    CHECK(must(a.store->exportCanonical()) == must(b.exportCanonical()));
    // The next registration on either counter takes number 2.
    CHECK(must(da.nextArrivalNumber(onA.year)) == 2);
}

TEST_CASE("A ZIP of stored entries with Vietnamese names opens in a standard reader, and unsafe names are refused",
          "[documents][zip]")
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("hồ sơ văn bản.zip"));
    QFile scan(dir.filePath(QStringLiteral("scan.pdf")));
    REQUIRE(scan.open(QIODevice::WriteOnly));
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(5000, 'x');
    scan.write(pdf);
    scan.close();
    ZipWriter w;
    w.add(QStringLiteral("văn-bản.json"), QByteArray("{\"trich_yeu\":\"Về việc phòng chống lụt bão\"}"));
    w.addFile(QStringLiteral("tệp/Bản quét công văn.pdf"), scan.fileName());
    w.add(QStringLiteral("rỗng.txt"), {});
    must(w.write(zip));
    CHECK(ZipWriter::crc32("123456789") == 0xCBF43926u); // the CRC-32 check value
    // Python's zipfile reads it back: names, contents, CRCs.
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;"
                             "print(json.dumps({i.filename:len(z.read(i)) for i in z.infolist()},ensure_ascii=False))"),
              zip});
    REQUIRE(py.waitForFinished(30000));
    INFO(py.readAllStandardError().toStdString());
    REQUIRE(py.exitCode() == 0);
    const QJsonObject listed = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
    CHECK(listed.value(QStringLiteral("tệp/Bản quét công văn.pdf")).toInt() == pdf.size());
    CHECK(listed.value(QStringLiteral("rỗng.txt")).toInt() == 0);
    CHECK(listed.size() == 3);

    for (const QString &bad : {QStringLiteral("../etc/passwd"), QStringLiteral("/abs.txt"), QStringLiteral("a\\b.txt"),
                               QStringLiteral("C:x.txt"), QStringLiteral("a//b"), QStringLiteral("tab\x01.txt")}) {
        ZipWriter z;
        z.add(bad, "x");
        const QString target = dir.filePath(QStringLiteral("bad.zip"));
        CHECK(z.write(target).error().code == Error::Code::Invalid);
        CHECK_FALSE(QFile::exists(target));
    }
    ZipWriter twice;
    twice.add(QStringLiteral("a.txt"), "1");
    twice.add(QStringLiteral("a.txt"), "2");
    CHECK_FALSE(twice.write(dir.filePath(QStringLiteral("twice.zip"))).has_value());
}
