#!/usr/bin/env python3
"""Lays out each case's source text (NAME.source.txt, paragraph roles from corpus.json) as the
input its producer takes (LibreOffice reads lo-txt-mono.source.txt itself): a .txt for enscript, a flat ODT (.fodt) for LibreOffice,
an .html for Chromium, an .ms for groff, a .tex for pdfTeX; and draws the ReportLab case itself.

    python3 render.py inputs OUTDIR          # every producer input, into OUTDIR
    python3 render.py reportlab NAME OUT.pdf # the ReportLab PDF (needs reportlab)

Only the standard library is needed for `inputs`. make-corpus.sh runs both.
"""
import html
import json
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, "corpus.json"), encoding="utf-8") as f:
        case = next(c for c in json.load(f) if c["name"] == name)
    with open(os.path.join(HERE, f"{name}.source.txt"), encoding="utf-8") as f:
        paras = f.read().rstrip("\n").split("\n\n")
    assert len(paras) == len(case["roles"]), name
    return case, list(zip(case["roles"], paras))


def notes_anchored(paras):
    """Body paragraphs and notes: note k is anchored at the end of a body paragraph (the first
    body paragraph, then the last), as (role, text, [note texts]) triples without the notes."""
    notes = [t for r, t in paras if r == "note"]
    body = [[r, t, []] for r, t in paras if r != "note"]
    bodies = [k for k, (r, _, _) in enumerate(body) if r in ("body", "body2col")]
    for k, note in enumerate(notes):
        body[bodies[0] if k == 0 else bodies[-1]][2].append(note)
    return body


# ---------------------------------------------------------------- LibreOffice (flat ODT)

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Noto Serif Hebrew" svg:font-family="'Noto Serif Hebrew'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Noto Serif CJK JP" svg:font-family="'Noto Serif CJK JP'" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties style:writing-mode="{mode}"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="{size}" fo:language="en" fo:country="US"
     style:font-name-asian="Noto Serif CJK JP" style:font-size-asian="{size}" style:language-asian="ja" style:country-asian="JP"
     style:font-name-complex="Noto Serif Hebrew" style:font-size-complex="{size}" style:language-complex="he" style:country-complex="IL"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="{align}" style:writing-mode="{mode}"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.25cm" fo:text-align="start" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold" style:font-size-complex="16pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Header" style:display-name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/>
  </style:style>
  <style:style style:name="Footer" style:display-name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/>
  </style:style>
  <style:style style:name="Footnote" style:display-name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="{side}" fo:margin-right="{side}" style:writing-mode="{mode}"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties text:dont-balance-text-columns="false">
    <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
   </style:section-properties>
  </style:style>
  <style:style style:name="Table1" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="Table1.R" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="Table1.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
{header}
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
"""

FODT_TAIL = """  </office:text>
 </office:body>
</office:document>
"""


def x(text):
    return html.escape(text, quote=False)


def fodt(name, header, footer, size="11pt", align="justify", mode="lr-tb", side="2.5cm"):
    _, paras = load(name)
    furniture = ""
    if header:
        furniture += f'   <style:header><text:p text:style-name="Header">{x(header)}</text:p></style:header>\n'
    if footer:
        furniture += f'   <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>\n'
    out = [FODT_HEAD.replace("{header}", furniture.rstrip("\n")).replace("{size}", size)
           .replace("{align}", align).replace("{mode}", mode).replace("{side}", side)]
    note = 0
    in_section = in_table = False
    cells = []
    for role, text, notes in notes_anchored(paras) + [["end", "", []]]:
        if in_section and role != "body2col":
            out.append("   </text:section>\n")
            in_section = False
        if in_table and role != "cell":
            out.append('   <table:table table:name="Table1" table:style-name="Table1">\n'
                       '    <table:table-column table:style-name="Table1.A" table:number-columns-repeated="2"/>\n')
            for k in range(0, len(cells), 2):
                out.append('    <table:table-row table:style-name="Table1.R">\n')
                for cell in cells[k:k + 2]:
                    out.append('     <table:table-cell table:style-name="Table1.C" office:value-type="string">'
                               f'<text:p text:style-name="Table_20_Contents">{x(cell)}</text:p></table:table-cell>\n')
                out.append("    </table:table-row>\n")
            out.append("   </table:table>\n")
            in_table, cells = False, []
        if role == "end":
            break
        if role == "heading":
            out.append(f'   <text:h text:style-name="Heading_20_1" text:outline-level="1">{x(text)}</text:h>\n')
            continue
        if role == "cell":
            in_table = True
            cells.append(text)
            continue
        if role == "body2col" and not in_section:
            out.append('   <text:section text:style-name="Sect1" text:name="Columns">\n')
            in_section = True
        marks = ""
        for n in notes:
            note += 1
            marks += (f'<text:note text:id="ftn{note}" text:note-class="footnote"><text:note-citation>{note}</text:note-citation>'
                      f'<text:note-body><text:p text:style-name="Footnote">{x(n)}</text:p></text:note-body></text:note>')
        out.append(f'   <text:p text:style-name="Standard">{x(text)}{marks}</text:p>\n')
    out.append(FODT_TAIL)
    return "".join(out)


PAGE_OF = 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>'
PAGE = '<text:page-number text:select-page="current">1</text:page-number>'

# ---------------------------------------------------------------- Chromium (HTML)


def html_page(name, title, lang, css, direction="ltr"):
    _, paras = load(name)
    out = [f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
           f"<title>{x(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"]
    k = 0
    while k < len(paras):
        role, text = paras[k]
        if role == "memo-label":
            out.append('<table class="memo">\n')
            while k < len(paras) and paras[k][0] == "memo-label":
                out.append(f"<tr><th>{x(paras[k][1])}</th><td>{x(paras[k + 1][1])}</td></tr>\n")
                k += 2
            out.append("</table>\n")
            continue
        tag = "h1" if role == "heading" else "p"
        out.append(f"<{tag}>{x(text)}</{tag}>\n")
        k += 1
    out.append("</body>\n</html>\n")
    return "".join(out)


MEMO_CSS = """body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; }
table.memo { border-collapse: collapse; width: 100%; margin-bottom: 1.2em; }
table.memo th { text-align: left; width: 7em; padding: 4px 8px; border-bottom: 1px solid #888; vertical-align: top; }
table.memo td { padding: 4px 8px; border-bottom: 1px solid #888; }
h1 { font-size: 17pt; margin: 0.8em 0 0.4em; }
p { margin: 0 0 0.6em; text-align: left; }"""

ARABIC_CSS = """@page { size: A4; margin: 2.2cm 2cm;
  @top-center { content: "نشرة الطقس · أخبار المناخ"; font-family: 'Noto Naskh Arabic'; font-size: 9pt; }
  @bottom-center { content: "صفحة " counter(page); font-family: 'Noto Naskh Arabic'; font-size: 9pt; } }
body { font-family: 'Noto Naskh Arabic', serif; font-size: 14pt; line-height: 1.6; }
h1 { font-size: 20pt; }
p { margin: 0 0 0.6em; text-align: justify; }"""

CHINESE_CSS = """@page { size: A5; margin: 2.2cm 2cm;
  @top-center { content: "国际新闻摘要"; font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; }
  @bottom-center { content: "第 " counter(page) " 页"; font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; } }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 12pt; line-height: 1.7; }
h1 { font-size: 16pt; }
p { margin: 0 0 0.6em; text-indent: 2em; text-align: justify; }"""

# ---------------------------------------------------------------- enscript (.txt), groff, LaTeX


def wrapped(name, width=72):
    _, paras = load(name)
    return "\n\n".join(textwrap.fill(t, width=width, break_long_words=False, break_on_hyphens=False)
                       for _, t in paras) + "\n"


def roff(text):
    text = text.replace("\\", "\\e").replace("'", "\\[aq]").replace('"', "\\[dq]").replace("`", "\\[ga]")
    return text if not text.startswith(".") else "\\&" + text


def ms(name, running_head):
    _, paras = load(name)
    out = [".nr PS 12\n.nr VS 15\n.nr LL 4.6i\n.nr HM 1i\n.nr FM 1i\n.nr PO 1.25i\n.hy 6\n",
           f".ds LH {running_head}\n.ds CH\n.ds RH\n.ds CF - \\\\n[%] -\n"]
    for role, text in paras:
        if role == "heading":
            out.append(f".SH\n\\s[+4]{roff(text)}\\s[0]\n")
        else:
            out.append(f".PP\n{roff(text)}\n")
    return "".join(out)


def tex_escape(text):
    out = []
    for c in text:
        out.append({"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
                    "%": r"\%", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                    "'": r"\textquotesingle{}", '"': r"\textquotedbl{}", "`": r"\textasciigrave{}",
                    "-": "-{}", "<": r"\textless{}", ">": r"\textgreater{}"}.get(c, c))
    return "".join(out)


def tex(name):
    _, paras = load(name)
    out = [r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{textcomp}
\usepackage{mathptmx}
\usepackage[a4paper,textwidth=12cm,top=3cm,bottom=3cm]{geometry}
\usepackage{fancyhdr}
\usepackage{pdflscape}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{The Westminster Letter}
\fancyhead[R]{Autumn edition}
\fancyfoot[C]{\thepage}
\setlength{\parskip}{0.5\baselineskip}
\setlength{\parindent}{0pt}
\begin{document}
"""]
    body = notes_anchored(paras)
    in_landscape = False
    for role, text, notes in body:
        if role.startswith("landscape") and not in_landscape:
            out.append("\\begin{landscape}\n")
            in_landscape = True
        if in_landscape and not role.startswith("landscape"):
            out.append("\\end{landscape}\n")
            in_landscape = False
        if role.endswith("heading"):
            out.append(f"\\section*{{{tex_escape(text)}}}\n\n")
        else:
            marks = "".join(f"\\footnote{{{tex_escape(n)}}}" for n in notes)
            out.append(f"{tex_escape(text)}{marks}\n\n")
    out.append("\\end{document}\n")
    return "".join(out)


# ---------------------------------------------------------------- ReportLab


def reportlab(name, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, FrameBreak, NextPageTemplate

    _, paras = load(name)
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=4, spaceAfter=6)
    side_body = ParagraphStyle("side", fontName="Helvetica", fontSize=8.5, leading=10.5, spaceAfter=4)
    side_head = ParagraphStyle("sidehead", fontName="Helvetica-Bold", fontSize=10, leading=12.5, spaceAfter=4)
    main = [Paragraph(x(t), head if r == "heading" else body) for r, t in paras if not r.startswith("sidebar")]
    side = [Paragraph(x(t), side_head if r == "sidebar-heading" else side_body) for r, t in paras if r.startswith("sidebar")]

    width, height = A4
    left, top, bottom, gap = 2.5 * cm, 2.5 * cm, 2.5 * cm, 0.7 * cm
    usable = width - left - 2 * cm
    side_w = 4.6 * cm

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(left, height - 1.6 * cm, "The Field Notes Review")
        canvas.line(left, height - 1.75 * cm, width - 2 * cm, height - 1.75 * cm)
        canvas.drawCentredString(width / 2, 1.4 * cm, str(doc.page))
        canvas.translate(1.3 * cm, height / 2 - 3 * cm)
        canvas.rotate(90)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(0, 0, "NTREX corpus · draft for review")
        canvas.restoreState()

    def first(canvas, doc):
        furniture(canvas, doc)
        canvas.saveState()
        x0 = width - 2 * cm - side_w
        canvas.setFillColorRGB(0.93, 0.93, 0.93)
        canvas.rect(x0, height - top - 11 * cm, side_w, 11 * cm, stroke=0, fill=1)
        canvas.restoreState()
        Frame(x0, height - top - 11 * cm, side_w, 11 * cm, leftPadding=6, rightPadding=6, topPadding=6).addFromList(list(side), canvas)

    col1 = (usable - side_w - 2 * gap) / 2
    first_frames = [Frame(left, bottom, col1, height - top - bottom, id="a1"),
                    Frame(left + col1 + gap, bottom, col1, height - top - bottom, id="a2")]
    col2 = (usable - gap) / 2
    later_frames = [Frame(left, bottom, col2, height - top - bottom, id="b1"),
                    Frame(left + col2 + gap, bottom, col2, height - top - bottom, id="b2")]
    doc = BaseDocTemplate(path, pagesize=A4, title="The Field Notes Review", author="Sejajar test corpus",
                          pageTemplates=[PageTemplate("first", first_frames, onPage=first),
                                         PageTemplate("later", later_frames, onPage=furniture)])
    doc.build([NextPageTemplate("later")] + main)


# ---------------------------------------------------------------- main


def inputs(outdir):
    def write(filename, text, encoding="utf-8"):
        with open(os.path.join(outdir, filename), "w", encoding=encoding, newline="\n") as f:
            f.write(text)

    write("lo-docx-report.fodt", fodt("lo-docx-report", "Weekly News Digest — Disasters and relief", PAGE_OF, size="10.5pt"))
    write("lo-hebrew.fodt", fodt("lo-hebrew", "עלון הספורט · כדורגל סקוטי", PAGE, size="13pt", align="justify", mode="rl-tb"))
    write("lo-japanese.fodt", fodt("lo-japanese", "スポーツ通信 · ゴルフ", PAGE, size="13pt", side="4cm"))
    write("chromium-memo.html", html_page("chromium-memo", "Interne Mitteilung", "de", MEMO_CSS))
    write("chromium-arabic.html", html_page("chromium-arabic", "نشرة الطقس", "ar", ARABIC_CSS, direction="rtl"))
    write("chromium-chinese.html", html_page("chromium-chinese", "国际新闻摘要", "zh-Hans", CHINESE_CSS))
    # enscript draws the byte ' as ’ (quoteright): the source's ’ goes in as '.
    write("enscript-memo.txt", wrapped("enscript-memo").replace("\u2019", "'"), encoding="latin-1")
    write("groff-ms.ms", ms("groff-ms", "Campus and Science Notes"))
    write("scan-image-only.ms", ms("scan-image-only", "Police report"))
    write("pdftex-article.tex", tex("pdftex-article"))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "inputs":
        inputs(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "reportlab":
        reportlab(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
