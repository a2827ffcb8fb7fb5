#!/usr/bin/env bash
# Streams a large TMX through `sejajar tmx stats` and prints its peak memory: reading must stay
# in constant memory whatever the file size. Size in MB as the first argument (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SEJAJAR:-.build/release/sejajar}
MB=${1:-1024}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for size in $((MB / 8)) "$MB"; do
  awk -v bytes=$((size * 1024 * 1024)) 'BEGIN {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
    print "  <header creationtool=\"bench\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"es\" datatype=\"plaintext\"/>\n  <body>"
    n = 0; written = 0
    while (written < bytes) {
      line = sprintf("    <tu><prop type=\"x-n\">%d</prop><tuv xml:lang=\"es\"><seg>El Comité Popular de la provincia aprobó el plan número %d &amp; lo publicó.</seg></tuv><tuv xml:lang=\"id\"><seg>Komite Rakyat provinsi menyetujui rencana nomor %d dan menerbitkannya.</seg></tuv></tu>", n, n, n)
      print line; written += length(line) + 1; n++
    }
    print "  </body>\n</tmx>"
  }' > "$OUT/big.tmx"
  bytes=$(stat -c %s "$OUT/big.tmx")
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$BIN" tmx stats "$OUT/big.tmx" > "$OUT/stats"
  read -r secs kb < "$OUT/time"
  echo "tmx stats on $((bytes / 1048576)) MB ($(sed -n 's/^units: //p' "$OUT/stats") units): $secs s, peak $((kb / 1024)) MB"
  rm -f "$OUT/big.tmx"
done
