"""Two aligners that use nothing but sentence vectors, for comparison with Sejajar on the same
encoder (benchmarks/embeddings-ceiling.py, benchmarks/embeddings-compare.py): a Vecalign-style one
(cosine distance over each sentence's mean distance to the other side, Gale-Church length, a skip
cost) and a Bertalign-style one (similarity minus that of the neighbouring sentences, times a length
penalty, skip -0.1: Bertalign's defaults). Both search windows of up to four sentences, as
Bertalign embeds them (max_align 5), read from a Sejajar vector cache."""
import math, sys, unicodedata
import numpy as np

SHAPES = [(1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1), (2, 3), (3, 2)]

def sentences(path):
    """The lines as Sejajar reads them with --input lines: NFC, runs of white space as one space."""
    return [unicodedata.normalize('NFC', ' '.join(line.split())) for line in open(path, encoding='utf-8')]

def window_texts(lines, longest=4):
    """The text of every window of up to `longest` sentences, as Sejajar sends them."""
    return [' '.join(lines[i:i + a]) for a in range(1, longest + 1) for i in range(len(lines) - a + 1)]

class Vectors:
    """Unit vectors of every window of up to four sentences, from the cache Sejajar filled; windows
    longer than `longest` get the normalised sum of their sentences' vectors (as Sejajar does)."""
    def __init__(self, db, lines, model='multilingual-e5-small', cache='', longest=4):
        self.n = len(lines)
        self.v = {}
        for a in range(1, 5):
            for i in range(self.n - a + 1):
                if a > longest:
                    x = sum(self.v[(k, 1)] for k in range(i, i + a))
                else:
                    row = db.execute('SELECT vector FROM vectors WHERE model = ? AND text = ?', (model, ' '.join(lines[i:i + a]))).fetchone()
                    if row is None:
                        sys.exit(f'vector baselines: no vector for a window of {a} sentences in {cache}: embed windows of up to {longest} first')
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

