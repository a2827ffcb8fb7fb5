#!/usr/bin/env python3
"""Writes the source texts of the PDF corpus from NTREX-128 documents (run once; the PDFs are
made from what it writes by make-corpus.sh, which does not need NTREX).

    python3 make-sources.py NTREX_DOCS_DIR      # e.g. /work/shared/corpora/ntrex-multi/docs

For every case it writes
  NAME.source.txt   the text as the PDF should read: paragraphs separated by a blank line, a
                    heading a paragraph of its own, table cells row by row, cell by cell, a
                    sidebar after the main text, notes after the body;
  NAME.sentences    the same text one sentence per line (an NTREX line is a sentence);
and corpus.json: each case's producer, language, the role of every paragraph of its source (what
render.py lays out), the sentences that have no place in the reading order (notes, sidebars:
found anywhere counts), and the running heads and page numbers the generator prints (regular
expressions, matched line by line against a reader's output, to count furniture leaked into
content).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Paragraph lengths in sentences, cycled: 3-5 sentences a paragraph.
RHYTHM = [4, 3, 5, 4, 3, 5]


def paragraphs(sentences):
    out, k, i = [], 0, 0
    while i < len(sentences):
        n = RHYTHM[k % len(RHYTHM)]
        out.append(sentences[i:i + n])
        i += n
        k += 1
    # No paragraph of one sentence at the end: join it to the one before.
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2] += out.pop()
    return out


def read(docs, doc, lang):
    with open(os.path.join(docs, f"doc{doc}.{lang}"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def article(lines, role="body"):
    """A headline and its body in paragraphs: [(role, [sentences])]."""
    return [("heading", [lines[0]])] + [(role, p) for p in paragraphs(lines[1:])]


def latin1_memo(sentence):
    """French as an enscript memo prints it: Latin-1 has no œ and no ’, and enscript's Latin-1
    encoding draws the byte ' as the glyph quoteright (’), so every apostrophe is ’ in the PDF."""
    return sentence.replace("\u00a0", " ").replace("œ", "oe").replace("'", "\u2019")


def build(docs):
    cases = []

    def add(name, lang, producer, blocks, furniture=(), expect="text", features=(), fix=None, joiner=" "):
        if fix:
            blocks = [(role, [fix(s) for s in ss]) for role, ss in blocks]
        # NTREX repeats a few passages word for word: keep each sentence once, so that where a
        # sentence is found in a reader's output says which one it is.
        seen, unique = set(), []
        for role, ss in blocks:
            ss = [s for s in ss if not (s in seen or seen.add(s))]
            if ss:
                unique.append((role, ss))
        blocks = unique
        cases.append(dict(name=name, language=lang, producer=producer, blocks=blocks,
                          furniture=list(furniture), expect=expect, features=list(features), joiner=joiner))

    # 1. LibreOffice from a .txt file: monospaced, one column, two pages, no furniture.
    add("lo-txt-mono", "en", "LibreOffice Writer from .txt (headless convert)",
        article(read(docs, "043", "en")) + article(read(docs, "002", "en")),
        features=["monospace", "one column", "two pages"])

    # 2. LibreOffice from a DOCX: two columns, a table across a page break, footnotes, header
    #    and footer.
    a, b = read(docs, "027", "en"), read(docs, "028", "en")
    blocks = [("heading", [a[0]])] + [("body2col", p) for p in paragraphs(a[1:])]
    blocks += [("heading", [b[0]])]
    for k in range(1, 13, 2):
        blocks += [("cell", [b[k]]), ("cell", [b[k + 1]])]
    blocks += [("body", b[13:17]), ("note", [b[17]]), ("note", [b[18]])]
    add("lo-docx-report", "en", "LibreOffice Writer from .docx (flat ODT converted to DOCX, then to PDF)",
        blocks, furniture=[r"Weekly News Digest", r"Page \d+ of \d+"],
        features=["proportional", "two-column section", "table across a page break", "footnotes",
                  "running head", "page numbers"])

    # 3. Chromium print-to-PDF: a memo with a header table, German, Chromium's own header and
    #    footer (date, title, file URL, page x/y).
    a, b = read(docs, "075", "de"), read(docs, "032", "de")
    blocks = [("memo-label", ["Betreff:"]), ("memo-value", [a[0]]),
              ("memo-label", ["Ressort:"]), ("memo-value", ["Ausland und Verteidigung"]),
              ("memo-label", ["Verteiler:"]), ("memo-value", ["Redaktion, Archiv und Schlussredaktion"])]
    blocks += [("body", p) for p in paragraphs(a[1:])] + article(b)
    add("chromium-memo", "de", "Chromium headless print-to-PDF of an HTML page (default header and footer)",
        blocks, furniture=[r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\s?[AP]M", r"Interne Mitteilung", r"file://", r"^\d+/\d+$"],
        features=["header table", "running head", "page numbers", "two pages"])

    # 4. enscript + ps2pdf: a typewriter memo in Courier, pre-wrapped at 72 columns, Latin-1,
    #    with enscript's header line on every page (the source as Latin-1 can say it).
    add("enscript-memo", "fr", "GNU enscript + Ghostscript ps2pdf",
        article(read(docs, "040", "fr")) + article(read(docs, "018", "fr")), fix=latin1_memo,
        furniture=[r"Mémo interne", r"Page \d+ sur \d+"],
        features=["monospace", "pre-wrapped lines", "running head", "page numbers"])

    # 5. groff -ms + ps2pdf: justified, hyphenated, running heads and page numbers.
    add("groff-ms", "en", "GNU groff -ms (-Tps) + Ghostscript ps2pdf",
        article(read(docs, "049", "en")) + article(read(docs, "069", "en")) + article(read(docs, "079", "en")),
        furniture=[r"Campus and Science Notes", r"- \d+ -"],
        features=["justified", "hyphenation", "running head", "page numbers"])

    # 6. ReportLab: two columns flowing over pages, a sidebar on page 1, running head, page
    #    numbers and a rotated margin label.
    main = article(read(docs, "076", "en")) + article(read(docs, "061", "en"))
    side = read(docs, "078", "en")
    blocks = main + [("sidebar-heading", [side[0]])] + [("sidebar", p) for p in paragraphs(side[1:9])]
    add("reportlab-columns", "en", "ReportLab (Python), platypus frames",
        blocks, furniture=[r"The Field Notes Review", r"^\d+$", r"NTREX corpus · draft for review"],
        features=["two columns flowing", "sidebar", "running head", "page numbers", "rotated margin label"])

    # 7. pdfTeX: LaTeX article, justified and hyphenated, fancyhdr heads, a landscape page
    #    (pdflscape: content rotated, /Rotate 90), a footnote.
    a, b = read(docs, "037", "en"), read(docs, "033", "en")
    blocks = article(a)
    blocks = blocks[:-1] + [blocks[-1]] + [("landscape-heading", [b[0]])] + [("landscape", p) for p in paragraphs(b[1:12])]
    blocks += [("body", p) for p in paragraphs(b[12:25])] + [("note", [b[25]])]
    add("pdftex-article", "en", "pdfTeX (LaTeX article, fancyhdr, pdflscape)",
        blocks, furniture=[r"The Westminster Letter", r"Autumn edition", r"^\d+$"],
        features=["justified", "hyphenation", "landscape page (rotated text)", "footnote", "running head", "page numbers"])

    # 8. Right to left: Arabic through Chromium, Hebrew through LibreOffice.
    add("chromium-arabic", "ar", "Chromium headless print-to-PDF (dir=rtl, Noto Naskh Arabic, @page margin boxes)",
        article(read(docs, "013", "ar")), furniture=[r"نشرة الطقس", r"صفحة \d+"],
        features=["right to left", "running head", "page numbers"])
    add("lo-hebrew", "he", "LibreOffice Writer from flat ODT (right to left)",
        article(read(docs, "020", "he")) + article(read(docs, "050", "he")), furniture=[r"עלון הספורט", r"^\d+$"],
        features=["right to left", "running head", "page numbers"])

    # 9. CJK: Chinese through Chromium, Japanese through LibreOffice (the first 15 and 20 lines of
    #    their documents: every new character adds a glyph to the embedded font).
    add("chromium-chinese", "zh", "Chromium headless print-to-PDF (WenQuanYi Micro Hei, @page margin boxes)",
        article(read(docs, "048", "zh")[:15]), furniture=[r"国际新闻摘要", r"第 ?\d+ ?页"], joiner="",
        features=["CJK", "running head", "page numbers"])
    add("lo-japanese", "ja", "LibreOffice Writer from flat ODT (Noto Serif CJK JP)",
        article(read(docs, "074", "ja")[:20]), furniture=[r"スポーツ通信", r"^\d+$"], joiner="",
        features=["CJK", "running head", "page numbers"])

    # 10. A scan: no text layer. Must be refused.
    add("scan-image-only", "en", "Ghostscript pdfimage8 (image-only PDF rendered from a groff page)",
        article(read(docs, "010", "en")), expect="refused", features=["no text layer"])
    return cases


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cases = build(sys.argv[1])
    meta = []
    for case in cases:
        joiner = case.pop("joiner")
        blocks = case.pop("blocks")
        paras = [(role, joiner.join(ss)) for role, ss in blocks]
        # Source order: notes last (sidebars already come after the main text).
        order = [p for p in paras if p[0] != "note"] + [p for p in paras if p[0] == "note"]
        note_sentences = [s for role, ss in blocks if role == "note" for s in ss]
        body_sentences = [s for role, ss in blocks if role != "note" for s in ss]
        sentences = body_sentences + note_sentences
        unordered = sorted({sentences.index(s) for role, ss in blocks if role in ("note", "sidebar", "sidebar-heading") for s in ss})
        name = case["name"]
        with open(os.path.join(HERE, f"{name}.source.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(text for _, text in order) + "\n")
        with open(os.path.join(HERE, f"{name}.sentences"), "w", encoding="utf-8") as f:
            f.write("\n".join(sentences) + "\n")
        case["roles"] = [role for role, _ in order]
        case["unordered"] = unordered
        case["sentences"] = len(sentences)
        meta.append(case)
    with open(os.path.join(HERE, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
