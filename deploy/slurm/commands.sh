# shellcheck shell=bash
# The sejajar command lines of the pipeline, each in one place. Sourced by the *.sbatch job scripts,
# by selftest.sh for its one-machine run, and usable by hand:  source deploy/slurm/commands.sh
#
# Reads (all paths absolute; pipeline.sh sets and exports them):
#   SEJAJAR          the sejajar binary
#   SEJAJAR_DEPLOY   this folder (a batch script runs from a copy in slurmd's spool, so it cannot find it)
#   SEJAJAR_LIST     the --batch list, 'source<TAB>target' a line
#   SEJAJAR_WORK     the work folder: shards/, out/, stats/, logs/, merged.tmx
#   SEJAJAR_FROM, SEJAJAR_TO, SEJAJAR_INPUT   languages and input layout (default es, id, lines)
#   SEJAJAR_ALIGN_ARGS   more arguments for every align (e.g. --min-confidence 0.6), word-split
#   SEJAJAR_MERGE_CHUNK  files per `tmx merge` call; longer lists merge in list-order chunks (default 1000)
#
# Stages: map -> reduce -> align -> merge. Today's binary has no map/reduce, so the pipeline that runs is
# align (array) -> merge, each shard learning its own lexicon. Where the future CLI plugs in is marked FUTURE.

: "${SEJAJAR_FROM:=es}" "${SEJAJAR_TO:=id}" "${SEJAJAR_INPUT:=lines}" "${SEJAJAR_MERGE_CHUNK:=1000}"

_need() { local v; for v in "$@"; do [ -n "${!v:-}" ] || { echo "commands.sh: $v is not set" >&2; return 2; }; done; }

# The alignment of a list into per-pair TMX files: the one `sejajar align` command line.
#   align_batch LIST OUTDIR [more align arguments]
align_batch() {
  _need SEJAJAR || return
  local list=$1 outdir=$2; shift 2
  mkdir -p "$outdir"
  # shellcheck disable=SC2086
  "$SEJAJAR" align --batch "$list" --from "$SEJAJAR_FROM" --to "$SEJAJAR_TO" --input "$SEJAJAR_INPUT" \
    --format tmx --output-dir "$outdir" --quiet ${SEJAJAR_ALIGN_ARGS:-} "$@"
}

# The per-pair output file of each pair of LIST, in list order: --batch writes <source file name>.<format>.
pair_outputs() {
  local list=$1 outdir=$2
  awk -F'\t' -v d="$outdir" 'NF >= 2 && $0 !~ /^#/ { n = split($1, p, "/"); print d "/" p[n] ".tmx" }' "$list"
}

# The merge of the per-pair TMX files of LIST, in list order: the one `sejajar tmx merge` command line.
# Long lists merge in chunks of consecutive files, then the chunks in order (the merge keeps the first
# occurrence of a unit, so this is the same as one merge of all files, without an over-long command line).
#   merge_tmx LIST OUTDIR MERGED
merge_tmx() {
  _need SEJAJAR || return
  local list=$1 outdir=$2 merged=$3 tmp
  tmp=$(mktemp -d "$(dirname "$merged")/.merge.XXXXXX") || return
  pair_outputs "$list" "$outdir" | split -l "$SEJAJAR_MERGE_CHUNK" -d -a 6 - "$tmp/chunk-" || return
  local chunks=("$tmp"/chunk-*) c rc=0
  if [ ${#chunks[@]} = 1 ]; then
    mapfile -t files < "${chunks[0]}"
    "$SEJAJAR" tmx merge "${files[@]}" --output "$merged" --quiet || rc=$?
  else
    for c in "${chunks[@]}"; do
      mapfile -t files < "$c"
      "$SEJAJAR" tmx merge "${files[@]}" --output "$c.tmx" --quiet || { rc=$?; break; }
    done
    [ $rc != 0 ] || "$SEJAJAR" tmx merge "${chunks[@]/%/.tmx}" --output "$merged" --quiet || rc=$?
  fi
  rm -rf "$tmp"
  return $rc
}

# ---- the stages, one per job script -------------------------------------------------------------------

# map.sbatch, array task I of N. FUTURE: each shard writes its sufficient statistics (IBM Model 1 expected
# counts), e.g.
#   "$SEJAJAR" lexicon map --batch "$SEJAJAR_LIST" --shard "$1/$2" … --output "$SEJAJAR_WORK/stats/$1.counts"
stage_map() {
  echo "stage map: this sejajar has no map step yet (issue 32); run the pipeline with SEJAJAR_STAGES='align merge'" >&2
  return 64
}

# reduce.sbatch, once. FUTURE: the statistics of all shards into one lexicon, e.g.
#   "$SEJAJAR" lexicon reduce "$SEJAJAR_WORK"/stats/*.counts --output "$SEJAJAR_WORK/lexicon.tsv"
stage_reduce() {
  echo "stage reduce: this sejajar has no reduce step yet (issue 32); run the pipeline with SEJAJAR_STAGES='align merge'" >&2
  return 64
}

# align.sbatch, array task I of N: this task's share of the list, aligned into out/.
# FUTURE: `--shard "$1/$2"` on the whole list replaces shard.py, and the reduced lexicon comes in:
#   align_batch "$SEJAJAR_LIST" "$SEJAJAR_WORK/out" --shard "$1/$2" --lexicon "$SEJAJAR_WORK/lexicon.tsv"
stage_align() {
  _need SEJAJAR_DEPLOY SEJAJAR_LIST SEJAJAR_WORK || return
  local i=$1 n=$2 shard
  mkdir -p "$SEJAJAR_WORK/shards"
  shard=$SEJAJAR_WORK/shards/shard-$i.tsv
  python3 "$SEJAJAR_DEPLOY/shard.py" "$SEJAJAR_LIST" "$i" "$n" > "$shard.new" && mv "$shard.new" "$shard" || return
  align_batch "$shard" "$SEJAJAR_WORK/out"
}

# merge.sbatch, once: every pair's TMX into merged.tmx, in list order.
# FUTURE: also the findings JSON and the corpus summary.
stage_merge() {
  _need SEJAJAR_LIST SEJAJAR_WORK || return
  merge_tmx "$SEJAJAR_LIST" "$SEJAJAR_WORK/out" "$SEJAJAR_WORK/merged.tmx"
}
