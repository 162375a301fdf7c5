#!/usr/bin/env bash
# XSS check in a real browser: enters a corpus of script payloads in every text field a user can
# fill (実績の備考・自己評価・マイルストーンのコメント・差し戻しのコメント・課の名前・利用者名・
# ロックの理由, and through the command line 目標値の見直しの理由), then opens every page that shows
# them in headless Chromium and fails if any payload ran. The pages are also opened as saved
# files (file://, without the Content-Security-Policy header) so that escaping alone is tested,
# not only the CSP. Every submission must be accepted (the page after it shows its notice, not
# an error): a refused submission means the payload never reached a page, and fails the check.
# Needs a built binary (swift build) and chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bin="$PWD/.build/debug/actionplan"
[ -x "$bin" ] || swift build
BROWSER=$(browser)
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

"$bin" plan list >/dev/null
echo "office-password-1" | "$bin" user add office --role office --password-stdin >/dev/null
"$bin" department add 商業課 >/dev/null
echo "clerk-password-1" | "$bin" user add clerk --role department --department 商業課 --password-stdin >/dev/null
"$bin" assign 1-1.1 --department 商業課 >/dev/null
(exec "$bin" serve --port $port > serve.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
wait_healthy "$base" || { echo "NG: サーバーが起動しません"; cat serve.log; exit 1; }
[ "$(login clerk.jar "$base" clerk clerk-password-1)" = 303 ] || { echo "NG: clerk がログインできません"; exit 1; }
[ "$(login office.jar "$base" office office-password-1)" = 303 ] || { echo "NG: office がログインできません"; exit 1; }

sent=0; accepted=0; refused=()
# send JAR PATH FORM-PAGE field=value…: posts, follows the redirect, and counts the submission as
# accepted only when the page it lands on shows a notice and no error.
send() {
  local jar=$1 path=$2 page=$3; shift 3
  local token; token=$(curl -s -b "$jar" -c "$jar" "$base$page" | csrf)
  local args=(--data-urlencode "_csrf=$token")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  local after; after=$(curl -s -L -b "$jar" -c "$jar" "${args[@]}" "$base$path")
  sent=$((sent + 1))
  if grep -q 'class="notice"' <<<"$after" && ! grep -q 'class="errors"' <<<"$after"; then accepted=$((accepted + 1))
  else refused+=("$path: $(grep -o '<div class="errors".*</div>' <<<"$after" | sed 's/<[^>]*>/ /g' | tr -s ' ' | cut -c1-160)"); fi
}
for i in "${!payloads[@]}"; do
  p="${payloads[$i]}"
  send clerk.jar /my/actuals "/my?year=R6" "year=R6" "value[1-1.1.1]=$((i + 1))" "note[1-1.1.1]=$p"
  send clerk.jar /my/items/1-1.1 "/my/items/1-1.1?year=R6" "year=R6" "text=$p" "direction=拡充" "milestoneComment[R6]=$p"
  # Names are short (at most 64 characters): markup that would show as an element if unescaped.
  send office.jar /office/departments /office/departments "action=add" "name=課$i\"><b id=xss-d$i>x</b>"
  send office.jar /office/users /office/users "action=add" "name=u$i<b/id=xss-u$i>" "role=reviewer" "password=long-enough-pass"
  send office.jar /office/lock "/office?year=R8" "year=R8" "lock=1" "reason=$p"
  send office.jar /office/lock "/office?year=R8" "year=R8" "lock=0" "reason=$p"
  "$bin" target revise 1-1.1.1 --year R7 --value $((80 + i)) --date 2026-04-01 --reason "$p" >/dev/null
done
send clerk.jar /my/submit "/my?year=R6" "year=R6"
send office.jar /office/workflow "/office?year=R6" "year=R6" "department=商業課" "action=return" "comment=${payloads[0]}${payloads[1]}"

pages=("clerk.jar /my?year=R6" "clerk.jar /my/items/1-1.1?year=R6" "office.jar /office?year=R6" "office.jar /office/audit"
       "office.jar /office/departments" "office.jar /office/not-reported?year=R6" "- /indicators/1-1.1.1" "- /projects/1-1.1" "- /goals/1-1" "- /")
failed=0
for entry in "${pages[@]}"; do
  jar=${entry%% *}; path=${entry#* }
  name=$(echo "$path" | tr '/?=' '___')
  if [ "$jar" = - ]; then curl -s "$base$path" > "page$name.html"; else curl -s -b "$jar" "$base$path" > "page$name.html"; fi
  shown=$({ grep -oE "data-xss|xss-[du][0-9]" "page$name.html" || true; } | wc -l)
  ran=""
  if [ "$jar" = - ]; then
    d=$(timeout 60 "$BROWSER" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "$base$path" 2>/dev/null || true)
    grep -q '<html[^>]*data-xss' <<<"$d" && ran="（サーバーから）"
    grep -q 'id="xss-' <<<"$d" && ran="$ran（名前のタグが要素になった）"
  fi
  d=$(timeout 60 "$BROWSER" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "file://$work/page$name.html" 2>/dev/null || true)
  grep -q '<html[^>]*data-xss' <<<"$d" && ran="$ran（保存したファイルで）"
  grep -q 'id="xss-' <<<"$d" && ran="$ran（保存したファイルで名前のタグが要素になった）"
  if [ -n "$ran" ]; then echo "NG  $path: スクリプトが動いた$ran"; failed=1
  else echo "OK  $path: 入力した文字列 ${shown} か所、スクリプトは動かない"; fi
done
# The corpus must really have reached the pages, or the check proves nothing.
for path in "/my?year=R6" "/office/audit" "/indicators/1-1.1.1" "/office/departments"; do
  name=$(echo "$path" | tr '/?=' '___')
  [ "$({ grep -oE "data-xss|xss-[du][0-9]" "page$name.html" || true; } | wc -l)" -gt 0 ] || { echo "NG  $path に入力した文字列が出ていない（確認になっていない）"; failed=1; }
done
echo "受け付けた送信: $accepted / $sent"
if [ "${#refused[@]}" -gt 0 ]; then
  printf 'NG  断られた送信: %s\n' "${refused[@]}"; failed=1
fi
exit $failed
