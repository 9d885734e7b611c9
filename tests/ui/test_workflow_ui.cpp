#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/numberblocks.h"
#include "tests/ui/uifixture.h"
#include "ui/dossiers/actiondialog.h"
#include "ui/dossiers/dossierdialog.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using MotCua::DossierAction;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::MainWindow;

namespace
{

// A commune office: the administrator of UiStore plus a receptionist, a specialist and a leader.
struct Office
{
    UiStore s;
    MotCua::DossierService dossiers{*s.store};
    MotCua::AuthService auth{*s.store};
    MotCua::Session receptionist = person(u"tiepnhan"_s, u"Lê Thị Thu"_s, MotCua::Role::Receptionist);
    MotCua::Session specialist = person(u"chuyenvien"_s, u"Phạm Văn Đức"_s, MotCua::Role::Specialist);
    MotCua::Session leader = person(u"lanhdao"_s, u"Hoàng Minh Tuấn"_s, MotCua::Role::Leader);
    MotCua::Ui::AppSettings settings{QDir(s.dir.path()).filePath(u"settings.ini"_s)};

    MotCua::Session person(const QString &username, const QString &fullName, MotCua::Role role)
    {
        const QString password = u"password-of-"_s + username;
        MotCua::NewUser user{username, fullName, password, {role}, u"Văn phòng"_s, false};
        REQUIRE(auth.createUser(s.session, user).has_value());
        auto session = auth.authenticate(username, password);
        REQUIRE(session.has_value());
        return *session;
    }

    MotCua::Dossier receive(const QString &citizenId, const QDateTime &at = {},
                            const QString &procedure = u"1.004335"_s)
    {
        MotCua::ReceiveRequest r;
        r.procedureCode = procedure;
        r.applicantName = u"Nguyễn Thị Hoa"_s;
        r.citizenId = citizenId;
        r.receivedAt = at;
        auto d = dossiers.receive(receptionist, r);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.has_value());
        return *d;
    }

    MotCua::Dossier act(const MotCua::Session &who, DossierAction a, const QString &code, const QString &to = {})
    {
        MotCua::DossierActionRequest r;
        r.action = a;
        r.code = code;
        r.toUser = to;
        auto d = dossiers.act(who, r);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.has_value());
        return *d;
    }

    qint64 count(const QString &queue, const MotCua::Session &who)
    {
        MotCua::DossierFilter f;
        f.queue = MotCua::workQueueFromKey(queue).value_or(MotCua::WorkQueue::All);
        auto n = dossiers.count(who, f);
        REQUIRE(n.has_value());
        return *n;
    }
};

void checkCounts(Office &o, MainWindow &window, const MotCua::Session &who)
{
    QTreeWidget *nav = window.navigation();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < nav->topLevelItemCount(); ++i)
        for (int j = 0; j < nav->topLevelItem(i)->childCount(); ++j) {
            // The dossier queues (the document queues under Incoming and Outgoing are tested with the documents).
            QTreeWidgetItem *item = nav->topLevelItem(i)->child(j);
            if (item->data(0, MainWindow::kPageRole).toInt() == int(MainWindow::Page::Dossiers))
                items.append(item);
        }
    REQUIRE(!items.isEmpty());
    for (QTreeWidgetItem *item : items) {
        const QString key = item->data(0, MainWindow::kQueueRole).toString();
        const qint64 expected = o.count(key, who);
        INFO(key.toStdString() << ": " << item->text(0).toStdString());
        CHECK(item->data(0, MainWindow::kCountRole).toLongLong() == expected);
        CHECK(item->text(0).endsWith(u" (%1)"_s.arg(expected)));
    }
}

} // namespace

TEST_CASE("The navigation shows the work queues of the person's roles with live counts", "[ui][queues]")
{
    Office o;
    const auto old = QDateTime::currentDateTimeUtc().addDays(-150); // 60 working days ago and more: overdue
    const MotCua::Dossier late = o.receive(u"001090000001"_s, old);
    const MotCua::Dossier a = o.receive(u"001090000002"_s);
    o.receive(u"001090000003"_s);

    SECTION("a receptionist sees the desk's queues, not approvals nor \"mine\"")
    {
        MainWindow window(*o.s.store, o.receptionist, o.settings);
        CHECK(window.queueItem({}) != nullptr);
        CHECK(window.queueItem(u"to_receive"_s) != nullptr);
        CHECK(window.queueItem(u"ready_to_return"_s) != nullptr);
        CHECK(window.queueItem(u"overdue"_s) != nullptr);
        CHECK(window.queueItem(u"awaiting_approval"_s) == nullptr);
        CHECK(window.queueItem(u"mine"_s) == nullptr);
        checkCounts(o, window, o.receptionist);
        CHECK(window.queueItem({})->text(0) == u"All (3)");
        CHECK(window.queueItem(u"to_receive"_s)->text(0).endsWith(u"(3)"_s));
        CHECK(window.queueItem(u"overdue"_s)->text(0).endsWith(u"(1)"_s));

        // A transfer through the services, then F5: the counts follow.
        o.act(o.receptionist, DossierAction::Transfer, a.code, u"chuyenvien"_s);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F5);
        checkCounts(o, window, o.receptionist);
        CHECK(window.queueItem(u"to_receive"_s)->text(0).endsWith(u"(2)"_s));
    }

    SECTION("a leader sees approvals and their own dossiers")
    {
        o.act(o.receptionist, DossierAction::Transfer, a.code, u"chuyenvien"_s);
        o.act(o.specialist, DossierAction::Submit, a.code, u"lanhdao"_s);
        MainWindow window(*o.s.store, o.leader, o.settings);
        REQUIRE(window.queueItem(u"awaiting_approval"_s) != nullptr);
        REQUIRE(window.queueItem(u"mine"_s) != nullptr);
        CHECK(window.queueItem(u"to_receive"_s) == nullptr);
        checkCounts(o, window, o.leader);
        CHECK(window.queueItem(u"awaiting_approval"_s)->data(0, MainWindow::kCountRole).toLongLong() == 1);
        CHECK(window.queueItem(u"mine"_s)->data(0, MainWindow::kCountRole).toLongLong() == 1);
    }

    SECTION("selecting a queue filters the same paged model")
    {
        MainWindow window(*o.s.store, o.receptionist, o.settings);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        MotCua::Ui::DossierTableModel *model = window.dossiersPage()->model();
        CHECK(model->rowCount() == 3);
        QTreeWidget *nav = window.navigation();
        QTreeWidgetItem *overdue = window.queueItem(u"overdue"_s);
        nav->scrollToItem(overdue);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(overdue).center());
        REQUIRE(nav->currentItem() == overdue);
        CHECK(model->filter().queue == MotCua::WorkQueue::Overdue);
        REQUIRE(model->rowCount() == 1);
        const QModelIndex state = model->index(0, MotCua::Ui::DossierTableModel::State);
        CHECK(model->data(state, MotCua::Ui::DossierTableModel::CodeRole).toString() == late.code);
        // Marked by a word and an icon, not by the tint alone.
        CHECK(model->data(state, MotCua::Ui::DossierTableModel::OverdueRole).toBool());
        CHECK(model->data(state).toString().startsWith(u"Overdue"_s));
        CHECK(!model->data(state, Qt::DecorationRole).isNull());
        CHECK(model->data(state, Qt::BackgroundRole).isValid());

        window.showQueue({});
        CHECK(model->rowCount() == 3);
        int overdueRows = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            overdueRows += model->data(model->index(row, 0), MotCua::Ui::DossierTableModel::OverdueRole).toBool();
        CHECK(overdueRows == 1);
    }
}

TEST_CASE("The dossier dialog enables exactly the actions the core allows this person now", "[ui][dossier]")
{
    Office o;
    const MotCua::Dossier d = o.receive(u"001090000011"_s);
    o.act(o.receptionist, DossierAction::Transfer, d.code, u"chuyenvien"_s);
    o.act(o.specialist, DossierAction::Submit, d.code, u"lanhdao"_s); // up for approval, with the leader

    auto check = [&](const MotCua::Session &who) {
        MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, who, d.code);
        CHECK(dossierStateKey(dialog.dossier().state) == u"awaiting_approval");
        for (DossierAction action : MotCua::allDossierActions()) {
            QPushButton *button = dialog.actionButton(action);
            REQUIRE(button != nullptr);
            const MotCua::ActionCheck expected = MotCua::DossierService::check(dialog.dossier(), who, action);
            INFO(MotCua::dossierActionKey(action).toStdString());
            CHECK(button->isEnabled() == (expected == MotCua::ActionCheck::Allowed));
            CHECK(button->isVisibleTo(&dialog) == (expected != MotCua::ActionCheck::NotNow));
        }
        return dialog.actionButton(DossierAction::Approve)->isEnabled();
    };
    CHECK_FALSE(check(o.receptionist));
    CHECK_FALSE(check(o.specialist));
    CHECK(check(o.leader));
    CHECK(check(o.s.session)); // the administrator stands in at every desk

    // The specialist who submitted it sees what they could do, but the leader holds it now.
    {
        MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.specialist, d.code);
        for (DossierAction action :
             {DossierAction::RequestSupplement, DossierAction::Reject, DossierAction::Transfer}) {
            QPushButton *button = dialog.actionButton(action);
            INFO(MotCua::dossierActionKey(action).toStdString());
            CHECK(button->isVisibleTo(&dialog));
            CHECK_FALSE(button->isEnabled());
            CHECK(button->toolTip().contains(u"not with you"_s));
        }
        CHECK(dialog.startAction(DossierAction::RequestSupplement) == nullptr);
    }

    MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.receptionist, d.code);
    CHECK_FALSE(dialog.actionButton(DossierAction::Approve)->isEnabled());
    CHECK_FALSE(dialog.actionButton(DossierAction::Transfer)->isEnabled());
    CHECK_FALSE(dialog.actionButton(DossierAction::Return)->isVisibleTo(&dialog));
    CHECK(dialog.startAction(DossierAction::Approve) == nullptr);
    // Details and history are shown.
    CHECK(child<QLabel>(dialog, u"value_code"_s)->text().contains(d.code));
    CHECK(child<QLabel>(dialog, u"value_holder"_s)->text().contains(u"Hoàng Minh Tuấn"_s));
    CHECK(child<QLabel>(dialog, u"value_state"_s)->text().contains(u"portal status 4"_s));
    auto *history = child<QTreeWidget>(dialog, u"historyList"_s);
    REQUIRE(history->topLevelItemCount() == 3);
    CHECK(history->topLevelItem(2)->text(1) == u"Phạm Văn Đức");
    CHECK(history->topLevelItem(2)->text(2) == u"Submitted to Hoàng Minh Tuấn for approval");
    CHECK(child<QTableWidget>(dialog, u"controlSheet"_s)->rowCount() == 3);
}

TEST_CASE("A dossier received offline shows its provisional code, then the official one beside it, and the history "
          "says when it came",
          "[ui][dossier][sync]")
{
    Office o;
    const MotCua::Dossier d = o.receive(u"001090000013"_s);
    REQUIRE(d.codeProvisional);
    {
        MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.receptionist, d.code);
        CHECK(child<QLabel>(dialog, u"value_code"_s)->text() == d.code + u" (provisional)"_s);
    }
    // At sync the province's block gives it an official code (the event SyncService records).
    const QString official = MotCua::NumberBlocks::format(u"H15.50.05.13"_s, u"2026-12-02"_s, 7);
    auto assigned = o.s.store->commit({{u"dossier"_s, d.id, MotCua::EventType::DossierCodeAssigned,
                                        QJsonObject{{u"code"_s, official}, {u"provisional_code"_s, d.code}}}},
                                      o.s.session.userId);
    REQUIRE(assigned.has_value());
    // Found by either code; the receipt's code is shown beside the official one.
    MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.receptionist, d.code);
    CHECK(child<QLabel>(dialog, u"value_code"_s)->text() ==
          official + u" (on the receipt: "_s + d.code + u", provisional)"_s);
    auto *history = child<QTreeWidget>(dialog, u"historyList"_s);
    REQUIRE(history->topLevelItemCount() == 2);
    QTreeWidgetItem *given = history->topLevelItem(1);
    CHECK(given->text(2) ==
          u"Official code "_s + official + u" from the province, for the provisional code "_s + d.code);
    CHECK_FALSE(given->text(0).isEmpty()); // when it was recorded: the event has no time of its own
}

TEST_CASE("Submit, approve and return through the dialogs, and a returned dossier is held by nobody",
          "[ui][dossier][approval]")
{
    Office o;
    const MotCua::Dossier d = o.receive(u"001090000012"_s);
    o.act(o.receptionist, DossierAction::Transfer, d.code, u"chuyenvien"_s);

    // The specialist submits it to the leader from the dossier dialog, choosing among the leaders only.
    {
        MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.specialist, d.code);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(child<QLabel>(dialog, u"value_holder"_s)->text().contains(u"Phạm Văn Đức"_s));
        MotCua::Ui::ActionDialog *form = dialog.startAction(DossierAction::Submit);
        REQUIRE(form != nullptr);
        auto *toUser = child<QComboBox>(*form, u"toUser"_s);
        CHECK(toUser->currentData().toString().isEmpty()); // nobody chosen
        CHECK(toUser->findData(u"chuyenvien"_s) < 0);
        CHECK(toUser->findData(u"tiepnhan"_s) < 0);
        const int leader = toUser->findData(u"lanhdao"_s);
        REQUIRE(leader > 0);
        CHECK_FALSE(child<QLineEdit>(*form, u"toDepartment"_s)->isVisibleTo(form));
        QPushButton *ok = child<QDialogButtonBox>(*form, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(form->isVisible()); // no leader chosen: refused next to the field
        CHECK(child<QLabel>(*form, u"toMessage"_s)->isVisible());
        toUser->setCurrentIndex(leader);
        QTest::mouseClick(ok, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.findChild<MotCua::Ui::ActionDialog *>(); }));
        CHECK(dossierStateKey(dialog.dossier().state) == u"awaiting_approval");
        CHECK(child<QLabel>(dialog, u"value_holder"_s)->text().contains(u"Hoàng Minh Tuấn"_s));
        CHECK_FALSE(dialog.actionButton(DossierAction::Finish)->isVisibleTo(&dialog));
        CHECK_FALSE(dialog.actionButton(DossierAction::Reject)->isEnabled());
    }
    // The leader approves: back with the specialist, who finishes it; the desk returns it.
    {
        MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.leader, d.code);
        MotCua::Ui::ActionDialog *form = dialog.startAction(DossierAction::Approve);
        REQUIRE(form != nullptr);
        QTest::mouseClick(child<QDialogButtonBox>(*form, u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.findChild<MotCua::Ui::ActionDialog *>(); }));
        CHECK(dossierStateKey(dialog.dossier().state) == u"approved");
        CHECK(child<QLabel>(dialog, u"value_holder"_s)->text().contains(u"Phạm Văn Đức"_s));
    }
    o.act(o.specialist, DossierAction::Finish, d.code);
    o.act(o.receptionist, DossierAction::Return, d.code);
    MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.receptionist, d.code);
    CHECK(dossierStateKey(dialog.dossier().state) == u"returned");
    CHECK(dialog.findChild<QLabel *>(u"value_holder"_s) == nullptr);
    CHECK(dialog.findChild<QLabel *>(u"value_returned"_s) != nullptr);
    CHECK_FALSE(child<QGroupBox>(dialog, u"actionsGroup"_s)->isVisibleTo(&dialog));
}

TEST_CASE("Transferring through the dossier dialog updates the dossier, the list and the queue counts", "[ui][dossier]")
{
    Office o;
    const MotCua::Dossier d = o.receive(u"001090000021"_s);
    MainWindow window(*o.s.store, o.receptionist, o.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.queueItem(u"to_receive"_s)->data(0, MainWindow::kCountRole).toLongLong() == 1);

    // Enter on the row opens the dossier.
    QTableView *table = window.dossiersPage()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    MotCua::Ui::DossierDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = window.findChild<MotCua::Ui::DossierDialog *>()) != nullptr; }));
    REQUIRE(dialog->dossier().code == d.code);

    QPushButton *transfer = dialog->actionButton(DossierAction::Transfer);
    REQUIRE(transfer->isEnabled());
    QTest::mouseClick(transfer, Qt::LeftButton);
    MotCua::Ui::ActionDialog *form = nullptr;
    REQUIRE(waitUntil([&] { return (form = dialog->findChild<MotCua::Ui::ActionDialog *>()) != nullptr; }));
    REQUIRE(waitUntil([&] { return form->isVisible(); }));
    QPushButton *ok = child<QDialogButtonBox>(*form, u"buttonBox"_s)->button(QDialogButtonBox::Ok);

    // Nobody chosen and no department: the core refuses, the form stays open with the message next to the field.
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(form->isVisible());
    auto *toMessage = child<QLabel>(*form, u"toMessage"_s);
    CHECK(toMessage->isVisible());
    CHECK(toMessage->text().contains(u"Choose a person"_s));

    auto *toUser = child<QComboBox>(*form, u"toUser"_s);
    const int index = toUser->findData(u"chuyenvien"_s);
    REQUIRE(index > 0);
    toUser->setFocus();
    toUser->setCurrentIndex(index);
    CHECK(child<QLineEdit>(*form, u"toDepartment"_s)->text() == u"Văn phòng"); // from the person chosen
    auto *days = child<QSpinBox>(*form, u"stepDays"_s);
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"3"_s);
    CHECK(days->value() == 3);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !dialog->findChild<MotCua::Ui::ActionDialog *>(); }));

    CHECK(dossierStateKey(dialog->dossier().state) == u"in_processing");
    auto stored = o.dossiers.findByCode(o.receptionist, d.code);
    REQUIRE(stored.has_value());
    CHECK(dossierStateKey(stored->state) == u"in_processing");
    CHECK(stored->assigneeName == u"Phạm Văn Đức");
    auto *history = child<QTreeWidget>(*dialog, u"historyList"_s);
    REQUIRE(history->topLevelItemCount() == 2);
    CHECK(history->topLevelItem(1)->text(2).startsWith(u"Handed over to Phạm Văn Đức"_s));
    CHECK(child<QLabel>(*dialog, u"statusMessage"_s)->text().contains(u"In processing"_s));
    // The list and the counts followed.
    CHECK(window.queueItem(u"to_receive"_s)->data(0, MainWindow::kCountRole).toLongLong() == 0);
    CHECK(window.dossiersPage()->model()->data(window.dossiersPage()->model()->index(0, 0),
                                               MotCua::Ui::DossierTableModel::StateKeyRole) == u"in_processing"_s);
    // Refusing is no longer possible; rejecting needs a reason, given next to the field.
    CHECK_FALSE(dialog->actionButton(DossierAction::Refuse)->isVisibleTo(dialog));
    dialog->close();
}

TEST_CASE("Action forms show the core's refusal next to the field and keep what was typed", "[ui][dossier]")
{
    Office o;
    const MotCua::Dossier d = o.receive(u"001090000031"_s);
    o.act(o.receptionist, DossierAction::Transfer, d.code, u"chuyenvien"_s);

    MotCua::Ui::DossierDialog dialog(o.dossiers, o.auth, o.specialist, d.code);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    SECTION("reject needs a reason")
    {
        MotCua::Ui::ActionDialog *form = dialog.startAction(DossierAction::Reject);
        REQUIRE(form != nullptr);
        QPushButton *ok = child<QDialogButtonBox>(*form, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(form->isVisible());
        CHECK(child<QLabel>(*form, u"reasonMessage"_s)->isVisible());
        auto *reason = child<QPlainTextEdit>(*form, u"reason"_s);
        CHECK(form->focusWidget() == reason);
        MotCua::Test::typeText(reason, u"Không đủ điều kiện"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.findChild<MotCua::Ui::ActionDialog *>(); }));
        CHECK(dossierStateKey(dialog.dossier().state) == u"rejected");
        CHECK(child<QLabel>(dialog, u"value_outcome_reason"_s)->text() == u"Không đủ điều kiện");
    }

    SECTION("a supplement request lists the missing papers; a second one is warned about")
    {
        MotCua::Ui::ActionDialog *form = dialog.startAction(DossierAction::RequestSupplement);
        REQUIRE(form != nullptr);
        CHECK_FALSE(child<QLabel>(*form, u"repeatWarning"_s)->isVisible());
        QPushButton *ok = child<QDialogButtonBox>(*form, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        CHECK(child<QLabel>(*form, u"itemsMessage"_s)->isVisible());
        // The procedure's papers are offered to tick, none ticked; anything else is typed below them.
        auto papers = o.dossiers.procedurePapers(d.procedureCode);
        REQUIRE(papers.has_value());
        REQUIRE(papers->size() >= 2);
        auto *list = child<QListWidget>(*form, u"itemsList"_s);
        REQUIRE(list->count() == papers->size());
        for (int i = 0; i < list->count(); ++i) {
            CHECK(list->item(i)->text() == papers->at(i));
            CHECK(list->item(i)->checkState() == Qt::Unchecked);
        }
        CHECK(form->focusWidget() == list);
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Space); // ticks the second paper
        REQUIRE(list->item(1)->checkState() == Qt::Checked);
        auto *newItem = child<QLineEdit>(*form, u"newItem"_s);
        MotCua::Test::typeText(newItem, u"Bản sao giấy chứng sinh"_s);
        QTest::keyClick(newItem, Qt::Key_Return); // adds; does not submit
        CHECK(form->isVisible());
        MotCua::Test::typeText(newItem, u"Văn bản ủy quyền"_s);
        QTest::mouseClick(child<QPushButton>(*form, u"addItemButton"_s), Qt::LeftButton);
        REQUIRE(list->count() == papers->size() + 2);
        CHECK(list->item(list->count() - 1)->checkState() == Qt::Checked);
        QTest::mouseClick(ok, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.findChild<MotCua::Ui::ActionDialog *>(); }));
        CHECK(dossierStateKey(dialog.dossier().state) == u"supplement_requested");
        CHECK(dialog.dossier().supplementCount == 1);
        const QStringList asked{papers->at(1), u"Bản sao giấy chứng sinh"_s, u"Văn bản ủy quyền"_s};
        auto history = o.dossiers.history(o.specialist, d.code);
        REQUIRE(history.has_value());
        CHECK(MotCua::DossierService::supplementRounds(*history).constLast().items == asked);
        // The dossier shows what was asked for, not only how many times.
        QString shown = child<QLabel>(dialog, u"value_supplements"_s)->text();
        for (const QString &item : asked)
            CHECK(shown.contains(item));
        CHECK(shown.contains(u"waiting for the citizen"_s));

        // Back at the desk, the receptionist ticks off what the citizen brought.
        MotCua::Ui::DossierDialog desk(o.dossiers, o.auth, o.receptionist, d.code);
        desk.show();
        REQUIRE(QTest::qWaitForWindowExposed(&desk));
        MotCua::Ui::ActionDialog *back = desk.startAction(DossierAction::SupplementReceived);
        REQUIRE(back != nullptr);
        auto *brought = child<QListWidget>(*back, u"itemsList"_s);
        REQUIRE(brought->count() == 3);
        CHECK_FALSE(child<QLineEdit>(*back, u"newItem"_s)->isVisibleTo(back));
        for (int i = 0; i < 3; ++i) {
            CHECK(brought->item(i)->text() == asked.at(i));
            CHECK(brought->item(i)->checkState() == Qt::Unchecked);
        }
        brought->item(0)->setCheckState(Qt::Checked);
        brought->item(1)->setCheckState(Qt::Checked);
        QPushButton *record = child<QDialogButtonBox>(*back, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        // One item missing: asked first; "Go back" records nothing.
        QTest::mouseClick(record, Qt::LeftButton);
        QMessageBox *box = nullptr;
        REQUIRE(waitUntil([&] { return (box = back->findChild<QMessageBox *>(u"notAllBroughtBox"_s)) != nullptr; }));
        CHECK(box->text().contains(u"Văn bản ủy quyền"_s));
        QTest::mouseClick(child<QPushButton>(*box, u"noButton"_s), Qt::LeftButton);
        QTest::qWait(20);
        REQUIRE(desk.findChild<MotCua::Ui::ActionDialog *>() == back);
        CHECK(dossierStateKey(o.dossiers.findByCode(o.receptionist, d.code)->state) == u"supplement_requested");
        QTest::mouseClick(record, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return (box = back->findChild<QMessageBox *>(u"notAllBroughtBox"_s)) != nullptr; }));
        QTest::mouseClick(child<QPushButton>(*box, u"yesButton"_s), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !desk.findChild<MotCua::Ui::ActionDialog *>(); }));
        CHECK(dossierStateKey(desk.dossier().state) == u"in_processing");
        shown = child<QLabel>(desk, u"value_supplements"_s)->text();
        // What came back and what did not, each listed.
        REQUIRE(shown.contains(u"not brought:"_s));
        const QString notBrought = shown.mid(shown.indexOf(u"not brought:"_s));
        CHECK(notBrought.contains(u"<li>Văn bản ủy quyền</li>"_s));
        CHECK_FALSE(notBrought.contains(u"<li>Bản sao giấy chứng sinh</li>"_s));
        CHECK(shown.contains(u"brought:"_s));
        auto *deskHistory = child<QTreeWidget>(desk, u"historyList"_s);
        CHECK(deskHistory->topLevelItem(deskHistory->topLevelItemCount() - 1)
                  ->text(2)
                  .contains(u"Brought: %1; Bản sao giấy chứng sinh"_s.arg(papers->at(1))));
        desk.close();
        dialog.refresh();
        form = dialog.startAction(DossierAction::RequestSupplement);
        REQUIRE(form != nullptr);
        auto *warning = child<QLabel>(*form, u"repeatWarning"_s);
        CHECK(warning->isVisible());
        CHECK(warning->text().contains(u"late"_s));
        form->reject();
    }

    SECTION("an apology proposes the original due date plus five days")
    {
        MotCua::Ui::ActionDialog *form = dialog.startAction(DossierAction::Apologize);
        REQUIRE(form != nullptr);
        auto *date = child<QDateEdit>(*form, u"newDueDate"_s);
        const QDate proposed = MotCua::Time::toVietnam(d.dueAt).date().addDays(5);
        CHECK(date->date() == proposed);
        MotCua::Test::typeText(child<QPlainTextEdit>(*form, u"reason"_s), u"Chờ kết quả xác minh"_s);
        QTest::mouseClick(child<QDialogButtonBox>(*form, u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.findChild<MotCua::Ui::ActionDialog *>(); }));
        CHECK(MotCua::Time::toVietnam(dialog.dossier().newDueAt).date() == proposed);
        CHECK(child<QLabel>(dialog, u"value_due"_s)->text().contains(u"new appointment"_s));
    }
}

TEST_CASE("Reception warns about an open dossier of the same citizen and can refuse the new one as a duplicate",
          "[ui][receive][duplicate]")
{
    Office o;
    const MotCua::Dossier first = o.receive(u"001090123456"_s, {}, u"1.001193"_s);
    MotCua::CatalogService catalog(*o.s.store);
    MotCua::Ui::ReceiveDialog dialog(o.dossiers, catalog, o.receptionist);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    MotCua::Test::typeText(child<QLineEdit>(dialog, u"procedureSearch"_s), u"dang ky khai sinh"_s);
    REQUIRE(dialog.selectedProcedureCode() == u"1.001193");
    MotCua::Test::typeText(child<QLineEdit>(dialog, u"applicantName"_s), u"Nguyễn Thị Hoa"_s);
    auto *box = child<QWidget>(dialog, u"duplicateBox"_s);
    CHECK_FALSE(box->isVisible());
    MotCua::Test::typeText(child<QLineEdit>(dialog, u"citizenId"_s), u"001090123456"_s);
    // Warned as soon as the citizen ID and the procedure are known, before saving.
    REQUIRE(box->isVisible());
    CHECK(child<QLabel>(dialog, u"duplicateMessage"_s)->text().contains(first.code));
    REQUIRE(dialog.duplicateOf().has_value());

    SECTION("refuse as duplicate")
    {
        QTest::mouseClick(child<QPushButton>(dialog, u"refuseDuplicateButton"_s), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
        REQUIRE(dialog.createdDossier().has_value());
        CHECK(dossierStateKey(dialog.createdDossier()->state) == u"refused");
        CHECK(dialog.createdDossier()->duplicateOf == first.code);
        CHECK(dialog.createdDossier()->statusCode == 3);
    }

    SECTION("receive anyway needs a reason")
    {
        auto *save = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(dialog.isVisible());
        auto *reasonMessage = child<QLabel>(dialog, u"duplicateReasonMessage"_s);
        CHECK(reasonMessage->isVisible());
        auto *reason = child<QLineEdit>(dialog, u"duplicateReason"_s);
        CHECK(reason->hasFocus());
        MotCua::Test::typeText(reason, u"Hồ sơ cho con thứ hai"_s);
        child<QListWidget>(dialog, u"papersList"_s)->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
        REQUIRE(dialog.createdDossier().has_value());
        CHECK(dossierStateKey(dialog.createdDossier()->state) == u"received");
        CHECK(dialog.createdDossier()->duplicateReason == u"Hồ sơ cho con thứ hai");
    }
}
