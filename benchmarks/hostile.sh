#!/usr/bin/env bash
# Time and peak memory of each reader on inputs near 100 MB, generated here: the target is under
# 2 GB of memory for any input under 100 MB. Prints one line per input.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SEJAJAR:-.build/release/sejajar}
CORPORA=${CORPORA:-../shared/corpora}
NT="$(cd "$CORPORA/ntrex-es-id" && pwd)"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
measure() {  # measure LABEL COMMAND…
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" > /dev/null 2> "$OUT/err" || { echo "$label: failed: $(head -c 300 "$OUT/err")"; return; }
  read -r secs kb < "$OUT/time"
  echo "$label: $secs s, peak $((kb / 1024)) MB"
}
python3 - "$OUT" "$NT" <<'PY'
import sys, os, random
out, nt = sys.argv[1], sys.argv[2]
es = open(os.path.join(nt, 'perturbed/ALL.es'), encoding='utf-8').read().replace('\n', ' ')
idn = open(os.path.join(nt, 'perturbed/ALL.id'), encoding='utf-8').read().replace('\n', ' ')
for name, text in [('line.es', es), ('line.id', idn)]:
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write((text * (50_000_000 // len(text) + 1))[:50_000_000])
# A lexicon of 100 MB: 2.5 million word pairs.
random.seed(1)
with open(os.path.join(out, 'big.lexicon'), 'w') as f:
    f.write('# sejajar lexicon\n')
    for k in range(2_500_000):
        f.write(f'w{k:07d}s\tw{k:07d}t\t0.5000\t0.5000\n')
# A term table of 100 MB: 1.2 million terms.
with open(os.path.join(out, 'big.csv'), 'w') as f:
    f.write('concept,subject,lang,term,status,pos,flags,note\n')
    for k in range(300_000):
        for lang, word in [('vi', 'ủy ban'), ('es', 'comité'), ('id', 'komite'), ('en', 'committee')]:
            f.write(f'c{k},Party bodies,{lang},{word} {k},{"preferred"},noun,,a note about the term {k}\n')
PY
measure "text, 50 MB on one line per side (align)" "$BIN" align "$OUT/line.es" "$OUT/line.id" --format ladder --quiet
measure "term table, $(du -m "$OUT/big.csv" | cut -f1) MB (glossary import)" "$BIN" glossary import "$OUT/big.csv" --output "$OUT/big.tbx"
measure "TBX, $(du -m "$OUT/big.tbx" | cut -f1) MB (glossary lint)" "$BIN" glossary lint "$OUT/big.tbx"
measure "lexicon, $(du -m "$OUT/big.lexicon" | cut -f1) MB (align with --lexicon)" "$BIN" align Alignments/samples/ntrex-doc010.es Alignments/samples/ntrex-doc010.id --input lines --lexicon "$OUT/big.lexicon" --quiet
: > "$OUT/big.es"; : > "$OUT/big.id"
for k in $(seq 1 64); do cat "$NT/perturbed/ALL.es" >> "$OUT/big.es"; cat "$NT/perturbed/ALL.id" >> "$OUT/big.id"; done
"$BIN" align "$OUT/big.es" "$OUT/big.id" --input lines --quiet --output "$OUT/big.json"
measure "saved alignment, $(du -m "$OUT/big.json" | cut -f1) MB (check)" "$BIN" check "$OUT/big.json" --quiet
measure "saved alignment, $(du -m "$OUT/big.json" | cut -f1) MB (export tmx)" "$BIN" export "$OUT/big.json" --quiet
# TMX is streamed: benchmarks/tmx-large.sh reads 128 MB and 1 GB memories.
