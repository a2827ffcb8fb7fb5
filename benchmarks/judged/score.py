#!/usr/bin/env python3
"""Precision and recall of Sejajar's term, doublet and number findings on the judged in-domain pairs.

Usage: python3 benchmarks/judged/score.py SEJAJAR [--list development|held-out]

The figures are printed per article, per half and in total. The halves (issue 29): articles 1 and 3
are the development half, read while changing rules and the term base; articles 2 and 4 are held
out, reported beside it. --list development lists the false alarms, unjudged findings and missed
errors of that half only (what a change may be tuned on); without it every article is listed.

SEJAJAR is the sejajar binary to test. Each pair articleN.es / articleN.id is checked with
  SEJAJAR check benchmarks/judged/articleN.es benchmarks/judged/articleN.id \
      --from es --to id --input lines --format json --quiet
run from the repository root (the binary finds the shipped term base there). Only term.*,
doublet and number.* findings are scored.

Each finding is matched to judged.tsv by (article, side, line, code, concept); side is the
language of the file the finding points into. Findings without a judgement are listed as
"unjudged" in judged.tsv's own format, with verdict '?': judge them and append the lines.

A key.tsv error counts as found when some finding of the same article and line (either side)
matches it: a term error (deprecated, unseen-rendering, dropped-term) needs a term.* finding with
the key's concept; a number error needs a number.* finding; a doublet needs a doublet finding, or
a term.* finding with the key's concept when it has one.

Python 3 standard library only; the output is deterministic.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REL = os.path.relpath(HERE, ROOT)
ARTICLES = (1, 2, 3, 4)
# The held-out discipline (issue 29): rules and term-base changes are made while reading the
# development half only; the held-out half is reported beside it and not read. Each half has one
# article whose errors are in the Indonesian target and one whose errors are in the Spanish source.
HALVES = (("development", (1, 3)), ("held-out", (2, 4)))
SCORED = ("term.", "doublet", "number.")


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def pair_count(article):
    counts = []
    for side in ("es", "id"):
        with open(os.path.join(HERE, f"article{article}.{side}"), encoding="utf-8") as f:
            counts.append(sum(1 for l in f if l.strip()))
    if counts[0] != counts[1]:
        sys.exit(f"article{article}: {counts[0]} Spanish lines but {counts[1]} Indonesian lines")
    return counts[0]


def findings(binary, article):
    args = [binary, "check", f"{REL}/article{article}.es", f"{REL}/article{article}.id",
            "--from", "es", "--to", "id", "--input", "lines", "--format", "json", "--quiet"]
    run = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"article{article}: {' '.join(args)} failed ({run.returncode}):\n{run.stderr}")
    out = []
    for f in json.loads(run.stdout)["findings"]:
        code = f["code"]
        if not code.startswith(SCORED):
            continue
        side = "es" if f["path"].endswith(".es") else "id"
        span = f.get("source") or f.get("target") or {}
        out.append({"article": article, "side": side, "line": int(f["line"]), "code": code,
                    "concept": f.get("concept") or "-", "matched": span.get("text", "-"),
                    "message": f.get("message", "")})
    out.sort(key=lambda x: (x["line"], x["side"], x["code"], x["concept"], x["matched"]))
    return out


def found(error, fs):
    line, concept, kind = int(error["line"]), error["concept"], error["kind"]
    for f in fs:
        if f["line"] != line:
            continue
        if kind == "number":
            if f["code"].startswith("number."):
                return True
        elif kind == "doublet":
            if f["code"] == "doublet" or (concept != "-" and f["code"].startswith("term.") and f["concept"] == concept):
                return True
        elif f["code"].startswith("term.") and (concept == "-" or f["concept"] == concept):
            return True
    return False


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def main():
    args = sys.argv[1:]
    listed = ARTICLES
    if len(args) == 3 and args[1] == "--list":
        listed = dict(HALVES).get(args[2]) or sys.exit(f"--list takes {' or '.join(n for n, _ in HALVES)}")
        args = args[:1]
    if len(args) != 1 or args[0] in ("-h", "--help"):
        sys.exit(__doc__.strip())
    binary = args[0]
    if os.sep in binary:
        binary = os.path.abspath(binary)
    judged = {}
    for r in read_tsv("judged.tsv"):
        judged[(int(r["article"]), r["side"], int(r["line"]), r["code"], r["concept"])] = r["verdict"]
    key = read_tsv("key.tsv")

    rows, unjudged, missed, stale, false_raised = [], [], [], [], []
    by_kind = {"term and doublet": [0, 0], "number": [0, 0]}
    by_half = {name: [0, 0] for name, _ in HALVES}
    total = dict(pairs=0, findings=0, true=0, false=0, unjudged=0, errors=0, found=0)
    for a in ARTICLES:
        fs = findings(binary, a)
        pairs = pair_count(a)
        t = fl = u = 0
        raised = set()
        for f in fs:
            k = (a, f["side"], f["line"], f["code"], f["concept"])
            raised.add(k)
            verdict = judged.get(k)
            kind = "number" if f["code"].startswith("number.") else "term and doublet"
            if verdict in ("true", "false"):
                by_kind[kind][0 if verdict == "true" else 1] += 1
                if kind == "term and doublet":
                    for name, members in HALVES:
                        if a in members:
                            by_half[name][0 if verdict == "true" else 1] += 1
            if verdict == "false" and a in listed:
                false_raised.append(f)
            if verdict == "true":
                t += 1
            elif verdict == "false":
                fl += 1
            else:
                u += 1
                if a in listed:
                    unjudged.append(f)
        if a in listed:
            stale += [k + (v,) for k, v in sorted(judged.items()) if k[0] == a and k not in raised]
        errors = [e for e in key if int(e["article"]) == a]
        hit = [e for e in errors if found(e, fs)]
        if a in listed:
            missed += [e for e in errors if not found(e, fs)]
        row = dict(pairs=pairs, findings=len(fs), true=t, false=fl, unjudged=u, errors=len(errors), found=len(hit))
        rows.append((f"article{a}", row))
        for name in total:
            total[name] += row[name]
    for name, members in HALVES:
        half = {n: sum(r[n] for a, (_, r) in zip(ARTICLES, rows) if a in members) for n in total}
        rows.append((f"{name} ({'+'.join(map(str, members))})", half))
    rows.append(("total", total))

    print("term.*, doublet and number.* findings on the judged in-domain pairs (--from es --to id --input lines)")
    print()
    header = ("", "pairs", "findings", "true", "false", "unjudged", "precision", "per 100 pairs", "key errors found", "recall")
    print("{:<18} {:>5} {:>8} {:>5} {:>5} {:>8} {:>9} {:>13} {:>16} {:>6}".format(*header))
    for name, r in rows:
        print("{:<18} {:>5} {:>8} {:>5} {:>5} {:>8} {:>9} {:>13} {:>16} {:>6}".format(
            name, r["pairs"], r["findings"], r["true"], r["false"], r["unjudged"],
            ratio(r["true"], r["true"] + r["false"]), f"{100 * r['findings'] / r['pairs']:.1f}",
            f"{r['found']} / {r['errors']}", ratio(r["found"], r["errors"])))
    print()
    print("precision = true / (true + false); unjudged findings are left out of it.")
    for kind, (t, fl) in by_kind.items():
        print(f"{kind} findings: {t} true, {fl} false, precision {ratio(t, t + fl)}")
    for name, members in HALVES:
        t, fl = by_half[name]
        print(f"term and doublet findings, {name} half (articles {' and '.join(map(str, members))}): "
              f"{t} true, {fl} false, precision {ratio(t, t + fl)}")

    print()
    print(f"False alarms still raised ({len(false_raised)}):")
    for f in false_raised:
        print("\t".join([str(f["article"]), f["side"], str(f["line"]), f["code"], f["concept"], f["matched"], f["message"]]))

    print()
    print(f"Unjudged findings ({len(unjudged)}): judge each and append it to judged.tsv (verdict true|false, reason).")
    for f in unjudged:
        print("\t".join([str(f["article"]), f["side"], str(f["line"]), f["code"], f["concept"], f["matched"], "?", f["message"]]))

    print()
    print(f"Key errors not found ({len(missed)}):")
    for e in missed:
        print("\t".join([e["article"], e["side"], e["line"], e["kind"], e["concept"], e["text"], e["note"]]))

    print()
    stale_true = sum(1 for s in stale if s[5] == "true")
    print(f"Judged findings no longer raised ({len(stale)}: {stale_true} judged true, {len(stale) - stale_true} judged false):")
    for s in stale:
        print("\t".join(str(x) for x in s))


if __name__ == "__main__":
    main()
