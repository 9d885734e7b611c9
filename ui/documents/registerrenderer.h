#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "core/documents/documentservice.h"
#include "core/util/result.h"
#include "ui/print/printlayout.h"

class QPagedPaintDevice;

namespace MotCua::Ui
{

// The three registers of Decree 30/2020 Appendix IV the office prints, signs and binds (Đ22.2, Đ16.2.b).
enum class RegisterKind {
    Incoming, // Sổ đăng ký văn bản đến (10 columns)
    Outgoing, // Sổ đăng ký văn bản đi (10 columns, one book per number series)
    FollowUp, // Sổ theo dõi giải quyết văn bản đến (7 columns)
};
QString registerKindKey(RegisterKind kind); // incoming, outgoing, follow-up (the CLI's words)
std::optional<RegisterKind> registerKindFromKey(const QString &key);

// One bound book: its cover and its table. Outgoing documents get one book per number series.
struct RegisterBook
{
    QString seriesKey;
    QString seriesName;               // "Sổ văn bản hành chính" (outgoing)
    QList<IncomingDocument> incoming; // Incoming and FollowUp, in arrival-number order
    QList<OutgoingDocument> outgoing; // Outgoing, in number order
};

// Everything one printed register shows, gathered by RegisterPrint (or built by hand in tests).
struct RegisterSheet
{
    RegisterKind kind = RegisterKind::Incoming;
    PrintOffice office;
    RegisterRange range;
    QList<RegisterBook> books;
    QDateTime printedAt; // UTC; null: now
};

// The Phiếu giải quyết văn bản đến of one incoming document.
struct ActionSlipData
{
    PrintOffice office;
    IncomingDocument document;
    QDateTime printedAt; // UTC; null: now
};

// Paints the registers and the action slip on a paged device (QPdfWriter, or a QPrinter in full-page mode for the
// preview), laid out like the forms of Appendix IV. The wording is the official Vietnamese one, never translated;
// dates are Vietnam dates. Long summaries wrap inside their cell (a row is never cut: it moves to the next page,
// where the column headers are repeated). Urgent documents carry their mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC).
// Pure drawing: no store access.
class RegisterRenderer final
{
public:
    // A4 landscape: a cover page, then the table, for each book.
    static Result<void> renderRegister(QPagedPaintDevice &device, const RegisterSheet &sheet);
    // A4 portrait, one page (more when the directions are many).
    static Result<void> renderActionSlip(QPagedPaintDevice &device, const ActionSlipData &data);

    // "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", ...
    static QString registerTitle(RegisterKind kind);
    // The stamp text of an urgency: "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"; empty for an ordinary document.
    static QString urgencyMark(Urgency urgency);
    // "MẬT", "TỐI MẬT", "TUYỆT MẬT"; empty without a confidentiality level.
    static QString secrecyMark(Secrecy secrecy);
    // The column headers of a register, as printed (for tests and the CLI's help).
    static QStringList columnHeaders(RegisterKind kind);
};

} // namespace MotCua::Ui
