#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "core/domain/ids.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "tests/ui/uifixture.h"
#include "ui/slips/slipservice.h"

using namespace Qt::StringLiterals;
using namespace MotCua;
using MotCua::Test::UiStore;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The page objects of a PDF ("/Type /Page", not "/Type /Pages").
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

// Width and height in points of every page's MediaBox.
QList<QSizeF> mediaBoxes(const QByteArray &pdf)
{
    static const QRegularExpression box(
        u"/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"_s);
    QList<QSizeF> sizes;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        sizes.append(
            {m.captured(3).toDouble() - m.captured(1).toDouble(), m.captured(4).toDouble() - m.captured(2).toDouble()});
    }
    return sizes;
}

// The text of a PDF via poppler's pdftotext, or a null string when it is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QDateTime vn(const QDate &day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), Time::vietnam());
}

Dossier receive(DossierService &dossiers, const Session &who, const QDateTime &at, const QString &name,
                const QString &citizenId = {})
{
    ReceiveRequest r;
    r.procedureCode = u"1.001193"_s;
    r.applicantName = name;
    r.citizenId = citizenId;
    r.phone = u"0912345678"_s;
    r.address = u"Số 12 phố Đội Cấn, Ba Đình"_s;
    r.receivedAt = at;
    r.papers = {
        u"Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh"_s};
    auto d = dossiers.receive(who, r);
    INFO((d ? QString() : d.error().message).toStdString());
    REQUIRE(d.has_value());
    return *d;
}

bool near(qreal a, qreal b)
{
    return std::abs(a - b) < 1.5;
}

// A Monday some weeks back, so that every action happens in the past.
QDate pastMonday(int weeksBack)
{
    QDate d = QDate::currentDate().addDays(-7 * weeksBack);
    return d.addDays(1 - d.dayOfWeek());
}

} // namespace

TEST_CASE("The receipt is two A5 pages, one per copy, carrying the dossier code", "[slips]")
{
    UiStore s;
    DossierService dossiers(*s.store);
    const Dossier d = receive(dossiers, s.session, vn(pastMonday(2), 9, 30), u"Nguyễn Thị Hoa"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    auto saved = Ui::saveSlipPdf(path, *s.store, s.session, {Ui::SlipKind::Receipt, d.code, {}, {}});
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.has_value());

    const QByteArray pdf = readAll(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pageCount(pdf) == 2);
    const auto boxes = mediaBoxes(pdf);
    REQUIRE(boxes.size() == 2);
    for (const QSizeF &box : boxes) {
        CHECK(near(box.width(), 419.5)); // A5: 148 x 210 mm
        CHECK(near(box.height(), 595.3));
    }

    const QString text = pdfText(path);
    if (text.isNull()) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    CHECK(text.count(d.code) >= 2);
    CHECK(text.contains(u"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"_s)); // the diacritics survive
    CHECK(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    CHECK(text.contains(u"(Liên 1: Lưu)"_s));
    CHECK(text.contains(u"(Liên 2: Giao người nộp hồ sơ)"_s));
    CHECK(text.contains(u"Nguyễn Thị Hoa"_s));
    CHECK(text.contains(u"Mẫu số 01 – Thông tư số 03/2025/TT-VPCP"_s));
    CHECK(text.contains(u"09 giờ 30 phút"_s)); // received at 09:30 Vietnam time
}

TEST_CASE("The register of a period with 60 dossiers runs over several A4 landscape pages", "[slips]")
{
    UiStore s;
    DossierService dossiers(*s.store);
    const QDate monday = pastMonday(3);
    const Dossier before = receive(dossiers, s.session, vn(monday.addDays(-3), 10), u"Ngoài Kỳ Trước"_s);
    QStringList codes;
    for (int i = 0; i < 60; ++i)
        codes << receive(dossiers, s.session, vn(monday.addDays(i % 5), 8 + i / 6, i % 60), u"Phạm Văn Bình"_s).code;
    const Dossier after = receive(dossiers, s.session, vn(monday.addDays(7), 10), u"Ngoài Kỳ Sau"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"register.pdf"_s);
    const Ui::SlipRequest request{Ui::SlipKind::Register, {}, monday, monday.addDays(4)};
    auto data = Ui::loadSlipData(*s.store, s.session, request);
    REQUIRE(data.has_value());
    CHECK(data->registerRows.size() == 60);
    CHECK(data->registerRows.first().receivedAt <= data->registerRows.last().receivedAt); // oldest first
    REQUIRE(Ui::saveSlipPdf(path, *s.store, s.session, request).has_value());

    const QByteArray pdf = readAll(path);
    const int pages = pageCount(pdf);
    CHECK(pages > 1);
    for (const QSizeF &box : mediaBoxes(pdf)) {
        CHECK(near(box.width(), 841.9)); // A4 landscape
        CHECK(near(box.height(), 595.3));
    }
    const QString text = pdfText(path);
    if (!text.isNull()) {
        CHECK(text.count(u"Mã hồ sơ"_s) == pages); // the header is repeated on every page
        CHECK(text.contains(u"Trang %1/%1"_s.arg(pages)));
        for (const QString &code : {codes.first(), codes.last()}) {
            // The code may be broken over two lines of its cell: look for its serial part.
            CHECK(text.contains(code.section(u'-', -1)));
        }
        CHECK_FALSE(text.contains(u"Ngoài Kỳ"_s));
    }
    Q_UNUSED(before);
    Q_UNUSED(after);

    CHECK(
        Ui::loadSlipData(*s.store, s.session, {Ui::SlipKind::Register, {}, monday, monday.addDays(-1)}).error().code ==
        Error::Code::Invalid);
}

TEST_CASE("The control sheet, the supplement request, the refusal and the apology", "[slips]")
{
    UiStore s;
    DossierService dossiers(*s.store);
    const QDate monday = pastMonday(3);
    const Dossier d = receive(dossiers, s.session, vn(monday, 9), u"Lê Thị Mai"_s, u"001190012345"_s);
    QTemporaryDir dir;

    // Nothing to print yet for a supplement, a refusal or an apology.
    for (Ui::SlipKind kind : {Ui::SlipKind::SupplementRequest, Ui::SlipKind::Refusal, Ui::SlipKind::Apology}) {
        auto r = Ui::saveSlipPdf(dir.filePath(u"x.pdf"_s), *s.store, s.session, {kind, d.code, {}, {}});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Conflict);
    }
    CHECK(Ui::saveSlipPdf(dir.filePath(u"x.pdf"_s), *s.store, s.session, {Ui::SlipKind::Receipt, u"NO-SUCH"_s, {}, {}})
              .error()
              .code == Error::Code::NotFound);

    auto act = [&](DossierAction action, const QDateTime &at, const std::function<void(DossierActionRequest &)> &fill) {
        DossierActionRequest r;
        r.action = action;
        r.code = d.code;
        r.at = at;
        fill(r);
        auto done = dossiers.act(s.session, r);
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.has_value());
    };
    act(DossierAction::Transfer, vn(monday, 10),
        [](DossierActionRequest &r) { r.toDepartment = u"Tư pháp - Hộ tịch"_s; });
    act(DossierAction::RequestSupplement, vn(monday, 15), [](DossierActionRequest &r) {
        r.items = {u"Bản chính Giấy chứng sinh"_s, u"Văn bản ủy quyền có chứng thực"_s};
        r.reason = u"Thiếu thành phần hồ sơ"_s;
    });
    act(DossierAction::SupplementReceived, vn(monday.addDays(1), 9), [](DossierActionRequest &) {});
    act(DossierAction::Apologize, vn(monday.addDays(2), 9), [&](DossierActionRequest &r) {
        r.reason = u"Phải xác minh thêm"_s;
        r.newDueAt = vn(monday.addDays(14), 16);
    });

    SECTION("control sheet: one A4 page with a row per hand-over")
    {
        auto data = Ui::loadSlipData(*s.store, s.session, {Ui::SlipKind::ControlSheet, d.code, {}, {}});
        REQUIRE(data.has_value());
        CHECK(data->steps.size() == 2); // reception, transfer
        const QString path = dir.filePath(u"control.pdf"_s);
        REQUIRE(Ui::saveSlipPdf(path, *s.store, s.session, {Ui::SlipKind::ControlSheet, d.code, {}, {}}).has_value());
        const QByteArray pdf = readAll(path);
        CHECK(pageCount(pdf) == 1);
        const auto boxes = mediaBoxes(pdf);
        REQUIRE(boxes.size() == 1);
        CHECK(near(boxes.first().width(), 595.3));
        CHECK(near(boxes.first().height(), 841.9));
        const QString text = pdfText(path);
        if (!text.isNull()) {
            CHECK(text.contains(u"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"_s));
            CHECK(text.contains(u"Mẫu số 06"_s));
            CHECK(text.contains(u"Người giao"_s));
            CHECK(text.contains(u"Tư pháp - Hộ tịch"_s));
        }
    }
    SECTION("supplement request: the items and the reason of the request")
    {
        auto data = Ui::loadSlipData(*s.store, s.session, {Ui::SlipKind::SupplementRequest, d.code, {}, {}});
        REQUIRE(data.has_value());
        CHECK(data->supplementItems ==
              QStringList{u"Bản chính Giấy chứng sinh"_s, u"Văn bản ủy quyền có chứng thực"_s});
        CHECK(data->supplementReason == u"Thiếu thành phần hồ sơ"_s);
        const QString path = dir.filePath(u"supplement.pdf"_s);
        REQUIRE(
            Ui::saveSlipPdf(path, *s.store, s.session, {Ui::SlipKind::SupplementRequest, d.code, {}, {}}).has_value());
        CHECK(pageCount(readAll(path)) == 1);
        const QString text = pdfText(path);
        if (!text.isNull())
            CHECK(text.contains(u"Văn bản ủy quyền có chứng thực"_s));
    }
    SECTION("apology: the original and the new appointment")
    {
        auto data = Ui::loadSlipData(*s.store, s.session, {Ui::SlipKind::Apology, d.code, {}, {}});
        REQUIRE(data.has_value());
        CHECK(data->reason == u"Phải xác minh thêm"_s);
        CHECK(data->dossier.newDueAt == vn(monday.addDays(14), 16).toUTC());
        const QString path = dir.filePath(u"apology.pdf"_s);
        Ui::SlipOptions old;
        old.formSet = Ui::FormSet::Tt01of2018;
        REQUIRE(Ui::saveSlipPdf(path, *s.store, s.session, {Ui::SlipKind::Apology, d.code, {}, {}}, old).has_value());
        CHECK(pageCount(readAll(path)) == 1);
        const QString text = pdfText(path);
        if (!text.isNull()) {
            CHECK(text.contains(u"PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"_s)); // the TT 01/2018 title
            CHECK(text.contains(u"Mẫu số 04 – Thông tư số 01/2018/TT-VPCP"_s));
            CHECK(text.contains(u"16 giờ 00 phút, ngày "_s + monday.addDays(14).toString(u"dd"_s)));
        }
    }
    SECTION("refusal of a duplicate: the dossier it duplicates")
    {
        ReceiveRequest again;
        again.procedureCode = d.procedureCode;
        again.applicantName = d.applicantName;
        again.citizenId = d.citizenId;
        again.receivedAt = vn(monday.addDays(3), 9);
        again.refuseAsDuplicate = true;
        auto refused = dossiers.receive(s.session, again);
        REQUIRE(refused.has_value());
        auto data = Ui::loadSlipData(*s.store, s.session, {Ui::SlipKind::Refusal, refused->code, {}, {}});
        REQUIRE(data.has_value());
        CHECK(data->dossier.duplicateOf == d.code);
        const QString path = dir.filePath(u"refusal.pdf"_s);
        REQUIRE(Ui::saveSlipPdf(path, *s.store, s.session, {Ui::SlipKind::Refusal, refused->code, {}, {}}).has_value());
        CHECK(pageCount(readAll(path)) == 1);
        const QString text = pdfText(path);
        if (!text.isNull())
            CHECK(text.simplified().contains(u"Hồ sơ trùng với hồ sơ "_s + d.code));
    }
}

TEST_CASE("A receipt with every paper of a long procedure still fits one A5 page per copy", "[slips]")
{
    UiStore s;
    DossierService dossiers(*s.store);
    auto procedure = CatalogService(*s.store).find(u"1.001193"_s);
    REQUIRE(procedure.has_value());
    REQUIRE(procedure->papers.size() >= 6);
    ReceiveRequest r;
    r.procedureCode = procedure->code;
    r.applicantName = u"Nguyễn Thị Hoa"_s;
    r.address = u"Số 3 ngõ 15 Đội Cấn, phường Ba Đình, thành phố Hà Nội"_s;
    r.receivedAt = vn(pastMonday(1), 14, 5);
    r.papers = procedure->papers;
    auto d = dossiers.receive(s.session, r);
    REQUIRE(d.has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    REQUIRE(Ui::saveSlipPdf(path, *s.store, s.session, {Ui::SlipKind::Receipt, d->code, {}, {}}).has_value());
    CHECK(pageCount(readAll(path)) == 2);
    const QString text = pdfText(path);
    if (!text.isNull()) {
        CHECK(text.contains(u"NGƯỜI TIẾP NHẬN HỒ SƠ"_s)); // the signatures are still on the page
        CHECK(text.contains(u"(%1)"_s.arg(procedure->papers.size())));
    }
}
