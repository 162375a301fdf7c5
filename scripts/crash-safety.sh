#!/usr/bin/env bash
# Crash safety: kills `actionplan` with SIGKILL while it writes, ROUNDS times (default 20), on an
# SQLite database: half the rounds in the middle of a plan import (a plan table of 4,000
# indicators), half in the middle of an actuals import (4,000 values). The kill lands inside the
# write: while the process holds SQLite's write lock (the WAL write lock, a POSIX lock on the
# `-shm` file that /proc/locks shows). After every kill: the database passes
# `PRAGMA integrity_check`, the plan is whole (all its indicators, or the previous version), the
# actuals are all from one import or another (never a mix), the audit trail has one entry per
# saved value, and the application opens the database again. Then the portal itself is killed
# SERVE_ROUNDS times (default 10) while a clerk saves actuals through HTTP as fast as it can.
# Fails when fewer than half of the rounds were really killed mid-write.
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
seconds() { python3 -c "import time; print(time.time())"; }

# A large plan table (fictional): 40 × 10 × 10 nodes, one indicator each.
python3 - <<'PY'
import csv
with open("big.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["基本目標", "施策", "事業", "指標名", "単位", "R6", "R7", "R8", "R9", "担当課"])
    for a in range(1, 41):
        for b in range(1, 11):
            for c in range(1, 11):
                w.writerow([f"基本目標{a} 目標{a}" if b == 1 and c == 1 else "", f"{a}-{b} 施策{a}-{b}" if c == 1 else "", f"({c}) 事業{a}-{b}-{c}",
                            f"指標{a}-{b}-{c}の件数", "件", a + c, a + c + 1, a + c + 2, a + c + 3, f"課{a % 7}"])
PY
"$bin" plan list >/dev/null
"$bin" import big.csv --plan-id big --title 大きな計画 --municipality 試験市 >/dev/null
indicators=$(db "select count(*) from plan_indicators i join plans p on p.id = i.plan_id where p.slug = 'big'")
"$bin" export actuals-template --plan-id big --year R6 --format csv --output template.csv >/dev/null
rows=$(python3 -c "import csv; print(len(list(csv.reader(open('template.csv', encoding='utf-8-sig')))) - 1)")
fill() {  # fill VALUE → filled.csv (every 実績値 set to VALUE)
  python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.reader(open("template.csv", encoding="utf-8-sig")))
i = rows[0].index("実績値")  # by name: the template's columns are documented by header, not position
for r in rows[1:]: r[i] = sys.argv[1]
csv.writer(open("filled.csv", "w", encoding="utf-8-sig", newline=""), lineterminator="\r\n").writerows(rows)
PY
}
plan_cmd=("$bin" import big.csv --plan-id big --title 大きな計画 --municipality 試験市)
actuals_cmd=("$bin" actuals import filled.csv --plan-id big --year R6)
# run_and_kill COMMAND…: runs the command and kills it with SIGKILL while it writes: as soon as
# the process holds SQLite's write lock (its write transaction is under way), after a random
# pause of up to 50 ms. Prints "killed SECONDS" when the process was killed with its transaction
# open, or "finished" when it ended first.
run_and_kill() {
  python3 - "$ACTIONPLAN_SQLITE_PATH" "$@" <<'PY'
import os, random, subprocess, sys, time
db, cmd = sys.argv[1], sys.argv[2:]
shm = os.path.realpath(db) + "-shm"
def writing(pid):
    # In WAL mode a writer holds the WAL write lock from its first write to its commit: an
    # exclusive POSIX lock on byte 120 of the -shm file (SQLite's unix VFS), listed in /proc/locks
    # as "N: POSIX ADVISORY WRITE pid maj:min:inode 120 120".
    try:
        inode = os.stat(shm).st_ino
        with open("/proc/locks") as f:
            for line in f:
                p = line.split()
                if len(p) >= 8 and p[1] == "POSIX" and p[3] == "WRITE" and p[4] == str(pid) \
                        and p[5].split(":")[-1] == str(inode) and p[6] == "120":
                    return True
    except OSError: pass
    return False
start = time.time()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while p.poll() is None and not writing(p.pid):
    time.sleep(0.0002)
if p.poll() is None:
    time.sleep(random.uniform(0, 0.05))
    open_now = p.poll() is None and writing(p.pid)
    p.kill(); p.wait()
    print(f"killed {time.time() - start:.3f}" if open_now else "finished")
else:
    print("finished")
PY
}
fill 1
"${plan_cmd[@]}" >/dev/null; "${actuals_cmd[@]}" >/dev/null

failed=0; killed=0
for i in $(seq 1 "$rounds"); do
  before_version=$(db "select version from plans where slug = 'big'")
  if (( i % 2 )); then
    what="計画の取り込み"; result=$(run_and_kill "${plan_cmd[@]}")
  else
    what="実績の取り込み（値 $i）"; fill "$i"; result=$(run_and_kill "${actuals_cmd[@]}")
  fi
  if [ "${result%% *}" = killed ]; then killed=$((killed+1)); state="書き込みの最中に SIGKILL（開始から ${result#* } 秒）"; else state="kill の前に終了"; fi

  problems=()
  [ "$(db "pragma integrity_check")" = "ok" ] || problems+=("integrity_check")
  n=$(db "select count(*) from plan_indicators i join plans p on p.id = i.plan_id where p.slug = 'big'")
  [ "$n" = "$indicators" ] || problems+=("指標が $n 件（$indicators 件のはず）")
  count=$(db "select count(*) from actuals where plan_slug = 'big'"); distinct=$(db "select count(distinct value) from actuals where plan_slug = 'big'")
  { [ "$count" = "$rows" ] && [ "$distinct" = 1 ]; } || problems+=("実績が混ざっている: $count 件・値 $distinct 種類")
  audit=$(db "select count(*) from audit_entries where plan_slug = 'big' and action = '実績の入力'")
  (( audit % rows == 0 )) || problems+=("変更の記録が $audit 件（$rows の倍数のはず）")
  opened=$("$bin" export structure --plan-id big --format jsonl 2>/dev/null | wc -l)
  [ "$opened" -gt 0 ] || problems+=("再び開けない")
  after="計画の版 $before_version → $(db "select version from plans where slug = 'big'")・実績の値 $(db "select max(value) from actuals where plan_slug = 'big'")"
  if [ ${#problems[@]} = 0 ]; then echo "OK  $i: $what — $state → $after"; else echo "NG  $i: $what — $state: ${problems[*]}"; failed=1; fi
done
echo "書き込みの最中に止めた回数: $killed / $rounds"
if (( killed * 2 < rounds )); then echo "NG  書き込みの最中に止められた回が半分に届かない（確認になっていない）"; failed=1; fi

# The portal killed while a clerk saves through HTTP (Setagaya's plan, three items).
serve_rounds=${SERVE_ROUNDS:-10}
"$bin" department add 商業課 >/dev/null
echo "long-password-clerk" | "$bin" user add 商業太郎 --role department --department 商業課 --password-stdin >/dev/null
for item in 1-1.1 1-1.2 1-2.1; do "$bin" assign "$item" --department 商業課 >/dev/null; done
keys="1-1.1.1 1-1.2.1 1-2.1.1"
nkeys=3
mine="plan_slug = 'setagaya' and fiscal_year = '2024' and indicator_key in ('1-1.1.1','1-1.2.1','1-2.1.1')"
base=http://127.0.0.1:18381
writer() {  # saves all keys again and again until the portal goes away
  local jar=$1 token=$2 n=0 args status
  while true; do
    n=$((n + 1)); args=(--data-urlencode "_csrf=$token" --data-urlencode "year=R6")
    for k in $keys; do args+=(--data-urlencode "value[$k]=$(( n % 90 + 1 ))"); done
    status=$(curl -s -o /dev/null -w "%{http_code}" -b "$jar" "${args[@]}" "$base/my/actuals" 2>/dev/null || true)
    [ "$status" = 000 ] && return
  done
}
serve_killed=0
for i in $(seq 1 "$serve_rounds"); do
  (exec "$bin" serve --port 18381 > serve.log 2>&1) &
  serve=$!
  if ! wait_healthy "$base" 60; then echo "NG  S$i: ポータルが再び起動しない"; cat serve.log; failed=1; break; fi
  rm -f jar
  [ "$(login jar "$base" 商業太郎 long-password-clerk /my)" = 303 ] || { echo "NG  S$i: ログインできない"; failed=1; }
  token=$(curl -s -b jar "$base/my?year=R6" | csrf)
  before=$(db "select coalesce(max(version), 0) from actuals where $mine")
  (writer jar "$token") &
  w=$!
  delay=$(python3 -c "import random; print(round(random.uniform(0.5, 2.5), 2))")
  sleep "$delay"
  kill -9 "$serve" && serve_killed=$((serve_killed + 1)); wait "$serve" 2>/dev/null || true
  wait "$w" 2>/dev/null || true
  problems=()
  [ "$(db "pragma integrity_check")" = "ok" ] || problems+=("integrity_check")
  rows_now=$(db "select count(*) from actuals where $mine")
  versions=$(db "select count(distinct version) from actuals where $mine")
  { [ "$rows_now" = 0 ] || { [ "$rows_now" = "$nkeys" ] && [ "$versions" = 1 ]; }; } || problems+=("保存が途中: $rows_now 件・版 $versions 種類")
  mismatched=$(db "select count(*) from actuals a where $mine and a.version <> (select count(*) from audit_entries e where e.plan_slug = 'setagaya' and e.action = '実績の入力' and e.entity_key = a.indicator_key || ' R6')")
  [ "$mismatched" = 0 ] || problems+=("変更の記録と版が合わない実績 $mismatched 件")
  now=$(db "select coalesce(max(version), 0) from actuals where $mine")
  (( now > before )) || problems+=("この回に受け付けた保存がない（確認になっていない）")
  if [ ${#problems[@]} = 0 ]; then echo "OK  S$i: 保存の最中に SIGKILL（${delay}秒）→ 版 $before → $now"
  else echo "NG  S$i: ${problems[*]}"; failed=1; fi
done

(exec "$bin" serve --port 18381 > serve.log 2>&1) &
serve=$!
wait_healthy "$base" || true
if [ "$(curl -s -o /dev/null -w "%{http_code}" "$base/goals/1-1")" = 200 ]; then echo "OK  ポータルが起動してページを返す"; else echo "NG  ポータルが起動しない"; cat serve.log; failed=1; fi
kill "$serve" 2>/dev/null || true
exit $failed
