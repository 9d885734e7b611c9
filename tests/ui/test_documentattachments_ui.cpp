// The attachments of incoming and outgoing documents in the window: files chosen in the registration dialog go in
// with the registration, the document's record lists them (and says why a classified one takes none), a scan from
// the scanner's folder registered through the inbox leaves it, and a search hit on a document's file opens its record.
#include <catch2/catch.hpp>

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/attachments/attachmentservice.h"
#include "core/attachments/hotfolder.h"
#include "core/documents/documentrules.h"
#include "core/documents/documentservice.h"
#include "core/services/authservice.h"
#include "tests/ui/uifixture.h"
#include "ui/attachments/attachmentpanel.h"
#include "ui/attachments/pendingattachmentlist.h"
#include "ui/attachments/previewwidget.h"
#include "ui/attachments/scaninboxpage.h"
#include "ui/documents/documentdetaildialog.h"
#include "ui/documents/incomingdialog.h"
#include "ui/documents/incomingpage.h"
#include "ui/documents/incomingtablemodel.h"
#include "ui/documents/outgoingdialog.h"
#include "ui/documents/outgoingpage.h"
#include "ui/search/searchpanel.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace MotCua;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;

namespace
{

// A commune office: the administrator of UiStore, a clerk (văn thư) who registers, a leader who does not.
struct Office
{
    UiStore s;
    DocumentService documents{*s.store};
    AuthService auth{*s.store};
    Session clerk = person(u"vanthu"_s, u"Nguyễn Thị Hạnh"_s, Role::Clerk);
    Session leader = person(u"lanhdao"_s, u"Trần Quốc Bảo"_s, Role::Leader);
    Ui::AppSettings settings{QDir(s.dir.path()).filePath(u"settings.ini"_s)};

    Session person(const QString &username, const QString &fullName, Role role)
    {
        const QString password = u"password-of-"_s + username;
        NewUser user{username, fullName, password, {role}, u"Văn phòng"_s, false};
        REQUIRE(auth.createUser(s.session, user).has_value());
        auto session = auth.authenticate(username, password);
        REQUIRE(session.has_value());
        return *session;
    }
};

// A one-page PDF with real text on it.
QString writePdf(const QString &path, const QString &line)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    QPainter p(&pdf);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSize(14);
    p.setFont(font);
    p.drawText(80, 150, line);
    p.end();
    return path;
}

// The fields the core requires, typed into a registration dialog.
void fillIn(Ui::IncomingDialog &dialog, const QString &number, const QString &summary)
{
    child<QLineEdit>(dialog, u"agencyEdit"_s)->setText(u"UBND huyện Gia Lâm"_s);
    child<QLineEdit>(dialog, u"numberEdit"_s)->setText(number);
    child<QLineEdit>(dialog, u"symbolEdit"_s)->setText(u"UBND-VP"_s);
    child<QPlainTextEdit>(dialog, u"summaryEdit"_s)->setPlainText(summary);
}

// With MOTCUA_SHOT_DIR set, the test words the window in Vietnamese and keeps pictures of it (docs/screenshots).
QString shotDir()
{
    return qEnvironmentVariable("MOTCUA_SHOT_DIR");
}

QPixmap shot(QWidget &w)
{
    QTest::qWait(100); // the layouts follow the texts just set
    return w.grab();
}

// The registration dialog and the record side by side, as docs/screenshots/documents-attachments.png shows them.
void saveSideBySide(const QPixmap &left, const QPixmap &right, const QString &name)
{
    const int gap = 24;
    QImage image(left.width() + gap + right.width(), std::max(left.height(), right.height()), QImage::Format_RGB32);
    image.fill(QColor(0x5f, 0x6b, 0x7a));
    QPainter p(&image);
    p.drawPixmap(0, 0, left);
    p.drawPixmap(left.width() + gap, 0, right);
    p.end();
    image.save(QDir(shotDir()).filePath(name));
}

} // namespace

TEST_CASE("A PDF chosen in the registration dialog is registered with the document and its record lists it",
          "[ui][documents][attachments]")
{
    Office o;
    const bool shots = !shotDir().isEmpty();
    if (shots)
        REQUIRE(Ui::installTranslations(*qApp, u"vi"_s));
    struct Restore
    {
        bool on;
        ~Restore()
        {
            if (on)
                Ui::removeTranslations(*qApp);
        }
    } restore{shots};
    QTemporaryDir files;
    const QString pdf = writePdf(files.filePath(u"công văn số một.pdf"_s), u"Về việc chuyển đổi số cấp xã"_s);
    Ui::IncomingPage page(*o.s.store, o.clerk);
    page.resize(1100, 700);
    page.show();
    Ui::IncomingDialog *dialog = page.registerDocument();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    fillIn(*dialog, u"215"_s, u"Về việc triển khai chuyển đổi số cấp xã"_s);
    dialog->setAttachments({pdf});
    Ui::PendingAttachmentList *area = dialog->attachmentArea();
    REQUIRE(area->list()->count() == 1);
    CHECK(area->list()->item(0)->text() == u"công văn số một.pdf"_s);
    CHECK(area->preview()->showing() == u"pdf"_s);
    CHECK(area->removeButton()->isEnabled());
    const QPixmap dialogShot = shots ? shot(*dialog) : QPixmap();

    // Removed and chosen again: the list is what goes in.
    area->removeSelected();
    CHECK(dialog->chosenAttachments().isEmpty());
    CHECK(area->preview()->showing().isEmpty());
    area->addPaths({pdf});
    CHECK(dialog->chosenAttachments() == QStringList{pdf});

    dialog->accept();
    REQUIRE(dialog->registered().has_value());
    const QString id = dialog->registered()->id;
    auto stored = AttachmentService(*o.s.store).list(u"incoming"_s, id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().fileName == u"công văn số một.pdf"_s);
    CHECK(stored->first().mime == u"application/pdf"_s);

    REQUIRE(waitUntil([&] { return page.model()->rowCount() == 1; }));
    page.table()->selectRow(0);
    page.showDetails();
    auto *detail = page.findChild<Ui::DocumentDetailDialog *>();
    REQUIRE(detail != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(detail));
    CHECK(detail->ownerEntity() == u"incoming"_s);
    Ui::AttachmentPanel *panel = detail->attachmentPanel();
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, Ui::AttachmentListModel::FileName).data().toString() == u"công văn số một.pdf"_s);
    CHECK(panel->addButton()->isEnabled());
    CHECK(panel->addingRefusal().isEmpty());
    panel->view()->selectRow(0);
    if (shots) {
        const QPixmap detailShot = shot(*detail);
        dialogShot.save(QDir(shotDir()).filePath(u"incoming-dialog-attachment.png"_s));
        detailShot.save(QDir(shotDir()).filePath(u"incoming-detail-attachments.png"_s));
        saveSideBySide(dialogShot, detailShot, u"documents-attachments.png"_s);
    }
    detail->close();
}

TEST_CASE("A draft outgoing document keeps the files chosen in its dialog", "[ui][documents][attachments]")
{
    Office o;
    QTemporaryDir files;
    const QString pdf = writePdf(files.filePath(u"dự thảo tờ trình.pdf"_s), u"Dự thảo tờ trình"_s);
    Ui::OutgoingPage page(*o.s.store, o.clerk);
    Ui::OutgoingDialog *dialog = page.createDocument();
    REQUIRE(dialog != nullptr);
    child<QPlainTextEdit>(*dialog, u"summaryEdit"_s)->setPlainText(u"Tờ trình về việc sửa chữa trụ sở"_s);
    dialog->setAttachments({pdf});
    dialog->accept();
    INFO(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().toStdString());
    REQUIRE(dialog->created().has_value());
    auto stored = AttachmentService(*o.s.store).list(u"outgoing"_s, dialog->created()->id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().fileName == u"dự thảo tờ trình.pdf"_s);
}

TEST_CASE("The record of a classified document says why nothing can be attached to it", "[ui][documents][attachments]")
{
    Office o;
    IncomingRequest r;
    r.fromAgency = u"Công an huyện Gia Lâm"_s;
    r.number = u"9"_s;
    r.symbol = u"CAH-AN"_s;
    r.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(-1);
    r.type = u"CV"_s;
    r.summary = u"Về việc bảo vệ bí mật nhà nước"_s;
    r.secrecy = Secrecy::Secret;
    auto d = o.documents.registerIncoming(o.clerk, r);
    REQUIRE(d.has_value());
    Ui::IncomingPage page(*o.s.store, o.clerk);
    Ui::DocumentDetailDialog *detail = page.showDocument(d->id);
    REQUIRE(detail != nullptr);
    Ui::AttachmentPanel *panel = detail->attachmentPanel();
    CHECK_FALSE(panel->addButton()->isEnabled());
    CHECK(panel->addingRefusal() == secrecyRuleText());
    CHECK(panel->messageText() == secrecyRuleText());
    QTemporaryDir files;
    CHECK_FALSE(panel->addFiles({writePdf(files.filePath(u"bản chụp.pdf"_s), u"Mật"_s)}));
    CHECK(panel->messageText() == secrecyRuleText());
    CHECK(AttachmentService(*o.s.store).list(u"incoming"_s, d->id)->isEmpty());
    detail->close();
}

TEST_CASE("A scan registered through the inbox leaves it, and a search hit on its file opens the document",
          "[ui][documents][attachments]")
{
    Office o;
    QTemporaryDir scanner;
    Ui::MainWindow window(*o.s.store, o.clerk, o.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Ui::ScanInboxPage *inbox = window.scanInboxPage();
    REQUIRE(inbox != nullptr);
    QTreeWidgetItem *item = window.pageItem(Ui::MainWindow::Page::ScanInbox);
    REQUIRE(item != nullptr);
    CHECK(item->parent() == window.pageItem(Ui::MainWindow::Page::Incoming));
    inbox->setStableMs(200);
    inbox->setPollMs(50);
    REQUIRE(inbox->setFolder(scanner.path()));
    writePdf(scanner.filePath(u"scan_0007.pdf"_s), u"Giấy mời họp giao ban"_s);
    REQUIRE(waitUntil([&] { return inbox->scanCount() == 1; }, std::chrono::seconds(5)));
    CHECK(item->text(0).contains(u"(1)"_s));
    window.showPage(Ui::MainWindow::Page::ScanInbox);
    CHECK(window.findChild<QStackedWidget *>(u"pages"_s) != nullptr);

    QTest::mouseClick(child<QPushButton>(*inbox, u"scanRegister"_s), Qt::LeftButton);
    auto *dialog = window.findChild<Ui::IncomingDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->chosenAttachments().size() == 1);
    CHECK(dialog->chosenAttachments().first().endsWith(u"scan_0007.pdf"_s));
    fillIn(*dialog, u"31"_s, u"Giấy mời họp giao ban tháng"_s);
    dialog->accept();
    REQUIRE(dialog->registered().has_value());
    const QString id = dialog->registered()->id;
    REQUIRE(waitUntil([&] { return inbox->scanCount() == 0; }));
    CHECK_FALSE(item->text(0).contains(u"(1)"_s));
    CHECK(QFileInfo::exists(scanner.filePath(u".motcua-taken/scan_0007.pdf"_s)));
    auto stored = AttachmentService(*o.s.store).list(u"incoming"_s, id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->size() == 1);
    QTest::qWait(50);

    // The search box's hit on that file: the document's record, the file selected.
    emit window.searchPanel()->attachmentActivated(u"incoming"_s, id, stored->first().id);
    Ui::DocumentDetailDialog *detail = nullptr;
    REQUIRE(waitUntil([&] {
        for (auto *d : window.findChildren<Ui::DocumentDetailDialog *>())
            if (d->isVisible())
                detail = d;
        return detail != nullptr;
    }));
    CHECK(detail->ownerId() == id);
    REQUIRE(detail->attachmentPanel()->model()->rowCount() == 1);
    CHECK(detail->attachmentPanel()->view()->currentIndex().row() == 0);
    detail->close();

    // A leader does not register documents: no inbox for them.
    Ui::MainWindow leaderWindow(*o.s.store, o.leader, o.settings);
    CHECK(leaderWindow.scanInboxPage() == nullptr);
    CHECK(leaderWindow.pageItem(Ui::MainWindow::Page::ScanInbox) == nullptr);
}
