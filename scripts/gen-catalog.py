#!/usr/bin/env python3
"""Generate the procedure catalogs from the crawled TTHC data.

Usage:
    scripts/gen-catalog.py [SUBSET_CSV] [RAW_RECORDS_JSONL] [OUTPUT_JSON] [CHANNELS_JSON]
        the seed a counter ships with: resources/catalog/procedures.json (147 procedures)
    scripts/gen-catalog.py --all [OUTPUT_JSON] [ALL_CSV] [RAW_RECORDS_JSONL] [CHANNELS_JSON]
        the province's full commune-level catalog (motcua-province publish-catalog FILE):
        resources/province/catalog.json by default, every procedure of the crawl marked "Cấp xã"

Defaults:
    ../shared/data/procedures/tthc_cap_xa_core_subset.csv (seed) or
        ../shared/data/procedures/tthc_cap_xa_from_chatbot_tthc.csv (--all: the 588 "Cấp xã" rows, same columns)
    ../shared/data/procedures/tthc_cap_xa_full_raw_records.jsonl
    resources/catalog/procedures.json or resources/province/catalog.json (relative to the repository root)
    ../shared/data/procedures/tthc_cap_xa_from_chatbot_tthc.json (the crawl's
        per-channel split of "Cách thức thực hiện": the full description text,
        which the subset CSV cuts at 300 characters)

Both files have the same entry format (the keys CatalogService and the projector read), computed by the same code,
so an entry of the seed is the same in the full catalog. The full catalog adds keys of its own after them (see
ALL_KEYS_NOTE); the seed keys, their values and the "issues" list do not depend on the mode.

Python 3 standard library only; the output is the same bytes for the same
inputs, all text NFC. It holds seed values copied from the National Public Service Portal;
nothing is invented: anything missing or unclear is left null/empty and
described in the entry's "issues" list. The one thing that is not from the
source is the "everyday" ranking hint (see EVERYDAY below).
"""

import csv
import json
import os
import re
import sys
import unicodedata

# The crawled data sits in ../shared beside the repository (as on the team's machines and in CI).
DATA_DIR = os.environ.get(
    "MOTCUA_SHARED_PROCEDURES",
    os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "shared", "data",
                 "procedures"))
DEFAULT_CSV = os.path.join(DATA_DIR, "tthc_cap_xa_core_subset.csv")
DEFAULT_JSONL = os.path.join(DATA_DIR, "tthc_cap_xa_full_raw_records.jsonl")
DEFAULT_CHANNELS = os.path.join(DATA_DIR, "tthc_cap_xa_from_chatbot_tthc.json")
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "resources", "catalog", "procedures.json")
DEFAULT_ALL_CSV = os.path.join(DATA_DIR, "tthc_cap_xa_from_chatbot_tthc.csv")
DEFAULT_ALL_OUT = os.path.join(REPO_ROOT, "resources", "province", "catalog.json")

SOURCE_LINE = (
    "National Public Service Portal procedure pages (dichvucong.gov.vn) as crawled in 2026 "
    "by github.com/chatbot-tthc/chatbot_tthc; core subset of 147 commune-level procedures; "
    "seed values, editable"
)
SOURCE_LINE_ALL = (
    "National Public Service Portal procedure pages (dichvucong.gov.vn) as crawled in 2026 "
    "by github.com/chatbot-tthc/chatbot_tthc; all %d procedures of the crawl marked commune-level (Cấp xã); "
    "seed values, editable"
)
RANKING_NOTE = ("\"everyday\" is a ranking hint of MotCua Desk (the procedures a commune counter receives daily), not "
                "source data")
ALL_KEYS_NOTE = (
    "Every entry has the keys of resources/catalog/procedures.json, with the same meanings and, for the procedures "
    "of that seed, the same values. Added from the full records, after them: \"levels\" (Cấp thực hiện), "
    "\"applicants\" (Đối tượng thực hiện), \"agency\" (Cơ quan thực hiện), \"channels\" (every submission channel "
    "with its own time limit and fee, read as the top-level ones are), \"steps\" (Trình tự thực hiện, one item per "
    "line of the source), \"conditions\" (Yêu cầu, điều kiện, one item per line; empty when the source says none), "
    "\"results\" (Kết quả: the documents issued, without the portal's result codes), \"legal_basis\" (Căn cứ pháp "
    "lý as the source flattens its table: titles and document numbers run together, not split). All empty for an "
    "entry whose source record is another procedure's page."
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
BARE_NUMBER_RE = re.compile(r"^\d+(?:[.,]0+)?$")  # "12", and "120,00" (a zero decimal part)
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
        return int(parse_number(text)), "unspecified", ["time unit not stated in source"]
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
# "2,000 Việt Nam Đồng", "8,000 VNĐ", "50,000 VND": the portal's English digit grouping.
DONG_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)\s*(?:Việt Nam Đồng|VNĐ|VND|đồng)$", re.IGNORECASE)
FREE = "Miễn phí"
# A note that only says what the amount is counted per: "(/trang)", "(/trường hợp)".
PER_UNIT_RE = re.compile(r"^/\s*([^()/]{1,40})$")
DESC_CUT = 300  # the subset CSV's "mo_ta_phi_truc_tiep_300c" column is cut there
# The portal writes "20 VNĐ", "50 VNĐ", "700 VNĐ" where its own note says "20.000 vnđ/tờ khai", "50USD/chuyến bay",
# "50.000đ/giấy thông hành": no fee is under 1.000 đồng, so such an amount is not used (kept in fee_text as written).
MIN_PLAUSIBLE_FEE = 1000


def dong(amount):
    """2000 -> "2.000 đồng": Vietnamese groups thousands with a dot."""
    return "{:,}".format(amount).replace(",", ".") + " đồng"


def unglue(text):
    """Put back the space the crawler lost between two sentences ("đã đăng ký.Miễn lệ phí") or after a closing
    parenthesis ("(bốn triệu … đồng)Lệ phí")."""
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if 0 < i < len(text) - 1 and text[i + 1].isupper() and (
                (c == "." and text[i - 1].islower()) or (c == ")" and text[i - 1].isalpha())):
            out.append(" ")
    return "".join(out)


def split_note(desc):
    """The channel description starts, when the fee has a note, with that note in parentheses right after the
    amount: "(/trang)Tại Ủy ban nhân dân cấp xã, …", "(Miễn lệ phí cho …)Cách thức thực hiện: …".
    Returns (note, rest, balanced)."""
    if not desc.startswith("("):
        return "", desc, True
    depth = 0
    for i, c in enumerate(desc):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return desc[1:i].strip(), desc[i + 1:].strip(), True
    return "", desc, False


def word_cut(text, limit):
    """text cut to at most `limit` characters at a word boundary, marked with "…" (never mid-word)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    if space > 0:
        head = head[:space]
    return head.rstrip(" ,;:.(") + "…"


def fee_info(raw_fee, desc, desc_is_full):
    """Return (fee_amount, fee_unit, fee_text, fee_note, notes, issues).

    fee_amount: whole đồng (0 when free), None when the source has no usable amount. fee_text: how it is written in
    Vietnamese ("2.000 đồng/trang", "Miễn phí"), "" when unknown. fee_note: the note the portal puts in parentheses
    after the amount. notes: the rest of the in-person channel's description (how to submit, time details, fee
    details), whole."""
    raw_fee = " ".join(raw_fee.split())
    desc = unglue(" ".join(desc.split()))
    issues = []
    note, rest, balanced = split_note(desc)
    if not balanced:
        issues.append("unbalanced parenthesis in the fee description; kept as one text")
    unit = ""
    m = PER_UNIT_RE.match(note)
    if m:
        unit, note = " ".join(m.group(1).split()), ""
    amount = None
    m = DONG_RE.match(raw_fee)
    if not raw_fee or raw_fee.lower() == NO_INFO.lower():
        fee_text = ""
        issues.append("no fee information in source")
    elif raw_fee.lower() == FREE.lower():
        amount, fee_text = 0, FREE
        if FEE_MENTION_RE.search(note + " " + rest):
            issues.append("fee marked free but description refers to a fee or provincial fee rules")
    elif m:
        amount = int(m.group(1).replace(",", ""))
        fee_text = dong(amount) + ("/" + unit if unit else "")
        if 0 < amount < MIN_PLAUSIBLE_FEE:
            issues.append("fee amount in source (%s) is under %s, not a real fee (the note may give it: %s); amount "
                          "not used" % (fee_text, dong(MIN_PLAUSIBLE_FEE), "\"" + word_cut(note, 80) + "\""
                                        if note else "none"))
            amount = None
    else:
        fee_text = raw_fee + ("/" + unit if unit else "")
        issues.append("fee not stated in đồng: " + raw_fee)
    if not desc_is_full and len(desc) >= DESC_CUT:
        # Only the subset's cut copy exists: end it at a word, say so.
        rest = word_cut(rest, len(rest) - 1)
        issues.append("fee/description text cut at %d characters in source subset; the full text is on the portal "
                      "page" % DESC_CUT)
    return amount, unit, fee_text, note, rest, issues


def channel_row(channels, code, time_text, fee_text):
    """The crawl's split of the in-person channel that the subset row was taken from, or None."""
    rows = channels.get(code, [])
    same = [c for c in rows if " ".join(c.get("thoi_gian", "").split()) == time_text
            and " ".join(c.get("phi_le_phi", "").split()) == fee_text]
    direct = [c for c in same if c.get("hinh_thuc") == "Trực tiếp"]
    for candidates in (direct, same):
        if candidates:
            return candidates[0]
    return None


# ---------------------------------------------------------------- names

# A procedure code: "1.001193", or with a suffix ("1.001193.H26").
CODE_RE = re.compile(r"^\d\.\d{6}(?:\.[A-Z0-9]+)?$")
# The record's own page says which procedure it is: "…Mã thủ tục1.001193Số quyết định…".
PAGE_CODE_RE = re.compile(r"Mã thủ tục\s*(\d\.\d{6}(?:\.[A-Z0-9]+)?)")


def page_code(rec):
    m = PAGE_CODE_RE.search(rec.get("raw_text", ""))
    return m.group(1) if m else None


def foreign_page(rec, code):
    """The code of the procedure whose page the record filed under `code` really is, when that is another
    procedure (the crawl stored one page for several codes, among them a provincial decision's page whose "name" is
    the decision's title: "Công bố Danh mục và Quy trình nội bộ thủ tục hành chính…"); None when the record is the
    page of `code` (or there is no record)."""
    if rec is None:
        return None
    pc = page_code(rec)
    return pc if pc and pc != code else None


# ---------------------------------------------------------------- the full records' other sections (--all)

def source_text(raw):
    """A section of the record as one text: NFC, invisible characters removed, spaces collapsed (line breaks too);
    "" for the portal's "no information"."""
    text = " ".join(unicodedata.normalize("NFC", INVISIBLE_RE.sub("", raw or "")).split())
    return "" if text.lower() == NO_INFO.lower() else text


def source_lines(raw):
    """A section of the record as its lines, in order (spaces collapsed within a line, empty lines dropped); [] for
    the portal's "no information"."""
    raw = unicodedata.normalize("NFC", INVISIBLE_RE.sub("", raw or ""))
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) == 1 and lines[0].lower() == NO_INFO.lower():
        return []
    return lines


LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản"


def legal_basis(raw):
    """The "Căn cứ pháp lý" table as the crawl flattened it, without its header row. The titles and the document
    numbers run together ("…thủ tục hải quan39/2018/TT-BTCThông tư số…"), numbers sometimes glued to numbers, titles
    sometimes empty: there is no reliable split, so the text is kept whole."""
    text = source_text(raw)
    if text.startswith(LEGAL_HEADER):
        text = text[len(LEGAL_HEADER):].strip()
    if text.lower().startswith(NO_INFO.lower()):
        # "Không có thông tin" followed by the next section's label, glued by the crawler.
        return ""
    return text


# "Kết quả": "<document>Mã: <result code><document>Mã: <result code>Từ khóa…Mô tả…" and, glued after it, the
# portal's form to pick an office ("Chọn cơ quan thực hiện…Nộp hồ sơ").
RESULT_CODE_RE = re.compile(r"KQ[.\-][A-Z]\d{2}\.\d{6}|KQ[.\-][A-Z]\d{2}\.\d{5}(?!\d)|\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-KQ\d{4}"
                            r"|VBTT")
RESULT_TAIL = "Từ khóa"


def results(raw):
    """The documents the procedure issues, in order, without their result codes. When a code between two documents
    is not of a known form the two cannot be told apart: the text is kept whole, codes included."""
    text = source_text(raw)
    cut = text.find(RESULT_TAIL)
    if cut >= 0:
        text = text[:cut]
    text = text.strip()
    if not text:
        return []
    pieces = re.split(r"\s*Mã:\s*", text)
    names = [pieces[0]]
    for piece in pieces[1:-1]:  # the last piece is the last document's code alone
        m = RESULT_CODE_RE.match(piece)
        if not m:
            return [text]
        names.append(piece[m.end():])
    # A piece with no letter or digit ("...": the portal's placeholder) names no document.
    return [n.strip(" ;,") for n in names if any(ch.isalnum() for ch in n)]


def channel_entries(rows):
    """Every submission channel of the crawl's per-channel split, read as the top-level time limit and fee are."""
    out = []
    for c in rows:
        time_text = " ".join(c.get("thoi_gian", "").split())
        time_limit, time_unit, issues = parse_time(time_text)
        if time_text.lower() == NO_INFO.lower():
            time_text = ""
        amount, unit, fee_text, note, rest, f_issues = fee_info(c.get("phi_le_phi", ""), c.get("mo_ta", ""), True)
        issues += f_issues
        if c.get("ambiguous_split"):
            issues.append("source flags time/fee split as ambiguous")
        out.append({
            "channel": " ".join(c.get("hinh_thuc", "").split()),
            "time_limit": time_limit, "time_unit": time_unit, "time_text": time_text,
            "fee_amount": amount, "fee_unit": unit, "fee_text": fee_text, "fee_note": note, "description": rest,
            "issues": issues,
        })
    return out


def extra_keys(rec, chans):
    """The full catalog's keys beyond the seed's, for an entry whose record is its own page (rec may be None)."""
    rec = rec or {}
    levels = [x.strip() for x in source_text(rec.get("cap_thuc_hien", "")).split(",") if x.strip()]
    return {
        "levels": levels,
        "applicants": source_text(rec.get("doi_tuong_thuc_hien", "")),
        "agency": source_text(rec.get("co_quan_thuc_hien", "")),
        "channels": channel_entries(chans),
        "steps": source_lines(rec.get("trinh_tu_thuc_hien", "")),
        "conditions": source_lines(rec.get("yeu_cau_dieu_kien", "")),
        "results": results(rec.get("ket_qua_xu_ly", "")),
        "legal_basis": legal_basis(rec.get("can_cu_phap_ly", "")),
    }


EMPTY_EXTRAS = {"levels": [], "applicants": "", "agency": "", "channels": [], "steps": [], "conditions": [],
                "results": [], "legal_basis": ""}


def nfc(value):
    """value with every text in it NFC (the crawl has a few decomposed letters: "Cấp" as C + a + ◌̂ + ◌́ + p)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- ranking hint

# Not from the source: the procedures every commune counter receives daily (certified copies and signatures, the
# basic civil-status registrations). CatalogService::search lists them first among equally good matches. The
# province can change the flag with the rest of the catalog.
EVERYDAY = {
    "2.000815": "Chứng thực bản sao từ bản chính",
    "2.000884": "Chứng thực chữ ký",
    "2.001035": "Chứng thực hợp đồng, giao dịch (động sản, đất đai, nhà ở)",
    "1.001193": "Đăng ký khai sinh",
    "1.000656": "Đăng ký khai tử",
    "1.000894": "Đăng ký kết hôn",
    "1.004873": "Cấp Giấy xác nhận tình trạng hôn nhân",
    "2.000635": "Cấp bản sao Trích lục hộ tịch",
}

IN_PERSON = "Trực tiếp"
# A decision number the portal holds as a test value.
TEST_DECISION_RE = re.compile(r"demo|test", re.IGNORECASE)


# ---------------------------------------------------------------- the catalog

class Sources:
    """The crawl's full records and per-channel split, indexed."""

    def __init__(self, jsonl_path, channels_path):
        self.records = {}
        all_records = []
        with open(jsonl_path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    rec = json.loads(line)
                    all_records.append(rec)
                    self.records.setdefault(rec.get("ma_thu_tuc", ""), rec)
        self.record_codes = [rec.get("ma_thu_tuc", "") for rec in all_records]
        # Which stored record really is the page of a code (its page says so), wherever the crawl filed it.
        self.by_page = {}
        for rec in all_records:
            pc = page_code(rec)
            if pc and pc == rec.get("ma_thu_tuc"):
                self.by_page.setdefault(pc, rec)
        for rec in all_records:
            pc = page_code(rec)
            if pc:
                self.by_page.setdefault(pc, rec)
        self.url_users = {}
        for rec in all_records:
            self.url_users.setdefault(rec.get("detail_url", ""), set()).add(rec.get("ma_thu_tuc", ""))
        self.channels = {}
        self.channel_codes = []
        with open(channels_path, encoding="utf-8") as f:
            for entry in json.load(f):
                self.channel_codes.append(entry.get("ma_tthc", ""))
                self.channels.setdefault(entry.get("ma_tthc", ""), entry.get("cach_thuc_parsed") or [])


def read_rows(csv_path):
    with open(csv_path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build_entry(row, src, stats, full):
    """One catalog entry from a row of the crawl's CSV (the subset's or the full list's: same columns). The seed
    keys and "issues" are the same whatever `full` says; `full` adds the full records' other sections."""
    code = row["ma_tthc"].strip()
    issues = []
    rec = src.records.get(code)
    name = " ".join(row["ten_tthc"].split())
    field = row["linh_vuc"].strip()
    decision = row["so_quyet_dinh"].strip()
    url = row["detail_url"].strip()

    # A record whose page is another procedure's: its name and every detail belong to that one.
    foreign = foreign_page(rec, code)
    if foreign is not None:
        shared = sorted(c for c in src.url_users.get(rec.get("detail_url", ""), set()) if c != code)
        issues.append(
            "name unknown: the source record of %s is the page of another procedure (%s, %s: \"%s\")%s; its "
            "name, decision, time limit, fee, papers and link are not used"
            % (code, foreign, decision, name,
               "; the same page is stored for %s" % ", ".join(shared) if shared else ""))
        real = src.by_page.get(code)
        if real is not None and real is not rec:
            name = " ".join(real.get("ten_thu_tuc", "").split())
            issues.append("name taken from the raw record filed under %s, whose page is %s"
                          % (real.get("ma_thu_tuc"), code))
            stats["name_from_elsewhere"] += 1
        else:
            name = ""
            issues.append("the real name is in no other record or field of the source data")
            stats["name_unknown"] += 1
        entry = {
            "code": code, "name": name, "name_known": bool(name), "field": field, "decision": "",
            "time_limit": None, "time_unit": "unspecified", "time_text": "",
            "fee_amount": None, "fee_unit": "", "fee_text": "", "fee_note": "", "notes": "",
            "everyday": code in EVERYDAY, "papers": [], "papers_known": False,
            "issues": issues + ["no time limit in source", "no fee information in source",
                                "required papers not captured in source (field holds other text)"],
            "url": "",
        }
        if full:
            entry.update(EMPTY_EXTRAS)
        return nfc(entry)

    time_text = " ".join(row["thoi_gian_truc_tiep"].split())
    time_limit, time_unit, t_issues = parse_time(time_text)
    if time_text.lower() == NO_INFO.lower():
        time_text = ""  # the source's "no information", not a value
    issues += t_issues

    raw_fee = row["phi_le_phi_truc_tiep"]
    cut_desc = row.get("mo_ta_phi_truc_tiep_300c", "")
    chan = channel_row(src.channels, code, " ".join(row["thoi_gian_truc_tiep"].split()), " ".join(raw_fee.split()))
    desc, whole_desc = cut_desc, len(cut_desc) < DESC_CUT
    if chan is not None:
        whole = chan.get("mo_ta", "")
        if " ".join(whole.split()).startswith(" ".join(cut_desc.split())):
            desc, whole_desc = whole, True
    if len(cut_desc) >= DESC_CUT:
        stats["desc_full" if whole_desc else "desc_cut_fallback"] += 1
    fee_amount, fee_unit, fee_text, fee_note, notes, f_issues = fee_info(raw_fee, desc, whole_desc)
    issues += f_issues
    if time_limit is None and re.search(r"\d+\s*ngày", fee_note + " " + notes, re.IGNORECASE):
        issues.append("time limit may be stated in the description text")

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

    # The CSV's "trực tiếp" columns hold the first channel's values when there is no in-person one.
    chans = src.channels.get(code, [])
    kinds = []
    for c in chans:
        kind = " ".join(c.get("hinh_thuc", "").split())
        if kind and kind not in kinds:
            kinds.append(kind)
    if not chans:
        issues.append("the source lists no submission channel")
    elif IN_PERSON not in kinds:
        issues.append("the source lists no in-person channel (only %s); the time limit and fee are those of the %s "
                      "channel" % (", ".join(kinds), chan.get("hinh_thuc", "first") if chan else "first"))
    if TEST_DECISION_RE.search(decision):
        issues.append("decision number in source looks like a test value: " + decision)
    if rec is not None:
        if not source_lines(rec.get("trinh_tu_thuc_hien", "")):
            issues.append("no steps in source")
        if not legal_basis(rec.get("can_cu_phap_ly", "")):
            issues.append("no legal basis in source")
        if not results(rec.get("ket_qua_xu_ly", "")):
            issues.append("no result (document issued) in source")

    entry = {
        "code": code,
        "name": name,
        "name_known": True,
        "field": field,
        "decision": decision,
        "time_limit": time_limit,
        "time_unit": time_unit,
        "time_text": time_text,
        "fee_amount": fee_amount,
        "fee_unit": fee_unit,
        "fee_text": fee_text,
        "fee_note": fee_note,
        "notes": notes,
        "everyday": code in EVERYDAY,
        "papers": papers,
        "papers_known": known,
        "issues": issues,
        "url": url,
    }
    if full:
        entry.update(extra_keys(rec, chans))
    return nfc(entry)


def build_catalog(csv_path, jsonl_path, channels_path, full):
    """(document, stats): the catalog of the CSV's rows, sorted by code."""
    src = Sources(jsonl_path, channels_path)
    rows = read_rows(csv_path)
    codes = [row["ma_tthc"].strip() for row in rows]
    bad = sorted(c for c in set(codes) if not CODE_RE.match(c))
    if bad:
        sys.exit("%s: malformed procedure codes: %s" % (csv_path, ", ".join(bad)))
    dup = sorted(c for c in set(codes) if codes.count(c) > 1)
    if dup:
        sys.exit("%s: procedure codes listed twice: %s" % (csv_path, ", ".join(dup)))
    if full:
        # The full catalog is every commune-level procedure of the crawl: the CSV, the per-channel JSON and the raw
        # records must list the same codes, or some would be missing from it.
        listed = set(codes)
        for what, other in (("the per-channel JSON", src.channel_codes), ("the raw records", src.record_codes)):
            if len(other) != len(set(other)) or set(other) != listed:
                sys.exit("%s and %s do not list the same procedures (only in the CSV: %s; only in %s: %s)"
                         % (csv_path, what, ", ".join(sorted(listed - set(other))) or "none", what,
                            ", ".join(sorted(set(other) - listed)) or "none"))

    stats = {"name_from_elsewhere": 0, "name_unknown": 0, "desc_full": 0, "desc_cut_fallback": 0}
    procedures = [build_entry(row, src, stats, full) for row in rows]
    missing = sorted(set(EVERYDAY) - {p["code"] for p in procedures})
    if missing:
        sys.exit("EVERYDAY names procedures that are not in the subset: " + ", ".join(missing))
    procedures.sort(key=lambda p: p["code"])
    if full:
        doc = {"source": SOURCE_LINE_ALL % len(procedures), "generated_by": "scripts/gen-catalog.py --all",
               "ranking_note": RANKING_NOTE, "keys_note": ALL_KEYS_NOTE, "procedures": procedures}
    else:
        doc = {"source": SOURCE_LINE, "generated_by": "scripts/gen-catalog.py", "ranking_note": RANKING_NOTE,
               "procedures": procedures}
    return doc, stats


# Every kind of entry issue the generator writes, by how its text starts (resources/province/README.md counts them;
# tests/tools/test_gen_catalog.py checks that every issue is of one of these kinds).
GAP_KINDS = [
    ("name unknown: the record is another procedure's page", "name unknown: the source record of "),
    ("… and its real name is nowhere else in the crawl", "the real name is in no other record or field"),
    ("… and its real name found in another record", "name taken from the raw record filed under "),
    ("no time limit", "no time limit in source"),
    ("time limit without a unit (bare number)", "time unit not stated in source"),
    ("time limit text not understood", "time limit text not understood: "),
    ("time limit perhaps only in the description", "time limit may be stated in the description text"),
    ("no fee information", "no fee information in source"),
    ("\"Miễn phí\" beside text about a fee or provincial fee rules", "fee marked free but description refers to "),
    ("fee not in đồng", "fee not stated in đồng: "),
    ("fee amount under 1.000 đồng (not used)", "fee amount in source ("),
    ("fee note with an unbalanced parenthesis", "unbalanced parenthesis in the fee description"),
    ("description cut at 300 characters", "fee/description text cut at "),
    ("papers not captured (field holds other text)", "required papers not captured in source"),
    ("papers could not be parsed", "required papers could not be parsed from source"),
    ("no full record for the papers", "no full record found for required papers"),
    ("papers from several lists, flattened", "papers come from "),
    ("paper descriptions shortened at a sentence or clause", "some paper descriptions shortened to fit "),
    ("paper descriptions cut mid-text", "some paper descriptions longer than "),
    ("crawl flags the time/fee split as ambiguous", "source flags time/fee split as ambiguous"),
    ("crawl flags the submission table as unparsed", "source flags submission table as unparsed"),
    ("no submission channel at all", "the source lists no submission channel"),
    ("no in-person channel (time and fee of another channel)", "the source lists no in-person channel"),
    ("decision number is a test value", "decision number in source looks like a test value"),
    ("no steps", "no steps in source"),
    ("no legal basis", "no legal basis in source"),
    ("no result document", "no result (document issued) in source"),
]


def gap_counts(procedures):
    """[(label, prefix, number of procedures with an issue of that kind)] in GAP_KINDS order."""
    return [(label, prefix, sum(1 for p in procedures if any(i.startswith(prefix) for i in p["issues"])))
            for label, prefix in GAP_KINDS]


def catalog_bytes(doc):
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def report(out_path, doc, stats):
    procedures = doc["procedures"]
    n = len(procedures)
    with_unit = sum(1 for p in procedures if p["time_unit"] != "unspecified")
    bare = sum(1 for p in procedures if p["time_unit"] == "unspecified" and p["time_limit"] is not None)
    no_time = sum(1 for p in procedures if p["time_limit"] is None)
    known = sum(1 for p in procedures if p["papers_known"])
    with_papers = sum(1 for p in procedures if p["papers"])
    print("wrote %s: %d procedures" % (out_path, n))
    print("  time with unit: %d; bare number (unit unspecified): %d; no time limit: %d" % (with_unit, bare, no_time))
    print("  papers known: %d; papers listed (any): %d; papers unknown: %d" % (known, with_papers, n - known))
    print("  names unknown (record of another page): %d; names found in another record: %d"
          % (stats["name_unknown"], stats["name_from_elsewhere"]))
    print("  fee in đồng: %d; free: %d; no usable fee amount: %d"
          % (sum(1 for p in procedures if p["fee_amount"]), sum(1 for p in procedures if p["fee_amount"] == 0),
             sum(1 for p in procedures if p["fee_amount"] is None)))
    print("  descriptions cut at %d in the subset: %d restored whole, %d ended at a word with \"…\""
          % (DESC_CUT, stats["desc_full"], stats["desc_cut_fallback"]))
    print("  everyday (ranking hint): %d" % sum(1 for p in procedures if p["everyday"]))
    print("  procedures with issues: %d" % sum(1 for p in procedures if p["issues"]))
    for label, prefix, count in gap_counts(procedures):
        if count:
            print("    %4d  %s" % (count, label))
    if "steps" in (procedures[0] if procedures else {}):
        print("  with steps: %d; with legal basis: %d; with results: %d; with conditions: %d"
              % tuple(sum(1 for p in procedures if p[k]) for k in ("steps", "legal_basis", "results", "conditions")))


def main(argv):
    args = argv[1:]
    full = bool(args) and args[0] == "--all"
    if full:
        args = args[1:]
        out_path = args[0] if len(args) > 0 else DEFAULT_ALL_OUT
        csv_path = args[1] if len(args) > 1 else DEFAULT_ALL_CSV
        jsonl_path = args[2] if len(args) > 2 else DEFAULT_JSONL
        channels_path = args[3] if len(args) > 3 else DEFAULT_CHANNELS
    else:
        csv_path = args[0] if len(args) > 0 else DEFAULT_CSV
        jsonl_path = args[1] if len(args) > 1 else DEFAULT_JSONL
        out_path = args[2] if len(args) > 2 else DEFAULT_OUT
        channels_path = args[3] if len(args) > 3 else DEFAULT_CHANNELS
    if any(a.startswith("-") for a in args):
        sys.exit(__doc__)

    doc, stats = build_catalog(csv_path, jsonl_path, channels_path, full)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "wb") as f:
        f.write(catalog_bytes(doc))
    report(out_path, doc, stats)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
