// Writes every printable slip as a PDF over a temporary store with Vietnamese dossiers taken through the workflow
// (receipt, supplement request, refusal of a duplicate, apology, control sheet, register). Not a test; the PDFs are
// looked at by hand and turned into docs/slips/*.png:
//   QT_QPA_PLATFORM=offscreen build/dev/tests/ui/motcua_slip_samples /tmp/slips
//   for f in /tmp/slips/*.pdf; do pdftoppm -png -r 70 "$f" "${f%.pdf}"; done
#include <cstdio>
#include <functional>

#include <QApplication>
#include <QDir>

#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/slips/slipservice.h"

using namespace Qt::StringLiterals;
using namespace MotCua;

namespace
{

bool ok = true;

void check(bool good, const char *what, const QString &detail = {})
{
    if (!good) {
        std::printf("FAILED %s: %s\n", what, qPrintable(detail));
        ok = false;
    }
}

Session user(Store &store, const Session &admin, const QString &username, const QString &fullName, Role role)
{
    AuthService auth(store);
    auto created = auth.createUser(admin, {username, fullName, u"mat-khau-"_s + username, {role}, {}, false});
    check(created.has_value(), "create user", created ? QString() : created.error().message);
    auto session = auth.authenticate(username, u"mat-khau-"_s + username);
    check(session.has_value(), "log in", session ? QString() : session.error().message);
    return session ? *session : Session{};
}

// Vietnam time on `day` at hh:mm.
QDateTime vn(const QDate &day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), Time::vietnam());
}

QString act(DossierService &dossiers, const Session &who, DossierAction action, const QString &code,
            const QDateTime &at, const std::function<void(DossierActionRequest &)> &fill = {})
{
    DossierActionRequest r;
    r.action = action;
    r.code = code;
    r.at = at;
    if (fill)
        fill(r);
    auto d = dossiers.act(who, r);
    check(d.has_value(), qPrintable(dossierActionKey(action)), d ? QString() : d.error().message);
    return d ? MotCua::dossierStateKey(d->state) : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString outDir = args.size() > 1 ? args.at(1) : u"."_s;
    QDir().mkpath(outDir);

    MotCua::Test::UiStore s;
    Store &store = *s.store;
    const Session desk = user(store, s.session, u"tiepnhan"_s, u"Nguyễn Thị Lan Anh"_s, Role::Receptionist);
    const Session specialist = user(store, s.session, u"chuyenvien"_s, u"Lê Văn Hùng"_s, Role::Specialist);
    user(store, s.session, u"lanhdao"_s, u"Phạm Minh Tuấn"_s, Role::Leader);
    DossierService dossiers(store);

    // Three weeks ago, on a Monday.
    QDate monday = QDate::currentDate().addDays(-21);
    monday = monday.addDays(1 - monday.dayOfWeek());

    // 1. A birth registration: received, transferred, supplement requested and received, finished, returned.
    ReceiveRequest birth;
    birth.procedureCode = u"1.001193"_s;
    birth.applicantName = u"Trần Văn Đức"_s;
    birth.citizenId = u"001090123456"_s;
    birth.phone = u"0912345678"_s;
    birth.address = u"Số 12 phố Đội Cấn, phường Ba Đình, Hà Nội"_s;
    birth.receivedAt = vn(monday, 8, 45);
    if (auto p = CatalogService(store).find(birth.procedureCode)) {
        for (const QString &paper : p->papers) {
            if (paper.startsWith(u"Tờ khai"_s) || paper.startsWith(u"Giấy chứng sinh"_s) ||
                paper.startsWith(u"Hộ chiếu"_s))
                birth.papers.append(paper);
        }
    }
    auto a = dossiers.receive(desk, birth);
    check(a.has_value(), "receive the birth registration", a ? QString() : a.error().message);
    if (!a)
        return 1;
    const QString code = a->code;
    act(dossiers, desk, DossierAction::Transfer, code, vn(monday, 10), [](DossierActionRequest &r) {
        r.toUser = u"chuyenvien"_s;
        r.toDepartment = u"Tư pháp - Hộ tịch"_s;
        r.stepDays = 1;
    });
    act(dossiers, specialist, DossierAction::RequestSupplement, code, vn(monday, 14, 30), [](DossierActionRequest &r) {
        r.items = {u"Giấy chứng sinh bản chính do cơ sở y tế cấp (bản đã nộp là bản chụp)"_s,
                   u"Văn bản ủy quyền có chứng thực, vì người nộp không phải cha, mẹ của trẻ"_s};
        r.reason = u"Hồ sơ chưa đủ thành phần theo quy định tại Điều 16 Luật Hộ tịch"_s;
    });
    act(dossiers, desk, DossierAction::SupplementReceived, code, vn(monday.addDays(2), 9, 15));
    act(dossiers, specialist, DossierAction::Finish, code, vn(monday.addDays(2), 15, 40));
    act(dossiers, desk, DossierAction::Return, code, vn(monday.addDays(3), 8, 30));

    // 2. A temporary residence registration that ran late: an apology with a new appointment.
    ReceiveRequest residence;
    residence.procedureCode = u"1.004194"_s;
    residence.applicantName = u"Hoàng Thị Thu Hương"_s;
    residence.citizenId = u"034188009876"_s;
    residence.phone = u"0977889900"_s;
    residence.address = u"Ngõ 6 Vĩnh Phúc, phường Ngọc Hà, Hà Nội"_s;
    residence.receivedAt = vn(monday.addDays(1), 9, 20);
    auto b = dossiers.receive(desk, residence);
    check(b.has_value(), "receive the residence registration", b ? QString() : b.error().message);
    const QString lateCode = b ? b->code : QString();
    act(dossiers, desk, DossierAction::Transfer, lateCode, vn(monday.addDays(1), 10, 30),
        [](DossierActionRequest &r) { r.toUser = u"chuyenvien"_s; });
    act(dossiers, specialist, DossierAction::Apologize, lateCode, vn(monday.addDays(8), 8, 0),
        [&](DossierActionRequest &r) {
            r.reason = u"Cần xác minh thông tin về chỗ ở hợp pháp với cơ quan quản lý nhà ở"_s;
            r.newDueAt = vn(monday.addDays(11), 16, 0);
        });

    // 3. The same citizen comes back for the birth registration while hers is open: refused as a duplicate.
    ReceiveRequest first;
    first.procedureCode = u"1.001193"_s;
    first.applicantName = u"Vũ Ngọc Ánh"_s;
    first.citizenId = u"001305004321"_s;
    first.phone = u"0936123987"_s;
    first.address = u"Phố Nguyễn Thái Học, phường Ba Đình, Hà Nội"_s;
    first.receivedAt = vn(monday.addDays(7), 9, 0);
    check(dossiers.receive(desk, first).has_value(), "receive the first of the duplicates");
    ReceiveRequest again = first;
    again.receivedAt = vn(monday.addDays(9), 14, 10);
    again.refuseAsDuplicate = true;
    auto refused = dossiers.receive(desk, again);
    check(refused.has_value(), "refuse the duplicate", refused ? QString() : refused.error().message);
    const QString refusedCode = refused ? refused->code : QString();

    // 4. A few more dossiers for the register.
    const struct
    {
        const char *procedure, *name, *phone, *address;
        int day, hour;
    } more[] = {
        {"1.001022", "Trần Thị Bích Ngọc", "0983112233", "Ngõ 28 Kim Mã, phường Giảng Võ", 0, 14},
        {"1.004222", "Lê Hoàng Phúc", "", "Số 5 Liễu Giai, phường Ngọc Hà", 2, 10},
        {"1.000656", "Hoàng Đức Minh", "0868123456", "Phố Quán Thánh, phường Ba Đình", 4, 8},
        {"1.000894", "Đặng Quốc Bảo", "", "Phố Đốc Ngữ, phường Ngọc Hà", 8, 15},
        {"1.004194", "Bùi Thanh Tâm", "0904556677", "Tập thể Giảng Võ, phường Giảng Võ", 10, 9},
    };
    for (const auto &m : more) {
        ReceiveRequest r;
        r.procedureCode = QString::fromUtf8(m.procedure);
        r.applicantName = QString::fromUtf8(m.name);
        r.phone = QString::fromUtf8(m.phone);
        r.address = QString::fromUtf8(m.address);
        r.receivedAt = vn(monday.addDays(m.day), m.hour, 5);
        auto d = dossiers.receive(desk, r);
        check(d.has_value(), "receive", d ? QString() : d.error().message);
    }

    // 5. Catalog cases: a certified copy (a fee per page, no time limit in the catalog), then the same after an
    // administrator set its limit, and a procedure whose name the source lost.
    const auto receiveFor = [&](const char *procedure, const char *name, int day, int hour) {
        ReceiveRequest r;
        r.procedureCode = QString::fromUtf8(procedure);
        r.applicantName = QString::fromUtf8(name);
        r.phone = u"0915246810"_s;
        r.address = u"Phố Hàng Bún, phường Ba Đình, Hà Nội"_s;
        r.receivedAt = vn(monday.addDays(day), hour, 20);
        auto d = dossiers.receive(desk, r);
        check(d.has_value(), "receive", d ? QString() : d.error().message);
        return d ? d->code : QString();
    };
    const QString copyCode = receiveFor("2.000815", "Đỗ Thị Thanh Hằng", 3, 9);
    const QString lostNameCode = receiveFor("2.001428", "Nông Văn Thắng", 3, 10);
    check(CatalogService(store).setTimeLimit(s.session, u"2.000815"_s, 1, TimeUnit::WorkingDays).has_value(),
          "set the time limit of 2.000815");
    const QString copyAfterCode = receiveFor("2.000815", "Lương Thị Ngọc Mai", 3, 11);

    const struct
    {
        Ui::SlipKind kind;
        QString code;
        const char *file;
    } slips[] = {
        {Ui::SlipKind::Receipt, copyCode, "receipt-fee-no-time-limit.pdf"},
        {Ui::SlipKind::Receipt, copyAfterCode, "receipt-time-limit-set.pdf"},
        {Ui::SlipKind::Receipt, lostNameCode, "receipt-name-unknown.pdf"},
        {Ui::SlipKind::Receipt, code, "receipt.pdf"},
        {Ui::SlipKind::SupplementRequest, code, "supplement.pdf"},
        {Ui::SlipKind::Refusal, refusedCode, "refusal.pdf"},
        {Ui::SlipKind::Apology, lateCode, "apology.pdf"},
        {Ui::SlipKind::ControlSheet, code, "control-sheet.pdf"},
        {Ui::SlipKind::Register, {}, "register.pdf"},
    };
    for (const auto &slip : slips) {
        Ui::SlipRequest request{slip.kind, slip.code, monday.addDays(-1), QDate::currentDate()};
        const QString path = QDir(outDir).filePath(QString::fromUtf8(slip.file));
        auto saved = Ui::saveSlipPdf(path, store, desk, request);
        check(saved.has_value(), slip.file, saved ? QString() : saved.error().message);
        if (saved)
            std::printf("saved %s\n", qPrintable(path));
    }
    // The old (TT 01/2018) numbering of the same apology, for comparison.
    Ui::SlipOptions old;
    old.formSet = Ui::FormSet::Tt01of2018;
    check(Ui::saveSlipPdf(QDir(outDir).filePath(u"apology-tt01-2018.pdf"_s), store, desk,
                          {Ui::SlipKind::Apology, lateCode, {}, {}}, old)
              .has_value(),
          "apology-tt01-2018.pdf");
    return ok ? 0 : 1;
}
