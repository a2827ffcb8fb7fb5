#!/usr/bin/env bash
# Writes every output the tool makes on the bundled samples and the NTREX corpus into OUTDIR, so
# that a refactoring can be checked byte for byte against the previous binary:
#   bash benchmarks/outputs.sh /tmp/old-sejajar /tmp/out-old
#   bash benchmarks/outputs.sh .build/release/sejajar /tmp/out-new
#   diff -r /tmp/out-old /tmp/out-new
# Standard error is kept too (as *.err), with the output folder's name replaced by OUT.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
OUT=$2
CORPORA=${CORPORA:-../shared/corpora}
NT="$(cd "$CORPORA/ntrex-es-id" && pwd)"
rm -rf "$OUT"; mkdir -p "$OUT"
export SOURCE_DATE_EPOCH=1700000000
S=Alignments/samples
run() {  # run NAME ARGS… : stdout to NAME, stderr to NAME.err, exit status to NAME.rc
  local name=$1; shift
  "$BIN" "$@" > "$OUT/$name" 2> "$OUT/$name.err"
  echo $? > "$OUT/$name.rc"
  sed -i "s#$OUT#OUT#g" "$OUT/$name.err"
}
for f in json ladder tsv tmx html; do
  run seed.align.$f align $S/seed-000.es.txt $S/seed-004.id.txt --from es --to id --format $f
  run doc010.align.$f align $S/ntrex-doc010.es $S/ntrex-doc010.id --from es --to id --input lines --format $f
done
run seed.align.min.json align $S/seed-000.es.txt $S/seed-004.id.txt --from es --to id --min-confidence 0.5
run seed.align.min.tmx align $S/seed-000.es.txt $S/seed-004.id.txt --from es --to id --format tmx --min-confidence 0.5
run seed.align.glossary.json align $S/seed-000.es.txt $S/seed-004.id.txt --from es --to id --glossary Glossary/political-administrative.tbx
for f in text json html; do
  run seed.check.$f check $S/seed-000-004.alignment.json --format $f
  run doc010.check.$f check $S/ntrex-doc010.alignment.json --format $f
  run seed.check2.$f check $S/seed-000.es.txt $S/seed-004.id.txt --from es --to id --format $f
done
for f in tmx tsv; do
  run seed.export.$f export $S/seed-000-004.alignment.json --format $f
  run doc010.export.$f export $S/ntrex-doc010.alignment.json --format $f --min-confidence 0.5
done
run doc010.export.moses export $S/ntrex-doc010.alignment.json --format moses --output "$OUT/moses"
# A hand-fixed alignment: the first content bead locked, the rest re-aligned.
python3 - "$S/ntrex-doc010.alignment.json" "$OUT/locked.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
for bead in data["beads"]:
    if bead["role"] == "content" and bead["source"] and bead["target"]:
        bead["locked"] = True; break
json.dump(data, open(sys.argv[2], "w"))
PY
run doc010.resume.json align --resume "$OUT/locked.json"
run doc010.resume.export.tmx export "$OUT/locked.json" --format tmx --min-confidence 0.99
# A batch of 75 NTREX documents, in three formats.
: > "$OUT/pairs.tsv"
for k in $(seq -w 0 74); do printf '%s\t%s\n' "$NT/docs/doc0$k.es" "$NT/docs/doc0$k.id" >> "$OUT/pairs.tsv"; done
for f in json html ladder; do
  run batch.$f align --batch "$OUT/pairs.tsv" --from es --to id --input lines --format $f --output-dir "$OUT/batch-$f"
done
for k in 000 001 002; do
  run batch.check.doc$k.json check "$OUT/batch-json/doc$k.es.json" --format json
done
run lexicon.train lexicon train --batch "$OUT/pairs.tsv" --from es --to id --input lines --output "$OUT/es-id.lexicon"
run doc010.align.lexicon.json align $S/ntrex-doc010.es $S/ntrex-doc010.id --from es --to id --input lines --lexicon "$OUT/es-id.lexicon"
for to in tbx tbx2008 tsv csv; do run glossary.$to glossary convert --format $to --from es --to id; done
run glossary.lookup glossary lookup "comités del Partido"
run glossary.lookup.json glossary lookup mengimplementasikan --format json
run glossary.lint glossary lint
run tmx.stats tmx stats "$OUT/seed.align.tmx"
run tmx.stats.json tmx stats "$OUT/doc010.align.tmx" --json
run tmx.merge tmx merge "$OUT/seed.align.tmx" "$OUT/doc010.align.tmx" --output "$OUT/merged.tmx"
run evaluate evaluate --gold "$NT/docs/doc000.gold" "$NT/docs/doc001.gold" --test "$OUT/batch-ladder/doc000.es.ladder" "$OUT/batch-ladder/doc001.es.ladder"
run evaluate.json evaluate --gold "$NT/docs/doc000.gold" --test "$OUT/batch-ladder/doc000.es.ladder" --json
# Bad inputs: the message and the exit status.
printf 'not json' > "$OUT/bad-input.json"
run bad.json export "$OUT/bad-input.json"
run bad.missing align nothere.es nothere.id --from es --to id
run bad.tmx tmx stats $S/seed-000.es.txt
echo "outputs in $OUT"
