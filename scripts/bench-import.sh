#!/usr/bin/env bash
# Benchmark 1 (national corpus) and 2 (roll-up): generates the synthetic corpus, loads it with
# the sqlite3 tool and with `actionplan bench import` into identical empty SQLite databases,
# checks both hold the same rows, then the same on PostgreSQL against psql's \copy; then times
# the roll-up of every plan. Prints the figures; docs/benchmarks.md records a run.
#
#   scripts/bench-import.sh                # release build, 1,741 plans
#   PLANS=50 BIN=.build/debug/actionplan scripts/bench-import.sh   # a quick try
#   WORK=/tmp/b SKIP_SQLITE=1 SKIP_ACTUALS=1 scripts/bench-import.sh  # reuse /tmp/b/corpus, PostgreSQL only
#   BATCH=100 scripts/bench-import.sh       # plans per transaction of the bulk run (default 50)
# Ours is timed twice on each database: per plan (--batch 1, as `actionplan import` saves) and
# in batches (--batch $BATCH, all or nothing per batch, as sqlite3 and psql load in one transaction).
set -euo pipefail
cd "$(dirname "$0")/.."
PLANS="${PLANS:-1741}"
BATCH="${BATCH:-50}"   # plans per transaction for the bulk run (the normal import is 1)
BIN="${BIN:-.build-release/release/actionplan}"
if [ ! -x "$BIN" ]; then
  echo "== リリースビルド（初回は15分ほど）"; swift build -c release --scratch-path .build-release --product actionplan >/dev/null
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
WORK="${WORK:-$(mktemp -d /tmp/actionplan-bench.XXXX)}"
echo "== 機械: $(nproc) コア・$(free -g | awk '/Mem:/ {print $2}') GiB・$(uname -sr)・sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "== 作業フォルダ: $WORK"

now() { date +%s.%N; }
# Before each timed load: the previous load's dirty pages written out (and on PostgreSQL a
# checkpoint), so that no load pays for the one before it.
settle() {
  sync
  if [ -n "${1:-}" ]; then su postgres -c "psql -q -c CHECKPOINT" >/dev/null 2>&1 || psql -q "$1" -c CHECKPOINT >/dev/null 2>&1 || true; fi
}
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

if [ -f "$WORK/corpus/summary.txt" ]; then
  echo "== 既にあるコーパスを使います"; sed 's/^/   /' "$WORK/corpus/summary.txt"
else
  echo "== コーパスの生成（$PLANS 計画）"
  "$BIN" bench corpus --output "$WORK/corpus" --plans "$PLANS" | sed 's/^/   /'
fi
du -sh "$WORK/corpus/sqlite/corpus.sql" "$WORK/corpus/plans" | sed 's/^/   /'

# content: every row of every plan table without generated ids and timestamps, in order.
sqlite_content() {
  local db="$1" t cols
  for t in plans policies visions goals directions measures placements indicators; do
    cols=$(sqlite3 "$db" "SELECT group_concat('c.\"' || name || '\"', ',') FROM pragma_table_info('$t') WHERE name NOT IN ('id','plan_id','imported_at')")
    if [ "$t" = plans ]; then
      sqlite3 "$db" "SELECT $cols FROM plans c ORDER BY c.slug"
    else
      sqlite3 "$db" "SELECT p.slug, $cols FROM \"$t\" c JOIN plans p ON p.id = c.plan_id ORDER BY p.slug, c.position"
    fi
  done | sha256sum | cut -c1-16
}

if [ -z "${SKIP_SQLITE:-}" ]; then
echo "== SQLite"
fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-startup.lock"; }   # a stale -wal would be replayed into a copy
fresh "$WORK/empty.sqlite"; ACTIONPLAN_SQLITE_PATH="$WORK/empty.sqlite" "$BIN" bench schema >/dev/null
fresh "$WORK/sqlite3.sqlite"; cp "$WORK/empty.sqlite" "$WORK/sqlite3.sqlite"
sync
settle; t0=$(now); sqlite3 "$WORK/sqlite3.sqlite" < "$WORK/corpus/sqlite/corpus.sql"; t1=$(now)
tool=$(secs "$t0" "$t1")
a=$(sqlite_content "$WORK/sqlite3.sqlite")
echo "   sqlite3 < corpus.sql（計画ごとに1トランザクション）: ${tool} s"
# ours: per plan (the normal import) into ours.sqlite, then in batches into bulk.sqlite
for batch in 1 "$BATCH"; do
  db="$WORK/ours.sqlite"; [ "$batch" = 1 ] || db="$WORK/bulk.sqlite"
  fresh "$db"; cp "$WORK/empty.sqlite" "$db"; settle
  t0=$(now); ACTIONPLAN_SQLITE_PATH="$db" "$BIN" bench import "$WORK/corpus" --batch "$batch" | sed 's/^/   /'; t1=$(now)
  ours=$(secs "$t0" "$t1")
  b=$(sqlite_content "$db")
  [ "$a" = "$b" ] || { echo "!! 2つのデータベースの中身が違います ($a / $b)"; exit 1; }
  echo "   actionplan bench import --batch $batch: ${ours} s（プロセス起動・CSVの読み取りと検査を含む）"
  echo "   比 actionplan / sqlite3:    $(ratio "$ours" "$tool")（目標 ≤ 2）・中身は同じ（$a）"
done

echo "== SQLite: 実績（$PLANS 計画の R6）と集計"
[ -n "${SKIP_ACTUALS:-}" ] || ACTIONPLAN_SQLITE_PATH="$WORK/ours.sqlite" "$BIN" bench import "$WORK/corpus" --actuals | grep 実績 | sed 's/^/   /'
ACTIONPLAN_SQLITE_PATH="$WORK/ours.sqlite" "$BIN" bench rollup --year R6 | sed 's/^/   /'
ls -l "$WORK/ours.sqlite" | awk '{ printf "   データベースの大きさ %.0f MB\n", $5 / 1e6 }'
fi

if [ -n "${SKIP_POSTGRES:-}" ] || ! command -v pg_ctlcluster >/dev/null; then
  echo "== PostgreSQL は飛ばしました"; exit 0
fi
echo "== PostgreSQL"
url_tool=$(scripts/start-postgres.sh actionplan_bench_psql 2>/dev/null)
url_ours=$(scripts/start-postgres.sh actionplan_bench_ours 2>/dev/null)
DATABASE_URL="$url_tool" "$BIN" bench schema >/dev/null
DATABASE_URL="$url_ours" "$BIN" bench schema >/dev/null
pg_content() {
  local url="$1" t cols q=""
  for t in plans policies visions goals directions measures placements indicators; do
    cols=$(psql -At "$url" -c "SELECT string_agg('c.\"' || column_name || '\"::text', ' || chr(9) || ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = '$t' AND column_name NOT IN ('id','plan_id','imported_at')")
    if [ "$t" = plans ]; then
      psql -At "$url" -c "SELECT md5(string_agg(concat_ws(chr(9), $cols), chr(10) ORDER BY c.slug)) FROM plans c"
    else
      psql -At "$url" -c "SELECT md5(string_agg(concat_ws(chr(9), p.slug, $cols), chr(10) ORDER BY p.slug, c.position)) FROM \"$t\" c JOIN plans p ON p.id = c.plan_id"
    fi
  done | sha256sum | cut -c1-16
}
settle "$url_tool"; t0=$(now); (cd "$WORK/corpus/postgres" && psql -q "$url_tool" -f load.psql); t1=$(now)
tool=$(secs "$t0" "$t1")
a=$(pg_content "$url_tool")
echo "   psql \\copy（1トランザクション）: ${tool} s"
# ours: in batches into a database of its own, then per plan (the normal import) into url_ours
for batch in "$BATCH" 1; do
  url="$url_ours"; [ "$batch" = 1 ] || url=$(scripts/start-postgres.sh actionplan_bench_bulk 2>/dev/null)
  [ "$batch" = 1 ] || DATABASE_URL="$url" "$BIN" bench schema >/dev/null
  settle "$url"; t0=$(now); DATABASE_URL="$url" "$BIN" bench import "$WORK/corpus" --batch "$batch" | sed 's/^/   /'; t1=$(now)
  ours=$(secs "$t0" "$t1")
  b=$(pg_content "$url")
  [ "$a" = "$b" ] || { echo "!! 2つのデータベースの中身が違います ($a / $b)"; exit 1; }
  echo "   actionplan bench import --batch $batch: ${ours} s"
  echo "   比 actionplan / psql:         $(ratio "$ours" "$tool")（目標 ≤ 2）・中身は同じ（$a）"
done
[ -n "${SKIP_ACTUALS:-}" ] || DATABASE_URL="$url_ours" "$BIN" bench import "$WORK/corpus" --actuals | grep 実績 | sed 's/^/   /'
DATABASE_URL="$url_ours" "$BIN" bench rollup --year R6 | sed 's/^/   /'
