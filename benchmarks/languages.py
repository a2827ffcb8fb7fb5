#!/usr/bin/env python3
"""How well Sejajar tells a text's language (LanguageProfile), on the 80 NTREX documents in 23
languages (ntrex-multi and ntrex-es-id's es, id, vi): how often `sejajar text` without --language
names the right one (or says it cannot tell: never a wrong one is the aim), how often a text
declared in its own language gets a warning (false alarms), and how often one declared in
another language does (detections), for pairs that are easy to mix up.

    python3 benchmarks/languages.py BIN [CORPORA]"""
import collections, glob, os, subprocess, sys

BIN = os.path.abspath(sys.argv[1])
CORPORA = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '../shared/corpora')
files = [(p, p.rsplit('.', 1)[1]) for p in sorted(glob.glob(f'{CORPORA}/ntrex-multi/docs/doc0[0-7][0-9].*'))]
files += [(p, p.rsplit('.', 1)[1]) for p in sorted(glob.glob(f'{CORPORA}/ntrex-es-id/docs/doc0[0-7][0-9].*')) if p.rsplit('.', 1)[1] in ('es', 'id', 'vi')]

def text(path, language=None):
    return subprocess.run([BIN, 'text', path, '--input', 'lines'] + (['--language', language] if language else []),
                          capture_output=True, text=True).stderr

right, wrong, undecided, alarms, total = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for path, lang in files:
    total[lang] += 1
    said = text(path)
    guess = said.split('(')[1].split(')')[0] if 'read as' in said else None
    if guess is None: undecided[lang] += 1
    elif guess == lang or (lang == 'ms' and guess == 'id'): right[lang] += 1
    else: wrong[lang] += 1
    if 'warning' in text(path, lang): alarms[lang] += 1
print(f'{"language":9} {"named":>6} {"wrong":>6} {"unsure":>6} {"false alarms":>13}   (of 80 documents each)')
for lang in sorted(total):
    print(f'{lang:9} {right[lang]:6} {wrong[lang]:6} {undecided[lang]:6} {alarms[lang]:13}')
print(f'{"all":9} {sum(right.values()):6} {sum(wrong.values()):6} {sum(undecided.values()):6} {sum(alarms.values()):13}   of {sum(total.values())}')
print('a text declared in another language: warned')
for actual, declared in [('es', 'id'), ('id', 'es'), ('es', 'vi'), ('vi', 'es'), ('es', 'pt'), ('pt', 'es'), ('it', 'es'), ('de', 'en'),
                         ('tr', 'en'), ('ms', 'en'), ('zh', 'ja'), ('ja', 'zh'), ('ko', 'zh'), ('ar', 'he'), ('ru', 'en'), ('th', 'km')]:
    paths = [p for p, l in files if l == actual]
    warned = sum('warning' in text(p, declared) for p in paths)
    print(f'  {actual} as {declared}: {warned}/{len(paths)}')
