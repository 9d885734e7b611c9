#pragma once

#include "core/util/result.h"
#include "ui/slips/slipdata.h"

class QPagedPaintDevice;

namespace MotCua::Ui
{

// Paints the one-stop forms onto a paged device (QPdfWriter for PDF, QPrinter for printing and preview), laid out
// like the paper forms: agency and national header, "Số", place and date, bold title, fields, signature blocks.
// The form text is the official Vietnamese wording, not translated. Dates and times are shown in Vietnam time.
// Pure drawing from SlipData: no store access (SlipService gathers the data).
class SlipRenderer final
{
public:
    explicit SlipRenderer(OfficeInfo office, FormSet set = FormSet::Tt03of2025);

    // Sets the device's page size, orientation and (zero) margins for the form, then paints every page.
    // The receipt is two pages (Liên 1 and Liên 2); tables run on as many pages as they need, header repeated.
    Result<void> render(QPagedPaintDevice &device, const SlipData &data) const;

    const OfficeInfo &office() const { return m_office; }
    FormSet formSet() const { return m_set; }

private:
    OfficeInfo m_office;
    FormSet m_set;
};

} // namespace MotCua::Ui
