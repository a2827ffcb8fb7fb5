#!/usr/bin/env python3
"""Ceiling of the cost model on Text+Berg test: align the 7 documents (one --batch call, as in
run.sh) with an extra lexicon trained on the test set's own gold beads, which no real run has.
What this reaches is what better word knowledge alone could buy.

usage: oracle-lexicon.py SEJAJAR CORPORA_DIR
"""
import ast, os, subprocess, sys, tempfile

binary, corpora = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
tb = os.path.join(corpora, "textberg-de-fr")
names = [f"test/test{k}" for k in range(7)]
with tempfile.TemporaryDirectory() as out:
    source, target = [], []
    for name in names + ["dev/dev"]:
        de = open(os.path.join(tb, name + ".de"), encoding="utf-8").read().split("\n")
        fr = open(os.path.join(tb, name + ".fr"), encoding="utf-8").read().split("\n")
        for line in open(os.path.join(tb, name + ".defr"), encoding="utf-8"):
            left, right = line.strip().split(":")[:2]
            a, b = ast.literal_eval(left), ast.literal_eval(right)
            if a and b:
                source.append(" ".join(de[i] for i in a))
                target.append(" ".join(fr[j] for j in b))
    for path, lines in (("gold.de", source), ("gold.fr", target)):
        with open(os.path.join(out, path), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    lexicon = os.path.join(out, "oracle.lexicon")
    subprocess.run([binary, "lexicon", "train", os.path.join(out, "gold.de"), os.path.join(out, "gold.fr"),
                    "--from", "de", "--to", "fr", "--input", "lines", "--no-learning", "--quiet", "--output", lexicon],
                   check=True)
    with open(os.path.join(out, "pairs.tsv"), "w", encoding="utf-8") as f:
        for name in names:
            f.write(f"{os.path.join(tb, name)}.de\t{os.path.join(tb, name)}.fr\n")
    subprocess.run([binary, "align", "--batch", os.path.join(out, "pairs.tsv"), "--from", "de", "--to", "fr",
                    "--input", "lines", "--format", "ladder", "--output-dir", os.path.join(out, "aligned"),
                    "--lexicon", lexicon, "--quiet"], check=True)
    golds = [os.path.join(tb, n + ".defr") for n in names]
    tests = [os.path.join(out, "aligned", os.path.basename(n) + ".de.ladder") for n in names]
    print(f"with a lexicon trained on the gold beads ({len(source)} pairs, not a real run):", flush=True)
    subprocess.run([binary, "evaluate", "--gold", *golds, "--test", *tests], check=True)
