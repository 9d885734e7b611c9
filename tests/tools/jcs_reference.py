#!/usr/bin/env python3
"""An independent implementation of docs/event-format.md, for the C++ test to compare against.

Reads JSON Lines on stdin, one {"value": ..., "prev_hash": "..."} per line (prev_hash optional), and prints for each
line the RFC 8785 canonical bytes of "value" as hex, a space, and the chain hash sha256(prev_hash + "\n" + bytes) as
hex. Written from RFC 8785 and ECMAScript's Number.prototype.toString, without looking at the C++ code.
"""
import hashlib
import json
import sys


def es_number(x):
    x = float(x)
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("not representable in JSON")
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    x = abs(x)
    # repr() gives the shortest digits that read back as the same double.
    mantissa, _, exp = ("%r" % x).partition("e")
    if "." in mantissa:
        int_part, frac = mantissa.split(".")
    else:
        int_part, frac = mantissa, ""
    exponent = int(exp) if exp else 0
    digits = (int_part + frac).lstrip("0")
    # Position of the decimal point relative to the start of `digits`: value = 0.digits * 10^n
    leading_zeros = len(int_part + frac) - len((int_part + frac).lstrip("0"))
    n = len(int_part) - leading_zeros + exponent
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        s = digits + "0" * (n - k)
    elif 0 < n <= 21:
        s = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        s = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        s = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("-" if e < 0 else "+") + str(abs(e))
    return sign + s


def es_string(s):
    out = ['"']
    i = 0
    units = s.encode("utf-16-le", "surrogatepass")
    # Work on UTF-16 code units, as ECMAScript does.
    cu = [int.from_bytes(units[j:j + 2], "little") for j in range(0, len(units), 2)]
    short = {0x22: '\\"', 0x5C: "\\\\", 0x08: "\\b", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}
    while i < len(cu):
        c = cu[i]
        if c in short:
            out.append(short[c])
        elif c < 0x20:
            out.append("\\u%04x" % c)
        elif 0xD800 <= c <= 0xDBFF and i + 1 < len(cu) and 0xDC00 <= cu[i + 1] <= 0xDFFF:
            out.append(chr(0x10000 + ((c - 0xD800) << 10) + (cu[i + 1] - 0xDC00)))
            i += 1
        elif 0xD800 <= c <= 0xDFFF:
            out.append("\\u%04x" % c)
        else:
            out.append(chr(c))
        i += 1
    out.append('"')
    return "".join(out)


def canonical(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return es_number(v)
    if isinstance(v, str):
        return es_string(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: k.encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(es_string(k) + ":" + canonical(v[k]) for k in keys) + "}"
    raise TypeError(type(v))


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        data = canonical(item["value"]).encode("utf-8", "surrogatepass")
        prev = item.get("prev_hash", "")
        chain = hashlib.sha256(prev.encode("utf-8") + b"\n" + data).hexdigest()
        print(data.hex(), chain)


if __name__ == "__main__":
    main()
