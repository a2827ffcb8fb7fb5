#!/usr/bin/env python3
"""PDF readers side by side on the producer corpus (Tests/SejajarKitTests/Fixtures/pdf-producers):
for every PDF, the share of its source sentences each reader reads exactly, and the running heads
and page numbers it leaks into content. Readers: Sejajar (`sejajar text FILE --json`: its content,
heading, caption and note sentences), poppler's `pdftotext` (plain and `-layout`), pdfminer.six
(`extract_text`, default layout analysis), and poppler-glib's own page text in the order
`poppler_page_get_text` gives it (what Sejajar's PDFFile starts from, before PDFReader reorders
it; through PyGObject, column "glib", when a Python with gi and Poppler 0.18 is at hand).

    python3 benchmarks/pdf-readers.py .build/release/sejajar Tests/SejajarKitTests/Fixtures/pdf-producers
        [--pdfminer-python PY] [--venv DIR] [--glib-python PY] [--json OUT] [--verbose] [--check]

What "read exactly" means. Each corpus file NAME.pdf has NAME.sentences, its source text one
sentence per line in reading order (notes after the body, a sidebar after the main text), and
corpus.json says which sentences have no place in that order (notes, sidebars). A reader's text
and every sentence are normalised the same way: bidirectional control characters (U+200E/F,
U+202A-E, U+2066-9, which pdftotext puts around right-to-left runs) removed, runs of white space
(line and page breaks included) made one space, and a space with a CJK character on either side
removed. A sentence is *found* when it occurs, normalised, as a substring of the reader's
normalised text; it is *read exactly* when it is found and in order: the ordered sentences read
exactly are a longest chain of found sentences whose positions in the text rise with their order
in the source (a longest increasing subsequence; a sentence may be found in several places and
counts once), plus every found sentence without a place in the order. Nothing else is forgiven:
a word hyphenated at a line end and not joined, a line of a running head or a note inside a
sentence, a ligature left as U+FB01 all lose the sentence. The second table shows pdftotext and
pdfminer again with line-end hyphens joined (a letter, "-", a line break, a lower-case letter),
to tell hyphenation from ordering.

For Sejajar the reader's text is its content sentences one after the other. Two stricter
figures for it alone: "par", the share read exactly when a sentence may not run over the end of
one of Sejajar's paragraphs (a table cell or a line split off as a paragraph of its own loses
its sentence there), and "seg", the share of source sentences that are exactly one of Sejajar's
sentences (segmentation and reading together; its sentence splitter differs from NTREX's lines
on a few abbreviations and quotations). "¶" is the number of Sejajar's paragraphs (content,
headings, captions, notes) against the source's.

Furniture leaked: the running heads, page numbers and dates each generator prints (regular
expressions in corpus.json) counted line by line (Python's re.M) in each reader's content: a
line of pdftotext or pdfminer output, a content sentence of Sejajar's (its pageFurniture
sentences are not content).

A file with "expect": "refused" (a scan, no text layer) must make Sejajar exit non-zero with a
one-line message and nothing on standard output.

pdfminer.six runs in a virtual environment: --pdfminer-python names a Python that has it, else
one is made at --venv (default /tmp/sejajar-venv-pdfminer) with pip. Nothing here fails unless
--check is given: then the exit status is 1 when a file is below 99% for Sejajar, below pdftotext,
or leaks furniture, or when the scan is not refused.
"""
import argparse
import json
import os
import re
import subprocess
import sys

PDFMINER = "pdfminer.six==20260107"
CONTENT_ROLES = {"content", "heading", "caption", "note"}
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CJK = "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
CJK_SPACE = re.compile(f"(?<=[{CJK}]) | (?=[{CJK}])")
HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t\f]*(?=[a-zß-ÿ])")


def normalise(text):
    text = BIDI.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return CJK_SPACE.sub("", text)


def dehyphenate(text):
    return HYPHEN.sub("", text)


def occurrences(needle, haystack):
    found, k = [], haystack.find(needle)
    while k >= 0 and needle:
        found.append(k)
        k = haystack.find(needle, k + 1)
    return found


def chain(positions):
    """The longest chain of sentences (each with its candidate positions, in source order) whose
    positions strictly rise; one position a sentence at most. Returns the indices in the chain."""
    import bisect
    tails, tail_items, parent = [], [], {}
    for i, cands in enumerate(positions):
        # Candidates in falling order, so that two of one sentence never extend each other.
        for pos in sorted(set(cands), reverse=True):
            k = bisect.bisect_left(tails, pos)
            item = (i, pos)
            parent[item] = tail_items[k - 1] if k > 0 else None
            if k == len(tails):
                tails.append(pos)
                tail_items.append(item)
            elif pos < tails[k]:
                tails[k] = pos
                tail_items[k] = item
    out, item = [], tail_items[-1] if tail_items else None
    while item is not None:
        out.append(item[0])
        item = parent[item]
    return set(out)


def score(sentences, unordered, text):
    """(exact, found, lost) for `text`: exact count, found count, and the indices not read exactly."""
    norm = normalise(text)
    found = [occurrences(normalise(s), norm) for s in sentences]
    ordered = [i for i in range(len(sentences)) if i not in unordered]
    in_chain = {ordered[k] for k in chain([found[i] for i in ordered])}
    exact = in_chain | {i for i in unordered if found[i]}
    return len(exact), sum(1 for f in found if f), [i for i in range(len(sentences)) if i not in exact]


def leaked(patterns, lines):
    text = "\n".join(lines)
    return sum(len(re.findall(p, text, re.M)) for p in patterns)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def pdfminer_python(args):
    if args.pdfminer_python:
        return args.pdfminer_python
    py = os.path.join(args.venv, "bin", "python")
    if not os.path.exists(py) or run([py, "-c", "import pdfminer.high_level"]).returncode != 0:
        subprocess.run([sys.executable, "-m", "venv", args.venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", PDFMINER], check=True)
    return py


PDFMINER_SCRIPT = """import json, sys
from pdfminer.high_level import extract_text
out = {}
for path in sys.argv[1:]:
    try:
        out[path] = extract_text(path)
    except Exception as e:
        out[path] = None
json.dump(out, sys.stdout)
"""

GLIB_SCRIPT = """import json, sys, gi
gi.require_version("Poppler", "0.18")
from gi.repository import Gio, Poppler
out = {}
for path in sys.argv[1:]:
    doc = Poppler.Document.new_from_gfile(Gio.File.new_for_path(path), None, None)
    out[path] = "".join(doc.get_page(k).get_text() + "\\f" for k in range(doc.get_n_pages()))
json.dump(out, sys.stdout)
"""


def producer(path):
    info = run(["pdfinfo", path]).stdout
    fields = dict(re.findall(r"^(Producer|Creator):\s*(.*)$", info, re.M))
    p = fields.get("Producer", "").strip()
    p = re.sub(r"^GPL Ghostscript", "Ghostscript", p)
    p = re.sub(r"ReportLab PDF Library.*", "ReportLab", p)
    return p or "(none)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sejajar")
    ap.add_argument("corpus")
    ap.add_argument("--pdfminer-python")
    ap.add_argument("--venv", default=os.environ.get("SEJAJAR_PDFMINER_VENV", "/tmp/sejajar-venv-pdfminer"))
    ap.add_argument("--glib-python", default="/usr/bin/python3",
                    help="a Python with PyGObject and poppler's GIR (Debian: python3-gi, gir1.2-poppler-0.18)")
    ap.add_argument("--json", help="write every figure and every lost sentence here")
    ap.add_argument("--verbose", action="store_true", help="list the sentences Sejajar does not read exactly")
    ap.add_argument("--check", action="store_true", help="exit 1 unless every target is met")
    args = ap.parse_args()

    with open(os.path.join(args.corpus, "corpus.json"), encoding="utf-8") as f:
        cases = json.load(f)
    paths = {c["name"]: os.path.join(args.corpus, c["name"] + ".pdf") for c in cases}
    py = pdfminer_python(args)
    mined = json.loads(run([py, "-c", PDFMINER_SCRIPT] + [paths[c["name"]] for c in cases if c["expect"] == "text"]).stdout)

    texts_of = [paths[c["name"]] for c in cases if c["expect"] == "text"]
    r = run([args.glib_python, "-c", GLIB_SCRIPT] + texts_of) if os.path.exists(args.glib_python) else None
    glib = json.loads(r.stdout) if r is not None and r.returncode == 0 else None
    if glib is None:
        print(f"(no poppler-glib column: {args.glib_python} lacks gi or Poppler 0.18)", file=sys.stderr)
    readers = ["sejajar", "pdftotext", "pdftotext-layout", "pdfminer"] + (["glib"] if glib else [])
    rows, report, failures = [], [], []
    for case in cases:
        name, path = case["name"], paths[case["name"]]
        if case["expect"] == "refused":
            r = run([args.sejajar, "text", path, "--language", case["language"]])
            lines = r.stderr.strip().splitlines()
            ok = r.returncode != 0 and len(lines) == 1 and not r.stdout.strip()
            report.append(dict(name=name, refused=ok, status=r.returncode, message=r.stderr.strip()))
            rows.append((name, producer(path), None, ok, r.returncode, r.stderr.strip()))
            if not ok:
                failures.append(f"{name}: not refused (status {r.returncode})")
            continue
        with open(os.path.join(args.corpus, name + ".sentences"), encoding="utf-8") as f:
            sentences = [l.rstrip("\n") for l in f if l.strip()]
        unordered = set(case.get("unordered", []))
        furniture = case.get("furniture", [])

        r = run([args.sejajar, "text", path, "--language", case["language"], "--json"])
        listing = json.loads(r.stdout) if r.returncode == 0 else []
        content = [s["text"] for s in listing if s["role"] in CONTENT_ROLES]
        texts = {
            "sejajar": "\n".join(content),
            "pdftotext": run(["pdftotext", "-enc", "UTF-8", path, "-"]).stdout,
            "pdftotext-layout": run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"]).stdout,
            "pdfminer": mined.get(path) or "",
        }
        if glib:
            texts["glib"] = glib.get(path, "")
        result = dict(name=name, producer=producer(path), sentences=len(sentences), readers={})
        for reader in readers:
            exact, found, lost = score(sentences, unordered, texts[reader])
            lines = content if reader == "sejajar" else texts[reader].splitlines()
            entry = dict(exact=exact, found=found, share=exact / len(sentences), leaked=leaked(furniture, lines),
                         lost=[sentences[i] for i in lost])
            if reader != "sejajar":
                dexact, _, _ = score(sentences, unordered, dehyphenate(texts[reader]))
                entry["dehyphenated"] = dexact / len(sentences)
            result["readers"][reader] = entry
        paragraphs = {}
        for s in listing:
            if s["role"] in CONTENT_ROLES:
                paragraphs.setdefault(s["paragraph"], []).append(s["text"])
        exact, _, _ = score(sentences, unordered, " \0 ".join(" ".join(p) for p in paragraphs.values()))
        result["sejajar_paragraphs"] = exact / len(sentences)
        with open(os.path.join(args.corpus, name + ".source.txt"), encoding="utf-8") as f:
            result["source_paragraphs"] = len([p for p in f.read().split("\n\n") if p.strip()])
        result["sejajar_paragraph_count"] = len(paragraphs)
        segments = {normalise(s) for s in content}
        result["sejajar_segments"] = sum(1 for s in sentences if normalise(s) in segments) / len(sentences)
        result["sejajar_furniture"] = sum(1 for s in listing if s["role"] == "pageFurniture")
        report.append(result)
        rows.append((name, result["producer"], result, None, None, None))
        s = result["readers"]
        if s["sejajar"]["share"] < 0.99:
            failures.append(f"{name}: Sejajar {s['sejajar']['share']:.1%} < 99%")
        if s["sejajar"]["share"] < s["pdftotext"]["share"]:
            failures.append(f"{name}: Sejajar below pdftotext")
        if s["sejajar"]["leaked"]:
            failures.append(f"{name}: Sejajar leaks {s['sejajar']['leaked']} furniture lines")

    pct = lambda x: f"{100 * x:5.1f}"
    heads = {"sejajar": "Sejajar", "pdftotext": "pdftotext", "pdftotext-layout": "-layout", "pdfminer": "pdfminer", "glib": "glib"}
    short = {"sejajar": "S", "pdftotext": "pt", "pdftotext-layout": "ptl", "pdfminer": "pm", "glib": "gl"}
    others = readers[1:]
    print("PDF readers: share of source sentences read exactly (normalised, in order), and furniture lines leaked into content")
    print(f"{'file':<18} {'producer':<22} {'sent':>4} | {'Sejajar':>7} {'par':>5} {'seg':>5} {'¶':>5} | " + " | ".join(f"{heads[r]:>9}" for r in others)
          + " | leaked " + "/".join(short[r] for r in readers))
    totals = {r: 0 for r in readers}
    count = 0
    for name, prod, result, refused, status, message in rows:
        if result is None:
            continue
        s = result["readers"]
        count += result["sentences"]
        for r in readers:
            totals[r] += s[r]["exact"]
        print(f"{name:<18} {prod[:22]:<22} {result['sentences']:>4} | {pct(s['sejajar']['share']):>7} {pct(result['sejajar_paragraphs']):>5} {pct(result['sejajar_segments']):>5} {str(result['sejajar_paragraph_count']) + '/' + str(result['source_paragraphs']):>5} | "
              + " | ".join(f"{pct(s[r]['share']):>9}" for r in others) + " | " + "/".join(str(s[r]["leaked"]) for r in readers))
    print(f"{'all sentences':<18} {'':<22} {count:>4} | {pct(totals['sejajar'] / count):>7} {'':>17} | "
          + " | ".join(f"{pct(totals[r] / count):>9}" for r in others) + " |")
    for name, prod, result, refused, status, message in rows:
        if result is None:
            print(f"{name:<18} {prod[:22]:<22} scan refused: {'yes' if refused else 'NO'} (status {status}: {message})")
    print()
    print("with line-end hyphens joined (" + " / ".join(heads[r] for r in others) + "), where it differs:")
    for name, prod, result, *_ in rows:
        if result is None:
            continue
        s = result["readers"]
        if any(abs(s[r]["dehyphenated"] - s[r]["share"]) > 1e-9 for r in others):
            print(f"  {name:<18} " + " / ".join(f"{pct(s[r]['dehyphenated'])}" for r in others))
    if args.verbose:
        for result in report:
            if "readers" in result and result["readers"]["sejajar"]["lost"]:
                print(f"\n{result['name']}: Sejajar does not read exactly:")
                for s in result["readers"]["sejajar"]["lost"]:
                    print("  - " + s)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
    if args.check and failures:
        print("\n" + "\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
