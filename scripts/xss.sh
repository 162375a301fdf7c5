#!/usr/bin/env bash
# XSS check in a real browser: enters a corpus of script payloads in every text field a user can
# fill (実績の備考・自己評価・マイルストーンのコメント・差し戻しのコメント・課の名前・利用者名・
# 目標値の見直しの理由・ロックの理由), then opens every page that shows them in headless Chromium
# and fails if any payload ran. The pages are also opened as saved files (file://, without the
# Content-Security-Policy header) so that escaping alone is tested, not only the CSP.
# Needs a built binary (swift build) and chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bin="$PWD/.build/debug/actionplan"
[ -x "$bin" ] || swift build
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "Chromium がありません: apt-get install -y chromium" >&2; exit 1; }
work=$(mktemp -d); port=18481; base="http://127.0.0.1:$port"
export DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$work/actionplan.sqlite" LOG_LEVEL=error
cd "$work"

# Each payload marks the page if it runs (the marker is an attribute on <html>).
mark() { echo "document.documentElement.setAttribute('data-xss','$1')"; }
payloads=(
  "<script>$(mark s1)</script>"
  "\"><img src=x onerror=\"$(mark i1)\">"
  "'><svg onload=\"$(mark v1)\">"
  "</textarea><script>$(mark t1)</script>"
  "</title><script>$(mark h1)</script>"
  "<a href=\"javascript:$(mark a1)\">link</a>"
  "<iframe srcdoc=\"<script>parent.$(mark f1)</script>\"></iframe>"
)

"$bin" export goals --format jsonl >/dev/null
echo "office-password-1" | "$bin" user add office --role office --password-stdin >/dev/null
"$bin" department add 商業課 >/dev/null
echo "clerk-password-1" | "$bin" user add clerk --role department --department 商業課 --password-stdin >/dev/null
"$bin" assign 1-1.1 --department 商業課 >/dev/null
(exec "$bin" serve --port $port > serve.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
wait_healthy "$base" || { echo "NG: サーバーが起動しません"; cat serve.log; exit 1; }

post() {  # post JAR PATH field=value…
  local jar=$1 path=$2; shift 2
  local token; token=$(curl -s -b "$jar" "$base/my?year=R6" | csrf)
  [ -n "$token" ] || token=$(curl -s -b "$jar" "$base/office?year=R6" | csrf)
  local args=(--data-urlencode "_csrf=$token")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -s -o /dev/null -w "%{http_code}" -b "$jar" "${args[@]}" "$base$path"
}
[ "$(login clerk.jar "$base" clerk clerk-password-1)" = 303 ] || { echo "NG: clerk がログインできません"; exit 1; }
[ "$(login office.jar "$base" office office-password-1)" = 303 ] || { echo "NG: office がログインできません"; exit 1; }

entered=0; accepted=0; sent=0; refused=""
record() { sent=$((sent + 1)); if [ "$1" = 200 ] || [ "$1" = 303 ]; then accepted=$((accepted + 1)); else refused="$refused $2:$1"; fi; }
for i in "${!payloads[@]}"; do
  p="${payloads[$i]}"
  record "$(post clerk.jar /my/actuals "year=R6" "value[1-1.1.1]=$((i + 1))" "version[1-1.1.1]=$i" "note[1-1.1.1]=$p")" "/my/actuals"
  record "$(post clerk.jar /my/projects/1-1.1 "year=R6" "text=$p" "direction=拡充" "milestoneComment[R6]=$p")" "/my/projects/1-1.1"
  record "$(post office.jar /office/departments "name=課$i$p")" "/office/departments"
  record "$(post office.jar /office/users "name=u$i${p:0:60}" "role=reviewer" "password=long-enough-pass")" "/office/users"
  record "$(post office.jar /office/targets "indicator=1-1.1.1" "year=R7" "value=$((80 + i))" "date=2026-04-01" "reason=$p")" "/office/targets"
  record "$(post office.jar /office/lock "year=R8" "lock=1" "reason=$p")" "/office/lock"
  record "$(post office.jar /office/lock "year=R8" "lock=0" "reason=$p")" "/office/lock"
  entered=$((entered + 1))
done
record "$(post clerk.jar /my/submit "year=R6")" "/my/submit"
record "$(post office.jar /office/workflow "year=R6" "department=商業課" "action=return" "comment=${payloads[0]}${payloads[1]}")" "/office/workflow"

pages=("clerk.jar /my?year=R6" "clerk.jar /my/projects/1-1.1?year=R6" "office.jar /office?year=R6" "office.jar /office/audit"
       "office.jar /office/not-reported?year=R6" "- /indicators/1-1.1.1" "- /projects/1-1.1" "- /goals/1-1" "- /")
failed=0
for entry in "${pages[@]}"; do
  jar=${entry%% *}; path=${entry#* }
  name=$(echo "$path" | tr '/?=' '___')
  if [ "$jar" = - ]; then curl -s "$base$path" > "page$name.html"; else curl -s -b "$jar" "$base$path" > "page$name.html"; fi
  shown=$({ grep -o "data-xss" "page$name.html" || true; } | wc -l)
  ran=""
  if [ "$jar" = - ]; then
    dom=$(timeout 60 "$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "$base$path" 2>/dev/null || true)
    grep -q '<html[^>]*data-xss' <<<"$dom" && ran="（サーバーから）"
  fi
  dom=$(timeout 60 "$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "file://$work/page$name.html" 2>/dev/null || true)
  grep -q '<html[^>]*data-xss' <<<"$dom" && ran="$ran（保存したファイルで）"
  if [ -n "$ran" ]; then echo "NG  $path: スクリプトが動いた$ran"; failed=1
  else echo "OK  $path: 入力した文字列 ${shown} か所、スクリプトは動かない"; fi
done
# The corpus must really have reached the pages, or the check proves nothing.
for path in "/my?year=R6" "/office/audit"; do
  name=$(echo "$path" | tr '/?=' '___')
  [ "$({ grep -o "data-xss" "page$name.html" || true; } | wc -l)" -gt 0 ] || { echo "NG  $path に入力した文字列が出ていない（確認になっていない）"; failed=1; }
done
echo "入力したペイロード: $entered 種類。受け付けた送信: $accepted / $sent${refused:+（断られた送信:$refused）}"
exit $failed
