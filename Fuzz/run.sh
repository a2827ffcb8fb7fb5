#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 60), one after the other, from
# the seed corpus; prints runs, coverage and findings per target; exits 1 when any target found
# something (a crash, a hang, an out-of-memory), with the input kept under .build-fuzz/findings/.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
TARGETS=${FUZZ_TARGETS:-"FuzzText FuzzTMX FuzzTBX FuzzAlignmentJSON FuzzLexicon FuzzParameters FuzzLadder FuzzTermTable FuzzHTML FuzzWordProcessor FuzzXLIFF FuzzReviewEdit FuzzPDF FuzzPairList FuzzMarkdown FuzzFlatODT FuzzCorpusFiles"}
SCRATCH=.build-fuzz
# The package above is a path dependency: without this, sources added to it since the last
# build are not seen.
(cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer --toolset toolset.json --scratch-path "../$SCRATCH" --disable-build-manifest-caching) || exit 2
mkdir -p "$SCRATCH/findings" "$SCRATCH/logs"
failed=0
for target in $TARGETS; do
  mkdir -p "$SCRATCH/corpus/$target"
  log="$SCRATCH/logs/$target.log"
  # Seeds: the target's own corpus where it has one, the hostile-input corpus, and the test
  # documents and golden files (web pages, DOCX, ODT, PDF, XLIFF, TMX) read where they are.
  seeds=(Tests/sejajarTests/Fixtures/hostile Tests/SejajarKitTests/Fixtures/documents Tests/SejajarKitTests/Fixtures/golden)
  case "$target" in FuzzPDF|FuzzFlatODT) [ -d Tests/SejajarKitTests/Fixtures/pdf-producers ] && seeds+=(Tests/SejajarKitTests/Fixtures/pdf-producers) ;; esac
  [ -d "Fuzz/Corpus/$target" ] && seeds=("Fuzz/Corpus/$target" "${seeds[@]}")
  SWIFT_BACKTRACE=enable=no "$SCRATCH/release/$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -print_final_stats=1 -artifact_prefix="$SCRATCH/findings/$target-" \
    "$SCRATCH/corpus/$target" "${seeds[@]}" > "$log" 2>&1
  status=$?
  # The log holds what the target printed too (binary at times): -a, and the last figures.
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -ao 'cov: [0-9]*' "$log" | tail -1)
  ft=$(grep -ao 'ft: [0-9]*' "$log" | tail -1)
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "$target: FINDING after ${runs:-?} runs ($(grep -a -m1 -E 'ERROR|deadly signal|timeout|out-of-memory' "$log"))"
    ls "$SCRATCH"/findings/"$target"-* 2>/dev/null | sed 's/^/  /'
  else
    echo "$target: ${runs:-?} runs in ${SECONDS_EACH} s, ${cov:-cov: ?}, ${ft:-ft: ?}, corpus $(ls "$SCRATCH/corpus/$target" | wc -l) inputs, no findings"
  fi
done
exit $failed
