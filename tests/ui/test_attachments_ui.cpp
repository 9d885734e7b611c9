// Attachments in the window (issue 12): OCR of a Vietnamese scan the test renders itself (an image, a scanned PDF
// with no text layer, a PDF with one) found by the search box without diacritics; the attachment panel (add, refuse,
// preview, remove, read the text); the PDF and image preview (pages, zoom); the inbox of unregistered scans.
#include "core/attachments/attachmentservice.h"
#include "core/attachments/hotfolder.h"
#include "core/attachments/ocrservice.h"
#include "core/services/authservice.h"
#include "core/services/dossierservice.h"
#include "core/services/searchservice.h"
#include "core/store/searchindex.h"
#include "tests/ui/uifixture.h"
#include "ui/attachments/attachmentpanel.h"
#include "ui/attachments/previewwidget.h"
#include "ui/attachments/scaninboxpage.h"
#include "ui/dossiers/dossierdialog.h"
#include "ui/search/searchpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace MotCua;
using namespace MotCua::Test;
using namespace Qt::StringLiterals;

namespace
{
template <typename T> std::string why(const Result<T> &r)
{
    return r ? std::string() : r.error().message.toStdString();
}

// A scan of a line of Vietnamese: black text on white at about 200 dpi, as a scanner makes it.
QImage scanOf(const QStringList &lines)
{
    QImage image(1400, 140 + 90 * int(lines.size()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(48);
    p.setFont(font);
    p.setPen(Qt::black);
    for (qsizetype i = 0; i < lines.size(); ++i)
        p.drawText(60, 110 + 90 * int(i), lines.at(i));
    return image;
}

// A PDF of `pages` A4 pages; `asScan`: each page is an image (no text layer), else real text.
QString writePdf(const QString &path, const QList<QStringList> &pages, bool asScan)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    QPainter p(&pdf);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        if (asScan) {
            const QImage image = scanOf(pages.at(i));
            p.drawImage(QRect(60, 80, 1100, 1100 * image.height() / image.width()), image);
        } else {
            QFont font(u"DejaVu Sans"_s);
            font.setPointSize(14);
            p.setFont(font);
            for (qsizetype l = 0; l < pages.at(i).size(); ++l)
                p.drawText(80, 150 + 60 * int(l), pages.at(i).at(l));
        }
    }
    p.end();
    return path;
}

Dossier receiveDossier(UiStore &s, const QString &name)
{
    ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = name;
    auto d = DossierService(*s.store).receive(s.session, r);
    INFO(why(d));
    REQUIRE(d.has_value());
    return *d;
}

QList<SearchHit> attachmentHits(UiStore &s, const QString &text)
{
    SearchQuery q;
    q.text = text;
    q.kinds = {SearchIndex::Attachment};
    auto r = SearchService(*s.store).search(s.session, q);
    INFO(why(r));
    REQUIRE(r.has_value());
    return r->hits;
}

QString fileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}
} // namespace

TEST_CASE("OCR reads Vietnamese from a scan, a scanned PDF and the text layer of a PDF, and the search finds it "
          "without diacritics",
          "[ui][attachments][ocr]")
{
    UiStore s;
    OcrService ocr(*s.store);
    if (!ocr.available()) {
        WARN("Tesseract with its Vietnamese data is not installed: " << ocr.unavailableReason().toStdString());
        SUCCEED();
        return;
    }
    const Dossier d = receiveDossier(s, u"Trịnh Văn Quang"_s);
    QTemporaryDir files;
    const QString png = files.filePath(u"scan_0001.png"_s);
    REQUIRE(scanOf({u"Giấy chứng nhận quyền sử dụng đất"_s, u"Thửa đất số 125, tờ bản đồ số 7"_s}).save(png));
    const QString scannedPdf =
        writePdf(files.filePath(u"scan_0002.pdf"_s),
                 {{u"Đơn đề nghị cấp bản sao trích lục"_s}, {u"Quyết định khen thưởng"_s}}, true);
    const QString textPdf = writePdf(
        files.filePath(u"cong_van.pdf"_s),
        {{u"Kính gửi Ủy ban nhân dân phường Ba Đình"_s, u"Về việc tổ chức hội nghị tiếp xúc cử tri năm 2026"_s}},
        false);
    AttachmentService attachments(*s.store);
    auto added = attachments.attachAll(s.session, u"dossier"_s, d.id, {png, scannedPdf, textPdf});
    INFO(why(added));
    REQUIRE(added.has_value());
    REQUIRE(added->size() == 3);
    CHECK(attachmentHits(s, u"quyen su dung dat"_s).isEmpty()); // not read yet

    REQUIRE(ocr.pending()->size() == 3);
    auto report = ocr.run();
    INFO(why(report));
    REQUIRE(report.has_value());
    CHECK(report->done == 3);
    CHECK(report->failed == 0);
    CHECK(ocr.pending()->isEmpty());

    const Attachment image = *attachments.attachment(added->at(0).id);
    CHECK(image.textState == u"done"_s);
    CHECK(image.text.contains(u"quyền sử dụng đất"_s));
    const Attachment scan = *attachments.attachment(added->at(1).id);
    CHECK(scan.text.contains(u"trích lục"_s));
    CHECK(scan.text.contains(u"khen thưởng"_s));
    CHECK(*s.store->db().scalarInt(
              u"SELECT pages FROM blob_texts WHERE sha256 = '%1' AND engine = 'tesseract'"_s.arg(scan.sha256)) == 2);
    const Attachment text = *attachments.attachment(added->at(2).id);
    CHECK(text.text.contains(u"tiếp xúc cử tri"_s));
    CHECK(*s.store->db().scalarInt(
              u"SELECT count(*) FROM blob_texts WHERE sha256 = '%1' AND engine = 'pdftotext'"_s.arg(text.sha256)) == 1);

    // The one search box, without diacritics, as typed at the counter.
    const QList<SearchHit> land = attachmentHits(s, u"quyen su dung dat"_s);
    REQUIRE(land.size() == 1);
    CHECK(land.first().id == image.id);
    CHECK(land.first().title == u"scan_0001.png"_s);
    REQUIRE(attachmentHits(s, u"khen thuong"_s).size() == 1);
    CHECK(attachmentHits(s, u"khen thuong"_s).first().id == scan.id);
    REQUIRE(attachmentHits(s, u"tiep xuc cu tri"_s).size() == 1);
    CHECK(attachmentHits(s, u"tiep xuc cu tri"_s).first().id == text.id);
    // Nothing to read a second time.
    CHECK(ocr.run()->total == 0);
}

TEST_CASE("The attachment panel adds, refuses with a sentence, previews and removes the files of a record",
          "[ui][attachments]")
{
    UiStore s;
    const Dossier d = receiveDossier(s, u"Mai Thị Duyên"_s);
    QTemporaryDir files;
    Ui::AttachmentPanel panel(*s.store, s.session, u"dossier"_s, d.id);
    panel.setReadAutomatically(false); // read below, when the test asks
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.resize(700, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &Ui::AttachmentPanel::changed);
    CHECK(panel.model()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(panel, u"attachmentRemove"_s)->isEnabled());

    const QString fake = fileIn(files, u"tờ trình.pdf"_s, "chỉ là chữ, không phải PDF");
    CHECK_FALSE(panel.addFiles({fake}));
    CHECK(panel.messageText().contains(u"tờ trình.pdf"_s));
    CHECK(panel.messageText().contains(u"Only PDFs and scanned images"_s));
    CHECK(panel.model()->rowCount() == 0);
    CHECK(changed.isEmpty());

    const QString pdf = writePdf(files.filePath(u"biên bản.pdf"_s), {{u"Biên bản"_s}, {u"Trang hai"_s}}, false);
    QImage photo(320, 200, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    const QString png = files.filePath(u"ảnh chụp.png"_s);
    REQUIRE(photo.save(png));
    REQUIRE(panel.addFiles({pdf, png}));
    CHECK(changed.size() == 1);
    REQUIRE(panel.model()->rowCount() == 2);
    CHECK(panel.model()->index(0, Ui::AttachmentListModel::FileName).data().toString() == u"biên bản.pdf"_s);
    CHECK(panel.model()->index(1, Ui::AttachmentListModel::Type).data().toString() == u"PNG image"_s);
    CHECK(panel.model()->index(0, Ui::AttachmentListModel::Text).data().toString() == u"Not read yet"_s);
    CHECK(child<QPushButton>(panel, u"attachmentReadText"_s)->isEnabled());

    // Preview the PDF: two pages, the second one reached with Next.
    panel.view()->selectRow(0);
    QWidget *dialog = panel.previewSelected();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *preview = dialog->findChild<Ui::PreviewWidget *>();
    REQUIRE(preview != nullptr);
    CHECK(preview->showing() == u"pdf"_s);
    CHECK(preview->pageCount() == 2);
    QTest::mouseClick(child<QToolButton>(*dialog, u"previewNext"_s), Qt::LeftButton);
    CHECK(preview->currentPage() == 1);
    CHECK_FALSE(child<QToolButton>(*dialog, u"previewNext"_s)->isEnabled());
    dialog->close();

    // Remove the picture, after saying yes.
    panel.view()->selectRow(1);
    QTest::mouseClick(child<QPushButton>(panel, u"attachmentRemove"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    REQUIRE(waitUntil([&] { return (box = panel.findChild<QMessageBox *>(u"attachmentRemoveConfirm"_s)) != nullptr; }));
    CHECK(box->text().contains(u"ảnh chụp.png"_s));
    QTest::mouseClick(child<QPushButton>(*box, u"yesButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return panel.model()->rowCount() == 1; }));
    CHECK(changed.size() == 2);
    CHECK(AttachmentService(*s.store).list(u"dossier"_s, d.id)->size() == 1);

    // Read the text on a worker thread: the PDF's text layer.
    QTest::mouseClick(child<QPushButton>(panel, u"attachmentReadText"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !panel.isBusy() && changed.size() == 3; }, std::chrono::seconds(60)));
    CHECK(panel.model()->index(0, Ui::AttachmentListModel::Text).data().toString() == u"Read"_s);
    CHECK(panel.messageText().contains(u"1"_s));
}

TEST_CASE("The preview pages through a PDF, zooms, shows images and says when it cannot show a file",
          "[ui][attachments][preview]")
{
    QTemporaryDir files;
    const QString pdf = writePdf(files.filePath(u"ba trang.pdf"_s),
                                 {{u"QUYẾT ĐỊNH"_s, u"Về việc công nhận tổ dân phố văn hóa"_s},
                                  {u"Điều 2. Trang thứ hai"_s},
                                  {u"Nơi nhận: như Điều 3"_s}},
                                 false);
    Ui::PreviewWidget preview;
    preview.resize(800, 900);
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    CHECK(preview.showing().isEmpty());
    CHECK_FALSE(preview.message().isEmpty());
    REQUIRE(preview.showFile(pdf, u"application/pdf"_s));
    CHECK(preview.showing() == u"pdf"_s);
    CHECK(preview.pageCount() == 3);
    CHECK(preview.currentPage() == 0);
    auto *prev = child<QToolButton>(preview, u"previewPrevious"_s);
    auto *next = child<QToolButton>(preview, u"previewNext"_s);
    CHECK_FALSE(prev->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(preview.currentPage() == 2);
    CHECK_FALSE(next->isEnabled());
    CHECK(child<QSpinBox>(preview, u"previewPage"_s)->value() == 3);
    child<QSpinBox>(preview, u"previewPage"_s)->setValue(1);
    CHECK(preview.currentPage() == 0);
    preview.setZoom(1.0);
    QTest::mouseClick(child<QToolButton>(preview, u"previewZoomIn"_s), Qt::LeftButton);
    CHECK(preview.zoom() == Approx(1.25));
    QTest::mouseClick(child<QToolButton>(preview, u"previewZoomOut"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(preview, u"previewZoomOut"_s), Qt::LeftButton);
    CHECK(preview.zoom() == Approx(0.8));
    QTest::mouseClick(child<QToolButton>(preview, u"previewFitWidth"_s), Qt::LeftButton);
    CHECK(child<QToolButton>(preview, u"previewFitWidth"_s)->isChecked());
    QTest::qWait(100);
    // An A4 page (595 pt) fitted into about 780 pixels at 96 dpi: about 100 %, and the label says so.
    CHECK(preview.zoom() > 0.6);
    CHECK(preview.zoom() < 1.6);
    CHECK(child<QLabel>(preview, u"previewZoom"_s)->text() == u"%1 %"_s.arg(qRound(preview.zoom() * 100)));
    const QString shotDir = qEnvironmentVariable("MOTCUA_SHOT_DIR");
    if (!shotDir.isEmpty())
        preview.grab().save(QDir(shotDir).filePath(u"preview-pdf.png"_s));

    // An image: fitted to the width, then zoomed.
    const QString png = files.filePath(u"scan.png"_s);
    REQUIRE(scanOf({u"Giấy khai sinh"_s, u"Họ và tên: Nguyễn Thị Ánh"_s}).save(png));
    REQUIRE(preview.showFile(png));
    CHECK(preview.showing() == u"image"_s);
    CHECK(preview.pageCount() == 1);
    CHECK_FALSE(next->isEnabled());
    const qreal fitted = preview.zoom();
    CHECK(fitted < 1.0); // 1400 px wide, in a narrower window
    preview.zoomIn();
    CHECK(preview.zoom() == Approx(fitted * 1.25));
    CHECK(child<QLabel>(preview, u"previewImage"_s)->pixmap().width() == qRound(1400 * preview.zoom()));
    if (!shotDir.isEmpty()) {
        preview.fitWidth();
        QTest::qWait(50);
        preview.grab().save(QDir(shotDir).filePath(u"preview-image.png"_s));
    }

    // What it cannot show: a damaged PDF, a text file.
    const QString broken = fileIn(files, u"hỏng.pdf"_s, "%PDF-1.4\nhỏng rồi");
    CHECK_FALSE(preview.showFile(broken, u"application/pdf"_s));
    CHECK(preview.showing().isEmpty());
    CHECK(preview.message().contains(u"cannot be shown"_s));
    CHECK_FALSE(preview.showFile(fileIn(files, u"ghi chú.txt"_s, "chữ")));
    CHECK(preview.message().contains(u"neither a PDF nor an image"_s));
    CHECK_FALSE(child<QToolButton>(preview, u"previewZoomIn"_s)->isEnabled());
}

TEST_CASE("The inbox of unregistered scans lists stable scans, attaches one by dossier code, dismisses another and "
          "asks for a registration",
          "[ui][attachments][hotfolder]")
{
    UiStore s;
    const Dossier d = receiveDossier(s, u"Phan Văn Lộc"_s);
    QTemporaryDir scanner;
    Ui::ScanInboxPage page(*s.store, s.session);
    page.setStableMs(200);
    page.setPollMs(50);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.scanCount() == 0);
    REQUIRE(page.setFolder(scanner.path()));
    CHECK(*HotFolder::configured(*s.store) == QFileInfo(scanner.path()).absoluteFilePath());
    CHECK(child<QLabel>(page, u"scanFolder"_s)->text().contains(QFileInfo(scanner.path()).fileName()));

    writePdf(scanner.filePath(u"scan_0001.pdf"_s), {{u"Tờ khai đăng ký khai sinh"_s}}, true);
    REQUIRE(scanOf({u"Công văn số 12/UBND-VP"_s}).save(scanner.filePath(u"scan_0002.png"_s)));
    fileIn(scanner, u"nhật ký máy quét.txt"_s, "không phải bản quét");
    QSignalSpy count(&page, &Ui::ScanInboxPage::countChanged);
    REQUIRE(waitUntil([&] { return page.scanCount() == 2; }, std::chrono::seconds(5)));
    CHECK(count.size() >= 1);
    CHECK(page.preview()->showing() == u"pdf"_s);
    CHECK(page.selectedPath().endsWith(u"scan_0001.pdf"_s));
    if (const QString shotDir = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !shotDir.isEmpty())
        page.grab().save(QDir(shotDir).filePath(u"scan-inbox.png"_s));

    // Attach the PDF to the dossier by the code on its receipt.
    auto *attach = child<QPushButton>(page, u"scanAttach"_s);
    CHECK_FALSE(attach->isEnabled());
    typeText(page.targetEdit(), u"00004.KHONG-000000-0001"_s);
    CHECK_FALSE(page.attachSelected());
    CHECK(page.messageText().contains(u"check the code"_s));
    page.targetEdit()->clear();
    typeText(page.targetEdit(), d.code);
    QSignalSpy attached(&page, &Ui::ScanInboxPage::attached);
    QTest::mouseClick(attach, Qt::LeftButton);
    REQUIRE(attached.size() == 1);
    CHECK(attached.first().at(1).toString() == d.id);
    CHECK(page.scanCount() == 1);
    CHECK(AttachmentService(*s.store).list(u"dossier"_s, d.id)->size() == 1);
    CHECK(QFileInfo::exists(scanner.filePath(u".motcua-taken/scan_0001.pdf"_s)));

    // The picture: asked to be registered as an incoming document, then taken out once it was.
    QSignalSpy registerRequested(&page, &Ui::ScanInboxPage::registerRequested);
    QTest::mouseClick(child<QPushButton>(page, u"scanRegister"_s), Qt::LeftButton);
    REQUIRE(registerRequested.size() == 1);
    const QString picture = registerRequested.first().first().toString();
    CHECK(picture.endsWith(u"scan_0002.png"_s));
    page.markRegistered(picture);
    CHECK(page.scanCount() == 0);

    // A new scan, dismissed.
    REQUIRE(scanOf({u"Bản nháp"_s}).save(scanner.filePath(u"scan_0003.png"_s)));
    REQUIRE(waitUntil([&] { return page.scanCount() == 1; }, std::chrono::seconds(5)));
    QTest::mouseClick(child<QPushButton>(page, u"scanDismiss"_s), Qt::LeftButton);
    CHECK(page.scanCount() == 0);
    CHECK(QFileInfo::exists(scanner.filePath(u".motcua-dismissed/scan_0003.png"_s)));
    CHECK(page.preview()->showing().isEmpty());
}

TEST_CASE("The dossier window has its attachments, and the search box opens a dossier from the text of a file",
          "[ui][attachments][search]")
{
    UiStore s;
    const Dossier d = receiveDossier(s, u"Tạ Thị Bích"_s);
    QTemporaryDir files;
    auto a = AttachmentService(*s.store).attach(
        s.session, u"dossier"_s, d.id,
        writePdf(files.filePath(u"sổ hộ khẩu.pdf"_s), {{u"Sổ hộ khẩu gia đình ông Tạ Văn Cường"_s}}, false));
    REQUIRE(a.has_value());
    REQUIRE(OcrService(*s.store).run().has_value()); // the PDF's own text

    DossierService dossiers(*s.store);
    AuthService auth(*s.store);
    Ui::DossierDialog dialog(dossiers, auth, s.session, d.code);
    dialog.enableAttachments(*s.store);
    auto *tabs = child<QTabWidget>(dialog, u"tabs"_s);
    REQUIRE(dialog.attachmentPanel() != nullptr);
    CHECK(tabs->tabText(tabs->indexOf(dialog.attachmentPanel())) == u"&Attachments (1)"_s);
    CHECK(dialog.attachmentPanel()->model()->index(0, 0).data().toString() == u"sổ hộ khẩu.pdf"_s);

    SearchQuery q;
    q.text = u"so ho khau gia dinh"_s;
    auto found = SearchService(*s.store).search(s.session, q);
    REQUIRE(found.has_value());
    auto hit = std::find_if(found->hits.cbegin(), found->hits.cend(),
                            [](const SearchHit &h) { return h.kind == SearchIndex::Attachment; });
    REQUIRE(hit != found->hits.cend());
    CHECK(hit->ownerEntity == u"dossier"_s);
    CHECK(hit->ownerId == d.id);
    CHECK(hit->code == d.code);
    CHECK(Ui::SearchPanel::kindTitle(SearchIndex::Attachment) == u"Attachments"_s);
}
