#!/usr/bin/env bash
# Two `actionplan serve` instances on one PostgreSQL behind nginx (round robin, no sticky
# sessions), as docs/deployment.md sets them up. Checks that a session made through one
# instance works on the other; that a write through one is seen at once through the other (and
# through the command line); that a stale write is refused across instances; that published
# figures and plan changes appear on both at once; and that the log-in limit holds across the
# instances per client (clients told apart by nginx's X-Forwarded-For, trusted only from nginx;
# a client cannot lift its own limit by sending the header itself).
# Needs: a built binary (swift build), postgresql and nginx (apt-get install -y postgresql nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bin="$PWD/.build/debug/actionplan"
[ -x "$bin" ] || swift build
command -v nginx >/dev/null || { echo "nginx がありません: apt-get install -y nginx" >&2; exit 1; }

DATABASE_URL="$(scripts/start-postgres.sh actionplan_multi)" || { echo "NG: PostgreSQL が起動しません" >&2; exit 1; }
export DATABASE_URL LOG_LEVEL=warning ACTIONPLAN_TRUSTED_PROXIES=127.0.0.1
work=$(mktemp -d)
lb=18280; a=18281; b=18282
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# The plan office's set-up, through the command line (a third client of the same database).
"$bin" plan list >/dev/null   # migrates and loads the embedded plan once
"$bin" department add 商業課 >/dev/null
echo "long-password-clerk" | "$bin" user add 商業太郎 --role department --department 商業課 --password-stdin >/dev/null
echo "long-password-office" | "$bin" user add 計画花子 --role office --password-stdin >/dev/null
"$bin" assign 1-1.1 --department 商業課 >/dev/null

for port in $a $b; do
  (cd "$work" && exec "$bin" serve --port "$port" > "$work/serve-$port.log" 2>&1) &
  pids+=($!)
done
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/body; proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fcgi; uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  upstream actionplan { server 127.0.0.1:$a; server 127.0.0.1:$b; }
  server {
    listen 127.0.0.1:$lb;
    location / {
      proxy_pass http://actionplan;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
for port in $a $b $lb; do
  wait_healthy "http://127.0.0.1:$port" 90 || { echo "NG: :$port が起動しません"; cat "$work"/serve-*.log; exit 1; }
done

failed=0
ok() { echo "OK  $1"; }
ng() { echo "NG  $1"; failed=1; }
jar="$work/cookies"

# Log in through the load balancer.
status=$(login "$jar" "http://127.0.0.1:$lb" 商業太郎 long-password-clerk /my)
[ "$status" = "303" ] && ok "ログイン（nginx 経由）" || ng "ログイン: HTTP $status"

# The session works on both instances (sessions live in the database).
for port in $a $b; do
  page=$(curl -s -b "$jar" "http://127.0.0.1:$port/my?year=R6")
  grep -q "せたがやPay" <<<"$page" && ok "同じセッションで :$port の入力画面が開く" || ng "セッションが :$port で通らない"
done
token=$(curl -s -b "$jar" "http://127.0.0.1:$a/my?year=R6" | csrf)

# A write through instance A is seen at once through instance B.
curl -s -o /dev/null -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" \
  --data-urlencode "value[1-1.1.1]=70" --data-urlencode "version[1-1.1.1]=0" "http://127.0.0.1:$a/my/actuals"
curl -s -b "$jar" "http://127.0.0.1:$b/my?year=R6" | grep -q 'value="70"' && ok "インスタンスAで保存した値がインスタンスBにすぐ見える" || ng "インスタンスBに見えない"

# A stale write through instance B (it read version 0) is refused and told why.
body=$(curl -s -L -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" \
  --data-urlencode "value[1-1.1.1]=60" --data-urlencode "version[1-1.1.1]=0" "http://127.0.0.1:$b/my/actuals")
if grep -q "最新の値" <<<"$body" && ! curl -s -b "$jar" "http://127.0.0.1:$a/my?year=R6" | grep -q 'value="60"'; then
  ok "古い版の保存は別のインスタンスでも断る（最新の値を示す）"
else ng "古い版の保存が断られない"; fi

# Submit through B, publish from the command line; both instances show the figure at once.
curl -s -o /dev/null -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" --data-urlencode "text=順調" \
  --data-urlencode "direction=拡充" "http://127.0.0.1:$a/my/items/1-1.1"
curl -s -o /dev/null -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" "http://127.0.0.1:$b/my/submit"
"$bin" workflow approve --department 商業課 --year R6 >/dev/null
"$bin" workflow publish --department 商業課 --year R6 >/dev/null
for port in $a $b; do
  curl -s "http://127.0.0.1:$port/api/v1/evaluations?year=R6" | grep -q '"actual":70' && ok "公表した実績が :$port の API にすぐ出る" || ng "公表した実績が :$port に出ない"
done

# Plan changes (a target revision from the command line) reach both instances' caches.
for port in $a $b; do curl -s "http://127.0.0.1:$port/indicators/1-1.1.1" >/dev/null; done
"$bin" target revise 1-1.1.1 --year R7 --value 90 --date 2026-04-01 --reason "中間見直しの確認" >/dev/null
for port in $a $b; do
  curl -s "http://127.0.0.1:$port/indicators/1-1.1.1" | grep -q "中間見直しの確認" && ok "目標値の見直しが :$port にすぐ出る" || ng "目標値の見直しが :$port に出ない"
done

# The log-in limit, across instances, per client. Clients are 127.0.0.2 and 127.0.0.3 (loopback
# addresses); nginx (127.0.0.1) is the trusted proxy and names them in X-Forwarded-For.
attempt() {  # attempt SOURCE-ADDRESS URL PASSWORD [extra curl args]
  local src=$1 url=$2 pw=$3; shift 3
  local j; j=$(mktemp)
  local t; t=$(curl -s --interface "$src" -c "$j" -b "$j" "$@" "$url/login" | csrf)
  curl -s -o /dev/null -w "%{http_code}" --interface "$src" -c "$j" -b "$j" "$@" --data-urlencode "_csrf=$t" \
    --data-urlencode "name=計画花子" --data-urlencode "password=$pw" "$url/login"
}
codes=""
for _ in 1 2 3 4 5; do codes="$codes $(attempt 127.0.0.2 "http://127.0.0.1:$lb" wrong-password)"; done
[ "$codes" = " 401 401 401 401 401" ] && ok "nginx 経由の5回の失敗（2つのインスタンスに振り分け）" || ng "失敗の答え:$codes"
s=$(attempt 127.0.0.2 "http://127.0.0.1:$lb" long-password-office)
[ "$s" = 429 ] && ok "6回目は正しいパスワードでも断る（どちらのインスタンスでも: HTTP 429）" || ng "6回目: HTTP $s"
s=$(attempt 127.0.0.2 "http://127.0.0.1:$a" long-password-office -H "X-Forwarded-For: 198.51.100.9")
[ "$s" = 429 ] && ok "自分で X-Forwarded-For を付けても制限は外れない（nginx 以外からの見出しは信じない）" || ng "見出しの偽装で制限が外れた: HTTP $s"
s=$(attempt 127.0.0.3 "http://127.0.0.1:$lb" long-password-office)
[ "$s" = 303 ] && ok "別の利用者端末（127.0.0.3）からはログインできる" || ng "別の端末からのログイン: HTTP $s"

# Round robin through nginx: every request answered.
bad=0
for _ in $(seq 1 40); do [ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$lb/goals/1-1")" = "200" ] || bad=$((bad+1)); done
[ "$bad" = 0 ] && ok "nginx 経由の40件がすべて 200" || ng "nginx 経由で $bad 件が失敗"

exit $failed
