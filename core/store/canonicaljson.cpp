#include "core/store/canonicaljson.h"

#include <QJsonArray>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

namespace MotCua::CanonicalJson
{

void appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    // The usual string (ids, hashes, names of types) is ASCII with nothing to escape: written a byte per character
    // straight into the buffer. The first character that is not ends that, and the general loop goes on from it.
    const qsizetype start = out.size();
    out.resize(start + s.size() + 2);
    char *to = out.data() + start;
    *to++ = '"';
    const char16_t *units = s.utf16();
    qsizetype plain = 0;
    for (; plain < s.size(); ++plain) {
        const char16_t c = units[plain];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        *to++ = char(c);
    }
    if (plain == s.size()) {
        *to = '"';
        return;
    }
    out.resize(start + 1 + plain);
    const QStringView view = s;
    qsizetype run = plain; // start of the characters written as they are
    auto flush = [&](qsizetype end) {
        if (end > run)
            out += view.mid(run, end - run).toUtf8();
    };
    for (qsizetype i = plain; i < s.size(); ++i) {
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

namespace
{
using Byte = unsigned char;
constexpr int kMaxDepth = 64;

int lowerHex(Byte c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The length of the UTF-8 sequence at `p` (its first byte >= 0x80) when it is well-formed (shortest form, a scalar
// value) and not a non-character; 0 otherwise. `astral` is set for a character beyond the BMP.
int utf8Sequence(const Byte *p, const Byte *end, bool &astral)
{
    const Byte b = p[0];
    int n = 0;
    char32_t cp = 0;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        cp = b & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int k = 1; k < n; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return 0;
    astral = astral || n == 4;
    return n;
}

// A string at `p` written as appendString() writes it. Sets `escaped` when it holds an escape and `astral` when it
// holds a character beyond the BMP; with `value`, appends its content (UTF-8) to it.
bool scanString(const Byte *&p, const Byte *end, QByteArray *value, bool &escaped, bool &astral)
{
    if (p == end || *p != '"')
        return false;
    ++p;
    const Byte *run = p;
    const auto flush = [&] {
        if (value && p > run)
            value->append(reinterpret_cast<const char *>(run), p - run);
    };
    while (p < end) {
        const Byte c = *p;
        if (c == '"') {
            flush();
            ++p;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c < 0x80 && c != '\\') {
            ++p;
            continue;
        }
        if (c >= 0x80) {
            const int n = utf8Sequence(p, end, astral);
            if (!n)
                return false;
            p += n;
            continue;
        }
        flush();
        escaped = true;
        if (end - p < 2)
            return false;
        char decoded = 0;
        int length = 2;
        switch (p[1]) {
        case '"':
            decoded = '"';
            break;
        case '\\':
            decoded = '\\';
            break;
        case 'b':
            decoded = '\b';
            break;
        case 'f':
            decoded = '\f';
            break;
        case 'n':
            decoded = '\n';
            break;
        case 'r':
            decoded = '\r';
            break;
        case 't':
            decoded = '\t';
            break;
        case 'u': {
            // Only a control character without a short form is written \u00xx (lower-case hex).
            if (end - p < 6 || p[2] != '0' || p[3] != '0')
                return false;
            const int high = lowerHex(p[4]);
            const int low = lowerHex(p[5]);
            if (high < 0 || high > 1 || low < 0)
                return false;
            decoded = char(high * 16 + low);
            if (decoded == '\b' || decoded == '\f' || decoded == '\n' || decoded == '\r' || decoded == '\t')
                return false;
            length = 6;
            break;
        }
        default:
            return false;
        }
        if (value)
            value->append(decoded);
        p += length;
        run = p;
    }
    return false;
}

bool scanValue(const Byte *&p, const Byte *end, int depth);

bool scanLiteral(const Byte *&p, const Byte *end, QByteArrayView word)
{
    if (end - p < word.size() || std::memcmp(p, word.data(), size_t(word.size())) != 0)
        return false;
    p += word.size();
    return true;
}

// An integer of at most 15 digits (exact in a double, and written by number() as it is), not "-0". Any other number
// is left to the general parser and writer.
bool scanInteger(const Byte *&p, const Byte *end)
{
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    if (p == end || *p < '0' || *p > '9')
        return false;
    if (*p == '0') {
        ++p;
        return !negative;
    }
    for (int digits = 0; p < end && *p >= '0' && *p <= '9' && digits < 15; ++digits)
        ++p;
    return true; // a 16th digit, a fraction or an exponent is refused by the caller, which wants , ] } or the end
}

bool scanObject(const Byte *&p, const Byte *end, int depth)
{
    if (depth > kMaxDepth)
        return false;
    ++p; // '{'
    if (p < end && *p == '}') {
        ++p;
        return true;
    }
    const Byte *previous = nullptr;
    qsizetype previousSize = 0;
    for (;;) {
        // Names without escapes and within the BMP, strictly increasing: their UTF-8 bytes then sort as their
        // UTF-16 code units do, and no name comes twice.
        const Byte *name = p + 1;
        bool escaped = false;
        bool astral = false;
        if (!scanString(p, end, nullptr, escaped, astral) || escaped || astral)
            return false;
        const qsizetype size = (p - 1) - name;
        if (previous) {
            const int order = std::memcmp(previous, name, size_t(std::min(previousSize, size)));
            if (order > 0 || (order == 0 && previousSize >= size))
                return false;
        }
        previous = name;
        previousSize = size;
        if (p == end || *p != ':')
            return false;
        ++p;
        if (!scanValue(p, end, depth))
            return false;
        if (p == end)
            return false;
        if (*p == '}') {
            ++p;
            return true;
        }
        if (*p != ',')
            return false;
        ++p;
    }
}

bool scanValue(const Byte *&p, const Byte *end, int depth)
{
    if (p == end)
        return false;
    switch (*p) {
    case '{':
        return scanObject(p, end, depth + 1);
    case '[': {
        if (depth + 1 > kMaxDepth)
            return false;
        ++p;
        if (p < end && *p == ']') {
            ++p;
            return true;
        }
        for (;;) {
            if (!scanValue(p, end, depth + 1) || p == end)
                return false;
            if (*p == ']') {
                ++p;
                return true;
            }
            if (*p != ',')
                return false;
            ++p;
        }
    }
    case '"': {
        bool escaped = false;
        bool astral = false;
        return scanString(p, end, nullptr, escaped, astral);
    }
    case 't':
        return scanLiteral(p, end, "true");
    case 'f':
        return scanLiteral(p, end, "false");
    case 'n':
        return scanLiteral(p, end, "null");
    default:
        return scanInteger(p, end);
    }
}
} // namespace

bool isCanonicalObject(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const Byte *>(text.data());
    const Byte *end = p + text.size();
    if (p == end || *p != '{')
        return false;
    return scanObject(p, end, 1) && p == end;
}

bool readCanonicalString(QByteArrayView text, qsizetype &pos, QByteArray *value, bool *escaped)
{
    if (pos < 0 || pos >= text.size())
        return false;
    const auto *begin = reinterpret_cast<const Byte *>(text.data());
    const Byte *p = begin + pos;
    bool hadEscape = false;
    bool astral = false;
    if (!scanString(p, begin + text.size(), value, hadEscape, astral))
        return false;
    pos = p - begin;
    if (escaped)
        *escaped = hadEscape;
    return true;
}

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
