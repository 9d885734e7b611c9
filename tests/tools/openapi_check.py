#!/usr/bin/env python3
"""Validates a JSON body against a schema of docs/openapi.yaml, with the standard library only (Python 3.11).

    openapi_check.py SPEC SCHEMA_NAME [--strict] < body.json
        exit 0 when the body is valid against components/schemas/SCHEMA_NAME, else print the first mismatch (its
        path in the body and why) and exit 1. --strict also refuses members a schema does not name, wherever the
        schema does not say additionalProperties itself (v1 readers must ignore unknown members; the reference
        server sends exactly v1's, and its tests check that).
    openapi_check.py SPEC --self-test
        every example in SPEC against its schema (strictly), the facts the examples state (event hashes, reconcile
        digests, the blob's hash), and deliberately wrong bodies that must be refused. Ends with "N passed, N failed".

Exit 2 for a usage error, a spec this reader cannot read, or an unknown schema name.

There is no YAML library here, so SPEC is read by a small reader of the block style docs/openapi.yaml keeps to:
block mappings and sequences (a sequence may sit at its key's indentation), plain, 'single' and "double" quoted
scalars, literal and folded block scalars (| |- > >-), full-line comments, and [] / {} as the only flow collections.
No anchors, aliases, tags, multi-line plain scalars or inline comments after quoted values. Anything else is an
error naming the line, never a silent misreading. Schemas use the JSON Schema keywords below; an unknown keyword is
an error too, so a schema cannot be "valid" because a keyword was skipped.
"""
import datetime
import hashlib
import json
import os
import re
import sys

# ---------------------------------------------------------------- the YAML subset


class YamlError(ValueError):
    pass


_KEY = re.compile(r"""^(?P<key>'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"\s#\-?:,\[\]{}&*!|>%@`][^:#]*?|-[^\s:#][^:#]*?)\s*:(?:\s+|$)""")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_BLOCK = re.compile(r"^([|>])([-+]?)$")


def _scalar(text, lineno):
    t = text.strip()
    if t.startswith("'"):
        if len(t) < 2 or not t.endswith("'") or re.search(r"(?<!')'(?!')", t[1:-1]):
            raise YamlError(f"line {lineno}: badly quoted '...' scalar")
        return t[1:-1].replace("''", "'")
    if t.startswith('"'):
        try:
            v = json.loads(t)
        except json.JSONDecodeError as e:
            raise YamlError(f"line {lineno}: badly quoted \"...\" scalar ({e.msg})") from None
        if not isinstance(v, str):
            raise YamlError(f"line {lineno}: badly quoted \"...\" scalar")
        return v
    if t == "[]":
        return []
    if t == "{}":
        return {}
    if " #" in t:
        t = t[: t.index(" #")].rstrip()
    if not t or t[0] in "[{&*!%@`" or t.startswith(("? ", "- ")) or t in ("-", "?") or ": " in t or t.endswith(":"):
        raise YamlError(f"line {lineno}: a scalar this reader does not take: {text.strip()!r}")
    if t in ("null", "Null", "NULL", "~"):
        return None
    if t in ("true", "True", "TRUE"):
        return True
    if t in ("false", "False", "FALSE"):
        return False
    if _INT.match(t):
        return int(t)
    if _FLOAT.match(t):
        return float(t)
    return t


class _Reader:
    def __init__(self, text):
        self.raw = text.split("\n")
        self.lines = []  # (index into raw, indent, content)
        for n, line in enumerate(self.raw):
            if "\t" in line[: len(line) - len(line.lstrip())]:
                raise YamlError(f"line {n + 1}: a tab in the indentation")
            s = line.rstrip()
            if not s.strip() or s.strip().startswith("#"):
                continue
            if s.strip() in ("---", "..."):
                raise YamlError(f"line {n + 1}: document markers are not taken")
            self.lines.append([n, len(s) - len(s.lstrip(" ")), s.strip()])
        self.i = 0

    def parse(self):
        if not self.lines:
            return None
        v = self.node(self.lines[0][1])
        if self.i < len(self.lines):
            n, ind, _ = self.lines[self.i]
            raise YamlError(f"line {n + 1}: unexpected indentation {ind}")
        return v

    def node(self, indent):
        _, ind, text = self.lines[self.i]
        if ind != indent:
            raise YamlError(f"line {self.lines[self.i][0] + 1}: expected indentation {indent}, found {ind}")
        if text == "-" or text.startswith("- "):
            return self.sequence(indent)
        return self.mapping(indent)

    def value_after(self, rest, indent, lineno, raw_index, seq_may_follow):
        """The value of a `key:` (or `- `) whose remaining text is `rest`, the entry at column `indent`."""
        if rest == "":
            if self.i < len(self.lines):
                _, ind, text = self.lines[self.i]
                if ind > indent:
                    return self.node(ind)
                if seq_may_follow and ind == indent and (text == "-" or text.startswith("- ")):
                    return self.sequence(indent)
            return None
        m = _BLOCK.match(rest)
        if m:
            return self.block(m.group(1), m.group(2), indent, raw_index)
        return _scalar(rest, lineno)

    def mapping(self, indent):
        out = {}
        while self.i < len(self.lines):
            n, ind, text = self.lines[self.i]
            if ind < indent:
                break
            if ind > indent:
                raise YamlError(f"line {n + 1}: unexpected indentation {ind} in a mapping at {indent}")
            if text == "-" or text.startswith("- "):
                break
            m = _KEY.match(text)
            if not m:
                raise YamlError(f"line {n + 1}: expected 'key: value', found {text!r}")
            key = _scalar(m.group("key"), n + 1)
            if not isinstance(key, str):
                key = str(key) if not isinstance(key, bool) else ("true" if key else "false")
            if key in out:
                raise YamlError(f"line {n + 1}: key {key!r} given twice")
            rest = text[m.end():].strip()
            self.i += 1
            out[key] = self.value_after(rest, indent, n + 1, n, True)
        return out

    def sequence(self, indent):
        out = []
        while self.i < len(self.lines):
            n, ind, text = self.lines[self.i]
            if ind < indent:
                break
            if ind > indent:
                raise YamlError(f"line {n + 1}: unexpected indentation {ind} in a sequence at {indent}")
            if not (text == "-" or text.startswith("- ")):
                break
            rest = text[1:].lstrip(" ")
            if rest == "":
                self.i += 1
                out.append(self.value_after("", indent, n + 1, n, False))
            elif _KEY.match(rest):
                # "- key: value": a mapping whose first entry is on the dash's line.
                self.lines[self.i] = [n, indent + (len(text) - len(rest)), rest]
                out.append(self.mapping(indent + (len(text) - len(rest))))
            else:
                self.i += 1
                out.append(self.value_after(rest, indent, n + 1, n, False))
        return out

    def block(self, style, chomp, parent_indent, raw_index):
        body = []
        j = raw_index + 1
        block_indent = None
        while j < len(self.raw):
            line = self.raw[j]
            if line.strip() == "":
                body.append("")
                j += 1
                continue
            ind = len(line) - len(line.lstrip(" "))
            if ind <= parent_indent:
                break
            if block_indent is None:
                block_indent = ind
            if ind < block_indent:
                raise YamlError(f"line {j + 1}: a block scalar line less indented than its first")
            body.append(line[block_indent:].rstrip())
            j += 1
        # Skip the structural lines the block covered.
        while self.i < len(self.lines) and self.lines[self.i][0] < j:
            self.i += 1
        while body and body[-1] == "":
            body.pop()
        if style == "|":
            text = "\n".join(body)
        else:
            text, prev = "", None
            for line in body:
                if line == "":
                    text += "\n"
                    prev = ""
                elif prev is None or prev == "":
                    text += line
                    prev = line
                elif line.startswith(" ") or prev.startswith(" "):
                    text += "\n" + line
                    prev = line
                else:
                    text += " " + line
                    prev = line
        if chomp == "-":
            return text
        return text + "\n"


def load_yaml(text):
    return _Reader(text).parse()


# ---------------------------------------------------------------- the schemas

_IGNORED = {"description", "title", "format", "examples", "example", "default", "summary", "deprecated", "readOnly",
            "writeOnly", "contentMediaType", "contentEncoding", "$comment"}
_TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}


class Mismatch(Exception):
    def __init__(self, path, why):
        super().__init__(f"{path}: {why}")
        self.path, self.why = path, why


class SpecError(Exception):
    pass


def resolve(spec, ref):
    if not ref.startswith("#/"):
        raise SpecError(f"only local references are taken: {ref}")
    node = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise SpecError(f"unresolved reference {ref}")
        node = node[part]
    return node


def _show(v):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 60 else s[:57] + "..."


def validate(spec, schema, value, path="$", strict=False, depth=0):
    if depth > 64:
        raise SpecError(f"references nest too deep at {path}")
    if not isinstance(schema, dict):
        raise SpecError(f"a schema that is not an object at {path}")
    for key in schema:
        if key not in _IGNORED and key not in _KEYWORDS:
            raise SpecError(f"schema keyword {key!r} is not supported (at {path})")
    if "$ref" in schema:
        validate(spec, resolve(spec, schema["$ref"]), value, path, strict, depth + 1)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        for t in types:
            if t not in _TYPES:
                raise SpecError(f"unknown type {t!r} at {path}")
        if not any(_TYPES[t](value) for t in types):
            raise Mismatch(path, f"{_show(value)} is not of type {'/'.join(types)}")
    if "enum" in schema and not any(_same(value, e) for e in schema["enum"]):
        raise Mismatch(path, f"{_show(value)} is not one of {_show(schema['enum'])}")
    if "const" in schema and not _same(value, schema["const"]):
        raise Mismatch(path, f"{_show(value)} is not {_show(schema['const'])}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise Mismatch(path, f"{_show(value)} is shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise Mismatch(path, f"{_show(value)} is longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise Mismatch(path, f"{_show(value)} does not match {schema['pattern']}")
    if _TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            raise Mismatch(path, f"{value} is less than {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise Mismatch(path, f"{value} is more than {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            raise Mismatch(path, f"{value} is not more than {schema['exclusiveMinimum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            raise Mismatch(path, f"{value} is not less than {schema['exclusiveMaximum']}")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise Mismatch(path, f"{len(value)} items, fewer than {schema['minItems']}")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise Mismatch(path, f"{len(value)} items, more than {schema['maxItems']}")
        if "items" in schema:
            for n, item in enumerate(value):
                validate(spec, schema["items"], item, f"{path}[{n}]", strict, depth + 1)
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                raise Mismatch(path, f"lacks the required member {name!r}")
        props = schema.get("properties", {})
        for name, sub in props.items():
            if name in value:
                validate(spec, sub, value[name], f"{path}.{name}", strict, depth + 1)
        extra = schema.get("additionalProperties")
        if extra is None and strict and ("properties" in schema or "required" in schema):
            extra = False
        for name in value:
            if name in props:
                continue
            if extra is False:
                raise Mismatch(f"{path}.{name}", "a member the schema does not name")
            if isinstance(extra, dict):
                validate(spec, extra, value[name], f"{path}.{name}", strict, depth + 1)
    for n, sub in enumerate(schema.get("allOf", [])):
        validate(spec, sub, value, path, strict, depth + 1)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            ok = 0
            for sub in schema[key]:
                try:
                    validate(spec, sub, value, path, strict, depth + 1)
                    ok += 1
                except Mismatch:
                    pass
            if ok == 0 or (key == "oneOf" and ok > 1):
                raise Mismatch(path, f"matches {ok} of the {key} alternatives")


_KEYWORDS = {"$ref", "type", "enum", "const", "minLength", "maxLength", "pattern", "minimum", "maximum",
             "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "items", "required", "properties",
             "additionalProperties", "allOf", "anyOf", "oneOf"}


def _unknown_keywords(schema, where=""):
    if not isinstance(schema, dict):
        yield where, "(not an object)"
        return
    for key in schema:
        if key not in _IGNORED and key not in _KEYWORDS:
            yield where, key
    for name, sub in schema.get("properties", {}).items():
        yield from _unknown_keywords(sub, f"{where}.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from _unknown_keywords(schema[key], f"{where}[{key}]")
    for key in ("allOf", "anyOf", "oneOf"):
        for n, sub in enumerate(schema.get(key, [])):
            yield from _unknown_keywords(sub, f"{where}[{key}{n}]")


def _same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


def load_spec(path):
    with open(path, encoding="utf-8") as f:
        spec = load_yaml(f.read())
    if not isinstance(spec, dict) or not str(spec.get("openapi", "")).startswith("3.1"):
        raise SpecError(f"{path}: not an OpenAPI 3.1 document")
    return spec


# ---------------------------------------------------------------- the self-test


def _media_types(spec):
    """(where, media type object) for every request body and response content, components included."""
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    for p, item in spec.get("paths", {}).items():
        for m in methods:
            op = item.get(m)
            if not op:
                continue
            body = op.get("requestBody", {})
            if "$ref" in body:
                body = resolve(spec, body["$ref"])
            for mt, obj in body.get("content", {}).items():
                yield f"{m.upper()} {p} request {mt}", obj
            for status, resp in op.get("responses", {}).items():
                if "$ref" in resp:
                    continue  # checked once, under components/responses
                for mt, obj in resp.get("content", {}).items():
                    yield f"{m.upper()} {p} {status} {mt}", obj
    for name, resp in spec.get("components", {}).get("responses", {}).items():
        for mt, obj in resp.get("content", {}).items():
            yield f"components/responses/{name} {mt}", obj


def _refs(node, where="#"):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                yield where, v
            else:
                yield from _refs(v, f"{where}/{k}")
    elif isinstance(node, list):
        for n, v in enumerate(node):
            yield from _refs(v, f"{where}/{n}")


def _event_hash(line, canonical):
    envelope = {k: line[k] for k in ("id", "entity", "entity_id", "type", "actor", "device", "hlc", "device_seq")}
    envelope["payload"] = json.loads(line["payload"])
    data = canonical(envelope).encode("utf-8", "surrogatepass")
    return hashlib.sha256(line["prev_hash"].encode("utf-8") + b"\n" + data).hexdigest()


def _vn_day(hlc):
    ms = (int(hlc) >> 16) + 7 * 3600 * 1000
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).date().isoformat()


def _digest(events):
    ordered = sorted(events, key=lambda e: e["id"].encode("utf-8"))
    return hashlib.sha256("".join(e["id"] + " " + e["hash"] + "\n" for e in ordered).encode("utf-8")).hexdigest()


_EVENT = {
    "id": "01a22f4f-f920-7001-8a00-5e1c0d9b0001", "entity": "device",
    "entity_id": "01a22f3f-3040-7c3a-9f21-5b8e0c4d7a10", "type": "DeviceRegistered",
    "payload": "{\"at\":\"2026-12-01T01:55:00Z\",\"commune\":\"00004\",\"label\":\"F1J9A\",\"tag\":\"F1J9A\"}",
    "actor": "system", "device": "01a22f3f-3040-7c3a-9f21-5b8e0c4d7a10", "hlc": "117708560793600000",
    "device_seq": "1", "prev_hash": "", "hash": "d90ead679ee831101178649334f64d38fa07edd0f2b821af1cf2a7e58086d939",
}
_HEAD = {"device_seq": "2", "hash": "31907bb1c2662be7008dcb78d4c97f76e726490329ed088c7ac1eb70f90fb148"}
_DIGEST0 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
_ASK = {"day": "2026-12-02", "count": 50}
_ALLOT_BLOCK = {"day": "2026-12-02", "first": 101, "last": 150}
_ALLOTTED = {"kind": "dossier", "unit_code": "H15.50.05.13", "blocks": [_ALLOT_BLOCK]}


def _with(base, **changes):
    out = dict(base)
    for k, v in changes.items():
        if v is _DROP:
            out.pop(k, None)
        else:
            out[k] = v
    return out


_DROP = object()

# (schema, body, strict, what the refusal must name: a fragment of "path: why")
_WRONG = [
    ("EventLine", _with(_EVENT, device_seq=1), False, "$.device_seq: 1 is not of type string"),
    ("EventLine", _with(_EVENT, device_seq="0"), False, "$.device_seq"),
    ("EventLine", _with(_EVENT, device_seq="07"), False, "$.device_seq"),
    ("EventLine", _with(_EVENT, hlc="-1"), False, "$.hlc"),
    ("EventLine", _with(_EVENT, hlc="0"), False, "$.hlc"),
    ("EventLine", _with(_EVENT, hash=_EVENT["hash"].upper()), False, "$.hash"),
    ("EventLine", _with(_EVENT, prev_hash="abc"), False, "$.prev_hash"),
    ("EventLine", _with(_EVENT, payload=json.loads(_EVENT["payload"])), False, "$.payload"),
    ("EventLine", _with(_EVENT, id="01A22F4F-F920-7001-8A00-5E1C0D9B0001"), False, "$.id"),
    ("EventLine", _with(_EVENT, actor=_DROP), False, "lacks the required member 'actor'"),
    ("EventLine", _with(_EVENT, origin="local"), True, "$.origin: a member the schema does not name"),
    ("PushRequest", {"events": []}, False, "0 items, fewer than 1"),
    ("PushRequest", {"events": [_EVENT] * 2001}, False, "2001 items, more than 2000"),
    ("PushRequest", {"events": [_EVENT, _with(_EVENT, device=None)]}, False, "$.events[1].device"),
    ("PushRequest", [_EVENT], False, "is not of type object"),
    ("PushResult", {"accepted": -1, "already_had": 0, "head": _HEAD}, False, "$.accepted: -1 is less than 0"),
    ("PushResult", {"accepted": "2", "already_had": 0, "head": _HEAD}, False, "$.accepted"),
    ("PushResult", {"accepted": True, "already_had": 0, "head": _HEAD}, False, "$.accepted"),
    ("PushResult", {"accepted": 2, "alreadyHad": 0, "head": _HEAD}, False, "'already_had'"),
    ("PushResult", {"accepted": 2, "already_had": 0, "alreadyHad": 0, "head": _HEAD}, True, "$.alreadyHad"),
    ("Head", {"device_seq": 2, "hash": _HEAD["hash"]}, False, "$.device_seq"),
    ("Head", {"device_seq": "2", "hash": None}, False, "$.hash"),
    ("EnrollRequest", {"code": "ABCD-EFGH-JKLM", "commune": "4", "device_id": _EVENT["device"],
                       "device_name": "F1J9A"}, False, "$.commune"),
    ("EnrollRequest", {"code": "", "commune": "00004", "device_id": _EVENT["device"], "device_name": "F1J9A"},
     False, "$.code"),
    ("EnrollResult", {"token": "xyz", "commune": "00004", "device_id": _EVENT["device"],
                      "head": {"device_seq": "0", "hash": ""}}, False, "$.token"),
    ("PullResult", {"events": [], "cursor": 3, "more": False}, False, "$.cursor"),
    ("PullResult", {"events": [], "cursor": "3", "more": "false"}, False, "$.more"),
    ("PullResult", {"events": [_with(_EVENT, hash=_DROP)], "cursor": "3", "more": False}, False,
     "$.events[0]: lacks the required member 'hash'"),
    ("ReconcileRequest", {"days": [{"day": "1/12/2026", "count": 0, "digest": _DIGEST0}]}, False, "$.days[0].day"),
    ("ReconcileRequest", {"days": [{"day": "2026-12-01", "count": 0, "digest": _DIGEST0}] * 401}, False,
     "401 items, more than 400"),
    ("ReconcileResult", {"days": [{"day": "2026-12-01", "client_count": 0, "client_digest": _DIGEST0,
                                   "server_count": 0, "server_digest": _DIGEST0, "matches": "yes"}],
                         "differs": []}, False, "$.days[0].matches"),
    ("BlobStored", {"sha256": _DIGEST0, "size": 67108865}, False, "$.size"),
    ("Published", {"kind": "units", "version": "1", "published_at": "2026-11-20T03:00:00Z", "content": {}}, False,
     "$.kind"),
    ("Published", {"kind": "catalog", "version": "0", "published_at": "2026-11-20T03:00:00Z", "content": {}}, False,
     "$.version"),
    ("Published", {"kind": "catalog", "version": "1", "published_at": "2026-11-20T03:00:00Z", "content": "{}"},
     False, "$.content"),
    ("Health", {"service": "motcua-province", "api": "1", "version": "0.4.0", "time": "2026-12-01T04:00:00Z"},
     False, "$.api"),
    ("NumbersRequest", {"kind": "incoming", "requests": [_ASK]}, False, "$.kind"),
    ("NumbersRequest", {"requests": [_ASK]}, False, "lacks the required member 'kind'"),
    ("NumbersRequest", {"kind": "dossier", "requests": []}, False, "$.requests: 0 items, fewer than 1"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_ASK] * 63}, False, "$.requests: 63 items, more than 62"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, count=0)]}, False,
     "$.requests[0].count: 0 is less than 1"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, count=1001)]}, False,
     "$.requests[0].count: 1001 is more than 1000"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, count="50")]}, False, "$.requests[0].count"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, count=2.5)]}, False, "$.requests[0].count"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, day="2/12/2026")]}, False, "$.requests[0].day"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, count=_DROP)]}, False,
     "$.requests[0]: lacks the required member 'count'"),
    ("NumbersRequest", {"kind": "dossier", "requests": [_with(_ASK, first=1)]}, True,
     "$.requests[0].first: a member the schema does not name"),
    ("NumbersResult", _with(_ALLOTTED, kind="incoming"), False, "$.kind"),
    ("NumbersResult", _with(_ALLOTTED, unit_code=_DROP), False, "lacks the required member 'unit_code'"),
    ("NumbersResult", _with(_ALLOTTED, unit_code="h15-50-05-13"), False, "$.unit_code"),
    ("NumbersResult", _with(_ALLOTTED, unit_code=""), False, "$.unit_code"),
    ("NumbersResult", _with(_ALLOTTED, blocks=[]), False, "$.blocks: 0 items, fewer than 1"),
    ("NumbersResult", _with(_ALLOTTED, blocks=[_with(_ALLOT_BLOCK, first="101")]), False, "$.blocks[0].first"),
    ("NumbersResult", _with(_ALLOTTED, blocks=[_with(_ALLOT_BLOCK, first=0)]), False,
     "$.blocks[0].first: 0 is less than 1"),
    ("NumbersResult", _with(_ALLOTTED, blocks=[_with(_ALLOT_BLOCK, last=_DROP)]), False,
     "$.blocks[0]: lacks the required member 'last'"),
    ("NumbersResult", _with(_ALLOTTED, blocks=[_with(_ALLOT_BLOCK, next=101)]), True,
     "$.blocks[0].next: a member the schema does not name"),
    ("Error", {"error": "conflict", "message": "?"}, False, "$.error"),
    ("Error", {"error": "gap", "message": ""}, False, "$.message"),
    ("Error", {"error": "gap", "message": "x", "head": {"device_seq": "2"}}, False,
     "$.head: lacks the required member 'hash'"),
]

# Bodies that must pass: open objects outside --strict, an explicitly open object even with it.
_RIGHT = [
    ("EventLine", _with(_EVENT, origin="local"), False),
    ("Published", {"kind": "catalog", "version": "12", "published_at": "2026-11-20T03:00:00Z",
                   "content": {"anything": [1, 2], "more": None}}, True),
    ("Published", {"kind": "catalog", "version": "2", "published_at": "2026-11-20T03:00:00Z",
                   "content": [{"code": "1.005129"}]}, True),
    ("Error", {"error": "gap", "message": "x", "head": {"device_seq": "0", "hash": ""}}, True),
    ("PullResult", {"events": [], "cursor": "opaque:Zm9v", "more": True}, True),
    ("NumbersRequest", {"kind": "outgoing", "requests": [_with(_ASK, count=1000)] * 62}, True),
    ("NumbersResult", {"kind": "dossier", "unit_code": "00004", "blocks": [_with(_ALLOT_BLOCK, first=1, last=1)]},
     True),
]

_BAD_YAML = [
    "a: 1\n  b: 2\n",
    "a:\n\t- 1\n",
    "a: &x 1\n",
    "a: [1, 2]\n",
    "a: 1\na: 2\n",
    "a: 'unterminated\n",
    "- a\nb: 1\n",
]


def self_test(spec_path):
    passed, failed = 0, 0

    def report(ok, what, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok    {what}")
        else:
            failed += 1
            print(f"FAIL  {what}{': ' + detail if detail else ''}")

    spec = load_spec(spec_path)
    schemas = spec.get("components", {}).get("schemas", {})

    # The reader itself.
    folded = load_yaml("a: >-\n  one\n  two\n\n  three\nb: |\n  x\n    y\nc:\n- 1\n- k: v\n  l: 'it''s'\n")
    report(folded == {"a": "one two\nthree", "b": "x\n  y\n", "c": [1, {"k": "v", "l": "it's"}]},
           "reader: block scalars, a sequence at its key's indentation, quoting", repr(folded))
    for text in _BAD_YAML:
        try:
            load_yaml(text)
            report(False, f"reader refuses {text!r}", "it was read")
        except YamlError as e:
            report(True, f"reader refuses {text!r} ({e})")

    # Every reference resolves, and every schema is made of keywords the checker knows.
    bad = []
    for where, ref in _refs(spec):
        try:
            resolve(spec, ref)
        except SpecError as e:
            bad.append(f"{where}: {e}")
    report(not bad, "every $ref resolves", "; ".join(bad))
    unknown = []
    for name, schema in schemas.items():
        unknown += [f"{name}{where}: {k}" for where, k in _unknown_keywords(schema)]
    report(not unknown, f"the {len(schemas)} schemas use only keywords this checker applies", "; ".join(unknown))

    # Every example against its schema, strictly: the examples show exactly v1.
    events_seen = []
    for where, obj in _media_types(spec):
        schema = obj.get("schema")
        examples = dict(obj.get("examples", {}))
        if "example" in obj:
            examples["example"] = {"value": obj["example"]}
        if schema is None or schema.get("type") == "string":
            continue
        if not examples:
            report(False, f"{where} has an example")
        for name, ex in examples.items():
            try:
                validate(spec, schema, ex["value"], strict=True)
                report(True, f"example {where} {name}")
            except Mismatch as e:
                report(False, f"example {where} {name}", str(e))
            value = ex["value"]
            if isinstance(value, dict) and isinstance(value.get("events"), list):
                # Event lines (push and pull), not the ids and hashes of a day (DayEvents).
                events_seen.extend(e for e in value["events"] if isinstance(e, dict) and "payload" in e)
    for name, schema in schemas.items():
        for n, ex in enumerate(schema.get("examples", [])):
            try:
                validate(spec, schema, ex, strict=True)
                report(True, f"example components/schemas/{name} #{n + 1}")
            except Mismatch as e:
                report(False, f"example components/schemas/{name} #{n + 1}", str(e))
            if name == "EventLine":
                events_seen.append(ex)
    for p, item in spec.get("paths", {}).items():
        for m, op in item.items():
            for param in op.get("parameters", []) if isinstance(op, dict) else []:
                if "example" in param and "schema" in param:
                    try:
                        validate(spec, param["schema"], param["example"], strict=True)
                        report(True, f"example parameter {param['name']} of {m.upper()} {p}")
                    except Mismatch as e:
                        report(False, f"example parameter {param['name']} of {m.upper()} {p}", str(e))

    # What the examples state is true: event hashes and chains, reconcile digests, the blob's name.
    tools = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, tools)
    try:
        from jcs_reference import canonical
    except ImportError:
        canonical = None
    report(canonical is not None, "jcs_reference.py beside this script (docs/event-format.md)")
    by_id = {}
    if canonical:
        for e in events_seen:
            if e["id"] in by_id:
                continue
            by_id[e["id"]] = e
            payload_ok = canonical(json.loads(e["payload"])) == e["payload"]
            report(payload_ok, f"event {e['id']}: its payload text is canonical")
            h = _event_hash(e, canonical)
            report(h == e["hash"], f"event {e['id']}: its hash recomputes", f"got {h}")
        for e in by_id.values():
            if e["device_seq"] != "1":
                prev = [p for p in by_id.values() if p["device"] == e["device"]
                        and int(p["device_seq"]) == int(e["device_seq"]) - 1]
                if prev:
                    report(prev[0]["hash"] == e["prev_hash"], f"event {e['id']}: prev_hash is its predecessor's")
    report(hashlib.sha256(b"").hexdigest() == _DIGEST0, "the digest of a day without events")
    push = resolve(spec, "#/paths/~1v1~1events/post/requestBody/content/application~1json/examples/first_two/value")
    pull = resolve(spec, "#/paths/~1v1~1events/get/responses/200/content/application~1json/examples/page/value")
    rec = resolve(spec, "#/paths/~1v1~1reconcile/post/responses/200/content/application~1json/examples/"
                        "one_differs/value")
    day = rec["days"][0]
    own = [e for e in push["events"] if _vn_day(e["hlc"]) == day["day"]]
    every = own + [e for e in pull["events"] if _vn_day(e["hlc"]) == day["day"]]
    report(day["client_count"] == len(own) and day["client_digest"] == _digest(own),
           f"reconcile example: the client's {day['day']} is the pushed events'")
    report(day["server_count"] == len(every) and day["server_digest"] == _digest(every),
           f"reconcile example: the server's {day['day']} is the pushed and the pulled events'")
    report(rec["differs"] == [d["day"] for d in rec["days"] if not d["matches"]],
           "reconcile example: differs lists the days that do not match")
    blob = resolve(spec, "#/paths/~1v1~1blobs~1{sha256}/put/responses/201/content/application~1json/examples/"
                         "stored/value")
    data = b"MotCua example attachment\n"
    report(blob == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)},
           "blob example: the name and size of the bytes docs/sync-protocol.md shows")

    # Wrong bodies are refused, at the right place; right ones are taken.
    for schema_name, body, strict, expect in _WRONG:
        what = f"refuses {schema_name}{' --strict' if strict else ''} with {expect}"
        try:
            validate(spec, schemas[schema_name], body, strict=strict)
            report(False, what, "it was accepted")
        except Mismatch as e:
            report(expect in str(e), what, f"refused with {e}")
    for schema_name, body, strict in _RIGHT:
        what = f"takes {schema_name}{' --strict' if strict else ''} {_show(body)}"
        try:
            validate(spec, schemas[schema_name], body, strict=strict)
            report(True, what)
        except Mismatch as e:
            report(False, what, str(e))

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


# ---------------------------------------------------------------- the command


def main(argv):
    args = [a for a in argv[1:] if a != "--strict"]
    strict = "--strict" in argv[1:]
    if len(args) != 2:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    spec_path, what = args
    try:
        if what == "--self-test":
            return self_test(spec_path)
        spec = load_spec(spec_path)
        schemas = spec.get("components", {}).get("schemas", {})
        if what not in schemas:
            print(f"no schema {what!r} in {spec_path}; there are: {', '.join(sorted(schemas))}", file=sys.stderr)
            return 2
        try:
            body = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            print(f"$: not JSON in UTF-8 ({e})")
            return 1
        validate(spec, schemas[what], body, strict=strict)
        return 0
    except Mismatch as e:
        print(e)
        return 1
    except (OSError, YamlError, SpecError) as e:
        print(f"{spec_path}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
