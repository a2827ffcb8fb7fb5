#!/usr/bin/python3
"""`sejajar memory` at a million units, beside translate-toolkit's tmdb (Debian's, the engine of
`build_tmdb` and `tmserver`).

The memory: NTREX-128 documents 0-79 in 23 languages (ntrex-multi's 20 and ntrex-es-id's es, id,
vi; line k of every file renders the same English sentence), every ordered pair of languages of
every line, then of every two adjacent lines of a document (what a 2-2 bead or a paragraph unit
holds), up to --units units (1,000,000), written as one TMX file per source language ... as one
TMX file.

Held-out queries: sentences of documents 40-79 (test) and 0-39 (dev), 200 of each per experiment,
in languages written with spaces between words. A held-out sentence is never a source in the
store; what is planted for it is:
  - agreement: one edited version of it (a word replaced, dropped or added, a number changed,
    punctuation changed), paired with the same line in another language. The query is the
    sentence: does Sejajar's best match equal translate-toolkit's where both find one?
  - numbers: two edited versions, one with a number changed, one with a word replaced. Does
    Sejajar rank the number-only difference first, every time? (And translate-toolkit?)
Timings: `sejajar memory add` of the whole TMX; `memory search` (two words of a held-out sentence;
and a piece of a word with --substring) and `memory lookup --top 5` per query, each one process
as a user runs it, median over 200 queries; translate-toolkit's `TMDB.add_list` and
`translate_unit` through its Python API (the same calls build_tmdb and tmserver make).

Usage: memory.py BIN [--corpus ../shared/corpora] [--units 1000000] [--queries 200] [--no-peer]
       [--peer-jobs 2] [--peer-cases agreement]
"""
import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import json
from xml.sax.saxutils import escape

MULTI = ["en", "de", "fr", "pt", "it", "pl", "tr", "ru", "ar", "he", "zh", "ja", "ko", "th", "km", "hi", "sw", "fil", "ms", "is"]
ESID = ["es", "id", "vi"]
# Languages with spaces between words, where queries are drawn (tokens are words).
SPACED = ["en", "de", "fr", "pt", "it", "pl", "tr", "ru", "es", "id", "vi", "ms", "sw", "fil"]
NUMBER = re.compile(r"\d+")


def documents(corpus):
    """{lang: [[line, ...] per document 0-79]}"""
    texts = {}
    for lang in MULTI + ESID:
        folder = os.path.join(corpus, "ntrex-multi/docs" if lang in MULTI else "ntrex-es-id/docs")
        texts[lang] = []
        for d in range(80):
            with open(os.path.join(folder, "doc%03d.%s" % (d, lang)), encoding="utf-8") as f:
                texts[lang].append([line.strip() for line in f.read().split("\n") if line.strip()])
    for d in range(80):
        if len({len(texts[lang][d]) for lang in texts}) != 1:
            sys.exit("document %d has different line counts across languages" % d)
    return texts


def edit(sentence, kind, rng, vocabulary):
    """An edited version of `sentence`, or None when the edit does not apply."""
    words = sentence.split(" ")
    if kind == "number":
        numbers = [m for m in NUMBER.finditer(sentence)]
        if not numbers:
            return None
        m = rng.choice(numbers)
        value = int(m.group()) + rng.randint(1, 9)
        return sentence[:m.start()] + str(value) + sentence[m.end():]
    plain = [k for k, w in enumerate(words) if w.isalpha() and len(w) > 2]
    if not plain:
        return None
    k = rng.choice(plain)
    if kind == "replace":
        other = rng.choice(vocabulary)
        if other == words[k]:
            return None
        words[k] = other
    elif kind == "drop":
        if len(words) < 5:
            return None
        del words[k]
    elif kind == "add":
        words.insert(k, rng.choice(vocabulary))
    elif kind == "punctuation":
        if sentence.endswith("."):
            return sentence[:-1] + "!"
        return sentence + "."
    return " ".join(words)


def median_ms(times):
    return statistics.median(times) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("--corpus", default="../shared/corpora")
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--no-peer", action="store_true", help="skip translate-toolkit")
    parser.add_argument("--keep", help="keep the TMX and stores in this folder")
    parser.add_argument("--peer-jobs", type=int, default=1,
                        help="translate-toolkit's queries in this many processes (each a few seconds at 1M units)")
    parser.add_argument("--peer-cases", choices=["all", "agreement"], default="all",
                        help="ask translate-toolkit every query, or only the agreement ones (the number ranking is then Sejajar's alone)")
    args = parser.parse_args()
    rng = random.Random(33)
    texts = documents(args.corpus)
    langs = MULTI + ESID
    work = args.keep or tempfile.mkdtemp(prefix="sejajar-memory-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        run(args, rng, texts, langs, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(args, rng, texts, langs, work):
    vocabulary = {lang: sorted({w for doc in texts[lang] for line in doc for w in line.split(" ") if w.isalpha() and len(w) > 2}) for lang in SPACED}
    # Held-out sentences: (split, lang, doc, line), disjoint between the two experiments.
    def pick(split, count, need_number, taken):
        docs = range(0, 40) if split == "dev" else range(40, 80)
        pool = [(lang, d, k) for lang in SPACED for d in docs for k, line in enumerate(texts[lang][d])
                if len(line.split(" ")) >= 6 and (not need_number or NUMBER.search(line)) and (lang, d, k) not in taken]
        rng.shuffle(pool)
        chosen = []
        for item in pool:
            if len(chosen) == count:
                break
            chosen.append(item)
            taken.add(item)
        return chosen
    taken = set()
    held = {}
    for split in ("test", "dev"):
        held[("numbers", split)] = pick(split, args.queries, True, taken)
    for split in ("test", "dev"):
        held[("agreement", split)] = pick(split, args.queries, False, taken)
    excluded = {(lang, texts[lang][d][k]) for items in held.values() for lang, d, k in items}

    # Planted units: (source lang, source text, target lang, target text).
    planted = []
    cases = {}
    kinds = ["replace", "drop", "add", "number", "punctuation"]
    edits_used = {}
    for (experiment, split), items in held.items():
        cases[(experiment, split)] = []
        for lang, d, k in items:
            sentence = texts[lang][d][k]
            other = rng.choice([l for l in langs if l != lang])
            target = texts[other][d][k]
            if experiment == "agreement":
                for _ in range(20):
                    kind = rng.choice(kinds)
                    variant = edit(sentence, kind, rng, vocabulary[lang])
                    if variant and variant != sentence:
                        break
                else:
                    continue
                edits_used[kind] = edits_used.get(kind, 0) + 1
                planted.append((lang, variant, other, target))
                cases[(experiment, split)].append((lang, other, sentence, variant))
            else:
                number = edit(sentence, "number", rng, vocabulary[lang])
                for _ in range(20):
                    word = edit(sentence, "replace", rng, vocabulary[lang])
                    if word and word != sentence:
                        break
                else:
                    continue
                planted.append((lang, number, other, target))
                planted.append((lang, word, other, target))
                cases[(experiment, split)].append((lang, other, sentence, number, word))

    # The TMX: planted units first, then every ordered pair of every line, then of every two lines.
    tmx = os.path.join(work, "memory.tmx")
    units = 0
    sources = []  # for translate-toolkit: (source lang, target lang, source, target)
    with open(tmx, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" '
                  'segtype="sentence" o-tmf="x" adminlang="en" srclang="*all*" datatype="plaintext"/>\n<body>\n')

        def unit(a, s, b, t):
            nonlocal units
            out.write('<tu srclang="%s" creationdate="20240301T120000Z"><tuv xml:lang="%s"><seg>%s</seg></tuv><tuv xml:lang="%s"><seg>%s</seg></tuv></tu>\n'
                      % (a, a, escape(s), b, escape(t)))
            sources.append((a, b, s, t))
            units += 1

        for a, s, b, t in planted:
            unit(a, s, b, t)
        for window in (1, 2):
            for d in range(80):
                n = len(texts["en"][d])
                for k in range(n - window + 1):
                    for a in langs:
                        s = " ".join(texts[a][d][k:k + window])
                        if window == 1 and (a, s) in excluded:
                            continue
                        for b in langs:
                            if a != b and units < args.units:
                                unit(a, s, b, " ".join(texts[b][d][k:k + window]))
        out.write("</body>\n</tmx>\n")
    tmx_bytes = os.path.getsize(tmx)
    segments = len({(a, s) for a, b, s, t in sources} | {(b, t) for a, b, s, t in sources})
    print("TMX: %d units (%d planted for the queries), %d MB, %d distinct segments, edits planted: %s"
          % (units, len(planted), tmx_bytes >> 20, segments, ", ".join("%s %d" % kv for kv in sorted(edits_used.items()))))

    # Sejajar: add.
    store = os.path.join(work, "memory.sqlite")
    started = time.time()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", args.bin, "memory", "add", tmx, "--memory", store, "--quiet"],
                            capture_output=True, text=True)
    added = time.time() - started
    if result.returncode != 0:
        sys.exit("sejajar memory add failed: " + result.stderr)
    peak = int(result.stderr.strip().splitlines()[-1]) >> 10
    store_bytes = os.path.getsize(store) + (os.path.getsize(store + "-wal") if os.path.exists(store + "-wal") else 0)
    print("sejajar memory add: %.1f s (%.0f units/s), peak %d MB; store %d MB, %.2f x the TMX"
          % (added, units / added, peak, store_bytes >> 20, store_bytes / tmx_bytes))

    def sejajar(*arguments):
        started = time.time()
        result = subprocess.run([args.bin, "memory", *arguments, "--memory", store, "--format", "json", "--quiet"], capture_output=True, text=True)
        elapsed = time.time() - started
        if result.returncode != 0:
            sys.exit("sejajar memory %s failed: %s" % (arguments[0], result.stderr))
        return json.loads(result.stdout), elapsed

    # Search: two adjacent words of each held-out agreement sentence, and a piece of a word.
    for split in ("test", "dev"):
        word_times, piece_times, found = [], [], 0
        for lang, other, sentence, variant in cases[("agreement", split)]:
            words = [w for w in sentence.split(" ") if w.isalpha()]
            k = rng.randrange(max(1, len(words) - 1))
            hits, elapsed = sejajar("search", " ".join(words[k:k + 2]), "--from", lang)
            word_times.append(elapsed)
            found += bool(hits["hits"])
            long = max(words, key=len)
            _, elapsed = sejajar("search", long[1:6], "--substring", "--from", lang)
            piece_times.append(elapsed)
        print("search %s (%d held-out sentences): two words median %.0f ms (%d found), a five-letter piece with --substring median %.0f ms"
              % (split, len(word_times), median_ms(word_times), found, median_ms(piece_times)))

    # Lookups.
    ours = {}
    for key, items in cases.items():
        times, answers = [], []
        for case in items:
            lang, other, sentence = case[:3]
            answer, elapsed = sejajar("lookup", sentence, "--from", lang, "--to", other, "--top", "5")
            times.append(elapsed)
            answers.append(answer["matches"])
        ours[key] = (times, answers)
        print("lookup top-5 %s %s (%d held-out sentences): median %.0f ms, p90 %.0f ms"
              % (key[0], key[1], len(times), median_ms(times), sorted(times)[int(len(times) * 0.9)] * 1000))

    peer = None if args.no_peer else translate_toolkit(work, sources, cases, args.peer_jobs, args.peer_cases)

    def norm(text):
        return " ".join(text.split())

    for split in ("test", "dev"):
        items = cases[("agreement", split)]
        answers = ours[("agreement", split)][1]
        both = same = planted_first = 0
        for case, matches in zip(items, answers):
            lang, other, sentence, variant = case
            if matches and norm(matches[0]["unit"]["source"]["text"]) == norm(variant):
                planted_first += 1
            if peer is None:
                continue
            theirs = peer[("agreement", split)][1][items.index(case)]
            if matches and theirs:
                both += 1
                if (norm(matches[0]["unit"]["source"]["text"]), norm(matches[0]["unit"]["target"]["text"])) == (norm(theirs[0]["source"]), norm(theirs[0]["target"])):
                    same += 1
        line = "agreement %s: Sejajar's best match is the planted edit for %d of %d" % (split, planted_first, len(items))
        if peer is not None:
            line += "; the same unit as translate-toolkit's for %d of %d where both find one (%.1f %%)" % (same, both, 100.0 * same / max(1, both))
        print(line)
    for split in ("test", "dev"):
        items = cases[("numbers", split)]
        answers = ours[("numbers", split)][1]
        first = 0
        for (lang, other, sentence, number, word), matches in zip(items, answers):
            texts_ranked = [norm(m["unit"]["source"]["text"]) for m in matches]
            if norm(number) in texts_ranked and (norm(word) not in texts_ranked or texts_ranked.index(norm(number)) < texts_ranked.index(norm(word))):
                first += 1
        line = "number-only difference ranked above a word difference %s: Sejajar %d of %d" % (split, first, len(items))
        if peer is not None and ("numbers", split) in peer:
            theirs_first = 0
            for (lang, other, sentence, number, word), matches in zip(items, peer[("numbers", split)][1]):
                ranked = [norm(m["source"]) for m in matches]
                if norm(number) in ranked and (norm(word) not in ranked or ranked.index(norm(number)) < ranked.index(norm(word))):
                    theirs_first += 1
            line += ", translate-toolkit %d of %d" % (theirs_first, len(items))
        print(line)


_peer_db = None


def _peer_query(job):
    """One translate_unit in a worker process: (seconds, its answer)."""
    global _peer_db
    path, sentence, lang, other = job
    if _peer_db is None:
        import logging
        logging.disable(logging.WARNING)
        from translate.storage.tmdb import TMDB
        _peer_db = TMDB(path, max_candidates=5, min_similarity=70)
    started = time.time()
    answer = _peer_db.translate_unit(sentence, lang, other)
    return time.time() - started, answer


def translate_toolkit(work, sources, cases, jobs=1, which="all"):
    """translate-toolkit's tmdb: add_list per language pair, then translate_unit per query (in
    `jobs` processes, each with its own connection to the store; the times are each query's own)."""
    import logging
    logging.disable(logging.WARNING)
    from translate.storage.tmdb import TMDB
    path = os.path.join(work, "tmdb.sqlite")
    if os.path.exists(path):
        os.remove(path)
    db = TMDB(path, max_candidates=5, min_similarity=70)
    started = time.time()
    by_pair = {}
    for a, b, s, t in sources:
        by_pair.setdefault((a, b), []).append({"source": s, "target": t, "context": ""})
    for (a, b), units in by_pair.items():
        db.add_list(units, a, b)
    added = time.time() - started
    print("translate-toolkit tmdb add_list: %.1f s (%.0f units/s); store %d MB" % (added, len(sources) / added, os.path.getsize(path) >> 20))
    db = None
    results = {}
    import multiprocessing
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    for key, items in cases.items():
        if which == "agreement" and key[0] != "agreement":
            continue
        queries = [(path, case[2], case[0], case[1]) for case in items]
        done = pool.map(_peer_query, queries, chunksize=1) if pool else [_peer_query(q) for q in queries]
        times = [t for t, _ in done]
        answers = [a for _, a in done]
        results[key] = (times, answers)
        print("translate-toolkit translate_unit %s %s: median %.0f ms, p90 %.0f ms"
              % (key[0], key[1], median_ms(times), sorted(times)[int(len(times) * 0.9)] * 1000))
    if pool:
        pool.close()
        pool.join()
    return results


if __name__ == "__main__":
    main()
