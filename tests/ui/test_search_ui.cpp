#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "core/domain/ids.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/services/searchservice.h"
#include "core/services/settingsservice.h"
#include "core/store/searchindex.h"
#include "tests/ui/uifixture.h"
#include "ui/dossiers/dossierdialog.h"
#include "ui/dossiers/dossierspage.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/search/searchpanel.h"
#include "ui/shell/application.h"
#include "ui/shell/mainwindow.h"
#include "ui/slips/slipservice.h"

using namespace Qt::StringLiterals;
using MotCua::Test::UiStore;
using MotCua::Test::waitUntil;
using MotCua::Ui::MainWindow;
using MotCua::Ui::SearchPanel;

namespace
{

// A store with a few Vietnamese dossiers and a main window over it.
struct SearchFixture
{
    UiStore s;
    MotCua::DossierService dossiers{*s.store};
    MotCua::Ui::AppSettings settings{QDir(s.dir.path()).filePath(u"settings.ini"_s)};
    MotCua::Dossier an = receive(u"Nguyễn Văn An"_s, u"001090123456"_s);
    MotCua::Dossier ngoc = receive(u"Trần Thị Bích Ngọc"_s, u"001186004512"_s);
    MotCua::Dossier phuc = receive(u"Lê Hoàng Phúc"_s, u"038095001234"_s);

    MotCua::Dossier receive(const QString &name, const QString &citizenId, const QDateTime &at = {})
    {
        MotCua::ReceiveRequest r;
        r.procedureCode = u"1.004335"_s;
        r.applicantName = name;
        r.citizenId = citizenId;
        r.receivedAt = at;
        auto d = dossiers.receive(s.session, r);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.has_value());
        return *d;
    }
};

// Types `text` into the panel's field and waits for the debounced search to show the popup.
void search(SearchPanel *panel, const QString &text)
{
    panel->edit()->clear();
    MotCua::Test::typeText(panel->edit(), text);
    REQUIRE(waitUntil([panel] { return panel->isPopupVisible(); }));
}

// The rows of the popup as "kind:" headers and "  title" hits.
QStringList rows(const SearchPanel *panel)
{
    QStringList out;
    for (int i = 0; i < panel->results()->count(); ++i) {
        const QListWidgetItem *item = panel->results()->item(i);
        if (item->data(SearchPanel::kHeaderRole).toBool())
            out.append(item->data(SearchPanel::kKindRole).toString() + u':');
        else
            out.append(u"  "_s + item->text());
    }
    return out;
}

} // namespace

TEST_CASE("The search box finds dossiers and applicants without diacritics, grouped by kind", "[ui][search]")
{
    SearchFixture f;
    MainWindow window(*f.s.store, f.s.session, f.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SearchPanel *panel = window.searchPanel();
    REQUIRE(panel != nullptr);

    SECTION("Ctrl+K and Ctrl+F focus the field")
    {
        window.dossiersPage()->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        CHECK(waitUntil([panel] { return panel->edit()->hasFocus(); }));
        window.dossiersPage()->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(waitUntil([panel] { return panel->edit()->hasFocus(); }));
        // Also from another text field, where Ctrl+K would delete to the end of the line.
        QLineEdit *filter = window.dossiersPage()->filterEdit();
        filter->setFocus();
        filter->setText(u"abc"_s);
        filter->setCursorPosition(0);
        REQUIRE(waitUntil([filter] { return filter->hasFocus(); }));
        QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
        CHECK(waitUntil([panel] { return panel->edit()->hasFocus(); }));
        CHECK(filter->text() == u"abc"_s);
    }

    SECTION("\"nguyen van an\": the dossier under Dossiers, the person under Applicants, highlighted")
    {
        search(panel, u"nguyen van an"_s);
        const QStringList shown = rows(panel);
        INFO(shown.join(u'\n').toStdString());
        const qsizetype dossierHeader = shown.indexOf(u"dossier:"_s);
        const qsizetype applicantHeader = shown.indexOf(u"applicant:"_s);
        REQUIRE(dossierHeader == 0);
        REQUIRE(applicantHeader > dossierHeader);
        CHECK(shown.at(dossierHeader + 1) == u"  "_s + f.an.code + u" — Nguyễn Văn An"_s);
        CHECK(shown.at(applicantHeader + 1) == u"  Nguyễn Văn An"_s);
        // Under a name, the rest of the record tells people of the same name apart: the citizen id.
        CHECK(panel->results()
                  ->item(int(applicantHeader) + 1)
                  ->data(SearchPanel::kHtmlRole)
                  .toString()
                  .contains(u"001090123456"_s));
        CHECK(!shown.join(u'\n').contains(u"Ngọc"_s));
        // The first result is selected; its HTML shows the typed words in bold.
        const MotCua::SearchHit *hit = panel->currentHit();
        REQUIRE(hit != nullptr);
        CHECK(hit->kind == MotCua::SearchIndex::Dossier);
        const QString html = panel->results()->currentItem()->data(SearchPanel::kHtmlRole).toString();
        CHECK(html.contains(u"<b>Nguyễn</b>"_s));
        CHECK(html.contains(u"<b>An</b>"_s));
        CHECK(panel->results()->item(0)->text() == u"Dossiers"_s);
        // Down moves to the next result, over the kind headers; Esc closes.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(panel->edit(), Qt::Key_Down);
        REQUIRE(panel->currentHit() != nullptr);
        CHECK(panel->currentHit()->kind == MotCua::SearchIndex::Applicant);
        QTest::keyClick(panel->edit(), Qt::Key_Escape);
        CHECK(!panel->isPopupVisible());
    }

    SECTION("a citizen id: the exact hit comes first")
    {
        search(panel, u"001186004512"_s);
        REQUIRE(!panel->hits().isEmpty());
        CHECK(panel->hits().first().exact);
        CHECK(panel->hits().first().code == f.ngoc.code);
        REQUIRE(panel->currentHit() != nullptr);
        CHECK(panel->currentHit()->exact);
        CHECK(panel->results()
                  ->currentItem()
                  ->data(SearchPanel::kHtmlRole)
                  .toString()
                  .contains(u"<b>001186004512</b>"_s));
    }

    SECTION("a dossier code: exact")
    {
        search(panel, f.phuc.code);
        REQUIRE(!panel->hits().isEmpty());
        CHECK(panel->hits().first().exact);
        CHECK(panel->hits().first().code == f.phuc.code);
    }

    SECTION("Enter on a dossier opens the dossier dialog")
    {
        search(panel, u"nguyen van an"_s);
        REQUIRE(panel->currentHit() != nullptr);
        REQUIRE(panel->currentHit()->kind == MotCua::SearchIndex::Dossier);
        QTest::keyClick(panel->edit(), Qt::Key_Return);
        auto *dialog = window.findChild<MotCua::Ui::DossierDialog *>();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->dossier().code == f.an.code);
        CHECK(!panel->isPopupVisible());
        // The dialog offers the slips of the dossier.
        REQUIRE(dialog->printButton() != nullptr);
        QMenu *menu = dialog->printButton()->menu();
        REQUIRE(menu != nullptr);
        CHECK(menu->findChild<QAction *>(u"print_receipt"_s) != nullptr);
        CHECK(menu->findChild<QAction *>(u"print_control-sheet"_s) != nullptr);
        CHECK(menu->findChild<QAction *>(u"print_refusal"_s) == nullptr);
        dialog->close();
    }

    SECTION("Enter typed right after the text searches at once")
    {
        panel->edit()->clear();
        MotCua::Test::typeText(panel->edit(), u"tran thi bich"_s);
        QTest::keyClick(panel->edit(), Qt::Key_Return);
        auto *dialog = window.findChild<MotCua::Ui::DossierDialog *>();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->dossier().code == f.ngoc.code);
        dialog->close();
    }

    SECTION("an applicant result filters the dossier list on that person")
    {
        QSignalSpy spy(panel, &SearchPanel::applicantActivated);
        search(panel, u"le hoang phuc"_s);
        for (int i = 0; i < 20 && panel->currentHit() && panel->currentHit()->kind != MotCua::SearchIndex::Applicant;
             ++i)
            QTest::keyClick(panel->edit(), Qt::Key_Down);
        REQUIRE(panel->currentHit() != nullptr);
        REQUIRE(panel->currentHit()->kind == MotCua::SearchIndex::Applicant);
        QTest::keyClick(panel->edit(), Qt::Key_Enter);
        REQUIRE(spy.count() == 1);
        CHECK(spy.at(0).at(1).toString() == u"Lê Hoàng Phúc"_s);
        CHECK(window.dossiersPage()->filterEdit()->text() == u"038095001234"_s);
    }

    SECTION("the kind boxes restrict the results")
    {
        search(panel, u"nguyen van an"_s);
        auto *box = panel->popup()->findChild<QCheckBox *>(u"searchKind_dossier"_s);
        REQUIRE(box != nullptr);
        box->setChecked(false);
        const QStringList shown = rows(panel);
        INFO(shown.join(u'\n').toStdString());
        CHECK(!shown.contains(u"dossier:"_s));
        CHECK(shown.contains(u"applicant:"_s));
        box->setChecked(true);
    }

    SECTION("FTS syntax typed is only text: no crash, no error")
    {
        const QStringList inputs{u"\""_s,
                                 u"\"nguyen"_s,
                                 u"an*"_s,
                                 u"*"_s,
                                 u"-an"_s,
                                 u"-"_s,
                                 u"("_s,
                                 u")"_s,
                                 u"(an OR b)"_s,
                                 u"NEAR"_s,
                                 u"NEAR(an van)"_s,
                                 u"an NEAR/2 van"_s,
                                 u"title:an"_s,
                                 u"^an"_s,
                                 u"an AND NOT"_s,
                                 u"'; DROP TABLE dossiers; --"_s,
                                 u"{an}"_s,
                                 u"+"_s,
                                 u"\"\"\""_s};
        for (const QString &text : inputs) {
            INFO(text.toStdString());
            panel->edit()->setText(text);
            panel->searchNow();
            CHECK(panel->lastError().isEmpty());
            const auto *message = panel->popup() ? panel->popup()->findChild<QLabel *>(u"searchMessage"_s) : nullptr;
            if (message)
                CHECK(!message->text().contains(u"not available"_s));
        }
        // The store still answers afterwards.
        search(panel, u"nguyen van an"_s);
        CHECK(!panel->hits().isEmpty());
    }
}

TEST_CASE("The search popup's filters combine with the text, and every match pages in", "[ui][search]")
{
    SearchFixture f;
    // Twelve more Nguyễn, received on 1 to 12 June 2026; one of them refused.
    QList<MotCua::Dossier> june;
    const QStringList given{u"An"_s,  u"Bình"_s, u"Cúc"_s, u"Dung"_s, u"Hà"_s,   u"Hạnh"_s,
                            u"Hoa"_s, u"Lan"_s,  u"Mai"_s, u"Nga"_s,  u"Oanh"_s, u"Phượng"_s};
    for (int day = 1; day <= 12; ++day)
        june.append(f.receive(u"Nguyễn Thị "_s + given.at(day - 1), u"0011860%1"_s.arg(day, 5, 10, QLatin1Char('0')),
                              QDateTime(QDate(2026, 6, day), QTime(9, 0), MotCua::Time::vietnam())));
    MotCua::DossierActionRequest refuse;
    refuse.action = MotCua::DossierAction::Refuse;
    refuse.code = june.at(4).code;
    refuse.reason = u"Không thuộc thẩm quyền"_s;
    REQUIRE(f.dossiers.act(f.s.session, refuse).has_value());

    MainWindow window(*f.s.store, f.s.session, f.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SearchPanel *panel = window.searchPanel();
    search(panel, u"nguyen"_s);
    auto *button = panel->popup()->findChild<QToolButton *>(u"searchFilters"_s);
    REQUIRE(button != nullptr);
    CHECK(button->text() == u"Filters"_s);
    CHECK(!panel->filterBar()->isVisible());
    button->click();
    REQUIRE(panel->filterBar()->isVisible());
    // The popup stays open while the filters have the focus.
    auto *state = panel->filterBar()->findChild<QComboBox *>(u"searchStateFilter"_s);
    REQUIRE(state != nullptr);
    CHECK(waitUntil([state] { return state->hasFocus(); }));
    CHECK(panel->isPopupVisible());

    SECTION("state: only the refused dossier")
    {
        state->setCurrentIndex(state->findData(u"refused"_s));
        CHECK(button->text() == u"Filters (1)"_s);
        QStringList shown = rows(panel);
        INFO(shown.join(u'\n').toStdString());
        CHECK(shown == QStringList{u"dossier:"_s, u"  "_s + june.at(4).code + u" — Nguyễn Thị Hà"_s});
        // Clear brings everything back.
        panel->filterBar()->findChild<QToolButton *>(u"searchClearFilters"_s)->click();
        CHECK(button->text() == u"Filters"_s);
        CHECK(rows(panel).contains(u"applicant:"_s));
    }

    SECTION("received from/until: only June 3 to 5, dossiers only")
    {
        auto *from = panel->filterBar()->findChild<QDateEdit *>(u"searchFromFilter"_s);
        auto *until = panel->filterBar()->findChild<QDateEdit *>(u"searchUntilFilter"_s);
        REQUIRE(from != nullptr);
        REQUIRE(until != nullptr);
        CHECK(from->text() == u"any"_s);
        from->setDate(QDate(2026, 6, 3));
        until->setDate(QDate(2026, 6, 5));
        QStringList titles;
        for (const MotCua::SearchHit &h : panel->hits())
            titles.append(h.title.section(u" — "_s, 1));
        titles.sort();
        CHECK(titles == QStringList{u"Nguyễn Thị Cúc"_s, u"Nguyễn Thị Dung"_s, u"Nguyễn Thị Hà"_s});
        // A range that ends before it starts says so, instead of showing nothing.
        until->setDate(QDate(2026, 6, 1));
        CHECK(panel->hits().isEmpty());
        auto *message = panel->popup()->findChild<QLabel *>(u"searchMessage"_s);
        REQUIRE(message != nullptr);
        CHECK(message->isVisible());
        CHECK(!message->text().isEmpty());
    }

    SECTION("assignee and procedure lists come from the accounts and the catalog")
    {
        auto *assignee = panel->filterBar()->findChild<QComboBox *>(u"searchAssigneeFilter"_s);
        auto *procedure = panel->filterBar()->findChild<QComboBox *>(u"searchProcedureFilter"_s);
        auto *field = panel->filterBar()->findChild<QComboBox *>(u"searchFieldFilter"_s);
        REQUIRE(assignee != nullptr);
        REQUIRE(procedure != nullptr);
        REQUIRE(field != nullptr);
        CHECK(assignee->findData(f.s.session.username) > 0);
        CHECK(procedure->findData(u"1.004335"_s) > 0);
        CHECK(field->count() > 5);
        // No dossier is assigned to anyone yet.
        assignee->setCurrentIndex(assignee->findData(f.s.session.username));
        CHECK(panel->hits().isEmpty());
        assignee->setCurrentIndex(0);
        procedure->setCurrentIndex(procedure->findData(u"1.004335"_s));
        CHECK(panel->hits().size() == 8);
        // Choosing a field narrows the procedures to that field's.
        const int before = procedure->count();
        field->setCurrentIndex(1);
        CHECK(procedure->count() < before);
        CHECK(procedure->currentIndex() == 0);
    }

    SECTION("more results: every match, newest first, 8 at first then all 13")
    {
        button->click();
        CHECK(!panel->filterBar()->isVisible());
        panel->edit()->setFocus();
        auto *box = panel->popup()->findChild<QCheckBox *>(u"searchKind_applicant"_s);
        box->setChecked(false);
        CHECK(panel->hits().size() == 8);
        QListWidget *list = panel->results();
        QListWidgetItem *more = list->item(list->count() - 1);
        REQUIRE(more->data(SearchPanel::kMoreRole).toBool());
        // Down to the last row and Enter loads the rest, staying on the first new one.
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(panel->edit(), Qt::Key_Down);
        CHECK(list->currentItem() == more);
        QTest::keyClick(panel->edit(), Qt::Key_Return);
        CHECK(panel->hits().size() == 13);
        CHECK(!list->item(list->count() - 1)->data(SearchPanel::kMoreRole).toBool());
        QSet<QString> codes;
        for (const MotCua::SearchHit &h : panel->hits())
            codes.insert(h.code);
        CHECK(codes.size() == 13);
        box->setChecked(true);
    }
}

TEST_CASE("Search snippets are escaped before the highlight markers become bold", "[ui][search]")
{
    const QString open(QChar(0xE000));
    const QString close(QChar(0xE001));
    CHECK(SearchPanel::highlightHtml(u"<script>"_s + open + u"An"_s + close + u" & co"_s, open, close) ==
          u"&lt;script&gt;<b>An</b> &amp; co"_s);
    CHECK(SearchPanel::highlightHtml(u"<b>x</b>"_s, open, close) == u"&lt;b&gt;x&lt;/b&gt;"_s);
    CHECK(SearchPanel::highlightHtml(open + u"unclosed"_s, open, close) == u"<b>unclosed</b>"_s);
}

TEST_CASE("The receive dialog can start with a procedure chosen and offers to print the receipt", "[ui][search]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::CatalogService catalog(*s.store);
    auto some = catalog.search(u"khai sinh"_s, 3);
    REQUIRE(some.has_value());
    REQUIRE(!some->isEmpty());
    const QString code = some->last().code;
    MotCua::Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    CHECK(dialog.printReceiptAfterSaving());
    CHECK(dialog.selectProcedure(code));
    CHECK(dialog.selectedProcedureCode() == code);
    CHECK(!dialog.selectProcedure(u"no-such-procedure"_s));
}

TEST_CASE("The dossier dialog lists the slips that apply", "[ui][slips]")
{
    MotCua::Dossier d;
    using K = MotCua::Ui::SlipKind;
    CHECK(MotCua::Ui::DossierDialog::applicableSlips(d) == QList<K>{K::Receipt, K::ControlSheet});
    d.supplementCount = 1;
    d.state = MotCua::DossierState::Refused;
    d.newDueAt = QDateTime::currentDateTimeUtc();
    CHECK(MotCua::Ui::DossierDialog::applicableSlips(d) ==
          QList<K>{K::Receipt, K::SupplementRequest, K::Refusal, K::Apology, K::ControlSheet});
}

TEST_CASE("The slips print the office profile of the settings when it is set", "[ui][slips]")
{
    UiStore s;
    const MotCua::Ui::OfficeInfo before = MotCua::Ui::officeInfo(*s.store);
    CHECK(before.address.isEmpty());
    CHECK(before.hotline.isEmpty());
    MotCua::OfficeProfile profile;
    profile.centerName = u"Trung tâm Phục vụ hành chính công phường Ba Đình"_s;
    profile.address = u"Số 1 phố Đội Cấn, Ba Đình, Hà Nội"_s;
    profile.hotline = u"024 3823 4567"_s;
    REQUIRE(MotCua::SettingsService(*s.store).setOffice(s.session, profile).has_value());
    const MotCua::Ui::OfficeInfo after = MotCua::Ui::officeInfo(*s.store);
    CHECK(after.centerName == profile.centerName);
    CHECK(after.address == profile.address);
    CHECK(after.hotline == profile.hotline);
    CHECK(after.agencyName == before.agencyName);
    CHECK(after.place == before.place);
}

TEST_CASE("In Vietnamese, Qt's own buttons and dialogs are Vietnamese too, and no reason key shows in a result",
          "[ui][i18n]")
{
    UiStore s;
    MotCua::DossierService dossiers(*s.store);
    MotCua::ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = u"Quách Thị Duyên"_s;
    r.citizenId = u"001190777777"_s;
    REQUIRE(dossiers.receive(s.session, r).has_value());
    r.refuseAsDuplicate = true;
    auto refused = dossiers.receive(s.session, r);
    REQUIRE(refused.has_value());

    REQUIRE(MotCua::Ui::installTranslations(*qApp, u"vi"_s));
    struct Restore
    {
        ~Restore() { MotCua::Ui::removeTranslations(*qApp); }
    } restore;

    // The buttons Qt words itself (message boxes, button boxes), the print preview and the file chooser.
    QDialogButtonBox box(QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Yes)->text() == u"&Có");
    CHECK(box.button(QDialogButtonBox::No)->text() == u"&Không");
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == u"Hủy");
    CHECK(QCoreApplication::translate("QPrintPreviewDialog", "Print Preview") == u"Xem trước khi in");
    CHECK(QCoreApplication::translate("QFileDialog", "File &name:") == u"&Tên tệp:");
    CHECK(QCoreApplication::translate("QLineEdit", "&Paste") == u"&Dán");

    // The reason a dossier was refused, in words in the search result.
    MotCua::SearchQuery q;
    q.text = u"quach thi duyen"_s;
    auto found = MotCua::SearchService(*s.store).search(s.session, q);
    REQUIRE(found.has_value());
    bool seen = false;
    for (const MotCua::SearchHit &h : found->hits) {
        if (h.code != refused->code)
            continue;
        seen = true;
        INFO(h.detail.toStdString());
        CHECK(h.detail.contains(u"trùng với hồ sơ đang mở"_s));
        CHECK_FALSE(h.detail.contains(u"duplicate"_s));
    }
    CHECK(seen);
}
