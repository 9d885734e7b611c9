#include "ui/documents/registerprint.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/store/store.h"

namespace MotCua::Ui
{

Result<RegisterSheet> loadRegisterSheet(Store &store, RegisterKind kind, const RegisterRange &range)
{
    DocumentService documents(store);
    RegisterSheet sheet;
    sheet.kind = kind;
    sheet.office = PrintOffice::fromCommune(store.communeName());
    sheet.range = range;
    sheet.printedAt = QDateTime::currentDateTimeUtc();
    if (kind != RegisterKind::Outgoing) {
        auto rows = documents.incomingRegister(range);
        if (!rows)
            return rows.error();
        sheet.books.append(RegisterBook{{}, {}, *rows, {}});
        return sheet;
    }
    auto config = documents.registerConfig();
    if (!config)
        return config.error();
    QList<NumberSeries> series;
    for (const NumberSeries &s : std::as_const(config->series)) {
        if (range.series.isEmpty() || s.key == range.series)
            series.append(s);
    }
    if (!range.series.isEmpty() && series.isEmpty()) {
        QStringList keys;
        for (const NumberSeries &s : std::as_const(config->series))
            keys << s.key;
        return Error::invalid(QStringLiteral("no number series is called '%1' (there are: %2)")
                                  .arg(range.series, keys.join(QStringLiteral(", "))),
                              QStringLiteral("series"));
    }
    // One book per series, each from the core's register rows of that series.
    for (const NumberSeries &s : std::as_const(series)) {
        RegisterRange one = range;
        one.series = s.key;
        auto rows = documents.outgoingRegister(one);
        if (!rows)
            return rows.error();
        // Without a series asked for, a series with nothing in the range prints no empty book.
        if (rows->isEmpty() && range.series.isEmpty() && series.size() > 1)
            continue;
        sheet.books.append(RegisterBook{s.key, s.name, {}, *rows});
    }
    if (sheet.books.isEmpty() && !series.isEmpty())
        sheet.books.append(RegisterBook{series.first().key, series.first().name, {}, {}});
    return sheet;
}

Result<ActionSlipData> loadActionSlip(Store &store, const QString &incomingId)
{
    auto doc = DocumentService(store).incoming(incomingId);
    if (!doc)
        return doc.error();
    ActionSlipData data;
    data.office = PrintOffice::fromCommune(store.communeName());
    data.document = *doc;
    data.printedAt = QDateTime::currentDateTimeUtc();
    return data;
}

Result<void> writeRegisterPdf(const RegisterSheet &sheet, const QString &pdfPath)
{
    return Print::writePdfFile(pdfPath, RegisterRenderer::registerTitle(sheet.kind),
                               [&sheet](QPagedPaintDevice &w) { return RegisterRenderer::renderRegister(w, sheet); });
}

Result<void> writeActionSlipPdf(const ActionSlipData &data, const QString &pdfPath)
{
    return Print::writePdfFile(pdfPath, QStringLiteral("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"),
                               [&data](QPagedPaintDevice &w) { return RegisterRenderer::renderActionSlip(w, data); });
}

Result<void> printRegister(Store &store, RegisterKind kind, const RegisterRange &range, const QString &pdfPath)
{
    auto sheet = loadRegisterSheet(store, kind, range);
    if (!sheet)
        return sheet.error();
    return writeRegisterPdf(*sheet, pdfPath);
}

Result<void> printIncomingRegister(Store &store, const RegisterRange &range, const QString &pdfPath)
{
    return printRegister(store, RegisterKind::Incoming, range, pdfPath);
}

Result<void> printOutgoingRegister(Store &store, const RegisterRange &range, const QString &pdfPath)
{
    return printRegister(store, RegisterKind::Outgoing, range, pdfPath);
}

Result<void> printFollowUpRegister(Store &store, const RegisterRange &range, const QString &pdfPath)
{
    return printRegister(store, RegisterKind::FollowUp, range, pdfPath);
}

Result<void> printActionSlip(Store &store, const QString &incomingId, const QString &pdfPath)
{
    auto data = loadActionSlip(store, incomingId);
    if (!data)
        return data.error();
    return writeActionSlipPdf(*data, pdfPath);
}

QString registerPdfName(RegisterKind kind, const RegisterRange &range)
{
    QString stem;
    switch (kind) {
    case RegisterKind::Incoming:
        stem = QStringLiteral("so-den");
        break;
    case RegisterKind::Outgoing:
        stem = QStringLiteral("so-di");
        break;
    case RegisterKind::FollowUp:
        stem = QStringLiteral("theo-doi");
        break;
    }
    stem += u'-' + QString::number(range.year);
    if (range.from.isValid() || range.until.isValid())
        stem += u'-' + (range.from.isValid() ? range.from : QDate(range.year, 1, 1)).toString(Qt::ISODate) + u'-' +
                (range.until.isValid() ? range.until : QDate(range.year, 12, 31)).toString(Qt::ISODate);
    if (!range.series.isEmpty())
        stem += u'-' + range.series;
    return stem + QStringLiteral(".pdf");
}

QString actionSlipPdfName(const IncomingDocument &document)
{
    return QStringLiteral("phieu-giai-quyet-%1-%2.pdf").arg(document.arrivalNumber).arg(document.year);
}

} // namespace MotCua::Ui
