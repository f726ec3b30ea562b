#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on 127.0.0.1:5432 (installing it when missing) and makes the role
# and databases the tests and the migration script use. Idempotent. Prints the test URL.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -n1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$ver main$"; then
  pg_createcluster "$ver" main >/dev/null
fi
pg_ctlcluster "$ver" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 0.5
done
if [ "$(runuser -u postgres -- psql -p 5432 -qtAc "select 1 from pg_roles where rolname='naaldwijzer'")" != "1" ]; then
  runuser -u postgres -- psql -p 5432 -qc "create role naaldwijzer login password 'naaldwijzer' createdb"
fi
for db in naaldwijzer_test naaldwijzer_migrate; do
  if [ "$(runuser -u postgres -- psql -p 5432 -qtAc "select 1 from pg_database where datname='$db'")" != "1" ]; then
    runuser -u postgres -- psql -p 5432 -qc "create database $db owner naaldwijzer"
  fi
done
echo "postgresql://naaldwijzer:naaldwijzer@127.0.0.1:5432/naaldwijzer_test"
