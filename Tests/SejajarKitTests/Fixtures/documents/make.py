#!/usr/bin/env python3
"""Makes the document fixtures: one news article (NTREX doc010) in Spanish and Indonesian, laid out
as a real news page (HTML) and as a word-processor file with a heading, a caption, a table, a
footnote, tracked changes and running header and footer (flat ODT), which LibreOffice converts
to .odt, .docx and .pdf. The same text as plain .txt. The results are committed; run this again
(needs `libreoffice-writer-nogui`) only to change them:

    python3 Tests/SejajarKitTests/Fixtures/documents/make.py
"""
import html, os, subprocess, sys, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

WORDS = {
    "es": dict(site="Diario de Merseyside", edition="Edición digital", nav=["Portada", "Sucesos", "Deportes", "Opinión"],
               comments="Comentarios (0)", byline="Marta Ruiz", ad="Publicidad", page="Página", copyright="© 2024 Diario de Merseyside. Todos los derechos reservados.",
               share="Compartir en redes", related="Noticias relacionadas", deleted="urgentemente ", charset="windows-1252",
               placeholder="[anuncio_2]", lang="es-ES"),
    "id": dict(site="Harian Merseyside", edition="Edisi digital", nav=["Beranda", "Kriminal", "Olahraga", "Opini"],
               comments="Komentar (0)", byline="Marta Ruiz", ad="Iklan", page="Halaman", copyright="© 2024 Harian Merseyside. Hak cipta dilindungi.",
               share="Bagikan", related="Berita terkait", deleted="segera ", charset="utf-8",
               placeholder="[iklan_2]", lang="id-ID"),
}

# The article's layout, by NTREX line number: the heading, paragraphs, a caption, a table row,
# and the footnote (L16, referenced after L15) that word processors put after the body.
HEADING, CAPTION, FOOTNOTE = 1, 8, 16
PARAGRAPHS_BEFORE = [[2, 3], [4], [5, 6], [7]]
PARAGRAPHS_AFTER = [[9, 10, 11]]
TABLE = [12, 13]
PARAGRAPHS_END = [[14, 15], [17], [18]]
TRACKED = 4  # the paragraph with an insertion and a deletion (accepted reading = NTREX line)


def lines(lang):
    with open(os.path.join(ROOT, "Alignments", "samples", f"ntrex-doc010.{lang}"), encoding="utf-8") as f:
        return [""] + [l.rstrip("\n") for l in f]


def insertion_span(text):
    """The words of the tracked paragraph written as a tracked insertion: its 6th to 8th word."""
    words = text.split(" ")
    before = " ".join(words[:5]) + " "
    inserted = " ".join(words[5:8]) + " "
    after = " ".join(words[8:])
    return before, inserted, after


def write_txt(lang, L):
    paragraphs = [[HEADING]] + PARAGRAPHS_BEFORE + [[CAPTION]] + PARAGRAPHS_AFTER + [[TABLE[0]], [TABLE[1]]] + PARAGRAPHS_END + [[FOOTNOTE]]
    with open(os.path.join(HERE, f"article.{lang}.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(" ".join(L[k] for k in p) for p in paragraphs) + "\n")


def write_html(lang, L):
    w = WORDS[lang]
    e = lambda k: html.escape(L[k], quote=False)
    nav = "\n".join(f'        <li><a href="/{n.lower()}">{html.escape(n)}</a></li>' for n in w["nav"])
    def linked(k):
        if k != 7:
            return e(k)
        words = L[k].split(" ")
        return f'<a href="https://example.org/policia">{html.escape(" ".join(words[:2]))}</a> {html.escape(" ".join(words[2:]))}'
    def para(p, note=False):
        body = " ".join(linked(k) for k in p)
        if note: body += '<sup><a href="#nota-1" id="ref-1">1</a></sup>'
        return f"      <p>{body}</p>"
    # One paragraph written with inline markup and a <br> inside, as editors do.
    first = L[2] + " " + L[3]
    words = L[3].split(" ")
    styled = f"{html.escape(L[2])}<br>\n      {html.escape(' '.join(words[:3]))} <strong>{html.escape(' '.join(words[3:6]))}</strong> {html.escape(' '.join(words[6:]))}"
    page = f"""<!DOCTYPE html>
<html lang="{w['lang']}">
<head>
  <meta charset="{w['charset']}">
  <title>{e(HEADING)} | {html.escape(w['site'])}</title>
  <style>body {{ font-family: serif; }} .ad-slot {{ min-height: 250px; }}</style>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body>
  <header class="site-header">
    <div class="logo">{html.escape(w['site'])}</div>
    <p class="edition">{html.escape(w['edition'])}</p>
  </header>
  <nav class="main-menu">
    <ul>
{nav}
    </ul>
  </nav>
  <div class="ad-slot" id="ad-top">{html.escape(w['ad'])}</div>
  <main>
    <article>
      <header>
        <h1>{e(HEADING)}</h1>
      </header>
      <p>{styled}</p>
{chr(10).join(para(p) for p in PARAGRAPHS_BEFORE[1:])}
      <figure>
        <img src="/img/escena.jpg" alt="">
        <figcaption>{e(CAPTION)}</figcaption>
      </figure>
      <!-- {html.escape(w['ad'])} -->
      <p>{w['placeholder']}</p>
{chr(10).join(para(p) for p in PARAGRAPHS_AFTER)}
      <table>
        <tr><td>{e(TABLE[0])}</td><td>{e(TABLE[1])}</td></tr>
      </table>
{para(PARAGRAPHS_END[0], note=True)}
{chr(10).join(para(p) for p in PARAGRAPHS_END[1:])}
      <section class="footnotes">
        <p id="nota-1">{e(FOOTNOTE)}</p>
      </section>
      <p class="author">{html.escape(w['byline'])}</p>
      <div class="share-buttons"><a href="#">{html.escape(w['share'])}</a></div>
      <p class="comment-count"><a href="#comments">{html.escape(w['comments'])}</a></p>
    </article>
    <aside class="related">
      <h2>{html.escape(w['related'])}</h2>
      <ul><li><a href="/1">{html.escape(w['nav'][1])}</a></li></ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>{html.escape(w['copyright'])}</p>
  </footer>
</body>
</html>
"""
    with open(os.path.join(HERE, f"article.{lang}.html"), "w", encoding=w["charset"], newline="\n") as f:
        f.write(page)


def write_fodt(lang, L, accepted=False):
    w = WORDS[lang]
    e = lambda k: html.escape(L[k], quote=False)
    def formatted(k):
        """Line k, with the formatting a writer adds: the 4th to 6th words of the second line in
        bold, the last word of the seventh in italics, its first two words a link."""
        words = L[k].split(" ")
        if k == 2:
            return (html.escape(" ".join(words[:3])) + ' <text:span text:style-name="T_bold">' + html.escape(" ".join(words[3:6]))
                    + "</text:span> " + html.escape(" ".join(words[6:])))
        if k == 7:
            return ('<text:a xlink:type="simple" xlink:href="https://example.org/policia">' + html.escape(" ".join(words[:2])) + "</text:a> "
                    + html.escape(" ".join(words[2:-1])) + ' <text:span text:style-name="T_italic">' + html.escape(words[-1]) + "</text:span>")
        return e(k)
    def p(ks, style="Text_20_body"):
        return f'<text:p text:style-name="{style}">{" ".join(formatted(k) for k in ks)}</text:p>'
    before, inserted, after = insertion_span(L[TRACKED])
    # The deletion goes before the last three words.
    after_words = after.split(" ")
    keep, tail = " ".join(after_words[:-3]) + " ", " ".join(after_words[-3:])
    tracked = (f'<text:p text:style-name="Text_20_body">{html.escape(before)}<text:change-start text:change-id="ct1"/>'
               f'{html.escape(inserted)}<text:change-end text:change-id="ct1"/>{html.escape(keep)}<text:change text:change-id="ct2"/>'
               f'{html.escape(tail)}</text:p>')
    if accepted:  # printed: a PDF shows text, not tracked changes
        tracked = p([TRACKED])
    body = [f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{e(HEADING)}</text:h>']
    for ks in PARAGRAPHS_BEFORE:
        body.append(tracked if ks == [TRACKED] else p(ks))
    body.append(p([CAPTION], "Caption"))
    body += [p(ks, "P_break" if k == 0 else "Text_20_body") for k, ks in enumerate(PARAGRAPHS_AFTER)]
    body.append('<table:table table:name="Datos" table:style-name="Datos"><table:table-column table:number-columns-repeated="2"/><table:table-row>'
                + "".join(f'<table:table-cell table:style-name="Datos.A1" office:value-type="string"><text:p text:style-name="Table_20_Contents">{e(k)}</text:p></table:table-cell>' for k in TABLE)
                + '</table:table-row></table:table>')
    first_end = PARAGRAPHS_END[0]
    body.append(f'<text:p text:style-name="Text_20_body">{" ".join(e(k) for k in first_end)}<text:note text:id="ftn1" text:note-class="footnote">'
                f'<text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">{e(FOOTNOTE)}</text:p>'
                f'</text:note-body></text:note></text:p>')
    body += [p(ks) for ks in PARAGRAPHS_END[1:]]
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm"/></style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/><style:text-properties fo:font-size="10pt"/></style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Datos" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
  <style:style style:name="Datos.A1" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T_italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="P_break" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:break-before="page"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{html.escape(w['site'])} · {html.escape(w['edition'])}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">{w['page']} <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   <text:tracked-changes text:track-changes="false">
    <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>Editor</dc:creator><dc:date>2024-03-14T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
    <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>Editor</dc:creator><dc:date>2024-03-14T10:05:00</dc:date></office:change-info><text:p>{html.escape(w['deleted'])}</text:p></text:deletion></text:changed-region>
   </text:tracked-changes>
   {chr(10).join('   ' + b for b in body)}
  </office:text>
 </office:body>
</office:document>
"""
    path = os.path.join(HERE if not accepted else tempfile.mkdtemp(), f"article.{lang}.fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return path


def write_md(lang, L):
    """The article as a Markdown source: a front matter, the heading, paragraphs (one wrapped over
    two lines, words in bold, a link), the photo and its caption, the table row as a GitHub
    table, the footnote as a Markdown footnote, and a code block that is not prose."""
    w = WORDS[lang]
    def wrapped(k):
        words = L[k].split(" ")
        return " ".join(words[:6]) + "\n" + " ".join(words[6:])
    def formatted(k):
        words = L[k].split(" ")
        if k == 3:
            return " ".join(words[:3]) + " **" + " ".join(words[3:6]) + "** " + " ".join(words[6:])
        if k == 7:
            return "[" + " ".join(words[:2]) + "](https://example.org/policia) " + " ".join(words[2:])
        return L[k]
    out = [f"---\ntitle: {w['site']}\nlang: {w['lang']}\n---", f"# {L[HEADING]}",
           wrapped(2) + " " + formatted(3)]
    out += [" ".join(formatted(k) for k in p) for p in PARAGRAPHS_BEFORE[1:]]
    out += ["![](escena.jpg)", f"*{L[CAPTION]}*"]
    out += [" ".join(formatted(k) for k in p) for p in PARAGRAPHS_AFTER]
    out += [f"| {L[TABLE[0]]} | {L[TABLE[1]]} |\n|---|---|"]
    out += [" ".join(L[k] for k in PARAGRAPHS_END[0]) + "[^1]"]
    out += [" ".join(L[k] for k in p) for p in PARAGRAPHS_END[1:]]
    out += ["```\nprint(\"no es prosa\")\n```", f"[^1]: {L[FOOTNOTE]}"]
    with open(os.path.join(HERE, f"article.{lang}.md"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")


def convert(fodt, to):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("make.py: LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", to, "--outdir", HERE, fodt],
                       check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    for lang in ("es", "id"):
        L = lines(lang)
        write_txt(lang, L)
        write_html(lang, L)
        write_md(lang, L)
        fodt = write_fodt(lang, L)
        for to in ("odt", "docx"):
            convert(fodt, to)
        printed = write_fodt(lang, L, accepted=True)
        convert(printed, "pdf")
        shutil.rmtree(os.path.dirname(printed))
    print("made:", " ".join(sorted(f for f in os.listdir(HERE) if f.startswith("article."))))
