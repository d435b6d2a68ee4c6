#!/usr/bin/env bash
# Runs CellCompare's PostgreSQL tests against a real server: installs Debian's PostgreSQL when it
# is missing, starts a private server on 127.0.0.1 with its data under target/postgres, runs the
# tests that are enabled by CELLCOMPARE_DB_URL, and stops the server again, whatever happens.
#
#   scripts/postgres-tests.sh          (CELLCOMPARE_PG_PORT=55432 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    echo "postgres-tests: installing Debian's postgresql package" >&2
    sudo_if_needed=()
    [[ $(id -u) == 0 ]] || sudo_if_needed=(sudo)
    "${sudo_if_needed[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq postgresql >/dev/null
fi
bin=$(compgen -G "/usr/lib/postgresql/*/bin" | sort -V | tail -n 1)
port=${CELLCOMPARE_PG_PORT:-55432}
data=$PWD/target/postgres
rm -rf "$data"
mkdir -p "$data"

# PostgreSQL refuses to run as root; root runs it as the postgres user the package created.
as_server() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
[[ $(id -u) == 0 ]] && chown postgres "$data"

as_server "$bin/initdb" -D "$data/cluster" -A trust -U cellcompare -E UTF8 --no-sync >"$data/initdb.log"
stop() { as_server "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true; }
trap stop EXIT
as_server "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U cellcompare cellcompare

echo "postgres-tests: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
CELLCOMPARE_DB_URL="jdbc:postgresql://127.0.0.1:$port/cellcompare" CELLCOMPARE_DB_USER=cellcompare \
    CELLCOMPARE_DB_PASSWORD= ./mvnw -q verify -Dtest='Postgres*Tests' -Dsurefire.failIfNoSpecifiedTests=false \
    -DskipITs=false -Dit.test=GuideCommandsIT -Dguide.only=postgres -Dfailsafe.failIfNoSpecifiedTests=false
