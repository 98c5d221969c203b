#!/usr/bin/env bash
# CPU per proxied request of one ACE build (docs/gateway.md, "Fifth pass"): starts the scripted upstream
# (bench/BenchUpstream.java) and `ace serve` in front of it with the ledger on tmpfs, warms ACE up, then runs wrk
# RUNS times and prints, per run, requests/s, p50, p99 and the CPU time the ACE JVM spent per request (user + system,
# from /proc: the number other work on a shared machine inflates least). The first run after the warm-up is usually
# high (C2 is still compiling); compare the others. To compare two builds, run it alternately on two checkouts:
#   bench/gateway-cpu.sh; ACE_ROOT=/path/to/other/checkout bench/gateway-cpu.sh; ...
# Loopback only. Installs wrk from its Debian package if it is missing. Stops all it started.
#
# Environment: ACE_ROOT (the checkout whose ./ace is measured; default: this one), WARMUP (default 30s), DURATION
#              (10s), RUNS (3), CONNECTIONS (64), THREADS (2), STREAM=1 (streamed chats instead of whole ones),
#              ACE_BENCH_JAVA_OPTS (JVM options for ACE after -Xmx512m).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
ace_root="${ACE_ROOT:-$root}"
WARMUP="${WARMUP:-30s}"; DURATION="${DURATION:-10s}"; RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"; THREADS="${THREADS:-2}"
script="$root/bench/chat.lua"
[ "${STREAM:-0}" = 1 ] && script="$root/bench/chat-stream.lua"
export JAVA_HOME="$("$root/scripts/find-jdk.sh")"
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
work="$(mktemp -d /tmp/ace-cpu.XXXXXX)"
shm="$(mktemp -d /dev/shm/ace-cpu.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work" "$shm"
}
trap cleanup EXIT

bench_install wrk

up_port=18281; ace_port=18284
"$JAVA_HOME/bin/java" -Xmx512m "$root/bench/BenchUpstream.java" "$up_port" >"$work/upstream.log" 2>&1 &
pids+=($!)
export ACE_BENCH_KEY="cpu-$(date +%s)"
bench_gateway_yaml "$work/gateway.yaml" "$ace_port" "$up_port" "$shm/ledger"
"$ace_root/ace" --version >/dev/null # builds that checkout if needed, before anything is timed
ACE_JAVA_OPTS="-Xmx512m ${ACE_BENCH_JAVA_OPTS:-}" "$ace_root/ace" serve --config "$work/gateway.yaml" >"$work/ace.log" 2>&1 &
pids+=($!)
wait_port "$up_port"; wait_port "$ace_port"
jvm="$(pgrep -f "AceCommand serve --config $work/gateway.yaml" | head -1)"
url="http://127.0.0.1:$ace_port/v1/chat/completions"

echo "ACE at $(git -C "$ace_root" rev-parse --short HEAD 2>/dev/null || echo "$ace_root"), $(basename "$script"), wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$url" >/dev/null
for r in $(seq 1 "$RUNS"); do
  c0=$(cpu_ticks "$jvm")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url" >"$work/run.txt"
  c1=$(cpu_ticks "$jvm")
  n=$(awk '/requests in/{print $1}' "$work/run.txt")
  errors=$(awk '/Non-2xx/{print $5}' "$work/run.txt")
  printf "run %d: %s req/s, p50 %s, p99 %s, %s CPU ms per request, %s non-2xx\n" "$r" \
    "$(awk '/^Requests\/sec/{print $2}' "$work/run.txt")" "$(awk '$1=="50%"{print $2}' "$work/run.txt")" \
    "$(awk '$1=="99%"{print $2}' "$work/run.txt")" \
    "$(awk -v d=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN{printf "%.4f", (n > 0 ? d * 1000 / hz / n : 0)}')" \
    "${errors:-0}"
done
