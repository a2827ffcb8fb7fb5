#!/usr/bin/env python3
"""Errors planted in one of two translations, found through their original (issue 15).

The 80 NTREX documents in Vietnamese (the original), Spanish and Indonesian. A site is a line
where all three name one concept of the term base (plain word search, independently of
Sejajar's matcher: the Spanish and Indonesian as `planted.py` finds them, the Vietnamese term
with its tones). Each round plants one error per line with a site, in the Spanish or the
Indonesian (at random): the translation's term swapped for its deprecated rendering where the
term base has one, else for another concept's term of the same subject field, or deleted. Then

    sejajar check docNNN.vi docNNN.es docNNN.id --from vi --to es,id --input lines --format json

and a plant counts as found when a finding on the planted file's line names its concept
(term.missing, term.deprecated or pivot.term-diverges). As in `planted.py`, plants on everyday
words are counted apart: in general news the checker looks at them in text of the domain only.
Everyday is read from the original, as Sejajar reads Vietnamese: a lower-case term of up to two
syllables after its classifier ("cấp tỉnh", "cuộc vận động"), a name written without its capital
("chính phủ": a government, not the Government), or a verb.

    python3 benchmarks/pivot-planted.py .build/release/sejajar [--rounds 3]

Python 3 standard library only; the output is deterministic.
"""
import argparse, collections, csv, io, json, os, random, re, subprocess, sys, tempfile, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
planted = importlib.import_module("planted")


def vi_terms(sejajar):
    out = subprocess.run([sejajar, "glossary", "convert", "--format", "csv"], check=True, capture_output=True, text=True).stdout
    terms = collections.defaultdict(list)
    for row in csv.DictReader(io.StringIO(out)):
        if row["lang"] == "vi" and row["status"] != "deprecated":
            terms[row["concept"]].append(row["term"])
    return terms


CLASSIFIERS = {"cuộc", "sự", "việc", "người", "các", "những"}


def vi_occurrence(terms, text):
    """(glossary term, text as written) of the first Vietnamese term of `terms` in `text`, or None."""
    text = unicodedata.normalize("NFC", text)
    for t in sorted(terms, key=len, reverse=True):
        m = re.search(r"(?<!\w)" + re.escape(unicodedata.normalize("NFC", t)) + r"(?!\w)", text, re.IGNORECASE)
        if m:
            return t, m.group(0)
    return None


def terminological(term, written):
    """Whether the Vietnamese occurrence names the concept as Sejajar reads Vietnamese: a name
    (a capitalised term) written with its capital, or a lower-case term longer than one word of
    two syllables after its classifier; else it is an everyday word (issue 15)."""
    if term[:1].isupper():
        return written[:1].isupper()
    return len([w for w in term.lower().split() if w not in CLASSIFIERS]) > 2


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sejajar")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--docs", default=os.environ.get("NTREX_DOCS", planted.NTREX))
    args = parser.parse_args()
    concepts = {c: e for c, e in planted.glossary(args.sejajar).items() if e["subject"] != "foreign bodies and titles"}
    vi = vi_terms(args.sejajar)
    info, _, _ = planted.term_base(os.path.normpath(planted.TBX), concepts)
    docs, originals = [], []
    for d in range(80):
        stem = os.path.join(args.docs, f"doc{d:03d}")
        read = lambda ext: open(stem + ext, encoding="utf-8").read().splitlines()
        docs.append((f"doc{d:03d}", read(".es"), read(".id")))
        originals.append(read(".vi"))
    sites = []
    for site in planted.sites(docs, concepts):
        found = vi_occurrence(vi.get(site["concept"], []), originals[site["doc"]][site["line"]])
        if found:
            sites.append(dict(site, vi=found))
    same = planted.homonyms(concepts)
    work = tempfile.mkdtemp(prefix="sejajar-pivot-planted-")
    rng = random.Random(args.seed)
    counts = collections.Counter()
    misses = []
    for round_ in range(args.rounds):
        by_line = collections.defaultdict(list)
        for site in sites:
            by_line[(site["doc"], site["line"])].append(site)
        plants = collections.defaultdict(list)
        for key in sorted(by_line):
            site = rng.choice(by_line[key])
            side = rng.choice(["es", "id"])
            entry = concepts[site["concept"]]
            if entry[side + "-"] and rng.random() < 0.6:
                kind, new = "deprecated", rng.choice(entry[side + "-"])
            elif rng.random() < 0.5:
                kind, new = "dropped", ""
            else:
                own = {t.lower() for t in entry[side] + entry[side + "-"]}
                others = sorted(o for o, e in concepts.items() if o != site["concept"] and e["subject"] == entry["subject"] and e[side]
                                and not any(t.lower() in own or any(t.lower() in x or x in t.lower() for x in own) for t in e[side])
                                and not set(map(str.lower, e["es"])) & set(map(str.lower, entry["es"])))
                if not others:
                    kind, new = "dropped", ""
                else:
                    kind, new = "wrong", concepts[rng.choice(others)][side][0]
            plants[site["doc"]].append(dict(site, side=side, kind=kind, new=new))
        for d, (name, es, id_) in enumerate(docs):
            if d not in plants:
                continue
            texts = {"es": list(es), "id": list(id_)}
            for plant in plants[d]:
                k = plant["line"]
                texts[plant["side"]][k] = planted.replace(texts[plant["side"]][k], plant[plant["side"]], plant["new"])
            paths = {}
            for side in ("es", "id"):
                paths[side] = os.path.join(work, f"r{round_}-{name}.{side}")
                with open(paths[side], "w", encoding="utf-8") as f:
                    f.write("\n".join(texts[side]) + "\n")
            out = subprocess.run([args.sejajar, "check", os.path.join(args.docs, name + ".vi"), paths["es"], paths["id"], "--from", "vi",
                                  "--to", "es,id", "--input", "lines", "--format", "json", "--quiet"], capture_output=True, text=True)
            if out.returncode not in (0, 1):
                sys.exit(f"{name}: {out.stderr.strip()}")
            findings = json.loads(out.stdout)["findings"]
            for plant in plants[d]:
                c, k = plant["concept"], plant["line"]
                everyday = not terminological(*plant["vi"]) or info.get(c, {}).get("pos") == "verb"
                found = any(f["path"] == paths[plant["side"]] and f["line"] == k + 1 and (f.get("concept") in same.get(c, {c}) | {c})
                            and f["code"] in ("term.missing", "term.deprecated", "pivot.term-diverges") for f in findings)
                group = "everyday" if everyday else plant["kind"] + "-" + plant["side"]
                counts[(group, "planted")] += 1
                counts[(group, "found")] += found
                if not found and not everyday:
                    misses.append((name, k + 1, plant["side"], c, plant["kind"]))
    print(f"errors planted in one translation, found through the original: 80 NTREX documents (vi, es, id), {len(sites)} sites, {args.rounds} rounds")
    total = [0, 0]
    for group in sorted({g for g, _ in counts}):
        if group == "everyday":
            continue
        p, f = counts[(group, "planted")], counts[(group, "found")]
        total[0] += p; total[1] += f
        print(f"  {group:18} planted {p:4}  found {f:4}  recall {f / p:.3f}")
    if total[0]:
        print(f"  recall    {total[1] / total[0]:.3f}  ({total[1]}/{total[0]} plants on terms in their terminological use)")
    p, f = counts[("everyday", "planted")], counts[("everyday", "found")]
    print(f"  not counted: {p} plants on everyday words in general news, found {f}")
    for miss in misses[:10]:
        print("  missed:", *miss)


if __name__ == "__main__":
    main()
