#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/domain/ids.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/shell/errortext.h"
#include "ui/shell/logindialog.h"

using namespace Qt::StringLiterals;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;

namespace
{

qint64 dossierCount(UiStore &s)
{
    auto n = MotCua::DossierService(*s.store).count(s.session, {});
    REQUIRE(n.has_value());
    return *n;
}

} // namespace

TEST_CASE("ReceiveDialog receives a dossier with the keyboard only", "[ui][receive]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::CatalogService catalog(*s.store);
    MotCua::Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *search = child<QLineEdit>(dialog, u"procedureSearch"_s);
    auto *list = child<QListWidget>(dialog, u"procedureList"_s);
    REQUIRE(search->hasFocus());
    MotCua::Test::typeText(search, u"dang ky khai sinh"_s); // no diacritics
    REQUIRE(list->count() > 0);
    REQUIRE(list->currentRow() == 0);
    CHECK(dialog.selectedProcedureCode() == u"1.001193");
    CHECK(list->currentItem()->text().contains(u"Thủ tục đăng ký khai sinh"_s));
    CHECK(child<QLabel>(dialog, u"procedureInfo"_s)->text().contains(u"Hộ tịch"_s));

    // Down arrow moves into the list, Enter moves on to the applicant.
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    auto *name = child<QLineEdit>(dialog, u"applicantName"_s);
    CHECK(name->hasFocus());
    CHECK(dialog.isVisible());

    MotCua::Test::typeText(name, u"Nguyễn Văn An"_s);
    auto *citizenId = child<QLineEdit>(dialog, u"citizenId"_s);
    MotCua::Test::typeText(citizenId, u"001090123456"_s);
    const QString idHint = child<QLabel>(dialog, u"citizenIdMessage"_s)->text();
    CHECK(idHint.contains(u"1990"_s));
    CHECK(idHint.contains(u"Hà Nội"_s));
    MotCua::Test::typeText(child<QLineEdit>(dialog, u"phone"_s), u"0912345678"_s);
    auto *address = child<QLineEdit>(dialog, u"address"_s);
    MotCua::Test::typeText(address, u"Số 12 phố Đội Cấn, Ba Đình, Hà Nội"_s);
    CHECK(child<QComboBox>(dialog, u"channel"_s)->currentData().toString() == u"direct");

    auto *papers = child<QListWidget>(dialog, u"papersList"_s);
    REQUIRE(papers->count() > 0);
    papers->setFocus();
    papers->setCurrentRow(0);
    QTest::keyClick(papers, Qt::Key_Space); // ticks the first paper
    REQUIRE(papers->item(0)->checkState() == Qt::Checked);
    const QString firstPaper = papers->item(0)->text();

    QTest::keyClick(address, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.createdDossier().has_value());

    CHECK(dossierCount(s) == 1);
    auto page = dossiers.list(s.session, {}, {}, 10);
    REQUIRE(page.has_value());
    REQUIRE(page->rows.size() == 1);
    const MotCua::Dossier &d = page->rows.first();
    CHECK(d.procedureCode == u"1.001193");
    CHECK(d.applicantName == u"Nguyễn Văn An");
    CHECK(d.citizenId == u"001090123456");
    CHECK(d.papers == QStringList{firstPaper});
    CHECK(QRegularExpression(u"^00004\\.[0-9A-Z]{5}-\\d{6}-0001$"_s).match(d.code).hasMatch());
    CHECK(dialog.createdDossier()->code == d.code);
    CHECK(dialog.createdDossier()->dueAt.isValid());
}

TEST_CASE("ReceiveDialog keeps an invalid citizen ID open and unsaved", "[ui][receive]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::CatalogService catalog(*s.store);
    MotCua::Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    MotCua::Test::typeText(child<QLineEdit>(dialog, u"procedureSearch"_s), u"khai sinh"_s);
    REQUIRE(!dialog.selectedProcedureCode().isEmpty());
    auto *name = child<QLineEdit>(dialog, u"applicantName"_s);
    MotCua::Test::typeText(name, u"Lê Thị Hoa"_s);
    auto *citizenId = child<QLineEdit>(dialog, u"citizenId"_s);
    MotCua::Test::typeText(citizenId, u"12345"_s);
    auto *message = child<QLabel>(dialog, u"citizenIdMessage"_s);
    // The typed hint, from validateCitizenId (English source strings: the tests load no translation).
    CHECK(message->text().contains(u"12 digits"_s));
    CHECK(message->property("messageLevel").toInt() == int(MotCua::Ui::MessageLevel::Error));

    QTest::keyClick(citizenId, Qt::Key_Return);
    QTest::qWait(50);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(!dialog.createdDossier().has_value());
    CHECK(dossierCount(s) == 0);
    CHECK(message->isVisibleTo(&dialog));
    CHECK(message->text().contains(u"12 digits"_s));
    CHECK(citizenId->hasFocus());
    // Nothing typed was lost.
    CHECK(name->text() == u"Lê Thị Hoa");
    CHECK(citizenId->text() == u"12345");

    // Fixing the number and pressing Enter again saves, once the question about the papers is answered.
    citizenId->clear();
    MotCua::Test::typeText(citizenId, u"079301000123"_s);
    CHECK(message->property("messageLevel").toInt() == int(MotCua::Ui::MessageLevel::Success));
    QTest::keyClick(citizenId, Qt::Key_Return);
    QMessageBox *box = nullptr;
    REQUIRE(waitUntil([&] { return (box = dialog.findChild<QMessageBox *>(u"noPapersBox"_s)) != nullptr; }));
    QTest::mouseClick(child<QPushButton>(*box, u"yesButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
    CHECK(dossierCount(s) == 1);
}

TEST_CASE("ReceiveDialog shows a 9-digit CMND as a warning and an empty name as an error", "[ui][receive]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::CatalogService catalog(*s.store);
    MotCua::Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    MotCua::Test::typeText(child<QLineEdit>(dialog, u"procedureSearch"_s), u"khai sinh"_s);
    auto *citizenId = child<QLineEdit>(dialog, u"citizenId"_s);
    MotCua::Test::typeText(citizenId, u"123456789"_s);
    CHECK(child<QLabel>(dialog, u"citizenIdMessage"_s)->property("messageLevel").toInt() ==
          int(MotCua::Ui::MessageLevel::Warning));

    QTest::keyClick(citizenId, Qt::Key_Return); // no name: the core refuses, the message sits under the name
    QTest::qWait(50);
    CHECK(dialog.isVisible());
    auto *nameMessage = child<QLabel>(dialog, u"applicantNameMessage"_s);
    CHECK(nameMessage->isVisibleTo(&dialog));
    CHECK(!nameMessage->text().isEmpty());
    CHECK(child<QLineEdit>(dialog, u"applicantName"_s)->hasFocus());
    CHECK(dossierCount(s) == 0);
}

TEST_CASE("ReceiveDialog chooses no procedure for the clerk: Enter alone saves nothing", "[ui][receive]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::CatalogService catalog(*s.store);
    MotCua::Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *list = child<QListWidget>(dialog, u"procedureList"_s);
    REQUIRE(list->count() > 100);    // the whole catalog is listed...
    CHECK(list->currentRow() == -1); // ...and none of it chosen
    CHECK(dialog.selectedProcedureCode().isEmpty());
    CHECK(child<QListWidget>(dialog, u"papersList"_s)->count() == 0);
    CHECK(child<QLabel>(dialog, u"dueInfo"_s)->text().contains(u"Choose a procedure"_s));

    auto *name = child<QLineEdit>(dialog, u"applicantName"_s);
    MotCua::Test::typeText(name, u"Nguyễn Văn An"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTest::qWait(50);
    CHECK(dialog.isVisible());
    CHECK(dossierCount(s) == 0);
    CHECK(child<QLabel>(dialog, u"procedureMessage"_s)->isVisibleTo(&dialog));
    CHECK(child<QLineEdit>(dialog, u"procedureSearch"_s)->hasFocus());

    // Typing picks: the first match, its papers and its appointment.
    MotCua::Test::typeText(child<QLineEdit>(dialog, u"procedureSearch"_s), u"dang ky khai sinh"_s);
    CHECK(dialog.selectedProcedureCode() == u"1.001193");
    // Clearing the search keeps that choice.
    child<QLineEdit>(dialog, u"procedureSearch"_s)->clear();
    CHECK(dialog.selectedProcedureCode() == u"1.001193");
}

TEST_CASE("ReceiveDialog shows the appointment before saving and asks when no paper is ticked", "[ui][receive]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::CatalogService catalog(*s.store);
    MotCua::Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    MotCua::Test::typeText(child<QLineEdit>(dialog, u"procedureSearch"_s), u"dang ky khai sinh"_s);
    REQUIRE(dialog.selectedProcedureCode() == u"1.001193");

    // The core's appointment for now is in the form before anything is saved.
    auto due = dossiers.appointmentFor(u"1.001193"_s);
    REQUIRE(due.has_value());
    const QDateTime local = MotCua::Time::toVietnam(due->dueAt);
    const QString shown = child<QLabel>(dialog, u"dueInfo"_s)->text();
    CHECK(shown.contains(local.toString(u"dd/MM/yyyy"_s)));
    CHECK(shown.contains(local.toString(u"HH:mm"_s)));
    CHECK(dossierCount(s) == 0);

    auto *name = child<QLineEdit>(dialog, u"applicantName"_s);
    MotCua::Test::typeText(name, u"Trần Thị Lan"_s);
    auto *papers = child<QListWidget>(dialog, u"papersList"_s);
    REQUIRE(papers->count() > 0);

    // Nothing ticked: asked first; going back saves nothing and leaves the form as it was.
    QTest::keyClick(name, Qt::Key_Return);
    QMessageBox *box = nullptr;
    REQUIRE(waitUntil([&] { return (box = dialog.findChild<QMessageBox *>(u"noPapersBox"_s)) != nullptr; }));
    CHECK(box->text().contains(u"No paper was ticked"_s));
    CHECK(box->defaultButton() == child<QPushButton>(*box, u"noButton"_s));
    QTest::mouseClick(child<QPushButton>(*box, u"noButton"_s), Qt::LeftButton);
    QTest::qWait(50);
    CHECK(dialog.isVisible());
    CHECK(dossierCount(s) == 0);
    CHECK(name->text() == u"Trần Thị Lan");

    // Saving anyway: the dossier's due date is the one that was shown.
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return (box = dialog.findChild<QMessageBox *>(u"noPapersBox"_s)) != nullptr; }));
    QTest::mouseClick(child<QPushButton>(*box, u"yesButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
    REQUIRE(dialog.createdDossier().has_value());
    CHECK(dialog.createdDossier()->papers.isEmpty());
    CHECK(MotCua::Time::toVietnam(dialog.createdDossier()->dueAt).date() == local.date());
    CHECK(dossierCount(s) == 1);
}

TEST_CASE("DossierTableModel pages through the dossiers, newest first", "[ui][model]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    constexpr int kTotal = 450;
    const QStringList kFamily{u"Nguyễn Văn"_s, u"Trần Thị"_s, u"Lê Minh"_s, u"Phạm Thu"_s, u"Hoàng Đức"_s};
    const QStringList kGiven{u"An"_s, u"Bình"_s, u"Cường"_s, u"Dung"_s, u"Hà"_s, u"Long"_s};
    QStringList codes; // in reception order
    for (int i = 0; i < kTotal; ++i) {
        MotCua::ReceiveRequest request;
        request.procedureCode = u"1.001193"_s;
        request.applicantName = kFamily[i % 5] + u' ' + kGiven[(i / 5) % 6];
        auto d = dossiers.receive(s.session, request);
        REQUIRE(d.has_value());
        codes.append(d->code);
    }

    using Model = MotCua::Ui::DossierTableModel;
    Model model(dossiers, s.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.reload();
    CHECK(model.rowCount() == Model::kPageSize);
    CHECK(model.columnCount() == Model::ColumnCount);
    REQUIRE(model.canFetchMore({}));

    model.fetchMore({});
    CHECK(model.rowCount() == 2 * Model::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == kTotal);
    CHECK(!model.canFetchMore({}));
    model.fetchMore({}); // at the end: nothing happens
    CHECK(model.rowCount() == kTotal);
    REQUIRE(inserted.size() == 2);
    CHECK(inserted.at(0).at(1).toInt() == 200);
    CHECK(inserted.at(0).at(2).toInt() == 399);
    CHECK(inserted.at(1).at(1).toInt() == 400);
    CHECK(inserted.at(1).at(2).toInt() == 449);

    // Newest first, every dossier exactly once. (Within one millisecond the core's order falls back to the random
    // part of the UUIDv7 id, so the exact reception order of a burst is not asserted.)
    QSet<QString> seen;
    for (int r = 0; r < kTotal; ++r) {
        const MotCua::Dossier *d = model.itemAt(model.index(r, Model::Code));
        REQUIRE(d != nullptr);
        seen.insert(d->code);
        if (r > 0)
            REQUIRE(model.itemAt(model.index(r - 1, 0))->receivedAt >= d->receivedAt);
    }
    CHECK(seen == QSet<QString>(codes.cbegin(), codes.cend()));
    CHECK(model.itemAt(model.index(kTotal - 1, 0))->receivedAt <= model.itemAt(model.index(0, 0))->receivedAt);
    CHECK(model.data(model.index(0, Model::Procedure)).toString() == u"Thủ tục đăng ký khai sinh");
    CHECK(model.data(model.index(0, Model::Received))
              .toString()
              .contains(QRegularExpression(u"^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"_s)));
    CHECK(model.data(model.index(0, Model::Due)).toString().contains(QRegularExpression(u"^\\d{2}/\\d{2}/\\d{4}$"_s)));
    CHECK(model.data(model.index(0, Model::State)).toString() == u"Received");
    CHECK(model.headerData(Model::Applicant, Qt::Horizontal).toString() == u"Applicant");
    CHECK(model.itemAt({}) == nullptr);

    QTest::qWait(5); // a later millisecond than the burst above
    MotCua::ReceiveRequest request;
    request.procedureCode = u"1.001193"_s;
    request.applicantName = u"Phạm Minh Khôi"_s;
    auto newest = dossiers.receive(s.session, request);
    REQUIRE(newest.has_value());
    model.reload();
    CHECK(model.rowCount() == Model::kPageSize);
    CHECK(model.itemAt(model.index(0, 0))->code == newest->code);
    CHECK(model.data(model.index(0, Model::Applicant)).toString() == u"Phạm Minh Khôi");

    // The filter goes to the core (diacritic-insensitive) and pages the same way.
    model.setFilterText(u"pham minh khoi"_s);
    CHECK(model.rowCount() == 1);
    CHECK(!model.canFetchMore({}));
    model.setFilterText({});
    CHECK(model.rowCount() == Model::kPageSize);
}

TEST_CASE("LoginDialog refuses a wrong password with a clear message", "[ui][login]")
{
    UiStore s;
    MotCua::Ui::LoginDialog dialog(*s.store, u"admin"_s);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *password = child<QLineEdit>(dialog, u"password"_s);
    REQUIRE(password->hasFocus());
    MotCua::Test::typeText(password, u"wrong password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QTest::qWait(50);
    CHECK(dialog.isVisible());
    CHECK(!dialog.session().has_value());
    CHECK(child<QLabel>(dialog, u"formMessage"_s)->text().contains(u"Wrong user name or password"_s));

    password->clear();
    MotCua::Test::typeText(password, QString::fromLatin1(MotCua::Test::kPassword));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->username == u"admin");
}
