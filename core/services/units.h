#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace MotCua
{

// A commune-level unit (xã / phường / đặc khu) after the 2025 reform, with its 5-digit code
// (Decision 19/2025/QĐ-TTg; list as of 30/04/2026, thanglequoc/vietnamese-provinces-database v4.2.0).
struct AdminUnit
{
    QString code;         // "00004"
    QString name;         // "Ba Đình"
    QString fullName;     // "Phường Ba Đình"
    QString kind;         // "Phường" / "Xã" / "Đặc khu"
    QString provinceCode; // "01"
    QString provinceName; // "Thành phố Hà Nội"
};

namespace Units
{
const QList<AdminUnit> &all();
std::optional<AdminUnit> find(const QString &code);
// Diacritic- and case-insensitive; matches the unit's and the province's names and the code.
QList<AdminUnit> search(const QString &query, int limit = 50);
} // namespace Units

} // namespace MotCua
