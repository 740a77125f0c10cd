#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the integration tests, installing it from Debian's
# packages if needed, and prints the variables that point the tests at it:
#   eval "$(scripts/start-test-postgres.sh)" && ./mvnw -B verify
# The server listens on 127.0.0.1:${PGPORT:-55432}, trusts local connections, and keeps its data
# in a temporary directory; stop it with the pg_ctl command it prints on standard error.
set -euo pipefail
port=${PGPORT:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Installing PostgreSQL from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# initdb refuses to run as root: the cluster belongs to the postgres user the package created.
run_as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
data=$(mktemp -d /tmp/fillrate-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
run_as_postgres "'$bin/initdb' -D '$data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_as_postgres "'$bin/pg_ctl' -D '$data' -o '-p $port -k $data -c listen_addresses=127.0.0.1' -l '$data/server.log' -w start" >&2
echo "PostgreSQL is up on 127.0.0.1:$port; stop it with: su postgres -c \"$bin/pg_ctl -D $data stop\"" >&2

echo "export FILLRATE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/postgres"
echo "export FILLRATE_TEST_POSTGRES_USER=postgres"
echo "export FILLRATE_TEST_POSTGRES_PASSWORD="
echo "export FILLRATE_TEST_POSTGRES_DATA=$data"
