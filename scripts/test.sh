#!/usr/bin/env bash
# Runs every test of ACE: starts the services the tests need (a local PostgreSQL from Debian's
# packages, when scripts/postgres.sh exists), then the whole Maven build with its tests.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
JAVA_HOME="$("$root/scripts/find-jdk.sh")"
export JAVA_HOME

if [ -x scripts/postgres.sh ] && [ -z "${ACE_PG_URL:-}" ]; then
  if pg_env=$(scripts/postgres.sh start); then
    eval "$pg_env"
    export ACE_PG_URL
    trap 'scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
  else
    echo "test.sh: PostgreSQL could not be started; its tests will be skipped" >&2
  fi
fi

./mvnw -B -ntp verify "$@"
