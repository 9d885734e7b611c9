// The Incoming and Outgoing pages: registration through the dialog (keyboard only), the duplicate warning as one
// types, the secrecy rule turning attaching off, directions, the queue counts in the navigation and on the pages,
// the outgoing workflow buttons following the core's rules, the models under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "core/documents/documentservice.h"
#include "core/services/authservice.h"
#include "tests/ui/uifixture.h"
#include "ui/attachments/pendingattachmentlist.h"
#include "ui/documents/directiondialog.h"
#include "ui/documents/handlingdialog.h"
#include "ui/documents/incomingdialog.h"
#include "ui/documents/incomingpage.h"
#include "ui/documents/incomingtablemodel.h"
#include "ui/documents/outgoingpage.h"
#include "ui/documents/outgoingtablemodel.h"
#include "ui/documents/registerprintdialog.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace MotCua;
using MotCua::Test::child;
using MotCua::Test::typeText;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;

namespace
{

// A commune office: the administrator of UiStore, a clerk (văn thư), a leader and a specialist.
struct Office
{
    UiStore s;
    DocumentService documents{*s.store};
    AuthService auth{*s.store};
    Session clerk = person(u"vanthu"_s, u"Lê Thị Thu"_s, Role::Clerk);
    Session leader = person(u"lanhdao"_s, u"Hoàng Minh Tuấn"_s, Role::Leader);
    Session specialist = person(u"chuyenvien"_s, u"Phạm Văn Đức"_s, Role::Specialist);
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

    IncomingDocument registerOne(const QString &number, const QString &summary, Urgency urgency = Urgency::Normal)
    {
        IncomingRequest r;
        r.fromAgency = u"Sở Nội vụ Thành phố Hà Nội"_s;
        r.number = number;
        r.symbol = u"SNV-CCVC"_s;
        r.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(-3);
        r.type = u"CV"_s;
        r.summary = summary;
        r.urgency = urgency;
        auto d = documents.registerIncoming(clerk, r);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.has_value());
        return *d;
    }
};

// Types `text` into the focused widget and moves on with Tab.
void typeAndTab(QWidget *dialog, const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    typeText(w, text);
    QTest::keyClick(dialog, Qt::Key_Tab);
}

} // namespace

TEST_CASE("An incoming document is registered through the dialog with the keyboard only", "[ui][documents]")
{
    Office o;
    Ui::IncomingPage page(*o.s.store, o.clerk);
    page.show();
    Ui::IncomingDialog *dialog = page.registerDocument();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    // The arrival number it will get is shown before anything is typed.
    CHECK(child<QLabel>(*dialog, u"arrivalLabel"_s)->text().contains(u"1"_s));
    REQUIRE(QApplication::focusWidget() == child<QLineEdit>(*dialog, u"agencyEdit"_s));
    typeAndTab(dialog, u"UBND Thành phố Hà Nội"_s);
    typeAndTab(dialog, u"125"_s);
    REQUIRE(QApplication::focusWidget() == child<QLineEdit>(*dialog, u"symbolEdit"_s));
    typeAndTab(dialog, u"UBND-VP"_s);
    // Dated: today (kept; Tab walks its day, month and year); type: Công văn (the default); then the summary.
    auto *summary = child<QPlainTextEdit>(*dialog, u"summaryEdit"_s);
    for (int i = 0; i < 8 && QApplication::focusWidget() != summary; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QPlainTextEdit>(*dialog, u"summaryEdit"_s));
    typeText(QApplication::focusWidget(), u"Về việc triển khai chuyển đổi số năm 2027"_s);
    // Enter in the summary registers.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return page.model()->rowCount() == 1; }));
    const IncomingDocument *d = page.model()->itemAt(page.model()->index(0, 0));
    REQUIRE(d != nullptr);
    CHECK(d->arrivalNumber == 1);
    CHECK(d->fromAgency == u"UBND Thành phố Hà Nội"_s);
    CHECK(d->numberSymbol() == u"125/UBND-VP"_s);
    CHECK(d->summary == u"Về việc triển khai chuyển đổi số năm 2027"_s);
    CHECK(d->registeredBy == o.clerk.userId);
}

TEST_CASE("The duplicate warning appears as the number, symbol and agency are typed", "[ui][documents]")
{
    Office o;
    const IncomingDocument first = o.registerOne(u"47"_s, u"Về việc tuyển dụng công chức cấp xã"_s);
    Ui::IncomingPage page(*o.s.store, o.clerk);
    Ui::IncomingDialog *dialog = page.registerDocument();
    REQUIRE(dialog != nullptr);
    auto *warning = child<QLabel>(*dialog, u"duplicateLabel"_s);
    auto *anyway = child<QCheckBox>(*dialog, u"registerAnywayCheck"_s);
    child<QLineEdit>(*dialog, u"agencyEdit"_s)->setText(u"Sở Nội vụ Thành phố Hà Nội"_s);
    child<QLineEdit>(*dialog, u"numberEdit"_s)->setText(u"47"_s);
    CHECK_FALSE(warning->isVisibleTo(dialog)); // two of the three match: nothing yet
    typeText(child<QLineEdit>(*dialog, u"symbolEdit"_s), u"SNV-CCVC"_s);
    REQUIRE(waitUntil([&] { return warning->isVisibleTo(dialog); }));
    CHECK(warning->text().contains(u"tuyển dụng"_s));
    CHECK(anyway->isVisibleTo(dialog));
    REQUIRE(dialog->duplicates().size() == 1);
    CHECK(dialog->duplicates().first().id == first.id);

    child<QPlainTextEdit>(*dialog, u"summaryEdit"_s)->setPlainText(u"Về việc tuyển dụng công chức (bản gửi lại)"_s);
    // Not registered while "Register anyway" is not ticked.
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->registered().has_value());
    anyway->setChecked(true);
    dialog->accept();
    REQUIRE(dialog->registered().has_value());
    CHECK(dialog->registered()->duplicateOf == first.id);
    CHECK(dialog->registered()->arrivalNumber == 2);
}

TEST_CASE("A confidentiality level shows the secrecy rule and turns attaching off", "[ui][documents]")
{
    Office o;
    Ui::IncomingPage page(*o.s.store, o.clerk);
    Ui::IncomingDialog *dialog = page.registerDocument();
    REQUIRE(dialog != nullptr);
    dialog->show();
    auto *secrecy = child<QComboBox>(*dialog, u"secrecyCombo"_s);
    auto *rule = child<QLabel>(*dialog, u"secrecyRuleLabel"_s);
    CHECK(dialog->attachmentArea()->isEnabled());
    CHECK_FALSE(rule->isVisible());
    secrecy->setCurrentIndex(secrecy->findData(secrecyKey(Secrecy::Secret)));
    CHECK_FALSE(dialog->attachmentArea()->isEnabled());
    CHECK_FALSE(child<QPushButton>(*dialog, u"attachButton"_s)->isEnabled());
    CHECK(rule->isVisible());
    CHECK(rule->text() == secrecyRuleText());
    dialog->setAttachments({u"/tmp/scan.pdf"_s});
    CHECK(dialog->chosenAttachments().isEmpty());
    secrecy->setCurrentIndex(secrecy->findData(secrecyKey(Secrecy::None)));
    CHECK(dialog->attachmentArea()->isEnabled());
    CHECK(dialog->chosenAttachments() == QStringList{u"/tmp/scan.pdf"_s});
}

TEST_CASE("A leader directs a document and the earlier direction stays in the history", "[ui][documents]")
{
    Office o;
    o.registerOne(u"12"_s, u"Về việc kiểm tra công tác văn thư, lưu trữ"_s);
    Ui::IncomingPage page(*o.s.store, o.leader);
    page.table()->selectRow(0);
    Ui::DirectionDialog *dialog = page.directCurrent();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->selectLead(u"chuyenvien"_s));
    REQUIRE(dialog->addCooperating(u"vanthu"_s, QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(3)));
    child<QPlainTextEdit>(*dialog, u"noteEdit"_s)->setPlainText(u"Giao chuyên viên chủ trì, văn thư phối hợp"_s);
    dialog->accept();
    REQUIRE(dialog->directed().has_value());
    const QList<Assignee> to = dialog->directed()->currentAssignees();
    REQUIRE(to.size() == 2);
    CHECK(to.first().lead);
    CHECK(to.first().name == u"Phạm Văn Đức"_s);
    CHECK(to.at(1).due == QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(3));

    // A re-direction shows the first one above the form.
    page.table()->selectRow(0);
    Ui::DirectionDialog *again = page.directCurrent();
    REQUIRE(again != nullptr);
    CHECK(
        child<QWidget>(*again, u"directionHistory"_s)->property("plainText").toString().contains(u"Hoàng Minh Tuấn"_s));
    again->reject();

    // A specialist may not direct: the button is off.
    Ui::IncomingPage theirs(*o.s.store, o.specialist);
    theirs.table()->selectRow(0);
    CHECK_FALSE(child<QPushButton>(theirs, u"directButton"_s)->isEnabled());
    CHECK(child<QPushButton>(theirs, u"progressButton"_s)->isEnabled());
}

TEST_CASE("Urgent documents are marked and the models page correctly", "[ui][documents]")
{
    Office o;
    o.registerOne(u"1"_s, u"Thông thường"_s);
    o.registerOne(u"2"_s, u"Khẩn cấp về phòng chống bão"_s, Urgency::Flash);
    Ui::IncomingTableModel model(o.documents, o.clerk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQueue(IncomingQueue::Open);
    REQUIRE(model.rowCount() == 2);
    // The core sorts urgent ones first in the open queues; the model marks them in words, not colour alone.
    CHECK(model.index(0, Ui::IncomingTableModel::Urgency).data().toString() == urgencyText(Urgency::Flash));
    CHECK(model.index(0, 0).data(Ui::IncomingTableModel::UrgencyRankRole).toInt() == 3);
    CHECK(model.index(1, Ui::IncomingTableModel::Urgency).data().toString().isEmpty());

    Ui::OutgoingTableModel out(o.documents, o.clerk);
    QAbstractItemModelTester outTester(&out, QAbstractItemModelTester::FailureReportingMode::Fatal);
    out.reload();
    CHECK(out.rowCount() == 0);
}

TEST_CASE("The document queues have counts in the navigation and on the page", "[ui][documents]")
{
    Office o;
    o.registerOne(u"3"_s, u"Về việc chuẩn bị kỳ họp Hội đồng nhân dân"_s);
    const IncomingDocument second = o.registerOne(u"4"_s, u"Về việc rà soát hộ nghèo"_s);
    DirectRequest r;
    r.id = second.id;
    r.leadUser = u"lanhdao"_s;
    r.due = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(5);
    REQUIRE(o.documents.direct(o.leader, r).has_value());

    Ui::MainWindow window(*o.s.store, o.leader, o.settings);
    window.show();
    QTreeWidgetItem *toDirect = window.documentQueueItem(Ui::MainWindow::Page::Incoming, u"to-direct"_s);
    QTreeWidgetItem *mine = window.documentQueueItem(Ui::MainWindow::Page::Incoming, u"mine"_s);
    REQUIRE(toDirect != nullptr);
    REQUIRE(mine != nullptr);
    CHECK(toDirect->data(0, Ui::MainWindow::kCountRole).toLongLong() == 1);
    CHECK(mine->data(0, Ui::MainWindow::kCountRole).toLongLong() == 1);
    CHECK(toDirect->text(0).contains(u"(1)"_s));

    // Choosing the queue in the navigation shows it on the page, whose selector has the same counts.
    window.navigation()->setCurrentItem(mine);
    Ui::IncomingPage *page = window.incomingPage();
    REQUIRE(page != nullptr);
    CHECK(page->queueCombo()->currentData().toString() == u"mine"_s);
    CHECK(page->queueCombo()->currentText().contains(u"(1)"_s));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->itemAt(page->model()->index(0, 0))->id == second.id);

    // A registration made in the window updates the counts.
    o.registerOne(u"5"_s, u"Về việc tổng kết năm"_s);
    window.refresh();
    CHECK(toDirect->data(0, Ui::MainWindow::kCountRole).toLongLong() == 2);
}

TEST_CASE("Outgoing buttons follow the core's rules and who is signed in", "[ui][documents]")
{
    Office o;
    OutgoingRequest req;
    req.type = u"CV"_s;
    req.summary = u"Về việc đề nghị hỗ trợ kinh phí sửa chữa trường mầm non"_s;
    req.department = u"VP"_s;
    req.recipients = {u"UBND Thành phố Hà Nội"_s};
    auto draft = o.documents.createOutgoing(o.specialist, req);
    REQUIRE(draft.has_value());

    Ui::OutgoingPage page(*o.s.store, o.specialist);
    page.table()->selectRow(0);
    CHECK(page.actionButton(OutgoingAction::Submit)->isEnabled());
    CHECK_FALSE(page.actionButton(OutgoingAction::Number)->isEnabled());
    CHECK_FALSE(page.actionButton(OutgoingAction::Approve)->isEnabled());
    REQUIRE(page.act(OutgoingAction::Submit));

    // The leader approves and signs; the clerk numbers.
    Ui::OutgoingPage leaders(*o.s.store, o.leader);
    leaders.table()->selectRow(0);
    CHECK(leaders.actionButton(OutgoingAction::Approve)->isEnabled());
    CHECK(leaders.actionButton(OutgoingAction::SendBack)->isEnabled());
    CHECK_FALSE(leaders.actionButton(OutgoingAction::Number)->isEnabled());
    REQUIRE(leaders.act(OutgoingAction::Approve));
    leaders.table()->selectRow(0);
    REQUIRE(leaders.act(OutgoingAction::Sign));

    Ui::OutgoingPage clerks(*o.s.store, o.clerk);
    // Numbers are issued on this counter (no block from the province): the page says so.
    CHECK(clerks.numbersHereLabel()->isVisibleTo(&clerks));
    clerks.table()->selectRow(0);
    CHECK_FALSE(clerks.actionButton(OutgoingAction::Approve)->isEnabled());
    REQUIRE(clerks.actionButton(OutgoingAction::Number)->isEnabled());
    REQUIRE(clerks.act(OutgoingAction::Number));
    clerks.table()->selectRow(0);
    const OutgoingDocument *numbered = clerks.current();
    REQUIRE(numbered != nullptr);
    CHECK(numbered->numberSymbol() == u"01/UBND-VP"_s);
    CHECK(clerks.actionButton(OutgoingAction::Dispatch)->isEnabled());
    REQUIRE(clerks.act(OutgoingAction::Dispatch, u"UBND Thành phố Hà Nội"_s));
    clerks.table()->selectRow(0);
    CHECK(clerks.actionButton(OutgoingAction::Acknowledge)->isEnabled());
}

TEST_CASE("The person in charge records progress and finishes with the reply linked", "[ui][documents]")
{
    Office o;
    const IncomingDocument d = o.registerOne(u"77"_s, u"Về việc báo cáo tình hình giải quyết đơn thư"_s);
    DirectRequest r;
    r.id = d.id;
    r.leadUser = u"chuyenvien"_s;
    r.due = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(5);
    REQUIRE(o.documents.direct(o.leader, r).has_value());
    OutgoingRequest req;
    req.type = u"BC"_s;
    req.summary = u"Báo cáo tình hình giải quyết đơn thư quý IV"_s;
    auto reply = o.documents.createOutgoing(o.specialist, req);
    REQUIRE(reply.has_value());
    for (OutgoingAction a : {OutgoingAction::Submit})
        REQUIRE(o.documents.act(o.specialist, reply->id, a).has_value());
    for (OutgoingAction a : {OutgoingAction::Approve, OutgoingAction::Sign})
        REQUIRE(o.documents.act(o.leader, reply->id, a).has_value());
    auto numbered = o.documents.number(o.clerk, reply->id);
    REQUIRE(numbered.has_value());

    Ui::IncomingPage page(*o.s.store, o.specialist);
    page.setQueue(u"mine"_s);
    REQUIRE(page.model()->rowCount() == 1);
    page.table()->selectRow(0);
    Ui::HandlingDialog *progress = page.recordProgress();
    REQUIRE(progress != nullptr);
    child<QPlainTextEdit>(*progress, u"noteEdit"_s)->setPlainText(u"Đã tổng hợp số liệu của các tổ dân phố"_s);
    progress->accept();
    REQUIRE(progress->result().has_value());
    CHECK(progress->result()->progress.size() == 1);

    page.table()->selectRow(0);
    Ui::HandlingDialog *finish = page.finishCurrent();
    REQUIRE(finish != nullptr);
    REQUIRE(finish->selectReply(numbered->id));
    finish->accept();
    REQUIRE(finish->result().has_value());
    CHECK(finish->result()->state == IncomingState::Finished);
    CHECK(finish->result()->replySymbol == numbered->numberSymbol());
}

TEST_CASE("The register print dialog saves the register chosen, and says why it cannot", "[ui][documents][print]")
{
    Office o;
    o.registerOne(u"9"_s, u"Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc"_s);
    Ui::RegisterPrintDialog dialog(*o.s.store, Ui::RegisterKind::FollowUp);
    CHECK(dialog.kind() == Ui::RegisterKind::FollowUp);
    CHECK_FALSE(child<QComboBox>(dialog, u"seriesCombo"_s)->isEnabled());
    const QString pdf = QDir(o.s.dir.path()).filePath(u"theo-doi.pdf"_s);
    REQUIRE(dialog.saveTo(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    RegisterRange wrong;
    wrong.year = 1990;
    dialog.setRange(wrong);
    CHECK(dialog.range().year == 2000); // the year box starts at 2000, as the core's registers do
    dialog.setKind(Ui::RegisterKind::Outgoing);
    CHECK(child<QComboBox>(dialog, u"seriesCombo"_s)->isEnabled());
}

TEST_CASE("F3 registers an incoming document from any page", "[ui][documents]")
{
    Office o;
    Ui::MainWindow window(*o.s.store, o.clerk, o.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(Ui::MainWindow::Page::Dossiers);
    QTest::keyClick(&window, Qt::Key_F3);
    Ui::IncomingDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = window.findChild<Ui::IncomingDialog *>(u"incomingDialog"_s);
        return dialog && dialog->isVisible();
    }));
    CHECK(window.incomingPage()->isVisible());
    dialog->reject();
    // A leader does not register: the action is off.
    Ui::MainWindow leaders(*o.s.store, o.leader, o.settings);
    CHECK_FALSE(child<QAction>(leaders, u"registerIncomingAction"_s)->isEnabled());
    CHECK(child<QAction>(leaders, u"draftOutgoingAction"_s)->isEnabled());
}
