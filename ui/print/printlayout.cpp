#include "ui/print/printlayout.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

#include "core/domain/ids.h"

namespace MotCua::Ui
{

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

namespace Print
{

const QString kDots = QStringLiteral("……………………");
const QString kShortDots = QStringLiteral("……");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDots(const QString &text, const QString &dots)
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

void pageNumber(Pages &p, int total)
{
    if (total <= 0)
        return;
    p.html(QStringLiteral("<i>Trang %1/%2</i>").arg(p.page()).arg(total), p.left(), p.body().bottom() - p.mm(4),
           p.width(), 0.75, Qt::AlignRight);
}

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

void signerBlock(Pages &p, const QString &place, const QDate &date, const QStringList &titles)
{
    if (titles.isEmpty())
        return;
    const qreal colW = p.width() / titles.size();
    const QString dateLine = QStringLiteral("<i>") + (place.isEmpty() ? kDots : esc(place)) + QStringLiteral(", ") +
                             vnDate(date) + QStringLiteral("</i>");
    const qreal dateH = p.measure(dateLine, colW, 1.0, Qt::AlignHCenter);
    qreal titleH = 0;
    for (const QString &t : titles)
        titleH = std::max(titleH, p.measure(QStringLiteral("<b>") + esc(upper(t)) + QStringLiteral("</b>"), colW, 1.0,
                                            Qt::AlignHCenter));
    const qreal noteH = p.measure(QStringLiteral("<i>(Ký, ghi rõ họ tên)</i>"), colW, 0.9, Qt::AlignHCenter);
    const qreal need = p.mm(4) + dateH + p.mm(1) + titleH + noteH + p.mm(22);
    if (p.y + need > p.flowBottom())
        p.newPage();
    qreal top = p.y + p.mm(4);
    p.html(dateLine, p.left() + colW * (titles.size() - 1), top, colW, 1.0, Qt::AlignHCenter);
    top += dateH + p.mm(1);
    for (int i = 0; i < titles.size(); ++i) {
        const qreal x = p.left() + colW * i;
        p.html(QStringLiteral("<b>") + esc(upper(titles.at(i))) + QStringLiteral("</b>"), x, top, colW, 1.0,
               Qt::AlignHCenter);
        p.html(QStringLiteral("<i>(Ký, ghi rõ họ tên)</i>"), x, top + titleH, colW, 0.9, Qt::AlignHCenter);
    }
    p.y = top + titleH + noteH + p.mm(22);
}

Result<void> setLayout(QPagedPaintDevice &device, QPageLayout::Orientation orientation)
{
    if (!device.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter)))
        return Error::io(QStringLiteral("the output device does not accept an A4 page"));
    return {};
}

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

Result<void> writePdfFile(const QString &pdfPath, const QString &title,
                          const std::function<Result<void>(QPagedPaintDevice &)> &paint)
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("MotCua Desk"));
        writer.setTitle(title);
        if (auto r = paint(writer); !r) {
            file.cancelWriting();
            return Error::io(
                QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), r.error().message));
        }
    } // the writer writes the file's end when the painter ends, before the rename
    if (!file.commit())
        return Error::io(
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
    return {};
}

} // namespace Print
} // namespace MotCua::Ui
