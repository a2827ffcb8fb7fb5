#!/usr/bin/env python3
"""Reading a long document: the 80 NTREX Spanish documents, repeated until the book has about 300
pages, written as a flat ODT (a heading per document, paragraphs of three sentences, a two-cell
table and a footnote per document, running header and page-numbered footer), converted by
LibreOffice to .odt, .docx and .pdf, and also written as an HTML page. Prints, per format, pages,
the content sentences read, and the whole-process time and peak memory of `sejajar text`
(/usr/bin/time). Targets: under 5 s and 300 MB for the 300-page DOCX and PDF.

    python3 benchmarks/readers.py .build/release/sejajar [--corpus ../shared/corpora/ntrex-es-id]
"""
import argparse, html, os, shutil, subprocess, sys, tempfile

p = argparse.ArgumentParser()
p.add_argument("sejajar")
p.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "ntrex-es-id"))
p.add_argument("--pages", type=int, default=300)
args = p.parse_args()

docs = sorted(f for f in os.listdir(os.path.join(args.corpus, "docs")) if f.endswith(".es"))
texts = [open(os.path.join(args.corpus, "docs", f), encoding="utf-8").read().split("\n") for f in docs]
texts = [[l for l in t if l.strip()] for t in texts]
per_pass = sum(len(t) for t in texts)
# About 17.6 sentences of NTREX to a page (measured: 4 passes made 298 pages): enough whole
# passes over the 80 documents for at least --pages pages.
import math
passes = max(1, math.ceil(args.pages * 18.5 / per_pass))

e = lambda s: html.escape(s, quote=False)
body, page = [], []
for n in range(passes):
    for k, lines in enumerate(texts):
        body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{e(lines[0])}</text:h>')
        page.append(f"<h1>{e(lines[0])}</h1>")
        rest = lines[1:]
        if len(rest) >= 4:
            body.append('<table:table table:name="T%d_%d" table:style-name="T"><table:table-column table:number-columns-repeated="2"/><table:table-row>' % (n, k)
                        + "".join(f'<table:table-cell table:style-name="C" office:value-type="string"><text:p>{e(s)}</text:p></table:table-cell>' for s in rest[:2])
                        + "</table:table-row></table:table>")
            page.append("<table><tr>" + "".join(f"<td>{e(s)}</td>" for s in rest[:2]) + "</tr></table>")
            rest = rest[2:]
        for j in range(0, len(rest), 3):
            chunk = rest[j:j + 3]
            note = ""
            if j == 0 and len(rest) > 3:
                note = f'<text:note text:id="n{n}_{k}" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">{e(rest[-1])}</text:p></text:note-body></text:note>'
            body.append(f'<text:p text:style-name="Text_20_body">{e(" ".join(chunk))}{note}</text:p>')
            page.append(f"<p>{e(' '.join(chunk))}</p>")

fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.247cm"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
  <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p>Noticias NTREX · Libro de prueba</text:p></style:header>
  <style:footer><text:p>Página <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>
{chr(10).join(body)}
 </office:text></office:body>
</office:document>
"""
work = os.environ.get("KEEP") or tempfile.mkdtemp(prefix="sejajar-readers-")
os.makedirs(work, exist_ok=True)
try:
    with open(os.path.join(work, "book.fodt"), "w", encoding="utf-8") as f:
        f.write(fodt)
    with open(os.path.join(work, "book.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>NTREX</title></head><body><main><article>\n" + "\n".join(page) + "\n</article></main></body></html>\n")
    soffice = shutil.which("soffice") or sys.exit("readers.py: LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    for to in ("odt", "docx", "pdf"):
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", to, "--outdir", work,
                        os.path.join(work, "book.fodt")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pages = subprocess.run(["pdfinfo", os.path.join(work, "book.pdf")], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")
    print(f"book: {passes} passes over the 80 documents, {passes * per_pass} NTREX sentences, {pages} pages as PDF")
    read = {}
    for ext in ("html", "odt", "docx", "pdf"):
        path = os.path.join(work, f"book.{ext}")
        run = subprocess.run(["/usr/bin/time", "-f", "%e %M", args.sejajar, "text", path, "--language", "es", "--json"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{ext}: failed: {run.stderr.strip().splitlines()[-1]}")
            continue
        seconds, kb = run.stderr.strip().splitlines()[-1].split()
        import json
        listing = json.loads(run.stdout)
        kept = [s["text"].replace("\u00a0", " ") for s in listing if s["role"] in ("content", "heading", "caption", "note")]
        read[ext] = kept
        content = len(kept)
        furniture = sum(1 for s in listing if s["role"] == "pageFurniture")
        print(f"{ext:5} {os.path.getsize(path) / 1e6:6.1f} MB file: {seconds} s, peak {int(kb) // 1024} MB, "
              f"{content} content sentences, {furniture} running heads and page numbers")
    # Agreement with the DOCX reading (which has the document's own paragraphs): sentences read
    # the same, counted with repeats.
    from collections import Counter
    base = Counter(read.get("docx", []))
    for ext in ("odt", "pdf", "html"):
        if ext in read and base:
            same = sum((Counter(read[ext]) & base).values())
            print(f"{ext} sentences read exactly as from the DOCX: {same}/{sum(base.values())} ({100 * same / sum(base.values()):.1f} %)")
finally:
    if not os.environ.get("KEEP"): shutil.rmtree(work, ignore_errors=True)
