#pragma once

#include <QString>
#include <QStringList>

namespace MotCua::Text {

// Folds Vietnamese text for matching: NFC/NFD-insensitive, case-insensitive, diacritics removed
// (including đ/Đ -> d, which Unicode decomposition does not do), whitespace collapsed.
// "Nguyễn Văn An" -> "nguyen van an"; "Hoà" and "Hòa" -> "hoa".
QString fold(const QString &text);

// The folded words of a query, for "every word must match" filters.
QStringList foldedWords(const QString &text);

// Collapses runs of whitespace and trims; keeps the text otherwise as typed (normalised to NFC).
QString normalizeSpaces(const QString &text);

} // namespace MotCua::Text
