// Takes the documentation screenshots (docs/screenshots) of the real setup dialog, main window and receive dialog
// over a temporary store seeded with Vietnamese dossiers. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1366x800x24" build/ui/tests/ui/motcua_ui_screenshots docs/screenshots
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <iterator>
#include <tuple>

#include "core/attachments/attachmentservice.h"
#include "core/attachments/ocrservice.h"
#include "core/services/authservice.h"
#include "core/services/bundleservice.h"
#include "core/services/catalogservice.h"
#include "core/services/conflictservice.h"
#include "core/services/dossierservice.h"
#include "core/services/settingsservice.h"
#include "core/store/store.h"
#include "core/sync/net/provinceserver.h"
#include "core/sync/net/provincestore.h"
#include "core/sync/net/syncservice.h"
#include "tests/support/manyevents.h"
#include "tests/ui/uifixture.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/auditpanel.h"
#include "ui/admin/bundlepanel.h"
#include "ui/admin/catalogpanel.h"
#include "ui/admin/userspanel.h"
#include "ui/attachments/attachmentpanel.h"
#include "ui/attachments/previewwidget.h"
#include "ui/attachments/scaninboxpage.h"
#include "ui/attention/attentionpage.h"
#include "ui/attention/conflicttablemodel.h"
#include "ui/attention/renameuserdialog.h"
#include "ui/attention/resolvedialog.h"
#include "ui/dossiers/actiondialog.h"
#include "ui/dossiers/dossierdialog.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/home/homepage.h"
#include "ui/search/searchpanel.h"
#include "ui/setup/setupdialog.h"
#include "ui/shell/application.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recoverydialog.h"
#include "ui/sync/enroldialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncindicator.h"
#include "ui/sync/syncpage.h"

using namespace Qt::StringLiterals;

namespace
{

void settle(int ms = 300)
{
    QTest::qWait(ms);
}

bool save(QWidget &widget, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name);
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// The same, at once: for work in progress.
bool widgetShot(QWidget &widget, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

struct Seed
{
    const char *procedure;
    const char *name;
    const char *citizenId;
    const char *phone;
    const char *address;
    const char *channel;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"motcua-screenshots"_s);
    QApplication::setApplicationName(u"MotCua Desk"_s);
    const QStringList args = QApplication::arguments();
    const QString outDir = args.size() > 1 ? args.at(1) : u"."_s;
    const QString language = args.size() > 2 ? args.at(2) : u"vi"_s;
    QDir().mkpath(outDir);
    MotCua::Ui::installTranslations(app, language);
    bool ok = true;

    // The banner of a store that takes no changes, on a store the caller made read-only (as an ordinary user: root
    // writes everywhere):  motcua_ui_screenshots <dir> vi --read-only <data dir>
    if (const qsizetype at = args.indexOf(u"--read-only"_s); at > 0 && at + 1 < args.size()) {
        auto store = MotCua::Store::open(args.at(at + 1), false);
        if (!store)
            return 1;
        auto session = MotCua::AuthService(**store).authenticate(QString::fromLatin1(MotCua::Test::kAdmin),
                                                                 QString::fromLatin1(MotCua::Test::kPassword));
        if (!session)
            return 1;
        QTemporaryDir settingsDir;
        MotCua::Ui::AppSettings settings(QDir(settingsDir.path()).filePath(u"settings.ini"_s));
        MotCua::Ui::MainWindow window(**store, *session, settings);
        window.show();
        ok &= save(window, outDir, u"main-window-read-only.png"_s);
        return ok ? 0 : 1;
    }

    // 1. First run: the setup dialog on an empty store, with the commune search typed.
    {
        QTemporaryDir dir;
        auto store = MotCua::Store::open(dir.path(), true);
        if (!store)
            return 1;
        MotCua::Ui::SetupDialog setup(std::move(*store));
        setup.show();
        MotCua::Test::typeText(setup.findChild<QLineEdit *>(u"communeSearch"_s), u"ba dinh"_s);
        MotCua::Test::typeText(setup.findChild<QLineEdit *>(u"adminFullName"_s), u"Trần Thị Bình"_s);
        MotCua::Test::typeText(setup.findChild<QLineEdit *>(u"adminPassword"_s), u"correct horse 1"_s);
        MotCua::Test::typeText(setup.findChild<QLineEdit *>(u"confirmPassword"_s), u"correct horse 1"_s);
        ok &= save(setup, outDir, u"setup-dialog.png"_s);
    }

    // 2. The main window over a store with dossiers in various states, the work queues on the left.
    MotCua::Test::UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::AuthService auth(*s.store);
    for (const auto &[user, name, role] : {std::tuple{"chuyenvien", "Phạm Văn Đức", MotCua::Role::Specialist},
                                           std::tuple{"lanhdao", "Hoàng Minh Tuấn", MotCua::Role::Leader},
                                           std::tuple{"tiepnhan", "Lê Thị Thu", MotCua::Role::Receptionist}}) {
        const QString username = QString::fromUtf8(user);
        if (!auth.createUser(s.session, {username,
                                         QString::fromUtf8(name),
                                         u"password-of-"_s + username,
                                         {role},
                                         u"Văn phòng - Thống kê"_s,
                                         false})) {
            std::printf("user %s failed\n", user);
            ok = false;
        }
    }
    const Seed seeds[] = {
        {"1.001193", "Nguyễn Văn An", "001090123456", "0912345678", "Số 12 phố Đội Cấn, Ba Đình", "direct"},
        {"1.001022", "Trần Thị Bích Ngọc", "001186004512", "0983112233", "Ngõ 28 Kim Mã, Ba Đình", "direct"},
        {"1.004222", "Lê Hoàng Phúc", "038095001234", "", "Số 5 Liễu Giai, Ba Đình", "online"},
        {"1.001193", "Phạm Thu Hằng", "001301002345", "0904556677", "Tập thể Giảng Võ, Ba Đình", "direct"},
        {"1.000656", "Hoàng Đức Minh", "", "0868123456", "Phố Quán Thánh, Ba Đình", "post"},
        {"1.001022", "Vũ Thị Thanh Hương", "034188009876", "0977889900", "Ngõ 6 Vĩnh Phúc, Ba Đình", "direct"},
        {"1.000894", "Đặng Quốc Bảo", "001099008765", "", "Phố Đốc Ngữ, Ba Đình", "online"},
        {"1.001193", "Bùi Ngọc Ánh", "001305004321", "0936123987", "Phố Nguyễn Thái Học, Ba Đình", "direct"},
    };
    // How long ago each one came in (days), oldest results first in the story.
    const int daysAgo[] = {0, 1, 9, 6, 5, 12, 15, 0};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MotCua::CatalogService catalog(*s.store);
    QStringList codes;
    for (int i = 0; i < int(std::size(seeds)); ++i) {
        const Seed &seed = seeds[i];
        MotCua::ReceiveRequest request;
        QString code = QString::fromUtf8(seed.procedure);
        if (!catalog.find(code)) {
            auto any = catalog.search({}, 1);
            code = any && !any->isEmpty() ? any->first().code : u"1.001193"_s;
        }
        request.procedureCode = code;
        request.applicantName = QString::fromUtf8(seed.name);
        request.citizenId = QString::fromUtf8(seed.citizenId);
        request.phone = QString::fromUtf8(seed.phone);
        request.address = QString::fromUtf8(seed.address);
        request.channel = MotCua::channelFromKey(QString::fromUtf8(seed.channel)).value_or(MotCua::Channel::Direct);
        request.receivedAt = daysAgo[i] > 0 ? now.addDays(-daysAgo[i]).addSecs(-3 * 3600) : now.addSecs(-600 * (i + 1));
        auto d = dossiers.receive(s.session, request);
        if (!d) {
            std::printf("seed failed: %s\n", qPrintable(d.error().message));
            ok = false;
            codes.append(QString());
            continue;
        }
        codes.append(d->code);
    }
    auto act = [&](int i, MotCua::DossierAction action, double daysAfter,
                   const std::function<void(MotCua::DossierActionRequest &)> &fill = {}) {
        MotCua::DossierActionRequest r;
        r.action = action;
        r.code = codes.value(i);
        r.at = daysAgo[i] > 0 ? now.addDays(-daysAgo[i]).addSecs(-3 * 3600 + qint64(daysAfter * 86400)) : QDateTime();
        if (fill)
            fill(r);
        auto d = dossiers.act(s.session, r);
        if (!d) {
            std::printf("action failed: %s\n", qPrintable(d.error().message));
            ok = false;
        }
    };
    using A = MotCua::DossierAction;
    auto to = [](const char *user, int days = 0) {
        return [user, days](MotCua::DossierActionRequest &r) {
            r.toUser = QString::fromUtf8(user);
            r.stepDays = days;
        };
    };
    act(1, A::Transfer, 0.1, to("chuyenvien", 2));
    act(2, A::Transfer, 0.1, to("chuyenvien", 5));
    act(2, A::RequestSupplement, 1, [](MotCua::DossierActionRequest &r) {
        r.items = {u"Bản sao sổ đỏ nơi đăng ký thường trú"_s, u"Văn bản đồng ý của chủ hộ"_s};
    });
    act(2, A::SupplementReceived, 4);
    act(2, A::Transfer, 4.1, to("lanhdao"));
    act(4, A::Transfer, 0.2, to("chuyenvien"));
    act(4, A::RequestSupplement, 1,
        [](MotCua::DossierActionRequest &r) { r.items = {u"Giấy báo tử hoặc giấy tờ thay thế"_s}; });
    act(5, A::Transfer, 0.1, to("chuyenvien", 2));
    act(5, A::Finish, 2);
    act(6, A::Transfer, 0.1, to("chuyenvien", 1));
    act(6, A::Finish, 1);
    act(6, A::Return, 2, [](MotCua::DossierActionRequest &r) { r.how = MotCua::ReturnHow::Desk; });
    act(7, A::Transfer, 0, to("admin"));

    MotCua::Ui::AppSettings settings(QDir(s.dir.path()).filePath(u"settings.ini"_s));
    MotCua::Ui::MainWindow window(*s.store, s.session, settings);
    window.show();
    // 2a. The home dashboard shown after signing in: the day's numbers, the person's and the center's.
    settle();
    ok &= save(window, outDir, u"dashboard.png"_s);
    // 2a'. A number opened: exactly its dossiers on the Dossiers page, under its title.
    if (auto *home = window.homePage()) {
        if (auto *tile = home->tile(MotCua::DashboardFigure::Overdue, false)) {
            tile->click();
            ok &= save(window, outDir, u"dashboard-list.png"_s);
        }
    }
    window.showPage(MotCua::Ui::MainWindow::Page::Dossiers);
    window.showQueue({});
    ok &= save(window, outDir, u"main-window.png"_s);

    // 2b. The same list, only the overdue queue.
    window.showQueue(u"overdue"_s);
    ok &= save(window, outDir, u"main-window-overdue.png"_s);
    window.showQueue({});

    // 2b'. The search box (Ctrl+K): typed without diacritics, results grouped by kind with the words in bold.
    if (MotCua::Ui::SearchPanel *search = window.searchPanel()) {
        search->activate();
        MotCua::Test::typeText(search->edit(), u"nguyen van an"_s);
        search->searchNow();
        ok &= save(window, outDir, u"search-popup.png"_s);
        search->edit()->clear();
        MotCua::Test::typeText(search->edit(), u"khai sinh"_s);
        search->searchNow();
        ok &= save(window, outDir, u"search-popup-procedure.png"_s);
        search->edit()->clear();
        MotCua::Test::typeText(search->edit(), u"001186004512"_s);
        search->searchNow();
        ok &= save(window, outDir, u"search-popup-citizen-id.png"_s);
        search->edit()->clear();
        search->closePopup();
    }

    // 2b''. The reports page: this month's period, the register buttons and the month's figures.
    window.showPage(MotCua::Ui::MainWindow::Page::Reports);
    ok &= save(window, outDir, u"reports-page.png"_s);
    window.showQueue({});

    // 2c. A dossier with its history, the transfer form over it.
    if (MotCua::Ui::DossierDialog *dossier = window.openDossier(codes.value(2))) {
        if (auto *tabs = dossier->findChild<QTabWidget *>(u"tabs"_s))
            tabs->setCurrentIndex(1);
        ok &= save(*dossier, outDir, u"dossier-dialog.png"_s);
        if (auto *tabs = dossier->findChild<QTabWidget *>(u"tabs"_s))
            tabs->setCurrentIndex(2);
        ok &= save(*dossier, outDir, u"dossier-control-sheet.png"_s);
        if (auto *tabs = dossier->findChild<QTabWidget *>(u"tabs"_s))
            tabs->setCurrentIndex(0);
        ok &= save(*dossier, outDir, u"dossier-details.png"_s);
        dossier->close();
    }
    if (MotCua::Ui::DossierDialog *dossier = window.openDossier(codes.value(0))) {
        if (MotCua::Ui::ActionDialog *form = dossier->startAction(MotCua::DossierAction::Transfer)) {
            auto *toUser = form->findChild<QComboBox *>(u"toUser"_s);
            toUser->setCurrentIndex(toUser->findData(u"chuyenvien"_s));
            form->findChild<QSpinBox *>(u"stepDays"_s)->setValue(1);
            ok &= save(*form, outDir, u"action-transfer.png"_s);
            form->reject();
        }
        dossier->close();
    }

    // 3. The receive dialog with a procedure chosen and the applicant typed.
    MotCua::Ui::ReceiveDialog dialog(window.dossierService(), window.catalogService(), s.session, &window);
    dialog.show();
    MotCua::Test::typeText(dialog.findChild<QLineEdit *>(u"procedureSearch"_s), u"dang ky khai sinh"_s);
    MotCua::Test::typeText(dialog.findChild<QLineEdit *>(u"applicantName"_s), u"Nguyễn Thị Mai"_s);
    MotCua::Test::typeText(dialog.findChild<QLineEdit *>(u"citizenId"_s), u"001190012345"_s);
    MotCua::Test::typeText(dialog.findChild<QLineEdit *>(u"phone"_s), u"0912 345 678"_s);
    MotCua::Test::typeText(dialog.findChild<QLineEdit *>(u"address"_s), u"Số 3 ngõ 15 Đội Cấn, Ba Đình, Hà Nội"_s);
    auto *papers = dialog.findChild<QListWidget *>(u"papersList"_s);
    for (int i = 3; i < papers->count() && i < 7; ++i)
        papers->item(i)->setCheckState(Qt::Checked);
    dialog.findChild<QLineEdit *>(u"address"_s)->setFocus();
    ok &= save(dialog, outDir, u"receive-dialog.png"_s);
    dialog.reject();

    // 4. Reception of a second dossier of the same citizen for the same procedure: the duplicate warning.
    MotCua::Ui::ReceiveDialog duplicate(window.dossierService(), window.catalogService(), s.session, &window);
    duplicate.show();
    MotCua::Test::typeText(duplicate.findChild<QLineEdit *>(u"procedureSearch"_s), u"dang ky khai sinh"_s);
    MotCua::Test::typeText(duplicate.findChild<QLineEdit *>(u"applicantName"_s), u"Nguyễn Văn An"_s);
    MotCua::Test::typeText(duplicate.findChild<QLineEdit *>(u"citizenId"_s), u"001090123456"_s);
    duplicate.findChild<QLineEdit *>(u"duplicateReason"_s)->setFocus();
    ok &= save(duplicate, outDir, u"receive-duplicate.png"_s);
    duplicate.reject();
    // 4b. The catalog at the counter: "chung thuc" (everyday procedures first; a fee per page, no time limit in the
    // catalog), then a procedure whose name the source lost.
    {
        MotCua::Ui::ReceiveDialog copy(window.dossierService(), window.catalogService(), s.session, &window);
        copy.show();
        MotCua::Test::typeText(copy.findChild<QLineEdit *>(u"procedureSearch"_s), u"chung thuc"_s);
        auto *list = copy.findChild<QListWidget *>(u"procedureList"_s);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().endsWith(u"(2.000815)"_s))
                list->setCurrentRow(row);
        }
        ok &= save(copy, outDir, u"receive-certified-copy.png"_s);
        copy.findChild<QLineEdit *>(u"procedureSearch"_s)->clear();
        MotCua::Test::typeText(copy.findChild<QLineEdit *>(u"procedureSearch"_s), u"nguoi co cong"_s);
        ok &= save(copy, outDir, u"receive-name-unknown.png"_s);
        copy.reject();
    }
    // 5. Administration (issue 5): the users tab, then the audit trail with a chain broken on disk.
    window.showPage(MotCua::Ui::MainWindow::Page::Admin);
    if (MotCua::Ui::AdminPage *admin = window.adminPage(); admin && admin->tabs()) {
        admin->usersPanel()->reload();
        admin->usersPanel()->table()->selectRow(1);
        ok &= save(window, outDir, u"admin-users.png"_s);
        admin->tabs()->setCurrentIndex(MotCua::Ui::AdminPage::BackupTab);
        ok &= save(window, outDir, u"admin-backup.png"_s);
        if (auto st = s.store->db().prepare(
                u"UPDATE events SET actor = 'someone' WHERE id = (SELECT id FROM events WHERE type = "
                u"'DossierTransferred' LIMIT 1)"_s))
            (void)st->exec();
        admin->tabs()->setCurrentIndex(MotCua::Ui::AdminPage::AuditTab);
        admin->auditPanel()->verify();
        MotCua::Test::waitUntil([admin] { return !admin->auditPanel()->isVerifying(); }, std::chrono::seconds(30));
        ok &= save(window, outDir, u"admin-audit-broken.png"_s);
        admin->tabs()->setCurrentIndex(MotCua::Ui::AdminPage::OfficeTab);
        ok &= save(window, outDir, u"admin-office.png"_s);
        // The procedure catalog: the missing time limits, and the form that sets one.
        admin->tabs()->setCurrentIndex(MotCua::Ui::AdminPage::CatalogTab);
        MotCua::Ui::CatalogPanel *catalog = admin->catalogPanel();
        for (int row = 0; row < catalog->table()->rowCount(); ++row) {
            if (catalog->table()->item(row, MotCua::Ui::CatalogPanel::CodeColumn)->text() == u"2.000815"_s)
                catalog->table()->selectRow(row);
        }
        ok &= save(window, outDir, u"admin-catalog.png"_s);
        if (MotCua::Ui::TimeLimitDialog *form = catalog->editTimeLimit()) {
            form->findChild<QSpinBox *>(u"timeLimitValue"_s)->setValue(1);
            ok &= save(*form, outDir, u"admin-catalog-time-limit.png"_s);
            form->accept();
        }
        ok &= save(window, outDir, u"admin-catalog-saved.png"_s);
    }

    // 6. The lock screen over the window, another person signed in too.
    {
        MotCua::Ui::LockScreen lock;
        lock.setPeople(s.session, {u"Lê Thị Thu"_s});
        lock.setGeometry(window.geometry());
        lock.show();
        ok &= save(lock, outDir, u"lock-screen.png"_s);
        lock.setSwitchMode(true);
        ok &= save(lock, outDir, u"lock-screen-switch.png"_s);
    }

    // 7. The recovery screen for a store file that is not a database any more.
    {
        MotCua::Ui::RecoveryDialog recovery(QDir(s.dir.path()).filePath(u"motcua.db"_s), nullptr,
                                            {u"file is not a database (SQLITE_NOTADB)"_s});
        recovery.show();
        ok &= save(recovery, outDir, u"recovery-dialog.png"_s);
    }

    window.close();

    // 8. Two counters of one commune (issue 10): B's administrator exports a bundle, then takes in A's, which A made
    // after both worked offline: the preview, the result with the items it raised, and the needs-attention list.
    {
        MotCua::Test::TwoCounters c;
        MotCua::LocalSettings local = *MotCua::SettingsService(*c.b).local();
        local.backupFolder = c.usb.path();
        (void)MotCua::SettingsService(*c.b).setLocal(c.bAdmin, local);
        for (const char *name : {"Đặng Văn Hùng", "Lý Thị Kim Oanh", "Mai Xuân Trường"}) {
            MotCua::ReceiveRequest r;
            r.procedureCode = u"1.001193"_s;
            r.applicantName = QString::fromUtf8(name);
            (void)MotCua::DossierService(*c.a.store).receive(c.a.session, r);
        }
        // A dossier with its result ready, known to B; then, offline, both return it, and both create "ngan".
        MotCua::DossierService onA(*c.a.store);
        MotCua::ReceiveRequest mai;
        mai.procedureCode = u"1.001193"_s;
        mai.applicantName = u"Nguyễn Thị Mai"_s;
        mai.citizenId = u"001190100001"_s;
        const auto clash = onA.receive(c.a.session, mai);
        if (!clash)
            return 1;
        for (MotCua::DossierAction step : {MotCua::DossierAction::Transfer, MotCua::DossierAction::Finish}) {
            MotCua::DossierActionRequest r;
            r.action = step;
            r.code = clash->code;
            r.toUser = u"admin"_s;
            (void)onA.act(c.a.session, r);
        }
        (void)MotCua::BundleService(*c.b).importFrom(c.bAdmin, c.bundleOf(*c.a.store, c.a.session, u"a1.bundle"_s));
        // A third counter, C, set up from A's bundle and given A's code tag by mistake (as a copy of A's disk would
        // be): the one dossier code given twice.
        const QString forC = c.bundleOf(*c.a.store, c.a.session, u"cho-quay-ba.bundle"_s);
        QTemporaryDir cHome;
        auto cJoined = MotCua::BundleService::join(forC, QDir(cHome.path()).filePath(u"data"_s), u"admin"_s,
                                                   QString::fromLatin1(MotCua::Test::kPassword));
        if (!cJoined)
            return 1;
        (void)cJoined->store->setMeta(u"device_tag"_s, c.a.store->deviceTag());
        const QString cData = cJoined->store->dataDir();
        cJoined->store.reset();
        auto third = MotCua::Store::open(cData, false);
        if (!third)
            return 1;
        MotCua::DossierActionRequest giveBack;
        giveBack.action = MotCua::DossierAction::Return;
        giveBack.code = clash->code;
        giveBack.how = MotCua::ReturnHow::Desk;
        (void)MotCua::DossierService(*c.b).act(c.bAdmin, giveBack);
        (void)onA.act(c.a.session, giveBack);
        (void)MotCua::AuthService(*c.b).createUser(
            c.bAdmin, {u"ngan"_s, u"Lê Thị Ngân"_s, u"ngan o quay hai"_s, {MotCua::Role::Receptionist}, {}, false});
        (void)MotCua::AuthService(*c.a.store)
            .createUser(
                c.a.session,
                {u"ngan"_s, u"Nguyễn Thị Ngân"_s, u"ngan o quay mot"_s, {MotCua::Role::Receptionist}, {}, false});
        MotCua::ReceiveRequest lan;
        lan.procedureCode = u"1.001193"_s;
        lan.applicantName = u"Phạm Thị Lan"_s;
        (void)onA.receive(c.a.session, lan);
        MotCua::ReceiveRequest tu;
        tu.procedureCode = u"1.001193"_s;
        tu.applicantName = u"Hoàng Văn Tú"_s;
        (void)MotCua::DossierService(**third).receive(cJoined->admin, tu);
        (void)MotCua::BundleService(*c.a.store)
            .importFrom(c.a.session, c.bundleOf(**third, cJoined->admin, u"tu-quay-ba.bundle"_s));
        const QString fromA = c.bundleOf(*c.a.store, c.a.session, u"motcua-00004-quay-mot.bundle"_s);
        MotCua::Ui::AppSettings bSettings(QDir(c.bHome.path()).filePath(u"settings.ini"_s));
        MotCua::Ui::MainWindow b(*c.b, c.bAdmin, bSettings);
        b.show();
        b.showPage(MotCua::Ui::MainWindow::Page::Admin);
        MotCua::Ui::AdminPage *admin = b.adminPage();
        admin->tabs()->setCurrentIndex(MotCua::Ui::AdminPage::BundleTab);
        MotCua::Ui::BundlePanel *bundles = admin->bundlePanel();
        auto idle = [bundles] {
            MotCua::Test::waitUntil([bundles] { return !bundles->isBusy(); }, std::chrono::seconds(60));
        };
        bundles->exportBundle();
        idle();
        ok &= save(b, outDir, u"admin-bundle-export.png"_s);
        bundles->importPathEdit()->setText(QDir::toNativeSeparators(fromA));
        bundles->inspectBundle();
        idle();
        ok &= save(b, outDir, u"admin-bundle-preview.png"_s);
        bundles->importBundle();
        idle();
        ok &= save(b, outDir, u"admin-bundle-result.png"_s);
        (void)MotCua::BundleService(*c.a.store)
            .importFrom(c.a.session, c.bundleOf(*c.b, c.bAdmin, u"motcua-00004-quay-hai.bundle"_s));

        b.showPage(MotCua::Ui::MainWindow::Page::Attention);
        if (MotCua::Ui::AttentionPage *attention = b.attentionPage()) {
            for (const MotCua::Conflict &item : attention->model()->items()) {
                if (item.kind == MotCua::ConflictKind::DossierAction)
                    attention->select(item.id);
            }
            ok &= save(b, outDir, u"attention-list.png"_s);
            for (const MotCua::Conflict &item : attention->model()->items()) {
                if (item.kind == MotCua::ConflictKind::Username)
                    attention->select(item.id);
            }
            if (MotCua::Ui::RenameUserDialog *rename = attention->renameUser()) {
                MotCua::Test::typeText(rename->usernameEdit(), u"ngan.hai"_s);
                ok &= save(*rename, outDir, u"attention-rename.png"_s);
                rename->reject();
            }
            for (const MotCua::Conflict &item : attention->model()->items()) {
                if (item.kind == MotCua::ConflictKind::DossierCode)
                    attention->select(item.id);
            }
            if (MotCua::Ui::ResolveDialog *resolve = attention->markResolved()) {
                MotCua::Test::typeText(resolve->noteEdit(),
                                       u"Đã gọi điện báo ông Tú mã hồ sơ mới và in lại giấy tiếp nhận"_s);
                ok &= save(*resolve, outDir, u"attention-resolve.png"_s);
                resolve->accept();
            }
            attention->setShowResolved(true);
            for (const MotCua::Conflict &item : attention->model()->items()) {
                if (item.resolved)
                    attention->select(item.id);
            }
            ok &= save(b, outDir, u"attention-resolved.png"_s);
        }
        b.close();

        // 9. First run on a fourth computer: "Join an existing office", the bundle read, the sign-in typed.
        QTemporaryDir fourth;
        auto empty = MotCua::Store::open(fourth.path(), true);
        if (!empty)
            return 1;
        MotCua::Ui::SetupDialog setup(std::move(*empty));
        setup.show();
        setup.setJoinMode(true);
        setup.findChild<QLineEdit *>(u"joinBundle"_s)->setText(QDir::toNativeSeparators(fromA));
        setup.inspectBundle();
        MotCua::Test::waitUntil([&] { return !setup.isJoining(); }, std::chrono::seconds(30));
        MotCua::Test::typeText(setup.findChild<QLineEdit *>(u"joinUsername"_s), u"admin"_s);
        MotCua::Test::typeText(setup.findChild<QLineEdit *>(u"joinPassword"_s), u"mat khau sai"_s);
        ok &= save(setup, outDir, u"setup-join.png"_s);
        setup.accept();
        MotCua::Test::waitUntil([&] { return !setup.isJoining(); }, std::chrono::seconds(30));
        ok &= save(setup, outDir, u"setup-join-wrong-password.png"_s);
        setup.reject();
    }

    // 10. A store whose acknowledged events went missing: the banner, with the administrator's way out.
    {
        MotCua::Test::UiStore lost;
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.001193"_s;
        r.applicantName = u"Ngô Văn Lực"_s;
        (void)MotCua::DossierService(*lost.store).receive(lost.session, r);
        (void)lost.store->db().execScript("PRAGMA wal_checkpoint(TRUNCATE);");
        r.applicantName = u"Ngô Thị Lụa"_s;
        (void)MotCua::DossierService(*lost.store).receive(lost.session, r);
        QTemporaryDir copy;
        QFile::copy(lost.store->databasePath(), QDir(copy.path()).filePath(u"motcua.db"_s));
        QFile::copy(QDir(lost.dir.path()).filePath(QLatin1String(MotCua::Store::kHeadFile)),
                    QDir(copy.path()).filePath(QLatin1String(MotCua::Store::kHeadFile)));
        lost.store.reset();
        auto opened = MotCua::Store::open(copy.path(), false);
        if (opened) {
            MotCua::Ui::AppSettings lostSettings(QDir(copy.path()).filePath(u"settings.ini"_s));
            MotCua::Ui::MainWindow w(**opened, lost.session, lostSettings);
            w.show();
            ok &= save(w, outDir, u"main-window-events-lost.png"_s);
        }
    }

    // 11. The chain check of a big store, running on its worker: the bar moves, Cancel is at hand.
    {
        MotCua::Test::UiStore big;
        MotCua::Test::addManyDossiers(*big.store, big.session.userId, 10000);
        MotCua::Ui::AppSettings bigSettings(QDir(big.dir.path()).filePath(u"settings.ini"_s));
        MotCua::Ui::MainWindow w(*big.store, big.session, bigSettings);
        w.show();
        w.showPage(MotCua::Ui::MainWindow::Page::Admin);
        w.adminPage()->tabs()->setCurrentIndex(MotCua::Ui::AdminPage::AuditTab);
        MotCua::Ui::AuditPanel *audit = w.adminPage()->auditPanel();
        audit->verify();
        auto *bar = audit->findChild<QProgressBar *>(u"verifyProgress"_s);
        MotCua::Test::waitUntil([&] { return bar->maximum() > 0 && bar->value() * 3 > bar->maximum(); },
                                std::chrono::seconds(60));
        ok &= widgetShot(w, outDir, u"admin-audit-checking.png"_s);
        audit->verifyProgress()->cancelButton()->click();
        MotCua::Test::waitUntil([&] { return !audit->isVerifying(); }, std::chrono::seconds(60));
    }

    // 12. Sync with the province (issue 11), against the reference server on loopback: the enrolment form, the Sync
    // page after a few runs, then the line down: the status bar says since when, the list marks what is not sent.
    {
        QTemporaryDir provinceDir;
        auto provinceStore =
            MotCua::Province::ProvinceStore::open(u"sqlite:"_s + QDir(provinceDir.path()).filePath(u"province.db"_s));
        if (!provinceStore)
            return 1;
        auto server = std::make_unique<MotCua::Province::ProvinceServer>(**provinceStore,
                                                                         MotCua::Province::ProvinceServer::Options{});
        if (!server->start())
            return 1;
        const QString url = u"http://127.0.0.1:%1"_s.arg(server->port());
        auto code = (*provinceStore)->issueEnrolmentCode(u"00004"_s);
        if (!code)
            return 1;
        // Counter A is the window; counter B of the same commune (joined from A's bundle) syncs too.
        MotCua::Test::TwoCounters two;
        MotCua::Test::UiStore &counter = two.a;
        MotCua::DossierService onCounter(*counter.store);
        const auto receive = [&](const char *name, const char *citizenId) {
            MotCua::ReceiveRequest r;
            r.procedureCode = u"1.001193"_s;
            r.applicantName = QString::fromUtf8(name);
            r.citizenId = QString::fromLatin1(citizenId);
            (void)onCounter.receive(counter.session, r);
        };
        receive("Nguyễn Văn Thắng", "001090123411");
        receive("Trần Thị Hồng Nhung", "001186004522");
        if (auto codeB = (*provinceStore)->issueEnrolmentCode(u"00004"_s)) {
            MotCua::SyncService onB(*two.b);
            (void)onB.enrol(two.bAdmin, url, *codeB);
            for (const char *name : {"Hà Thị Mai Anh", "Trịnh Văn Đức", "Lương Thị Thảo"}) {
                MotCua::ReceiveRequest r;
                r.procedureCode = u"1.001193"_s;
                r.applicantName = QString::fromUtf8(name);
                (void)MotCua::DossierService(*two.b).receive(two.bAdmin, r);
            }
            (void)onB.syncNow(two.bAdmin);
        }
        MotCua::Ui::SyncWorker::Options options;
        options.firstRun = std::chrono::hours(1);
        options.changeDelay = std::chrono::hours(1);
        MotCua::Ui::SyncController controller(counter.store->dataDir(), counter.session, options);
        controller.start();
        MotCua::Ui::AppSettings syncSettings(QDir(counter.dir.path()).filePath(u"settings.ini"_s));
        MotCua::Ui::MainWindow w(*counter.store, counter.session, syncSettings, &controller);
        w.show();
        w.showPage(MotCua::Ui::MainWindow::Page::Sync);
        const auto runOnce = [&](const std::function<void()> &start) {
            bool done = false;
            auto c =
                QObject::connect(&controller, &MotCua::Ui::SyncController::runFinished, &w, [&done] { done = true; });
            start();
            MotCua::Test::waitUntil([&] { return done; }, std::chrono::seconds(30));
            QObject::disconnect(c);
            w.refresh();
        };
        if (MotCua::Ui::EnrolDialog *enrol = w.syncPage()->enrol()) {
            enrol->findChild<QLineEdit *>(u"serverEdit"_s)->setText(url);
            MotCua::Test::typeText(enrol->findChild<QLineEdit *>(u"codeEdit"_s), *code);
            ok &= save(*enrol, outDir, u"sync-enrol.png"_s);
            runOnce([enrol] { enrol->accept(); });
        }
        receive("Lê Minh Khôi", "038095001233");
        runOnce([&] { controller.syncNow(); });
        receive("Phạm Thu Trang", "001301002366");
        receive("Đỗ Quang Huy", "");
        runOnce([&] { w.syncPage()->syncNow(); });
        ok &= save(w, outDir, u"sync-page.png"_s);
        // The check against the province, with one dossier received since the last run.
        receive("Ngô Thị Hạnh", "001197004411");
        {
            bool checked = false;
            auto c =
                QObject::connect(w.syncPage(), &MotCua::Ui::SyncPage::reconciled, &w, [&checked] { checked = true; });
            if (w.syncPage()->reconcile())
                MotCua::Test::waitUntil([&] { return checked; }, std::chrono::seconds(30));
            QObject::disconnect(c);
            ok &= save(w, outDir, u"sync-reconcile.png"_s);
        }
        runOnce([&] { controller.syncNow(); });

        // The line goes down; two dossiers received meanwhile wait.
        server.reset();
        receive("Vũ Ngọc Lan", "034188009811");
        receive("Bùi Văn Toàn", "001099008744");
        runOnce([&] { controller.syncNow(); });
        w.showQueue({});
        ok &= save(w, outDir, u"sync-status-offline.png"_s);
        w.showPage(MotCua::Ui::MainWindow::Page::Sync);
        ok &= save(w, outDir, u"sync-page-offline.png"_s);
        controller.stop();
    }
    // Attachments (issue 12): a dossier's Attachments tab, the preview of a scanned PDF, the inbox of unregistered
    // scans with the scanner's folder holding two scans.
    {
        QTemporaryDir files;
        auto scanImage = [](const QStringList &lines) {
            QImage image(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
            image.fill(Qt::white);
            QPainter p(&image);
            QFont font(u"DejaVu Serif"_s);
            font.setPixelSize(34);
            p.setFont(font);
            p.setPen(Qt::black);
            for (qsizetype i = 0; i < lines.size(); ++i)
                p.drawText(QRect(110, 160 + 70 * int(i), 1020, 60), Qt::AlignHCenter, lines.at(i));
            return image;
        };
        auto scannedPdf = [&](const QString &path, const QList<QStringList> &pages) {
            QPdfWriter pdf(path);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setResolution(150);
            QPainter p(&pdf);
            for (qsizetype i = 0; i < pages.size(); ++i) {
                if (i > 0)
                    pdf.newPage();
                p.drawImage(QRect(0, 0, 1240, 1754), scanImage(pages.at(i)));
            }
            return path;
        };
        const QString pdf =
            scannedPdf(files.filePath(u"giay-chung-nhan.pdf"_s),
                       {{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s, QString(),
                         u"GIẤY CHỨNG NHẬN"_s, u"QUYỀN SỬ DỤNG ĐẤT"_s, QString(), u"Thửa đất số 125, tờ bản đồ số 7"_s},
                        {u"Trang 2: sơ đồ thửa đất"_s}});
        const QString png = files.filePath(u"to-khai.png"_s);
        scanImage({u"TỜ KHAI ĐĂNG KÝ KHAI SINH"_s, u"Họ và tên: Nguyễn Văn An"_s}).save(png);
        const QString code = codes.value(0);
        if (auto d = dossiers.findByCode(s.session, code)) {
            ok &= MotCua::AttachmentService(*s.store).attachAll(s.session, u"dossier"_s, d->id, {pdf, png}).has_value();
            (void)MotCua::OcrService(*s.store).run();
            MotCua::Ui::DossierDialog dialog(dossiers, auth, s.session, code);
            dialog.enableAttachments(*s.store);
            auto *tabs = dialog.findChild<QTabWidget *>(u"tabs"_s);
            tabs->setCurrentWidget(dialog.attachmentPanel());
            dialog.resize(900, 600);
            dialog.show();
            ok &= save(dialog, outDir, u"attachments-tab.png"_s);
        }
        MotCua::Ui::PreviewWidget preview;
        preview.resize(820, 900);
        preview.showFile(pdf, u"application/pdf"_s);
        preview.show();
        ok &= save(preview, outDir, u"attachment-preview.png"_s);

        QTemporaryDir scanner;
        scannedPdf(scanner.filePath(u"SCAN_0007.pdf"_s),
                   {{u"ỦY BAN NHÂN DÂN TỈNH"_s, u"Số: 125/UBND-VP"_s, QString(), u"V/v triển khai chuyển đổi số"_s}});
        scanImage({u"ĐƠN ĐỀ NGHỊ"_s}).save(scanner.filePath(u"SCAN_0008.png"_s));
        MotCua::Ui::ScanInboxPage inbox(*s.store, s.session);
        inbox.setStableMs(100);
        inbox.setPollMs(50);
        inbox.setFolder(scanner.path());
        inbox.resize(1200, 720);
        inbox.show();
        MotCua::Test::waitUntil([&] { return inbox.scanCount() == 2; }, std::chrono::seconds(5));
        ok &= save(inbox, outDir, u"scan-inbox.png"_s);
    }
    return ok ? 0 : 1;
}
