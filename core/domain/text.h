#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace MotCua::Text
{

// Folds Vietnamese text for matching: NFC/NFD-insensitive, case-insensitive, diacritics removed
// (including đ/Đ -> d, which Unicode decomposition does not do), whitespace collapsed.
// "Nguyễn Văn An" -> "nguyen van an"; "Hoà" and "Hòa" -> "hoa".
QString fold(const QString &text);

// The folded words of a query, for "every word must match" filters.
QStringList foldedWords(const QString &text);

// A key that sorts Vietnamese text in Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s
// t u ư v x y), then by tone (none, huyền, hỏi, ngã, sắc, nặng), then case: compare keys with plain byte order.
QByteArray sortKey(const QString &text);

// Spans [start, end) of `display` whose folded form matches one of the folded `words` at a word start (prefix
// match), for highlighting. Works on the original text, diacritics kept.
QList<std::pair<qsizetype, qsizetype>> matchSpans(const QString &display, const QStringList &foldedWords);

// `display` with the matches wrapped in `open`/`close`, cut to about `maxChars` around the first match.
QString highlight(const QString &display, const QStringList &foldedWords, const QString &open, const QString &close,
                  qsizetype maxChars = 120);

// Collapses runs of whitespace and trims; keeps the text otherwise as typed (normalised to NFC).
QString normalizeSpaces(const QString &text);

} // namespace MotCua::Text
