// The printed registers (Sổ đăng ký văn bản đến/đi, Sổ theo dõi giải quyết văn bản đến) and the Phiếu giải quyết
// văn bản đến: rendered to PDF from a store and read back with pdftotext, so the column headers, the registered
// summaries (wrapped, never cut) and the urgency marks are there as Vietnamese text.
#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "core/documents/documentservice.h"
#include "tests/ui/uifixture.h"
#include "ui/documents/registerprint.h"

using namespace Qt::StringLiterals;
using namespace MotCua;
using MotCua::Test::UiStore;

namespace
{

// The text of a PDF (pdftotext, poppler-utils), its white space folded to single spaces.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        FAIL("pdftotext is not installed (poppler-utils, scripts/install-deps.sh)");
    QProcess p;
    // -raw: in the order painted, so each cell's text stays together however its lines wrap.
    p.start(tool, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

const QString kLong = u"Về việc triển khai kế hoạch chuyển đổi số năm 2027 trên địa bàn phường, bảo đảm kết nối "
                      u"liên thông hồ sơ thủ tục hành chính giữa cấp xã và cấp tỉnh, tổ chức tập huấn cho cán bộ, "
                      u"công chức và báo cáo kết quả thực hiện về Ủy ban nhân dân Thành phố trước ngày mười lăm "
                      u"tháng mười hai"_s;

struct Registers
{
    UiStore s;
    DocumentService documents{*s.store};
    QTemporaryDir out;
    IncomingDocument flash;
    IncomingDocument plain;
    OutgoingDocument issued;
    int year = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().year();

    Registers()
    {
        IncomingRequest r;
        r.fromAgency = u"UBND Thành phố Hà Nội"_s;
        r.number = u"125"_s;
        r.symbol = u"UBND-VP"_s;
        r.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
        r.type = u"CV"_s;
        r.summary = kLong;
        r.urgency = Urgency::Flash;
        flash = need(documents.registerIncoming(s.session, r));
        r.number = u"12"_s;
        r.symbol = u"QĐ-SNV"_s;
        r.fromAgency = u"Sở Nội vụ"_s;
        r.type = u"QĐ"_s;
        r.summary = u"Quyết định về việc phân bổ chỉ tiêu biên chế công chức cấp xã"_s;
        r.urgency = Urgency::Normal;
        plain = need(documents.registerIncoming(s.session, r));
        DirectRequest d;
        d.id = plain.id;
        d.leadUser = QString::fromLatin1(Test::kAdmin);
        d.due = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(10);
        d.note = u"Giao Văn phòng chủ trì tham mưu, báo cáo trước hạn"_s;
        plain = need(documents.direct(s.session, d));

        OutgoingRequest o;
        o.type = u"QĐ"_s;
        o.summary = u"Quyết định thành lập Tổ công tác chuyển đổi số của phường"_s;
        o.recipients = {u"UBND Thành phố Hà Nội"_s, u"Sở Nội vụ"_s};
        o.copies = 5;
        o.urgency = Urgency::Urgent;
        issued = need(documents.createOutgoing(s.session, o));
        for (OutgoingAction a : {OutgoingAction::Submit, OutgoingAction::Approve, OutgoingAction::Sign})
            issued = need(documents.act(s.session, issued.id, a));
        issued = need(documents.number(s.session, issued.id));
    }

    template <typename T> static T need(Result<T> r)
    {
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.has_value());
        return std::move(r.value());
    }

    QString path(const QString &name) const { return out.filePath(name); }
};

void checkHeaders(const QString &text, Ui::RegisterKind kind)
{
    for (const QString &h : Ui::RegisterRenderer::columnHeaders(kind)) {
        INFO(h.toStdString());
        CHECK(text.contains(h));
    }
}

} // namespace

TEST_CASE("The incoming register prints its cover, its ten columns and every summary whole", "[ui][print]")
{
    Registers r;
    RegisterRange range;
    range.year = r.year;
    const QString pdf = r.path(u"so-den.pdf"_s);
    REQUIRE(Ui::printIncomingRegister(*r.s.store, range, pdf).has_value());
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"_s));
    CHECK(text.contains(u"UBND PHƯỜNG BA ĐÌNH"_s));
    CHECK(text.contains(u"Năm: %1"_s.arg(r.year)));
    CHECK(text.contains(u"Từ số 01 đến số 02"_s));
    CHECK(text.contains(u"Quyển số"_s));
    checkHeaders(text, Ui::RegisterKind::Incoming);
    // The long summary wraps over several lines of its cell: every word is there, in order.
    CHECK(text.contains(kLong.simplified()));
    CHECK(text.contains(u"HỎA TỐC"_s));
    CHECK(text.contains(u"125/UBND-VP"_s));
    CHECK(text.contains(u"Quyết định về việc phân bổ chỉ tiêu biên chế công chức cấp xã"_s));
}

TEST_CASE("The follow-up register and the outgoing register print their columns", "[ui][print]")
{
    Registers r;
    RegisterRange range;
    range.year = r.year;
    const QString follow = r.path(u"theo-doi.pdf"_s);
    REQUIRE(Ui::printFollowUpRegister(*r.s.store, range, follow).has_value());
    const QString f = pdfText(follow);
    CHECK(f.contains(u"SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN"_s));
    checkHeaders(f, Ui::RegisterKind::FollowUp);
    CHECK(f.contains(u"(chủ trì)"_s));
    CHECK(f.contains(QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(10).toString(u"dd/MM/yyyy"_s)));

    const QString outgoing = r.path(u"so-di.pdf"_s);
    REQUIRE(Ui::printOutgoingRegister(*r.s.store, range, outgoing).has_value());
    const QString o = pdfText(outgoing);
    CHECK(o.contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐI"_s));
    checkHeaders(o, Ui::RegisterKind::Outgoing);
    CHECK(o.contains(r.issued.numberSymbol()));
    CHECK(o.contains(u"Quyết định thành lập Tổ công tác chuyển đổi số của phường"_s));
    CHECK(o.contains(u"KHẨN"_s));

    // One series asked for; an unknown one is refused and writes nothing.
    range.series = r.issued.series;
    REQUIRE(Ui::printOutgoingRegister(*r.s.store, range, r.path(u"mot-so.pdf"_s)).has_value());
    range.series = u"khong-co"_s;
    auto bad = Ui::printOutgoingRegister(*r.s.store, range, r.path(u"khong.pdf"_s));
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().field == u"series"_s);
    CHECK_FALSE(QFile::exists(r.path(u"khong.pdf"_s)));
}

TEST_CASE("The action slip carries the document and the leader's direction", "[ui][print]")
{
    Registers r;
    const QString pdf = r.path(u"phieu.pdf"_s);
    REQUIRE(Ui::printActionSlip(*r.s.store, r.plain.id, pdf).has_value());
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s));
    CHECK(text.contains(u"Ý kiến của lãnh đạo cơ quan, tổ chức"_s));
    CHECK(text.contains(u"Ý kiến của lãnh đạo đơn vị"_s));
    CHECK(text.contains(u"Ý kiến đề xuất của người giải quyết"_s));
    CHECK(text.contains(u"12/QĐ-SNV"_s));
    CHECK(text.contains(u"Giao Văn phòng chủ trì tham mưu, báo cáo trước hạn"_s));
    CHECK(text.contains(u"Giao chủ trì: Trần Thị Bình"_s));
    CHECK(
        text.contains(u"thời hạn giải quyết: "_s +
                      QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date().addDays(10).toString(u"dd/MM/yyyy"_s)));

    auto missing = Ui::printActionSlip(*r.s.store, u"khong-co"_s, r.path(u"x.pdf"_s));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("A register of many documents runs over pages with the headers repeated", "[ui][print]")
{
    Registers r;
    for (int i = 0; i < 40; ++i) {
        IncomingRequest q;
        q.fromAgency = u"Phòng Văn hóa – Xã hội"_s;
        q.number = QString::number(100 + i);
        q.symbol = u"VHXH"_s;
        q.issuedOn = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
        q.type = u"CV"_s;
        q.summary = kLong;
        Registers::need(r.documents.registerIncoming(r.s.session, q));
    }
    RegisterRange range;
    range.year = r.year;
    const QString pdf = r.path(u"nhieu.pdf"_s);
    REQUIRE(Ui::printIncomingRegister(*r.s.store, range, pdf).has_value());
    const QString text = pdfText(pdf);
    // Every page of the table repeats the column headers and the running head.
    const qsizetype heads = text.count(u"Tên loại và trích yếu nội dung văn bản"_s);
    CHECK(heads >= 4);
    CHECK(text.count(u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN – NĂM"_s) == heads);
    CHECK(text.contains(u"Từ số 01 đến số 42"_s));
    CHECK(text.count(kLong.simplified()) == 41);
}
