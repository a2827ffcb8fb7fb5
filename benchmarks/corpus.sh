#!/usr/bin/env bash
# A corpus aligned as many jobs (issue 32, docs/commands/corpus.md). Prints one line per figure.
#
# 1. Identity: the corpus steps of deploy/slurm/commands.sh (map and reduce rounds, align, merge) run
#    here as processes, two at a time, in N = 1, 2, 4 and 8 shards, against one `sejajar align --batch`
#    over the whole list, on the 80 NTREX es-id documents, Text+Berg test (7 documents) and Text+Berg
#    dev (1 document, folds by quarter): every per-pair JSON and TMX, merged.tmx, the merged report,
#    findings JSON and summary must be the same bytes.
# 2. Overhead: a corpus of CORPUS_PAIRS pairs (NTREX documents concatenated into pairs of 200
#    sentences a side) aligned by one `align --batch` and in 2 shards (the same steps, two at a time):
#    wall and CPU seconds.
# 3. With SLURM=1 (root: deploy/slurm/cluster.sh brings up a one-node Slurm), the same corpus through
#    the Slurm pipeline in SLURM_SHARDS shards: wall time, and each job's time and peak memory.
#
#   bash benchmarks/corpus.sh                         # 1 and 2 (CORPUS_PAIRS=1000: 200,000 sentences a side)
#   SLURM=1 CORPUS_PAIRS=5000 bash benchmarks/corpus.sh   # also 3 on 1,000,000 sentences a side
#   CORPUS_IDENTITY=0 CORPUS_PAIRS=100 bash benchmarks/corpus.sh   # only 2 (the overhead on 100 pairs)
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=$(cd "$(dirname "${SEJAJAR:-.build/release/sejajar}")" && pwd)/$(basename "${SEJAJAR:-.build/release/sejajar}")
CORPORA=$(cd "${CORPORA:-../shared/corpora}" && pwd)
DEPLOY=$(pwd)/deploy/slurm
OUT=${CORPUS_BENCH_WORK:-$(mktemp -d /tmp/sejajar-corpus-bench.XXXXXX)}
mkdir -p "$OUT"
[ -n "${CORPUS_BENCH_WORK:-}" ] || trap 'rm -rf "$OUT"' EXIT
export SEJAJAR=$BIN SEJAJAR_DEPLOY=$DEPLOY SOURCE_DATE_EPOCH=1700000000
# shellcheck source=../deploy/slurm/commands.sh
source "$DEPLOY/commands.sh"

# Runs `stage_X I N …` for I = 0 … N-1, two at a time; fails when one does.
tasks() {
  local stage=$1 n=$2 i pids=() rc=0; shift 2
  for ((i = 0; i < n; i++)); do
    "$stage" "$i" "$n" "$@" & pids+=($!)
    if [ ${#pids[@]} = 2 ]; then for p in "${pids[@]}"; do wait "$p" || rc=1; done; pids=(); fi
  done
  for p in "${pids[@]}"; do wait "$p" || rc=1; done
  return $rc
}

# The corpus steps over SEJAJAR_LIST in N shards into SEJAJAR_WORK.
sharded() {
  local n=$1 rounds r
  rm -rf "$SEJAJAR_WORK"; mkdir -p "$SEJAJAR_WORK"
  rounds=$(corpus_rounds) || return
  for ((r = 0; r < rounds; r++)); do
    tasks stage_map "$n" "$r" || return
    stage_reduce "$r" || return
  done
  SEJAJAR_ROUNDS=$rounds tasks stage_align "$n" && stage_merge
}

# One `align --batch` over SEJAJAR_LIST into DIR, merged the same way.
one() {
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir/reports"
  align_batch "$SEJAJAR_LIST" "$dir/out" --corpus-report "$dir/reports/all" || return
  if [ "$SEJAJAR_FORMAT" = tmx ]; then merge_tmx "$SEJAJAR_LIST" "$dir/out" "$dir/merged.tmx" || return; fi
  merge_reports "$dir/reports" "$dir"
}

# Same bytes in A and B: every file.
same() { diff -r -q "$1" "$2" -x reports -x stats -x model -x logs -x jobs.tsv >/dev/null; }

identity() { # NAME FROM TO LIST
  local name=$1 n format result
  export SEJAJAR_FROM=$2 SEJAJAR_TO=$3 SEJAJAR_INPUT=lines SEJAJAR_LIST=$4
  for format in json tmx; do
    export SEJAJAR_FORMAT=$format
    one "$OUT/one" || { echo "$name $format: the one-process run failed"; return 1; }
    result=""
    for n in 1 2 4 8; do
      export SEJAJAR_WORK=$OUT/sharded
      if ! sharded "$n" > "$OUT/log" 2>&1; then result+=" N=$n: FAILED ($(tail -n 1 "$OUT/log"))"; continue; fi
      if same "$OUT/one" "$SEJAJAR_WORK"; then result+=" N=$n: identical"; else result+=" N=$n: DIFFERENT"; fi
    done
    echo "$name, $format ($(ls "$OUT/one/out" | wc -l) files + merged):$result"
  done
}

NT=$CORPORA/ntrex-es-id/docs TB=$CORPORA/textberg-de-fr
if [ "${CORPUS_IDENTITY:-1}" = 1 ]; then  # CORPUS_IDENTITY=0: only the overhead (and Slurm)
echo "== Identical outputs in N shards and in one --batch run"
for k in $(seq 0 79); do d=$(printf 'doc%03d' "$k"); printf '%s\t%s\n' "$NT/$d.es" "$NT/$d.id"; done > "$OUT/ntrex.tsv"
for k in 0 1 2 3 4 5 6; do printf '%s\t%s\n' "$TB/test/test$k.de" "$TB/test/test$k.fr"; done > "$OUT/tb-test.tsv"
printf '%s\t%s\n' "$TB/dev/dev.de" "$TB/dev/dev.fr" > "$OUT/tb-dev.tsv"
identity "NTREX es-id, 80 documents" es id "$OUT/ntrex.tsv"
identity "Text+Berg de-fr test, 7 documents" de fr "$OUT/tb-test.tsv"
identity "Text+Berg de-fr dev, 1 document" de fr "$OUT/tb-dev.tsv"
fi

# A large corpus: NTREX documents concatenated into pairs of about 200 sentences a side.
PAIRS=${CORPUS_PAIRS:-1000}
python3 - "$NT" "$OUT/big" "$PAIRS" <<'PY'
import os, sys
nt, out, pairs = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out, exist_ok=True)
docs = [(open(f"{nt}/doc{d:03d}.es").read().splitlines(), open(f"{nt}/doc{d:03d}.id").read().splitlines()) for d in range(80)]
d = 0
with open(f"{out}.tsv", "w") as listing:
    for p in range(pairs):
        es, iid = [], []
        while sum(1 for line in es if line) < 200:
            es += docs[d % 80][0] + [""]; iid += docs[d % 80][1] + [""]
            d += 1
        open(f"{out}/p{p:05d}.es", "w").write("\n".join(es))
        open(f"{out}/p{p:05d}.id", "w").write("\n".join(iid))
        listing.write(f"big/p{p:05d}.es\tbig/p{p:05d}.id\n")
PY
sentences=$(cat "$OUT"/big/*.es | grep -c .)
export SEJAJAR_FROM=es SEJAJAR_TO=id SEJAJAR_INPUT=lines SEJAJAR_LIST=$OUT/big.tsv SEJAJAR_FORMAT=tmx
echo "== Overhead of the corpus steps: $PAIRS pairs, $sentences sentences a side"
cpu() { awk '{ print $1 + $2 }' "$1"; }
{ /usr/bin/time -f '%e %U %S %M' bash -c "source '$DEPLOY/commands.sh'; $(declare -f one); one '$OUT/one'" ; } 2> "$OUT/time-one" >/dev/null
read -r wall1 user1 sys1 rss1 < <(tail -n 1 "$OUT/time-one")
echo "one --batch run: ${wall1} s wall, $(awk -v u="$user1" -v s="$sys1" 'BEGIN { print u + s }') s CPU, peak $((rss1 / 1024)) MB"
export SEJAJAR_WORK=$OUT/sharded SEJAJAR_MEASURE=1
t0=$(date +%s.%N)
sharded 2 > "$OUT/log-2" 2>&1 || echo "2 shards: FAILED ($(tail -n 2 "$OUT/log-2"))"
t1=$(date +%s.%N)
unset SEJAJAR_MEASURE
peak=$(grep -o '[0-9]* KB' "$OUT/log-2" | sort -n | tail -n 1 | cut -d' ' -f1)
wall2=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
cpu1=$(awk -v u="$user1" -v s="$sys1" 'BEGIN { print u + s }')
cpu2=$(awk '/^measure:/ { for (k = 2; k <= NF; k++) { if ($k == "user") c += $(k - 1); if ($k == "sys") c += $(k - 1) } } END { print c + 0 }' "$OUT/log-2")
echo "2 shards, two at a time: ${wall2} s wall, ${cpu2} s CPU in all steps, peak $((${peak:-0} / 1024)) MB per step; overhead: wall $(awk -v a="$wall1" -v b="$wall2" 'BEGIN { printf "%+.1f%%", 100 * (b - a) / a }'), CPU $(awk -v a="$cpu1" -v b="$cpu2" 'BEGIN { printf "%+.1f%%", 100 * (b - a) / a }') (target: under 10%)"
echo "same outputs as the one run: $(same "$OUT/one" "$OUT/sharded" && echo yes || echo NO)"

if [ "${SLURM:-0}" = 1 ]; then
  SHARDS=${SLURM_SHARDS:-8}
  echo "== The Slurm pipeline: $PAIRS pairs, $sentences sentences a side, $SHARDS shards"
  if ! "$DEPLOY/cluster.sh" status >/dev/null 2>&1; then
    "$DEPLOY/cluster.sh" start >&2 || { echo "Slurm: the daemons cannot start here (cluster.sh said why)"; exit 1; }
    trap '"$DEPLOY/cluster.sh" stop >&2; [ -n "${CORPUS_BENCH_WORK:-}" ] || rm -rf "$OUT"' EXIT
  fi
  eval "$("$DEPLOY/cluster.sh" env)"
  t0=$(date +%s.%N)
  SEJAJAR_MEASURE=1 "$DEPLOY/pipeline.sh" --sejajar "$BIN" --list "$OUT/big.tsv" --work "$OUT/slurm" --shards "$SHARDS" --wait --clean > /dev/null \
    || echo "Slurm pipeline FAILED (logs in $OUT/slurm/logs)"
  t1=$(date +%s.%N)
  echo "Slurm pipeline: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s wall for $(wc -l < "$OUT/slurm/jobs.tsv") jobs ($(cut -d' ' -f1 "$OUT/slurm/jobs.tsv" | tr '\n' ' '))"
  # 'measure: WHAT … E s U user S sys K KB': wall and CPU (user + sys) summed per step, peak memory.
  grep -h '^measure:' "$OUT"/slurm/logs/*.out | awk '{ what = $2; for (k = 3; k <= NF; k++) { if ($k == "s") w[what] += $(k-1); if ($k == "user" || $k == "sys") c[what] += $(k-1) }
      if ($(NF-1) > m[what]) m[what] = $(NF-1); n[what]++ }
    END { for (x in c) printf "  %-7s %2d calls, %7.1f s wall, %7.1f s CPU in all, peak %5.0f MB\n", x, n[x], w[x], c[x], m[x] / 1024 }' | sort
  echo "same outputs as the one run: $(same "$OUT/one" "$OUT/slurm" && echo yes || echo NO)"
fi
