#!/usr/bin/env bash
# The published data as a portal operator and an API client check it: a clerk's actuals go
# through the command line (department, assignment, import, submit, approve, publish); the open
# data is exported and `frictionless validate` (PyPI) reads the data package — every table in
# UTF-8, CP932 and xlsx, types, constraints, primary and foreign keys; then the portal serves the
# same database, a department's API token (issued by the command line) writes an actual, and
# schemathesis (PyPI) runs every check and every phase, stateful included, against
# /openapi.json with that token, writes included. Fails loudly when frictionless or schemathesis
# is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v frictionless >/dev/null || { echo "published-data: frictionless がありません（pip install frictionless）" >&2; exit 1; }
command -v st >/dev/null || { echo "published-data: schemathesis がありません（pip install schemathesis）" >&2; exit 1; }
bin="${ACTIONPLAN_BIN:-.build/debug/actionplan}"
[ -x "$bin" ] || swift build --product actionplan
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
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
  [ -s "$work/opendata/$f" ] || { echo "published-data: $f が書き出されていません" >&2; exit 1; }
done
(cd "$work/opendata" && frictionless validate datapackage.json) | tail -n 40
echo "published-data: frictionless validate が通りました（$(ls "$work/opendata" | wc -l) ファイル）"

# A token for 商業課, as the office issues one for a department's own system: schemathesis reads
# and writes actuals with it (R6 is published and closed; the other years are open).
token="$(run token issue --department 商業課 --name schemathesis)"
# Setagaya's kinds of activity record, so that the records' write is answered by the rules too.
run activity define data/setagaya/activities.json >/dev/null
case "$token" in ap_*) ;; *) echo "published-data: API トークンを発行できません" >&2; exit 1 ;; esac
# Values the plan refuses (a count below 0, a rate over 100%) depend on each indicator, which a
# schema cannot say: the API answers them 422, as the web form refuses them.
# Bodies are UTF-8 JSON (RFC 8259): a string with a lone surrogate (\udb12) cannot be one, and
# is answered 400.
cat >"$work/schemathesis.toml" <<'TOML'
[generation]
codec = "utf-8"

[checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "422", "429"]
TOML

# The API over the same database: one year published, so the records carry figures.
port="${API_PORT:-8197}"
"$bin" serve --hostname 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/api/v1/evaluations?year=R6" | grep -q '"actual":70' \
  || { echo "published-data: ポータルが起動しないか、公表した実績が API に出ません" >&2; cat "$work/serve.log" >&2; exit 1; }
# The token writes an open year's value, as a department's system would.
indicator="$(curl -fs "http://127.0.0.1:$port/api/v1/indicators?node=1-1.1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
curl -fs -X PUT -H "Authorization: Bearer $token" -H 'If-Match: "0"' -H 'Content-Type: application/json' \
  -d '{"value": 71, "note": "API"}' "http://127.0.0.1:$port/api/v1/plans/setagaya/actuals/R7/$indicator" | grep -q '"version":1' \
  || { echo "published-data: API トークンで実績を保存できません" >&2; exit 1; }
# schemathesis keeps its cache in the working directory: the temporary one, not the repository.
(cd "$work" && st --config-file "$work/schemathesis.toml" run "http://127.0.0.1:$port/openapi.json" --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" --checks all \
  --phases examples,coverage,fuzzing,stateful --max-examples "${API_EXAMPLES:-60}" --seed 20241 --no-color) \
  | tail -n 40
echo "published-data: schemathesis のすべての検査（stateful を含む）が通りました"
