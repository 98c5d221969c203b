# Helpers shared by bench/gateway-load.sh and bench/gateway-cpu.sh (sourced, not run).

# Installs the commands named (wrk, nginx) from their Debian packages when they are missing.
bench_install() {
  local missing=() p
  for p in "$@"; do command -v "$p" >/dev/null || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "installing ${missing[*]} (Debian packages)..." >&2
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
}

# Waits until something listens on 127.0.0.1:PORT (30 s at most).
wait_port() {
  for _ in $(seq 1 300); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "port $1 never opened" >&2
  exit 2
}

# Writes FILE: ACE on ACE_PORT in front of the scripted upstream on UP_PORT, one tenant whose key is $ACE_BENCH_KEY,
# decisions to the ledger in LEDGER_DIR.
bench_gateway_yaml() { # FILE ACE_PORT UP_PORT LEDGER_DIR
  cat >"$1" <<CONF
server: {port: $2, hold_back_chars: 32}
upstreams:
  - {name: scripted, base_url: "http://127.0.0.1:$3/v1", protocol: openai, trust_tier: HIGH_TRUST, models: ["*"]}
tenants:
  - {id: bench, key_sha256: $(printf '%s' "$ACE_BENCH_KEY" | sha256sum | cut -d' ' -f1)}
decision_log: {kind: ledger, path: "$4", digest_key_env: ACE_BENCH_KEY}
CONF
}

# The user + system clock ticks the processes PIDS... have used (all their threads).
cpu_ticks() {
  local t=0 p
  for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$t"
}
