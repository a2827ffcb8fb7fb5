#!/usr/bin/env bash
# Accuracy, speed and memory of `sejajar align`, measured with `sejajar evaluate` on the gold sets
# in ../shared/corpora. Prints one line per figure; nothing here is a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SEJAJAR:-.build/release/sejajar}
CORPORA=${CORPORA:-../shared/corpora}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
TB="$(cd "$CORPORA/textberg-de-fr" && pwd)"
NT="$(cd "$CORPORA/ntrex-es-id" && pwd)"

seconds() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }

echo "== Text+Berg de-fr test (7 documents, --input lines)"
: > "$OUT/tb.tsv"
for k in 0 1 2 3 4 5 6; do printf '%s\t%s\n' "$TB/test/test$k.de" "$TB/test/test$k.fr" >> "$OUT/tb.tsv"; done
sentences=$(cat "$TB"/test/test?.de "$TB"/test/test?.fr | wc -l)
t0=$(seconds)
"$BIN" align --batch "$OUT/tb.tsv" --from de --to fr --input lines --format ladder --output-dir "$OUT/tb" --quiet
t1=$(seconds)
echo "batch (one --batch call), $(rate "$sentences" "$t0" "$t1") sentences/s:"
"$BIN" evaluate --gold "$TB"/test/test?.defr --test $(for k in 0 1 2 3 4 5 6; do echo "$OUT/tb/test$k.de.ladder"; done)
mkdir -p "$OUT/tb1"
t0=$(seconds)
for k in 0 1 2 3 4 5 6; do
  "$BIN" align "$TB/test/test$k.de" "$TB/test/test$k.fr" --from de --to fr --input lines --format ladder --output "$OUT/tb1/test$k.ladder" --quiet
done
t1=$(seconds)
echo "one pair at a time, $(rate "$sentences" "$t0" "$t1") sentences/s:"
"$BIN" evaluate --gold "$TB"/test/test?.defr --test $(for k in 0 1 2 3 4 5 6; do echo "$OUT/tb1/test$k.ladder"; done)

echo "== Text+Berg de-fr dev (1 document, alone)"
"$BIN" align "$TB/dev/dev.de" "$TB/dev/dev.fr" --from de --to fr --input lines --format ladder --output "$OUT/dev.ladder" --quiet
"$BIN" evaluate --gold "$TB/dev/dev.defr" --test "$OUT/dev.ladder"

echo "== Text+Berg de-fr test, ceiling of the cost model (not a real run)"
python3 benchmarks/oracle-lexicon.py "$BIN" "$CORPORA"

echo "== NTREX es-id perturbed documents (--batch)"
: > "$OUT/nt.tsv"
golds=(); tests=()
for es in "$NT"/perturbed/doc[0-9]*.es; do
  base=${es%.es}
  printf '%s\t%s\n' "$es" "$base.id" >> "$OUT/nt.tsv"
  golds+=("$base.gold"); tests+=("$OUT/nt/$(basename "$es").ladder")
done
sentences=$(cat "$NT"/perturbed/doc[0-9]*.es "$NT"/perturbed/doc[0-9]*.id | wc -l)
t0=$(seconds)
"$BIN" align --batch "$OUT/nt.tsv" --from es --to id --input lines --format ladder --output-dir "$OUT/nt" --quiet
t1=$(seconds)
echo "batch, $(rate "$sentences" "$t0" "$t1") sentences/s:"
"$BIN" evaluate --gold "${golds[@]}" --test "${tests[@]}"

echo "== Reliability of the confidences on every gold set (strict F1, ECE, beads >= 0.9 exact, gold 1-0/0-1 reproduced)"
SEJAJAR="$BIN" CORPORA="$CORPORA" bash benchmarks/reliability.sh
echo "== Every language pair: 14 ntrex-multi pairs perturbed (strict F1, ECE, beads >= 0.9 exact, exact reaching 0.9, 1-0/0-1 reproduced; documents 0-39, 40-79, all)"
python3 benchmarks/multi-pairs.py --bin "$BIN" --corpora "$CORPORA" --features "$OUT/multi"
echo "== The confidence model pair-out: fitted without each set, reported on its documents 40-79 (Text+Berg: test)"
python3 benchmarks/calibration/pairout.py "$OUT/multi" --bin "$BIN" --corpora "$CORPORA"
echo "== Verdicts on real and on unrelated document pairs of 14 ntrex-multi pairs (benchmarks/verdicts.py)"
python3 benchmarks/verdicts.py --bin "$BIN" --corpora "$CORPORA"
echo "== Where versions differ: planted deletions and moves in the 80 NTREX documents"
python3 benchmarks/differences.py "$BIN" "$CORPORA"

echo "== Verdicts"
for pair in "Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt"; do
  set -- $pair
  printf 'seed pair: '; "$BIN" align "$1" "$2" --from es --to id --quiet | grep '"verdict"'
done
: > "$OUT/real.tsv"; : > "$OUT/cross.tsv"
for k in $(seq -w 0 79); do
  printf '%s\t%s\n' "$NT/docs/doc0$k.es" "$NT/docs/doc0$k.id" >> "$OUT/real.tsv"
  j=$(printf '%02d' $(( (10#$k + 37) % 80 )))
  printf '%s\t%s\n' "$NT/docs/doc0$k.es" "$NT/docs/doc0$j.id" >> "$OUT/cross.tsv"
done
for set in real cross; do
  counts=$( { "$BIN" align --batch "$OUT/$set.tsv" --from es --to id --input lines --format ladder --output-dir "$OUT/$set" 2>&1 >/dev/null; } \
    | sed -n 's/.*: \(parallel\|partial\|comparable\|unrelated\), .*/\1/p' | sort | uniq -c | tr '\n' ' ')
  echo "NTREX $set pairs (80, --batch): $counts"
done
for set in real cross; do
  : > "$OUT/$set.alone"
  while IFS=$'\t' read -r source target; do
    "$BIN" align "$source" "$target" --from es --to id --input lines --format ladder -o /dev/null 2>&1 \
      | sed -n 's/.*: \(parallel\|partial\|comparable\|unrelated\), .*/\1/p' >> "$OUT/$set.alone"
  done < "$OUT/$set.tsv"
  echo "NTREX $set pairs (80, one at a time): $(sort "$OUT/$set.alone" | uniq -c | tr '\n' ' ')"
done

echo "== Large input: NTREX perturbed ALL repeated (peak memory, time)"
large() {
  local target=$1 name=$2
  : > "$OUT/$name.es"; : > "$OUT/$name.id"
  while [ "$(wc -l < "$OUT/$name.es")" -lt "$target" ]; do
    cat "$NT/perturbed/ALL.es" >> "$OUT/$name.es"; cat "$NT/perturbed/ALL.id" >> "$OUT/$name.id"
  done
  head -n "$target" "$OUT/$name.es" > "$OUT/$name.es.cut"; head -n "$target" "$OUT/$name.id" > "$OUT/$name.id.cut"
  /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$BIN" align "$OUT/$name.es.cut" "$OUT/$name.id.cut" --from es --to id --input lines --format ladder --output "$OUT/$name.ladder" --quiet
  read -r secs kb < "$OUT/$name.time"
  echo "$target sentences per side: $secs s, peak $((kb / 1024)) MB"
  echo "$secs $kb" > "$OUT/$name.fig"
}
large 40000 half
large 80000 full
read -r s1 m1 < "$OUT/half.fig"; read -r s2 m2 < "$OUT/full.fig"
awk -v a="$s1" -v b="$s2" -v c="$m1" -v d="$m2" 'BEGIN { printf "doubling 40k -> 80k: time x%.2f, memory x%.2f\n", b / a, d / c }'
echo "== Large TMX read in constant memory"
bash benchmarks/tmx-large.sh
echo "== A 300-page book as HTML, ODT, DOCX and PDF: time and peak memory of reading it (sejajar text)"
python3 benchmarks/readers.py "$BIN" --corpus "$NT"
echo "== PDFs from seven producers: sentences read exactly by Sejajar, pdftotext, pdfminer.six (benchmarks/pdf-readers.py)"
python3 benchmarks/pdf-readers.py "$BIN" Tests/SejajarKitTests/Fixtures/pdf-producers
echo "== Inputs near 100 MB: time and peak memory per reader"
bash benchmarks/hostile.sh
echo "== Planted terminology errors (sejajar check on NTREX es-id and the corrected in-domain articles; each half planted apart)"
NTREX_DOCS="$NT/docs" python3 benchmarks/planted.py "$BIN" --rounds 3
echo "== Three renderings of one original (NTREX vi, es, id: each alignment and es-id through vi against direct)"
python3 benchmarks/pivot.py "$BIN" --corpus "$NT"
echo "== Errors planted in one translation, found through the original (NTREX vi, es, id)"
NTREX_DOCS="$NT/docs" python3 benchmarks/pivot-planted.py "$BIN"
echo "== Telling a text's language (sejajar text, LanguageProfile), 80 NTREX documents in 23 languages"
python3 benchmarks/languages.py "$BIN" "$CORPORA"
echo "== The term base informs the aligner, never overrides it (NTREX vi, es, id; with and without --glossary)"
python3 benchmarks/anchors.py "$BIN" "$CORPORA"
echo "== Term findings on clean NTREX text, Vietnamese the original and es-id (development half 0-39, held out 40-79)"
NTREX_DOCS="$NT/docs" python3 benchmarks/vietnamese.py "$BIN"
echo "== Term findings with English on one side (ntrex-multi English with the same documents; fresh signal for the development half)"
mkdir -p "$OUT/ntrex-en"
for f in "$NT"/docs/doc0[0-9][0-9].{vi,es,id} "$CORPORA"/ntrex-multi/docs/doc0[0-9][0-9].en; do ln -sf "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$OUT/ntrex-en/"; done
python3 benchmarks/vietnamese.py "$BIN" --docs "$OUT/ntrex-en" --pairs 'vi>en,en>vi,en>es,en>id'
echo "== Term findings judged by hand (four in-domain article pairs, benchmarks/judged/: development 1+3, held out 2+4)"
python3 benchmarks/judged/score.py "$BIN" | sed -n '1,/^term and doublet findings, held-out/p'
echo "== The review editor: edits answered over HTTP (500 and 20,000 sentences a side)"
python3 benchmarks/review.py "$BIN" "$CORPORA"
echo "== A corpus aligned as many jobs: the same bytes in 1, 2, 4, 8 shards; overhead; 1,000,000 sentences a side through Slurm"
SEJAJAR="$BIN" CORPORA="$CORPORA" SLURM=1 CORPUS_PAIRS=5000 bash benchmarks/corpus.sh
echo "== Translation memory at 1,000,000 units: sejajar memory beside translate-toolkit's tmdb (NTREX, 23 languages)"
/usr/bin/python3 benchmarks/memory.py "$BIN" --corpus "$CORPORA"
