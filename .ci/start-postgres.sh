#!/usr/bin/env bash
# Start a local PostgreSQL for the store tests and print the URL to use.
#
# Usage (CI and developers, as root on Debian 12):
#     eval "$(bash .ci/start-postgres.sh)"     # sets ACCORD_TEST_PG_URL
#
# Idempotent: installs the Debian package only when missing, creates the cluster,
# role and database only when missing, starts the cluster only when it is down.
# Everything but the final `export` line goes to stderr, so `eval` sees only that.
set -euo pipefail

ROLE=accord
PASSWORD=accord
DATABASE=accord_test
CLUSTER=main

log() { echo "start-postgres: $*" >&2; }

newest_version() { ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(newest_version)" ] || ! command -v pg_lsclusters >/dev/null; then
    log "installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends postgresql >&2
fi
VERSION="$(newest_version)"

if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
    log "creating cluster $VERSION/$CLUSTER"
    pg_createcluster --locale C.UTF-8 "$VERSION" "$CLUSTER" >&2
fi

# The socket directory lives on a tmpfs on most machines: recreate it after a reboot.
install -d -o postgres -g postgres -m 2775 /var/run/postgresql

status="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $4 }')"
if [ "$status" != "online" ]; then
    log "starting cluster $VERSION/$CLUSTER"
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $3 }')"

for _ in $(seq 1 120); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

as_postgres() { (cd /tmp && runuser -u postgres -- "$@"); }
psql_admin() { as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
    log "creating role $ROLE"
    psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
    log "creating database $DATABASE"
    # UTF-8 with a UTF-8 locale, so the text search parser sees Arabic and Cyrillic letters as letters.
    as_postgres createdb -p "$PORT" -O "$ROLE" -E UTF8 --locale C.UTF-8 -T template0 "$DATABASE" >&2
fi

echo "export ACCORD_TEST_PG_URL=postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
