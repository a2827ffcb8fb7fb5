#!/usr/bin/env bash
# Submits the Sejajar pipeline to Slurm: one sbatch per stage, each after the one before
# (--dependency=afterok), array stages as --array=0-(N-1).
#
#   deploy/slurm/pipeline.sh --sejajar BIN --list PAIRS.tsv --work DIR [--shards N] [--wait]
#       [--stages 'align merge'] [--from es] [--to id] [--input lines] [--clean] [-- SBATCH OPTIONS…]
#
#   --sejajar   the sejajar binary, on a file system every node sees ($SEJAJAR)
#   --list      the --batch list, 'source<TAB>target' a line, relative paths relative to it ($SEJAJAR_LIST)
#   --work      the work folder, shared by every node: shards/, out/ (a TMX per pair), merged.tmx, logs/
#   --shards    N, the array size of the array stages (default 4)
#   --stages    default 'map reduce align merge': map and reduce run once per round, as many rounds as
#               `sejajar corpus rounds` says (3 by default), each round's map an array after the reduce
#               before it; 'align merge' skips the learning (each shard learns its own lexicon: other
#               alignments than one run's)
#   --wait      wait for the last stage (sbatch --wait) and exit 0 only when it COMPLETED
#   --clean     empty the work folder's outputs first (else a work folder with outputs is refused)
#   after --     options for every sbatch (--partition, --account, --time, --qos …); or $SEJAJAR_SBATCH_OPTS
#
# Prints 'STAGE JOBID' lines and writes them to DIR/jobs.tsv. Logs: DIR/logs/sejajar-STAGE-JOB_TASK.out.
# The command lines themselves are in commands.sh. Set SOURCE_DATE_EPOCH for reproducible TMX dates.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)

SEJAJAR=${SEJAJAR:-}; LIST=${SEJAJAR_LIST:-}; WORK=${SEJAJAR_WORK:-}
SHARDS=${SEJAJAR_SHARDS:-4}; STAGES=${SEJAJAR_STAGES:-map reduce align merge}
WAIT=0; CLEAN=0
read -r -a SBATCH_OPTS <<< "${SEJAJAR_SBATCH_OPTS:-}"
while [ $# -gt 0 ]; do
  case $1 in
    --sejajar) SEJAJAR=$2; shift 2 ;;
    --list) LIST=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --shards) SHARDS=$2; shift 2 ;;
    --stages) STAGES=$2; shift 2 ;;
    --from) export SEJAJAR_FROM=$2; shift 2 ;;
    --to) export SEJAJAR_TO=$2; shift 2 ;;
    --input) export SEJAJAR_INPUT=$2; shift 2 ;;
    --wait) WAIT=1; shift ;;
    --clean) CLEAN=1; shift ;;
    --) shift; SBATCH_OPTS+=("$@"); break ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "pipeline.sh: unknown argument '$1' (--help)" >&2; exit 2 ;;
  esac
done
die() { echo "pipeline.sh: $*" >&2; exit 1; }
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
[ -n "$SEJAJAR" ] && [ -x "$SEJAJAR" ] || die "--sejajar: no executable '${SEJAJAR}'"
[ -n "$LIST" ] && [ -f "$LIST" ] || die "--list: no file '${LIST}'"
[ -n "$WORK" ] || die "--work is missing"
[[ $SHARDS =~ ^[1-9][0-9]*$ ]] || die "--shards: a positive number, not '$SHARDS'"
command -v sbatch >/dev/null || die "no sbatch here (deploy/slurm/cluster.sh start brings up a one-node Slurm)"
# sbatch retries a missing configuration file for 60 s before it gives up.
[ -z "${SLURM_CONF:-}" ] || [ -f "$SLURM_CONF" ] || die "SLURM_CONF=$SLURM_CONF: no such file (cluster.sh start?)"
SEJAJAR=$(absolute "$SEJAJAR"); LIST=$(absolute "$LIST"); WORK=$(absolute "$WORK")

mkdir -p "$WORK/logs"
if [ $CLEAN = 1 ]; then
  rm -rf "$WORK/out" "$WORK/stats" "$WORK/model" "$WORK/reports" "$WORK/cache" "$WORK/merged.tmx" "$WORK/report.json" "$WORK/findings.json" "$WORK/summary.txt" "$WORK/jobs.tsv"
elif [ -n "$(ls -A "$WORK/out" 2>/dev/null)" ] || [ -e "$WORK/merged.tmx" ]; then
  die "$WORK already has outputs (out/, merged.tmx): use another --work or --clean"
fi

export SEJAJAR SEJAJAR_LIST=$LIST SEJAJAR_WORK=$WORK SEJAJAR_SHARDS=$SHARDS SEJAJAR_DEPLOY=$HERE

submit() { # STAGE [sbatch options…]: prints the job id
  local stage=$1; shift
  [ -f "$HERE/$stage.sbatch" ] || die "no stage '$stage' ($HERE/$stage.sbatch)"
  sbatch --parsable --export="ALL,SEJAJAR_ROUND=${round:-0}" --chdir="$WORK" "${SBATCH_OPTS[@]}" "$@" "$HERE/$stage.sbatch" | cut -d';' -f1
}

# map and reduce: one pair per round (`sejajar corpus rounds`: the words, then each lexicon round).
read -r -a requested <<< "$STAGES"
stages=(); rounds=()
if [[ " $STAGES " == *" map "* ]] || [[ " $STAGES " == *" reduce "* ]]; then
  [[ " $STAGES " == *" map "* && " $STAGES " == *" reduce "* ]] || die "--stages: map and reduce go together"
  ROUNDS=$(source "$HERE/commands.sh" && corpus_rounds) || die "sejajar corpus rounds failed"
  [[ $ROUNDS =~ ^[0-9]+$ ]] || die "sejajar corpus rounds said '$ROUNDS'"
else
  ROUNDS=0
fi
export SEJAJAR_ROUNDS=$ROUNDS
# The shared vector cache must exist before the tasks open it read-only (an empty one on a first run).
if [ -n "${SEJAJAR_EMBEDDING_CACHE_SHARED:-}" ] && [ ! -f "$SEJAJAR_EMBEDDING_CACHE_SHARED/embeddings.sqlite" ]; then
  "$SEJAJAR" corpus merge-caches --into "$SEJAJAR_EMBEDDING_CACHE_SHARED" --quiet || die "cannot make the shared vector cache"
fi
for stage in "${requested[@]}"; do
  case $stage in
    map) ;;
    reduce) for ((r = 0; r < ROUNDS; r++)); do stages+=(map reduce); rounds+=("$r" "$r"); done ;;
    *) stages+=("$stage"); rounds+=(0) ;;
  esac
done
: > "$WORK/jobs.tsv"
previous=""; last=""; n=${#stages[@]}; k=0
for stage in "${stages[@]}"; do
  round=${rounds[k]}
  k=$((k + 1))
  opts=()
  case $stage in
    map|align) opts+=(--array="0-$((SHARDS - 1))" --output="$WORK/logs/sejajar-$stage-%A_%a.out") ;;
    *) opts+=(--output="$WORK/logs/sejajar-$stage-%j.out") ;;
  esac
  # A stage whose dependency failed is cancelled (else it would wait for ever, and sbatch --wait with it).
  [ -z "$previous" ] || opts+=(--dependency="afterok:$previous" --kill-on-invalid-dep=yes)
  if [ $k = "$n" ] && [ $WAIT = 1 ]; then
    # sbatch --wait prints the id only when the job has ended; its exit code is the job's, but a job
    # cancelled for a failed dependency ends with 0: the state is checked below.
    echo "$stage (submitted, waiting)" >&2
    wait_rc=0
    job=$(submit "$stage" "${opts[@]}" --wait) || wait_rc=$?
  else
    job=$(submit "$stage" "${opts[@]}") || die "sbatch $stage failed"
  fi
  [ -n "$job" ] || die "sbatch $stage gave no job id (exit code ${wait_rc:-?})"
  label=$stage; case $stage in map|reduce) label=$stage-$round ;; esac
  echo "$label $job" | tee -a "$WORK/jobs.tsv"
  previous=$job; last=$job
done
[ $WAIT = 1 ] || exit 0

# The last stage COMPLETED means every stage before it did (afterok). Its record may be gone already
# (MinJobAge): then sbatch --wait's exit code and the log's closing line tell, since a job cancelled for a
# failed dependency exits 0 but never ran.
state_of() { scontrol show job -o "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 | sort | uniq -c | tr -s ' ' | tr '\n' ' '; }
final=$(state_of "$last")
logs_done() { # every log of the last stage ends with its closing line
  local log found=0
  for log in "$WORK/logs/sejajar-${stages[n-1]}-$last".out "$WORK/logs/sejajar-${stages[n-1]}-${last}"_*.out; do
    [ -f "$log" ] || continue
    found=$((found + 1)); grep -q ' done, ' "$log" || return 1
  done
  case ${stages[n-1]} in map|align) [ $found = "$SHARDS" ] ;; *) [ $found = 1 ] ;; esac
}
if [[ $(echo $final) =~ ^[0-9]+\ COMPLETED$ ]] || { [ -z "$final" ] && [ "$wait_rc" = 0 ] && logs_done; }; then
  echo "pipeline: COMPLETED ($(echo "${stages[*]}" | tr ' ' '>'), $SHARDS shards); logs in $WORK/logs" >&2
  exit 0
fi
echo "pipeline: FAILED: last stage ${stages[n-1]} job $last: ${final:-state unknown}" >&2
while read -r stage job; do
  echo "  $stage job $job: $(state_of "$job")" >&2
done < "$WORK/jobs.tsv"
for log in "$WORK"/logs/*.out; do
  [ -f "$log" ] || continue
  grep -q ' done, ' "$log" && continue     # the job scripts end with 'STAGE: … done, DATE'
  echo "---- tail $log" >&2; tail -n 8 "$log" >&2
done
exit 1
