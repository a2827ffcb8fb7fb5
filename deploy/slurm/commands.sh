# shellcheck shell=bash
# The sejajar command lines of the pipeline, each in one place. Sourced by the *.sbatch job scripts,
# by selftest.sh for its one-machine run, and usable by hand:  source deploy/slurm/commands.sh
#
# Reads (all paths absolute; pipeline.sh sets and exports them):
#   SEJAJAR          the sejajar binary
#   SEJAJAR_DEPLOY   this folder (a batch script runs from a copy in slurmd's spool, so it cannot find it)
#   SEJAJAR_LIST     the --batch list, 'source<TAB>target' a line
#   SEJAJAR_WORK     the work folder: stats/, model/, out/, logs/, merged.tmx
#   SEJAJAR_FROM, SEJAJAR_TO, SEJAJAR_INPUT   languages and input layout (default es, id, lines)
#   SEJAJAR_ALIGN_ARGS   more arguments for every step (e.g. --min-confidence 0.6), word-split
#   SEJAJAR_FORMAT   the per-pair output format (default tmx; merged.tmx only for tmx)
#   SEJAJAR_EMBEDDING_CACHE_SHARED   with --embedder in SEJAJAR_ALIGN_ARGS: a vector cache every map and
#                    align task reads (read-only); task I adds to its own, WORK/cache/I; the merge step
#                    adds those to the shared one (SQLite does not lock reliably over a network file system)
#   SEJAJAR_MEASURE  when set, every sejajar call runs under /usr/bin/time: 'measure: WHAT … S s U user Y sys K KB' lines
#                    (wall seconds, peak resident memory) in the job's log
#
#   SEJAJAR_ROUNDS   map+reduce rounds before align (pipeline.sh asks `sejajar corpus rounds`)

: "${SEJAJAR_FROM:=es}" "${SEJAJAR_TO:=id}" "${SEJAJAR_INPUT:=lines}" "${SEJAJAR_FORMAT:=tmx}"

_need() { local v; for v in "$@"; do [ -n "${!v:-}" ] || { echo "commands.sh: $v is not set" >&2; return 2; }; done; }

# Runs sejajar, under /usr/bin/time when SEJAJAR_MEASURE is set.
_sejajar() {
  if [ -n "${SEJAJAR_MEASURE:-}" ]; then
    /usr/bin/time -f "measure: $1${2:+ $2} %e s %U user %S sys %M KB" "$SEJAJAR" "$@"
  else
    "$SEJAJAR" "$@"
  fi
}

# The alignment of a list into per-pair TMX files: the one `sejajar align` command line.
#   align_batch LIST OUTDIR [more align arguments]
align_batch() {
  _need SEJAJAR || return
  local list=$1 outdir=$2; shift 2
  mkdir -p "$outdir"
  # shellcheck disable=SC2086
  _sejajar align --batch "$list" --from "$SEJAJAR_FROM" --to "$SEJAJAR_TO" --input "$SEJAJAR_INPUT" \
    --format "$SEJAJAR_FORMAT" --output-dir "$outdir" --quiet ${SEJAJAR_ALIGN_ARGS:-} "$@"
}

# The per-pair output file of each pair of LIST, in list order: --batch writes <source file name>.<format>.
pair_outputs() {
  local list=$1 outdir=$2
  awk -F'\t' -v d="$outdir" -v e="$SEJAJAR_FORMAT" 'NF >= 2 && $0 !~ /^#/ { n = split($1, p, "/"); print d "/" p[n] "." e }' "$list"
}

# The merge of the per-pair TMX files of LIST, in list order: the one `sejajar tmx merge` command line.
# It streams the files (memory holds the distinct segments), named in a file rather than on the command line.
#   merge_tmx LIST OUTDIR MERGED
merge_tmx() {
  _need SEJAJAR || return
  local list=$1 outdir=$2 merged=$3 names rc=0
  names=$(mktemp "$(dirname "$merged")/.merge.XXXXXX") || return
  pair_outputs "$list" "$outdir" > "$names" || rc=$?
  [ $rc != 0 ] || _sejajar tmx merge --files-from "$names" --output "$merged" --quiet || rc=$?
  rm -f "$names"
  return $rc
}

# The corpus reports of FOLDER (one per align task) into the corpus's report, findings and summary.
#   merge_reports FOLDER WORK
merge_reports() {
  _need SEJAJAR || return
  _sejajar corpus merge "$1"/* --report "$2/report.json" --findings-json "$2/findings.json" --summary "$2/summary.txt" --quiet
}

# ---- the stages, one per job script -------------------------------------------------------------------
#
# map (array, round R) -> reduce (round R) -> … for R = 0 … ROUNDS-1 (`sejajar corpus rounds`), then
# align (array) -> merge. Files under $SEJAJAR_WORK:
#   stats/R/I     shard I's statistics of round R (words in round 0, sentence pairs to learn from after)
#   stats/documents/I   shard I's documents as read and tokenised (binary): round 0 writes them,
#                 the later rounds and align start from them (--shard-documents)
#   model/R       the corpus model of round R (the words of the whole list; the fold lexicons of round R)
#   out/NAME.tmx  one TMX per pair;  reports/I  shard I's verdicts and findings (align --corpus-report)
#   merged.tmx, report.json, findings.json, summary.txt   the merge step's: every pair's, in list order

# The shard argument: `auto` inside a Slurm array task or a Kubernetes Indexed Job (the CLI reads
# SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX itself), else I/N.
_shard() {
  if [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then echo auto
  elif [ -n "${JOB_COMPLETION_INDEX:-}" ]; then echo "auto/$2"
  else echo "$1/$2"; fi
}

# The vector cache options of task I (SEJAJAR_EMBEDDING_CACHE_SHARED), one per line.
_caches() {
  [ -n "${SEJAJAR_EMBEDDING_CACHE_SHARED:-}" ] || return 0
  printf '%s\n' --embedding-cache-shared "$SEJAJAR_EMBEDDING_CACHE_SHARED" --embedding-cache "$SEJAJAR_WORK/cache/$1"
}

# The options every corpus step takes alike (the list, languages, layout, more align options).
_corpus() {
  local command=$1; shift
  # shellcheck disable=SC2086
  _sejajar corpus "$command" --batch "$SEJAJAR_LIST" --from "$SEJAJAR_FROM" --to "$SEJAJAR_TO" --input "$SEJAJAR_INPUT" \
    --quiet ${SEJAJAR_ALIGN_ARGS:-} "$@"
}

# How many map+reduce rounds the list takes (3 by default: the words, then two lexicon rounds).
corpus_rounds() {
  _need SEJAJAR SEJAJAR_LIST || return
  _corpus rounds
}

# map.sbatch, array task I of N, round R: shard I's statistics.
stage_map() {
  _need SEJAJAR SEJAJAR_LIST SEJAJAR_WORK || return
  local i=$1 n=$2 r=$3 model=() caches=()
  [ "$r" = 0 ] || { model=(--corpus-model "$SEJAJAR_WORK/model/$((r - 1))"); mapfile -t caches < <(_caches "$i"); }
  mkdir -p "$SEJAJAR_WORK/stats/$r" "$SEJAJAR_WORK/stats/documents"
  _corpus map --shard "$(_shard "$i" "$n")" "${model[@]}" "${caches[@]}" --shard-documents "$SEJAJAR_WORK/stats/documents/$i" \
    --output "$SEJAJAR_WORK/stats/$r/$i"
}

# reduce.sbatch, once per round R: every shard's statistics of round R into model/R.
stage_reduce() {
  _need SEJAJAR SEJAJAR_LIST SEJAJAR_WORK || return
  local r=$1 model=()
  [ "$r" = 0 ] || model=(--corpus-model "$SEJAJAR_WORK/model/$((r - 1))")
  mkdir -p "$SEJAJAR_WORK/model"
  _corpus reduce "$SEJAJAR_WORK/stats/$r"/* "${model[@]}" --output "$SEJAJAR_WORK/model/$r"
}

# align.sbatch, array task I of N: shard I aligned with the last round's model into out/. With
# SEJAJAR_ROUNDS=0 (no map and reduce), each shard learns on its own: other alignments than one run's.
stage_align() {
  _need SEJAJAR SEJAJAR_LIST SEJAJAR_WORK || return
  local i=$1 n=$2 rounds=${SEJAJAR_ROUNDS:-0} model=() caches=()
  [ "$rounds" = 0 ] || model=(--corpus-model "$SEJAJAR_WORK/model/$((rounds - 1))" --shard-documents "$SEJAJAR_WORK/stats/documents/$i")
  mapfile -t caches < <(_caches "$i")
  mkdir -p "$SEJAJAR_WORK/reports"
  align_batch "$SEJAJAR_LIST" "$SEJAJAR_WORK/out" --shard "$(_shard "$i" "$n")" "${model[@]}" "${caches[@]}" --corpus-report "$SEJAJAR_WORK/reports/$i"
}

# merge.sbatch, once: every pair's TMX into merged.tmx, and the shards' reports into report.json,
# findings.json and summary.txt, all in list order.
stage_merge() {
  _need SEJAJAR_LIST SEJAJAR_WORK || return
  # The reports are merged while the TMX files are (two processes sharing the job's CPUs; the TMX
  # merge reads files on every CPU it may use).
  local reports=0 tmx=0
  merge_reports "$SEJAJAR_WORK/reports" "$SEJAJAR_WORK" & local pid=$!
  if [ "$SEJAJAR_FORMAT" = tmx ]; then merge_tmx "$SEJAJAR_LIST" "$SEJAJAR_WORK/out" "$SEJAJAR_WORK/merged.tmx" || tmx=$?; fi
  wait "$pid" || reports=$?
  [ "$tmx" = 0 ] && [ "$reports" = 0 ] || return 1
  if [ -n "${SEJAJAR_EMBEDDING_CACHE_SHARED:-}" ] && [ -d "$SEJAJAR_WORK/cache" ]; then
    _sejajar corpus merge-caches --into "$SEJAJAR_EMBEDDING_CACHE_SHARED" "$SEJAJAR_WORK"/cache/* --quiet
  fi
}
