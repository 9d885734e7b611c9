#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include "core/services/dossierservice.h"

namespace MotCua::Ui
{

// The one-stop forms (DOMAIN.md §2.2-2.4), named by purpose. Their numbers depend on the legal basis (FormSet).
enum class SlipKind {
    Receipt,           // Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5, two copies)
    SupplementRequest, // Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5)
    Refusal,           // Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5)
    Apology,           // Văn bản xin lỗi và hẹn lại ngày trả kết quả (A5)
    ControlSheet,      // Phiếu kiểm soát quá trình giải quyết hồ sơ (A4)
    Register,          // Sổ theo dõi hồ sơ (A4 landscape, for a period)
};

QList<SlipKind> allSlipKinds();
QString slipKindKey(SlipKind kind); // "receipt", "supplement", "refusal", "apology", "control-sheet", "register"

// The legal basis a form set follows; the numbering changed in 2025 (DOMAIN.md §2.2, §2.3).
enum class FormSet {
    Tt01of2018, // Thông tư 01/2018/TT-VPCP
    Tt03of2025, // Thông tư 03/2025/TT-VPCP (the default)
};

// One versioned form template: its number, legal basis, title (official Vietnamese text) and paper.
struct FormTemplate
{
    QString number; // "01"
    QString basis;  // "Thông tư số 03/2025/TT-VPCP"
    QString title;  // "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    QPageSize::PageSizeId pageSize = QPageSize::A5;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    // "Mẫu số 01 – Thông tư số 03/2025/TT-VPCP", printed in small type on each page.
    QString basisLine() const;
};

FormTemplate formTemplate(SlipKind kind, FormSet set = FormSet::Tt03of2025);

// Who issues the slips: printed in the header and the footer. Settings will edit it; until then fromCommune().
struct OfficeInfo
{
    QString agencyName; // "UBND Phường Ba Đình"
    QString centerName; // "Trung tâm Phục vụ hành chính công"
    QString place;      // the place in the date line: "Ba Đình"
    QString address;    // empty: printed as a dotted blank
    QString hotline;    // empty: printed as a dotted blank

    // From the store's commune name ("Phường Ba Đình, Thành phố Hà Nội").
    static OfficeInfo fromCommune(const QString &communeName);
};

// Everything one slip shows, gathered from the core services (SlipService does that) or built by hand in tests.
struct SlipData
{
    SlipKind kind = SlipKind::Receipt;
    Dossier dossier;
    QString qrText; // what the receipt's QR code carries (PublicAddress::receiptQrText): the public page, or the code
    QDateTime issuedAt; // the date line (UTC); null: now
    QString signerName; // who signs for the office (the receiver, the guiding officer, ...)
    // Receipt: the fee as the catalog stated it at reception ("2.000 đồng/trang", "Miễn phí"); empty: not known
    QString feeText;
    // SupplementRequest
    QStringList supplementItems;
    QString supplementReason;
    // Refusal and Apology
    QString reason;
    // ControlSheet
    QList<ControlStep> steps;
    // Register: rows in the order printed, and the period (Vietnam dates, inclusive)
    QList<Dossier> registerRows;
    QDate periodFrom;
    QDate periodTo;
};

} // namespace MotCua::Ui
