#!/usr/bin/env python3
"""Verdicts on real and on unrelated document pairs of ntrex-multi, and what the rule reads.

For each pair SRC-TGT: the 80 real pairs (perturbed by the corpus's `perturb.py --seed 13`, as
benchmarks/multi-pairs.py aligns them) and 80 pairs of unrelated documents (document k against
document k + 37 mod 80, unperturbed), each set in ONE `sejajar align --batch` call. Counts the
verdicts (parallel/partial/comparable/unrelated) on documents 0-39 and 40-79 separately: a real
pair should be a translation (parallel or partial), an unrelated one should not. From the beads'
feature dump (SEJAJAR_FEATURES) it also prints what VerdictRule.standsOut reads: the share of a
path's beads that are one-to-one and stand at least 1 background spread above the background
(the highest share among unrelated pairs, and the 5th percentile among real ones), the figures
JudgeParameters.translationStandingShare was set from on documents 0-39 of the development pairs.

usage: python3 benchmarks/verdicts.py [--bin BINARY] [--corpora DIR] [--pairs ja-th,en-zh,...]
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAIRS = 'de-fr,en-zh,ar-he,ja-th,en-hi,tr-ru,km-en,en-ja,zh-ko,en-sw,th-en,ko-ar,fil-ms,pt-is'
VERDICTS = ('parallel', 'partial', 'comparable', 'unrelated')
HALVES = (('0-39', range(0, 40)), ('40-79', range(40, 80)))


def align(binary, pairs_tsv, s, t, out, dump):
    """Verdicts by source document index, and the standing share of each document (from the dump)."""
    env = dict(os.environ, SEJAJAR_FEATURES=dump)
    run = subprocess.run([binary, 'align', '--batch', pairs_tsv, '--from', s, '--to', t, '--input', 'lines', '--format', 'ladder',
                          '--output-dir', out], capture_output=True, text=True, check=True, env=env)
    verdicts = {}
    for line in run.stderr.splitlines():
        m = re.match(r'(\S+) ↔ \S+: (parallel|partial|comparable|unrelated),', line)
        if m:
            verdicts[int(re.search(r'doc(\d+)', os.path.basename(m.group(1))).group(1))] = m.group(2)
    beads = collections.defaultdict(list)
    for line in open(dump):
        item = json.loads(line)
        beads[item['doc']].append(item)
    share = {}
    for doc, items in beads.items():
        ones = [i for i in items if i['kind'] == 'pair']
        # aboveBackground is written relative to the document's median one-to-one bead
        # (PairFeatures.values: feature 2 minus the typical, feature 9 the typical within -1...3;
        # above 3 this undercounts what the aligner counts, on pairs that stand out anyway).
        standing = sum(1 for i in ones if i['features'][2] + i['features'][9] >= 1)
        share[int(re.search(r'doc(\d+)', os.path.basename(doc)).group(1))] = standing / len(items)
    return verdicts, share


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default=os.environ.get('SEJAJAR', os.path.join(ROOT, '.build/release/sejajar')))
    ap.add_argument('--corpora', default=os.environ.get('CORPORA', os.path.join(ROOT, '../shared/corpora')))
    ap.add_argument('--pairs', default=PAIRS)
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    multi = os.path.join(os.path.abspath(a.corpora), 'ntrex-multi')
    print(f"{'pair':<7} {'docs':<6} {'real: par/part/comp/unrel':>26} {'unrelated docs: par/part/comp/unrel':>36}  "
          f"{'real share p5':>13} {'unrelated share max':>19}")
    wrong = collections.Counter()
    with tempfile.TemporaryDirectory() as work:
        for pair in a.pairs.split(','):
            s, t = pair.split('-')
            real_dir = os.path.join(work, pair)
            subprocess.run([sys.executable, os.path.join(multi, 'perturb.py'), s, t, real_dir, '--seed', '13',
                            '--docs', os.path.join(multi, 'docs')], check=True, stdout=subprocess.DEVNULL)
            docs = sorted(int(f[3:6]) for f in os.listdir(real_dir) if f.endswith('.gold'))
            real_tsv, cross_tsv = os.path.join(work, f'{pair}.real.tsv'), os.path.join(work, f'{pair}.cross.tsv')
            with open(real_tsv, 'w') as f:
                f.writelines(f'{real_dir}/doc{k:03d}.{s}\t{real_dir}/doc{k:03d}.{t}\n' for k in docs)
            with open(cross_tsv, 'w') as f:
                f.writelines(f'{multi}/docs/doc{k:03d}.{s}\t{multi}/docs/doc{(k + 37) % 80:03d}.{t}\n' for k in docs)
            real = align(binary, real_tsv, s, t, os.path.join(work, f'{pair}.real'), os.path.join(work, f'{pair}.real.jsonl'))
            cross = align(binary, cross_tsv, s, t, os.path.join(work, f'{pair}.cross'), os.path.join(work, f'{pair}.cross.jsonl'))
            for half, members in HALVES:
                counts = [collections.Counter(v for k, v in verdicts.items() if k in members) for verdicts, _ in (real, cross)]
                shares = [sorted(v for k, v in share.items() if k in members) for _, share in (real, cross)]
                cells = ['/'.join(str(c[v]) for v in VERDICTS) for c in counts]
                p5 = shares[0][len(shares[0]) // 20] if shares[0] else float('nan')
                top = shares[1][-1] if shares[1] else float('nan')
                print(f'{pair:<7} {half:<6} {cells[0]:>26} {cells[1]:>36}  {p5:>13.2f} {top:>19.2f}', flush=True)
                wrong['real not a translation'] += counts[0]['comparable'] + counts[0]['unrelated']
                wrong['unrelated taken for a translation'] += counts[1]['parallel'] + counts[1]['partial']
    print('; '.join(f'{k}: {v}' for k, v in wrong.items()))


if __name__ == '__main__':
    main()
