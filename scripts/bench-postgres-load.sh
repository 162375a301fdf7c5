#!/usr/bin/env bash
# PostgreSQL beside `psql \copy` of the same rows (issue 14, item 7; docs/benchmarks.md):
#   1. the actuals import: every plan of the national corpus receives a filled actuals template
#      for its first reporting year through `actionplan bench actuals` (the same call as
#      `actionplan actuals import`: read, checked, saved with its audit trail, one transaction per
#      plan), one plan after another and, on another copy, four plans at once (clerks of different
#      plans in a reporting season); then the rows it wrote (actuals and audit entries) are loaded
#      into an identical copy of the database before the import with `psql \copy`, once in one
#      transaction and once in one transaction per plan;
#   2. the cold load of every plan: `actionplan bench memory` builds every plan's read model from
#      the database (one plan after another, four at once as requests do, and `--batched` as the
#      server does at start: each table once for 10 plans); `psql \copy (SELECT … ORDER BY …) TO /dev/null` reads the same tables.
#
#   DB=postgres PREPARE_ONLY=1 scripts/bench-national.sh   # the corpus in PostgreSQL, once
#   scripts/bench-postgres-load.sh
#
# Needs: apt-get install -y postgresql python3. Works on copies (bench_load_*) of national_PLANS.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/lib.sh
PLANS=${PLANS:-1741}
WORK=${WORK:-/tmp/actionplan-national}
bin=$(release_binary "$root")
bash scripts/start-postgres.sh bench_load_scratch >/dev/null
url() { echo "postgres://actionplan:actionplan@127.0.0.1:5432/$1"; }
base=national_$PLANS
psql "$(url postgres)" -Atc "SELECT 1 FROM pg_database WHERE datname = '$base'" | grep -q 1 \
  || { echo "$base がありません: DB=postgres PREPARE_ONLY=1 PLANS=$PLANS scripts/bench-national.sh" >&2; exit 1; }
mkdir -p "$WORK/pg-load"
cd "$WORK/pg-load"
rm -rf per-plan && mkdir per-plan
export LOG_LEVEL=error ACTIONPLAN_CACHE_PLANS=$((PLANS + 16))
now() { python3 -c 'import time; print(time.time())'; }
since() { python3 -c "print(round($(now) - $1, 2))"; }
settle() { sync; su postgres -c "psql -q -c CHECKPOINT"; }
fresh() { # fresh NAME TEMPLATE
  psql "$(url postgres)" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE $2"
}
report=report.md
: >"$report"
say() { echo "$*" | tee -a "$report"; }
say "# PostgreSQL と psql \\copy（$(date -u +%Y-%m-%dT%H:%MZ)、$(nproc) コア、計画 $PLANS、commit $(git -C "$root" rev-parse --short HEAD)）"

# The state before the import, three times: no actuals at all (earlier runs' actuals removed).
fresh bench_load_ours "$base"
psql "$(url bench_load_ours)" -qc "TRUNCATE actuals"
fresh bench_load_copy bench_load_ours
fresh bench_load_copy_per_plan bench_load_ours
fresh bench_load_copy_parallel bench_load_ours
fresh bench_load_ours_parallel bench_load_ours
started=$(psql "$(url bench_load_ours)" -Atc "SELECT now()")

settle
t0=$(now)
out=$(DATABASE_URL=$(url bench_load_ours) "$bin" bench actuals)
whole=$(since "$t0")
# The import itself (the files are made before the clock starts), as the command reports it.
ours=$(echo "$out" | python3 -c 'import re, sys; print(re.search(r"を ([0-9.]+) s", sys.stdin.read()).group(1))')
say "- actionplan bench actuals: $out — プロセス全体（計画を読んで様式を作るところを含む）${whole} s"
# The same files, four plans at once (clerks of different plans in a reporting season).
settle
out4=$(DATABASE_URL=$(url bench_load_ours_parallel) "$bin" bench actuals --parallel 4)
ours4=$(echo "$out4" | python3 -c 'import re, sys; print(re.search(r"を ([0-9.]+) s", sys.stdin.read()).group(1))')
say "- actionplan bench actuals --parallel 4: $out4"

# The rows the import wrote, as psql reads them.
cat >export.psql <<SQL
\\copy (SELECT * FROM actuals ORDER BY plan_slug, indicator_key, fiscal_year) TO 'actuals.tsv'
\\copy (SELECT * FROM audit_entries WHERE at >= '$started' ORDER BY at) TO 'audit.tsv'
SQL
psql "$(url bench_load_ours)" -q -f export.psql
plans=$(psql "$(url bench_load_ours)" -Atc "SELECT DISTINCT plan_slug FROM actuals ORDER BY 1")
: >export-per-plan.psql
: >load-per-plan.psql
for lane in 0 1 2 3; do : >"load-lane-$lane.psql"; done
n=0
for p in $plans; do
  echo "\\copy (SELECT * FROM actuals WHERE plan_slug = '$p') TO 'per-plan/$p-actuals.tsv'" >>export-per-plan.psql
  echo "\\copy (SELECT * FROM audit_entries WHERE plan_slug = '$p' AND at >= '$started') TO 'per-plan/$p-audit.tsv'" >>export-per-plan.psql
  printf 'BEGIN;\n\\copy actuals FROM '"'"'per-plan/%s-actuals.tsv'"'"'\n\\copy audit_entries FROM '"'"'per-plan/%s-audit.tsv'"'"'\nCOMMIT;\n' "$p" "$p" \
    | tee -a "load-lane-$((n % 4)).psql" >>load-per-plan.psql
  n=$((n + 1))
done
psql "$(url bench_load_ours)" -q -f export-per-plan.psql
say "- 書いた行: 実績 $(wc -l <actuals.tsv)、変更の記録 $(wc -l <audit.tsv)（$(echo "$plans" | wc -w) 計画）"

printf '\\copy actuals FROM '"'"'actuals.tsv'"'"'\n\\copy audit_entries FROM '"'"'audit.tsv'"'"'\n' >load.psql
settle
t0=$(now); psql "$(url bench_load_copy)" -q -1 -f load.psql; one=$(since "$t0")
settle
t0=$(now); psql "$(url bench_load_copy_per_plan)" -q -f load-per-plan.psql >/dev/null; per=$(since "$t0")
# The same per-plan transactions in four psql sessions at once (beside `--parallel 4`).
settle
t0=$(now)
for lane in 0 1 2 3; do psql "$(url bench_load_copy_parallel)" -q -f "load-lane-$lane.psql" >/dev/null & done
wait
per4=$(since "$t0")
same() { psql "$(url "$1")" -Atc "SELECT md5(string_agg(a::text, '|' ORDER BY id)) FROM actuals a"; }
[ "$(same bench_load_ours)" = "$(same bench_load_copy)" ] && [ "$(same bench_load_ours)" = "$(same bench_load_copy_per_plan)" ] \
  && [ "$(same bench_load_ours)" = "$(same bench_load_copy_parallel)" ] \
  && [ "$(psql "$(url bench_load_ours)" -Atc "SELECT count(*) FROM actuals")" = "$(psql "$(url bench_load_ours_parallel)" -Atc "SELECT count(*) FROM actuals")" ] \
  || { echo "psql で読み込んだ実績が actionplan の書いたものと違います" >&2; exit 1; }
ratio() { python3 -c "print(round($1 / $2, 2))"; }
say "- psql \\copy（1トランザクション）: ${one} s — actionplan の取り込み（${ours} s、4計画ずつ ${ours4} s）はその $(ratio "$ours" "$one") 倍（$(ratio "$ours4" "$one") 倍）"
say "- psql \\copy（計画ごとに1トランザクション、$(echo "$plans" | wc -w) 回）: ${per} s — actionplan の取り込みはその $(ratio "$ours" "$per") 倍（$(ratio "$ours4" "$per") 倍）"
say "- psql \\copy（計画ごとに1トランザクション、4つの psql で同時に）: ${per4} s — actionplan の4計画ずつ（${ours4} s）はその $(ratio "$ours4" "$per4") 倍"

# The cold load: the tables a plan's read model is built from, in the order it reads them.
tables="plans:slug plan_nodes:plan_id,position plan_indicators:plan_id,position import_notes:plan_id,position
vision_chart_items:plan_id,position departments:plan_slug,name project_assignments:plan_slug actuals:plan_slug
year_locks:plan_slug due_dates:plan_slug reminders:plan_slug self_evaluations:plan_slug target_revisions:plan_slug
activity_definitions:plan_slug submissions:plan_slug plan_stamps:plan_slug"
: >read.psql
for t in $tables; do echo "\\copy (SELECT * FROM ${t%%:*} ORDER BY ${t#*:}) TO '/dev/null'" >>read.psql; done
rows=$(for t in $tables; do psql "$(url bench_load_ours)" -Atc "SELECT count(*) FROM ${t%%:*}"; done | paste -sd+ | bc)
psql "$(url bench_load_ours)" -q -f read.psql # warms the server's cache for both sides
t0=$(now); psql "$(url bench_load_ours)" -q -f read.psql; read=$(since "$t0")
say "- 冷えた読み込みの比べる相手: psql \\copy で同じ表（$rows 行）を /dev/null へ: ${read} s"
for how in "--parallel 1" "--parallel 4" "--batched"; do
  t0=$(now)
  # shellcheck disable=SC2086 # two words: the option and its value
  out=$(DATABASE_URL=$(url bench_load_ours) "$bin" bench memory $how | grep 読みのモデルをデータベース)
  say "- actionplan の全計画の読みのモデル（$how）: $out — プロセス全体 $(since "$t0") s"
done
psql "$(url postgres)" -qc "DROP DATABASE bench_load_copy" -c "DROP DATABASE bench_load_copy_per_plan" -c "DROP DATABASE bench_load_ours_parallel" -c "DROP DATABASE bench_load_copy_parallel"
echo "記録: $WORK/pg-load/$report"
