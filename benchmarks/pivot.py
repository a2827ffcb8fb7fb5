#!/usr/bin/env python3
"""Three renderings of one original (issue 15): NTREX's Vietnamese as the original, its Spanish
and Indonesian as two translations of it.

For the 80 clean documents, the 80 perturbed ones (the shared perturbed set's edits to the Spanish
and Indonesian: sentences joined or dropped on one side; the Vietnamese stays whole) and 80 with
more deletions (each sentence dropped from one translation, Spanish or Indonesian, with
probability 0.15; fixed seed), runs

    sejajar align docNNN.vi docNNN.es docNNN.id --from vi --to es,id --input lines --format json

and scores each of its three alignments (vi-es, vi-id, and es-id derived through the original)
against the gold with `sejajar evaluate` (Vecalign's strict and lax F1, and how far the
confidences can be trusted: ECE, beads at or above 0.9 that are exact, exact beads that reach
0.9), next to the direct es-id alignment (`sejajar align docNNN.es docNNN.id`). The vi-es and vi-id gold of a perturbed
document is rebuilt from its edits: each perturbed line is matched to the clean lines it holds.

    python3 benchmarks/pivot.py .build/release/sejajar [--corpus ../shared/corpora/ntrex-es-id]

Python 3 standard library only; the output is deterministic.
"""
import argparse, json, os, random, subprocess, sys, tempfile


def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def origins(perturbed, clean):
    """The clean line indices each perturbed line holds (one, or two joined), in order."""
    result, p = [], 0
    for line in perturbed:
        while p < len(clean):
            if line == clean[p]:
                result.append([p]); p += 1; break
            if p + 1 < len(clean) and line.startswith(clean[p]) and line.endswith(clean[p + 1]):
                result.append([p, p + 1]); p += 2; break
            p += 1  # a clean line the perturbation dropped
        else:
            sys.exit(f"cannot place perturbed line: {line[:60]}")
    return result


def delete(corpus, work, seed=20261127, rate=0.15):
    """Writes work/deleted/docNNN.{es,id,gold}: each clean sentence dropped from one translation
    (chosen at random) with probability `rate`, never from both."""
    rng = random.Random(seed)
    folder = os.path.join(work, "deleted")
    os.makedirs(folder, exist_ok=True)
    for d in range(80):
        name = f"doc{d:03d}"
        es, id_ = (lines(os.path.join(corpus, "docs", name + ext)) for ext in (".es", ".id"))
        keep_es, keep_id, gold, e, i = [], [], [], 0, 0
        for k in range(len(es)):
            side = rng.choice("ei") if rng.random() < rate else ""
            if side != "e": keep_es.append(es[k])
            if side != "i": keep_id.append(id_[k])
            if side == "":
                gold.append(f"[{e}]:[{i}]"); e += 1; i += 1
            elif side == "e":
                gold.append(f"[]:[{i}]"); i += 1
            else:
                gold.append(f"[{e}]:[]"); e += 1
        for ext, content in ((".es", keep_es), (".id", keep_id), (".gold", gold)):
            with open(os.path.join(folder, name + ext), "w", encoding="utf-8") as f:
                f.write("".join(x + "\n" for x in content))
    return folder


def pivot_gold(held, n):
    """Gold of original (n lines, 1-1 with the clean translation) against a perturbed translation
    whose lines hold `held` clean lines: a bead per perturbed line, a 1-0 per dropped line."""
    beads, covered = [], set()
    for t, sources in enumerate(held):
        beads.append((sources, [t])); covered.update(sources)
    beads += [([s], []) for s in range(n) if s not in covered]
    beads.sort(key=lambda b: (b[0][0], len(b[1])))
    return "".join(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]\n" for s, t in beads)


def ladder(alignment):
    return "".join(f"[{', '.join(map(str, b['source']))}]:[{', '.join(map(str, b['target']))}]:{b['confidence']:.4f}\n" for b in alignment["beads"])


def evaluate(binary, golds, tests):
    args = [binary, "evaluate", "--json", "--gold"] + golds + ["--test"] + tests
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"evaluate failed: {out.stderr.strip()}")
    result = json.loads(out.stdout)
    return result["strictF1"], result["laxF1"], result.get("reliability", {})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sejajar")
    parser.add_argument("--corpus", default=os.environ.get("NTREX", "../shared/corpora/ntrex-es-id"))
    args = parser.parse_args()
    binary = os.path.abspath(args.sejajar)
    work = tempfile.mkdtemp(prefix="sejajar-pivot-")
    print("three renderings of one original: NTREX vi (original), es and id (translations), 80 documents, strict F1 (lax F1)")
    folders = {"clean": os.path.join(args.corpus, "docs"), "perturbed": os.path.join(args.corpus, "perturbed"),
               "deleted": delete(args.corpus, work)}
    for kind, folder in folders.items():
        golds = {k: [] for k in ("vi-es", "vi-id", "es-id")}
        tests = {k: [] for k in ("vi-es", "vi-id", "es-id derived", "es-id direct")}
        for d in range(80):
            name = f"doc{d:03d}"
            vi = os.path.join(args.corpus, "docs", name + ".vi")
            es, id_ = (os.path.join(folder, name + ext) for ext in (".es", ".id"))
            n = len(lines(vi))
            for pair, path in (("vi-es", es), ("vi-id", id_)):
                clean = lines(os.path.join(args.corpus, "docs", name + "." + pair[-2:]))
                gold = os.path.join(work, f"{kind}-{name}.{pair}.gold")
                with open(gold, "w") as f:
                    f.write(pivot_gold(origins(lines(path), clean), n))
                golds[pair].append(gold)
            golds["es-id"].append(os.path.join(folder, name + ".gold"))
            out = subprocess.run([binary, "align", vi, es, id_, "--from", "vi", "--to", "es,id", "--input", "lines", "--quiet"],
                                 capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"{name}: {out.stderr.strip()}")
            alignments = json.loads(out.stdout)["alignments"]
            for key, alignment in zip(("vi-es", "vi-id", "es-id derived"), alignments):
                path = os.path.join(work, f"{kind}-{name}.{key.replace(' ', '-')}.ladder")
                with open(path, "w") as f:
                    f.write(ladder(alignment))
                tests[key].append(path)
            path = os.path.join(work, f"{kind}-{name}.direct.ladder")
            subprocess.run([binary, "align", es, id_, "--from", "es", "--to", "id", "--input", "lines", "--format", "ladder",
                            "--quiet", "--output", path], check=True)
            tests["es-id direct"].append(path)
        figures, calibration = [], []
        for key in ("vi-es", "vi-id", "es-id derived", "es-id direct"):
            strict, lax, r = evaluate(binary, golds[key.split()[0]], tests[key])
            figures.append(f"{key} {strict:.4f} ({lax:.4f})")
            calibration.append(f"{key} ECE {r.get('calibrationError', 0):.3f}, >=0.9 exact {r.get('confidentExact', 0):.3f} ({r.get('confident', 0)}),"
                               f" exact reaching 0.9 {r.get('exactConfident', 0):.3f}")
        print(f"{kind:9}  " + "   ".join(figures))
        print(f"{'':9}  " + "; ".join(calibration))


if __name__ == "__main__":
    main()
