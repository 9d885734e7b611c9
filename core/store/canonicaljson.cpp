#include "core/store/canonicaljson.h"

#include <QJsonArray>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace MotCua::CanonicalJson
{

void appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QStringView view = s;
    qsizetype run = 0; // start of the characters written as they are
    auto flush = [&](qsizetype end) {
        if (end > run)
            out += view.mid(run, end - run).toUtf8();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const char *escape = nullptr;
        switch (c) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        default:
            break;
        }
        const bool high = QChar::isHighSurrogate(c);
        const bool pair = high && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode());
        if (pair) {
            ++i; // a well-formed pair is written as UTF-8 with the run
            continue;
        }
        const bool lone = high || QChar::isLowSurrogate(c);
        if (!escape && c >= 0x20 && !lone)
            continue;
        flush(i);
        run = i + 1;
        if (escape) {
            out += escape;
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            // A lone surrogate cannot be written as UTF-8: JSON.stringify escapes it (ES2019 well-formed stringify).
            out += "\\u";
            out += hex[(c >> 12) & 0xf];
            out += hex[(c >> 8) & 0xf];
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    flush(s.size());
    out += '"';
}

void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    if (!utf8.isValidUtf8()) {
        appendString(out, QString::fromUtf8(utf8));
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue; // bytes of a multi-byte sequence are all >= 0x80
        out += utf8.sliced(run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    out += utf8.sliced(run);
    out += '"';
}

namespace
{
void append(QByteArray &out, const QJsonValue &v);

void appendObject(QByteArray &out, const QJsonObject &o)
{
    // UTF-16 code unit order (RFC 8785 §3.2.3). QJsonObject keeps its members sorted already, though not by that
    // order for every name (it compares code points), so they are sorted again only when they are out of it.
    const auto before = [](QStringView a, QStringView b) {
        return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
    };
    QVarLengthArray<QJsonObject::const_iterator, 32> members;
    bool sorted = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!members.isEmpty() && !before(members.last().key(), it.key()))
            sorted = false;
        members.append(it);
    }
    if (!sorted)
        std::sort(members.begin(), members.end(),
                  [&](const auto &a, const auto &b) { return before(a.key(), b.key()); });
    out += '{';
    bool first = true;
    for (const auto &m : std::as_const(members)) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, m.key());
        out += ':';
        append(out, m.value());
    }
    out += '}';
}

void append(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += number(v.toDouble());
        return;
    case QJsonValue::String:
        appendString(out, v.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            append(out, a.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object:
        appendObject(out, v.toObject());
        return;
    }
}
} // namespace

QByteArray number(double value)
{
    if (!std::isfinite(value))
        return "null"; // not representable in JSON; never produced by the services
    if (value == 0)
        return "0";
    // The shortest digits that read back as the same double, in scientific form: d[.ddd]e±x.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    std::string digits = sci.substr(0, ePos);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int exponent = std::atoi(sci.c_str() + ePos + 1);
    const int k = int(digits.size());
    const int n = exponent + 1; // value = 0.digits x 10^n
    std::string s;
    if (k <= n && n <= 21) {
        s = digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        s = digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        s = "0." + std::string(size_t(-n), '0') + digits;
    } else {
        const int e = n - 1;
        s = digits.substr(0, 1);
        if (k > 1)
            s += '.' + digits.substr(1);
        s += 'e';
        s += e < 0 ? '-' : '+';
        s += std::to_string(std::abs(e));
    }
    if (value < 0)
        s.insert(s.begin(), '-');
    return QByteArray::fromStdString(s);
}

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QByteArray serialize(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

} // namespace MotCua::CanonicalJson
