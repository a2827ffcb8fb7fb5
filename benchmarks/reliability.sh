#!/usr/bin/env bash
# Accuracy and the reliability of confidences on every gold set, one line per set: strict F1,
# ECE, the share of beads with confidence >= 0.9 that are exact, the share of exact beads that
# reach 0.9, and the gold 1-0/0-1 beads reproduced exactly. Extra arguments go to every align.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SEJAJAR:-.build/release/sejajar}
EVAL=${SEJAJAR_EVAL:-$BIN}  # the binary that scores (to score an older aligner's output)
CORPORA=${CORPORA:-../shared/corpora}
TB="$(cd "$CORPORA/textberg-de-fr" && pwd)"
NT="$(cd "$CORPORA/ntrex-es-id" && pwd)"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
summary() {  # summary LABEL GOLD… -- TEST…
  local label=$1; shift
  local gold=() test=()
  while [ "$1" != "--" ]; do gold+=("$1"); shift; done; shift
  test=("$@")
  "$EVAL" evaluate --gold "${gold[@]}" --test "${test[@]}" --json | python3 -c "
import json, sys
d = json.load(sys.stdin); r = d.get('reliability', {})
null = f\"{r['nullReproduced']}/{r['goldNull']}\" if r.get('goldNull') else '-'
print(f\"$label: F1 {d['strictF1']:.3f}  ECE {r.get('calibrationError', 0):.3f}  >=0.9 exact {r.get('confidentExact', 0):.3f} ({r.get('confident', 0)})  exact reaching 0.9 {r.get('exactConfident', 0):.3f}  null {null}\")"
}
: > "$OUT/tb.tsv"
for k in 0 1 2 3 4 5 6; do printf '%s\t%s\n' "$TB/test/test$k.de" "$TB/test/test$k.fr" >> "$OUT/tb.tsv"; done
"$BIN" align --batch "$OUT/tb.tsv" --from de --to fr --input lines --format ladder --output-dir "$OUT/tb" --quiet "$@"
summary "Text+Berg test, batch" "$TB"/test/test?.defr -- $(for k in 0 1 2 3 4 5 6; do echo "$OUT/tb/test$k.de.ladder"; done)
mkdir -p "$OUT/tb1"
for k in 0 1 2 3 4 5 6; do
  "$BIN" align "$TB/test/test$k.de" "$TB/test/test$k.fr" --from de --to fr --input lines --format ladder --output "$OUT/tb1/test$k.ladder" --quiet "$@"
done
summary "Text+Berg test, alone" "$TB"/test/test?.defr -- $(for k in 0 1 2 3 4 5 6; do echo "$OUT/tb1/test$k.ladder"; done)
"$BIN" align "$TB/dev/dev.de" "$TB/dev/dev.fr" --from de --to fr --input lines --format ladder --output "$OUT/dev.ladder" --quiet "$@"
summary "Text+Berg dev, alone" "$TB/dev/dev.defr" -- "$OUT/dev.ladder"
: > "$OUT/nt.tsv"
golds=(); tests=(); alone=()
mkdir -p "$OUT/nt1"
for es in "$NT"/perturbed/doc[0-9]*.es; do
  base=${es%.es}
  printf '%s\t%s\n' "$es" "$base.id" >> "$OUT/nt.tsv"
  golds+=("$base.gold"); tests+=("$OUT/nt/$(basename "$es").ladder"); alone+=("$OUT/nt1/$(basename "$es").ladder")
done
"$BIN" align --batch "$OUT/nt.tsv" --from es --to id --input lines --format ladder --output-dir "$OUT/nt" --quiet "$@"
summary "NTREX perturbed, batch" "${golds[@]}" -- "${tests[@]}"
while IFS=$'\t' read -r source target; do
  "$BIN" align "$source" "$target" --from es --to id --input lines --format ladder --output "$OUT/nt1/$(basename "$source").ladder" --quiet "$@"
done < "$OUT/nt.tsv"
summary "NTREX perturbed, alone" "${golds[@]}" -- "${alone[@]}"
