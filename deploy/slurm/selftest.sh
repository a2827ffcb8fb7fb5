#!/usr/bin/env bash
# The Slurm test (issue 32): a real one-node Slurm on this machine runs the pipeline over the 80 NTREX
# es-id documents in 4 shards, and the outputs are checked and compared with a one-machine run.
#
#   deploy/slurm/selftest.sh            (as root; CI runs as root)
#
# 1. cluster.sh start (installs slurmctld slurmd slurm-client munge when missing); stopped again on any
#    exit, unless it was already up before the test.
# 2. pipeline.sh: for each round (`sejajar corpus rounds`: 3) a map array (`sbatch --array=0-3`, each task
#    its balanced share of the list through `--shard auto`) and a reduce, then the align array and the
#    merge, each after the one before (--dependency=afterok), the last waited for with `sbatch --wait`.
# 3. The same list on one machine: one plain `sejajar align --batch` over the whole list (no shards, no
#    corpus model) through the same command lines (commands.sh), then compare.py --identical: every
#    per-pair TMX, merged.tmx, the findings JSON and the summary must be the same bytes.
# Exits 0 only when every check passed; where the daemons cannot start it says why and exits 1.
#
# Environment: SEJAJAR (default the newer of .build/release/sejajar and .build/debug/sejajar), NTREX (the folder of
# docNNN.es/.id; default ../shared/corpora/ntrex-es-id/docs beside the repository), SEJAJAR_SHARDS (4),
# SEJAJAR_SELFTEST_DOCUMENTS (80: the first N documents; make test uses 24), SLURM_STATE (cluster.sh's state folder), SEJAJAR_SELFTEST_WORK (default a new folder under /tmp, removed
# after a pass), SEJAJAR_SELFTEST_IDENTICAL=0 to report differences without failing on them, and
# SEJAJAR_SELFTEST_STAGES (default 'map reduce align merge'; 'align merge' shows what shards learning
# alone give).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SHARDS=${SEJAJAR_SHARDS:-4}
say() { echo "selftest: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
started=$SECONDS
lap() { echo "$((SECONDS - started))s"; }

if [ -z "${SEJAJAR:-}" ]; then
  # The newer of the release and the debug build (make test builds debug).
  for candidate in "$REPO/.build/release/sejajar" "$REPO/.build/debug/sejajar"; do
    [ -x "$candidate" ] || continue
    if [ -z "${SEJAJAR:-}" ] || [ "$candidate" -nt "$SEJAJAR" ]; then SEJAJAR=$candidate; fi
  done
fi
[ -n "${SEJAJAR:-}" ] && [ -x "$SEJAJAR" ] || fail "no sejajar binary (build it, or set SEJAJAR=/path/to/sejajar)"
# The shared corpus beside the repository, else the eight NTREX documents the tests keep (a clean
# clone on its own, as CI has it).
if [ -z "${NTREX:-}" ]; then
  NTREX=$REPO/../shared/corpora/ntrex-es-id/docs
  [ -f "$NTREX/doc000.es" ] || NTREX=$REPO/Tests/SejajarKitTests/Fixtures/ntrex-docs
fi
ls "$NTREX"/doc[0-9][0-9][0-9].es >/dev/null 2>&1 || fail "no NTREX documents (docNNN.es and .id) in $NTREX (set NTREX)"
command -v python3 >/dev/null || fail "no python3 (compare.py)"
[ "$(id -u)" = 0 ] || fail "must run as root: it starts munged, slurmctld and slurmd (CI runs as root)"
case $SEJAJAR in /*) ;; *) SEJAJAR=$PWD/$SEJAJAR ;; esac
case $NTREX in /*) ;; *) NTREX=$PWD/$NTREX ;; esac

WORK=${SEJAJAR_SELFTEST_WORK:-$(mktemp -d /tmp/sejajar-selftest.XXXXXX)}
mkdir -p "$WORK"
rm -rf "$WORK/slurm" "$WORK/one"
eval "$("$HERE/cluster.sh" env)"       # SLURM_CONF of our cluster, for sbatch, scontrol, sinfo

if "$HERE/cluster.sh" status >/dev/null 2>&1; then
  say "the cluster is already up: using it, and leaving it up"
else
  trap '"$HERE/cluster.sh" stop >&2 || say "cluster.sh stop failed"' EXIT
  "$HERE/cluster.sh" start || fail "the Slurm daemons cannot start on this machine (cluster.sh start said why above)"
fi
say "cluster up after $(lap)"

# The list: the first SEJAJAR_SELFTEST_DOCUMENTS (80) documents, absolute paths.
DOCUMENTS=${SEJAJAR_SELFTEST_DOCUMENTS:-80}
[ "$DOCUMENTS" -ge 1 ] && [ "$DOCUMENTS" -le 80 ] 2>/dev/null || fail "SEJAJAR_SELFTEST_DOCUMENTS must be 1 to 80, not '$DOCUMENTS'"
for es in $(ls "$NTREX"/doc[0-9][0-9][0-9].es | sort | head -n "$DOCUMENTS"); do
  [ -f "${es%.es}.id" ] || fail "$es has no .id beside it"
  printf '%s\t%s\n' "$es" "${es%.es}.id"
done > "$WORK/pairs.tsv"

export SOURCE_DATE_EPOCH=1700000000    # the same TMX dates in both runs
export SEJAJAR_FROM=es SEJAJAR_TO=id SEJAJAR_INPUT=lines
STAGES=${SEJAJAR_SELFTEST_STAGES:-map reduce align merge}
t=$SECONDS
"$HERE/pipeline.sh" --sejajar "$SEJAJAR" --list "$WORK/pairs.tsv" --work "$WORK/slurm" --shards "$SHARDS" --stages "$STAGES" --wait \
  || fail "the Slurm pipeline failed (logs: $WORK/slurm/logs)"
say "Slurm pipeline ($(cut -d' ' -f1 "$WORK/slurm/jobs.tsv" | tr '\n' ' '); $SHARDS shards) in $((SECONDS - t))s"

# The same list on one machine, through the same command lines.
t=$SECONDS
(
  # shellcheck source=commands.sh
  source "$HERE/commands.sh"
  mkdir -p "$WORK/one/reports"
  align_batch "$WORK/pairs.tsv" "$WORK/one/out" --corpus-report "$WORK/one/reports/all"
  merge_tmx "$WORK/pairs.tsv" "$WORK/one/out" "$WORK/one/merged.tmx"
  merge_reports "$WORK/one/reports" "$WORK/one"
) || fail "the one-machine run failed"
say "one-machine run in $((SECONDS - t))s"

identical=()
[ "${SEJAJAR_SELFTEST_IDENTICAL:-1}" = 1 ] && identical=(--identical)
if python3 "$HERE/compare.py" "$WORK/pairs.tsv" "$WORK/slurm" "$WORK/one" "$SHARDS" "${identical[@]}"; then
  say "passed in $(lap)"
  [ -n "${SEJAJAR_SELFTEST_WORK:-}" ] || rm -rf "$WORK"
  exit 0
fi
fail "outputs wrong (kept in $WORK)"
