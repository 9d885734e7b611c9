// The first-run dialog's "Join an existing office" (issue 10): a bundle made on the first counter, what it holds, an
// administrator's sign-in, the join on a worker thread; then the program goes on with that store as after a setup.
#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "core/services/bundleservice.h"
#include "core/services/dossierservice.h"
#include "tests/support/manyevents.h"
#include "tests/ui/uifixture.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/dossiertablemodel.h"
#include "ui/setup/setupdialog.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"

using namespace Qt::StringLiterals;
using MotCua::Test::child;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::AppController;
using MotCua::Ui::SetupDialog;

namespace
{
const QString kAdminName = QString::fromLatin1(MotCua::Test::kAdmin);
const QString kAdminPassword = QString::fromLatin1(MotCua::Test::kPassword);

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// The first counter, with a dossier, and its bundle on the "USB stick".
struct FirstCounter
{
    UiStore a;
    QTemporaryDir usb;
    QString bundle;
    explicit FirstCounter(int manyDossiers = 0)
    {
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = u"Trịnh Văn Quang"_s;
        REQUIRE(MotCua::DossierService(*a.store).receive(a.session, r).has_value());
        if (manyDossiers > 0)
            MotCua::Test::addManyDossiers(*a.store, a.session.userId, manyDossiers);
        auto made = MotCua::BundleService(*a.store).exportTo(a.session, usb.path());
        REQUIRE(made.has_value());
        bundle = made->path;
    }
};

// The join page, with the bundle read and shown.
void chooseBundle(SetupDialog &setup, const QString &bundle)
{
    setup.setJoinMode(true);
    CHECK(child<QRadioButton>(setup, u"joinMode"_s)->isChecked());
    auto *edit = child<QLineEdit>(setup, u"joinBundle"_s);
    edit->setText(bundle);
    setup.inspectBundle();
    REQUIRE(waitUntil([&] { return !setup.isJoining(); }, std::chrono::seconds(30)));
    REQUIRE(waitUntil([&] { return child<QLabel>(setup, u"joinPreview"_s)->isVisibleTo(&setup); }));
}

QPushButton *okButton(SetupDialog &setup)
{
    return child<QDialogButtonBox>(setup, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

bool fillLogin(QDialog &dialog, const QString &user, const QString &password)
{
    if (dialog.objectName() != u"loginDialog")
        return false;
    dialog.findChild<QLineEdit *>(u"username"_s)->setText(user);
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
    dialog.accept();
    return true;
}
} // namespace

TEST_CASE("First run: join an existing office from a bundle, after a wrong password that leaves nothing behind",
          "[ui][join]")
{
    FirstCounter first;
    QTemporaryDir home;
    const QString dataDir = QDir(home.path()).filePath(u"data"_s);
    QDir().mkpath(dataDir);
    MotCua::Ui::AppSettings settings(QDir(dataDir).filePath(u"settings.ini"_s));
    AppController c(dataDir, settings);
    QStringList seen;
    QStringList before;
    c.setDialogRunner([&](QDialog &dialog) -> int {
        seen.append(dialog.objectName());
        if (fillLogin(dialog, kAdminName, kAdminPassword))
            return dialog.result();
        auto *setup = qobject_cast<SetupDialog *>(&dialog);
        if (!setup)
            return QDialog::Rejected;
        setup->show();
        before = entries(dataDir);
        REQUIRE(before.contains(u"motcua.db"_s)); // the empty store the program opened for this dialog
        chooseBundle(*setup, first.bundle);
        const QString preview = child<QLabel>(*setup, u"joinPreview"_s)->text();
        CHECK(preview.contains(first.a.store->communeName().toHtmlEscaped()));
        CHECK(preview.contains(u"counter "_s + first.a.store->deviceTag()));
        CHECK(preview.contains(QLocale().toString(*first.a.store->log().count())));
        CHECK(okButton(*setup)->text() == u"&Join the office");
        CHECK_FALSE(okButton(*setup)->isEnabled()); // not before the sign-in is typed

        // A wrong password: said so, and the data folder holds what it held.
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"joinUsername"_s), kAdminName);
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"joinPassword"_s), u"khong dung"_s);
        REQUIRE(okButton(*setup)->isEnabled());
        QTest::mouseClick(okButton(*setup), Qt::LeftButton);
        CHECK(setup->isJoining());
        REQUIRE(waitUntil([&] { return !setup->isJoining(); }, std::chrono::seconds(30)));
        CHECK(setup->QDialog::result() == QDialog::Rejected); // still open
        CHECK(child<QLabel>(*setup, u"joinMessage"_s)->text().contains(u"Wrong user name or password"));
        CHECK(child<QLabel>(*setup, u"joinMessage"_s)->text().contains(u"Nothing was set up"));
        CHECK(entries(dataDir) == before);
        REQUIRE(setup->store() != nullptr);
        CHECK_FALSE(setup->store()->isInitialised());
        CHECK(child<QLineEdit>(*setup, u"joinPassword"_s)->hasFocus());

        // The administrator's password: joined.
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"joinPassword"_s), kAdminPassword);
        QTest::keyClick(child<QLineEdit>(*setup, u"joinPassword"_s), Qt::Key_Return);
        REQUIRE(waitUntil([&] { return setup->QDialog::result() == QDialog::Accepted; }, std::chrono::seconds(60)));
        REQUIRE(setup->joined().has_value());
        CHECK(setup->joined()->communeCode == first.a.store->communeCode());
        CHECK(setup->joined()->events == *first.a.store->log().count());
        return setup->QDialog::result();
    });
    REQUIRE(c.start() == AppController::Screen::Main);
    CHECK(seen == QStringList{u"setupDialog"_s, u"loginDialog"_s});
    // The program goes on with the joined store, as after a setup.
    REQUIRE(c.store() != nullptr);
    CHECK(c.store()->dataDir() == QDir(dataDir).absolutePath());
    CHECK(c.store()->communeCode() == first.a.store->communeCode());
    CHECK(c.store()->deviceTag() != first.a.store->deviceTag());
    CHECK(settings.lastUsername() == kAdminName);
    REQUIRE(c.currentWindow() != nullptr);
    CHECK(c.currentWindow()->dossiersPage()->model()->rowCount() == 1);
    CHECK(c.currentWindow()->windowTitle().contains(first.a.store->communeName()));
    for (const QString &e : entries(dataDir))
        CHECK_FALSE(e.startsWith(u".motcua-join"));
}

TEST_CASE("First run: a join of a big bundle runs while the dialog answers, and Cancel sets nothing up",
          "[ui][join][long]")
{
    FirstCounter first(4000);
    QTemporaryDir home;
    const QString dataDir = QDir(home.path()).filePath(u"data"_s);
    MotCua::Ui::AppSettings settings(QDir(home.path()).filePath(u"settings.ini"_s));
    AppController c(dataDir, settings);
    c.setDialogRunner([&](QDialog &dialog) -> int {
        auto *setup = qobject_cast<SetupDialog *>(&dialog);
        if (!setup)
            return QDialog::Rejected;
        setup->show();
        const QStringList before = entries(dataDir);
        chooseBundle(*setup, first.bundle);
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"joinUsername"_s), kAdminName);
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"joinPassword"_s), kAdminPassword);
        QTest::mouseClick(okButton(*setup), Qt::LeftButton);
        auto *bar = child<QProgressBar>(*setup, u"joinProgress"_s);
        REQUIRE(waitUntil([&] { return bar->maximum() > 0 && bar->value() > 0; }, std::chrono::seconds(60)));
        REQUIRE(setup->isJoining());
        QTest::keyClick(setup, Qt::Key_Escape); // Esc while joining cancels the join, not the dialog
        REQUIRE(waitUntil([&] { return !setup->isJoining(); }, std::chrono::seconds(60)));
        CHECK(setup->isVisible());
        CHECK(child<QLabel>(*setup, u"joinMessage"_s)->text().contains(u"Cancelled: nothing was set up"));
        CHECK(entries(dataDir) == before);
        CHECK_FALSE(setup->store()->isInitialised());
        setup->reject(); // now Cancel closes it
        return setup->QDialog::result();
    });
    CHECK(c.start() == AppController::Screen::Quit);
}

TEST_CASE("First run: a new office is still set up from the same dialog", "[ui][join]")
{
    QTemporaryDir home;
    const QString dataDir = QDir(home.path()).filePath(u"data"_s);
    MotCua::Ui::AppSettings settings(QDir(home.path()).filePath(u"settings.ini"_s));
    AppController c(dataDir, settings);
    c.setDialogRunner([&](QDialog &dialog) -> int {
        if (fillLogin(dialog, u"quantri"_s, kAdminPassword))
            return dialog.result();
        auto *setup = qobject_cast<SetupDialog *>(&dialog);
        if (!setup)
            return QDialog::Rejected;
        CHECK(child<QRadioButton>(*setup, u"createMode"_s)->isChecked());
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"communeSearch"_s), u"ba dinh"_s);
        child<QLineEdit>(*setup, u"adminUsername"_s)->setText(u"quantri"_s);
        MotCua::Test::typeText(child<QLineEdit>(*setup, u"adminFullName"_s), u"Trần Thị Bình"_s);
        child<QLineEdit>(*setup, u"adminPassword"_s)->setText(kAdminPassword);
        child<QLineEdit>(*setup, u"confirmPassword"_s)->setText(kAdminPassword);
        // Looking at the join page and back changes nothing.
        setup->setJoinMode(true);
        setup->setJoinMode(false);
        REQUIRE(okButton(*setup)->isEnabled());
        CHECK(okButton(*setup)->text() == u"&Set up");
        setup->accept();
        REQUIRE(setup->result().has_value());
        return setup->QDialog::result();
    });
    REQUIRE(c.start() == AppController::Screen::Main);
    REQUIRE(c.store() != nullptr);
    CHECK(c.store()->isInitialised());
    CHECK(c.store()->communeCode() == u"00004");
}
