#!/usr/bin/env bash
# End-to-end check: starts `actionplan serve`, opens pages in headless Chromium, saves
# screenshots to out/e2e/, and fails if a page errors or its main heading is missing.
# Runs against SQLite, and against PostgreSQL too when DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bin=.build/debug/actionplan
[ -x "$bin" ] || swift build
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "Chromium がありません: apt-get install -y chromium fonts-ipafont-gothic" >&2
  exit 1
fi
out=out/e2e
mkdir -p "$out"
pages=("/" "/goals/1-1" "/projects/2-2.1" "/indicators/1-1.5.2" "/search?q=%E5%95%86%E5%BA%97%E8%A1%97" "/vision" "/lint")

check() {
  local label=$1 port=$2
  local work; work=$(mktemp -d)
  (cd "$work" && exec "$OLDPWD/$bin" serve --port "$port" > "$work/serve.log" 2>&1) &
  local pid=$!
  trap "kill $pid 2>/dev/null || true" RETURN
  wait_healthy "http://127.0.0.1:$port" || { echo "[$label] サーバーが起動しません"; cat "$work/serve.log"; return 1; }
  local failed=0
  for page in "${pages[@]}"; do
    local url="http://127.0.0.1:$port$page"
    local status; status=$(curl -s -o /dev/null -w "%{http_code}" "$url")
    local name; name=$(echo "$label$page" | tr '/?=%' '____')
    local dom; dom=$(timeout 60 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "$url" 2>/dev/null || true)
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 --screenshot="$out/$name.png" "$url" >/dev/null 2>&1 || true
    if [ "$status" != "200" ] || ! grep -q "<h1" <<<"$dom" || grep -q "エラーが発生しました" <<<"$dom"; then
      echo "[$label] NG $page (HTTP $status)"; failed=1
    else
      echo "[$label] OK $page — $(grep -o '<h1[^>]*>.*</h1>' <<<"$dom" | head -1 | sed 's/<[^>]*>//g' | cut -c1-60)"
    fi
  done
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --print-to-pdf="$out/$label-goal-1-1.pdf" "http://127.0.0.1:$port/goals/1-1" >/dev/null 2>&1 || true
  return $failed
}

status=0
DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$(mktemp -d)/e2e.sqlite" check sqlite 18181 || status=1
if [ -n "${DATABASE_URL:-}" ]; then
  check postgres 18182 || status=1
fi
echo "スクリーンショット: $out/"
exit $status
