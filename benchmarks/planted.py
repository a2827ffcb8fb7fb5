#!/usr/bin/env python3
"""Planted-error benchmark for `sejajar check` (issue 4).

Takes sentence-aligned Spanish-Indonesian documents (NTREX-128 es-id real documents and our
corrected, translated seed articles), finds the places where both sides carry the same glossary
concept, and plants terminology errors there, one per sentence pair:

  deprecated-target  the Indonesian rendering swapped for the concept's deprecated one -> term.deprecated
  deprecated-source  the Spanish term swapped for its deprecated rendering             -> term.deprecated
  wrong-target       the Indonesian rendering swapped for another concept's term        -> term.missing
  dropped-target     the Indonesian rendering deleted                                   -> term.missing

The places are found here, independently of Sejajar's matcher (plain word-boundary search for
the terms and their plural / -nya forms), so a form the checker's stemming misses costs recall.
Both the clean and the planted documents go through `sejajar check SOURCE TARGET --input lines
--format json` (aligned by Sejajar, not by the gold), and the figures are:

  recall     planted errors reported (same document, line, concept and code) / planted errors
  precision  reported new term findings (not already in the clean run) that are planted / all new ones
  precision incl. clean-text alarms: also counting every term.missing / term.deprecated of the
             clean documents as a false alarm
  clean-text alarms per 1000 sentences: term findings on the unplanted, professionally translated text

Usage: planted.py SEJAJAR [--rounds N] [--seed S] [--json OUT]
"""
import argparse
import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
NTREX = os.path.join(HERE, "..", "..", "shared", "corpora", "ntrex-es-id", "docs")
SEEDS = os.path.join(HERE, "planted")


def documents():
    """(name, es lines, id lines) for every document pair of the planted set."""
    docs = []
    ntrex = os.path.normpath(os.environ.get("NTREX_DOCS", NTREX))
    for name in sorted(os.listdir(ntrex)):
        if name.endswith(".es"):
            stem = name[:-3]
            es = open(os.path.join(ntrex, name), encoding="utf-8").read().splitlines()
            id_ = open(os.path.join(ntrex, stem + ".id"), encoding="utf-8").read().splitlines()
            docs.append(("ntrex-" + stem, es, id_))
    if os.path.exists(os.path.join(SEEDS, "seeds.es")):
        es = open(os.path.join(SEEDS, "seeds.es"), encoding="utf-8").read().splitlines()
        id_ = open(os.path.join(SEEDS, "seeds.id"), encoding="utf-8").read().splitlines()
        docs.append(("seeds", es, id_))
    for name, es, id_ in docs:
        assert len(es) == len(id_), name
    return docs


def glossary(sejajar):
    out = subprocess.run([sejajar, "glossary", "convert", "--to", "csv"], check=True, capture_output=True, text=True).stdout
    concepts = defaultdict(lambda: {"subject": "", "es": [], "id": [], "es-": [], "id-": []})
    for row in csv.DictReader(io.StringIO(out)):
        if row["lang"] not in ("es", "id"):
            continue
        entry = concepts[row["concept"]]
        entry["subject"] = row["subject"]
        key = row["lang"] + ("-" if row["status"] == "deprecated" else "")
        entry[key].append(row["term"])
    return dict(concepts)


def pattern(term, language):
    """Word-boundary search for a term and its plural (es) or -nya form (id). A one-word term
    written with a capital ("Estado", "Gobierno") names the institution and is matched with that
    capital only: "había estado", "los estados de EE. UU." are other words (the term base's rule)."""
    words = [re.escape(w) for w in term.split()]
    if language == "es":
        suffix = r"(?:es|s)?"
    else:  # -nya, and reduplicated plurals ("pemimpin-pemimpin")
        suffix = r"(?:-" + re.escape(term.split()[-1]) + r")?(?:nya)?"
    # The checker looks for target renderings whatever their case; only source terms keep capitals.
    if language == "es" and len(words) == 1 and term[:1].isupper() and term[1:2].islower():
        head = "(?-i:" + re.escape(term[0]) + ")" + re.escape(term[1:])
        return re.compile(r"(?<!\w)" + head + suffix + r"(?!\w)(?! [A-ZÁÉÍÓÚÑ])", re.IGNORECASE)
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + suffix + r"(?!\w)", re.IGNORECASE)


def sites(docs, concepts):
    """Places where a line pair has one accepted term of a concept on each side, and only one:
    a sentence that names the concept twice cannot lose one rendering without keeping the other.
    A Spanish match that overlaps a match of another concept at least as long ("ministro" in
    "primer ministro") is not a site either."""
    compiled = {c: {lang: [pattern(t, lang) for t in sorted(e[lang], key=len, reverse=True)] for lang in ("es", "id")}
                for c, e in concepts.items()}

    def spans(patterns, text):
        found = []
        for p in patterns:
            for m in p.finditer(text):
                if not any(m.start() < b and a < m.end() for a, b in found):
                    found.append((m.start(), m.end()))
        return found

    result = []
    for d, (name, es, id_) in enumerate(docs):
        for k, (s, t) in enumerate(zip(es, id_)):
            source = {c: spans(compiled[c]["es"], s) for c in sorted(concepts)}
            source = {c: v for c, v in source.items() if v}
            for c, found in source.items():
                if len(found) != 1:
                    continue
                a, b = found[0]
                if any(o != c and x < b and a < y and y - x >= b - a for o, v in source.items() for x, y in v):
                    continue
                target = spans(compiled[c]["id"], t)
                if len(target) == 1:
                    result.append({"doc": d, "line": k, "concept": c, "es": (a, b), "id": target[0]})
    return result


def homonyms(concepts):
    """Concepts that share a Spanish term: a finding on any of them answers a plant on the other."""
    by_term = defaultdict(set)
    for c, e in concepts.items():
        for t in e["es"]:
            by_term[t.lower()].add(c)
    result = defaultdict(set)
    for group in by_term.values():
        for c in group:
            result[c] |= group
    return result


def check(sejajar, es_path, id_path):
    run = subprocess.run([sejajar, "check", es_path, id_path, "--from", "es", "--to", "id", "--input", "lines",
                          "--format", "json", "--quiet"], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"sejajar check failed on {es_path}: {run.stderr.strip()}")
    return [f for f in json.loads(run.stdout)["findings"] if f["code"] in ("term.missing", "term.deprecated")]


def keys(findings, doc):
    return {(doc, f["code"], f["concept"], f["line"] - 1) for f in findings}


false_alarms = []


def replace(text, span, new):
    result = text[:span[0]] + new + text[span[1]:]
    return re.sub(r"\s{2,}", " ", result).replace(" ,", ",").replace(" .", ".").strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sejajar")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--json")
    args = parser.parse_args()
    docs = documents()
    concepts = glossary(args.sejajar)
    all_sites = sites(docs, concepts)
    same = homonyms(concepts)

    def canonical(key):
        d, code, c, k = key
        return (d, code, min(same.get(c, {c}) | {c}), k)
    sentences = sum(len(es) for _, es, _ in docs)
    work = tempfile.mkdtemp(prefix="sejajar-planted-")

    baseline = set()
    for d, (name, es, id_) in enumerate(docs):
        es_path, id_path = os.path.join(work, name + ".es"), os.path.join(work, name + ".id")
        open(es_path, "w", encoding="utf-8").write("\n".join(es) + "\n")
        open(id_path, "w", encoding="utf-8").write("\n".join(id_) + "\n")
        baseline |= keys(check(args.sejajar, es_path, id_path), d)

    clean = {canonical(key) for key in baseline}
    rng = random.Random(args.seed)
    planted_total, found_total, new_total, new_true, all_total = Counter(), Counter(), 0, 0, 0
    misses = []
    for round_ in range(args.rounds):
        by_line = defaultdict(list)
        for site in all_sites:
            by_line[(site["doc"], site["line"])].append(site)
        plants = []
        for key in sorted(by_line):
            # A place the clean text already has a finding for cannot show whether a plant is found.
            candidates = [site for site in by_line[key]
                          if not any(canonical((site["doc"], code, site["concept"], site["line"])) in clean for code in ("term.missing", "term.deprecated"))]
            if not candidates:
                continue
            site = rng.choice(candidates)
            entry = concepts[site["concept"]]
            # Where the term base records a deprecated rendering, plant it more often than not:
            # those are the machine-translation errors the checker is for.
            deprecated = (["deprecated-target"] if entry["id-"] else []) + (["deprecated-source"] if entry["es-"] else [])
            if deprecated and rng.random() < 0.6:
                kind = rng.choice(deprecated)
            else:
                kind = rng.choice(["wrong-target", "dropped-target"])
            plants.append(dict(site, kind=kind))
        planted = []
        for d, (name, es, id_) in enumerate(docs):
            es2, id2 = list(es), list(id_)
            expected = set()
            for plant in (p for p in plants if p["doc"] == d):
                entry, k, c = concepts[plant["concept"]], plant["line"], plant["concept"]
                if plant["kind"] == "deprecated-target":
                    id2[k] = replace(id2[k], plant["id"], rng.choice(entry["id-"]))
                    expected.add((d, "term.deprecated", c, k))
                elif plant["kind"] == "deprecated-source":
                    es2[k] = replace(es2[k], plant["es"], rng.choice(entry["es-"]))
                    expected.add((d, "term.deprecated", c, k))
                elif plant["kind"] == "dropped-target":
                    id2[k] = replace(id2[k], plant["id"], "")
                    expected.add((d, "term.missing", c, k))
                else:
                    own = {t.lower() for t in entry["id"] + entry["id-"]}
                    others = sorted(o for o, e in concepts.items() if o != c and e["subject"] == entry["subject"] and e["id"]
                                    and not any(t.lower() in own or any(t.lower() in x or x in t.lower() for x in own) for t in e["id"])
                                    and not set(map(str.lower, e["es"])) & set(map(str.lower, entry["es"])))
                    other = concepts[rng.choice(others)]
                    id2[k] = replace(id2[k], plant["id"], other["id"][0])
                    expected.add((d, "term.missing", c, k))
                planted.append((plant["kind"], (d, "term.missing" if "wrong" in plant["kind"] or "dropped" in plant["kind"] else "term.deprecated", c, k)))
            es_path, id_path = os.path.join(work, f"{name}.r{round_}.es"), os.path.join(work, f"{name}.r{round_}.id")
            open(es_path, "w", encoding="utf-8").write("\n".join(es2) + "\n")
            open(id_path, "w", encoding="utf-8").write("\n".join(id2) + "\n")
            reported = {canonical(k) for k in keys(check(args.sejajar, es_path, id_path), d)}
            expected = {canonical(k) for k in expected}
            all_total += len(reported)
            new = reported - {canonical(b) for b in baseline if b[0] == d}
            false_alarms.extend((docs[d][0], k[1], k[2], k[3] + 1, id2[k[3]][:100]) for k in sorted(new - expected))
            new_total += len(new)
            new_true += len(new & expected)
            for kind, key in ((k, key) for k, key in planted if key[0] == d):
                planted_total[kind] += 1
                if canonical(key) in reported:
                    found_total[kind] += 1
                else:
                    misses.append((kind, docs[d][0], key[3] + 1, key[2], es2[key[3]][:90], id2[key[3]][:90]))
    recall = sum(found_total.values()) / max(1, sum(planted_total.values()))
    precision = new_true / max(1, new_total)
    precision_all = sum(found_total.values()) / max(1, all_total)
    alarms = len(baseline) * 1000 / max(1, sentences)
    print(f"planted-error benchmark: {len(docs)} documents, {sentences} sentence pairs, {len(all_sites)} concept sites, {args.rounds} rounds")
    for kind in sorted(planted_total):
        print(f"  {kind:18s} planted {planted_total[kind]:5d}  found {found_total[kind]:5d}  recall {found_total[kind] / planted_total[kind]:.3f}")
    print(f"  recall    {recall:.3f}  ({sum(found_total.values())}/{sum(planted_total.values())})")
    print(f"  precision {precision:.3f}  ({new_true}/{new_total} new term findings are planted errors)")
    print(f"  precision incl. clean-text alarms {precision_all:.3f}")
    print(f"  clean-text alarms: {len(baseline)} term findings on {sentences} unplanted sentence pairs ({alarms:.1f} per 1000)")
    if os.environ.get("SHOW_MISSES"):
        for miss in misses:
            print("  miss:", *miss, sep=" | ")
        for alarm in false_alarms:
            print("  false:", *alarm, sep=" | ")
    if args.json:
        json.dump({"recall": recall, "precision": precision, "precisionWithAlarms": precision_all, "alarmsPer1000": alarms,
                   "planted": dict(planted_total), "found": dict(found_total)}, open(args.json, "w"), indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
