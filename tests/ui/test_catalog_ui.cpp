// The catalog as the counter and the administrator see it: the receive dialog's procedure panel, the
// administration's procedure catalog tab, and the receipt.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/catalogpanel.h"
#include "ui/dossiers/receivedialog.h"
#include "ui/slips/slipservice.h"

using namespace Qt::StringLiterals;
using namespace MotCua;
using MotCua::Test::child;
using MotCua::Test::UiStore;

namespace
{

// The codes listed by the receive dialog, in order.
QStringList listedCodes(Ui::ReceiveDialog &dialog)
{
    auto *list = child<QListWidget>(dialog, u"procedureList"_s);
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        codes.append(dialog.selectedProcedureCode());
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    return codes;
}

int rowOf(QTableWidget *table, const QString &code)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Ui::CatalogPanel::CodeColumn)->text() == code)
            return row;
    }
    return -1;
}

// The text of a PDF (pdftotext), whitespace collapsed; null when pdftotext is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

Dossier receive(Store &store, const Session &who, const QString &procedure, const QString &name)
{
    ReceiveRequest r;
    r.procedureCode = procedure;
    r.applicantName = name;
    QDate monday = QDate::currentDate().addDays(-14);
    monday = monday.addDays(1 - monday.dayOfWeek());
    r.receivedAt = QDateTime(monday, QTime(9, 30), Time::vietnam());
    auto d = DossierService(store).receive(who, r);
    INFO((d ? QString() : d.error().message).toStdString());
    REQUIRE(d.has_value());
    return *d;
}

} // namespace

TEST_CASE("The receive dialog ranks everyday procedures first and says what the catalog does not know", "[ui][catalog]")
{
    UiStore s;
    DossierService dossiers(*s.store);
    CatalogService catalog(*s.store);
    Ui::ReceiveDialog dialog(dossiers, catalog, s.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *search = child<QLineEdit>(dialog, u"procedureSearch"_s);
    auto *list = child<QListWidget>(dialog, u"procedureList"_s);
    auto *info = child<QLabel>(dialog, u"procedureInfo"_s);

    MotCua::Test::typeText(search, u"chung thuc"_s);
    const QStringList codes = listedCodes(dialog);
    INFO(codes.join(u' ').toStdString());
    CHECK(codes.indexOf(u"2.000815"_s) >= 0);
    CHECK(codes.indexOf(u"2.000815"_s) < 3);

    REQUIRE(dialog.selectProcedure(u"2.000815"_s));
    const QString copy = info->text();
    INFO(copy.toStdString());
    CHECK(copy.contains(u"2.000 đồng/trang"_s));
    CHECK(copy.contains(u"từ trang thứ 3 trở lên thu 1.000 đồng/trang"_s)); // the portal's note, whole
    CHECK(copy.contains(u"not in the catalog"_s));
    CHECK(copy.contains(u"due today"_s));
    CHECK_FALSE(copy.contains(u"Không có thông tin"_s));
    CHECK_FALSE(copy.contains(u"Việt Nam Đồng"_s));

    // A name the source lost: said, with the code; the provincial decision's title is nowhere.
    search->clear();
    MotCua::Test::typeText(search, u"2.001428"_s);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == u"Procedure name unknown — code 2.001428"_s); // the code once
    CHECK(info->text().contains(u"Procedure name unknown — code 2.001428"_s));
    CHECK(info->text().contains(u"lost this procedure's name"_s));
    CHECK_FALSE(info->text().contains(u"Công bố Danh mục"_s));

    // A long portal note is shown cut at a word, whole in the tooltip.
    REQUIRE(dialog.selectProcedure(u"1.003005"_s));
    CHECK(info->text().contains(u"…"_s));
    CHECK(info->toolTip().contains(u"05 ngày làm việc, kể từ ngày nhận được văn bản đồng ý của Sở Tư pháp."_s));
}

TEST_CASE("The administration's procedure catalog lists the missing time limits and sets one", "[ui][catalog][admin]")
{
    UiStore s;
    Ui::AdminPage page(*s.store, s.session);
    REQUIRE(page.tabs() != nullptr);
    Ui::CatalogPanel *panel = page.catalogPanel();
    REQUIRE(panel != nullptr);
    CHECK(page.tabs()->indexOf(panel) == Ui::AdminPage::CatalogTab);
    QTableWidget *table = panel->table();
    CHECK(table->rowCount() == 62); // 23 without a time limit, 39 without its unit
    const int row = rowOf(table, u"2.000815"_s);
    REQUIRE(row >= 0);
    CHECK(table->item(row, Ui::CatalogPanel::TimeLimitColumn)->text() == u"none: due the day received"_s);
    CHECK(table->item(row, Ui::CatalogPanel::SourceColumn)->text() == u"nothing"_s);
    const int bare = rowOf(table, u"1.001193"_s);
    REQUIRE(bare >= 0);
    CHECK(table->item(bare, Ui::CatalogPanel::TimeLimitColumn)->text() == u"1 working day(s), assumed"_s);
    CHECK(table->item(bare, Ui::CatalogPanel::SourceColumn)->text() == u"1"_s);
    const int lost = rowOf(table, u"3.000226"_s);
    REQUIRE(lost >= 0);
    CHECK(table->item(lost, Ui::CatalogPanel::NameColumn)->text() == u"Procedure name unknown — code 3.000226"_s);

    child<QCheckBox>(*panel, u"showAllProcedures"_s)->setChecked(true);
    CHECK(table->rowCount() == 147);
    child<QCheckBox>(*panel, u"showAllProcedures"_s)->setChecked(false);
    REQUIRE(table->rowCount() == 62);

    table->selectRow(rowOf(table, u"2.000815"_s));
    Ui::TimeLimitDialog *dialog = panel->editTimeLimit();
    REQUIRE(dialog != nullptr);
    QPointer<Ui::TimeLimitDialog> guard(dialog);
    auto *unit = child<QComboBox>(*dialog, u"timeLimitUnit"_s);
    unit->setCurrentIndex(unit->findData(int(TimeUnit::WorkingDays)));
    child<QSpinBox>(*dialog, u"timeLimitValue"_s)->setValue(3);
    dialog->accept();
    REQUIRE(dialog->saved().has_value());
    CHECK(dialog->saved()->timeLimit == 3);
    // Saved through the core: recorded, and the list no longer has it.
    auto p = CatalogService(*s.store).find(u"2.000815"_s);
    REQUIRE(p.has_value());
    CHECK(p->timeLimit == 3);
    CHECK(p->timeUnit == TimeUnit::WorkingDays);
    CHECK(p->timeSetBy == s.session.userId);
    CHECK(table->rowCount() == 61);
    CHECK(rowOf(table, u"2.000815"_s) < 0);
    const QString said = child<QLabel>(*panel, u"catalogMessage"_s)->text();
    CHECK(said.contains(u"3 working day"_s));
    CHECK(said.contains(u"keep their due date"_s));

    // The counter now sees the limit, marked as the administrator's.
    DossierService dossiers(*s.store);
    CatalogService catalog(*s.store);
    Ui::ReceiveDialog receive(dossiers, catalog, s.session);
    REQUIRE(receive.selectProcedure(u"2.000815"_s));
    const QString info = child<QLabel>(receive, u"procedureInfo"_s)->text();
    CHECK(info.contains(u"3 working day(s) (set by an administrator)"_s));
    CHECK_FALSE(info.contains(u"due today"_s));
}

TEST_CASE("The receipt prints the fee the Vietnamese way and says when the time limit or the name is unknown",
          "[ui][catalog][slips]")
{
    UiStore s;
    const Dossier copy = receive(*s.store, s.session, u"2.000815"_s, u"Phan Thị Ngọc Lan"_s);
    const Dossier lost = receive(*s.store, s.session, u"2.001428"_s, u"Tạ Văn Khoa"_s);
    auto data = Ui::loadSlipData(*s.store, s.session, {Ui::SlipKind::Receipt, copy.code, {}, {}});
    REQUIRE(data.has_value());
    CHECK(data->feeText == u"2.000 đồng/trang"_s);
    CHECK(lost.procedureName.isEmpty());

    QTemporaryDir dir;
    const QString copyPdf = dir.filePath(u"copy.pdf"_s);
    const QString lostPdf = dir.filePath(u"lost.pdf"_s);
    REQUIRE(Ui::saveSlipPdf(copyPdf, *s.store, s.session, {Ui::SlipKind::Receipt, copy.code, {}, {}}).has_value());
    REQUIRE(Ui::saveSlipPdf(lostPdf, *s.store, s.session, {Ui::SlipKind::Receipt, lost.code, {}, {}}).has_value());
    const QString text = pdfText(copyPdf);
    if (text.isNull()) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    INFO(text.toStdString());
    CHECK(text.contains(u"2. Số lượng hồ sơ: 01 (bộ); phí, lệ phí: 2.000 đồng/trang"_s));
    CHECK(text.contains(u"3. Thời gian giải quyết hồ sơ theo quy định là: chưa xác định"_s));
    CHECK_FALSE(text.contains(u"theo quy định là: ……"_s));
    CHECK_FALSE(text.contains(u"Việt Nam Đồng"_s));
    const QString lostText = pdfText(lostPdf);
    CHECK(lostText.contains(u"Nội dung yêu cầu giải quyết: Tên thủ tục chưa rõ — mã 2.001428"_s));
    CHECK(lostText.contains(u"phí, lệ phí: chưa xác định"_s));
    CHECK_FALSE(lostText.contains(u"Công bố Danh mục"_s));
}
