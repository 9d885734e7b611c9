#include "ui/slips/slipdata.h"

namespace MotCua::Ui
{

QList<SlipKind> allSlipKinds()
{
    return {SlipKind::Receipt, SlipKind::SupplementRequest, SlipKind::Refusal,
            SlipKind::Apology, SlipKind::ControlSheet,      SlipKind::Register};
}

QString slipKindKey(SlipKind kind)
{
    switch (kind) {
    case SlipKind::Receipt:
        return QStringLiteral("receipt");
    case SlipKind::SupplementRequest:
        return QStringLiteral("supplement");
    case SlipKind::Refusal:
        return QStringLiteral("refusal");
    case SlipKind::Apology:
        return QStringLiteral("apology");
    case SlipKind::ControlSheet:
        return QStringLiteral("control-sheet");
    case SlipKind::Register:
        return QStringLiteral("register");
    }
    return {};
}

QString FormTemplate::basisLine() const
{
    return QStringLiteral("Mẫu số ") + number + QStringLiteral(" – ") + basis;
}

FormTemplate formTemplate(SlipKind kind, FormSet set)
{
    // The official titles are the same in both sets except the apology; the numbers differ from the apology on
    // (TT 03/2025 inserts 05 "Thông báo dừng giải quyết hồ sơ").
    const bool old = set == FormSet::Tt01of2018;
    FormTemplate t;
    t.basis = old ? QStringLiteral("Thông tư số 01/2018/TT-VPCP") : QStringLiteral("Thông tư số 03/2025/TT-VPCP");
    switch (kind) {
    case SlipKind::Receipt:
        t.number = QStringLiteral("01");
        t.title = QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        break;
    case SlipKind::SupplementRequest:
        t.number = QStringLiteral("02");
        t.title = QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        break;
    case SlipKind::Refusal:
        t.number = QStringLiteral("03");
        t.title = QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        break;
    case SlipKind::Apology:
        t.number = QStringLiteral("04");
        t.title = old ? QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                      : QStringLiteral("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        break;
    case SlipKind::ControlSheet:
        t.number = old ? QStringLiteral("05") : QStringLiteral("06");
        t.title = QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        t.pageSize = QPageSize::A4;
        break;
    case SlipKind::Register:
        t.number = old ? QStringLiteral("06") : QStringLiteral("07");
        t.title = QStringLiteral("SỔ THEO DÕI HỒ SƠ");
        t.pageSize = QPageSize::A4;
        t.orientation = QPageLayout::Landscape;
        break;
    }
    return t;
}

OfficeInfo OfficeInfo::fromCommune(const QString &communeName)
{
    // "Phường Ba Đình, Thành phố Hà Nội": the unit is the part before the comma; the place drops the unit type
    // (NĐ 30/2020 Phụ lục I: the place name of a commune-level document is the name of the commune).
    const QString unit = communeName.section(u',', 0, 0).trimmed();
    QString place = unit;
    for (const QString &prefix :
         {QStringLiteral("Thị trấn "), QStringLiteral("Phường "), QStringLiteral("Xã "), QStringLiteral("Đặc khu ")}) {
        if (place.startsWith(prefix, Qt::CaseInsensitive)) {
            place = place.mid(prefix.size()).trimmed();
            break;
        }
    }
    OfficeInfo office;
    office.agencyName = unit.isEmpty() ? QString() : QStringLiteral("UBND ") + unit;
    office.centerName = QStringLiteral("Trung tâm Phục vụ hành chính công");
    office.place = place;
    return office;
}

} // namespace MotCua::Ui
