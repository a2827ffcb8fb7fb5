#!/usr/bin/env python3
"""Pair-out check of the confidence model: does it hold on a language pair it was not fitted on?

Reads per-bead feature dumps (SEJAJAR_FEATURES) of many language pairs, as kept by
`benchmarks/multi-pairs.py --features DIR` (DIR/SRC-TGT/features.jsonl beside each perturbed set
and its gold), plus NTREX es-id (perturbed, one batch) and Text+Berg (dev alone, test in one
batch), which it aligns itself into DIR/es-id, DIR/tb-dev and DIR/tb-test when they are missing.

For each set P it fits the shipped features (PairFeatures and NullFeatures, as the dump holds
them: relative to the document's typical one-to-one bead) as fit.py does -- one logistic model
per kind of bead, L2 1, Newton; Text+Berg, es-id and the ntrex-multi pairs a third each -- on
documents 0-39 of every set that is not P (Text+Berg: dev), and reports on documents 40-79 of P
(Text+Berg: test): ECE over ten bins, the share of beads >= 0.9 that are exact, the share of exact
beads reaching 0.9; beside it the shipped model (ConfidenceModel.swift) on the same beads. "Exact"
and the bead set are those of the dump: what `sejajar evaluate` would give if every document were
judged a translation (the verdict is not modelled; multi-pairs.py measures it with the verdict).
Text+Berg is one corpus: when reporting on Text+Berg test, Text+Berg dev stays in the fit (the
NTREX de-fr set goes) unless --tb-pair-out.

usage: python3 benchmarks/calibration/pairout.py DIR [--bin BINARY] [--corpora DIR] [--strict]
           [--tb-pair-out] [--report set,set]
e.g.   python3 benchmarks/multi-pairs.py --features /tmp/dumps
       python3 benchmarks/calibration/pairout.py /tmp/dumps
--strict        leave out every set sharing a language with P, not only P itself
"""
import argparse, collections, glob, json, math, os, re, subprocess, sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fit import fit, ece  # the same fit and calibration error as the shipped model's

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# ---------------------------------------------------------------- data

def ladder(path):
    beads = set()
    for line in open(path):
        m = re.match(r'\[([^\]]*)\]:\[([^\]]*)\]', line.strip())
        if m:
            beads.add((tuple(int(x) for x in m.group(1).split(',') if x.strip()),
                       tuple(int(x) for x in m.group(2).split(',') if x.strip())))
    return beads


def gold_path(doc):
    m = re.match(r'(.*/doc\d+)\.\w+$', doc)
    if m:
        return m.group(1) + '.gold'
    return re.sub(r'\.\w+$', '.defr', doc)  # Text+Berg: dev.de -> dev.defr


def doc_index(doc):
    m = re.search(r'(?:doc|test|dev)(\d*)\.\w+$', os.path.basename(doc))
    return int(m.group(1)) if m and m.group(1) else 0


def load_set(name, path):
    """Rows of one set: dicts with doc (key), index, kind, features, label, chars of each side."""
    rows, golds = [], {}
    for line in open(path):
        it = json.loads(line)
        g = gold_path(it['doc'])
        if g not in golds:
            golds[g] = ladder(g)
        rows.append(dict(set=name, doc=(it['doc'], it['targetDoc']), index=doc_index(it['doc']), kind=it['kind'],
                         f=np.array(it['features'], float), y=(tuple(it['source']), tuple(it['target'])) in golds[g]))
    return rows


def languages(name):
    if name.startswith('tb-'):
        return ('de', 'fr')
    return tuple(name.split('-'))


def ensure_corpora(root, binary, corpora):
    """Aligns es-id (perturbed, one batch) and Text+Berg (dev alone, test one batch) with dumps."""
    nt = os.path.join(corpora, 'ntrex-es-id', 'perturbed')
    tb = os.path.join(corpora, 'textberg-de-fr')
    jobs = [('es-id', 'es', 'id', [(f'{nt}/doc{k:03d}.es', f'{nt}/doc{k:03d}.id') for k in range(80)]),
            ('tb-test', 'de', 'fr', [(f'{tb}/test/test{k}.de', f'{tb}/test/test{k}.fr') for k in range(7)]),
            ('tb-dev', 'de', 'fr', None)]
    for name, s, t, docs in jobs:
        work = os.path.join(root, name)
        dump = os.path.join(work, 'features.jsonl')
        if os.path.exists(dump):
            continue
        os.makedirs(work, exist_ok=True)
        env = dict(os.environ, SEJAJAR_FEATURES=dump)
        if docs is None:
            subprocess.run([binary, 'align', f'{tb}/dev/dev.de', f'{tb}/dev/dev.fr', '--from', s, '--to', t, '--input', 'lines',
                            '--format', 'ladder', '-o', os.path.join(work, 'dev.ladder'), '--quiet'], check=True, env=env)
        else:
            with open(os.path.join(work, 'pairs.tsv'), 'w') as f:
                f.writelines(f'{a}\t{b}\n' for a, b in docs)
            subprocess.run([binary, 'align', '--batch', os.path.join(work, 'pairs.tsv'), '--from', s, '--to', t, '--input', 'lines',
                            '--format', 'ladder', '--output-dir', os.path.join(work, 'out'), '--quiet'], check=True, env=env)


# ---------------------------------------------------------------- features

# ---------------------------------------------------------------- fitting

def shipped():
    found = glob.glob(os.path.join(ROOT, 'Sources', '**', 'ConfidenceModel.swift'), recursive=True)
    if found:
        source = open(found[0]).read()
    else:
        source = subprocess.run(['git', '-C', ROOT, 'show', 'HEAD:Sources/SejajarKit/Alignment/Judge/ConfidenceModel.swift'],
                                capture_output=True, text=True, check=True).stdout
    return {k: np.array([float(v) for v in vals.split(',')]) for k, vals in re.findall(r'\.(pair|merge|null): \[([^\]]*)\]', source)}


def fit_model(train):
    """One model per kind on `train`, weighted as fit.py weighs: Text+Berg, es-id and the
    ntrex-multi pairs a third each (each pair the same inside its third)."""
    model = {}
    group = lambda r: 'tb' if r['set'].startswith('tb-') else 'es-id' if r['set'] == 'es-id' else 'multi'
    for kind in ['pair', 'merge', 'null']:
        subset = [r for r in train if r['kind'] == kind]
        x = np.array([r['f'] for r in subset])
        y = np.array([1.0 if r['y'] else 0.0 for r in subset])
        count = collections.Counter(r['set'] for r in subset)
        groups = {g: len({r['set'] for r in subset if group(r) == g}) for g in {group(r) for r in subset}}
        weights = np.array([len(subset) / (len(groups) * groups[group(r)] * count[r['set']]) for r in subset])
        model[kind] = fit(x, y, weights)
    return model


def predict(model, rows):
    return np.array([1 / (1 + np.exp(-(model[r['kind']][0] + model[r['kind']][1:] @ r['f']))) for r in rows])


def measures(p, y):
    c = p >= 0.9
    return ece(p, y), (y[c].mean() if c.any() else float('nan')), int(c.sum()), (c[y == 1].mean() if (y == 1).any() else float('nan'))


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dir')
    ap.add_argument('--bin', default=os.environ.get('SEJAJAR', os.path.join(ROOT, '.build/release/sejajar')))
    ap.add_argument('--corpora', default=os.path.join(ROOT, '../shared/corpora'))
    ap.add_argument('--strict', action='store_true')
    ap.add_argument('--report', help='comma-separated sets to report on (default: all)')
    ap.add_argument('--tb-pair-out', action='store_true',
                    help='report Text+Berg test without Text+Berg dev in the fit (default: dev stays, NTREX de-fr goes)')
    a = ap.parse_args()
    root = os.path.abspath(a.dir)
    ensure_corpora(root, os.path.abspath(a.bin), os.path.abspath(a.corpora))
    sets = {}
    for dump in sorted(glob.glob(os.path.join(root, '*', 'features.jsonl'))):
        name = os.path.basename(os.path.dirname(dump))
        sets[name] = load_set(name, dump)
    ship = shipped()
    train_of = lambda name, rows: [r for r in rows if (name == 'tb-dev') or (not name.startswith('tb-') and r['index'] < 40)]
    test_of = lambda name, rows: [r for r in rows if (name == 'tb-test') or (not name.startswith('tb-') and r['index'] >= 40)]
    report = [n for n in sets if n != 'tb-dev'] if not a.report else a.report.split(',')
    print(f'{len(sets)} sets, {sum(len(v) for v in sets.values())} beads; {"languages" if a.strict else "pair"} left out of the fit; '
          f'reported on documents 40-79 (Text+Berg: test), every document taken as a translation')
    print(f"{'set':8} {'pair-out: ECE  >=.9 exact (n)  exact>=.9':>40}   {'shipped: ECE  >=.9 exact  exact>=.9':>36}")
    summary = collections.defaultdict(list)
    for name in report:
        langs = set(languages(name))
        def excluded(other):
            if name == 'tb-test' and other == 'tb-dev' and not a.tb_pair_out:
                return False
            o = set(languages(other))
            return bool(o & langs) if a.strict else o == langs
        train = [r for other, rows in sets.items() if not excluded(other) for r in train_of(other, rows)]
        test = test_of(name, sets[name])
        y = np.array([1.0 if r['y'] else 0.0 for r in test])
        cells = []
        for v, model in (('pair-out', fit_model(train)), ('shipped', ship)):
            e, ce, n, ec = measures(predict(model, test), y)
            summary[v].append((e, ce, ec))
            cells.append((e, ce, n, ec))
        (e, ce, n, ec), (e2, ce2, _, ec2) = cells
        print(f'{name:8} {e:>19.3f}  {ce:.3f} ({n:4d})  {ec:9.3f}   {e2:>13.3f}  {ce2:10.3f}  {ec2:9.3f}', flush=True)
    for v in ('pair-out', 'shipped'):
        rows = summary[v]
        print(f"{v}: ECE mean {np.mean([s[0] for s in rows]):.3f} worst {max(s[0] for s in rows):.3f} "
              f"(<= 0.05 on {sum(s[0] <= 0.05 for s in rows)}/{len(rows)}); >=0.9 exact worst {np.nanmin([s[1] for s in rows]):.3f}; "
              f"exact reaching 0.9 worst {np.nanmin([s[2] for s in rows]):.3f}")


if __name__ == '__main__':
    main()
