#!/usr/bin/env python3
"""Fills unfinished entries of translations/motcua_vi.ts from a JSON file {source: translation} (a helper for the
team: lupdate adds the entries, this writes the Vietnamese in, and `type="unfinished"` goes). Usage:
    python3 scripts/translate.py translations/motcua_vi.ts new-strings.json
Prints the sources still unfinished."""
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
open(ts, "w", encoding="utf-8").write(text)
for s in left:
    print(s)
