#!/usr/bin/env bash
# The measurement behind the gateway's server choice (docs/gateway.md): a JSON echo endpoint and a short SSE
# stream on Helidon 4 SE and on Javalin 7 / Jetty 12, each with -Xmx512m, under wrk (loopback only).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$here/../.."
export JAVA_HOME="$("$root/scripts/find-jdk.sh")"
DURATION="${DURATION:-8s}"
"$root/mvnw" -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile=/tmp/server-choice.cp >/dev/null
cp="$(cat /tmp/server-choice.cp)"
for server in HelidonEcho JavalinEcho; do
  "$JAVA_HOME/bin/java" -Xmx512m -cp "$cp" "$here/$server.java" 18191 >/tmp/$server.log 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do (echo >/dev/tcp/127.0.0.1/18191) 2>/dev/null && break; sleep 0.1; done
  wrk -t2 -c64 -d3s -s "$here/echo.lua" http://127.0.0.1:18191/echo >/dev/null
  for kind in echo sse; do
    if [ $kind = echo ]; then out=$(wrk -t2 -c64 -d"$DURATION" --latency -s "$here/echo.lua" http://127.0.0.1:18191/echo)
    else out=$(wrk -t2 -c64 -d"$DURATION" --latency http://127.0.0.1:18191/sse); fi
    printf "| %-12s | %-4s | %8s | %8s | %9s |\n" "$server" "$kind" "$(awk '$1=="50%"{print $2}' <<<"$out")" \
      "$(awk '$1=="99%"{print $2}' <<<"$out")" "$(awk '/^Requests\/sec/{print $2}' <<<"$out")"
  done
  kill $pid; wait $pid 2>/dev/null || true
done
