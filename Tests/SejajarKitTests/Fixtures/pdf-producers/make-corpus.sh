#!/usr/bin/env bash
# Regenerates every PDF of this corpus from its source text (NAME.source.txt, with the paragraph
# roles in corpus.json): render.py lays each source out as its producer's input (kept here:
# .fodt, .html, .ms, .tex, enscript's .txt; the DOCX LibreOffice makes on the way is kept too;
# LibreOffice's .txt case reads lo-txt-mono.source.txt itself), then each
# producer makes its PDF. Needs the Debian and PyPI packages listed in README.md.
#
#   ./make-corpus.sh                 # PYTHON=python-with-reportlab ./make-corpus.sh
set -euo pipefail
cd "$(dirname "$0")"
HERE=$PWD
PYTHON=${PYTHON:-python3}
# A fixed folder: Chromium prints the page's URL in its footer, and the corpus should not
# depend on where it was made.
WORK=/tmp/sejajar-pdf-corpus
rm -rf "$WORK"
mkdir -p "$WORK"
export TZ=UTC LANG=C.UTF-8 SOURCE_DATE_EPOCH=1538352000   # 2018-10-01, for tools that honour it

"$PYTHON" render.py inputs "$HERE"

lo() {  # lo FILTER FILE (soffice's warning about javaldx, a Java helper it does not need here, left out)
    soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to "$1" --outdir "$WORK" "$2" \
        > /dev/null 2> >(grep -v javaldx >&2)
}
chrome() {  # chrome HTML PDF [flags]
    cp "$1" "$WORK/"
    chromium --headless --no-sandbox --disable-gpu --lang=en-US "${@:3}" \
        --print-to-pdf="$HERE/$2" "file://$WORK/$(basename "$1")" >/dev/null 2>&1
}

# LibreOffice from a .txt file (monospaced).
cp lo-txt-mono.source.txt "$WORK/lo-txt-mono.txt"
lo pdf "$WORK/lo-txt-mono.txt" && cp "$WORK/lo-txt-mono.pdf" .
# LibreOffice from a DOCX: the flat ODT is saved as DOCX, and the DOCX printed.
lo 'docx:MS Word 2007 XML' lo-docx-report.fodt && cp "$WORK/lo-docx-report.docx" .
lo pdf "$WORK/lo-docx-report.docx" && cp "$WORK/lo-docx-report.pdf" .
# LibreOffice from flat ODT: Hebrew (right to left) and Japanese.
for name in lo-hebrew lo-japanese; do lo pdf "$name.fodt" && cp "$WORK/$name.pdf" .; done

# Chromium print-to-PDF: the memo with Chromium's own header and footer; Arabic and Chinese
# with running heads and page numbers from CSS @page margin boxes instead.
chrome chromium-memo.html chromium-memo.pdf
chrome chromium-arabic.html chromium-arabic.pdf --no-pdf-header-footer
chrome chromium-chinese.html chromium-chinese.pdf --no-pdf-header-footer

# enscript (Latin-1, Courier 10, a header line on every page) + Ghostscript.
enscript -q -X 88591 -M A4 -f Courier10 \
    --header="$(printf 'M\351mo interne')||Page \$% sur \$=" -p "$WORK/enscript-memo.ps" enscript-memo.txt
ps2pdf -sPAPERSIZE=a4 "$WORK/enscript-memo.ps" enscript-memo.pdf

# groff -ms (justified, hyphenated) + Ghostscript.
groff -ms -Tps -dpaper=a4 -P-pa4 groff-ms.ms > "$WORK/groff-ms.ps"
ps2pdf -sPAPERSIZE=a4 "$WORK/groff-ms.ps" groff-ms.pdf

# ReportLab: two flowing columns, a sidebar, a rotated margin label.
"$PYTHON" render.py reportlab reportlab-columns reportlab-columns.pdf

# pdfTeX: justified and hyphenated, fancyhdr, a landscape page (pdflscape).
cp pdftex-article.tex "$WORK/"
(cd "$WORK" && pdflatex -interaction=batchmode -halt-on-error pdftex-article.tex >/dev/null)
cp "$WORK/pdftex-article.pdf" .

# A scan: a groff page rendered to a greyscale image and wrapped in a PDF without text.
groff -ms -Tps -dpaper=a4 -P-pa4 scan-image-only.ms > "$WORK/scan-image-only.ps"
gs -q -dSAFER -sDEVICE=pdfimage8 -r90 -o scan-image-only.pdf "$WORK/scan-image-only.ps"

for f in *.pdf; do
    printf '%-24s %3s pages %7s bytes  %s\n' "$f" "$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')" \
        "$(stat -c %s "$f")" "$(pdfinfo "$f" | awk -F': *' '/^Producer:/ {p = $2} END {print p ? p : "(no Producer)"}')"
done
