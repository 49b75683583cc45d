#!/usr/bin/env bash
# One fuzz target: its regression inputs (fuzz/regressions/NAME, each run
# once), then SECONDS of fuzzing from the seed corpus made by seeds.py, with the
# limits of issue 14: 2 s per input, 2 GB of memory; inputs up to 64 KiB (a
# plan of a few hundred tasks; seeds.py leaves out bigger golden inputs).
# usage: fuzz/run.sh TARGET_BINARY NAME BUILD_FOLDER SECONDS [libFuzzer options...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$1" name="$2" out="$3" seconds="$4"
shift 4
limits=(-timeout=2 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=65536 "-dict=$here/cchc.dict")
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
mkdir -p "$out/corpus/$name" "$out/artifacts/$name"
regressions=("$here/regressions/$name"/*)
if [ -e "${regressions[0]}" ]; then
  echo "== $name: ${#regressions[@]} regression inputs"
  "$bin" "${limits[@]}" "${regressions[@]}"
fi
echo "== $name: fuzzing for $seconds s"
exec "$bin" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
  "-artifact_prefix=$out/artifacts/$name/" "$out/corpus/$name" "$out/seeds/$name" "$@"
