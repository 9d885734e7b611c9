#include "ui/slips/sliprenderer.h"

#include <algorithm>
#include <functional>
#include <memory>

#include <qrencode.h>

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

#include "core/domain/ids.h"
#include "core/domain/text.h"

namespace MotCua::Ui
{

namespace
{

// Blanks of the paper form, left for the pen.
const QString kDots = QStringLiteral("……………………");
const QString kShortDots = QStringLiteral("……");
constexpr int kFeeChars = 90; // of the fee text on the receipt: the amount, and what it is counted per

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDots(const QString &text, const QString &dots = kDots)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? dots : esc(t);
}

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// "ngày 04 tháng 05 năm 2026"
QString vnDate(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("ngày …… tháng …… năm ……");
    return QStringLiteral("ngày ") + two(d.day()) + QStringLiteral(" tháng ") + two(d.month()) +
           QStringLiteral(" năm ") + QString::number(d.year());
}

QString vnDate(const QDateTime &utc)
{
    return utc.isValid() ? vnDate(Time::toVietnam(utc).date()) : vnDate(QDate());
}

// "09 giờ 30 phút, ngày 04 tháng 05 năm 2026"
QString vnDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("…… giờ …… phút, ngày …… tháng …… năm ……");
    const QDateTime local = Time::toVietnam(utc);
    return two(local.time().hour()) + QStringLiteral(" giờ ") + two(local.time().minute()) + QStringLiteral(" phút, ") +
           vnDate(local.date());
}

// "04/05/2026"
QString shortDate(const QDateTime &utc)
{
    return utc.isValid() ? Time::toVietnam(utc).toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// "09:30 04/05/2026"
QString shortDateTime(const QDateTime &utc)
{
    return utc.isValid() ? Time::toVietnam(utc).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

// The procedure as printed: its name, or, when the source lost it, that it is unknown with its code.
QString procedureText(const Dossier &d)
{
    const QString name = d.procedureName.trimmed();
    return name.isEmpty() ? QStringLiteral("Tên thủ tục chưa rõ — mã ") + d.procedureCode : name;
}

// Where the catalog has no time limit, the receipt says so rather than leaving a blank the citizen may read as
// forgotten.
QString timeLimitText(const Dossier &d)
{
    if (!d.timeLimit)
        return QStringLiteral("chưa xác định");
    QString unit;
    switch (d.timeUnit) {
    case TimeUnit::WorkingDays:
        unit = QStringLiteral("ngày làm việc");
        break;
    case TimeUnit::Days:
        unit = QStringLiteral("ngày");
        break;
    case TimeUnit::WorkingHours:
        unit = QStringLiteral("giờ làm việc");
        break;
    case TimeUnit::Hours:
        unit = QStringLiteral("giờ");
        break;
    case TimeUnit::Unspecified:
        unit = QStringLiteral("ngày làm việc");
        break;
    }
    return two(*d.timeLimit) + u' ' + unit;
}

// ControlStep::result as printed in the KẾT QUẢ column.
QString stepResultText(const QString &key)
{
    if (key == QLatin1String("early"))
        return QStringLiteral("Trước hạn");
    if (key == QLatin1String("on_time"))
        return QStringLiteral("Đúng hạn");
    if (key == QLatin1String("late") || key == QLatin1String("overdue"))
        return QStringLiteral("Quá hạn");
    if (key == QLatin1String("in_time"))
        return QStringLiteral("Trong hạn");
    return {};
}

// Where the result goes: the way it was returned, else the way asked for at reception.
QString resultWayText(const Dossier &d, const OfficeInfo &office)
{
    const ReturnHow how = d.returnHow.value_or(returnHowForChannel(d.channel));
    if (how == ReturnHow::Post)
        return QStringLiteral("Qua dịch vụ bưu chính công ích");
    if (how == ReturnHow::Electronic)
        return QStringLiteral("Trực tuyến (bản điện tử)");
    return QStringLiteral("Trực tiếp tại ") + office.centerName;
}

QString refusalReasonText(const Dossier &d, const QString &reason)
{
    QStringList parts;
    const QString r = (reason.isEmpty() ? d.outcomeReason : reason).trimmed();
    if (!r.isEmpty() && r != QLatin1String("duplicate"))
        parts << esc(r);
    if (!d.duplicateOf.isEmpty() || r == QLatin1String("duplicate")) {
        parts << QStringLiteral("Hồ sơ trùng với hồ sơ ") + (d.duplicateOf.isEmpty() ? kDots : esc(d.duplicateOf)) +
                     QStringLiteral(" của cùng người nộp, cùng thủ tục hành chính đang được giải quyết.");
    }
    return parts.isEmpty() ? kDots : parts.join(QStringLiteral("<br>"));
}

QString upper(const QString &text)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toUpper(text);
}

QFont baseFont()
{
    QFont f;
    // Times New Roman is the administrative typeface (NĐ 30/2020); Noto Serif and DejaVu Serif carry the
    // Vietnamese glyphs on Linux.
    f.setFamilies({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif"),
                   QStringLiteral("DejaVu Serif")});
    f.setStyleHint(QFont::Serif);
    return f;
}

struct Margins
{
    qreal left, top, right, bottom; // millimetres
};

// A page of a form being laid out: a flowing y position over the body, painting or only measuring.
class Canvas
{
public:
    Canvas(QPagedPaintDevice &device, QPainter *painter, qreal basePt, const Margins &margins)
        : m_device(device), m_painter(painter), m_base(basePt)
    {
        const QSizeF pageMm = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
        m_pxPerMm = pageMm.width() > 0 ? device.width() / pageMm.width() : device.logicalDpiX() / 25.4;
        m_body = QRectF(mm(margins.left), mm(margins.top), device.width() - mm(margins.left + margins.right),
                        device.height() - mm(margins.top + margins.bottom));
        m_bottom = m_body.bottom();
        y = m_body.top();
    }

    qreal y = 0; // where the next block goes, in device pixels

    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; }
    qreal mm(qreal v) const { return v * m_pxPerMm; }
    qreal base() const { return m_base; }
    const QRectF &body() const { return m_body; }
    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    // The bottom of the flowing area (a footer may take the rest).
    qreal bottom() const { return m_bottom; }
    void setBottom(qreal b) { m_bottom = b; }
    int page() const { return m_page; }
    bool overflowed() const { return m_overflowed; }
    // Starts a new page unless `height` more fits on this one (it is then marked as overflowing).
    void keepTogether(qreal height)
    {
        if (y + height > m_bottom + 0.5 && y > m_body.top() + mm(20)) {
            m_overflowed = true;
            newPage();
        }
    }

    QFont font(qreal scale = 1.0, bool bold = false, bool italic = false) const
    {
        QFont f = baseFont();
        f.setPointSizeF(m_base * scale);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    // Lays out rich text in `width` and, when painting, draws it with its top-left at (x, top). Returns its height.
    qreal html(const QString &html, qreal x, qreal top, qreal width, qreal scale = 1.0,
               Qt::Alignment align = Qt::AlignLeft)
    {
        QTextDocument doc;
        prepare(doc, html, width, scale, align);
        if (m_painter) {
            m_painter->save();
            m_painter->translate(x, top);
            doc.drawContents(m_painter);
            m_painter->restore();
        }
        return doc.size().height();
    }

    // The height html() would take, without painting.
    qreal measure(const QString &html, qreal width, qreal scale = 1.0, Qt::Alignment align = Qt::AlignLeft) const
    {
        QTextDocument doc;
        prepare(doc, html, width, scale, align);
        return doc.size().height();
    }

    // A paragraph flowing in the body (minus a float on the right), indented by `indentMm`.
    void para(const QString &text, qreal scale = 1.0, Qt::Alignment align = Qt::AlignLeft, qreal indentMm = 0,
              qreal spaceAfterMm = 0.8)
    {
        const qreal indent = mm(indentMm);
        qreal w = width() - indent - (y < m_floatBottom ? m_floatWidth : 0);
        const qreal need = measure(text, w, scale, align);
        if (y + need > m_bottom + 0.5) {
            // Too long for the page even in the smallest type: go on to the next page.
            m_overflowed = true;
            if (y > m_body.top() + mm(20)) {
                newPage();
                w = width() - indent;
            }
        }
        const qreal h = html(text, left() + indent, y, w, scale, align);
        y += h + mm(spaceAfterMm);
    }

    // Keeps the next paragraphs clear of a box in the top-right corner (the QR code).
    void floatRight(qreal w, qreal bottom)
    {
        m_floatWidth = w;
        m_floatBottom = bottom;
    }

    void hline(qreal x1, qreal x2, qreal atY, qreal widthMm = 0.25)
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setPen(QPen(Qt::black, mm(widthMm)));
        m_painter->drawLine(QPointF(x1, atY), QPointF(x2, atY));
        m_painter->restore();
    }

    void rect(const QRectF &r, qreal widthMm = 0.25)
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setPen(QPen(Qt::black, mm(widthMm)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(r);
        m_painter->restore();
    }

    // One line of text centred in [x, x + w], shrunk until it fits; returns its height and (via `textWidth`) width.
    qreal fitLine(const QString &text, qreal x, qreal top, qreal w, QFont f, qreal *textWidth = nullptr)
    {
        QFontMetricsF fm(f, &m_device);
        while (fm.horizontalAdvance(text) > w && f.pointSizeF() > 5) {
            f.setPointSizeF(f.pointSizeF() - 0.25);
            fm = QFontMetricsF(f, &m_device);
        }
        const qreal tw = fm.horizontalAdvance(text);
        if (textWidth)
            *textWidth = tw;
        if (m_painter) {
            m_painter->save();
            m_painter->setFont(QFont(f, &m_device));
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(x, top, w, fm.height()), Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                                text);
            m_painter->restore();
        }
        return fm.height();
    }

    void newPage()
    {
        if (m_painter)
            m_device.newPage();
        ++m_page;
        y = m_body.top();
        m_floatBottom = 0;
    }

private:
    void prepare(QTextDocument &doc, const QString &html, qreal width, qreal scale, Qt::Alignment align) const
    {
        doc.documentLayout()->setPaintDevice(&m_device);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(font(scale));
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setTextWidth(width);
        doc.setHtml(html);
    }

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    qreal m_base;
    qreal m_pxPerMm = 1;
    QRectF m_body;
    qreal m_bottom = 0;
    qreal m_floatWidth = 0;
    qreal m_floatBottom = 0;
    int m_page = 1;
    bool m_overflowed = false;
};

void drawQr(Canvas &c, const QString &text, const QRectF &box)
{
    if (!c.painting() || text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr)
        return;
    const int n = qr->width;
    const qreal module = std::min(box.width(), box.height()) / n;
    QPainterPath path;
    for (int row = 0; row < n; ++row) {
        int col = 0;
        while (col < n) {
            if (!(qr->data[row * n + col] & 1)) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < n && (qr->data[row * n + col] & 1))
                ++col;
            path.addRect(QRectF(box.left() + start * module, box.top() + row * module, (col - start) * module, module));
        }
    }
    QPainter *p = c.painter();
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    p->fillPath(path.simplified(), Qt::black);
    p->restore();
}

struct Signature
{
    QString title; // NGƯỜI TIẾP NHẬN HỒ SƠ
    QString hint;  // (Ký và ghi rõ họ tên)
    QString name;  // printed under the space for the signature
};

// Side by side, each in an equal column; a null title leaves its column empty.
void signatures(Canvas &c, const QList<Signature> &sigs, qreal spaceMm = 16)
{
    if (sigs.isEmpty())
        return;
    const qreal colW = c.width() / sigs.size();
    const qreal space = c.mm(spaceMm * c.base() / 10); // smaller type, smaller blank
    // Each block: title, hint, the blank for the signature, the name. Measured first to keep them on one page.
    auto block = [&](const Signature &s, qreal x, bool paint) {
        const qreal top = c.y;
        auto put = [&](const QString &html, qreal at, qreal scale) {
            return paint ? c.html(html, x, at, colW, scale, Qt::AlignHCenter)
                         : c.measure(html, colW, scale, Qt::AlignHCenter);
        };
        qreal h = put(QStringLiteral("<b>") + esc(s.title) + QStringLiteral("</b>"), top, 0.95);
        h += put(QStringLiteral("<i>") + esc(s.hint) + QStringLiteral("</i>"), top + h, 0.85);
        h += space;
        if (!s.name.isEmpty())
            h += put(QStringLiteral("<b>") + esc(s.name) + QStringLiteral("</b>"), top + h, 1.0);
        return h;
    };
    qreal maxH = 0;
    for (const Signature &s : sigs) {
        if (!s.title.isEmpty())
            maxH = std::max(maxH, block(s, 0, false));
    }
    c.keepTogether(maxH);
    for (int i = 0; i < sigs.size(); ++i) {
        if (!sigs.at(i).title.isEmpty())
            block(sigs.at(i), c.left() + i * colW, true);
    }
    c.y += maxH;
}

// Agency on the left, the national motto on the right, then "Số" and the place and date. Returns nothing; moves y.
void officialHeader(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const QString &number,
                    const QDateTime &dated, bool withDateLine)
{
    // The legal basis, small, above the header.
    c.html(QStringLiteral("<i>") + esc(tmpl.basisLine()) + QStringLiteral("</i>"), c.left(), c.y, c.width(), 0.7);
    c.y += c.mm(4.2);
    const qreal top = c.y;
    const qreal leftW = c.width() * 0.44;
    const qreal rightX = c.left() + leftW;
    const qreal rightW = c.width() - leftW;

    // Left: the agency, and the centre in bold with a short rule under it.
    qreal ly = top;
    const QString agency =
        office.agencyName.isEmpty() ? QStringLiteral("UBND ") + kShortDots : upper(office.agencyName);
    ly += c.fitLine(agency, c.left(), ly, leftW, c.font(0.9));
    qreal centerTextW = 0;
    ly += c.fitLine(upper(office.centerName), c.left(), ly, leftW, c.font(0.9, true), &centerTextW);
    const qreal ruleW = std::max(centerTextW / 3, c.mm(12));
    c.hline(c.left() + (leftW - ruleW) / 2, c.left() + (leftW + ruleW) / 2, ly + c.mm(0.9));
    ly += c.mm(2.4);
    if (!number.isNull())
        ly += c.html(QStringLiteral("Số: ") + number, c.left(), ly, leftW, 0.95, Qt::AlignHCenter);

    // Right: the motto, the rule as long as its second line, and the place and date in italics.
    qreal ry = top;
    ry += c.fitLine(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), rightX, ry, rightW, c.font(0.9, true));
    qreal mottoW = 0;
    ry += c.fitLine(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), rightX, ry, rightW, c.font(1.0, true), &mottoW);
    c.hline(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, ry + c.mm(0.9));
    ry += c.mm(2.4);
    if (withDateLine) {
        const QString place = office.place.isEmpty() ? kShortDots : office.place;
        ry += c.html(QStringLiteral("<i>") + esc(place) + QStringLiteral(", ") +
                         vnDate(dated.isValid() ? dated : QDateTime::currentDateTimeUtc()) + QStringLiteral("</i>"),
                     rightX, ry, rightW, 0.95, Qt::AlignHCenter);
    }
    c.y = std::max(ly, ry) + c.mm(3);
}

void title(Canvas &c, const QString &text, const QString &sub = {})
{
    c.para(QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>"), 1.12, Qt::AlignHCenter, 0, 0.4);
    if (!sub.isEmpty())
        c.para(QStringLiteral("<i>") + sub + QStringLiteral("</i>"), 0.95, Qt::AlignHCenter, 0, 0.4);
    c.y += c.mm(1.6);
}

// "Label: value", the value in bold.
QString field(const QString &label, const QString &valueHtml)
{
    return esc(label) + QStringLiteral(": <b>") + valueHtml + QStringLiteral("</b>");
}

// The footer of the receipt: a rule and the centre's address and hotline, at the bottom of the page.
qreal footerHeight(Canvas &c)
{
    return c.mm(8.5);
}

void footer(Canvas &c, const OfficeInfo &office)
{
    const qreal top = c.body().bottom() - footerHeight(c) + c.mm(1.5);
    c.hline(c.left(), c.left() + c.width(), top, 0.2);
    const QString text = QStringLiteral("<i>Địa chỉ: ") + orDots(office.address) +
                         QStringLiteral(" – Đường dây nóng (Hotline): ") + orDots(office.hotline) +
                         QStringLiteral("</i>");
    c.html(text, c.left(), top + c.mm(1), c.width(), 0.78, Qt::AlignHCenter);
}

// ---- the A5 forms ---------------------------------------------------------------------------------------------

void applicantBlock(Canvas &c, const Dossier &d, const QString &intro)
{
    c.para(esc(intro) + QStringLiteral(": <b>") + orDots(d.applicantName) + QStringLiteral("</b>"));
    c.para(field(QStringLiteral("Địa chỉ"), orDots(d.address)));
    c.para(field(QStringLiteral("Số điện thoại"), orDots(d.phone)) + QStringLiteral("&nbsp;&nbsp;&nbsp;Email: ") +
           kDots);
    c.para(field(QStringLiteral("Nội dung yêu cầu giải quyết"), esc(procedureText(d))));
}

void receiptPage(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const SlipData &data, int copy)
{
    const Dossier &d = data.dossier;
    c.setBottom(c.body().bottom() - footerHeight(c));
    officialHeader(c, office, tmpl, kDots, d.receivedAt, true);
    title(c, tmpl.title,
          copy == 1 ? QStringLiteral("(Liên 1: Lưu)") : QStringLiteral("(Liên 2: Giao người nộp hồ sơ)"));

    // The QR code in the top-right corner of the fields: the dossier's public page when the office has a server,
    // else its code.
    const qreal qr = c.mm(19);
    drawQr(c, data.qrText.isEmpty() ? d.code : data.qrText, QRectF(c.left() + c.width() - qr, c.y, qr, qr));
    c.floatRight(qr + c.mm(3), c.y + qr + c.mm(1));

    c.para(field(QStringLiteral("Mã hồ sơ"), orDots(d.code)) +
           (d.codeProvisional ? QStringLiteral(" <i>(tạm thời)</i>") : QString()));
    c.para(field(QStringLiteral("Bộ phận tiếp nhận và trả kết quả"), esc(office.centerName)));
    applicantBlock(c, d, QStringLiteral("Tiếp nhận hồ sơ của"));
    c.para(QStringLiteral("1. Thành phần hồ sơ nộp gồm:"));
    if (d.papers.isEmpty()) {
        c.para(QStringLiteral("(1) ") + kDots, 1.0, Qt::AlignLeft, 5, 0.4);
    } else {
        for (int i = 0; i < d.papers.size(); ++i)
            c.para(QStringLiteral("(%1) ").arg(i + 1) + esc(d.papers.at(i)), 0.95, Qt::AlignLeft, 5, 0.4);
    }
    c.y += c.mm(0.5);
    // The fee is not in Mẫu 01 itself (local variants add it): the one the catalog stated at reception, on the line
    // of the number of sets so that the six items of the form keep their numbers and the page its length.
    c.para(QStringLiteral("2. Số lượng hồ sơ: <b>01</b> (bộ); phí, lệ phí: <b>") +
           (data.feeText.trimmed().isEmpty() ? QStringLiteral("chưa xác định")
                                             : esc(Text::cutAtWord(data.feeText, kFeeChars))) +
           QStringLiteral("</b>"));
    c.para(QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định là: <b>") + timeLimitText(d) +
           QStringLiteral("</b>"));
    c.para(QStringLiteral("4. Thời gian nhận hồ sơ: <b>") + vnDateTime(d.receivedAt) + QStringLiteral("</b>"));
    const QDateTime due = d.originalDueAt.isValid() ? d.originalDueAt : d.dueAt;
    c.para(QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ: <b>") + vnDateTime(due) + QStringLiteral("</b>"));
    c.para(QStringLiteral("6. Đăng ký nhận kết quả tại: <b>") + esc(resultWayText(d, office)) + QStringLiteral("</b>"));
    c.para(QStringLiteral("<i>Vào Sổ theo dõi hồ sơ, Quyển số: ") + kShortDots + QStringLiteral(" Số thứ tự: ") +
           kShortDots + QStringLiteral("</i>"));
    c.y += c.mm(1.5);
    signatures(c, {{QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), d.applicantName},
                   {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"),
                    data.signerName.isEmpty() ? d.receivedByName : data.signerName}});
    footer(c, office);
}

void supplementPage(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const SlipData &data)
{
    const Dossier &d = data.dossier;
    c.setBottom(c.body().bottom() - footerHeight(c));
    officialHeader(c, office, tmpl, kDots, data.issuedAt, true);
    title(c, tmpl.title);
    c.para(field(QStringLiteral("Mã hồ sơ"), orDots(d.code)));
    c.para(esc(office.centerName) + QStringLiteral(" tiếp nhận hồ sơ, yêu cầu của Ông/Bà: <b>") +
           orDots(d.applicantName) + QStringLiteral("</b>"));
    c.para(field(QStringLiteral("Địa chỉ"), orDots(d.address)));
    c.para(field(QStringLiteral("Số điện thoại"), orDots(d.phone)) + QStringLiteral("&nbsp;&nbsp;&nbsp;Email: ") +
           kDots);
    c.para(field(QStringLiteral("Nội dung yêu cầu giải quyết"), esc(procedureText(d))));
    c.para(QStringLiteral("Sau khi xem xét, đối chiếu thành phần hồ sơ, yêu cầu Ông/Bà bổ sung, hoàn thiện hồ sơ gồm "
                          "những nội dung như sau:"));
    if (data.supplementItems.isEmpty())
        c.para(QStringLiteral("1. ") + kDots, 1.0, Qt::AlignLeft, 5, 0.4);
    for (int i = 0; i < data.supplementItems.size(); ++i)
        c.para(QStringLiteral("%1. ").arg(i + 1) + esc(data.supplementItems.at(i)), 1.0, Qt::AlignLeft, 5, 0.4);
    c.y += c.mm(0.5);
    c.para(field(QStringLiteral("Lý do"), orDots(data.supplementReason)));
    c.para(QStringLiteral("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với ") +
           (data.signerName.isEmpty() ? kDots : QStringLiteral("<b>") + esc(data.signerName) + QStringLiteral("</b>")) +
           QStringLiteral(" theo số điện thoại ") + orDots(office.hotline) + QStringLiteral(" để được hướng dẫn."));
    c.para(QStringLiteral("Xin trân trọng cảm ơn Ông/Bà!"));
    c.y += c.mm(1.5);
    signatures(c, {{}, {QStringLiteral("NGƯỜI HƯỚNG DẪN"), QStringLiteral("(Ký và ghi rõ họ tên)"), data.signerName}});
    footer(c, office);
}

void refusalPage(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const SlipData &data)
{
    const Dossier &d = data.dossier;
    c.setBottom(c.body().bottom() - footerHeight(c));
    officialHeader(c, office, tmpl, kDots, data.issuedAt, true);
    title(c, tmpl.title);
    c.para(field(QStringLiteral("Mã hồ sơ"), orDots(d.code)));
    c.para(field(QStringLiteral("Bộ phận tiếp nhận và trả kết quả"), esc(office.centerName)));
    applicantBlock(c, d, QStringLiteral("Tiếp nhận hồ sơ của"));
    c.para(QStringLiteral("Qua xem xét, ") + esc(office.centerName) +
           QStringLiteral(" thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"));
    c.para(QStringLiteral("<b>") + refusalReasonText(d, data.reason) + QStringLiteral("</b>"), 1.0, Qt::AlignLeft, 5);
    c.para(QStringLiteral("Xin thông báo cho Ông/Bà được biết và thực hiện."));
    c.para(QStringLiteral("Mọi vướng mắc xin liên hệ số điện thoại ") + orDots(office.hotline) +
           QStringLiteral(" để được hướng dẫn."));
    c.y += c.mm(1.5);
    signatures(c, {{QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), d.applicantName},
                   {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"),
                    data.signerName.isEmpty() ? d.receivedByName : data.signerName}});
    footer(c, office);
}

void apologyPage(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const SlipData &data)
{
    const Dossier &d = data.dossier;
    c.setBottom(c.body().bottom() - footerHeight(c));
    officialHeader(c, office, tmpl, kDots, data.issuedAt, true);
    title(c, tmpl.title);
    c.para(QStringLiteral("Kính gửi: Ông/Bà <b>") + orDots(d.applicantName) + QStringLiteral("</b>"), 1.0,
           Qt::AlignHCenter);
    c.para(field(QStringLiteral("Địa chỉ"), orDots(d.address)) + QStringLiteral("; ") +
           field(QStringLiteral("Số điện thoại"), orDots(d.phone)));
    const QString agency = office.agencyName.isEmpty() ? office.centerName : office.agencyName;
    const QDateTime originalDue = d.originalDueAt.isValid() ? d.originalDueAt : d.dueAt;
    c.para(QStringLiteral("Ngày ") + esc(shortDate(d.receivedAt)) + QStringLiteral(", ") + esc(office.centerName) +
           QStringLiteral(" tiếp nhận hồ sơ <b>") + esc(procedureText(d)) + QStringLiteral("</b> của Ông/Bà.<br>") +
           field(QStringLiteral("Mã hồ sơ"), orDots(d.code)) + QStringLiteral(".<br>") +
           field(QStringLiteral("Thời gian hẹn trả kết quả"), vnDateTime(originalDue)) + u'.');
    c.para(QStringLiteral("Tuy nhiên, đến nay ") + esc(agency) +
           QStringLiteral(" chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ "
                          "và hẹn trả kết quả."));
    c.para(field(QStringLiteral("Lý do"), orDots(data.reason)));
    c.para(QStringLiteral("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của Ông/Bà. ") + esc(agency) +
           QStringLiteral(" xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào thời gian:"));
    c.para(QStringLiteral("<b>Thời gian hẹn trả kết quả lại: ") + vnDateTime(d.newDueAt) + QStringLiteral("</b>"), 1.0,
           Qt::AlignLeft, 5);
    c.para(QStringLiteral("Rất mong nhận được sự thông cảm của Ông/Bà./."));
    c.y += c.mm(1.5);
    // Nơi nhận on the left (small), the head of the agency signs on the right.
    const qreal top = c.y;
    const qreal half = c.width() / 2;
    c.html(QStringLiteral("<b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT."), c.left(), top, half, 0.8);
    c.y = top;
    signatures(c, {{},
                   {QStringLiteral("THỦ TRƯỞNG CƠ QUAN"), QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"),
                    data.signerName}});
    footer(c, office);
}

// ---- tables -----------------------------------------------------------------------------------------------------

struct Column
{
    qreal weight;
    QString header; // rich text
    Qt::Alignment align = Qt::AlignLeft;
};

struct HeaderGroup
{
    int first;
    int count;
    QString text;
};

struct Table
{
    QList<Column> columns;
    QList<HeaderGroup> groups; // headers spanning several columns, above theirs
    bool numberRow = false;    // "(1) (2) ..." under the header, as in the official registers
    qreal scale = 0.9;
    qreal headerScale = 0.85;
    QList<QStringList> rows; // rich text cells
};

// Paints a table from c.y, going on to new pages (header repeated) as needed. `onNewPage` draws any page furniture.
void drawTable(Canvas &c, const Table &t, const std::function<void()> &onNewPage = {})
{
    const qreal pad = c.mm(1.1);
    qreal total = 0;
    for (const Column &col : t.columns)
        total += col.weight;
    QList<qreal> xs{c.left()};
    for (const Column &col : t.columns)
        xs.append(xs.last() + c.width() * col.weight / total);
    auto spanW = [&](int first, int count) { return xs.at(first + count) - xs.at(first); };
    auto grouped = [&](int i) {
        for (const HeaderGroup &g : t.groups) {
            if (i >= g.first && i < g.first + g.count)
                return true;
        }
        return false;
    };
    auto bold = [](const QString &h) -> QString { return QStringLiteral("<b>") + h + QStringLiteral("</b>"); };

    // Header geometry: group cells on top of their columns' cells; other columns span both levels.
    qreal groupH = 0;
    for (const HeaderGroup &g : t.groups)
        groupH = std::max(groupH,
                          c.measure(bold(g.text), spanW(g.first, g.count) - 2 * pad, t.headerScale, Qt::AlignHCenter) +
                              2 * pad);
    qreal subH = 0;
    qreal fullH = 0;
    for (int i = 0; i < t.columns.size(); ++i) {
        const qreal h =
            c.measure(bold(t.columns.at(i).header), spanW(i, 1) - 2 * pad, t.headerScale, Qt::AlignHCenter) + 2 * pad;
        if (grouped(i))
            subH = std::max(subH, h);
        else
            fullH = std::max(fullH, h);
    }
    if (t.groups.isEmpty()) {
        subH = 0;
    } else {
        subH = std::max(subH, fullH - groupH);
        fullH = groupH + subH;
    }
    const qreal numberH = t.numberRow ? c.measure(QStringLiteral("(1)"), c.width(), 0.75, Qt::AlignHCenter) + pad : 0;

    auto cell = [&](const QString &html, qreal x, qreal top, qreal w, qreal h, qreal scale, Qt::Alignment align,
                    bool centreVertically) {
        c.rect(QRectF(x, top, w, h), 0.2);
        const qreal textH = c.measure(html, w - 2 * pad, scale, align);
        const qreal dy = centreVertically ? (h - textH) / 2 : pad;
        c.html(html, x + pad, top + dy, w - 2 * pad, scale, align);
    };
    auto drawHeader = [&]() {
        const qreal top = c.y;
        for (const HeaderGroup &g : t.groups)
            cell(bold(g.text), xs.at(g.first), top, spanW(g.first, g.count), groupH, t.headerScale, Qt::AlignHCenter,
                 true);
        for (int i = 0; i < t.columns.size(); ++i) {
            const bool sub = grouped(i);
            cell(bold(t.columns.at(i).header), xs.at(i), sub ? top + groupH : top, spanW(i, 1), sub ? subH : fullH,
                 t.headerScale, Qt::AlignHCenter, true);
        }
        c.y = top + fullH;
        if (t.numberRow) {
            for (int i = 0; i < t.columns.size(); ++i)
                cell(QStringLiteral("<i>(%1)</i>").arg(i + 1), xs.at(i), c.y, spanW(i, 1), numberH, 0.75,
                     Qt::AlignHCenter, true);
            c.y += numberH;
        }
    };

    drawHeader();
    int onPage = 0;
    for (const QStringList &row : t.rows) {
        qreal h = 0;
        for (int i = 0; i < t.columns.size() && i < row.size(); ++i)
            h = std::max(h, c.measure(row.at(i), spanW(i, 1) - 2 * pad, t.scale, t.columns.at(i).align));
        h += 2 * pad;
        if (c.y + h > c.bottom() && onPage > 0) {
            c.newPage();
            if (onNewPage)
                onNewPage();
            drawHeader();
            onPage = 0;
        }
        for (int i = 0; i < t.columns.size(); ++i)
            cell(i < row.size() ? row.at(i) : QString(), xs.at(i), c.y, spanW(i, 1), h, t.scale, t.columns.at(i).align,
                 false);
        c.y += h;
        ++onPage;
    }
}

// ---- the A4 forms ---------------------------------------------------------------------------------------------

// "Trang 2/3" at the bottom right, when the form runs over more than one page.
void pageNumber(Canvas &c, int totalPages)
{
    if (totalPages <= 1)
        return;
    c.html(QStringLiteral("<i>Trang %1/%2</i>").arg(c.page()).arg(totalPages), c.left(), c.body().bottom() - c.mm(4),
           c.width(), 0.75, Qt::AlignRight);
}

// The control sheet's notes come from core with a few English keys in them ("Trả kết quả: desk").
QString stepNoteText(const QString &note)
{
    static const QList<std::pair<QString, QString>> keys = {
        {QStringLiteral(": desk"), QStringLiteral(": trực tiếp tại Bộ phận Một cửa")},
        {QStringLiteral(": post"), QStringLiteral(": qua dịch vụ bưu chính công ích")},
        {QStringLiteral(": electronic"), QStringLiteral(": trực tuyến")},
    };
    for (const auto &[key, text] : keys) {
        if (note.endsWith(key))
            return note.left(note.size() - key.size()) + text;
    }
    return note;
}

void controlSheetPages(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const SlipData &data,
                       int totalPages)
{
    const Dossier &d = data.dossier;
    c.setBottom(c.body().bottom() - c.mm(5));
    pageNumber(c, totalPages);
    officialHeader(c, office, tmpl, QString(), {}, false);
    title(c, tmpl.title,
          QStringLiteral("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mã hồ sơ: ") + orDots(d.code) +
              QStringLiteral(")"));
    c.para(field(QStringLiteral("Mã hồ sơ"), orDots(d.code)));
    c.para(field(QStringLiteral("Tên thủ tục hành chính"), esc(procedureText(d))));
    c.para(field(QStringLiteral("Người nộp hồ sơ"), orDots(d.applicantName)) + QStringLiteral("; ") +
           field(QStringLiteral("Địa chỉ"), orDots(d.address)));
    c.para(field(QStringLiteral("Thời gian nhận hồ sơ"), vnDateTime(d.receivedAt)));
    const QDateTime due = d.originalDueAt.isValid() ? d.originalDueAt : d.dueAt;
    QString dueText = field(QStringLiteral("Thời gian hẹn trả kết quả"), vnDateTime(due));
    if (d.newDueAt.isValid())
        dueText += QStringLiteral(" <i>(hẹn lại: ") + vnDateTime(d.newDueAt) + QStringLiteral(")</i>");
    c.para(dueText);
    c.para(field(QStringLiteral("Cơ quan (bộ phận) giải quyết hồ sơ"),
                 d.department.isEmpty() ? orDots(office.agencyName) : esc(d.department)));
    c.para(QStringLiteral("Cơ quan phối hợp giải quyết hồ sơ: ") + kDots);
    c.y += c.mm(2);

    Table t;
    t.scale = 0.85;
    t.columns = {{21, QStringLiteral("TÊN CƠ QUAN"), Qt::AlignLeft},
                 {45, QStringLiteral("THỜI GIAN GIAO, NHẬN HỒ SƠ"), Qt::AlignLeft},
                 {15, QStringLiteral("KẾT QUẢ GIẢI QUYẾT HỒ SƠ<br>(Trước hạn/ Đúng hạn/ Quá hạn)"), Qt::AlignHCenter},
                 {19, QStringLiteral("GHI CHÚ"), Qt::AlignLeft}};
    for (int i = 0; i < data.steps.size(); ++i) {
        const ControlStep &s = data.steps.at(i);
        const QString names = QStringLiteral("<b>") + QString::number(i + 1) + QStringLiteral(". Giao:</b> ") +
                              orDots(s.from) + QStringLiteral("<br><b>") + QString::number(i + 1) +
                              QStringLiteral(". Nhận:</b> ") + orDots(s.to);
        const QString times =
            QStringLiteral("Giao: ") + vnDateTime(s.handedAt) + QStringLiteral("<br>Nhận: ") + vnDateTime(s.handedAt) +
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:4px\"><tr>"
                           "<td width=\"50%\" align=\"center\"><i>Người giao</i><br><br><br>") +
            esc(s.from) + QStringLiteral("</td><td width=\"50%\" align=\"center\"><i>Người nhận</i><br><br><br>") +
            esc(s.to) + QStringLiteral("</td></tr></table>");
        QString result = QStringLiteral("<b>") + esc(stepResultText(s.result)) + QStringLiteral("</b>");
        if (s.allowedUntil.isValid())
            result += QStringLiteral("<br><i>Hạn: ") + esc(shortDateTime(s.allowedUntil)) + QStringLiteral("</i>");
        if (s.doneAt.isValid())
            result += QStringLiteral("<br><i>Xong: ") + esc(shortDateTime(s.doneAt)) + QStringLiteral("</i>");
        t.rows.append({names, times, result, esc(stepNoteText(s.note))});
    }
    if (t.rows.isEmpty())
        t.rows.append({kDots, kDots, QString(), QString()});
    drawTable(c, t, [&] { pageNumber(c, totalPages); });
    c.y += c.mm(1.5);
    c.para(QStringLiteral("<i>Ghi chú: Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính thì thời gian giao, nhận hồ "
                          "sơ và việc ký nhận thực hiện qua dịch vụ bưu chính.</i>"),
           0.8);
}

QString wayShort(const Dossier &d)
{
    const ReturnHow how = d.returnHow.value_or(returnHowForChannel(d.channel));
    if (how == ReturnHow::Post)
        return QStringLiteral("Bưu chính công ích");
    if (how == ReturnHow::Electronic)
        return QStringLiteral("Trực tuyến");
    return QStringLiteral("Trực tiếp");
}

QString returnedText(const Dossier &d)
{
    if (d.returnedAt.isValid())
        return esc(shortDateTime(d.returnedAt));
    QString what;
    if (d.state == DossierState::Refused)
        what = QStringLiteral("Từ chối tiếp nhận");
    else if (d.state == DossierState::Withdrawn)
        what = QStringLiteral("Rút hồ sơ");
    else if (d.state == DossierState::Stopped)
        what = QStringLiteral("Dừng giải quyết");
    else if (d.state == DossierState::Finished)
        what = QStringLiteral("Có kết quả, chưa trả");
    if (what.isEmpty())
        return {};
    return QStringLiteral("<i>") + what + QStringLiteral("</i>") +
           (d.endedAt.isValid() ? QStringLiteral("<br>") + esc(shortDate(d.endedAt)) : QString());
}

void registerPages(Canvas &c, const OfficeInfo &office, const FormTemplate &tmpl, const SlipData &data, int totalPages)
{
    c.setBottom(c.body().bottom() - c.mm(5));
    officialHeader(c, office, tmpl, QString(), {}, false);
    const QString period = [&]() -> QString {
        QString from = data.periodFrom.isValid() ? data.periodFrom.toString(QStringLiteral("dd/MM/yyyy")) : kShortDots;
        QString to = data.periodTo.isValid() ? data.periodTo.toString(QStringLiteral("dd/MM/yyyy")) : kShortDots;
        return QStringLiteral("Từ ngày ") + from + QStringLiteral(" đến ngày ") + to;
    }();
    title(c, tmpl.title, period);
    pageNumber(c, totalPages);

    Table t;
    t.scale = 0.85;
    t.headerScale = 0.8;
    t.numberRow = true;
    t.columns = {{3.5, QStringLiteral("TT"), Qt::AlignHCenter},
                 {11, QStringLiteral("Mã hồ sơ"), Qt::AlignLeft},
                 {15, QStringLiteral("Tên TTHC"), Qt::AlignLeft},
                 {10, QStringLiteral("Tên cá nhân, tổ chức"), Qt::AlignLeft},
                 {12.5, QStringLiteral("Địa chỉ, số điện thoại"), Qt::AlignLeft},
                 {9, QStringLiteral("Cơ quan chủ trì giải quyết"), Qt::AlignLeft},
                 {7.5, QStringLiteral("Nhận hồ sơ"), Qt::AlignHCenter},
                 {7.5, QStringLiteral("Hẹn trả kết quả"), Qt::AlignHCenter},
                 {7.5, QStringLiteral("Trả kết quả"), Qt::AlignHCenter},
                 {8.5, QStringLiteral("Phương thức nhận kết quả"), Qt::AlignHCenter},
                 {8, QStringLiteral("Ký nhận"), Qt::AlignHCenter}};
    t.groups = {{6, 3, QStringLiteral("Ngày, tháng, năm")}};
    const QString agency = office.agencyName;
    for (int i = 0; i < data.registerRows.size(); ++i) {
        const Dossier &d = data.registerRows.at(i);
        QStringList contact;
        if (!d.address.isEmpty())
            contact << esc(d.address);
        if (!d.phone.isEmpty())
            contact << esc(d.phone);
        const QDateTime due = d.originalDueAt.isValid() ? d.originalDueAt : d.dueAt;
        QString dueText = esc(shortDateTime(due));
        if (d.newDueAt.isValid())
            dueText += QStringLiteral("<br><i>hẹn lại ") + esc(shortDate(d.newDueAt)) + QStringLiteral("</i>");
        // Codes do not break at their hyphens by themselves (a hyphen before digits holds): break after the unit.
        const QString code =
            esc(d.code.section(u'-', 0, 0)) +
            (d.code.contains(u'-') ? QStringLiteral("-<br>") + esc(d.code.section(u'-', 1)) : QString());
        t.rows.append({QString::number(i + 1), code, esc(procedureText(d)), esc(d.applicantName),
                       contact.join(QStringLiteral("; ")), esc(d.department.isEmpty() ? agency : d.department),
                       esc(shortDateTime(d.receivedAt)), d.state == DossierState::Refused ? QString() : dueText,
                       returnedText(d), esc(wayShort(d)), QString()});
    }
    drawTable(c, t, [&] { pageNumber(c, totalPages); });
    if (data.registerRows.isEmpty())
        c.para(QStringLiteral("<i>Không có hồ sơ nào trong kỳ.</i>"), 0.9, Qt::AlignHCenter);
}

Margins marginsFor(const FormTemplate &t)
{
    if (t.pageSize == QPageSize::A5)
        return {14, 9, 10, 8};
    if (t.orientation == QPageLayout::Landscape)
        return {15, 12, 12, 10};
    return {20, 15, 15, 15};
}

qreal baseSizeFor(const FormTemplate &t)
{
    if (t.pageSize == QPageSize::A5)
        return 10;
    if (t.orientation == QPageLayout::Landscape)
        return 10.5;
    return 10.5;
}

} // namespace

SlipRenderer::SlipRenderer(OfficeInfo office, FormSet set) : m_office(std::move(office)), m_set(set) {}

Result<void> SlipRenderer::render(QPagedPaintDevice &device, const SlipData &data) const
{
    const FormTemplate tmpl = formTemplate(data.kind, m_set);
    if (auto *printer = dynamic_cast<QPrinter *>(&device))
        printer->setFullPage(true);
    if (!device.setPageLayout(
            QPageLayout(QPageSize(tmpl.pageSize), tmpl.orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter))) {
        return Error::io(
            QStringLiteral("the printer does not accept the page size of the %1 slip").arg(slipKindKey(data.kind)));
    }
    const Margins margins = marginsFor(tmpl);

    auto layout = [&](Canvas &c, int totalPages) {
        switch (data.kind) {
        case SlipKind::Receipt:
            receiptPage(c, m_office, tmpl, data, 1);
            if (c.painting()) { // the second copy is the same page; measuring one is enough
                c.newPage();
                receiptPage(c, m_office, tmpl, data, 2);
            }
            break;
        case SlipKind::SupplementRequest:
            supplementPage(c, m_office, tmpl, data);
            break;
        case SlipKind::Refusal:
            refusalPage(c, m_office, tmpl, data);
            break;
        case SlipKind::Apology:
            apologyPage(c, m_office, tmpl, data);
            break;
        case SlipKind::ControlSheet:
            controlSheetPages(c, m_office, tmpl, data, totalPages);
            break;
        case SlipKind::Register:
            registerPages(c, m_office, tmpl, data, totalPages);
            break;
        }
    };

    // The A5 forms are one page each: measure first and shrink the type until the page holds everything.
    // The tables run on over pages; measuring counts them for "Trang x/y".
    qreal base = baseSizeFor(tmpl);
    int pages = 0;
    for (;;) {
        Canvas probe(device, nullptr, base, margins);
        layout(probe, 0);
        pages = probe.page();
        if (tmpl.pageSize != QPageSize::A5 || !probe.overflowed() || base <= 7.5)
            break;
        base -= 0.5;
    }

    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(QStringLiteral("cannot paint on the output device (is the file writable?)"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas canvas(device, &painter, base, margins);
    layout(canvas, pages);
    if (!painter.end())
        return Error::io(QStringLiteral("cannot finish the output"));
    return {};
}

} // namespace MotCua::Ui
