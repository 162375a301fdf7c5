#!/usr/bin/env bash
# The national mixed benchmark (issue 14, docs/benchmarks.md): PLANS synthetic plans (default
# 1,741, scripts/make-national-corpus.py) in one SQLite database, the release build of
# `actionplan serve`, `wrk -t2 -c64` on random goal/project/indicator pages, and a writer that
# logs in as the clerks of WRITERS plans and saves actuals over HTTP at RATE writes a second.
# Beside it, in the same run: Vapor's own floor (`actionplan bench floor`: a Vapor app whose one
# route answers a constant), the app's own `/healthz` (which asks the database), nginx serving the
# published static site (the same pages, their figures compared with the dynamic pages'), and
# `actionplan publish` of every plan, then again after a write to one plan. Resident memory of the
# server is sampled every second.
#
#   scripts/bench-national.sh                     # 1,741 plans, 30 s per case, SQLite
#   DB=postgres scripts/bench-national.sh        # the same on PostgreSQL (scripts/start-postgres.sh)
#   PLANS=300 DURATION=10s scripts/bench-national.sh
#   PREPARE_ONLY=1 scripts/bench-national.sh     # only the corpus, the database and the writers
#   SKIP_PUBLISH=1 scripts/bench-national.sh     # reuse the site (and timings) of the last run
#
# The corpus and databases are kept in WORK (default /tmp/actionplan-national) and reused.
# Needs: apt-get install -y wrk nginx sqlite3 python3 (and postgresql for DB=postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/lib.sh
PLANS=${PLANS:-1741}
WORK=${WORK:-/tmp/actionplan-national}
DURATION=${DURATION:-30s}
WRITERS=${WRITERS:-20}
RATE=${RATE:-5}
DB=${DB:-sqlite}
PORT=${PORT:-18480}
NGINX_PORT=${NGINX_PORT:-18481}
FLOOR_PORT=${FLOOR_PORT:-18482}
for c in wrk nginx python3 curl; do command -v "$c" >/dev/null || { echo "$c がありません: apt-get install -y wrk nginx python3 curl" >&2; exit 1; }; done
bin=$(release_binary "$root")
mkdir -p "$WORK"
cd "$WORK"
export LOG_LEVEL=error ACTIONPLAN_CACHE_PLANS=$((PLANS + 16))
tag="$DB-$PLANS"
case "$DB" in
  sqlite) export DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$WORK/national-$PLANS.sqlite" ;;
  postgres)
    # The database is made once (start-postgres.sh drops it); later runs reuse it.
    if [ -f "import-$tag.txt" ]; then
      bash "$root/scripts/start-postgres.sh" scratch >/dev/null
      export DATABASE_URL="postgres://actionplan:actionplan@127.0.0.1:5432/national_$PLANS"
    else
      export DATABASE_URL=$(bash "$root/scripts/start-postgres.sh" "national_$PLANS")
    fi ;;
  *) echo "DB は sqlite か postgres です（$DB）" >&2; exit 1 ;;
esac
report="$WORK/report-$tag.md"
: >"$report"
say() { echo "$*" | tee -a "$report"; }
now() { python3 -c 'import time; print(time.time())'; }

say "# 全国規模の混合ベンチマーク（$(date -u +%Y-%m-%dT%H:%MZ)、$(nproc) コア、$(free -g | awk '/Mem/{print $2}') GiB、$DB、計画 $PLANS、各 $DURATION、commit $(git -C "$root" rev-parse --short HEAD)）"
say ""
[ -f "corpus-$PLANS/plans.tsv" ] || python3 "$root/scripts/make-national-corpus.py" "corpus-$PLANS" "$PLANS"
if [ ! -f "import-$tag.txt" ]; then
  [ "$DB" = sqlite ] && rm -f "$ACTIONPLAN_SQLITE_PATH"*
  t0=$(now)
  "$bin" plan list >/dev/null
  while IFS=$'\t' read -r id path _ _; do
    "$bin" import "$path" --plan-id "$id" --title "試験市${id#m} 総合計画" --municipality "試験市${id#m}" >/dev/null
  done <"corpus-$PLANS/plans.tsv"
  t1=$(now)
  # The writers: a department owning every item of the plan, and a clerk of that plan.
  # Outside m0051–m0100, the plans of the 50-plan case.
  from=1; [ "$PLANS" -gt 150 ] && from=101
  step=$(((PLANS - from + 1) / WRITERS)); [ "$step" -ge 1 ] || step=1
  : >writers-$tag.tsv
  for n in $(seq "$from" "$step" "$PLANS" | head -n "$WRITERS"); do
    id=$(printf "m%04d" "$n")
    "$bin" department add 企画課 --plan-id "$id" >/dev/null
    "$bin" export indicators --format jsonl --plan-id "$id" >"ind-$id.jsonl"
    python3 - "$id" <<'PY' >>writers-$tag.tsv
import json, sys
pid = sys.argv[1]
rows = [json.loads(l) for l in open(f"ind-{pid}.jsonl", encoding="utf-8")]
years = sorted({y for r in rows for y, v in r["targets"].items() if v is not None})
items = sorted({r["placement"] for r in rows})
print("\t".join([pid, ",".join(items), ",".join(r["id"] for r in rows), ",".join(years)]))
PY
    for item in $(awk -F'\t' -v id="$id" '$1 == id { print $2 }' writers-$tag.tsv | tr ',' ' '); do
      "$bin" assign "$item" --department 企画課 --plan-id "$id" >/dev/null
    done
    echo "clerk-password-$id" | "$bin" user add "clerk-$id" --role department --department 企画課 --password-stdin --plan-id "$id" >/dev/null
  done
  echo "- 読み込み: $PLANS 計画を \`actionplan import\` で1つずつ $(python3 -c "print(round($t1 - $t0, 1))") 秒（プロセスの起動を含む、$(date -u +%H:%MZ)）" >"import-$tag.txt"
fi
[ -f "import-$tag.txt" ] && say "$(cat "import-$tag.txt")"
if [ -n "${PREPARE_ONLY:-}" ]; then echo "用意しました: $DB（$PLANS 計画）"; exit 0; fi
if [ "$DB" = sqlite ]; then size="$(du -m "$ACTIONPLAN_SQLITE_PATH" | cut -f1) MB"
else size="$(psql "$DATABASE_URL" -Atc "SELECT pg_database_size(current_database()) / 1048576") MB"; fi
say "- データベース: $size、指標 $(awk -F'\t' '{ s += $3 } END { print s }' "corpus-$PLANS/plans.tsv")"

# publish: every plan, then again after a write to one plan.
if [ -z "${SKIP_PUBLISH:-}" ] || [ ! -f site-$tag/sitemap.xml ]; then
rm -rf site-$tag site-$tag.releases site-$tag.plans
t0=$(now); "$bin" publish --output site-$tag >publish-$tag.log 2>&1; t1=$(now)
echo "- \`publish\`（全計画、HTML とオープンデータ）: $(python3 -c "print(round($t1 - $t0, 1))") 秒 — $(tail -n 1 publish-$tag.log)" >publish-$tag.txt
"$bin" department add 広報課 --plan-id m0003 >/dev/null 2>&1 || "$bin" department rename 広報課 広報課2 --plan-id m0003 >/dev/null 2>&1 || true
t0=$(now); "$bin" publish --output site-$tag >publish2-$tag.log 2>&1; t1=$(now)
echo "- 1つの計画に書き込んだあとの \`publish\`: $(python3 -c "print(round($t1 - $t0, 1))") 秒 — $(tail -n 1 publish2-$tag.log)" >>publish-$tag.txt
fi
say "$(cat publish-$tag.txt)"

# The pages: every goal, project and indicator page of every plan, from the sitemap.
# (sitemap.xml is an index: the plans' pages are in each plan folder's sitemap.)
find -L site-$tag/plans -maxdepth 2 -name sitemap.xml -exec cat {} + | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g' | grep -E '^/plans/m[0-9]{4}/(level[0-9]|indicators)/' >pages-static.txt
sed 's#/$##' pages-static.txt >pages-all.txt
awk -F/ '{ n = substr($3, 2) + 0 } n >= 51 && n <= 100' pages-all.txt >pages-50.txt
say "- ページ: 全計画 $(wc -l <pages-all.txt)、50計画（m0051〜m0100）$(wc -l <pages-50.txt)"
cat >random.lua <<'LUA'
local urls = {}
function init(args)
  for line in io.lines(args[1]) do urls[#urls + 1] = line end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
function request() return wrk.format("GET", urls[math.random(#urls)]) end
LUA

ACTIONPLAN_PORT=$PORT "$bin" serve --port "$PORT" >serve.log 2>&1 &
server=$!
nginx_pid=""
cleanup() {
  kill "$server" 2>/dev/null || true
  [ -n "${writer:-}" ] && kill "$writer" 2>/dev/null || true
  [ -n "$nginx_pid" ] && nginx -p "$WORK/nginx" -c nginx.conf -s stop 2>/dev/null || true
}
trap cleanup EXIT
wait_healthy "http://127.0.0.1:$PORT" 120
(while kill -0 "$server" 2>/dev/null; do ps -o rss= -p "$server" >>rss.log || true; sleep 1; done) &
: >rss.log

run_wrk() { # log-name title urls-file [writer-plans]
  local name=$1 title=$2 urls=$3; shift
  if [ -n "${3:-}" ]; then
    python3 "$root/scripts/bench-writer.py" "http://127.0.0.1:$PORT" writers-$tag.tsv "$3" "$RATE" >"writer-$name.log" 2>&1 &
    writer=$!
  fi
  wrk -t2 -c64 -d"$DURATION" --latency -s random.lua "http://127.0.0.1:$PORT" -- "$WORK/$urls" >"wrk-$name.log" 2>&1
  local w=""
  if [ -n "${3:-}" ]; then kill -INT "$writer"; wait "$writer" || true; writer=""; w=" $(tail -n 1 "writer-$name.log")"; fi
  say "| $title | $(awk '/Requests\/sec/ { print $2 }' "wrk-$name.log") | $(awk '$1 == "99%" { print $2 }' "wrk-$name.log") | $(awk '/Non-2xx/ { print $4 }' "wrk-$name.log") |${w} |"
}

say ""
say "| 場合 | 要求/秒 | p99 | 2xx 以外 | 書き手（HTTP で保存） |"
say "|---|---|---|---|---|"
# Vapor's own floor: a Vapor app answering a constant (no middleware, no database), alone.
"$bin" bench floor --port "$FLOOR_PORT" >floor.log 2>&1 &
floor=$!
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$FLOOR_PORT/floor" >/dev/null 2>&1 && break; sleep 1; done
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$FLOOR_PORT/floor" >wrk-floor.log 2>&1
kill "$floor"; wait "$floor" 2>/dev/null || true
say "| Vapor の床（\`bench floor\`、決まった答えだけの Vapor） | $(awk '/Requests\/sec/ { print $2 }' wrk-floor.log) | $(awk '$1 == "99%" { print $2 }' wrk-floor.log) | $(awk '/Non-2xx/ { print $4 }' wrk-floor.log) | |"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$PORT/healthz" >wrk-healthz.log 2>&1
say "| この app の /healthz（データベースに問い合わせる） | $(awk '/Requests\/sec/ { print $2 }' wrk-healthz.log) | $(awk '$1 == "99%" { print $2 }' wrk-healthz.log) | $(awk '/Non-2xx/ { print $4 }' wrk-healthz.log) | |"
# Cold: the first page of every plan once (each loads its plan into the catalog).
awk -F/ '!seen[$3]++' pages-all.txt >pages-first.txt
t0=$(now)
xargs -P 2 -I{} curl -s -o /dev/null "http://127.0.0.1:$PORT{}" <pages-first.txt
t1=$(now)
say "| 各計画の最初のページ（冷えた状態、計画を読み込む、curl 2並列） | $(python3 -c "print(round($(wc -l <pages-first.txt) / ($t1 - $t0)))") | | | |"
# The writers write to plans outside m0051–m0100 (every PLANS/WRITERS-th plan from m0001).
run_wrk all-read "全計画・読むだけ" pages-all.txt
run_wrk all-write "全計画・書き手あり（${RATE}件/秒）" pages-all.txt all
# The 50-plan case is read with its pages in the page cache (as a busy season's popular plans are):
# one pass over them first.
xargs -P 2 -I{} curl -s -o /dev/null "http://127.0.0.1:$PORT{}" <pages-50.txt
run_wrk fifty-write "50計画・キャッシュに載った状態・書き手は他の計画（${RATE}件/秒）" pages-50.txt all

# nginx serving the published site: the same pages as files.
mkdir -p nginx/logs
cat >nginx/nginx.conf <<NGINX
worker_processes 2;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  types { text/html html; text/css css; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/site-$tag; location / { try_files \$uri \$uri/index.html =404; } }
}
NGINX
nginx -p "$WORK/nginx" -c nginx.conf
nginx_pid=1
sleep 1
first=$(head -n 1 pages-static.txt)
curl -fs "http://127.0.0.1:$NGINX_PORT$first" >/dev/null || { echo "nginx が公開したページを返しません: $first" >&2; exit 1; }
cp pages-static.txt pages-nginx.txt
wrk -t2 -c64 -d"$DURATION" --latency -s random.lua "http://127.0.0.1:$NGINX_PORT" -- "$WORK/pages-nginx.txt" >wrk-nginx.log 2>&1
say "| nginx・公開した静的なサイト（全計画の同じページ） | $(awk '/Requests\/sec/ { print $2 }' wrk-nginx.log) | $(awk '$1 == "99%" { print $2 }' wrk-nginx.log) | $(awk '/Non-2xx/ { print $4 }' wrk-nginx.log) | |"
# The same pages: 300 at random, the text of <main> (forms, which the static site has none of,
# left out) from nginx and from the dynamic app.
say "- nginx と動的なページの同じページ（無作為に300）の本文: $(python3 - "$WORK/pages-static.txt" "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$PORT" <<'PY'
import random, re, sys, urllib.request
pages = [l.strip() for l in open(sys.argv[1]) if l.strip()]
random.seed(14)
def main(url):
    html = urllib.request.urlopen(url, timeout=30).read().decode()
    m = re.search(r"<main.*?</main>", html, re.S)
    text = re.sub(r"<form.*?</form>", " ", m.group(0) if m else "", flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", text)).strip()
same = differ = 0
for p in random.sample(pages, min(300, len(pages))):
    if main(sys.argv[2] + p) == main(sys.argv[3] + p.rstrip("/")): same += 1
    else:
        differ += 1
        print(f"違う: {p}", file=sys.stderr)
print(f"同じ {same}、違う {differ}")
PY
)"
say ""
say "- 常駐メモリ（serve、1秒ごと）: 最大 $(sort -n rss.log | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }') MB、最後 $(tail -n 1 rss.log | awk '{ printf "%.0f", $1 / 1024 }') MB"
echo
echo "記録: $report"
