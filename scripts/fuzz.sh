#!/usr/bin/env bash
# Coverage-guided fuzzing of the four readers that take files from people, with libFuzzer
# (`swift build -c release -Xswiftc -sanitize=fuzzer,address` of the package in Fuzz/; the
# flags go together in one -sanitize= because swiftc keeps only the last -sanitize= it is given):
#   source       the source-table text (PDF extract)        seeds: pieces of Setagaya's text
#   plan-csv     a plan table in CSV (UTF-8 or CP932)        seeds: the example plans
#   plan-xlsx    a plan workbook (.xlsx)                     seeds: example and exported workbooks
#   actuals-csv  a filled actuals template                   seeds: templates as departments fill them
# Every input must give a plan or a refusal whose every error names the file and says why;
# a crash, a sanitizer report, a hang past TIMEOUT seconds or an unlocated error stops the run
# and leaves the input in $WORK/<reader>/crash-*. Copy such an input, once fixed, into
# Tests/PlanCoreTests/Fixtures/fuzz/<reader>/: `swift test` replays every file there (an input that
# only hit the time limit goes there as timeout-*, which seeds no run).
#
#   scripts/fuzz.sh                       # 1,000,000 inputs per reader, two readers at a time
#   RUNS=20000 scripts/fuzz.sh plan-csv   # a short run of one reader
#   WORKERS=2 scripts/fuzz.sh plan-xlsx   # RUNS inputs shared by two processes on one corpus
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-1000000}"
TIMEOUT="${TIMEOUT:-10}"
JOBS="${JOBS:-2}"
WORKERS="${WORKERS:-1}"
WORK="${WORK:-/tmp/actionplan-fuzz}"
readers=("${@:-source plan-csv plan-xlsx actuals-csv}")
read -r -a readers <<<"${readers[*]}"
(cd Fuzz && swift build -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -E "error|Compiling PlanFuzz|Build complete" || true)
[ -x Fuzz/.build/release/PlanFuzz ] || { echo "PlanFuzz を作れませんでした" >&2; exit 1; }
# A copy runs, so that a rebuild during a long run does not touch the running binary.
mkdir -p "$WORK"
BIN="$WORK/PlanFuzz-$$"
cp Fuzz/.build/release/PlanFuzz "$BIN"
max_len() { case "$1" in source) echo 4096;; plan-xlsx) echo 20000;; *) echo 4096;; esac; }
run() {
  local r="$1" dir="$WORK/$1"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  # Not the inputs that hit the time limit (timeout-*): every mutation of them takes seconds.
  # swift test replays them.
  for f in Tests/PlanCoreTests/Fixtures/fuzz/"$r"/*; do
    [ -e "$f" ] || continue
    case "$(basename "$f")" in timeout-*) ;; *) cp "$f" "$dir/corpus/" ;; esac
  done
  local start; start=$(date +%s)
  # WORKERS processes share the corpus folder (libFuzzer reads what the others add), RUNS in all.
  local per=$(( (RUNS + WORKERS - 1) / WORKERS )) w pids=() failed=0
  for w in $(seq 1 "$WORKERS"); do
    ASAN_OPTIONS=detect_leaks=0 ACTIONPLAN_FUZZ_READER="$r" "$BIN" -runs="$per" -timeout="$TIMEOUT" -max_len="$(max_len "$r")" -rss_limit_mb=4096 \
      -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$dir/corpus" > "$dir/log.$w" 2>&1 &
    pids+=($!)
  done
  for w in "${pids[@]}"; do wait "$w" || failed=1; done
  if [ "$failed" = 0 ]; then
    local s; s=$(( $(date +%s) - start ))
    local execs cov; execs=$(cat "$dir"/log.* | grep -o 'stat::number_of_executed_units: *[0-9]*' | grep -o '[0-9]*$' | awk '{ s += $1 } END { print s }')
    cov=$(grep -ohE 'cov: [0-9]+ ft: [0-9]+' "$dir"/log.* | sort -t' ' -k2n | tail -1)
    echo "$r: ${execs:-?} 件の入力、落ちず（${s} 秒、${WORKERS} プロセス、${cov}、コーパス $(ls "$dir/corpus" | wc -l) 件）"
  else
    echo "$r: 問題あり — $dir/log.*、入力は $dir/artifacts/" >&2
    grep -hE "ERROR|Fatal|fatal error|SUMMARY|timeout" "$dir"/log.* | head -5 >&2
    return 1
  fi
}
status=0
pids=()
for r in "${readers[@]}"; do
  run "$r" & pids+=($!)
  if [ "${#pids[@]}" -ge "$JOBS" ]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
