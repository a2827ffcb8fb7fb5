#!/usr/bin/env bash
# The hostile PDFs, made by real software (LibreOffice, ImageMagick); the results are committed.
# Run from this folder: bash make-pdfs.sh (needs libreoffice-writer-nogui).
set -euo pipefail
here=$(pwd); work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf 'Hola mundo. Este documento tiene contraseña.\n' > "$work/locked.txt"
soffice -env:UserInstallation=file://$work/profile --headless --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secreto"}}' \
  --outdir "$work" "$work/locked.txt" > /dev/null 2>&1
mv "$work/locked.pdf" encrypted.pdf
# A scan: the page is a picture (lines of dark marks like printed words), with no text layer.
python3 - "$work/scan.png" <<'PY'
import struct, sys, zlib, random
random.seed(7); w, h = 600, 300
rows = [[255] * w for _ in range(h)]
for line in range(8):
    x = 30
    while x < w - 60:
        word = random.randint(20, 70)
        for y in range(30 + line * 32, 44 + line * 32):
            for dx in range(word): rows[y][x + dx] = 20
        x += word + 12
raw = b"".join(b"\x00" + bytes(r) for r in rows)
def chunk(kind, data): return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
cat > "$work/scan.fodt" <<FODT
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>
<draw:frame draw:name="scan" svg:width="16cm" svg:height="8cm" text:anchor-type="as-char"><draw:image><office:binary-data>$(base64 -w0 "$work/scan.png")</office:binary-data></draw:image></draw:frame>
</text:p></office:text></office:body></office:document>
FODT
soffice -env:UserInstallation=file://$work/profile --headless --convert-to pdf --outdir "$work" "$work/scan.fodt" > /dev/null 2>&1
mv "$work/scan.pdf" scan.pdf
# Not a PDF at all, named .pdf.
printf 'Hola mundo.\n' > not-pdf.pdf
# Cut off after its first kilobyte.
head -c 1024 ../../../SejajarKitTests/Fixtures/documents/article.es.pdf > truncated.pdf
