#!/usr/bin/env python3
"""Checks scripts/gen-catalog.py and the two catalogs it makes (Python 3.11 standard library only):

    python3 tests/tools/test_gen_catalog.py [-v]

- both catalogs are regenerated into a temporary directory, and the committed files
  (resources/catalog/procedures.json, resources/province/catalog.json) must be byte-identical to them, and a
  second run must give the same bytes;
- every entry of the seed equals its entry of the full catalog on every seed key, and every entry of the full
  catalog has every seed key, with the types the C++ reader (CatalogService, the projector's ProcedureHandler) takes;
- codes are unique, well-formed (1.001193, or with a suffix: 1.001193.H26) and sorted;
- no entry has a name that is really a decision's title or another procedure's (the generator's own check: the
  record filed under the code must be the page of that code), and all text is NFC;
- the figures of resources/province/README.md are what the full catalog holds, and every issue of the file is of
  a kind the README lists.

The crawled data is read from /work/shared/data/procedures (the generator's defaults); the tests are skipped when
it is not there.
"""

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "gen-catalog.py")
SEED = os.path.join(REPO, "resources", "catalog", "procedures.json")
FULL = os.path.join(REPO, "resources", "province", "catalog.json")
README = os.path.join(REPO, "resources", "province", "README.md")


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_catalog", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = load_generator()

# The keys of a seed entry, in the seed's order. The projector (core/store/projector.cpp, ProcedureHandler) reads
# all but "code", which CatalogService::catalogDrafts takes as the entity id and requires non-empty.
SEED_KEYS = ["code", "name", "name_known", "field", "decision", "time_limit", "time_unit", "time_text", "fee_amount",
             "fee_unit", "fee_text", "fee_note", "notes", "everyday", "papers", "papers_known", "issues", "url"]
EXTRA_KEYS = ["levels", "applicants", "agency", "channels", "steps", "conditions", "results", "legal_basis"]
TIME_UNITS = {"working-days", "days", "working-hours", "hours", "unspecified"}  # timeUnitKey in core/domain


def run_generator(*args):
    done = subprocess.run([sys.executable, SCRIPT, *args], cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError("gen-catalog.py %s failed:\n%s%s" % (" ".join(args), done.stdout, done.stderr))
    return done.stdout


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)


def markdown_rows(text, header_start):
    """The body rows of the first table whose header row starts with header_start, as lists of cell texts."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(header_start):
            rows = []
            for row in lines[i + 2:]:
                if not row.startswith("|"):
                    break
                rows.append([c.strip() for c in row.strip().strip("|").split("|")])
            return rows
    raise AssertionError("README has no table starting with %r" % header_start)


@unittest.skipUnless(os.path.isdir(gen.DATA_DIR), "the crawled data is not in " + gen.DATA_DIR)
class GenCatalogTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        cls.fresh_seed = os.path.join(d, "procedures.json")
        cls.fresh_full = os.path.join(d, "catalog.json")
        cls.fresh_full2 = os.path.join(d, "again", "catalog.json")
        run_generator(gen.DEFAULT_CSV, gen.DEFAULT_JSONL, cls.fresh_seed, gen.DEFAULT_CHANNELS)
        run_generator("--all", cls.fresh_full)
        run_generator("--all", cls.fresh_full2, gen.DEFAULT_ALL_CSV, gen.DEFAULT_JSONL, gen.DEFAULT_CHANNELS)
        with open(cls.fresh_seed, encoding="utf-8") as f:
            cls.seed = json.load(f)
        with open(cls.fresh_full, encoding="utf-8") as f:
            cls.full = json.load(f)
        cls.full_by_code = {p["code"]: p for p in cls.full["procedures"]}
        with open(README, encoding="utf-8") as f:
            cls.readme = f.read()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    # ------------------------------------------------------------ the committed files

    def test_committed_seed_is_a_fresh_generation(self):
        self.assertTrue(read_bytes(SEED) == read_bytes(self.fresh_seed),
                        "resources/catalog/procedures.json differs from what scripts/gen-catalog.py makes: run it")

    def test_committed_full_catalog_is_a_fresh_generation(self):
        self.assertTrue(read_bytes(FULL) == read_bytes(self.fresh_full),
                        "resources/province/catalog.json differs from what scripts/gen-catalog.py --all makes: run it")

    def test_generation_is_deterministic(self):
        self.assertTrue(read_bytes(self.fresh_full) == read_bytes(self.fresh_full2))

    # ------------------------------------------------------------ the seed inside the full catalog

    def test_seed_entries_are_the_full_catalogs_on_every_seed_key(self):
        self.assertEqual(len(self.seed["procedures"]), 147)
        for s in self.seed["procedures"]:
            self.assertEqual(list(s), SEED_KEYS, s["code"])
            f = self.full_by_code.get(s["code"])
            self.assertIsNotNone(f, "seed procedure %s is missing from the full catalog" % s["code"])
            for key in SEED_KEYS:
                self.assertEqual(s[key], f[key], "%s: %s differs between the seed and the full catalog"
                                 % (s["code"], key))

    def test_full_entries_have_every_seed_key_with_the_readers_types(self):
        for p in self.full["procedures"]:
            code = p["code"]
            self.assertEqual(list(p)[:len(SEED_KEYS)], SEED_KEYS, code)
            self.assertEqual(list(p)[len(SEED_KEYS):], EXTRA_KEYS, code)
            self.assertIsInstance(code, str)
            for key in ("name", "field", "decision", "time_text", "fee_unit", "fee_text", "fee_note", "notes", "url",
                        "applicants", "agency", "legal_basis"):
                self.assertIsInstance(p[key], str, "%s %s" % (code, key))
            for key in ("name_known", "everyday", "papers_known"):
                self.assertIsInstance(p[key], bool, "%s %s" % (code, key))
            # The projector reads numbers with toInteger(): a fraction would be lost.
            for key in ("time_limit", "fee_amount"):
                self.assertTrue(p[key] is None or (isinstance(p[key], int) and not isinstance(p[key], bool)),
                                "%s %s = %r" % (code, key, p[key]))
            self.assertIn(p["time_unit"], TIME_UNITS, code)
            for key in ("papers", "issues", "levels", "steps", "conditions", "results"):
                self.assertIsInstance(p[key], list, "%s %s" % (code, key))
                self.assertTrue(all(isinstance(x, str) and x for x in p[key]), "%s %s" % (code, key))
            for c in p["channels"]:
                self.assertIn(c["time_unit"], TIME_UNITS, code)
                self.assertTrue(c["time_limit"] is None or isinstance(c["time_limit"], int), code)
            self.assertEqual(p["name_known"], bool(p["name"]), code)

    def test_documents(self):
        self.assertEqual(list(self.seed), ["source", "generated_by", "ranking_note", "procedures"])
        self.assertEqual(list(self.full), ["source", "generated_by", "ranking_note", "keys_note", "procedures"])
        self.assertIn("all %d procedures" % len(self.full["procedures"]), self.full["source"])
        self.assertEqual(self.full["ranking_note"], self.seed["ranking_note"])
        self.assertEqual({p["code"] for p in self.full["procedures"] if p["everyday"]}, set(gen.EVERYDAY))

    # ------------------------------------------------------------ codes, names, text

    def test_codes_unique_well_formed_sorted(self):
        for doc in (self.seed, self.full):
            codes = [p["code"] for p in doc["procedures"]]
            self.assertEqual(len(codes), len(set(codes)))
            self.assertEqual(codes, sorted(codes))
            for c in codes:
                self.assertRegex(c, r"^\d\.\d{6}(?:\.[A-Z0-9]+)?$")
                self.assertTrue(gen.CODE_RE.match(c), c)

    def test_every_commune_level_procedure_of_the_crawl(self):
        csv_codes = {r["ma_tthc"].strip() for r in gen.read_rows(gen.DEFAULT_ALL_CSV)}
        src = gen.Sources(gen.DEFAULT_JSONL, gen.DEFAULT_CHANNELS)
        self.assertEqual(set(self.full_by_code), csv_codes)
        self.assertEqual(set(src.record_codes), csv_codes)
        self.assertEqual(set(src.channel_codes), csv_codes)
        self.assertEqual(len(self.full["procedures"]), len(src.record_codes))
        for r in gen.read_rows(gen.DEFAULT_ALL_CSV):
            self.assertIn("Cấp xã", r["cap_thuc_hien"], r["ma_tthc"])

    def test_no_name_is_a_decision_title_or_another_procedures(self):
        src = gen.Sources(gen.DEFAULT_JSONL, gen.DEFAULT_CHANNELS)
        # The titles of the pages the crawl stored under other codes (one of them a provincial decision's).
        foreign_titles = set()
        for code, rec in src.records.items():
            if gen.foreign_page(rec, code) is not None:
                foreign_titles.add(" ".join(rec.get("ten_thu_tuc", "").split()))
        self.assertTrue(foreign_titles, "the check has nothing to look for")
        for doc in (self.seed, self.full):
            for p in doc["procedures"]:
                code = p["code"]
                rec = src.records.get(code)
                if gen.foreign_page(rec, code) is not None:
                    # Only a name found on the code's own page elsewhere in the crawl may be used.
                    real = src.by_page.get(code)
                    if real is None or real is rec:
                        self.assertEqual(p["name"], "", code)
                        self.assertFalse(p["name_known"], code)
                    self.assertTrue(p["issues"][0].startswith("name unknown: the source record of " + code), code)
                if p["name"]:
                    self.assertNotIn(unicodedata.normalize("NFC", p["name"]),
                                     {unicodedata.normalize("NFC", t) for t in foreign_titles}, code)
                    self.assertNotRegex(p["name"], r"^Công bố Danh mục", code)
                    self.assertNotRegex(p["name"], r"^Quyết định (?:số )?\d+/", code)

    def test_text_is_nfc(self):
        for doc in (self.seed, self.full):
            for s in strings(doc):
                self.assertEqual(s, unicodedata.normalize("NFC", s), s[:80])
        self.assertEqual(read_bytes(self.fresh_full).decode("utf-8"),
                         unicodedata.normalize("NFC", read_bytes(self.fresh_full).decode("utf-8")))

    def test_foreign_pages_carry_no_details(self):
        for p in self.full["procedures"]:
            if p["issues"] and p["issues"][0].startswith("name unknown: "):
                for key in EXTRA_KEYS:
                    self.assertFalse(p[key], "%s %s" % (p["code"], key))
                self.assertEqual((p["decision"], p["url"], p["papers"], p["time_limit"], p["fee_amount"]),
                                 ("", "", [], None, None), p["code"])

    # ------------------------------------------------------------ the README's figures

    def test_readme_counts(self):
        procedures = self.full["procedures"]
        seed_codes = {p["code"] for p in self.seed["procedures"]}
        measured = {
            "procedures": len(procedures),
            "of them in the seed (resources/catalog/procedures.json)": sum(1 for p in procedures
                                                                           if p["code"] in seed_codes),
            "name unknown (name_known false)": sum(1 for p in procedures if not p["name_known"]),
            "with at least one issue": sum(1 for p in procedures if p["issues"]),
            "without issues": sum(1 for p in procedures if not p["issues"]),
            "with steps": sum(1 for p in procedures if p["steps"]),
            "with legal basis": sum(1 for p in procedures if p["legal_basis"]),
            "with results": sum(1 for p in procedures if p["results"]),
            "with conditions": sum(1 for p in procedures if p["conditions"]),
            "with an in-person channel": sum(1 for p in procedures
                                             if any(c["channel"] == "Trực tiếp" for c in p["channels"])),
        }
        rows = markdown_rows(self.readme, "| what | count |")
        self.assertEqual({r[0] for r in rows}, set(measured))
        for what, count in rows:
            self.assertEqual(int(count), measured[what], "README: " + what)
        self.assertIn("the 588 \"Cấp xã\" procedures", self.readme)
        self.assertEqual(len(procedures), 588)

    def test_readme_gap_kinds(self):
        procedures = self.full["procedures"]
        seed_codes = {p["code"] for p in self.seed["procedures"]}
        rows = markdown_rows(self.readme, "| kind | issue starts with |")
        prefixes = []
        for label, prefix, count, in_seed in rows:
            self.assertTrue(prefix.startswith("`") and prefix.endswith("`"), prefix)
            prefix = prefix.strip("`")
            prefixes.append(prefix)
            having = [p for p in procedures if any(i.startswith(prefix) for i in p["issues"])]
            self.assertEqual(int(count), len(having), "README: " + label)
            self.assertEqual(int(in_seed), sum(1 for p in having if p["code"] in seed_codes), "README: " + label)
        self.assertEqual(prefixes, [prefix.rstrip() for _, prefix in gen.GAP_KINDS])
        self.assertEqual([int(r[2]) for r in rows], [n for _, _, n in gen.gap_counts(procedures)])
        for p in procedures:
            for issue in p["issues"]:
                self.assertTrue(any(issue.startswith(prefix) for prefix in prefixes),
                                "%s: an issue of no kind the README lists: %s" % (p["code"], issue))

    def test_readme_states_the_command(self):
        self.assertIn("python3 scripts/gen-catalog.py --all\n", self.readme)
        self.assertIn("motcua-province --db URL init\n", self.readme)


if __name__ == "__main__":
    unittest.main()
