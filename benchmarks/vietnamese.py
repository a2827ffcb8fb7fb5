#!/usr/bin/env python3
"""Term findings with Vietnamese as a language of the pair (issue 15).

Runs `sejajar check ORIGINAL TRANSLATION --from SL --to TL --input lines --format json` on the 80
clean NTREX documents for each direction given (default vi>es, vi>id, es>vi, id>vi) and prints
term findings (term.missing, term.deprecated, term.inconsistent) per 100 sentence pairs, the
other finding codes, and the concepts that raise most term findings. The NTREX translations are
professional, so every term finding on them is a false alarm or a translator's liberty.

    python3 benchmarks/vietnamese.py .build/release/sejajar [--docs DIR] [--pairs vi>es,vi>id] [--list 0-39] [--half 0-39]

Figures are given for documents 0-39 (the development half, read while tuning) and 40-79 (held
out) apart; --list 0-39 prints every term finding of the development half; --half 0-39 runs that half
alone (to read other directions, e.g. --pairs 'vi>en,en>vi', without touching the held-out half).
English comes from ntrex-multi: --docs takes a folder holding docNNN.{vi,es,id,en}.

Python 3 standard library only; the output is deterministic.
"""
import argparse, collections, json, os, subprocess, sys


# The held-out discipline (issue 29): rules and term-base changes are made while reading documents
# 0-39 only; 40-79 are held out and reported beside them.
HALVES = (("0-39", range(0, 40)), ("40-79", range(40, 80)))


def run(binary, docs, source, target, documents, listing=None):
    codes, concepts, pairs = collections.Counter(), collections.Counter(), 0
    for k in documents:
        s, t = os.path.join(docs, f"doc{k:03d}.{source}"), os.path.join(docs, f"doc{k:03d}.{target}")
        with open(s, encoding="utf-8") as f:
            pairs += sum(1 for _ in f)
        out = subprocess.run([binary, "check", s, t, "--from", source, "--to", target, "--input", "lines", "--format", "json", "--quiet"],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"{s}: sejajar check failed: {out.stderr.strip()}")
        for finding in json.loads(out.stdout)["findings"]:
            codes[finding["code"]] += 1
            if finding["code"].startswith("term."):
                concepts[finding.get("concept") or "-"] += 1
                if listing is not None:
                    listing.append((f"doc{k:03d}", source, target, finding["line"], finding["code"], finding.get("concept") or "-",
                                    finding["message"]))
    return pairs, codes, concepts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sejajar")
    parser.add_argument("--docs", default=os.environ.get("NTREX_DOCS", "../shared/corpora/ntrex-es-id/docs"))
    parser.add_argument("--pairs", default="vi>es,vi>id,es>id,id>es,es>vi,id>vi")
    parser.add_argument("--list", choices=[name for name, _ in HALVES],
                        help="also list every term finding of that half (the development half is 0-39)")
    parser.add_argument("--half", choices=[name for name, _ in HALVES], help="run only that half")
    args = parser.parse_args()
    print("term findings on the 80 clean NTREX documents (check --input lines), by half: 0-39 development, 40-79 held out")
    print(f"{'pair':7} {'half':6} {'pairs':>6} {'term':>5} {'per 100':>8}  other findings; concepts with most term findings")
    listing = []
    for pair in args.pairs.split(","):
        source, target = pair.split(">")
        for name, documents in HALVES:
            if args.half and name != args.half:
                continue
            pairs, codes, concepts = run(args.sejajar, args.docs, source, target, documents,
                                         listing if args.list == name else None)
            term = sum(v for c, v in codes.items() if c.startswith("term."))
            other = ", ".join(f"{c} {v}" for c, v in sorted(codes.items()) if not c.startswith("term."))
            top = ", ".join(f"{c} {v}" for c, v in sorted(concepts.items(), key=lambda x: (-x[1], x[0]))[:5])
            print(f"{pair:7} {name:6} {pairs:>6} {term:>5} {100 * term / pairs:>8.2f}  {other}; {top}")
    for row in listing:
        print("\t".join(str(x) for x in row))


if __name__ == "__main__":
    main()
