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
#include "ui/print/printlayout.h"

namespace MotCua::Ui
{

using namespace Print;

namespace
{

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
