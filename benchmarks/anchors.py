#!/usr/bin/env python3
"""Whether the term base informs the aligner without overriding it: strict F1 of `align` (one
`--batch`, and each document alone) with and without `--glossary` on the three-way NTREX set (vi, es, id: the term base's languages),
clean documents and documents perturbed by ntrex-multi's perturb.py (joined and dropped
sentences), documents 0-39 and 40-79 apart.

    python3 benchmarks/anchors.py BIN [CORPORA] [--before OLD-BIN]

With --before, the same runs of another binary are printed beside (the word-by-word anchors of
467b9e0 against whole-term concept tokens)."""
import json, os, subprocess, sys, tempfile

args = [a for a in sys.argv[1:] if not a.startswith('--')]
BIN = os.path.abspath(args[0])
CORPORA = os.path.abspath(args[1] if len(args) > 1 else '../shared/corpora')
BEFORE = os.path.abspath(sys.argv[sys.argv.index('--before') + 1]) if '--before' in sys.argv else None
if BEFORE and BEFORE in [os.path.abspath(a) for a in args[1:]]:
    args = [a for a in args if os.path.abspath(a) != BEFORE]
NT = os.path.join(CORPORA, 'ntrex-es-id', 'docs')
GLOSSARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Glossary', 'political-administrative.tbx')
PERTURB = os.path.join(CORPORA, 'ntrex-multi', 'perturb.py')
PAIRS = [('vi', 'es'), ('vi', 'id'), ('es', 'id')]

def f1(binary, golds, tests):
    out = subprocess.run([binary, 'evaluate', '--gold', *golds, '--test', *tests, '--json'], check=True, capture_output=True, text=True).stdout
    return json.loads(out)['strictF1']

def run(binary, work, s, t, folder, glossary, alone):
    docs = sorted(f[:-3] for f in os.listdir(folder) if f.endswith('.' + s))
    out = os.path.join(work, 'out')
    extra = ['--glossary', GLOSSARY] if glossary else []
    if alone:
        os.makedirs(out, exist_ok=True)
        for d in docs:
            subprocess.run([binary, 'align', f'{folder}/{d}.{s}', f'{folder}/{d}.{t}', '--from', s, '--to', t, '--input', 'lines',
                            '--format', 'ladder', '--output', f'{out}/{d}.{s}.ladder', '--quiet'] + extra, check=True)
    else:
        pairs = os.path.join(work, 'pairs.tsv')
        open(pairs, 'w').write(''.join(f'{folder}/{d}.{s}\t{folder}/{d}.{t}\n' for d in docs))
        subprocess.run([binary, 'align', '--batch', pairs, '--from', s, '--to', t, '--input', 'lines', '--format', 'ladder',
                        '--output-dir', out, '--quiet'] + extra, check=True)
    figures = []
    for half in (range(0, 40), range(40, 80)):
        names = [d for d in docs if int(d[3:6]) in half]
        golds = [f'{folder}/{d}.gold' for d in names]
        figures.append(f1(BIN, golds, [f'{out}/{d}.{s}.ladder' for d in names]))
    return figures

with tempfile.TemporaryDirectory() as work:
    print(f'{"pair":6} {"set":9} {"mode":6} {"binary":7} {"without":>15} {"--glossary":>15}   (strict F1, documents 0-39 / 40-79)')
    for s, t in PAIRS:
        clean = os.path.join(work, f'clean-{s}-{t}')
        os.makedirs(clean)
        for k in range(80):
            for lang in (s, t):
                os.symlink(f'{NT}/doc{k:03d}.{lang}', f'{clean}/doc{k:03d}.{lang}')
            n = len(open(f'{NT}/doc{k:03d}.{s}', encoding='utf-8').read().splitlines())
            open(f'{clean}/doc{k:03d}.gold', 'w').write(''.join(f'[{i}]:[{i}]\n' for i in range(n)))
        perturbed = os.path.join(work, f'perturbed-{s}-{t}')
        subprocess.run([sys.executable, PERTURB, s, t, perturbed, '--seed', '13', '--docs', NT], check=True)
        for name, folder in (('clean', clean), ('perturbed', perturbed)):
            for mode in ('batch', 'alone'):
                for label, binary in ([('before', BEFORE)] if BEFORE else []) + [('now', BIN)]:
                    a = run(binary, work, s, t, folder, False, mode == 'alone')
                    b = run(binary, work, s, t, folder, True, mode == 'alone')
                    print(f'{s}-{t:3} {name:9} {mode:6} {label:7} {a[0]:.4f}/{a[1]:.4f}   {b[0]:.4f}/{b[1]:.4f}', flush=True)
