#!/usr/bin/env bash
# Longer fuzzing runs of the three readers (source table, plan CSV, actuals CSV) than the test
# suite's default: ITERATIONS mutated inputs per reader for each seed in SEEDS. Inputs that fail
# are left in $TMPDIR/actionplan-fuzz/; fix the reader, then copy the input into
# Tests/PlanCoreTests/Fixtures/fuzz/<reader>/ (plan-csv inputs keep the name of the file they
# replace: table.csv-…csv) so that every later run checks it.
#
#   scripts/fuzz.sh                  # 500 inputs per reader, seeds 1 2 3
#   ITERATIONS=2000 SEEDS="7 8" scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS="${ITERATIONS:-500}"
SEEDS="${SEEDS:-1 2 3}"
swift build --build-tests >/dev/null
status=0
for seed in $SEEDS; do
  start=$(date +%s)
  if ACTIONPLAN_FUZZ_ITERATIONS="$ITERATIONS" ACTIONPLAN_FUZZ_SEED="$seed" swift test --skip-build --filter FuzzTests > /tmp/actionplan-fuzz-$seed.log 2>&1; then
    echo "種 $seed: 3つの読み取り × $ITERATIONS 件、問題なし（$(( $(date +%s) - start )) 秒）"
  else
    echo "種 $seed: 問題あり（/tmp/actionplan-fuzz-$seed.log）"; grep -E "入力 [0-9]+" /tmp/actionplan-fuzz-$seed.log | head -20
    status=1
  fi
done
exit $status
