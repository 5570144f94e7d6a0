#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the store tests and prints one line,
#   export PARLEY_TEST_DATABASE_URL=postgres://parley@127.0.0.1:<port>/parley_test
# on stdout (everything else goes to stderr), so CI can do: eval "$(scripts/ci/postgres.sh)".
# Installs postgresql with apt-get when no server binaries are found (needs root on Debian).
# Idempotent: a second run reuses the running cluster and the database.
# Settings: PARLEY_PG_DIR (cluster directory, default /tmp/parley-pg), PARLEY_PG_PORT (default 54329).
set -euo pipefail

dir="${PARLEY_PG_DIR:-/tmp/parley-pg}"
port="${PARLEY_PG_PORT:-54329}"
db="parley_test"
user="parley"
log() { printf 'postgres.sh: %s\n' "$*" >&2; }

find_bin() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

bin="$(find_bin)"
if [[ -z "$bin" ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then log "no PostgreSQL server binaries and not root: install postgresql first"; exit 1; fi
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # The Debian package creates a default cluster and may try to start it; we never use it.
  apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >&2
  bin="$(find_bin)"
  [[ -n "$bin" ]] || { log "postgresql installed but initdb/pg_ctl not found"; exit 1; }
fi

# PostgreSQL refuses to run as root: run the cluster as the "postgres" system user (created by the
# Debian package; created here when missing), or as the current user when not root.
as_owner() { "$@"; }
owner="$(id -un)"
if [[ "$(id -u)" -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres; fi
  owner="postgres"
  as_owner() { runuser -u postgres -- "$@"; }
fi

mkdir -p "$dir"
[[ "$(id -u)" -eq 0 ]] && chown "$owner" "$dir"
chmod 700 "$dir"
data="$dir/data"
if [[ ! -f "$data/PG_VERSION" ]]; then
  log "initialising a cluster in $data"
  rm -rf "$data"
  as_owner "$bin/initdb" -D "$data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
    || as_owner "$bin/initdb" -D "$data" -U "$user" --auth=trust --encoding=UTF8 --locale=C >&2
fi

if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  log "server already running in $data"
else
  log "starting the server on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=50" start >&2
fi

psql_() { as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
[[ -x "$bin/psql" ]] || psql_() { as_owner psql -h 127.0.0.1 -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [[ "$(psql_ -c "select 1 from pg_database where datname = '$db'")" != "1" ]]; then
  log "creating database $db"
  psql_ -c "create database $db" >&2
fi

echo "export PARLEY_TEST_DATABASE_URL=postgres://$user@127.0.0.1:$port/$db"
