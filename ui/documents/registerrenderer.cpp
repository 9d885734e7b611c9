#include "ui/documents/registerrenderer.h"

#include <algorithm>
#include <functional>

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

#include "core/domain/ids.h"

namespace MotCua::Ui
{

namespace
{

// Blanks of the paper form, left for the pen.
const QString kDots = QStringLiteral("……………………");
const QString kShortDots = QStringLiteral("……");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDots(const QString &text, const QString &dots = kDots)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? dots : esc(t);
}

QString upper(const QString &text)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toUpper(text);
}

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString shortDate(const QDateTime &utc)
{
    return utc.isValid() ? shortDate(Time::toVietnam(utc).date()) : QString();
}

// "ngày 04 tháng 05 năm 2026"
QString vnDate(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("ngày …… tháng …… năm ……");
    return QStringLiteral("ngày ") + two(d.day()) + QStringLiteral(" tháng ") + two(d.month()) +
           QStringLiteral(" năm ") + QString::number(d.year());
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

// The type's printed name ("Quyết định", "Công văn"), or the abbreviation when it is not in Appendix III.
QString typeName(const QString &abbr)
{
    const auto type = documentTypeFromAbbr(abbr);
    return type ? type->name : abbr;
}

// The urgency and confidentiality marks in red capitals, as the stamps are, followed by a line break.
QString marks(Urgency urgency, Secrecy secrecy)
{
    QStringList out;
    const QString u = RegisterRenderer::urgencyMark(urgency);
    if (!u.isEmpty())
        out << u;
    const QString s = RegisterRenderer::secrecyMark(secrecy);
    if (!s.isEmpty())
        out << s;
    if (out.isEmpty())
        return {};
    return QStringLiteral("<b><span style=\"color:#c00000\">") + out.join(QStringLiteral(" · ")) +
           QStringLiteral("</span></b><br>");
}

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
void drawTable(Pages &p, const Table &t)
{
    const qreal pad = p.mm(1.0);
    qreal total = 0;
    for (const Column &col : t.columns)
        total += col.weight;
    QList<qreal> xs{p.left()};
    for (const Column &col : t.columns)
        xs.append(xs.last() + p.width() * col.weight / total);
    auto colW = [&](int i) { return xs.at(i + 1) - xs.at(i); };
    auto bold = [](const QString &h) -> QString { return QStringLiteral("<b>") + h + QStringLiteral("</b>"); };

    qreal headH = 0;
    for (int i = 0; i < t.columns.size(); ++i)
        headH = std::max(headH,
                         p.measure(bold(t.columns.at(i).header), colW(i) - 2 * pad, t.headerScale, Qt::AlignHCenter) +
                             2 * pad);
    const qreal numberH = p.measure(QStringLiteral("(1)"), p.width(), 0.7, Qt::AlignHCenter) + pad;

    auto cell = [&](const QString &html, int i, qreal top, qreal h, qreal scale, Qt::Alignment align, bool centre) {
        p.rect(QRectF(xs.at(i), top, colW(i), h));
        const qreal textH = p.measure(html, colW(i) - 2 * pad, scale, align);
        const qreal dy = centre ? (h - textH) / 2 : pad;
        p.html(html, xs.at(i) + pad, top + dy, colW(i) - 2 * pad, scale, align);
    };
    auto header = [&] {
        for (int i = 0; i < t.columns.size(); ++i)
            cell(bold(t.columns.at(i).header), i, p.y, headH, t.headerScale, Qt::AlignHCenter, true);
        p.y += headH;
        for (int i = 0; i < t.columns.size(); ++i)
            cell(QStringLiteral("<i>(%1)</i>").arg(i + 1), i, p.y, numberH, 0.7, Qt::AlignHCenter, true);
        p.y += numberH;
    };

    header();
    int onPage = 0;
    for (const QStringList &row : t.rows) {
        qreal h = 0;
        for (int i = 0; i < t.columns.size(); ++i)
            h = std::max(h, p.measure(row.value(i), colW(i) - 2 * pad, t.scale, t.columns.at(i).align));
        h += 2 * pad;
        if (p.y + h > p.flowBottom() && onPage > 0) {
            p.newPage();
            header();
            onPage = 0;
        }
        for (int i = 0; i < t.columns.size(); ++i)
            cell(row.value(i), i, p.y, h, t.scale, t.columns.at(i).align, false);
        p.y += h;
        ++onPage;
    }
}

// "Trang 2/5" at the bottom right of every page.
void pageNumber(Pages &p, int total)
{
    if (total <= 0)
        return;
    p.html(QStringLiteral("<i>Trang %1/%2</i>").arg(p.page()).arg(total), p.left(), p.body().bottom() - p.mm(4),
           p.width(), 0.75, Qt::AlignRight);
}

// The agency block at the top left: the parent agency, then the agency in bold with a short rule under it.
void agencyBlock(Pages &p, const PrintOffice &office, qreal width)
{
    const qreal top = p.y;
    const QString parent = office.parentAgency.isEmpty() ? kDots : esc(upper(office.parentAgency));
    qreal h = p.html(parent, p.left(), top, width, 0.95, Qt::AlignHCenter);
    h += p.html(QStringLiteral("<b>") + esc(office.agency.isEmpty() ? kDots : upper(office.agency)) +
                    QStringLiteral("</b>"),
                p.left(), top + h, width, 0.95, Qt::AlignHCenter);
    const qreal rule = p.mm(18);
    p.hline(p.left() + (width - rule) / 2, p.left() + (width + rule) / 2, top + h + p.mm(0.8));
    p.y = top + h + p.mm(3);
}

QString rangeFrom(const RegisterRange &r)
{
    return shortDate(r.from.isValid() ? r.from : QDate(r.year, 1, 1));
}

QString rangeUntil(const RegisterRange &r)
{
    return shortDate(r.until.isValid() ? r.until : QDate(r.year, 12, 31));
}

// The first page of a book (Appendix IV): the agency, the register's name, the year, the dates and numbers it
// covers and the book number, left blank for the clerk.
void coverPage(Pages &p, const RegisterSheet &sheet, const RegisterBook &book, qint64 firstNumber, qint64 lastNumber)
{
    agencyBlock(p, sheet.office, p.width() * 0.42);
    p.y = p.body().top() + p.body().height() * 0.28;
    p.para(QStringLiteral("<b>") + esc(RegisterRenderer::registerTitle(sheet.kind)) + QStringLiteral("</b>"), 2.0,
           Qt::AlignHCenter, 0, 2);
    if (!book.seriesName.isEmpty())
        p.para(QStringLiteral("<i>(") + esc(book.seriesName) + QStringLiteral(")</i>"), 1.2, Qt::AlignHCenter, 0, 3);
    p.y += p.mm(6);
    p.para(QStringLiteral("<b>Năm:</b> ") + QString::number(sheet.range.year), 1.3, Qt::AlignHCenter, 0, 3);
    p.para(QStringLiteral("Từ ngày ") + rangeFrom(sheet.range) + QStringLiteral(" đến ngày ") + rangeUntil(sheet.range),
           1.3, Qt::AlignHCenter, 0, 3);
    const QString from = firstNumber > 0 ? formatDocumentNumber(firstNumber) : kShortDots;
    const QString to = lastNumber > 0 ? formatDocumentNumber(lastNumber) : kShortDots;
    p.para(QStringLiteral("Từ số ") + from + QStringLiteral(" đến số ") + to, 1.3, Qt::AlignHCenter, 0, 3);
    p.para(QStringLiteral("<b>Quyển số:</b> ") + kShortDots, 1.3, Qt::AlignHCenter, 0, 3);
}

// The line at the top of every table page: which register, which year (and series), so a loose page is known.
QString runningHead(const RegisterSheet &sheet, const RegisterBook &book)
{
    QString text =
        RegisterRenderer::registerTitle(sheet.kind) + QStringLiteral(" – NĂM ") + QString::number(sheet.range.year);
    if (!book.seriesName.isEmpty())
        text += QStringLiteral(" – ") + upper(book.seriesName);
    return QStringLiteral("<b>") + esc(text) + QStringLiteral("</b> <i>(từ ngày ") + rangeFrom(sheet.range) +
           QStringLiteral(" đến ngày ") + rangeUntil(sheet.range) + QStringLiteral(")</i>");
}

// Who the document was handed to by its latest direction: names, the lead marked.
QString assigneesText(const IncomingDocument &d, bool withRoles)
{
    QStringList out;
    for (const Assignee &a : d.currentAssignees()) {
        QString name = a.name.isEmpty() ? a.department : a.name;
        if (withRoles)
            name += a.lead ? QStringLiteral(" (chủ trì)") : QStringLiteral(" (phối hợp)");
        out << esc(name);
    }
    if (out.isEmpty())
        return esc(d.recipients);
    return out.join(QStringLiteral("<br>"));
}

QString handedOn(const IncomingDocument &d)
{
    return d.directions.isEmpty() ? QString() : esc(shortDate(d.directions.last().at));
}

QString summaryCell(const QString &type, Urgency urgency, Secrecy secrecy, const QString &summary)
{
    return marks(urgency, secrecy) + QStringLiteral("<b>") + esc(typeName(type)) + QStringLiteral("</b> ") +
           esc(summary);
}

Table incomingTable(const RegisterBook &book)
{
    Table t;
    const QStringList h = RegisterRenderer::columnHeaders(RegisterKind::Incoming);
    const QList<std::pair<qreal, Qt::Alignment>> shape = {
        {7, Qt::AlignHCenter}, {5, Qt::AlignHCenter}, {12, Qt::AlignLeft}, {9, Qt::AlignHCenter},
        {7, Qt::AlignHCenter}, {27, Qt::AlignLeft},   {12, Qt::AlignLeft}, {7, Qt::AlignHCenter},
        {6, Qt::AlignHCenter}, {8, Qt::AlignLeft}};
    for (int i = 0; i < shape.size(); ++i)
        t.columns.append({shape.at(i).first, esc(h.at(i)), shape.at(i).second});
    for (const IncomingDocument &d : book.incoming) {
        QStringList note;
        if (!d.note.isEmpty())
            note << esc(d.note);
        if (!d.duplicateOf.isEmpty())
            note << QStringLiteral("<i>Trùng số, ký hiệu và cơ quan ban hành với một văn bản đã đăng ký</i>");
        if (d.medium == Medium::Electronic)
            note << QStringLiteral("<i>Văn bản điện tử</i>");
        t.rows.append({esc(shortDate(d.receivedAt)), formatDocumentNumber(d.arrivalNumber), esc(d.fromAgency),
                       esc(d.numberSymbol()), esc(shortDate(d.issuedOn)),
                       summaryCell(d.type, d.urgency, d.secrecy, d.summary), assigneesText(d, false), handedOn(d),
                       QString(), note.join(QStringLiteral("<br>"))});
    }
    return t;
}

QString recipientsText(const OutgoingDocument &d)
{
    QStringList out;
    for (const Recipient &r : d.recipients)
        out << esc(r.name);
    return out.join(QStringLiteral(";<br>"));
}

QString relationNote(const OutgoingDocument &d)
{
    switch (d.relation) {
    case DocumentRelation::Correction:
        return QStringLiteral("<i>Đính chính văn bản đã ban hành</i>");
    case DocumentRelation::Replacement:
        return QStringLiteral("<i>Thay thế văn bản đã ban hành</i>");
    case DocumentRelation::Recall:
        return QStringLiteral("<i>Thu hồi văn bản đã ban hành</i>");
    case DocumentRelation::None:
        break;
    }
    return {};
}

Table outgoingTable(const RegisterBook &book)
{
    Table t;
    const QStringList h = RegisterRenderer::columnHeaders(RegisterKind::Outgoing);
    const QList<std::pair<qreal, Qt::Alignment>> shape = {
        {10, Qt::AlignHCenter}, {7, Qt::AlignHCenter}, {27, Qt::AlignLeft},   {11, Qt::AlignLeft},
        {14, Qt::AlignLeft},    {9, Qt::AlignLeft},    {5, Qt::AlignHCenter}, {7, Qt::AlignHCenter},
        {6, Qt::AlignHCenter},  {8, Qt::AlignLeft}};
    for (int i = 0; i < shape.size(); ++i)
        t.columns.append({shape.at(i).first, esc(h.at(i)), shape.at(i).second});
    for (const OutgoingDocument &d : book.outgoing) {
        QString signer = esc(d.signerName);
        if (!d.signerPosition.isEmpty())
            signer = esc(d.signerPosition) + QStringLiteral("<br>") + signer;
        QDateTime firstSent;
        for (const Recipient &r : d.recipients) {
            if (r.dispatchedAt.isValid() && (!firstSent.isValid() || r.dispatchedAt < firstSent))
                firstSent = r.dispatchedAt;
        }
        QStringList note;
        if (!d.note.isEmpty())
            note << esc(d.note);
        const QString rel = relationNote(d);
        if (!rel.isEmpty())
            note << rel;
        t.rows.append({esc(d.numberSymbol()), esc(shortDate(d.issuedOn)),
                       summaryCell(d.type, d.urgency, d.secrecy, d.summary), signer, recipientsText(d),
                       esc(d.department.isEmpty() ? QStringLiteral("VT") : QStringLiteral("VT, ") + d.department),
                       d.copies > 0 ? QString::number(d.copies) : QString(), esc(shortDate(firstSent)), QString(),
                       note.join(QStringLiteral("<br>"))});
    }
    return t;
}

// Tiến độ giải quyết, in Vietnamese whatever the window's language.
QString progressText(const IncomingDocument &d, const QDateTime &now)
{
    QStringList out;
    switch (d.state) {
    case IncomingState::Registered:
        out << QStringLiteral("Chưa có ý kiến chỉ đạo");
        break;
    case IncomingState::Directed:
        out << QStringLiteral("Đã chuyển, chưa giải quyết");
        break;
    case IncomingState::InProgress:
        out << QStringLiteral("Đang giải quyết");
        break;
    case IncomingState::Finished:
        out << QStringLiteral("Đã giải quyết ngày ") + esc(shortDate(d.finishedAt));
        break;
    }
    if (d.isOverdue(now))
        out << QStringLiteral("<b>Quá hạn</b>");
    if (d.state != IncomingState::Finished && !d.progress.isEmpty())
        out << QStringLiteral("<i>") + esc(shortDate(d.progress.last().at)) + QStringLiteral(": ") +
                   esc(d.progress.last().note) + QStringLiteral("</i>");
    return out.join(QStringLiteral("<br>"));
}

QString deadlineText(const IncomingDocument &d)
{
    QStringList out;
    if (d.due.isValid())
        out << esc(shortDate(d.due));
    for (const Assignee &a : d.currentAssignees()) {
        if (a.due.isValid() && a.due != d.due)
            out << QStringLiteral("<i>") + esc(a.name.isEmpty() ? a.department : a.name) + QStringLiteral(": ") +
                       esc(shortDate(a.due)) + QStringLiteral("</i>");
    }
    return out.join(QStringLiteral("<br>"));
}

Table followUpTable(const RegisterBook &book, const QDateTime &now)
{
    Table t;
    const QStringList h = RegisterRenderer::columnHeaders(RegisterKind::FollowUp);
    const QList<std::pair<qreal, Qt::Alignment>> shape = {
        {6, Qt::AlignHCenter}, {34, Qt::AlignLeft},    {15, Qt::AlignLeft}, {9, Qt::AlignHCenter},
        {15, Qt::AlignLeft},   {10, Qt::AlignHCenter}, {11, Qt::AlignLeft}};
    for (int i = 0; i < shape.size(); ++i)
        t.columns.append({shape.at(i).first, esc(h.at(i)), shape.at(i).second});
    for (const IncomingDocument &d : book.incoming) {
        const QString doc = marks(d.urgency, d.secrecy) + QStringLiteral("<b>") + esc(typeName(d.type)) +
                            QStringLiteral("</b> số ") + esc(d.numberSymbol()) +
                            (d.issuedOn.isValid() ? QStringLiteral(" ngày ") + esc(shortDate(d.issuedOn)) : QString()) +
                            QStringLiteral(" của ") + esc(d.fromAgency) + QStringLiteral("<br><i>") + esc(d.summary) +
                            QStringLiteral("</i>");
        QStringList note;
        if (!d.finishNote.isEmpty())
            note << esc(d.finishNote);
        if (!d.note.isEmpty())
            note << esc(d.note);
        t.rows.append({formatDocumentNumber(d.arrivalNumber), doc, assigneesText(d, true), deadlineText(d),
                       progressText(d, now), esc(d.replySymbol), note.join(QStringLiteral("<br>"))});
    }
    return t;
}

template <typename T> std::pair<qint64, qint64> numberSpan(const QList<T> &rows, qint64 T::*field)
{
    qint64 lo = 0;
    qint64 hi = 0;
    for (const T &r : rows) {
        const qint64 n = r.*field;
        if (n <= 0)
            continue;
        lo = lo == 0 ? n : std::min(lo, n);
        hi = std::max(hi, n);
    }
    return {lo, hi};
}

void registerPages(Pages &p, const RegisterSheet &sheet, int totalPages)
{
    const QDateTime now = sheet.printedAt.isValid() ? sheet.printedAt : QDateTime::currentDateTimeUtc();
    QList<RegisterBook> books = sheet.books;
    if (books.isEmpty())
        books.append(RegisterBook{});
    bool first = true;
    for (const RegisterBook &book : std::as_const(books)) {
        const auto span = sheet.kind == RegisterKind::Outgoing
                              ? numberSpan(book.outgoing, &OutgoingDocument::number)
                              : numberSpan(book.incoming, &IncomingDocument::arrivalNumber);
        p.setOnNewPage([&p, totalPages] { pageNumber(p, totalPages); });
        if (!first)
            p.newPage();
        else
            pageNumber(p, totalPages);
        first = false;
        coverPage(p, sheet, book, span.first, span.second);

        p.setOnNewPage([&p, &sheet, &book, totalPages] {
            pageNumber(p, totalPages);
            p.y += p.html(runningHead(sheet, book), p.left(), p.y, p.width(), 0.85, Qt::AlignHCenter) + p.mm(2);
        });
        p.newPage();
        Table t;
        switch (sheet.kind) {
        case RegisterKind::Incoming:
            t = incomingTable(book);
            break;
        case RegisterKind::Outgoing:
            t = outgoingTable(book);
            break;
        case RegisterKind::FollowUp:
            t = followUpTable(book, now);
            break;
        }
        drawTable(p, t);
        if (t.rows.isEmpty())
            p.para(QStringLiteral("<i>Không có văn bản nào trong khoảng đã chọn.</i>"), 0.9, Qt::AlignHCenter, 0, 1);
    }
}

// ---- the action slip ----------------------------------------------------------------------------------------

QString assigneeLine(const Assignee &a, const QDate &directionDue)
{
    QString text = QStringLiteral("<b>") + esc(a.name.isEmpty() ? a.department : a.name) + QStringLiteral("</b>");
    if (!a.name.isEmpty() && !a.department.isEmpty())
        text += QStringLiteral(" (") + esc(a.department) + QStringLiteral(")");
    const QDate due = a.due.isValid() ? a.due : directionDue;
    text += QStringLiteral(" – thời hạn giải quyết: ") + (due.isValid() ? esc(shortDate(due)) : kDots);
    return text;
}

void slipPage(Pages &p, const ActionSlipData &data)
{
    const IncomingDocument &d = data.document;
    const qreal leftW = p.width() * 0.45;
    const qreal top = p.y;
    agencyBlock(p, data.office, leftW);
    const qreal afterAgency = p.y;
    // The urgency stamp on the right, as on the document.
    const QString stamp = RegisterRenderer::urgencyMark(d.urgency);
    if (!stamp.isEmpty())
        p.html(QStringLiteral("<b><span style=\"color:#c00000\">") + esc(stamp) + QStringLiteral("</span></b>"),
               p.left() + leftW, top, p.width() - leftW, 1.3, Qt::AlignRight);
    p.y = std::max(afterAgency, p.y) + p.mm(4);

    p.para(QStringLiteral("<b>PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN</b>"), 1.35, Qt::AlignHCenter, 0, 1);
    p.para(QStringLiteral("<i>(Kèm theo văn bản đến số ") + formatDocumentNumber(d.arrivalNumber) +
               QStringLiteral(", ngày đến ") + esc(shortDate(d.receivedAt)) + QStringLiteral(")</i>"),
           0.95, Qt::AlignHCenter, 0, 4);

    p.para(QStringLiteral("Tên loại văn bản: <b>") + esc(typeName(d.type)) + QStringLiteral("</b>"));
    p.para(QStringLiteral("Số, ký hiệu: <b>") + orDots(d.numberSymbol()) +
           QStringLiteral("</b>; ngày tháng văn bản: <b>") +
           (d.issuedOn.isValid() ? esc(shortDate(d.issuedOn)) : kShortDots) + QStringLiteral("</b>"));
    p.para(QStringLiteral("Cơ quan, tổ chức ban hành: <b>") + orDots(d.fromAgency) + QStringLiteral("</b>"));
    p.para(QStringLiteral("Trích yếu nội dung: <b>") + orDots(d.summary) + QStringLiteral("</b>"));
    const QString m = marks(d.urgency, d.secrecy);
    if (!m.isEmpty())
        p.para(QStringLiteral("Mức độ khẩn, độ mật: ") + m.chopped(4));
    p.y += p.mm(3);

    // 1. The leader of the agency: every direction, the latest last (a re-direction keeps the earlier ones).
    p.para(QStringLiteral("<b>1. Ý kiến của lãnh đạo cơ quan, tổ chức:</b>"), 1.0, Qt::AlignLeft, 0, 1.5);
    if (d.directions.isEmpty()) {
        for (int i = 0; i < 4; ++i)
            p.para(kDots + kDots + kDots + kDots, 1.0, Qt::AlignLeft, 5, 1.5);
        p.para(QStringLiteral("<i>Ngày …… tháng …… năm ……</i>"), 1.0, Qt::AlignRight, 0, 12);
    }
    for (int i = 0; i < d.directions.size(); ++i) {
        const Direction &dir = d.directions.at(i);
        if (d.directions.size() > 1)
            p.para(QStringLiteral("<i>") +
                       (i + 1 < d.directions.size() ? QStringLiteral("Ý kiến chỉ đạo trước (lần %1)").arg(i + 1)
                                                    : QStringLiteral("Ý kiến chỉ đạo hiện hành (lần %1)").arg(i + 1)) +
                       QStringLiteral("</i>"),
                   0.95, Qt::AlignLeft, 3, 1);
        if (!dir.note.isEmpty())
            p.para(QStringLiteral("- ") + esc(dir.note), 1.0, Qt::AlignLeft, 5, 1);
        QList<Assignee> leads;
        QList<Assignee> cos;
        for (const Assignee &a : dir.assignees)
            (a.lead ? leads : cos).append(a);
        for (const Assignee &a : std::as_const(leads))
            p.para(QStringLiteral("- Giao chủ trì: ") + assigneeLine(a, dir.due), 1.0, Qt::AlignLeft, 5, 1);
        for (const Assignee &a : std::as_const(cos))
            p.para(QStringLiteral("- Phối hợp: ") + assigneeLine(a, dir.due), 1.0, Qt::AlignLeft, 5, 1);
        p.para(QStringLiteral("- Thời hạn giải quyết: ") + (dir.due.isValid() ? esc(shortDate(dir.due)) : kDots), 1.0,
               Qt::AlignLeft, 5, 1);
        const QDate on = dir.at.isValid() ? Time::toVietnam(dir.at).date() : QDate();
        p.para(QStringLiteral("<i>") + esc(data.office.place.isEmpty() ? QString() : data.office.place + u',') +
                   QStringLiteral(" ") + vnDate(on) + QStringLiteral("</i><br><b>") + esc(dir.byName) +
                   QStringLiteral("</b>"),
               1.0, Qt::AlignRight, 0, 3);
    }

    // 2. The head of the unit, 3. the person handling it: what the record holds, else blanks for the pen.
    p.para(QStringLiteral("<b>2. Ý kiến của lãnh đạo đơn vị:</b>"), 1.0, Qt::AlignLeft, 0, 1.5);
    for (int i = 0; i < 3; ++i)
        p.para(kDots + kDots + kDots + kDots, 1.0, Qt::AlignLeft, 5, 1.5);
    p.para(QStringLiteral("<i>Ngày …… tháng …… năm ……</i>"), 1.0, Qt::AlignRight, 0, 10);

    p.para(QStringLiteral("<b>3. Ý kiến đề xuất của người giải quyết:</b>"), 1.0, Qt::AlignLeft, 0, 1.5);
    if (d.progress.isEmpty() && d.finishNote.isEmpty()) {
        for (int i = 0; i < 3; ++i)
            p.para(kDots + kDots + kDots + kDots, 1.0, Qt::AlignLeft, 5, 1.5);
        p.para(QStringLiteral("<i>Ngày …… tháng …… năm ……</i>"), 1.0, Qt::AlignRight, 0, 10);
    } else {
        for (const ProgressNote &n : d.progress)
            p.para(QStringLiteral("- ") + esc(shortDate(n.at)) + QStringLiteral(", ") + esc(n.byName) +
                       QStringLiteral(": ") + esc(n.note),
                   1.0, Qt::AlignLeft, 5, 1);
        if (d.state == IncomingState::Finished)
            p.para(QStringLiteral("- Đã giải quyết ngày ") + esc(shortDate(d.finishedAt)) +
                       (d.replySymbol.isEmpty() ? QString()
                                                : QStringLiteral(", văn bản trả lời số ") + esc(d.replySymbol)) +
                       (d.finishNote.isEmpty() ? QString() : QStringLiteral(": ") + esc(d.finishNote)),
                   1.0, Qt::AlignLeft, 5, 1);
    }
}

Margins landscapeMargins()
{
    return {15, 12, 12, 10};
}

Margins portraitMargins()
{
    return {25, 18, 15, 15};
}

Result<void> setLayout(QPagedPaintDevice &device, QPageLayout::Orientation orientation)
{
    if (!device.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter)))
        return Error::io(QStringLiteral("the output device does not accept an A4 page"));
    return {};
}

// Measures the pages first (for "Trang x/y"), then paints them.
Result<void> paintAll(QPagedPaintDevice &device, qreal basePt, const Margins &margins,
                      const std::function<void(Pages &, int)> &layout)
{
    Pages probe(device, nullptr, basePt, margins);
    layout(probe, 0);
    const int pages = probe.page();
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(QStringLiteral("cannot paint on the output device (is the file writable?)"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Pages pagesOut(device, &painter, basePt, margins);
    layout(pagesOut, pages);
    if (!painter.end())
        return Error::io(QStringLiteral("cannot finish the output"));
    return {};
}

} // namespace

QString registerKindKey(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Incoming:
        return QStringLiteral("incoming");
    case RegisterKind::Outgoing:
        return QStringLiteral("outgoing");
    case RegisterKind::FollowUp:
        return QStringLiteral("follow-up");
    }
    return {};
}

std::optional<RegisterKind> registerKindFromKey(const QString &key)
{
    for (RegisterKind k : {RegisterKind::Incoming, RegisterKind::Outgoing, RegisterKind::FollowUp}) {
        if (registerKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

PrintOffice PrintOffice::fromCommune(const QString &communeName)
{
    // "Phường Ba Đình, Thành phố Hà Nội": the commune is the part before the comma, its province (the parent
    // agency since communes answer to the province directly, 2025) the part after it.
    const QString unit = communeName.section(u',', 0, 0).trimmed();
    const QString province = communeName.section(u',', 1).trimmed();
    QString place = unit;
    for (const QString &prefix :
         {QStringLiteral("Thị trấn "), QStringLiteral("Phường "), QStringLiteral("Xã "), QStringLiteral("Đặc khu ")}) {
        if (place.startsWith(prefix, Qt::CaseInsensitive)) {
            place = place.mid(prefix.size()).trimmed();
            break;
        }
    }
    PrintOffice office;
    office.agency = unit.isEmpty() ? QString() : QStringLiteral("UBND ") + unit;
    office.parentAgency = province.isEmpty() ? QString() : QStringLiteral("UBND ") + province;
    office.place = place;
    return office;
}

QString RegisterRenderer::registerTitle(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Incoming:
        return QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
    case RegisterKind::Outgoing:
        return QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
    case RegisterKind::FollowUp:
        return QStringLiteral("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN");
    }
    return {};
}

QString RegisterRenderer::urgencyMark(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Normal:
        return {};
    case Urgency::Urgent:
        return QStringLiteral("KHẨN");
    case Urgency::VeryUrgent:
        return QStringLiteral("THƯỢNG KHẨN");
    case Urgency::Flash:
        return QStringLiteral("HỎA TỐC");
    }
    return {};
}

QString RegisterRenderer::secrecyMark(Secrecy secrecy)
{
    switch (secrecy) {
    case Secrecy::None:
        return {};
    case Secrecy::Confidential:
        return QStringLiteral("MẬT");
    case Secrecy::Secret:
        return QStringLiteral("TỐI MẬT");
    case Secrecy::TopSecret:
        return QStringLiteral("TUYỆT MẬT");
    }
    return {};
}

QStringList RegisterRenderer::columnHeaders(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Incoming:
        return {QStringLiteral("Ngày đến"),
                QStringLiteral("Số đến"),
                QStringLiteral("Tác giả"),
                QStringLiteral("Số, ký hiệu văn bản"),
                QStringLiteral("Ngày tháng văn bản"),
                QStringLiteral("Tên loại và trích yếu nội dung văn bản"),
                QStringLiteral("Đơn vị hoặc người nhận"),
                QStringLiteral("Ngày chuyển"),
                QStringLiteral("Ký nhận"),
                QStringLiteral("Ghi chú")};
    case RegisterKind::Outgoing:
        return {QStringLiteral("Số, ký hiệu văn bản"),
                QStringLiteral("Ngày tháng văn bản"),
                QStringLiteral("Tên loại và trích yếu nội dung văn bản"),
                QStringLiteral("Người ký"),
                QStringLiteral("Nơi nhận văn bản"),
                QStringLiteral("Đơn vị, người nhận bản lưu"),
                QStringLiteral("Số lượng bản"),
                QStringLiteral("Ngày chuyển"),
                QStringLiteral("Ký nhận"),
                QStringLiteral("Ghi chú")};
    case RegisterKind::FollowUp:
        return {QStringLiteral("Số đến"),
                QStringLiteral("Tên loại, số, ký hiệu, ngày tháng và cơ quan ban hành văn bản"),
                QStringLiteral("Đơn vị hoặc người nhận"),
                QStringLiteral("Thời hạn giải quyết"),
                QStringLiteral("Tiến độ giải quyết"),
                QStringLiteral("Số, ký hiệu văn bản trả lời"),
                QStringLiteral("Ghi chú")};
    }
    return {};
}

Result<void> RegisterRenderer::renderRegister(QPagedPaintDevice &device, const RegisterSheet &sheet)
{
    if (auto r = setLayout(device, QPageLayout::Landscape); !r)
        return r;
    return paintAll(device, 10.5, landscapeMargins(),
                    [&sheet](Pages &p, int total) { registerPages(p, sheet, total); });
}

Result<void> RegisterRenderer::renderActionSlip(QPagedPaintDevice &device, const ActionSlipData &data)
{
    if (auto r = setLayout(device, QPageLayout::Portrait); !r)
        return r;
    return paintAll(device, 12.5, portraitMargins(), [&data](Pages &p, int total) {
        p.setOnNewPage([&p, total] {
            if (total > 1)
                pageNumber(p, total);
        });
        if (total > 1)
            pageNumber(p, total);
        slipPage(p, data);
    });
}

} // namespace MotCua::Ui
