#!/usr/bin/env bash
# Starts a local PostgreSQL server (Debian's package) and prints a DATABASE_URL for a fresh
# database. Used by .ci/run and by anyone who wants to try the PostgreSQL path locally.
set -euo pipefail
db="${1:-actionplan_test}"
if ! command -v pg_ctlcluster >/dev/null; then
  echo "PostgreSQL がありません: apt-get install -y postgresql" >&2
  exit 1
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true   # "already running" is not an error; readiness is checked below
ready=0
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q" 2>/dev/null; then ready=1; break; fi
  sleep 1
done
if [ "$ready" != 1 ]; then
  echo "PostgreSQL が起動しません（pg_ctlcluster $version main start）:" >&2
  pg_lsclusters >&2 || true
  tail -20 /var/log/postgresql/postgresql-"$version"-main.log >&2 2>/dev/null || true
  exit 1
fi
su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'actionplan') THEN CREATE ROLE actionplan LOGIN PASSWORD 'actionplan'; END IF; END \\\$\\\$;\"" >/dev/null
# The test suite makes a database of its own per test (CREATEDB).
su postgres -c "psql -q -c 'ALTER ROLE actionplan CREATEDB'" >/dev/null
su postgres -c "dropdb --if-exists $db" >/dev/null
su postgres -c "createdb -O actionplan $db" >/dev/null
echo "postgres://actionplan:actionplan@127.0.0.1:5432/$db"
