#!/usr/bin/env bash
# What a public page costs when the page cache misses (issue 14, item 3; docs/benchmarks.md): the
# embedded plan with one year's figures published, then `actionplan bench render` (the release
# build) draws every kind of page again and again — the plan's read model loaded once, as a
# running server has it. Also `bench memory` on the same database.
#
#   scripts/bench-render.sh                # YEAR=R6 ITERATIONS=500
#   BIN=.build/debug/actionplan scripts/bench-render.sh   # a quick look (not a measurement)
#
# The database is made anew in WORK (default /tmp/actionplan-render).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/lib.sh
YEAR=${YEAR:-R6}
ITERATIONS=${ITERATIONS:-500}
WORK=${WORK:-/tmp/actionplan-render}
bin=$(release_binary "$root")
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
export DATABASE_URL= ACTIONPLAN_SQLITE_PATH="$WORK/render.sqlite" LOG_LEVEL=error

# One department owns every item; each indicator gets an actual near its target; published.
"$bin" department add 企画課 >/dev/null
"$bin" export indicators --format jsonl >indicators.jsonl
for item in $(python3 -c '
import json, sys
print("\n".join(sorted({json.loads(l)["placement"] for l in open("indicators.jsonl", encoding="utf-8")})))'); do
  "$bin" assign "$item" --department 企画課 >/dev/null
done
"$bin" export actuals-template --year "$YEAR" --format csv >template.csv
python3 - <<'PY'
import csv, random
random.seed(7)
rows = list(csv.reader(open("template.csv", encoding="utf-8-sig")))
head, body = rows[0], rows[1:]
t, a, u = head.index("目標値"), head.index("実績値"), head.index("単位")
for r in body:
    try:
        target = float(r[t].replace(",", ""))
    except ValueError:
        target = 10.0
    value = target * random.uniform(0.6, 1.2)
    # Rates with one decimal; counts (件・回・人 …) as whole numbers, as the rules require.
    r[a] = str(round(min(value, 100.0), 1)) if r[u] in ("%", "％") else str(round(value))
with open("filled.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows([head] + body)
PY
"$bin" actuals import filled.csv --year "$YEAR" --allow-over-100 >/dev/null
for step in submit approve publish; do "$bin" workflow "$step" --department 企画課 --year "$YEAR" >/dev/null; done

echo "# 描画のベンチマーク（$(date -u +%Y-%m-%dT%H:%MZ)、$(nproc) コア、$("$bin" --version 2>/dev/null || echo actionplan)、$YEAR を公表）"
"$bin" bench render --iterations "$ITERATIONS"
echo
"$bin" bench memory
