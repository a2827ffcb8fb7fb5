#!/usr/bin/env python3
"""Fits Sejajar's confidence calibration (ConfidenceModel.fitted) on development data only:
Text+Berg dev; NTREX es-id documents 0-39 with their perturbations, with a short sentence deleted
from one side, and with a sentence moved to the end, each aligned alone and in one batch; and
documents 0-39 of the development pairs of ntrex-multi (DEV_PAIRS, perturbed by the corpus's
perturb.py --seed 13, the 80 documents of a pair in one batch as benchmarks/multi-pairs.py does;
the other pairs stay unseen). The aligner writes each bead's features (SEJAJAR_FEATURES); a
bead's label is whether it equals a gold bead. One logistic regression per kind of bead (pair,
merge, null), L2-regularised, fitted by Newton's method, Text+Berg, NTREX es-id and the
ntrex-multi pairs (together) weighing a third each; prints the coefficients for
Sources/SejajarKit/Alignment/Judge/ConfidenceModel.swift.

usage: python3 benchmarks/calibration/fit.py [BINARY] [CORPORA] [--held-out] [ALIGN-OPTION …]

Other options go to every align: with `--embedder URL --embedding-cache DIR` the model is fitted
on alignments made with sentence vectors. `--held-out` then also aligns the unseen sets
(Text+Berg test and NTREX 40-79, each in one batch) and prints the calibration error there of
the refitted model and of the shipped one (ConfidenceModel.fitted): whether a refit transfers."""
import json, os, re, subprocess, sys, tempfile
import numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from ladders import ladder

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.build/release/sejajar')
CORPORA = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '../shared/corpora')
HELD_OUT = '--held-out' in sys.argv[3:]
EXTRA = [a for a in sys.argv[3:] if a != '--held-out']
DEV_DOCS = range(0, 40)
# ntrex-multi pairs fitted on (documents 0-39); benchmarks/multi-pairs.py reports these and the
# unseen ones (HELD_OUT_PAIRS there), benchmarks/calibration/pairout.py fits without each in turn.
DEV_PAIRS = ['de-fr', 'en-zh', 'ar-he', 'ja-th', 'en-hi', 'tr-ru', 'km-en']
# The features of each kind of bead, in the order the aligner writes them and the coefficients
# are printed (PairFeatures.names and NullFeatures.names in Sources/SejajarKit/Alignment/Judge;
# Tests/SejajarKitTests/Alignment/Judge/ConfidenceModelTests.swift checks that they agree).
PAIR_FEATURES = ['posterior', 'aboveNeighbours', 'aboveBackground', 'aboveBest', 'lengthFit', 'known', 'weakestMember',
                 'extraMembers', 'spread', 'informativeness', 'oneToOneShare']
FEATURES = {
    'pair': PAIR_FEATURES,
    'merge': PAIR_FEATURES,
    'null': ['posterior', 'bestPairing', 'length', 'known', 'debris', 'neighbourPosterior', 'spread', 'informativeness',
             'oneToOneShare'],
}

def read_lines(path):
    return open(path, encoding='utf-8').read().rstrip('\n').split('\n')

def make_sets(work):
    """(name, source, target, gold beads) for every development document."""
    docs = []
    tb = os.path.join(CORPORA, 'textberg-de-fr', 'dev')
    docs.append(('tb-dev', os.path.join(tb, 'dev.de'), os.path.join(tb, 'dev.fr'), ladder(os.path.join(tb, 'dev.defr')), 'de', 'fr'))
    nt = os.path.join(CORPORA, 'ntrex-es-id')
    for k in DEV_DOCS:
        base = os.path.join(nt, 'perturbed', f'doc{k:03d}')
        docs.append((f'perturbed-{k}', base + '.es', base + '.id', ladder(base + '.gold'), 'es', 'id'))
        es, idn = read_lines(os.path.join(nt, 'docs', f'doc{k:03d}.es')), read_lines(os.path.join(nt, 'docs', f'doc{k:03d}.id'))
        n = len(es)
        if n >= 5:
            # The shortest inner sentence deleted, from the target in even documents, else the source.
            lines = idn if k % 2 == 0 else es
            d = min(range(1, n - 1), key=lambda i: len(lines[i]))
            if k % 2 == 0:
                s2, t2 = es, idn[:d] + idn[d + 1:]
                gold = {((i,), ()) if i == d else ((i,), (i if i < d else i - 1,)) for i in range(n)}
            else:
                s2, t2 = es[:d] + es[d + 1:], idn
                gold = {((), (i,)) if i == d else ((i if i < d else i - 1,), (i,)) for i in range(n)}
            docs.append((f'deleted-{k}', write(work, f'del{k}.es', s2), write(work, f'del{k}.id', t2), gold, 'es', 'id'))
        if n >= 10:
            m = 3
            t2 = idn[:m] + idn[m + 1:] + [idn[m]]
            gold = {((i,), (i if i < m else (n - 1 if i == m else i - 1),)) for i in range(n)}
            docs.append((f'moved-{k}', write(work, f'mov{k}.es', es), write(work, f'mov{k}.id', t2), gold, 'es', 'id'))
    return docs

def write(work, name, lines):
    path = os.path.join(work, name)
    open(path, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    return path

def rows_from(dump, gold_of):
    """Rows (kind, features, label, corpus) of a feature dump for the document pairs in `gold_of`
    (keyed by absolute source and target paths); removes the dump."""
    rows = []
    for line in open(dump):
        item = json.loads(line)
        gold = gold_of.get((os.path.abspath(item['doc']), os.path.abspath(item['targetDoc'])))
        if gold is None:
            continue
        path = os.path.abspath(item['doc'])
        corpus = 'tb' if '/textberg' in path else 'multi' if '/multi-' in path else 'ntrex'
        if len(item['features']) != len(FEATURES[item['kind']]):
            sys.exit(f"{dump}: a {item['kind']} bead with {len(item['features'])} features, expected {FEATURES[item['kind']]}")
        rows.append((item['kind'], item['features'], (tuple(item['source']), tuple(item['target'])) in gold, corpus))
    os.remove(dump)
    return rows

def align_batch(pairs, s, t, out, dump):
    """Aligns the pairs file in one batch, the beads' features written to `dump`."""
    subprocess.run([BIN, 'align', '--batch', pairs, '--from', s, '--to', t, '--input', 'lines', '--format', 'ladder',
                    '--output-dir', out, '--quiet', *EXTRA], check=True, env=dict(os.environ, SEJAJAR_FEATURES=dump))

def features(docs, work):
    """Runs every document alone and each group in one batch; returns rows of (kind, features, label, corpus)."""
    rows = []
    gold_of = {(os.path.abspath(d[1]), os.path.abspath(d[2])): d[3] for d in docs}
    dump = os.path.join(work, 'features.jsonl')
    for name, source, target, gold, s, t in docs:
        subprocess.run([BIN, 'align', source, target, '--from', s, '--to', t, '--input', 'lines', '--format', 'ladder', '-o', '/dev/null', '--quiet', *EXTRA],
                       check=True, env=dict(os.environ, SEJAJAR_FEATURES=dump))
        if os.path.exists(dump):
            rows += rows_from(dump, gold_of)
    for group in ['perturbed', 'deleted', 'moved']:
        members = [d for d in docs if d[0].startswith(group + '-')]
        align_batch(write(work, f'{group}.tsv', [f'{d[1]}\t{d[2]}' for d in members]), 'es', 'id', os.path.join(work, 'out-' + group), dump)
        rows += rows_from(dump, gold_of)
    return rows

def multi_rows(work):
    """Rows of documents 0-39 of every development pair of ntrex-multi, each pair's 80 perturbed
    documents aligned in one batch (the multi-pairs benchmark's setting)."""
    multi = os.path.join(CORPORA, 'ntrex-multi')
    rows = []
    for pair in DEV_PAIRS:
        s, t = pair.split('-')
        pair_dir = os.path.join(work, f'multi-{pair}')
        subprocess.run([sys.executable, os.path.join(multi, 'perturb.py'), s, t, pair_dir, '--seed', '13', '--docs', os.path.join(multi, 'docs')],
                       check=True, stdout=subprocess.DEVNULL)
        docs = sorted(int(f[3:6]) for f in os.listdir(pair_dir) if f.endswith('.gold'))
        base = lambda k: os.path.join(pair_dir, f'doc{k:03d}')
        gold_of = {(os.path.abspath(base(k) + '.' + s), os.path.abspath(base(k) + '.' + t)): ladder(base(k) + '.gold') for k in docs if k in DEV_DOCS}
        dump = os.path.join(work, 'features.jsonl')
        align_batch(write(work, f'multi-{pair}.tsv', [f'{base(k)}.{s}\t{base(k)}.{t}' for k in docs]), s, t, os.path.join(pair_dir, 'out'), dump)
        rows += [(kind, f, label, pair) for kind, f, label, _ in rows_from(dump, gold_of)]
    return rows

def fit(x, y, weights, l2=1.0, iterations=50):
    x = np.hstack([np.ones((x.shape[0], 1)), x])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ ((p - y) * weights) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p) * weights)[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w

def ece(p, y):
    bins = np.minimum((p * 10).astype(int), 9)
    return sum(abs(p[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum() for b in range(10) if (bins == b).any()) / len(p)

def shipped():
    """The coefficients ConfidenceModel.fitted holds now, by kind."""
    source = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../Sources/SejajarKit/Alignment/Judge/ConfidenceModel.swift')).read()
    return {kind: [float(v) for v in values.split(',')] for kind, values in re.findall(r'\.(pair|merge|null): \[([^\]]*)\]', source)}

def held_out(work):
    """Rows of the unseen sets, each aligned in one batch, by set."""
    tb, nt = os.path.join(CORPORA, 'textberg-de-fr', 'test'), os.path.join(CORPORA, 'ntrex-es-id', 'perturbed')
    sets = [('Text+Berg test', 'de', 'fr', [(f'{tb}/test{k}.de', f'{tb}/test{k}.fr', f'{tb}/test{k}.defr') for k in range(7)]),
            ('NTREX 40-79', 'es', 'id', [(f'{nt}/doc{k:03d}.es', f'{nt}/doc{k:03d}.id', f'{nt}/doc{k:03d}.gold') for k in range(40, 80)])]
    result = {}
    for name, s, t, docs in sets:
        dump = os.path.join(work, 'held-out.jsonl')
        align_batch(write(work, 'held-out.tsv', [f'{a}\t{b}' for a, b, _ in docs]), s, t, os.path.join(work, 'out-held-out'), dump)
        result[name] = rows_from(dump, {(os.path.abspath(a), os.path.abspath(b)): ladder(g) for a, b, g in docs})
    return result

def report(label, rows, model):
    p = np.array([1 / (1 + np.exp(-(model[r[0]][0] + np.dot(model[r[0]][1:], r[1])))) for r in rows])
    y = np.array([1.0 if r[2] else 0.0 for r in rows])
    confident = p >= 0.9
    print(f'{label}: ECE {ece(p, y):.3f}; >= 0.9: {confident.sum()} beads, {y[confident].mean() if confident.any() else 0:.3f} exact', file=sys.stderr)

def main():
    with tempfile.TemporaryDirectory() as work:
        rows = features(make_sets(work), work) + multi_rows(work)
        unseen = held_out(work) if HELD_OUT else {}
    print(f'{len(rows)} beads of development data', file=sys.stderr)
    lines, refit = [], {}
    for kind in ['pair', 'merge', 'null']:
        subset = [r for r in rows if r[0] == kind]
        x = np.array([r[1] for r in subset], dtype=float)
        y = np.array([1.0 if r[2] else 0.0 for r in subset])
        # Text+Berg, NTREX es-id and the ntrex-multi pairs weigh a third each (each multi pair
        # the same inside its third): news in many languages must not drown OCR'd mountaineering
        # prose in two.
        group = lambda c: c if c in ('tb', 'ntrex') else 'multi'
        corpora = [r[3] for r in subset]
        share = {c: corpora.count(c) for c in set(corpora)}
        groups = {g: len({c for c in share if group(c) == g}) for g in {group(c) for c in share}}
        weights = np.array([len(subset) / (len(groups) * groups[group(c)] * share[c]) for c in corpora])
        w = fit(x, y, weights)
        p = 1 / (1 + np.exp(-(np.hstack([np.ones((len(x), 1)), x]) @ w)))
        confident = p >= 0.9
        print(f'{kind}: {len(y)} beads, {y.mean():.3f} exact; fitted ECE {ece(p, y):.3f}; >= 0.9: {confident.sum()} beads, '
              f'{y[confident].mean() if confident.any() else 0:.3f} exact', file=sys.stderr)
        lines.append(f'        .{kind}: [' + ', '.join(f'{v:.4f}' for v in w) + '],')
        refit[kind] = w
    for name, held in unseen.items():
        report(f'{name}, refitted', held, refit)
        report(f'{name}, shipped', held, shipped())
    print('\n'.join(lines))

if __name__ == '__main__':
    main()
