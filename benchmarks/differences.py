#!/usr/bin/env python3
"""Where two versions differ, measured on all 80 NTREX documents (docs/, gold 1-1 line by line).

Two planted sets, each aligned in one --batch and one document at a time:
- deletions: the shortest inner sentence deleted from one side (the target in even-numbered
  documents, the source in odd ones); found when it comes out as exactly that 1-0 / 0-1 bead;
- moves: the longest inner target sentence moved to the end of its document; found when its
  source sentence and the moved target come out as one bead marked `moved`.
Usage: differences.py SEJAJAR CORPORA
"""
import json, os, subprocess, sys, tempfile

binary, corpora = sys.argv[1], sys.argv[2]
docs = os.path.join(corpora, 'ntrex-es-id', 'docs')
names = sorted(f[:-3] for f in os.listdir(docs) if f.endswith('.es') and os.path.exists(os.path.join(docs, f[:-3] + '.id')))


def lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().rstrip('\n').split('\n')


def write(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')


def plant(out, kind):
    """Writes the planted pairs; returns [(name, expected source, expected target)]."""
    expected = []
    for k, name in enumerate(names):
        es, idn = lines(os.path.join(docs, name + '.es')), lines(os.path.join(docs, name + '.id'))
        if len(es) != len(idn) or len(es) < 3:
            continue
        if kind == 'deletions':
            side = idn if k % 2 == 0 else es
            d = min(range(1, len(side) - 1), key=lambda i: len(side[i]))
            if k % 2 == 0:
                idn = idn[:d] + idn[d + 1:]
                expected.append((name, [d], []))
            else:
                es = es[:d] + es[d + 1:]
                expected.append((name, [], [d]))
        else:
            d = max(range(1, len(idn) - 1), key=lambda i: len(idn[i]))
            idn = idn[:d] + idn[d + 1:] + [idn[d]]
            expected.append((name, [d], [len(idn) - 1]))
        write(os.path.join(out, name + '.es'), es)
        write(os.path.join(out, name + '.id'), idn)
    return expected


def found(path, source, target, moved):
    with open(path, encoding='utf-8') as f:
        beads = json.load(f)['beads']
    return any(b['source'] == source and b['target'] == target and (not moved or b.get('moved')) for b in beads)


with tempfile.TemporaryDirectory() as tmp:
    for kind in ('deletions', 'moves'):
        folder = os.path.join(tmp, kind)
        os.makedirs(folder)
        expected = plant(folder, kind)
        with open(os.path.join(folder, 'pairs.tsv'), 'w') as f:
            for name, _, _ in expected:
                f.write(f'{folder}/{name}.es\t{folder}/{name}.id\n')
        subprocess.run([binary, 'align', '--batch', os.path.join(folder, 'pairs.tsv'), '--from', 'es', '--to', 'id', '--input', 'lines',
                        '--output-dir', os.path.join(folder, 'batch'), '--quiet'], check=True)
        os.makedirs(os.path.join(folder, 'alone'))
        for name, _, _ in expected:
            subprocess.run([binary, 'align', f'{folder}/{name}.es', f'{folder}/{name}.id', '--from', 'es', '--to', 'id', '--input', 'lines',
                            '--output', f'{folder}/alone/{name}.json', '--quiet'], check=True)
        batch = sum(found(f'{folder}/batch/{name}.es.json', s, t, kind == 'moves') for name, s, t in expected)
        alone = sum(found(f'{folder}/alone/{name}.json', s, t, kind == 'moves') for name, s, t in expected)
        what = 'deleted sentences found as 1-0/0-1' if kind == 'deletions' else 'moved sentences found as one moved pair'
        print(f'{what}: {batch} of {len(expected)} in one batch, {alone} alone')
