#pragma once

// The page layout the printed forms share (the document registers, the action slip, the reports): A4 pages
// measured first and then painted, text as rich text in the administrative serif, tables whose rows are never cut
// and whose headers repeat, the agency block at the top left, "Trang x/y", and the signers at the foot. QtGui only.
#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QTextOption>

#include <functional>

#include "core/util/result.h"

namespace MotCua::Ui
{

// Who keeps the registers, or makes a report: printed at the head of the page.
struct PrintOffice
{
    QString parentAgency; // TÊN CƠ QUAN CHỦ QUẢN: "UBND Thành phố Hà Nội"
    QString agency;       // TÊN CƠ QUAN: "UBND Phường Ba Đình"
    QString place;        // the place in a date line: "Ba Đình"

    // From the store's commune name ("Phường Ba Đình, Thành phố Hà Nội").
    static PrintOffice fromCommune(const QString &communeName);
};

namespace Print
{

// Blanks of the paper form, left for the pen.
extern const QString kDots;
extern const QString kShortDots;

QString esc(const QString &text);
QString orDots(const QString &text, const QString &dots = kDots); // the text escaped, or the blank
QString upper(const QString &text);                               // Vietnamese capitals
QString two(int n);                                               // "04"
QString shortDate(const QDate &d);                                // "04/05/2026"
QString shortDate(const QDateTime &utc);
QString vnDate(const QDate &d); // "ngày 04 tháng 05 năm 2026"; blanks for the pen when `d` is null
QFont baseFont();               // Times New Roman, or a serif with the Vietnamese glyphs

struct Margins
{
    qreal left, top, right, bottom; // millimetres
};

// The pages being laid out: a flowing y position over the body, painting or (painter null) only measuring.
class Pages
{
public:
    Pages(QPagedPaintDevice &device, QPainter *painter, qreal basePt, const Margins &margins)
        : m_device(device), m_painter(painter), m_base(basePt)
    {
        const QSizeF pageMm = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
        m_pxPerMm = pageMm.width() > 0 ? device.width() / pageMm.width() : device.logicalDpiX() / 25.4;
        m_body = QRectF(mm(margins.left), mm(margins.top), device.width() - mm(margins.left + margins.right),
                        device.height() - mm(margins.top + margins.bottom));
        y = m_body.top();
    }

    qreal y = 0;

    qreal mm(qreal v) const { return v * m_pxPerMm; }
    const QRectF &body() const { return m_body; }
    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    int page() const { return m_page; }
    bool painting() const { return m_painter != nullptr; }
    // The painter (null while measuring) and the device, for what is drawn other than text (charts).
    QPainter *painter() const { return m_painter; }
    QPagedPaintDevice &device() const { return m_device; }

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

    qreal measure(const QString &html, qreal width, qreal scale = 1.0, Qt::Alignment align = Qt::AlignLeft) const
    {
        QTextDocument doc;
        prepare(doc, html, width, scale, align);
        return doc.size().height();
    }

    // A paragraph across the body; goes on to the next page when it does not fit.
    void para(const QString &text, qreal scale = 1.0, Qt::Alignment align = Qt::AlignLeft, qreal indentMm = 0,
              qreal spaceAfterMm = 1.0)
    {
        const qreal indent = mm(indentMm);
        const qreal need = measure(text, width() - indent, scale, align);
        if (y + need > m_body.bottom() - footerSpace() && y > m_body.top() + mm(20))
            newPage();
        y += html(text, left() + indent, y, width() - indent, scale, align) + mm(spaceAfterMm);
    }

    void rect(const QRectF &r, qreal widthMm = 0.2)
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setPen(QPen(Qt::black, mm(widthMm)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(r);
        m_painter->restore();
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

    // The space kept at the bottom of every page for the page number.
    qreal footerSpace() const { return mm(5); }
    qreal flowBottom() const { return m_body.bottom() - footerSpace(); }

    void newPage()
    {
        if (m_painter)
            m_device.newPage();
        ++m_page;
        y = m_body.top();
        if (m_onNewPage)
            m_onNewPage();
    }
    // Page furniture drawn at the top of every page after the first (the running head).
    void setOnNewPage(std::function<void()> f) { m_onNewPage = std::move(f); }

private:
    void prepare(QTextDocument &doc, const QString &html, qreal width, qreal scale, Qt::Alignment align) const
    {
        doc.documentLayout()->setPaintDevice(&m_device);
        doc.setDocumentMargin(0);
        QFont f = baseFont();
        f.setPointSizeF(m_base * scale);
        doc.setDefaultFont(f);
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
    int m_page = 1;
    std::function<void()> m_onNewPage;
};

struct Column
{
    qreal weight;
    QString header; // rich text
    Qt::Alignment align = Qt::AlignLeft;
};

struct Table
{
    QList<Column> columns;
    QList<QStringList> rows; // rich text cells
    qreal scale = 0.85;
    qreal headerScale = 0.8;
};

// Paints a table from p.y, going on to new pages as needed with the column headers (and their numbers) repeated.
// A row is kept whole: when it does not fit under the others it starts the next page.
void drawTable(Pages &p, const Table &t);
// "Trang 2/5" at the bottom right of the page.
void pageNumber(Pages &p, int total);
// The agency block at the top left: the parent agency, then the agency in bold with a short rule under it.
void agencyBlock(Pages &p, const PrintOffice &office, qreal width);
// The signers at the foot: the date line ("Ba Đình, ngày 04 tháng 05 năm 2026") over the right one, each title in
// bold capitals with "(Ký, ghi rõ họ tên)" under it and room to sign. Moves to a new page when it does not fit.
void signerBlock(Pages &p, const QString &place, const QDate &date, const QStringList &titles);

// A4 in `orientation`, no printer margins (the layout keeps its own).
Result<void> setLayout(QPagedPaintDevice &device, QPageLayout::Orientation orientation);
// Measures the pages first (for "Trang x/y": `layout` gets 0 pages then), then paints them.
Result<void> paintAll(QPagedPaintDevice &device, qreal basePt, const Margins &margins,
                      const std::function<void(Pages &, int)> &layout);
// Writes a PDF through `paint` to a temporary file beside `pdfPath`, renamed over it at the end (QSaveFile): a failure
// leaves an existing file as it was and no half-written one.
Result<void> writePdfFile(const QString &pdfPath, const QString &title,
                          const std::function<Result<void>(QPagedPaintDevice &)> &paint);

} // namespace Print
} // namespace MotCua::Ui
