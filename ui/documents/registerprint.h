#pragma once

#include <QString>

#include "core/util/result.h"
#include "ui/documents/registerrenderer.h"

namespace MotCua
{
class Store;
}

namespace MotCua::Ui
{

// The print side of the document registers: gathers what a register or an action slip shows through
// DocumentService, and writes it as a PDF (RegisterRenderer paints). Used by the window and by motcua-cli, so it
// needs QtGui only (QPdfWriter), never widgets.

// The rows of a register for the range, in register order (the core checks the range: a year 2000 to 2200, dates
// inside it and in order); the outgoing register has one book per number series
// (only range.series when it is set; Error::Invalid, field "series", when no series has that key).
Result<RegisterSheet> loadRegisterSheet(Store &store, RegisterKind kind, const RegisterRange &range);
// The incoming document and the office, for its action slip (Error::NotFound when there is no such document).
Result<ActionSlipData> loadActionSlip(Store &store, const QString &incomingId);

// Write the PDF to a temporary file beside `pdfPath` and rename it over `pdfPath` at the end (QSaveFile): a failure
// leaves an existing file as it was and no half-written one.
Result<void> printRegister(Store &store, RegisterKind kind, const RegisterRange &range, const QString &pdfPath);
Result<void> printIncomingRegister(Store &store, const RegisterRange &range, const QString &pdfPath);
Result<void> printOutgoingRegister(Store &store, const RegisterRange &range, const QString &pdfPath);
Result<void> printFollowUpRegister(Store &store, const RegisterRange &range, const QString &pdfPath);
Result<void> printActionSlip(Store &store, const QString &incomingId, const QString &pdfPath);

// Writes an already gathered sheet or slip (the window gathers once for preview and saving).
Result<void> writeRegisterPdf(const RegisterSheet &sheet, const QString &pdfPath);
Result<void> writeActionSlipPdf(const ActionSlipData &data, const QString &pdfPath);

// "so-den-2026.pdf", "so-di-2026-hanh-chinh.pdf", "theo-doi-2026-01-01-2026-03-31.pdf", "phieu-giai-quyet-12-2026.pdf".
QString registerPdfName(RegisterKind kind, const RegisterRange &range);
QString actionSlipPdfName(const IncomingDocument &document);

} // namespace MotCua::Ui
