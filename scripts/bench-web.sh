#!/usr/bin/env bash
# Benchmark 3 (pages and API) and 4 (memory): `actionplan serve` (release build, SQLite,
# Setagaya's plan with published actuals) against nginx serving the very same response bytes
# saved to files, with wrk at 64 connections; then the server's resident memory.
# With CORPUS_DB=path/to/ours.sqlite (from scripts/bench-import.sh) it also reports the memory
# after every plan of the national corpus has been shown once.
#
#   scripts/bench-web.sh            # needs wrk and nginx: apt-get install -y wrk nginx
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
BIN="${BIN:-.build-release/release/actionplan}"
if [ ! -x "$BIN" ]; then
  echo "== リリースビルド（初回は15分ほど）"; swift build -c release --scratch-path .build-release --product actionplan >/dev/null
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "$tool がありません: apt-get install -y wrk nginx curl" >&2; exit 1; }; done
DURATION="${DURATION:-10}"
WORK="$(mktemp -d /tmp/actionplan-web.XXXX)"
app=18380; web=18381
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
unset DATABASE_URL
export LOG_LEVEL=warning
echo "== 機械: $(nproc) コア・$(free -g | awk '/Mem:/ {print $2}') GiB・$(uname -sr)・$(nginx -v 2>&1)・$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"

rss() { awk '/VmRSS/ { printf "%.1f MB", $2 / 1024 }' "/proc/$1/status"; }
peak() { awk '/VmHWM/ { printf "%.1f MB", $2 / 1024 }' "/proc/$1/status"; }

export ACTIONPLAN_SQLITE_PATH="$WORK/web.sqlite"
"$BIN" bench sample --year R6 | sed 's/^/   /'
echo "== 世田谷区の計画だけの集計（ベンチマーク2）"
"$BIN" bench rollup --year R6 --plan setagaya --repeat 20 | sed 's/^/   /'
(cd "$WORK" && exec "$BIN" serve --port $app > "$WORK/serve.log" 2>&1) &
pids+=($!); server=$!
wait_healthy "http://127.0.0.1:$app" 60 || { cat "$WORK/serve.log"; exit 1; }
echo "== 起動直後の常駐メモリ: $(rss $server)"

paths=("/" "/goals/1-1" "/api/v1/goals")
mkdir -p "$WORK/www/goals" "$WORK/www/api/v1"
for p in "${paths[@]}"; do
  file="$WORK/www${p}"; [ "$p" = "/" ] && file="$WORK/www/index.html"
  curl -fs "http://127.0.0.1:$app$p" -o "$file"
done
grep -q '"actual"' <(curl -fs "http://127.0.0.1:$app/api/v1/evaluations?year=R6") || { echo "!! 公表済みの実績がありません"; exit 1; }

cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  types { }
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  server {
    listen 127.0.0.1:$web;
    root $WORK/www;
    location = / { default_type "text/html; charset=utf-8"; try_files /index.html =404; }
    location /goals/ { default_type "text/html; charset=utf-8"; }
    location /api/ { default_type "application/json; charset=utf-8"; }
  }
}
CONF
chmod -R a+rX "$WORK"   # nginx's workers run as www-data
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5
for p in "${paths[@]}"; do
  cmp -s <(curl -fs "http://127.0.0.1:$app$p") <(curl -fs "http://127.0.0.1:$web$p") || { echo "!! $p の中身が nginx と違います"; exit 1; }
done
echo "== 同じバイト列: $(for p in "${paths[@]}"; do printf '%s %s B  ' "$p" "$(curl -fs "http://127.0.0.1:$web$p" | wc -c)"; done)"

# run URL: prints "requests/s p99"
run() {
  wrk -t2 -c64 -d2s "$1" >/dev/null 2>&1   # warm-up
  wrk -t2 -c64 -d"${DURATION}s" --latency "$1" > "$WORK/wrk.txt" 2>&1
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$WORK/wrk.txt" | tr -s ' ' | tr '\n' ' ' || true)
  echo "$rps $p99 $errors"
}
printf "== wrk -t2 -c64 -d%ss（同じ機械で wrk も動く）\n" "$DURATION"
printf "   %-16s %12s %10s %12s %10s %8s\n" "パス" "actionplan/s" "p99" "nginx/s" "p99" "比"
for p in "${paths[@]}"; do
  read -r a_rps a_p99 a_err <<<"$(run "http://127.0.0.1:$app$p")"
  read -r n_rps n_p99 n_err <<<"$(run "http://127.0.0.1:$web$p")"
  printf "   %-16s %12s %10s %12s %10s %8s %s\n" "$p" "$a_rps" "$a_p99" "$n_rps" "$n_p99" \
    "$(awk -v a="$a_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')" "$a_err"
done
echo "== 負荷のあとの常駐メモリ: $(rss $server)（最大 $(peak $server)）"

if [ -n "${CORPUS_DB:-}" ]; then
  kill "$server"; wait "$server" 2>/dev/null || true
  cp "$CORPUS_DB" "$WORK/corpus.sqlite"
  export ACTIONPLAN_SQLITE_PATH="$WORK/corpus.sqlite"
  (cd "$WORK" && ACTIONPLAN_DEFAULT_PLAN=m0001 exec "$BIN" serve --port $app > "$WORK/serve-corpus.log" 2>&1) &
  pids+=($!); server=$!
  wait_healthy "http://127.0.0.1:$app" 120 || { cat "$WORK/serve-corpus.log"; exit 1; }
  echo "== 全国コーパス: 起動直後 $(rss $server)"
  plans=$(curl -fs "http://127.0.0.1:$app/api/v1/plans" | grep -o '"id":"m[0-9]*"' | cut -d'"' -f4)
  for id in $plans; do curl -fs -o /dev/null "http://127.0.0.1:$app/plans/$id/"; done
    echo "   全 $(wc -w <<<"$plans") 計画の表紙を1回ずつ表示したあと: $(rss $server)（最大 $(peak $server)。メモリに置く計画は最近使った64まで）"
fi
