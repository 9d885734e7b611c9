// Screenshots of the document pages and dialogs (docs/screenshots/documents-*.png) and sample PDFs of the printed
// registers and the action slip, over a temporary store seeded with Vietnamese documents. Not a test. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1366x800x24" build/dev/tests/ui/motcua_document_screenshots <dir> [vi|en]
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include <cstdio>

#include "core/documents/documentservice.h"
#include "core/services/authservice.h"
#include "tests/ui/uifixture.h"
#include "ui/documents/directiondialog.h"
#include "ui/documents/incomingdialog.h"
#include "ui/documents/incomingpage.h"
#include "ui/documents/outgoingdialog.h"
#include "ui/documents/outgoingpage.h"
#include "ui/documents/registerprint.h"
#include "ui/documents/registerprintdialog.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace MotCua;

namespace
{

bool save(QWidget &widget, const QString &dir, const QString &name)
{
    QTest::qWait(300);
    const QString path = QDir(dir).filePath(name);
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

Session person(Store &store, const Session &admin, const QString &username, const QString &name, Role role,
               const QString &department)
{
    const QString password = u"password-of-"_s + username;
    (void)AuthService(store).createUser(admin, NewUser{username, name, password, {role}, department, false});
    return AuthService(store).authenticate(username, password).value();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"motcua-screenshots"_s);
    const QStringList args = QApplication::arguments();
    const QString outDir = args.size() > 1 ? args.at(1) : u"."_s;
    QDir().mkpath(outDir);
    Ui::installTranslations(app, args.size() > 2 ? args.at(2) : u"vi"_s);

    Test::UiStore s;
    DocumentService docs(*s.store);
    const Session clerk = person(*s.store, s.session, u"vanthu"_s, u"Lê Thị Thu"_s, Role::Clerk, u"Văn phòng"_s);
    const Session leader =
        person(*s.store, s.session, u"lanhdao"_s, u"Hoàng Minh Tuấn"_s, Role::Leader, u"Lãnh đạo UBND"_s);
    const Session specialist =
        person(*s.store, s.session, u"chuyenvien"_s, u"Phạm Văn Đức"_s, Role::Specialist, u"Văn hóa – Xã hội"_s);
    (void)person(*s.store, s.session, u"ketoan"_s, u"Nguyễn Thị Lan"_s, Role::Specialist, u"Tài chính – Kế toán"_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Seed
    {
        const char *from, *number, *symbol, *type, *summary;
        Urgency urgency;
        int daysAgo;
    };
    const Seed seeds[] = {
        {"UBND Thành phố Hà Nội", "4512", "UBND-KGVX", "CV",
         "Về việc tăng cường công tác phòng, chống dịch sốt xuất huyết trên địa bàn Thành phố", Urgency::Flash, 1},
        {"Sở Nội vụ Thành phố Hà Nội", "215", "SNV-CCVC", "CV",
         "Về việc rà soát, báo cáo số lượng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính", Urgency::Urgent,
         2},
        {"Sở Tài chính", "88", "KH-STC", "KH", "Kế hoạch kiểm tra công tác quản lý tài chính, ngân sách xã năm 2027",
         Urgency::Normal, 3},
        {"Công an Thành phố Hà Nội", "1207", "CAHN-PV01", "CV",
         "Về việc phối hợp cấp căn cước cho người dân trên địa bàn phường", Urgency::Normal, 5},
        {"Sở Văn hóa và Thể thao", "34", "TB-SVHTT", "TB",
         "Thông báo tổ chức Hội thao truyền thống cán bộ, công chức, viên chức năm 2027", Urgency::Normal, 20},
        {"Ban Chỉ huy Quân sự Thành phố", "56", "GM-BCH", "GM", "Giấy mời dự hội nghị tổng kết công tác tuyển quân",
         Urgency::VeryUrgent, 1},
    };
    QList<IncomingDocument> in;
    for (const Seed &seed : seeds) {
        IncomingRequest r;
        r.fromAgency = QString::fromUtf8(seed.from);
        r.number = QString::fromUtf8(seed.number);
        r.symbol = QString::fromUtf8(seed.symbol);
        r.type = QString::fromUtf8(seed.type);
        r.summary = QString::fromUtf8(seed.summary);
        r.urgency = seed.urgency;
        r.receivedAt = now.addDays(-seed.daysAgo);
        r.issuedOn = r.receivedAt.date().addDays(-2);
        r.signer = u"Nguyễn Văn Phong"_s;
        r.signerPosition = u"Phó Chủ tịch"_s;
        if (auto d = docs.registerIncoming(clerk, r))
            in.append(*d);
    }
    // Directions: one overdue, one re-directed, one in progress.
    auto direct = [&](const IncomingDocument &d, const QString &lead, const QStringList &co, int dueInDays,
                      const QString &note, const QDateTime &at = {}) {
        DirectRequest r;
        r.id = d.id;
        r.leadUser = lead;
        r.coUsers = co;
        r.due = QDate::currentDate().addDays(dueInDays);
        r.note = note;
        r.at = at;
        (void)docs.direct(leader, r);
    };
    if (in.size() == 6) {
        direct(in.at(4), u"chuyenvien"_s, {}, -3, u"Giao Văn hóa – Xã hội chuẩn bị lực lượng tham gia"_s,
               now.addDays(-19));
        direct(in.at(2), u"ketoan"_s, {u"vanthu"_s}, 7, u"Giao Kế toán chủ trì chuẩn bị hồ sơ, Văn phòng phối hợp"_s,
               now.addDays(-2));
        direct(in.at(2), u"ketoan"_s, {u"chuyenvien"_s}, 10, u"Bổ sung: Văn hóa – Xã hội phối hợp rà soát chứng từ"_s);
        direct(in.at(3), u"chuyenvien"_s, {}, 5, u"Giao chuyên viên phối hợp với Công an phường"_s);
        (void)docs.recordProgress(specialist, in.at(3).id, u"Đã liên hệ Công an phường, lập danh sách người dân"_s);
    }
    OutgoingRequest o;
    o.type = u"CV"_s;
    o.department = u"VP"_s;
    o.summary = u"Về việc báo cáo kết quả rà soát cán bộ, công chức cấp xã"_s;
    o.recipients = {u"Sở Nội vụ Thành phố Hà Nội"_s};
    o.copies = 3;
    auto reply = docs.createOutgoing(specialist, o);
    if (reply) {
        for (OutgoingAction a : {OutgoingAction::Submit})
            (void)docs.act(specialist, reply->id, a);
        for (OutgoingAction a : {OutgoingAction::Approve, OutgoingAction::Sign})
            (void)docs.act(leader, reply->id, a);
        (void)docs.number(clerk, reply->id);
        (void)docs.dispatch(clerk, reply->id, {Recipient{u"Sở Nội vụ Thành phố Hà Nội"_s, u"post"_s, {}, {}}});
    }
    o.type = u"QĐ"_s;
    o.summary = u"Quyết định thành lập Tổ công tác chuyển đổi số phường Ba Đình"_s;
    o.urgency = Urgency::Urgent;
    if (auto d = docs.createOutgoing(specialist, o))
        (void)docs.act(specialist, d->id, OutgoingAction::Submit);
    o.type = u"KH"_s;
    o.urgency = Urgency::Normal;
    o.summary = u"Kế hoạch tổ chức Tết Trồng cây đời đời nhớ ơn Bác Hồ năm 2027"_s;
    (void)docs.createOutgoing(clerk, o);

    bool ok = true;
    Ui::AppSettings settings(QDir(s.dir.path()).filePath(u"settings.ini"_s));
    {
        Ui::MainWindow window(*s.store, leader, settings);
        window.show();
        window.showPage(Ui::MainWindow::Page::Incoming);
        window.incomingPage()->table()->selectRow(0);
        ok &= save(window, outDir, u"documents-incoming.png"_s);
        window.incomingPage()->table()->selectRow(3);
        if (Ui::DirectionDialog *d = window.incomingPage()->directCurrent()) {
            d->selectLead(u"ketoan"_s);
            d->addCooperating(u"chuyenvien"_s, QDate::currentDate().addDays(8));
            d->findChild<QPlainTextEdit *>(u"noteEdit"_s)->setPlainText(u"Kế toán chủ trì, báo cáo trước hạn"_s);
            ok &= save(*d, outDir, u"documents-direction.png"_s);
            d->reject();
        }
    }
    {
        Ui::MainWindow window(*s.store, clerk, settings);
        window.show();
        window.showPage(Ui::MainWindow::Page::Incoming);
        if (Ui::IncomingDialog *d = window.incomingPage()->registerDocument()) {
            d->findChild<QLineEdit *>(u"agencyEdit"_s)->setText(u"Sở Nội vụ Thành phố Hà Nội"_s);
            d->findChild<QLineEdit *>(u"numberEdit"_s)->setText(u"215"_s);
            d->findChild<QLineEdit *>(u"symbolEdit"_s)->setText(u"SNV-CCVC"_s);
            d->findChild<QPlainTextEdit *>(u"summaryEdit"_s)
                ->setPlainText(u"Về việc rà soát, báo cáo số lượng cán bộ, công chức cấp xã"_s);
            d->checkDuplicatesNow();
            ok &= save(*d, outDir, u"documents-register-duplicate.png"_s);
            auto *secrecy = d->findChild<QComboBox *>(u"secrecyCombo"_s);
            secrecy->setCurrentIndex(secrecy->findData(u"confidential"_s));
            ok &= save(*d, outDir, u"documents-register-secret.png"_s);
            d->reject();
        }
        window.showPage(Ui::MainWindow::Page::Outgoing);
        window.outgoingPage()->table()->selectRow(0);
        ok &= save(window, outDir, u"documents-outgoing.png"_s);
        if (Ui::OutgoingDialog *d = window.outgoingPage()->createDocument()) {
            d->findChild<QPlainTextEdit *>(u"summaryEdit"_s)
                ->setPlainText(u"Về việc đề nghị hỗ trợ kinh phí sửa chữa Trường Mầm non Ba Đình"_s);
            d->findChild<QPlainTextEdit *>(u"recipientsEdit"_s)
                ->setPlainText(u"UBND Thành phố Hà Nội\nSở Tài chính Thành phố Hà Nội"_s);
            ok &= save(*d, outDir, u"documents-outgoing-draft.png"_s);
            d->reject();
        }
        {
            Ui::RegisterPrintDialog print(*s.store, Ui::RegisterKind::Outgoing);
            print.show();
            ok &= save(print, outDir, u"documents-print-registers.png"_s);
        }
        window.showPage(Ui::MainWindow::Page::Incoming);
        window.incomingPage()->table()->selectRow(3);
        window.incomingPage()->showDetails();
        if (auto *detail = window.incomingPage()->findChild<QDialog *>(u"incomingDetailDialog"_s))
            ok &= save(*detail, outDir, u"documents-incoming-details.png"_s);
    }

    RegisterRange range;
    range.year = QDate::currentDate().year();
    ok &= Ui::printIncomingRegister(*s.store, range, QDir(outDir).filePath(u"so-den.pdf"_s)).has_value();
    ok &= Ui::printFollowUpRegister(*s.store, range, QDir(outDir).filePath(u"theo-doi.pdf"_s)).has_value();
    ok &= Ui::printOutgoingRegister(*s.store, range, QDir(outDir).filePath(u"so-di.pdf"_s)).has_value();
    if (in.size() == 6)
        ok &= Ui::printActionSlip(*s.store, in.at(2).id, QDir(outDir).filePath(u"phieu-giai-quyet.pdf"_s)).has_value();
    std::printf("%s\n", ok ? "all saved" : "SOME FAILED");
    return ok ? 0 : 1;
}
