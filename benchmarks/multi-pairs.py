#!/usr/bin/env python3
"""Accuracy and the reliability of confidences on many language pairs of ntrex-multi.

For each pair SRC-TGT: the gold-aligned set is made by the corpus's own `perturb.py SRC TGT DIR
--seed 13` (joined and dropped sentences, recorded), all 80 documents are aligned in ONE
`sejajar align --batch` call (timed), and `sejajar evaluate --json` scores documents 0-39, 40-79
and all 80 separately. One line per pair and half:

    strict F1; ECE (ten confidence bins); share of beads with confidence >= 0.9 that are exact
    (and how many there are); share of exact beads reaching 0.9; gold 1-0/0-1 beads reproduced

usage: python3 benchmarks/multi-pairs.py [--bin BINARY] [--corpora DIR] [--pairs de-fr,en-zh,...]
           [--jobs N] [--seed 13] [--features DIR] [--json FILE] [-- ALIGN-OPTION ...]

--jobs N      pairs aligned at once (default 1: the aligner already uses every core, and the
              time per pair is only comparable when pairs run one after the other)
--features D  keeps each pair's perturbed set, ladders and per-bead feature dump (SEJAJAR_FEATURES)
              in D/SRC-TGT/ (docNNN.SRC, docNNN.TGT, docNNN.gold, out/, features.jsonl): what
              benchmarks/calibration/pairout.py reads. Without it everything lives in a temporary
              directory that is removed.
--json FILE   also writes every figure as JSON.
--verdicts    also counts each pair's verdicts (parallel, partial, comparable, unrelated) over the
              80 documents, from a second, untimed batch call with --format json: beads of a
              document judged neither parallel nor partial carry min(similarity-based, calibrated)
              confidence, which is what most of the ECE of weak pairs comes from.
Everything after `--` goes to every `sejajar align` (e.g. `-- --parameters p.json`).
"""
import argparse, ast, concurrent.futures, json, os, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGUAGES = 'en de fr pt it pl tr ru ar he zh ja ko th km hi sw fil ms is'.split()
# Every script family and both word-order types at least once: no-space scripts (zh, ja, th, km),
# right-to-left (ar, he), Hangul, Devanagari, agglutinative (tr, sw), Latin and Cyrillic.
DEFAULT_PAIRS = ('de-fr,en-zh,ar-he,ja-th,en-ja,zh-ko,en-hi,en-sw,tr-ru,km-en,th-en,ko-ar,fil-ms,pt-is')
# The pairs the confidence model is fitted on (documents 0-39), as benchmarks/calibration/fit.py
# lists them; the others are unseen.
DEV_PAIRS = set(ast.literal_eval(re.search(r'^DEV_PAIRS = (\[.*\])$', open(os.path.join(HERE, 'calibration', 'fit.py')).read(), re.M).group(1)))
HALVES = [('0-39', range(0, 40)), ('40-79', range(40, 80)), ('all', range(0, 80))]


def parse():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        k = argv.index('--')
        argv, extra = argv[:k], argv[k + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default=os.environ.get('SEJAJAR', os.path.join(ROOT, '.build/release/sejajar')))
    ap.add_argument('--corpora', default=os.environ.get('CORPORA', os.path.join(ROOT, '../shared/corpora')))
    ap.add_argument('--pairs', default=DEFAULT_PAIRS, help='comma-separated SRC-TGT list (default: %(default)s)')
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--features', metavar='DIR')
    ap.add_argument('--json', metavar='FILE')
    ap.add_argument('--verdicts', action='store_true')
    a = ap.parse_args(argv)
    a.extra = extra
    a.bin = os.path.abspath(a.bin)
    a.multi = os.path.abspath(os.path.join(a.corpora, 'ntrex-multi'))
    a.pairs = [tuple(p.split('-')) for p in a.pairs.split(',') if p]
    for s, t in a.pairs:
        if s not in LANGUAGES or t not in LANGUAGES or s == t:
            ap.error(f'{s}-{t}: languages of ntrex-multi are {" ".join(LANGUAGES)}')
    return a


def evaluate(binary, golds, tests):
    out = subprocess.run([binary, 'evaluate', '--gold', *golds, '--test', *tests, '--json'],
                         capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    r = d.get('reliability', {})
    return {'strictF1': d['strictF1'], 'laxF1': d.get('laxF1'), 'beads': r.get('beads', 0),
            'ece': r.get('calibrationError'), 'confident': r.get('confident', 0),
            'confidentExact': r.get('confidentExact'), 'exactConfident': r.get('exactConfident'),
            'nullReproduced': r.get('nullReproduced', 0), 'goldNull': r.get('goldNull', 0)}


def run_pair(a, pair, root):
    s, t = pair
    work = os.path.join(root, f'{s}-{t}')
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    subprocess.run([sys.executable, os.path.join(a.multi, 'perturb.py'), s, t, work, '--seed', str(a.seed),
                    '--docs', os.path.join(a.multi, 'docs')], check=True)
    docs = sorted(int(f[3:6]) for f in os.listdir(work) if f.endswith('.gold'))
    with open(os.path.join(work, 'pairs.tsv'), 'w') as f:
        for k in docs:
            f.write(f'{work}/doc{k:03d}.{s}\t{work}/doc{k:03d}.{t}\n')
    sentences = sum(sum(1 for _ in open(f'{work}/doc{k:03d}.{x}', encoding='utf-8')) for k in docs for x in (s, t))
    env = dict(os.environ)
    env.pop('SEJAJAR_FEATURES', None)
    if a.features:
        env['SEJAJAR_FEATURES'] = os.path.join(work, 'features.jsonl')
        if os.path.exists(env['SEJAJAR_FEATURES']):
            os.remove(env['SEJAJAR_FEATURES'])
    out = os.path.join(work, 'out')
    started = time.monotonic()
    subprocess.run([a.bin, 'align', '--batch', os.path.join(work, 'pairs.tsv'), '--from', s, '--to', t, '--input', 'lines',
                    '--format', 'ladder', '--output-dir', out, '--quiet', *a.extra], check=True, env=env)
    seconds = time.monotonic() - started
    result = {'pair': f'{s}-{t}', 'seconds': seconds, 'sentences': sentences, 'halves': {}}
    if a.verdicts:
        saved = os.path.join(work, 'json')
        env.pop('SEJAJAR_FEATURES', None)
        subprocess.run([a.bin, 'align', '--batch', os.path.join(work, 'pairs.tsv'), '--from', s, '--to', t, '--input', 'lines',
                        '--format', 'json', '--output-dir', saved, '--quiet', *a.extra], check=True, env=env)
        counts = {}
        for name in os.listdir(saved):
            verdict = json.load(open(os.path.join(saved, name))).get('verdict', '?')
            counts[verdict] = counts.get(verdict, 0) + 1
        result['verdicts'] = counts
    for name, members in HALVES:
        chosen = [k for k in docs if k in members]
        if chosen:
            result['halves'][name] = evaluate(a.bin, [f'{work}/doc{k:03d}.gold' for k in chosen],
                                              [f'{out}/doc{k:03d}.{s}.ladder' for k in chosen])
    return result


def line(pair, half, e):
    fmt = lambda v, spec: '-' if v is None else format(v, spec)
    null = f"{e['nullReproduced']}/{e['goldNull']}" if e['goldNull'] else '-'
    seen = 'dev' if pair in DEV_PAIRS else 'unseen'
    return (f"{pair:<7} {seen:<6} {half:<6} {e['strictF1']:.3f}  {fmt(e['ece'], '.3f'):>5}  {fmt(e['confidentExact'], '.3f'):>5} "
            f"({e['confident']:>4})  {fmt(e['exactConfident'], '.3f'):>5}  {null:>6}")


def main():
    a = parse()
    if not os.access(a.bin, os.X_OK):
        sys.exit(f'{a.bin}: no such binary (--bin, or SEJAJAR=)')
    root = os.path.abspath(a.features) if a.features else tempfile.mkdtemp(prefix='multi-pairs-')
    os.makedirs(root, exist_ok=True)
    results = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
            results = list(pool.map(lambda p: run_pair(a, p, root), a.pairs))
    finally:
        if not a.features:
            shutil.rmtree(root, ignore_errors=True)
    print(f'ntrex-multi perturbed (seed {a.seed}), one --batch call of 80 documents per pair; {os.path.basename(a.bin)}'
          + (f' {" ".join(a.extra)}' if a.extra else ''))
    print(f"{'pair':<7} {'fitted':<6} {'docs':<6} {'F1':>5}  {'ECE':>5}  {'>=0.9 exact':>12}  {'ex>=.9':>5}  {'1-0/0-1':>6}")
    for r in results:
        for half, e in r['halves'].items():
            print(line(r['pair'], half, e))
    print()
    print(f"{'pair':<7} {'align s':>8} {'sentences':>10} {'sent/s':>7}" + ('   verdicts of 80 (parallel/partial/comparable/unrelated)' if a.verdicts else ''))
    for r in results:
        v = r.get('verdicts')
        verdicts = '   ' + '/'.join(str(v.get(k, 0)) for k in ('parallel', 'partial', 'comparable', 'unrelated')) if v else ''
        print(f"{r['pair']:<7} {r['seconds']:>8.2f} {r['sentences']:>10} {r['sentences'] / r['seconds']:>7.0f}{verdicts}")
    # A summary over pairs: the mean and the worst of each measure on documents 40-79, of the
    # pairs fitted on (their documents 0-39) and of the unseen ones.
    for label, chosen in (('fitted pairs', [r for r in results if r['pair'] in DEV_PAIRS]),
                          ('unseen pairs', [r for r in results if r['pair'] not in DEV_PAIRS])):
        held = [r['halves']['40-79'] for r in chosen if '40-79' in r['halves']]
        if not held:
            continue
        f1 = [e['strictF1'] for e in held]
        ece = [e['ece'] for e in held if e['ece'] is not None]
        null = sum(e['nullReproduced'] for e in held), sum(e['goldNull'] for e in held)
        print(f"40-79, {len(held)} {label}: F1 mean {sum(f1) / len(f1):.3f} worst {min(f1):.3f}; "
              f"ECE mean {sum(ece) / max(1, len(ece)):.3f} worst {max(ece, default=0):.3f}; 1-0/0-1 reproduced {null[0]}/{null[1]}")
    if a.json:
        with open(a.json, 'w') as f:
            json.dump({'seed': a.seed, 'binary': a.bin, 'extra': a.extra, 'pairs': results}, f, indent=1)


if __name__ == '__main__':
    main()
