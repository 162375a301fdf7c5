#!/usr/bin/env bash
# Builds a database with the release before the plan-shape change (commit 5b28e3c):
# Setagaya loaded, departments, users, assignments, actuals, workflow, a returned submission,
# a target revision, a grading scale, a lock and unlock, and a self-evaluation entered on the web.
# B is the release's binary, e.g.:
#   git worktree add /tmp/rel 5b28e3c && (cd /tmp/rel && swift build --product actionplan)
#   mkdir /tmp/fx && cp make-fixture.sh r6.csv r6b.csv /tmp/fx && B=/tmp/rel/.build/debug/actionplan /tmp/fx/make-fixture.sh
#   cp /tmp/fx/actionplan.sqlite release-5b28e3c.sqlite
# (for the PostgreSQL dump, the same with DATABASE_URL set, then pg_dump --no-owner).
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel 2>/dev/null || echo /work/main)
B=${B:?B must name the actionplan binary of the release (5b28e3c)}
cd "$(dirname "$0")"
source "$root/scripts/lib.sh"
$B department add 商業課 --as 計画担当A
$B department add 工業・ものづくり・雇用促進課 --as 計画担当A
echo 'office-password-1' | $B user add office1 --role office --password-stdin --as 計画担当A
echo 'clerk-password-1' | $B user add shogyo1 --role department --department 商業課 --password-stdin --as 計画担当A
echo 'review-password-1' | $B user add giin1 --role reviewer --password-stdin --as 計画担当A
$B assign 1-1.1 --department 商業課 --as 計画担当A
$B assign 1-1.3 --department 商業課 --as 計画担当A
$B assign 2-1.2 --department 工業・ものづくり・雇用促進課 --as 計画担当A
$B actuals import r6.csv --year R6 --department 商業課 --as shogyo1
$B actuals import r6b.csv --year R6 --department 工業・ものづくり・雇用促進課 --as kogyo
$B workflow submit --department 商業課 --year R6 --as shogyo1
$B workflow approve --department 商業課 --year R6 --as office1
$B workflow publish --department 商業課 --year R6 --as office1
$B workflow submit --department 工業・ものづくり・雇用促進課 --year R6 --as kogyo
$B workflow return --department 工業・ものづくり・雇用促進課 --year R6 --comment '相談件数の内訳を備考に書いてください' --as office1
$B target revise 2-1.2.1 --year R8 --value 720 --date 2026-04-01 --reason '中間見直しで上方修正' --as office1
$B grading 'S:110,A:100,B:80,C:50,D:0' --as office1
$B year lock R6 --reason '確定' --as office1
$B year unlock R6 --reason '訂正のため再開' --as office1
$B serve --port 18080 > serve.log 2>&1 & pid=$!
wait_healthy http://127.0.0.1:18080
rm -f jar
login jar http://127.0.0.1:18080 shogyo1 clerk-password-1 /my >/dev/null
tok=$(curl -s -b jar -c jar "http://127.0.0.1:18080/my/projects/1-1.3?year=R7" | csrf)
curl -s -o /dev/null -b jar -c jar --data-urlencode "_csrf=$tok" --data-urlencode "year=R7" --data-urlencode "text=モデル地域で勉強会を4回開催した" --data-urlencode "direction=改善・継続" --data-urlencode "milestone[R6]=達成" --data-urlencode "milestoneComment[R6]=予定どおり" http://127.0.0.1:18080/my/projects/1-1.3
kill $pid; wait $pid 2>/dev/null || true
