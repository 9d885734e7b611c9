#!/usr/bin/env python3
"""Keeps translations when strings move between contexts (a rule moved from ui/ to core/, say): run it with the .ts
file as it was BEFORE lupdate to write a table, then after lupdate to fill the unfinished entries from it.
    python3 scripts/reuse-translations.py save translations/motcua_vi.ts /tmp/vi-table.json
    cmake --build build/dev --target update_translations
    python3 scripts/reuse-translations.py fill translations/motcua_vi.ts /tmp/vi-table.json"""
import html
import json
import re
import sys

mode, ts, table_path = sys.argv[1:4]
text = open(ts, encoding="utf-8").read()
message = re.compile(r'<message( numerus="yes")?>\s*<source>([^<]*)</source>\s*(?:<comment>([^<]*)</comment>\s*)?'
                     r'(?:<extracomment>[^<]*</extracomment>\s*)?(<translation[^>]*>.*?</translation>)', re.S)
if mode == "save":
    table = {}
    for m in message.finditer(text):
        if 'type="unfinished"' in m.group(4):
            continue
        table[m.group(2) + "\u0001" + (m.group(3) or "")] = m.group(4)
    json.dump(table, open(table_path, "w", encoding="utf-8"), ensure_ascii=False)
    print(len(table), "translations saved")
else:
    table = json.load(open(table_path, encoding="utf-8"))
    filled = 0

    def fill(m):
        global filled
        if 'type="unfinished"' not in m.group(4):
            return m.group(0)
        key = m.group(2) + "\u0001" + (m.group(3) or "")
        if key not in table:
            return m.group(0)
        filled += 1
        return m.group(0)[: m.start(4) - m.start(0)] + table[key]

    text = message.sub(fill, text)
    open(ts, "w", encoding="utf-8").write(text)
    print(filled, "filled")
