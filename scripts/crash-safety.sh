#!/usr/bin/env bash
# Crash safety: kills `actionplan` with SIGKILL in the middle of plan imports and actuals imports,
# ROUNDS times (default 20), on an SQLite database. After every kill: the database passes
# `PRAGMA integrity_check`, the plan is whole (all its indicators), the actuals are all from one
# import or another (never a mix), the audit trail has one entry per saved value, and the
# application opens the database again. Then the portal itself is killed SERVE_ROUNDS times
# (default 20) while a clerk saves actuals through HTTP as fast as it can: after every kill the
# database passes its integrity check, every save is whole (all its values have the same
# version) and every accepted change has exactly one audit entry; the portal restarts cleanly.
# Needs a built binary (swift build), sqlite3 and python3 (apt-get install -y sqlite3 python3).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
root=$PWD
bin="$root/.build/debug/actionplan"
[ -x "$bin" ] || swift build
command -v sqlite3 >/dev/null || { echo "sqlite3 がありません: apt-get install -y sqlite3" >&2; exit 1; }
rounds=${ROUNDS:-20}
work=$(mktemp -d)
cd "$work"
export DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$work/actionplan.sqlite" LOG_LEVEL=error
db() { sqlite3 "$ACTIONPLAN_SQLITE_PATH" "$1"; }

"$bin" export goals --format jsonl >/dev/null
indicators=$(db "select count(*) from indicators")
"$bin" export actuals-template --year R6 --format csv --output template.csv >/dev/null
rows=$(($(wc -l < template.csv) - 1))
fill() {  # fill VALUE → filled.csv (every 実績値 set to VALUE)
  python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.reader(open("template.csv", encoding="utf-8-sig")))
for r in rows[1:]: r[8] = sys.argv[1]
csv.writer(open("filled.csv", "w", encoding="utf-8-sig", newline=""), lineterminator="\r\n").writerows(rows)
PY
}

# Each runs as `( … )` so that the background job's PID is the command's own (exec).
import_plan() {
  exec "$bin" import "$root/data/setagaya/source/000_206d5557473b3492.txt" --corrections "$root/data/setagaya/corrections.csv" \
    --vision-chart "$root/data/setagaya/source/004_b3455a03aab0cd9e.txt" >/dev/null 2>&1
}
import_actuals() { exec "$bin" actuals import filled.csv --year R6 >/dev/null 2>&1; }
seconds() { python3 -c "import time; print(time.time())"; }
# How long each import takes here, uninterrupted: the kills are spread over that time.
fill 0
t0=$(seconds); (import_plan); t1=$(seconds); (import_actuals); t2=$(seconds)
plan_time=$(python3 -c "print($t1 - $t0)"); actuals_time=$(python3 -c "print($t2 - $t1)")
echo "中断しないときの所要時間: 計画の取り込み ${plan_time:0:4} 秒・実績の取り込み ${actuals_time:0:4} 秒"
failed=0; killed=0
for i in $(seq 1 "$rounds"); do
  if (( i % 2 )); then
    what="計画の取り込み"
    delay=$(python3 -c "import random; print(round(random.uniform(0.3, 1.0) * $plan_time, 2))")
    (import_plan) &
  else
    what="実績の取り込み（値 $i）"
    fill "$i"
    delay=$(python3 -c "import random; print(round(random.uniform(0.3, 1.0) * $actuals_time, 2))")
    (import_actuals) &
  fi
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed+1)); state="SIGKILL（${delay}秒）"; else state="kill の前に終了"; fi
  wait "$pid" 2>/dev/null || true

  problems=()
  [ "$(db "pragma integrity_check")" = "ok" ] || problems+=("integrity_check")
  [ "$(db "select count(*) from indicators")" = "$indicators" ] || problems+=("指標が $(db "select count(*) from indicators") 件（$indicators 件のはず）")
  count=$(db "select count(*) from actuals"); distinct=$(db "select count(distinct value) from actuals")
  { [ "$count" = 0 ] || { [ "$count" = "$rows" ] && [ "$distinct" = 1 ]; }; } || problems+=("実績が混ざっている: $count 件・値 $distinct 種類")
  audit=$(db "select count(*) from audit_entries where action = '実績の入力'")
  (( audit % rows == 0 )) || problems+=("変更の記録が $audit 件（$rows の倍数のはず）")
  goals=$("$bin" export goals --format jsonl 2>/dev/null | wc -l)
  [ "$goals" = 38 ] || problems+=("再び開けない（目指す姿 $goals 件）")
  after="計画の版 $(db "select version from plans where slug = 'setagaya'")・実績の値 $(db "select coalesce(max(value), 'なし') from actuals")"
  if [ ${#problems[@]} = 0 ]; then echo "OK  $i: $what — $state → $after"; else echo "NG  $i: $what — $state: ${problems[*]}"; failed=1; fi
done

echo "途中で止めた回数: $killed / $rounds"

# The portal killed while a clerk saves through HTTP.
serve_rounds=${SERVE_ROUNDS:-20}
"$bin" department add 商業課 >/dev/null
echo "long-password-clerk" | "$bin" user add 商業太郎 --role department --department 商業課 --password-stdin >/dev/null
for project in 1-1.1 1-1.2 1-2.1; do "$bin" assign "$project" --department 商業課 >/dev/null; done
keys=$(db "select key from indicators where placement_key in ('1-1.1','1-1.2','1-2.1') order by key")
nkeys=$(wc -w <<<"$keys")
inkeys="indicator_key in ($(sed "s/\([^ ]*\)/'\1'/g" <<<"$keys" | tr '\n' ',' | sed 's/,$//'))"
mine="fiscal_year = 'R6' and $inkeys"
base=http://127.0.0.1:18381
writer() {  # saves all keys again and again, each time with the version it last saw
  local jar=$1 token=$2 version=$3 n=0 args status
  while true; do
    n=$((n + 1)); args=(--data-urlencode "_csrf=$token" --data-urlencode "year=R6")
    for k in $keys; do args+=(--data-urlencode "value[$k]=$(( (version + n) % 90 + 1 ))" --data-urlencode "version[$k]=$version"); done
    status=$(curl -s -o /dev/null -w "%{http_code}" -b "$jar" "${args[@]}" "$base/my/actuals" 2>/dev/null || true)
    if [ "$status" = 200 ]; then version=$((version + 1)); echo "$version" > accepted; elif [ "$status" = 000 ]; then return; fi
  done
}
for i in $(seq 1 "$serve_rounds"); do
  (exec "$bin" serve --port 18381 > serve.log 2>&1) &
  serve=$!
  if ! wait_healthy "$base" 60; then echo "NG  S$i: ポータルが再び起動しない"; cat serve.log; failed=1; break; fi
  rm -f accepted jar
  [ "$(login jar "$base" 商業太郎 long-password-clerk /my)" = 303 ] || { echo "NG  S$i: ログインできない"; failed=1; }
  token=$(curl -s -b jar "$base/my?year=R6" | csrf)
  version=$(db "select coalesce(max(version), 0) from actuals where $mine")
  (writer jar "$token" "$version") &
  w=$!
  delay=$(python3 -c "import random; print(round(random.uniform(0.5, 2.5), 2))")
  sleep "$delay"
  kill -9 "$serve"; wait "$serve" 2>/dev/null || true
  wait "$w" 2>/dev/null || true
  problems=()
  [ "$(db "pragma integrity_check")" = "ok" ] || problems+=("integrity_check")
  rows_now=$(db "select count(*) from actuals where $mine")
  versions=$(db "select count(distinct version) from actuals where $mine")
  { [ "$rows_now" = 0 ] || { [ "$rows_now" = "$nkeys" ] && [ "$versions" = 1 ]; }; } || problems+=("保存が途中: $rows_now 件・版 $versions 種類")
  mismatched=$(db "select count(*) from actuals a where a.fiscal_year = 'R6' and a.version <> (select count(*) from audit_entries e where e.action = '実績の入力' and e.entity_key = a.indicator_key || ' R6')")
  [ "$mismatched" = 0 ] || problems+=("変更の記録と版が合わない実績 $mismatched 件")
  now=$(db "select coalesce(max(version), 0) from actuals where $mine")
  if [ ${#problems[@]} = 0 ]; then echo "OK  S$i: 保存の最中に SIGKILL（${delay}秒）→ 版 $version → $now（受け付けた保存 $((now - version)) 回）"
  else echo "NG  S$i: ${problems[*]}"; failed=1; fi
done

(exec "$bin" serve --port 18381 > serve.log 2>&1) &
serve=$!
wait_healthy http://127.0.0.1:18381 || true
if [ "$(curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:18381/goals/1-1)" = 200 ]; then echo "OK  ポータルが起動してページを返す"; else echo "NG  ポータルが起動しない"; cat serve.log; failed=1; fi
kill "$serve" 2>/dev/null || true
exit $failed
