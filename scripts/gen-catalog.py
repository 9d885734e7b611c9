#!/usr/bin/env python3
"""Generate resources/catalog/procedures.json from the crawled TTHC data.

Usage:
    scripts/gen-catalog.py [SUBSET_CSV] [RAW_RECORDS_JSONL] [OUTPUT_JSON]

Defaults:
    /work/shared/data/procedures/tthc_cap_xa_core_subset.csv
    /work/shared/data/procedures/tthc_cap_xa_full_raw_records.jsonl
    resources/catalog/procedures.json (relative to the repository root)

Python 3 standard library only. The output holds seed values copied from the
National Public Service Portal; nothing is invented: anything missing or
unclear is left null/empty and described in the entry's "issues" list.
"""

import csv
import json
import os
import re
import sys
import unicodedata

DATA_DIR = "/work/shared/data/procedures"
DEFAULT_CSV = os.path.join(DATA_DIR, "tthc_cap_xa_core_subset.csv")
DEFAULT_JSONL = os.path.join(DATA_DIR, "tthc_cap_xa_full_raw_records.jsonl")
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "resources", "catalog", "procedures.json")

SOURCE_LINE = (
    "National Public Service Portal procedure pages (dichvucong.gov.vn) as crawled in 2026 "
    "by github.com/chatbot-tthc/chatbot_tthc; core subset of 147 commune-level procedures; "
    "seed values, editable"
)

MAX_PAPER_LEN = 300

# ---------------------------------------------------------------- time limit

TIME_UNITS = {
    "ngày làm việc": "working-days",
    "ngày": "days",
    "giờ làm việc": "working-hours",
    "giờ": "hours",
}
TIME_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(ngày làm việc|ngày|giờ làm việc|giờ)$", re.IGNORECASE)
BARE_NUMBER_RE = re.compile(r"^\d+$")
NO_INFO = "Không có thông tin"


def parse_number(text):
    text = text.replace(",", ".")
    value = float(text)
    return int(value) if value.is_integer() else value


def parse_time(raw):
    """Return (time_limit, time_unit, issues)."""
    text = " ".join(raw.split())
    if not text or text.lower() == NO_INFO.lower():
        return None, "unspecified", ["no time limit in source"]
    m = TIME_RE.match(text)
    if m:
        return parse_number(m.group(1)), TIME_UNITS[m.group(2).lower()], []
    if BARE_NUMBER_RE.match(text):
        return int(text), "unspecified", ["time unit not stated in source"]
    return None, "unspecified", ["time limit text not understood: " + text]


# ---------------------------------------------------------------- papers

TABLE_HEADER_RE = re.compile(r"Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng")
# Quantity column: "1 bản chính", "0 bản chính,1 bản sao", ... The count is a
# single digit: in the crawl the paper text runs straight into the count, so
# "Mẫu số 181 bản chính" is "Mẫu số 18" + "1 bản chính" (all counts are 0-2).
QTY_RE = re.compile(r"(\d) bản (?:chính|sao)(?:\s*,\s*(\d) bản (?:chính|sao))*")
TEMPLATE_EXT_RE = re.compile(r"\.(?:docx?|pdf|xlsx?|rtf|odt|ods)$", re.IGNORECASE)
INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060\ufeff]")
GLUE_AFTER = ")];:,."


def first_glue(word):
    """Index in word where two pieces of text were glued together by the
    crawler (no space): a lower-case letter followed by an upper-case one
    ("nạiMẫu"), or closing punctuation followed by a letter or digit
    (")101-Mau", ";1.Mu"). None if there is no such spot."""
    for i in range(1, len(word)):
        a, b = word[i - 1], word[i]
        if (a.islower() and b.isupper()) or (a in GLUE_AFTER and b.isalnum()):
            return i
    return None


LEAD_JUNK_RE = re.compile(r"^[\s\-–—+*•·]+")
SENTENCE_END_RE = re.compile(r"[.;]\s+(\S)")


def strip_templates(text):
    """Remove template file names ("Mau A17 ....doc") glued after a paper name."""
    removed = 0
    while TEMPLATE_EXT_RE.search(text):
        tokens = list(re.finditer(r"\S+", text))
        cut = None
        # Walk back over whitespace-separated tokens from the one holding the
        # extension; the file name starts at the first glue point of the
        # nearest token that has one.
        for tok in reversed(tokens[-15:]):
            word = tok.group(0)
            is_last = tok.end() == len(text)
            scan = word[: -len(TEMPLATE_EXT_RE.search(word).group(0))] if is_last else word
            g = first_glue(scan)
            if g is not None:
                cut = tok.start() + g
                break
        if cut is None or cut == 0:
            # No visible boundary: drop only the token holding the extension.
            cut = tokens[-1].start()
        text = text[:cut].rstrip()
        removed += 1
        if not text:
            break
    return text, removed


def shorten(name):
    """Keep a paper name within MAX_PAPER_LEN characters.

    Returns (name, how) where how is "full" (unchanged), "sentence" (cut after
    the first sentence, the rest being explanation), "clause" (cut at the last
    clause boundary before the limit, marked with "…") or "hard" (cut mid-text:
    unreliable)."""
    if len(name) <= MAX_PAPER_LEN:
        return name, "full"
    for m in SENTENCE_END_RE.finditer(name):
        if m.start() + 1 > MAX_PAPER_LEN:
            break
        if m.start() >= 20 and (m.group(1).isupper() or m.group(1) == "("):
            return name[: m.start()].rstrip(" ;."), "sentence"
    head = name[: MAX_PAPER_LEN - 1]
    cut = max(head.rfind(", "), head.rfind("; "), head.rfind(" ("), head.rfind(" trong trường hợp "),
              head.rfind(" để "), head.rfind(" theo "), head.rfind(" hoặc "), head.rfind(": "))
    if cut >= 60:
        return head[:cut].rstrip(" ,;:") + "…", "clause"
    return head.rstrip() + "…", "hard"


def clean_name(text):
    text = unicodedata.normalize("NFC", INVISIBLE_RE.sub("", text))
    text = " ".join(text.split())
    text = LEAD_JUNK_RE.sub("", text)
    text = text.strip().rstrip(";,:.").strip()
    return text


def parse_papers(raw):
    """Return (papers, known, issues)."""
    issues = []
    raw = unicodedata.normalize("NFC", INVISIBLE_RE.sub("", raw or ""))
    if not raw or not TABLE_HEADER_RE.search(raw):
        return [], False, ["required papers not captured in source (field holds other text)"]
    segments = TABLE_HEADER_RE.split(raw)[1:]  # text before the first header is a section title
    papers = []
    cuts = set()
    for seg in segments:
        pos = 0
        for m in QTY_RE.finditer(seg):
            entry = seg[pos:m.start()]
            pos = m.end()
            counts = [int(d) for d in m.groups() if d is not None]
            if sum(counts) == 0:
                # "0 bản chính": in the source these rows are notes, sub-headings
                # or explanations ("Trường hợp ... thì không phải nộp ..."), not papers.
                continue
            entry, _ = strip_templates(entry.strip())
            name = clean_name(entry)
            if not name:
                continue
            name, how = shorten(name)
            cuts.add(how)
            if name not in papers:
                papers.append(name)
        # whatever follows the last quantity is the next section's title: dropped
    if len(segments) > 1:
        issues.append("papers come from %d separate lists in source (e.g. submit/show, or alternative cases); "
                      "flattened" % len(segments))
    if not papers:
        return [], False, issues + ["required papers could not be parsed from source"]
    if "sentence" in cuts or "clause" in cuts:
        issues.append("some paper descriptions shortened to fit %d characters; full text on the portal page"
                      % MAX_PAPER_LEN)
    if "hard" in cuts:
        issues.append("some paper descriptions longer than %d characters were cut mid-text" % MAX_PAPER_LEN)
        return papers, False, issues
    return papers, True, issues


# ---------------------------------------------------------------- fee

FEE_MENTION_RE = re.compile(r"\d[\d.,]*\s*(?:đồng|VNĐ|VND)|Hội đồng nhân dân|mức thu|mức lệ phí", re.IGNORECASE)


def fee_info(raw_fee, desc):
    raw_fee = " ".join(raw_fee.split())
    desc = " ".join(desc.split())
    text = (raw_fee + " " + desc).strip()
    issues = []
    if not raw_fee or raw_fee.lower() == NO_INFO.lower():
        issues.append("no fee information in source")
    elif raw_fee.lower() == "miễn phí" and FEE_MENTION_RE.search(desc):
        issues.append("fee marked free but description refers to a fee or provincial fee rules")
    if len(desc) >= 300:
        issues.append("fee/description text cut at 300 characters in source subset")
    return text, issues


# ---------------------------------------------------------------- main

def main(argv):
    csv_path = argv[1] if len(argv) > 1 else DEFAULT_CSV
    jsonl_path = argv[2] if len(argv) > 2 else DEFAULT_JSONL
    out_path = argv[3] if len(argv) > 3 else DEFAULT_OUT

    records = {}
    with open(jsonl_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rec = json.loads(line)
                records.setdefault(rec.get("ma_thu_tuc", ""), rec)

    procedures = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = row["ma_tthc"].strip()
            issues = []
            time_text = " ".join(row["thoi_gian_truc_tiep"].split())
            time_limit, time_unit, t_issues = parse_time(time_text)
            issues += t_issues
            desc = row.get("mo_ta_phi_truc_tiep_300c", "")
            if time_limit is None and re.search(r"\d+\s*ngày", desc, re.IGNORECASE):
                issues.append("time limit may be stated in the description text")
            fee_text, f_issues = fee_info(row["phi_le_phi_truc_tiep"], desc)
            issues += f_issues
            rec = records.get(code)
            if rec is None:
                papers, known = [], False
                issues.append("no full record found for required papers")
            else:
                papers, known, p_issues = parse_papers(rec.get("thanh_phan_ho_so", ""))
                issues += p_issues
            if row.get("flag_time_fee_ambiguous", "").strip():
                issues.append("source flags time/fee split as ambiguous")
            if row.get("flag_unparsed", "").strip():
                issues.append("source flags submission table as unparsed")
            procedures.append({
                "code": code,
                "name": " ".join(row["ten_tthc"].split()),
                "field": row["linh_vuc"].strip(),
                "decision": row["so_quyet_dinh"].strip(),
                "time_limit": time_limit,
                "time_unit": time_unit,
                "time_text": time_text,
                "fee_text": fee_text,
                "papers": papers,
                "papers_known": known,
                "issues": issues,
                "url": row["detail_url"].strip(),
            })

    procedures.sort(key=lambda p: p["code"])
    out = {"source": SOURCE_LINE, "generated_by": "scripts/gen-catalog.py", "procedures": procedures}
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

    n = len(procedures)
    with_unit = sum(1 for p in procedures if p["time_unit"] != "unspecified")
    bare = sum(1 for p in procedures if p["time_unit"] == "unspecified" and p["time_limit"] is not None)
    no_time = sum(1 for p in procedures if p["time_limit"] is None)
    known = sum(1 for p in procedures if p["papers_known"])
    with_papers = sum(1 for p in procedures if p["papers"])
    print("wrote %s: %d procedures" % (out_path, n))
    print("  time with unit: %d; bare number (unit unspecified): %d; no time limit: %d" % (with_unit, bare, no_time))
    print("  papers known: %d; papers listed (any): %d; papers unknown: %d" % (known, with_papers, n - known))
    print("  procedures with issues: %d" % sum(1 for p in procedures if p["issues"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
