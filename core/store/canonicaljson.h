#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace MotCua::CanonicalJson
{

// The JSON Canonicalization Scheme of RFC 8785 (docs/event-format.md): object members sorted by the UTF-16 code
// units of their names, no whitespace, strings escaped as ECMAScript's JSON.stringify does (only '"', '\', and
// U+0000-U+001F, the latter as \b \t \n \f \r or \u00xx), every other character as UTF-8, numbers as ECMAScript's
// Number.prototype.toString writes them. Written here, not by Qt's JSON writer, so the bytes an event's hash covers
// are defined by the document and not by a library version.
QByteArray serialize(const QJsonValue &value);
QByteArray serialize(const QJsonObject &object);

// Appends `s` as a JSON string written as serialize() writes it (quoted, escaped): for writers that build a canonical
// text from known members without a QJsonObject (EventLine::toText, Event::canonicalBytes).
void appendString(QByteArray &out, QStringView s);
// The same for a text given as UTF-8 bytes, without converting it (invalid UTF-8 is read as QString::fromUtf8 reads
// it).
void appendUtf8String(QByteArray &out, QByteArrayView utf8);

// Whether `text` is, for certain, a JSON object in the form serialize() writes (serialize(parse(text)) == text), found
// by one scan without building the object: what the province checks each pushed payload with. Conservative: a few
// rare forms it does not follow answer false although they may be canonical (a name with an escape or beyond the
// BMP, an escaped surrogate, a number other than an integer of up to 15 digits, a non-character, more than 64
// levels); the general parser and writer decide those.
bool isCanonicalObject(QByteArrayView text);
// Reads the string at `pos` (its opening quote) if it is written as appendString() writes it, under the same rules,
// and moves `pos` past its closing quote; appends its content as UTF-8 to `value` when given, and says in `escaped`
// whether it held an escape. False otherwise, with `pos` unchanged (and `value` perhaps holding a part).
bool readCanonicalString(QByteArrayView text, qsizetype &pos, QByteArray *value = nullptr, bool *escaped = nullptr);

// ECMAScript's Number::toString for a finite double (RFC 8785 §3.2.2.3): "1e+21", "0.000001", "1e-7", "-0" -> "0".
QByteArray number(double value);

} // namespace MotCua::CanonicalJson
