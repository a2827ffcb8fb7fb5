#!/usr/bin/env python3
"""How fast the review editor answers: `sejajar review` (release build) on a 500-sentence pair
and on a 20,000-sentence pair, edits sent over HTTP as the page sends them, each timed from
request to answer (re-alignment, checks, the new state as JSON). Whole-document time to load
(align, learn the lexicon, check) is printed beside it. Targets (issue 17): an edit on the
500-sentence document under 300 ms; on the 20k document the first edit under 1 s.

    python3 benchmarks/review.py .build/release/sejajar [CORPORA]
"""
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

BIN = sys.argv[1]
CORPORA = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora"
DOCS = os.path.join(CORPORA, "ntrex-es-id", "docs")


def pair(folder, sentences):
    """NTREX documents one after another (a blank line between documents) up to `sentences`
    lines a side, repeating the set if needed."""
    names = sorted(n[:-3] for n in os.listdir(DOCS) if n.endswith(".es"))
    es, id_, count, k = [], [], 0, 0
    while count < sentences:
        name = names[k % len(names)]
        a = [x for x in open(os.path.join(DOCS, name + ".es"), encoding="utf-8").read().split("\n") if x.strip()]
        b = [x for x in open(os.path.join(DOCS, name + ".id"), encoding="utf-8").read().split("\n") if x.strip()]
        take = min(len(a), sentences - count)
        es += a[:take] + [""]
        id_ += b[:take] + [""]
        count += take
        k += 1
    paths = []
    for lang, lines in (("es", es), ("id", id_)):
        path = os.path.join(folder, "long%d.%s" % (sentences, lang))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines).strip() + "\n")
        paths.append(path)
    return paths


class Session:
    def __init__(self, paths, folder):
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [BIN, "review", paths[0], paths[1], "--from", "es", "--to", "id", "--input", "lines", "--quiet",
             "--output", os.path.join(folder, "saved.json")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        url = self.process.stdout.readline().strip()
        self.load = time.perf_counter() - started
        if not url.startswith("http://127.0.0.1:"):
            raise SystemExit("review did not start: " + self.process.stderr.read())
        self.base, self.token = url.split("?token=")[0], url.split("?token=")[1]

    def call(self, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, headers={"X-Sejajar-Token": self.token, "Content-Type": "application/json"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request) as answer:
                payload = answer.read()
                status = answer.status
        except urllib.error.HTTPError as error:
            payload, status = error.read(), error.code
        return status, json.loads(payload), time.perf_counter() - started

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def edits(state, rng, count):
    """A mix of edits at random places, as a reviewer makes them."""
    made = []
    beads = state["beads"]
    for k in range(count):
        b = rng.randrange(1, len(beads) - 2)
        bead = beads[b]
        kind = k % 6
        if kind == 0:
            made.append(("merge", {"op": "merge", "bead": b}))
        elif kind == 1:
            made.append(("lock", {"op": "lock", "bead": b}))
        elif kind == 2:
            s, t = bead["source"][0], bead["target"][0]
            made.append(("pair", {"op": "pair", "source": [s, s + 1], "target": [t + 1, t + 2]}))
        elif kind == 3:
            made.append(("unpair", {"op": "unpair", "side": "target", "sentence": bead["target"][0]}))
        elif kind == 4:
            made.append(("unlock", {"op": "unlock", "bead": b}))
        else:
            made.append(("undo", {"op": "undo"}))
    return made


def run(sentences, count, folder):
    paths = pair(folder, sentences)
    session = Session(paths, folder)
    status, state, state_seconds = session.call("state")
    n = len(state["source"]["sentences"])
    rng = random.Random(sentences)
    times, refused = {}, 0
    first = None
    for name, body in edits(state, rng, count):
        body["revision"] = state["revision"]
        status, answer, seconds = session.call("edit", body)
        if first is None:
            first = seconds
        if status != 200:
            refused += 1
            continue
        state = answer
        times.setdefault(name, []).append(seconds)
    session.close()
    every = [t for ts in times.values() for t in ts]
    print("%d sentences a side (%d beads): load %.2f s (align, lexicon, checks), GET /state %.0f ms" % (n, len(state["beads"]), session.load, state_seconds * 1000))
    print("  first edit %.0f ms; %d edits: median %.0f ms, 90th percentile %.0f ms, max %.0f ms (%d refused as invalid)" % (
        first * 1000, len(every), statistics.median(every) * 1000, sorted(every)[int(0.9 * (len(every) - 1))] * 1000, max(every) * 1000, refused))
    print("  by edit: " + ", ".join("%s %.0f ms" % (name, statistics.median(ts) * 1000) for name, ts in sorted(times.items())))
    return first, every


with tempfile.TemporaryDirectory() as folder:
    _, small = run(500, 60, folder)
    first, _ = run(20000, 12, folder)
    print("targets: 500-sentence edit max %.0f ms (< 300 ms: %s); 20k first edit %.0f ms (< 1000 ms: %s)" % (
        max(small) * 1000, "met" if max(small) < 0.3 else "NOT met", first * 1000, "met" if first < 1 else "NOT met"))
