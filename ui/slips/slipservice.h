#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "core/util/result.h"
#include "ui/slips/slipdata.h"

class QWidget;

namespace MotCua
{
class Store;
struct Session;
} // namespace MotCua

namespace MotCua::Ui
{

// What to print: the form, and the dossier (by code) or, for the register, the period.
struct SlipRequest
{
    SlipKind kind = SlipKind::Receipt;
    QString code; // every form but the register
    QDate from;   // register: first day, Vietnam time
    QDate to;     // register: last day (inclusive)
};

struct SlipOptions
{
    FormSet formSet = FormSet::Tt03of2025;
    std::optional<OfficeInfo> office; // unset: officeInfo(store)
};

// The office printed on the slips: the agency and place from the store's commune name; the centre's name, address
// and hotline from SettingsService::office() when they are set there (unset ones are printed as dotted blanks).
OfficeInfo officeInfo(Store &store);

// Gathers what a slip shows through the core services (DossierService: findByCode, history, controlSheet, list).
// Errors: NotFound (no such dossier), Conflict (the dossier has no such event: no supplement request, not refused,
// no apology), Invalid (register period missing or reversed), Forbidden (the session may not view dossiers).
Result<SlipData> loadSlipData(Store &store, const Session &session, const SlipRequest &request);

// Writes the slip as a PDF file (A5, A4 or A4 landscape as the form requires; the receipt has two pages, one per
// copy). Overwrites `path`.
Result<void> saveSlipPdf(const QString &path, Store &store, const Session &session, const SlipRequest &request,
                         const SlipOptions &options = {});

// Opens a print preview of the slip (QPrintPreviewDialog) over `parent`; the user prints from there. Shows a message
// box and returns false when the data cannot be loaded; returns true when the user printed.
bool printSlip(QWidget *parent, Store &store, const Session &session, const SlipRequest &request,
               const SlipOptions &options = {});

// Asks for a file name (QFileDialog, suggestedPdfName in the documents folder) and saves the slip as PDF there.
// Returns false when cancelled or on failure (a message box says why).
bool exportSlipPdf(QWidget *parent, Store &store, const Session &session, const SlipRequest &request,
                   const SlipOptions &options = {});

// The slip's name for menus and dialogs (translated): "Receipt and appointment slip", ...
QString slipTitle(SlipKind kind);

// "receipt-00004.A1B2-260504-0001.pdf", "register-2026-05-01-2026-05-31.pdf".
QString suggestedPdfName(const SlipRequest &request);

} // namespace MotCua::Ui
