#!/usr/bin/env bash
# The open data as a portal operator checks it: a clerk's actuals go through the command line
# (department, assignment, import, submit, approve, publish), the open data is exported, and
# `frictionless validate` (PyPI) reads the data package — every table in UTF-8, CP932 and xlsx,
# types, constraints, primary and foreign keys. Fails loudly when frictionless is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v frictionless >/dev/null || { echo "opendata-package: frictionless がありません（pip install frictionless）" >&2; exit 1; }
bin="${ACTIONPLAN_BIN:-.build/debug/actionplan}"
[ -x "$bin" ] || swift build --product actionplan
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ACTIONPLAN_SQLITE_PATH="$work/actionplan.sqlite"
unset DATABASE_URL
run() { "$bin" "$@" --as "CI"; }
run department add 商業課 >/dev/null
run assign 1-1.1 --department 商業課 >/dev/null
"$bin" export actuals-template --year R6 --department 商業課 --output "$work/template.csv"
# Fill in the first row's 実績値 (column 9 of the template) as a clerk would in Excel.
python3 - "$work/template.csv" "$work/filled.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
i = rows[0].index("実績値")
rows[1][i] = "70"
csv.writer(open(sys.argv[2], "w", encoding="utf-8-sig", newline=""), lineterminator="\r\n").writerows(rows)
PY
run actuals import "$work/filled.csv" --year R6 --department 商業課 >/dev/null
for step in submit approve publish; do run workflow "$step" --department 商業課 --year R6 >/dev/null; done
"$bin" export opendata --output "$work/opendata" >/dev/null 2>&1
for f in datapackage.json catalog.jsonld evaluations-R6.csv evaluations-R6-cp932.csv evaluations-R6.xlsx; do
  [ -s "$work/opendata/$f" ] || { echo "opendata-package: $f が書き出されていません" >&2; exit 1; }
done
(cd "$work/opendata" && frictionless validate datapackage.json) | tail -n 40
echo "opendata-package: frictionless validate が通りました（$(ls "$work/opendata" | wc -l) ファイル）"
