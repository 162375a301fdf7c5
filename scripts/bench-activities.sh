#!/usr/bin/env bash
# Activity records at national scale (issue 17, docs/benchmarks.md): the national corpus of
# scripts/bench-national.sh (PLANS plans in one SQLite database, prepared there and reused), copied,
# then `actionplan bench activities` (release build) gives every plan kinds and counting rules and
# RECORDS records through the same service calls as the staff pages, and measures the write that
# adds one record and recomputes its plan's figures, and every plan's year evaluated and rolled
# up before and after. Beside it, in the same run, sqlite3 copies the same rows as a floor.
#
#   scripts/bench-activities.sh                       # 1,741 plans, 1,000,000 records
#   PLANS=300 RECORDS=100000 scripts/bench-activities.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PLANS=${PLANS:-1741}
RECORDS=${RECORDS:-1000000}
SAMPLE=${SAMPLE:-200}
WORK=${WORK:-/tmp/actionplan-national}
for c in sqlite3 python3; do command -v "$c" >/dev/null || { echo "$c がありません: apt-get install -y sqlite3 python3" >&2; exit 1; }; done
if [ -z "${BIN:-}" ]; then
  swift build -c release --scratch-path .build-release --product actionplan 2>&1 | grep -E "error|Compiling actionplan|Build" || true
fi
bin="${BIN:-$root/.build-release/release/actionplan}"
[ -x "$bin" ] || { echo "リリースビルドがありません" >&2; exit 1; }
[ -f "$WORK/national-$PLANS.sqlite" ] || BIN="$bin" PLANS="$PLANS" WORK="$WORK" PREPARE_ONLY=1 scripts/bench-national.sh
db="$WORK/activities-$PLANS.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
sqlite3 "$WORK/national-$PLANS.sqlite" "VACUUM INTO '$db'"
export DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$db" LOG_LEVEL=error ACTIONPLAN_CACHE_PLANS=$((PLANS + 16))
report="$WORK/activities-$PLANS.md"
{
  echo "# 活動記録の全国規模のベンチマーク（$(date -u +%Y-%m-%dT%H:%MZ)、$(nproc) コア、$(free -g | awk '/Mem/{print $2}') GiB、計画 $PLANS、記録 $RECORDS）"
  echo
  /usr/bin/time -f "最大常駐メモリ %M KB、経過 %e s" "$bin" bench activities --records "$RECORDS" --sample "$SAMPLE" 2>&1 | sed 's/^/- /'
  # The floor: sqlite3 copying the same rows (records and their audit lines) in one transaction.
  t0=$(python3 -c 'import time; print(time.time())')
  sqlite3 "$db" "BEGIN; CREATE TABLE floor_records AS SELECT * FROM activity_records; CREATE TABLE floor_audit AS SELECT * FROM audit_entries WHERE entity = 'activity_record'; COMMIT;"
  t1=$(python3 -c 'import time; print(time.time())')
  echo "- sqlite3 が同じ行（記録 $(sqlite3 "$db" 'SELECT count(*) FROM floor_records') 件と変更の記録 $(sqlite3 "$db" 'SELECT count(*) FROM floor_audit') 行）を写す時間: $(python3 -c "print(round($t1 - $t0, 2))") s"
  echo "- データベース: $(du -m "$db" | cut -f1) MB"
} | tee "$report"
