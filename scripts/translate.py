#!/usr/bin/env python3
"""Fills unfinished entries of translations/motcua_vi.ts from a JSON file {source: translation} (a helper for the
team: lupdate adds the entries, this writes the Vietnamese in, and `type="unfinished"` goes). Usage:
    python3 scripts/translate.py translations/motcua_vi.ts new-strings.json
Prints the sources still unfinished. A plural entry (numerus="yes", lupdate writes one empty <numerusform> per form of
the language: one for Vietnamese, two for English) takes a string for every form, or a list with one string per
form."""
import html
import json
import re
import sys

ts, table = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
text = open(ts, encoding="utf-8").read()
pattern = re.compile(r'(<message(?: numerus="yes")?>\s*<source>)([^<]*)(</source>\s*(?:<(?:extra)?comment>[^<]*</(?:extra)?comment>\s*)*)'
                     r'<translation type="unfinished">([^<]*)</translation>', re.S)
left = []


def fill(m):
    source = html.unescape(m.group(2))
    if source not in table:
        left.append(source)
        return m.group(0)
    return m.group(1) + m.group(2) + m.group(3) + "<translation>" + html.escape(table[source], quote=False).replace("'", "&apos;").replace('"', "&quot;") + "</translation>"


text = pattern.sub(fill, text)

numerus = re.compile(r'(<message numerus="yes">\s*<source>)([^<]*)(</source>\s*(?:<(?:extra)?comment>[^<]*</(?:extra)?comment>\s*)*)'
                     r'<translation type="unfinished">((?:\s*<numerusform>[^<]*</numerusform>)+)(\s*)</translation>', re.S)


def escape(value):
    return html.escape(value, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def fill_numerus(m):
    source = html.unescape(m.group(2))
    if source not in table:
        left.append(source)
        return m.group(0)
    forms = re.findall(r'(\s*)<numerusform>[^<]*</numerusform>', m.group(4))
    values = table[source] if isinstance(table[source], list) else [table[source]] * len(forms)
    if len(values) != len(forms):
        left.append(source + " (needs %d forms)" % len(forms))
        return m.group(0)
    body = "".join(space + "<numerusform>" + escape(v) + "</numerusform>" for space, v in zip(forms, values))
    return m.group(1) + m.group(2) + m.group(3) + "<translation>" + body + m.group(5) + "</translation>"


text = numerus.sub(fill_numerus, text)
open(ts, "w", encoding="utf-8").write(text)
for s in left:
    print(s)
