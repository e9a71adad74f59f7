#!/usr/bin/env python3
"""Checks that QualCoder's import of a ClaimDiff .qdpx kept everything (issue 20).

usage: check_claimdiff.py CLAIMDIFF.json QUALCODER.json [PROJECT.claimdiff [EXPORT.qdpx]]
CLAIMDIFF.json: `claimdiff export -f json` of the same project; QUALCODER.json: qc_import.py's output;
PROJECT.claimdiff: the project itself, for its memo; EXPORT.qdpx: the file QualCoder read, for its codebook.
Prints one line per check and exits 1 if any failed.
"""
import json
import re
import sys

cd = json.load(open(sys.argv[1], encoding="utf-8"))
qc = json.load(open(sys.argv[2], encoding="utf-8"))
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def plain(name, kind):
    return re.sub(r" \(" + kind + r"( \d+)?\)$", "", name)


categories = {c["name"] for c in qc["categories"]}
codes_by_cat = {}
for c in qc["codes"]:
    codes_by_cat.setdefault(c["category"], []).append(c)
codings = {}
for c in qc["codings"]:
    codings.setdefault(c["seltext"], []).append(c)

check(len(qc["sources"]) == len(cd["articles"]), f"{len(cd['articles'])} articles arrive as {len(qc['sources'])} sources")
check(len(qc["documents_files"]) == len(cd["articles"]),
      f"every document file was copied ({len(qc['documents_files'])} of {len(cd['articles'])})")
check("Cannot" not in qc["log"], "the import log has no 'Cannot …' line")
check(all(c["code"] is not None for c in qc["codings"]), "no coding lost its code (no name collision)")

links = cd["contradictions"] + cd["supports"]
accepted = [l for l in links if l["status"] == "accepted"]
pair_codes = codes_by_cat.get("Contradictions", []) + codes_by_cat.get("Supports", [])
check(len(pair_codes) == len(accepted), f"{len(accepted)} accepted links arrive as {len(pair_codes)} pair codes")

missing = []
for claim in cd["claims"]:
    got = codings.get(claim["text"], [])
    names = {c["code"] for c in got}
    want = [claim["speaker"], claim["party"], claim["stance"]] + claim["tags"]
    found = all(any(plain(n, k) == w for n in names for k in ("speaker", "party", "stance", "tag")) for w in want)
    pairs = sum(1 for l in accepted if claim["id"] in (l["a"], l["b"]))
    pair_codings = sum(1 for n in names if any(p["name"] == n for p in pair_codes))
    if not got or not found or pair_codings != pairs:
        missing.append((claim["id"], claim["text"][:40], sorted(names), want, pairs, pair_codings))
check(not missing, f"every claim ({len(cd['claims'])}) is coded at its words with speaker, party, stance, tags and pairs"
      + ("" if not missing else f": {missing[:3]}"))

notes = [c for c in cd["claims"] if c["note"]]
annotated = {(a["memo"]) for a in qc["annotations"]}
check(all(c["note"] in annotated for c in notes), f"{len(notes)} claim notes arrive as annotations ({len(qc['annotations'])})")
journals = {j["jentry"].lstrip("\ufeff").strip() for j in qc["journals"]}
link_notes = [l["note"] for l in links if l["note"]]
check(all(n.strip() in journals for n in link_notes), f"{len(link_notes)} link notes arrive as journal entries")
memo = json.load(open(sys.argv[3], encoding="utf-8")).get("memo", "") if len(sys.argv) > 3 else ""
check(not memo or qc["project_memo"] == memo, "the project memo arrives as QualCoder's project memo")
if len(sys.argv) > 4:
    import zipfile
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(sys.argv[4]) as z:
        root = ET.fromstring(z.read("project.qde"))
    ns = "{urn:QDA-XML:project:1.0}"
    written = root.iter(ns + "Code")
    names = sorted(c.get("name") for c in written)
    arrived = sorted([c["name"] for c in qc["codes"]] + [c["name"] for c in qc["categories"]])
    check(names == arrived, f"every code and category of the codebook arrived ({len(arrived)} of {len(names)})")
sys.exit(1 if failures else 0)
