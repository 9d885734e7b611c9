#pragma once

#include "core/util/result.h"

#include <QByteArrayView>
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

// Free text a person typed (a name, a note, a reason, an item, a department): NFC, whitespace collapsed (line
// breaks kept where `multiline`), then refused (Error::Code::Invalid on `field`) when it is longer than `maxChars`,
// holds a control character, or holds U+FFFD (what undecodable bytes became). `label` names the field in English
// in the message ("the note").
Result<QString> cleanText(const QString &text, const QString &field, const QString &label, qsizetype maxChars,
                          bool multiline = false);

// Whether `bytes` is well-formed UTF-8.
bool isValidUtf8(QByteArrayView bytes);

// At most `maxChars` characters of `text` on one line (line breaks and control characters become spaces), with
// "…" when cut: how a value is shown back in a message.
QString elided(const QString &text, qsizetype maxChars);

// At most `maxChars` characters of `text`, cut at the end of a word and marked with "…" when it is longer (never in
// the middle of a word; a first word longer than `maxChars` is kept whole): for a display with no room for more,
// never for stored data.
QString cutAtWord(const QString &text, qsizetype maxChars);

} // namespace MotCua::Text
