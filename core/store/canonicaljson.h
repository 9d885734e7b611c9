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

// ECMAScript's Number::toString for a finite double (RFC 8785 §3.2.2.3): "1e+21", "0.000001", "1e-7", "-0" -> "0".
QByteArray number(double value);

} // namespace MotCua::CanonicalJson
