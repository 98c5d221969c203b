#!/usr/bin/env bash
# A throw-away PostgreSQL for the ledger's tests, from Debian's packages, on 127.0.0.1 only.
#
#   source scripts/postgres.sh        # install if absent, init, start, create database 'ace', export ACE_PG_URL
#   eval "$(scripts/postgres.sh)"     # the same from a script that runs it
#   scripts/postgres.sh stop          # stop the server (the data directory stays for a fast restart)
#
# Idempotent: a running server is reused. ACE_PG_DIR sets the data directory (default /tmp/ace-pg); it is owned by
# the 'postgres' user when run as root. Authentication is 'trust' on loopback: for tests, never for production.

_ace_pg_main() (
    set -euo pipefail
    local dir="${ACE_PG_DIR:-/tmp/ace-pg}"
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -z "$bin" && "${1:-start}" != stop ]]; then
        if [[ "$(id -u)" != 0 ]]; then
            echo "postgres.sh: PostgreSQL is not installed and installing it needs root" >&2
            exit 2
        fi
        echo "postgres.sh: installing Debian's postgresql" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
        bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi
    as_pg() {
        if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
    }
    if [[ "${1:-start}" == stop ]]; then
        if [[ -n "$bin" && -f "$dir/postmaster.pid" ]]; then
            as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >&2
        fi
        return 0
    fi
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        mkdir -p "$dir"
        [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$dir"
        chmod 700 "$dir"
        as_pg "$bin/initdb" -D "$dir" --auth=trust --username=postgres -E UTF8 >&2
    fi
    local port
    if as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 && [[ -f "$dir/ace-port" ]]; then
        port="$(cat "$dir/ace-port")"
    else
        port=54329
        while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
        as_pg sh -c "echo $port > '$dir/ace-port'"
        as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on" start >&2
    fi
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ace'" \
            | grep -q 1; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres ace
    fi
    echo "export ACE_PG_URL='jdbc:postgresql://127.0.0.1:$port/ace?user=postgres'"
)

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
    if _ace_pg_out="$(_ace_pg_main "${1:-start}")"; then
        eval "$_ace_pg_out"
        [[ -n "${ACE_PG_URL:-}" ]] && echo "ACE_PG_URL=$ACE_PG_URL" >&2
    else
        echo "postgres.sh: could not start PostgreSQL; PostgreSQL tests will be skipped" >&2
    fi
    unset _ace_pg_out
else
    _ace_pg_main "${1:-start}"
fi
