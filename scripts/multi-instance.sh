#!/usr/bin/env bash
# Two `actionplan serve` instances on one PostgreSQL behind nginx (round robin, no sticky
# sessions). Checks that a session made through one instance works on the other, that a write
# through one is seen at once through the other (and through the command line), that a stale
# write is refused across instances, and that published figures appear on both at once.
# Needs: a built binary (swift build), postgresql and nginx (apt-get install -y postgresql nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bin="$PWD/.build/debug/actionplan"
[ -x "$bin" ] || swift build
command -v nginx >/dev/null || { echo "nginx がありません: apt-get install -y nginx" >&2; exit 1; }

export DATABASE_URL="$(scripts/start-postgres.sh actionplan_multi)"
export LOG_LEVEL=warning
work=$(mktemp -d)
lb=18280; a=18281; b=18282
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# The plan office's set-up, through the command line (a third client of the same database).
"$bin" export goals --format jsonl >/dev/null   # migrates and loads the embedded plan once
"$bin" department add 商業課 >/dev/null
echo "long-password-clerk" | "$bin" user add 商業太郎 --role department --department 商業課 --password-stdin >/dev/null
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
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
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
status=$(curl -s -o /dev/null -w "%{http_code}" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" \
  --data-urlencode "value[1-1.1.1]=70" --data-urlencode "version[1-1.1.1]=0" "http://127.0.0.1:$a/my/actuals")
[ "$status" = "200" ] && ok "インスタンスAで保存" || ng "インスタンスAで保存: HTTP $status"
curl -s -b "$jar" "http://127.0.0.1:$b/my?year=R6" | grep -q 'value="70"' && ok "インスタンスBにすぐ見える" || ng "インスタンスBに見えない"

# A stale write through instance B (it read version 0) is refused and told why.
body=$(curl -s -w "\n%{http_code}" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" \
  --data-urlencode "value[1-1.1.1]=60" --data-urlencode "version[1-1.1.1]=0" "http://127.0.0.1:$b/my/actuals")
if [ "$(tail -1 <<<"$body")" = "409" ] && grep -q "最新の値: 1-1.1.1 R6 = 70" <<<"$body"; then ok "古い版の保存は別のインスタンスでも断る（409・最新の値）"; else ng "古い版の保存が断られない"; fi

# Submit through B, publish from the command line; both instances show the figure at once.
curl -s -o /dev/null -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "year=R6" "http://127.0.0.1:$b/my/submit"
"$bin" workflow approve --department 商業課 --year R6 >/dev/null
"$bin" workflow publish --department 商業課 --year R6 >/dev/null
for port in $a $b; do
  curl -s "http://127.0.0.1:$port/api/v1/evaluations?year=R6" | grep -q '"actual":70' && ok "公表した実績が :$port の API にすぐ出る" || ng "公表した実績が :$port に出ない"
done

# Plan changes (a target revision from the command line) reach both instances' plan caches.
# Both instances render (and cache) the page first; the revision must still show at once.
for port in $a $b; do
  curl -s "http://127.0.0.1:$port/indicators/1-1.1.1" | grep -q "中間見直しの確認" && ng "見直しの前から理由が出ている（:$port）"
  curl -s "http://127.0.0.1:$port/indicators/1-1.1.1" >/dev/null
done
"$bin" target revise 1-1.1.1 --year R6 --value 90 --date 2026-04-01 --reason "中間見直しの確認" >/dev/null
for port in $a $b; do
  curl -s "http://127.0.0.1:$port/indicators/1-1.1.1" | grep -q "中間見直しの確認" && ok "目標値の見直しが :$port にすぐ出る" || ng "目標値の見直しが :$port に出ない"
done

# Round robin through nginx: every request answered.
bad=0
for _ in $(seq 1 40); do [ "$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$lb/goals/1-1")" = "200" ] || bad=$((bad+1)); done
[ "$bad" = 0 ] && ok "nginx 経由の40件がすべて 200" || ng "nginx 経由で $bad 件が失敗"

exit $failed
