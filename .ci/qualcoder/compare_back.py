#!/usr/bin/env python3
"""Compares a project before and after a trip (ClaimDiff → .qdpx → QualCoder → .qdpx → ClaimDiff).

usage: compare_back.py BEFORE.json AFTER.json   (both `claimdiff export -f json`)
Claims are matched by article title and words; prints what differs and exits 1 if anything does.
"""
import json
import sys

before = json.load(open(sys.argv[1], encoding="utf-8"))
after = json.load(open(sys.argv[2], encoding="utf-8"))
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def claims(d):
    titles = {a["id"]: a["title"] for a in d["articles"]}
    return {(titles[c["article"]], c["text"]): c for c in d["claims"]}


def links(d, status=None):
    by_id = {c["id"]: c["text"] for c in d["claims"]}
    out = set()
    for kind in ("contradictions", "supports"):
        for l in d[kind]:
            if status is None or l["status"] == status:
                out.add((kind, frozenset((by_id[l["a"]], by_id[l["b"]])), l["note"]))
    return out


b, a = claims(before), claims(after)
check(len(before["articles"]) == len(after["articles"]), f"articles {len(before['articles'])} → {len(after['articles'])}")
lost = [k for k in b if k not in a]
check(not lost, f"claims {len(b)}: none lost" + ("" if not lost else f" ({len(lost)} lost: {lost[:2]})"))
for field in ("speaker", "party", "stance", "tags", "note"):
    diff = [(k[1][:30], b[k][field], a[k][field]) for k in b if k in a and b[k][field] != a[k][field]]
    check(not diff, f"every claim keeps its {field}" + ("" if not diff else f": {diff[:3]}"))
lb, la = links(before, "accepted"), links(after, "accepted")
check(lb == la, f"accepted links {len(lb)} → {len(la)}, with their notes" + ("" if lb == la else f": {lb ^ la}"))
extra = [k for k in a if k not in b]
print(f"note {len(extra)} claims more after the trip (the engine's, for a project another tool wrote)")
sys.exit(1 if failures else 0)
