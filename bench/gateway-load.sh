#!/usr/bin/env bash
# Load benchmark of the ACE gateway (issue 4). Runs wrk, in one go, against
#   (a) the scripted upstream directly,
#   (b) nginx as a plain reverse proxy to it,
#   (c) ACE (`./ace serve`, -Xmx512m, inspection on, decisions to the default transparency ledger on disk,
#       each one fsynced before the answer),
#   (d) the same with the ledger on tmpfs (/dev/shm), which separates the gateway's own cost from the disk's,
# and prints p50/p99 latency, requests/s and the CPU time the target's processes spent per request (user +
# system, from /proc; the one number that other work on a shared machine does not inflate much) for each,
# then the time to the first byte of a stream (curl) and to its first token (bench/FirstToken.java).
# Each target is warmed up first (WARMUP, default 60s): a JVM compiles its hot paths with C2 only after many
# requests, and on a machine with 2 busy cores that takes about a minute; after a 3 s warm-up ACE's C2
# compiler thread used more CPU than the requests themselves (docs/gateway.md, "Performance").
# Loopback only. Installs wrk and nginx from Debian packages if they are missing. Stops all it started.
#
# Environment: DURATION (default 10s), WARMUP (60s), STREAM_WARMUP (15s), CONNECTIONS (64), THREADS (2),
#              ACE_BENCH_CONSTITUTION (a constitution file; default: the shipped one),
#              ACE_BENCH_JAVA_OPTS (JVM options for ACE after -Xmx512m, e.g. -XX:+UseZGC).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
DURATION="${DURATION:-10s}"; WARMUP="${WARMUP:-60s}"; STREAM_WARMUP="${STREAM_WARMUP:-15s}"; CONNECTIONS="${CONNECTIONS:-64}"; THREADS="${THREADS:-2}"
UP_PORT=18181; NGINX_PORT=18182; ACE_PORT=18183; ACE_SHM_PORT=18184
export JAVA_HOME="$("$root/scripts/find-jdk.sh")"
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
work="$(mktemp -d /tmp/ace-bench.XXXXXX)"
shm="$(mktemp -d /dev/shm/ace-bench.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work" "$shm"
}
trap cleanup EXIT

bench_install wrk nginx

# (a) the scripted upstream
"$JAVA_HOME/bin/java" -Xmx512m -Dsun.net.httpserver.nodelay=true "$root/bench/BenchUpstream.java" "$UP_PORT" >"$work/upstream.log" 2>&1 &
up_pid=$!; pids+=($!)

# (b) nginx as a plain reverse proxy, keep-alive to the upstream
mkdir -p "$work/nginx/logs"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream scripted { server 127.0.0.1:$UP_PORT; keepalive 128; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://scripted;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx.conf"

# (c) ACE with inspection on
export ACE_BENCH_KEY="bench-$(date +%s)"
bench_gateway_yaml "$work/gateway.yaml" "$ACE_PORT" "$UP_PORT" "$work/ledger"
constitution=()
[ -n "${ACE_BENCH_CONSTITUTION:-}" ] && constitution=(--constitution "$ACE_BENCH_CONSTITUTION")
"$root/ace" --version >/dev/null  # builds ACE if needed, before anything is timed
ACE_JAVA_OPTS="-Xmx512m ${ACE_BENCH_JAVA_OPTS:-}" "$root/ace" serve --config "$work/gateway.yaml" "${constitution[@]}" >"$work/ace.log" 2>&1 &
ace_pid=$!; pids+=($!)
bench_gateway_yaml "$work/gateway-shm.yaml" "$ACE_SHM_PORT" "$UP_PORT" "$shm/ledger"
ACE_JAVA_OPTS="-Xmx512m ${ACE_BENCH_JAVA_OPTS:-}" "$root/ace" serve --config "$work/gateway-shm.yaml" "${constitution[@]}" >"$work/ace-shm.log" 2>&1 &
ace_shm_pid=$!; pids+=($!)

wait_port "$UP_PORT"; wait_port "$NGINX_PORT"; wait_port "$ACE_PORT"; wait_port "$ACE_SHM_PORT"


run() { # name url pids...
  local name=$1 url=$2; shift 2
  # a warm-up (JIT), then the measured run
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$root/bench/chat.lua" "$url" >/dev/null
  local c0 c1 n cpu
  c0=$(cpu_ticks "$@")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$root/bench/chat.lua" "$url" >"$work/$name.txt"
  c1=$(cpu_ticks "$@")
  n=$(awk '/requests in/{print $1}' "$work/$name.txt")
  cpu=$(awk -v d=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN{printf "%.3f", (n > 0 ? d * 1000 / hz / n : 0)}')
  set -- "$name"
  local p50 p99 rps errors
  p50=$(awk '$1=="50%"{print $2}' "$work/$1.txt"); p99=$(awk '$1=="99%"{print $2}' "$work/$1.txt")
  rps=$(awk '/^Requests\/sec/{print $2}' "$work/$1.txt")
  errors=$(awk '/Non-2xx/{print $5}' "$work/$1.txt"); errors=${errors:-0}
  printf "| %-28s | %9s | %9s | %10s | %7s | %11s |\n" "$1" "$p50" "$p99" "$rps" "$errors" "$cpu"
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, POST /v1/chat/completions (non-streaming), loopback, $(nproc) CPUs, load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| target                       |       p50 |       p99 |      req/s | non-2xx | CPU ms/req* |"
echo "|------------------------------|-----------|-----------|------------|---------|-------------|"
nginx_pids=("$(cat "$work/nginx.pid")"); mapfile -t -O 1 nginx_pids < <(pgrep -P "${nginx_pids[0]}")
run "(a) upstream direct" "http://127.0.0.1:$UP_PORT/v1/chat/completions" "$up_pid"
run "(b) nginx reverse proxy" "http://127.0.0.1:$NGINX_PORT/v1/chat/completions" "${nginx_pids[@]}"
run "(c) ACE, inspection on" "http://127.0.0.1:$ACE_PORT/v1/chat/completions" "$ace_pid"
run "(d) ACE, ledger on tmpfs" "http://127.0.0.1:$ACE_SHM_PORT/v1/chat/completions" "$ace_shm_pid"
echo "* CPU time of the target's own processes (the upstream for (a), nginx for (b), the ACE JVM for (c), (d)) per request"
ms() { # a wrk latency (e.g. 812.00us, 5.03ms, 1.20s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}
stat() { awk -v k="$2" '$1 == k {print $2}' "$work/$1.txt"; }
rps() { awk '/^Requests\/sec/{print $2}' "$work/$1.txt"; }
for t in "(c) ACE, inspection on" "(d) ACE, ledger on tmpfs"; do
  awk -v t="$t" -v a="$(rps "$t")" -v b="$(rps "(b) nginx reverse proxy")" \
      -v p="$(ms "$(stat "$t" 99%)")" -v d="$(ms "$(stat "(a) upstream direct" 99%)")" \
      'BEGIN { printf "%s: %.0f %% of nginx'"'"'s requests/s (target >= 70 %%), p99 %+.2f ms over direct (target <= +2 ms)\n", t, (b > 0 ? 100 * a / b : 0), p - d }'
done

ttfb() { # url -> median time to the first byte of a streamed answer, ms
  local body='{"model":"bench","stream":true,"messages":[{"role":"user","content":"Tell me about the weather."}]}'
  for _ in $(seq 1 200); do
    curl -s -o /dev/null -w '%{time_starttransfer}\n' -H "Authorization: Bearer $ACE_BENCH_KEY" \
      -H 'Content-Type: application/json' -d "$body" "$1"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int(NR/2)+1]*1000}'
}
for port in "$ACE_PORT" "$ACE_SHM_PORT"; do # warm up the streaming path too
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$STREAM_WARMUP" -s "$root/bench/chat-stream.lua" "http://127.0.0.1:$port/v1/chat/completions" >/dev/null
done
echo
echo "streaming, time to first byte (median of 200 sequential curl requests, after a $STREAM_WARMUP streaming warm-up):"
echo "  upstream direct: $(ttfb "http://127.0.0.1:$UP_PORT/v1/chat/completions") ms"
echo "  ACE:             $(ttfb "http://127.0.0.1:$ACE_PORT/v1/chat/completions") ms"
echo "  ACE, tmpfs log:  $(ttfb "http://127.0.0.1:$ACE_SHM_PORT/v1/chat/completions") ms"
first_token() { "$JAVA_HOME/bin/java" "$root/bench/FirstToken.java" "$1" "$ACE_BENCH_KEY" 200 || echo "n/a"; }
echo "streaming, time to the first token (the first chunk with text; median of 200 sequential requests, bench/FirstToken.java):"
ft_direct=$(first_token "http://127.0.0.1:$UP_PORT/v1/chat/completions")
ft_ace=$(first_token "http://127.0.0.1:$ACE_PORT/v1/chat/completions")
ft_shm=$(first_token "http://127.0.0.1:$ACE_SHM_PORT/v1/chat/completions")
echo "  upstream direct: $ft_direct ms"
echo "  ACE:             $ft_ace ms"
echo "  ACE, tmpfs log:  $ft_shm ms"
awk -v d="$ft_direct" -v a="$ft_ace" -v s="$ft_shm" 'BEGIN {
  if (d !~ /^[0-9.]+$/ || a !~ /^[0-9.]+$/ || s !~ /^[0-9.]+$/) { print "first token over direct: n/a (a measurement failed, above)"; exit }
  printf "first token over direct: ACE %+.2f ms, tmpfs log %+.2f ms (target <= +1 ms, hold-back window included here)\n", a - d, s - d }'
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs (other work on this machine inflates every row)"
