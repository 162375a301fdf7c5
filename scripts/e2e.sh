#!/usr/bin/env bash
# End-to-end check of `actionplan serve` as its users meet it, in headless Chromium:
#  - residents' pages of Setagaya's plan and of two plans of other shapes, side by side;
#  - the yearly cycle through the web forms: the office sets up a department and a clerk (CLI),
#    the clerk logs in, enters R6 figures and submits; the office logs in, approves and
#    publishes; the figure then shows on the public indicator page and in the API;
#  - reminders: the office sets a due date (CLI), the clerk sees 「未提出（期限 …）」, the office
#    presses the reminder button and the clerk's message arrives at a real SMTP server on
#    loopback (aiosmtpd); the daily `actionplan remind` does not send it twice;
#  - the annual report as a PDF (Chromium): a number on every page, a draft marked on every page;
#  - axe-core 4 and the W3C Nu HTML checker on every public page (crawled, every plan, ja and en)
#    and every staff page of each role (scripts/a11y.py): no violation, no error.
# Screenshots go to out/e2e/. Runs on SQLite, and on PostgreSQL too when DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
root=$PWD
bin="$root/.build/debug/actionplan"
[ -x "$bin" ] || swift build
BROWSER=$(browser)
command -v pdftotext >/dev/null || { echo "pdftotext がありません（報告書の PDF のページを読む）: apt-get install -y poppler-utils" >&2; exit 1; }
out="$root/out/e2e"
mkdir -p "$out"
export LOG_LEVEL=warning

check() {
  local label=$1 port=$2 failed=0
  local work; work=$(mktemp -d)
  local base="http://127.0.0.1:$port"
  ok() { echo "[$label] OK  $1"; }
  ng() { echo "[$label] NG  $1"; failed=1; }
  cd "$work"
  [ -n "${DATABASE_URL:-}" ] && "$bin" plan delete sakura >/dev/null 2>&1 || true
  "$bin" import "$root/data/examples/sakura-outcomes.xlsx" --plan-id sakura --title "さくら市総合計画 後期基本計画" --municipality さくら市 >/dev/null
  "$bin" import "$root/data/examples/kaede-reform-cp932.csv" --plan-id kaede --title "かえで町行政改革推進計画" --municipality かえで町 >/dev/null
  "$bin" department add 商業課 >/dev/null 2>&1 || true
  "$bin" assign 1-1.1 --department 商業課 >/dev/null
  echo "office-password-e2e" | "$bin" user add e2e-office --role office --password-stdin >/dev/null 2>&1 || true
  echo "clerk-password-e2e" | "$bin" user add e2e-clerk --role department --department 商業課 --password-stdin >/dev/null 2>&1 || true
  echo "reviewer-password-e2e" | "$bin" user add e2e-reviewer --role reviewer --password-stdin >/dev/null 2>&1 || true
  "$bin" user email e2e-clerk clerk@example.lg.jp >/dev/null
  "$bin" year due R6 --on 2025-06-30 >/dev/null
  # A real SMTP server on loopback for the reminders.
  mkfifo "$work/mail-in"
  (python3 "$root/Tests/PlanTestSupport/mail-server.py" serve "$work/Maildir" < "$work/mail-in" > "$work/mail-port" 2> "$work/mail.log") &
  exec {mailfd}> "$work/mail-in"
  for _ in $(seq 50); do [ -s "$work/mail-port" ] && break; sleep 0.2; done
  [ -s "$work/mail-port" ] || { echo "[$label] SMTP の試験サーバー（aiosmtpd）が起動しません"; cat "$work/mail.log"; return 1; }
  export ACTIONPLAN_SMTP_HOST=127.0.0.1 ACTIONPLAN_SMTP_PORT="$(cat "$work/mail-port")" ACTIONPLAN_SMTP_FROM="計画担当 <keikaku@example.lg.jp>"
  export ACTIONPLAN_SITE_URL="$base"
  ("$bin" serve --port "$port" > "$work/serve.log" 2>&1) &
  local pid=$!
  trap "kill $pid 2>/dev/null || true; exec {mailfd}>&-; unset ACTIONPLAN_SMTP_HOST ACTIONPLAN_SMTP_PORT ACTIONPLAN_SMTP_FROM ACTIONPLAN_SITE_URL; cd '$root'" RETURN
  wait_healthy "$base" 90 || { echo "[$label] サーバーが起動しません"; cat "$work/serve.log"; return 1; }

  # Residents' pages, three plan shapes.
  local pages=("/" "/goals/1-1" "/indicators/1-1.5.2" "/search?q=%E5%95%86%E5%BA%97%E8%A1%97" "/vision" "/dashboard" "/report"
               "/plans/sakura" "/plans/sakura/dashboard" "/plans/kaede" "/plans/kaede/dashboard" "/en")
  for page in "${pages[@]}"; do
    local status; status=$(curl -s -o /dev/null -w "%{http_code}" "$base$page")
    local name; name=$(echo "$label$page" | tr '/?=%' '____')
    local html; html=$(dom "$base$page" || true)
    timeout 60 "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 --screenshot="$out/$name.png" "$base$page" >/dev/null 2>&1 || true
    if [ "$status" = 200 ] && grep -q "<h1" <<<"$html"; then ok "$page — $(grep -o '<h1[^>]*>[^<]*' <<<"$html" | head -1 | sed 's/<[^>]*>//g' | cut -c1-50)"; else ng "$page（HTTP $status）"; fi
  done
  dom "$base/plans/sakura" | grep -q "基本目標" && ok "さくら市の計画は自分の階層の名前（基本目標）で表示される" || ng "さくら市の階層の名前が出ない"
  dom "$base/plans/kaede/dashboard" | grep -q "平成30年度（2018年度）" && ok "かえで町の計画は平成30年度から表示される" || ng "かえで町の年度が出ない"

  # The yearly cycle through the forms.
  local jar="$work/clerk" office="$work/office"
  [ "$(login "$jar" "$base" e2e-clerk clerk-password-e2e /my)" = 303 ] && ok "所管課の職員がログインできる" || ng "所管課のログイン"
  curl -s -b "$jar" "$base/my?year=R6" | grep -q "せたがやPay" && ok "入力画面に担当の指標が出る" || ng "入力画面に担当の指標が出ない"
  curl -s -b "$jar" "$base/my?year=R6" | grep -q "未提出（期限 令和7年6月30日（2025年6月30日））" && ok "入力画面に「未提出（期限 …）」" || ng "入力画面に提出期限が出ない"
  [ "$(login "$office" "$base" e2e-office office-password-e2e /office)" = 303 ] || ng "計画担当のログイン"
  curl -s -b "$office" "$base/office?year=R6" | grep -q "期限を過ぎて未提出: 商業課" && ok "進行管理に期限を過ぎた課" || ng "進行管理に期限を過ぎた課が出ない"
  post "$office" "$base/office/remind" "$base/office?year=R6" "year=R6" >/dev/null
  curl -s -b "$office" "$base/office?year=R6" | grep -q "商業課に督促メールを送りました（clerk@example.lg.jp）" && ok "督促ボタンで送信" || ng "督促を送れない"
  local mails; mails=$(python3 "$root/Tests/PlanTestSupport/mail-server.py" read "$work/Maildir")
  grep -q '"to": "clerk@example.lg.jp"' <<<"$mails" && grep -q "入力と提出: $base/my?year=R6" <<<"$mails" && grep -q '令和6年度（2024年度）の実績' <<<"$mails" \
    && ok "督促メールが SMTP サーバーに届く（宛先・件名・入力画面へのリンク）" || ng "督促メールが届かない: $mails"
  "$bin" remind --year R6 | grep -q "本日は督促済み" && ok "同じ日の remind は送り直さない" || ng "同じ日に二度送った"
  [ "$(python3 "$root/Tests/PlanTestSupport/mail-server.py" read "$work/Maildir" | grep -o '"to"' | wc -l)" = 1 ] || ng "メールが2通以上"
  local s; s=$(post "$jar" "$base/my/actuals" "$base/my?year=R6" "year=R6" "value[1-1.1.1]=７１.３" "note[1-1.1.1]=アプリ調査による")
  [ "$s" = 303 ] && curl -s -b "$jar" "$base/my?year=R6" | grep -q "保存しました" && ok "実績を保存（全角の数字も受け付ける）" || ng "実績の保存: HTTP $s"
  # Submitting is refused, with the list, while the self-evaluation is missing.
  post "$jar" "$base/my/submit" "$base/my?year=R6" "year=R6" >/dev/null
  local page; page=$(curl -s -b "$jar" "$base/my?year=R6")
  grep -q "まだ提出できません" <<<"$page" && grep -q "自己評価が未入力" <<<"$page" && ok "自己評価がないうちは提出を断り、残りを示す" || ng "自己評価なしで提出できた"
  s=$(post "$jar" "$base/my/items/1-1.1" "$base/my/items/1-1.1?year=R6" "year=R6" "text=アプリの利用は順調に伸びた" "direction=拡充")
  curl -s -b "$jar" "$base/my/items/1-1.1?year=R6" | grep -q "自己評価を保存しました" && ok "自己評価を保存" || ng "自己評価の保存: HTTP $s"
  s=$(post "$jar" "$base/my/submit" "$base/my?year=R6" "year=R6")
  curl -s -b "$jar" "$base/my?year=R6" | grep -q "提出しました" && ok "提出" || ng "提出: HTTP $s"
  curl -s "$base/indicators/1-1.1.1" | grep -q "71.3" && ng "公表前の実績が公開のページに出ている" || ok "公表前の実績は公開のページに出ない"
  [ "$(login "$office" "$base" e2e-office office-password-e2e /office)" = 303 ] && ok "計画担当がログインできる" || ng "計画担当のログイン"
  post "$office" "$base/office/workflow" "$base/office?year=R6" "year=R6" "department=商業課" "action=approve" >/dev/null
  post "$office" "$base/office/workflow" "$base/office?year=R6" "year=R6" "department=商業課" "action=publish" "confirm=1" >/dev/null
  curl -s -b "$office" "$base/office?year=R6" | grep -q "公表済み" && ok "承認して公表" || ng "公表できない"
  dom "$base/indicators/1-1.1.1" | grep -q "71.3" && ok "公表した実績が公開のページに出る" || ng "公表した実績が出ない"
  curl -s "$base/api/v1/evaluations?year=R6" | grep -q '"actual":71.3' && ok "API にも出る" || ng "API に出ない"
  s=$(post "$jar" "$base/my/actuals" "$base/my?year=R6" "year=R6" "value[1-1.1.1]=78.3")
  curl -s -b "$jar" "$base/my?year=R6" | grep -q "公表済み" && ! curl -s "$base/api/v1/evaluations?year=R6" | grep -q '"actual":78.3' && ok "公表済みの実績は書き換えられない" || ng "公表済みの実績を書き換えられた"

  # The report as a PDF.
  if "$bin" report --year R6 --format pdf --output "$out/$label-report-R6.pdf" >/dev/null 2>&1 && [ -s "$out/$label-report-R6.pdf" ] && head -c 4 "$out/$label-report-R6.pdf" | grep -q "%PDF"; then
    ok "報告書の PDF（$(wc -c < "$out/$label-report-R6.pdf") バイト）"
    # Every printed page carries its number (「3 / 43」); a draft says so on every page.
    pages=$(pdfinfo "$out/$label-report-R6.pdf" | awk '/^Pages:/ {print $2}')
    numbered=$(pdftotext "$out/$label-report-R6.pdf" - | grep -cE "^[0-9]+ / $pages$" || true)
    [ "$numbered" = "$pages" ] && ok "報告書の PDF の全ページ（$pages）にページ番号" || ng "ページ番号のあるページ: $numbered / $pages"
    # The contents gives each section's page: ascending, and the last (3.) is the page it starts on.
    python3 - "$out/$label-report-R6.pdf" <<'PY' && ok "報告書の目次にページ番号（最後の節の始まるページと一致）" || ng "報告書の目次のページ番号"
import re, subprocess, sys
pages = subprocess.run(["pdftotext", "-enc", "UTF-8", sys.argv[1], "-"], capture_output=True, text=True).stdout.split("\f")
toc = next(i for i, p in enumerate(pages) if "目次" in p)
numbers = [int(n) for n in re.findall(r"(\d+)ページ", pages[toc])]
top = lambda p: "".join("".join(p.split("\n")[:8]).split())
behind = next(i + 1 for i, p in enumerate(pages) if i > toc and "3.目標に届いていない指標" in top(p))
print("目次のページ番号:", numbers, "3. の始まり:", behind)
sys.exit(0 if len(numbers) >= 4 and numbers == sorted(numbers) and numbers[-1] == behind else 1)
PY
    "$bin" report --year R6 --format pdf --draft --output "$out/$label-draft-R6.pdf" >/dev/null 2>&1
    pages=$(pdfinfo "$out/$label-draft-R6.pdf" | awk '/^Pages:/ {print $2}')
    marked=$(pdftotext "$out/$label-draft-R6.pdf" - | grep -c "内部資料" || true)
    [ "$marked" -ge "$pages" ] && ok "下書きの PDF は全ページ（$pages）に「内部資料」" || ng "「内部資料」のあるページ: $marked / $pages"
  else ng "報告書の PDF を作れない"; fi

  # axe-core and the W3C Nu checker on every public page (crawled) and every staff page, once.
  if [ "$label" = sqlite ]; then
    local d; d=$(python3 -c "import urllib.parse; print(urllib.parse.quote('商業課'))")
    # The activity records' pages, with Setagaya's kinds and rules and one record of each kind.
    "$bin" activity define "$root/data/setagaya/activities.json" >/dev/null
    printf '種類,課,日付,件名,区分,参加者数,交付額\n相談,商業課,2024-05-01,経営相談,経営相談,,\nイベント,商業課,2024-06-01,勉強会,勉強会,12,\n補助・助成,商業課,2024-07-01,販路拡大,販路拡大支援,,500000\n登録,商業課,2024-08-01,会員登録,SETAGAYA PORT,,\n' > "$work/records.csv"
    "$bin" activity import "$work/records.csv" >/dev/null || ng "活動記録を取り込めない"
    local clerk_pages="/my?year=R6,/my/items/1-1.1?year=R6,/account/password,/activities,/activities/figures/2-1.2.1?year=R6"
    local office_pages="/office?year=R6,/office/audit,/office/users,/office/departments,/office/assignments,/office/api-tokens,/office/not-reported?year=R6"
    office_pages+=",/activities,/activities/figures/2-1.2.1?year=R6"
    office_pages+=",/office/review/$d?year=R6,/lint,/report?year=R6&draft=1,/account/password"
    local reviewer_pages="/office?year=R6,/office/review/$d?year=R6,/lint"
    if python3 "$root/scripts/a11y.py" "$base" "$work/a11y" "clerk:e2e-clerk:clerk-password-e2e:$clerk_pages" \
        "office:e2e-office:office-password-e2e:$office_pages" "reviewer:e2e-reviewer:reviewer-password-e2e:$reviewer_pages" > "$out/a11y.txt" 2>&1; then
      ok "$(tail -1 "$out/a11y.txt")"
    else
      ng "アクセシビリティ・HTML の問題（$out/a11y.txt）"; grep "^NG" "$out/a11y.txt" | head -20
    fi
  fi
  return $failed
}

status=0
DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$(mktemp -d)/e2e.sqlite" check sqlite 18181 || status=1
if [ -n "${DATABASE_URL:-}" ]; then
  check postgres 18182 || status=1
fi
echo "スクリーンショット: $out/"
exit $status
