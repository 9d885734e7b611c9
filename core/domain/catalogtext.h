#pragma once

#include <QString>

namespace MotCua::CatalogText
{

// An amount in Vietnamese: 2000 -> "2.000 đồng" (thousands grouped with a dot, whatever the locale).
QString dong(qint64 amount);

// A fee text the Vietnamese way. The crawl of the national portal wrote amounts with English grouping and the
// currency's English-style name ("2,000 Việt Nam Đồng (/trang)…", "8,000 VNĐ"): they become "2.000 đồng/trang …".
// The source's "Không có thông tin" (no information) is no fee text. Text already written so is unchanged.
QString fee(const QString &text);

// A value copied from the source, or empty when it is the source's "Không có thông tin" placeholder.
QString sourceValue(const QString &text);

} // namespace MotCua::CatalogText
