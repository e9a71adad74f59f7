#!/usr/bin/env python3
"""Scores ClaimDiff's attribution detection on a split of PolNeAR (networkdynamics/PolNeAR).

PolNeAR is 1,028 US election news articles annotated for attribution (source, cue, content) in
brat stand-off files. Its texts have no licence: they are read from a git checkout of the corpus
into a temporary folder and never written into this repository.

A gold attribution is found when one predicted claim covers at least THRESHOLD of its content's
characters; a predicted claim is right when at least THRESHOLD of its characters lie in the content
of one gold attribution (the way the GenderGapTracker project reports its figures). Thresholds 0.3
and 0.8. Tune on train and dev; the test split is kept for measuring (--split test needs --measure).

    bench/polnear.py --repo PATH/TO/PolNeAR [--split dev] [--jar target/claimdiff.jar] [--java-opt -D...]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=True).stdout


def gold_split(repo, split, folder):
    """Writes the split's texts into folder; returns {name: [content pieces per attribution]}."""
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", f"data/{split}").decode().splitlines()
    texts = {os.path.basename(n)[:-4]: n for n in names if f"/{split}/text/" in n and n.endswith(".txt")}
    gold = {}
    for ann in sorted(n for n in names if f"/{split}/attributions/" in n and n.endswith(".ann")):
        base = os.path.basename(ann)[:-4].rsplit("_", 1)[0]
        if base not in texts or base in gold:  # one annotator per article
            continue
        with open(os.path.join(folder, base + ".txt"), "wb") as f:
            f.write(git(repo, "show", f"HEAD:{texts[base]}"))
        contents = []
        for line in git(repo, "show", f"HEAD:{ann}").decode("utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 3 and fields[1].startswith("Content "):
                ranges = fields[1].split(" ", 1)[1]
                contents.append([tuple(map(int, r.split())) for r in ranges.split(";")])
        gold[base] = contents
    return gold


def covered(pieces, start, end):
    return sum(max(0, min(end, b) - max(start, a)) for a, b in pieces)


def score(gold, claims, threshold):
    found = right = predicted = 0
    total = sum(len(c) for c in gold.values())
    for base, contents in gold.items():
        spans = [(c["start"], c["end"]) for c in claims.get(base, [])]
        predicted += len(spans)
        found += sum(1 for pieces in contents
                     if any(covered(pieces, s, e) >= threshold * sum(b - a for a, b in pieces) for s, e in spans))
        right += sum(1 for s, e in spans if any(covered(p, s, e) >= threshold * (e - s) for p in contents))
    p = right / predicted if predicted else 0.0
    r = found / total if total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"threshold": threshold, "gold": total, "found": found, "predicted": predicted,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", required=True, help="a git checkout (or bare git directory) of PolNeAR")
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--measure", action="store_true", help="allow the test split (for measuring, not tuning)")
    ap.add_argument("--jar", default="target/claimdiff.jar")
    ap.add_argument("--java-opt", action="append", default=[], help="e.g. -Dclaimdiff.grammar=off")
    args = ap.parse_args()
    if args.split == "test" and not args.measure:
        sys.exit("polnear.py: the test split is kept for measuring; add --measure if that is what you are doing")
    with tempfile.TemporaryDirectory() as folder:
        gold = gold_split(args.repo, args.split, folder)
        files = sorted(os.path.join(folder, b + ".txt") for b in gold)
        out = subprocess.run(["java", *args.java_opt, "-jar", args.jar, "analyze", "--json", *files],
                             capture_output=True, check=True).stdout
        result = json.loads(out)
    names = {a["id"]: os.path.basename(a["path"])[:-4] for a in result["articles"]}
    claims = {}
    for c in result["claims"]:
        claims.setdefault(names[c["article"]], []).append(c)
    print(json.dumps({"split": args.split, "articles": len(gold),
                      "overlap_0.3": score(gold, claims, 0.3), "overlap_0.8": score(gold, claims, 0.8)}, indent=1))


if __name__ == "__main__":
    main()
