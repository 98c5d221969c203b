#!/usr/bin/env bash
# Smoke test of the ACE gateway with the official Node SDKs, openai and @anthropic-ai/sdk, and the Vercel AI SDK
# (ai, @ai-sdk/openai, @ai-sdk/anthropic) (versions pinned in
# scripts/sdk-smoke/package.json and its lock file), or with `--python` the official Python SDKs, openai and
# anthropic (pinned in scripts/sdk-smoke/requirements.txt). Installs them with npm into
# scripts/sdk-smoke/node_modules, or with pip into the virtual environment scripts/sdk-smoke/.venv (both
# ignored by git), starts the scripted upstream (scripts/sdk-smoke/upstream.mjs: OpenAI and Anthropic
# protocols) and `./ace serve` on free loopback ports, runs scripts/sdk-smoke/smoke.mjs or smoke.py (one line per check,
# then "N passed, N failed"), stops everything it started, and exits non-zero when a check failed.
# Needs node 18+ and npm (the scripted upstream is Node either way), python3 3.9+ with venv for --python, and
# the npm registry or PyPI for the first install. Not part of .ci/run or scripts/test.sh: CI must not depend on
# downloads. Environment: SMOKE_ONLY (a regex of check names to run),
# KEEP_LOGS=1 (keep the work directory with the upstream's and ACE's logs).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="$root/scripts/sdk-smoke"
lang=node
case "${1:-}" in
  --python) lang=python ;;
  "") ;;
  *) echo "usage: scripts/sdk-smoke.sh [--python]" >&2; exit 2 ;;
esac
command -v node >/dev/null && command -v npm >/dev/null || { echo "sdk-smoke: needs node and npm on PATH" >&2; exit 2; }
export JAVA_HOME="$("$root/scripts/find-jdk.sh")"
if [ "$lang" = python ]; then
  command -v python3 >/dev/null || { echo "sdk-smoke: --python needs python3 on PATH" >&2; exit 2; }
  venv="$dir/.venv"
  if [ ! -f "$venv/.installed" ] || [ "$dir/requirements.txt" -nt "$venv/.installed" ]; then
    echo "sdk-smoke: installing the Python SDKs (pip, into $venv)..." >&2
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$dir/requirements.txt" >&2
    touch "$venv/.installed"
  fi
fi

if [ "$lang" = node ] && { [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; }; then
  echo "sdk-smoke: installing the SDKs (npm ci)..." >&2
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

work="$(mktemp -d /tmp/ace-sdk-smoke.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "${KEEP_LOGS:-0}" = 1 ]; then echo "sdk-smoke: logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_port() {
  for _ in $(seq 1 600); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "sdk-smoke: port $1 never opened; the last lines of $2:" >&2; tail -n 20 "$2" >&2; exit 2
}

up_port="$(free_port)"
node "$dir/upstream.mjs" "$up_port" >"$work/upstream.log" 2>&1 &
pids+=($!)

ace_port="$(free_port)"
key="smoke-$(date +%s)-$RANDOM"
cat >"$work/gateway.yaml" <<CONF
server: {host: 127.0.0.1, port: $ace_port}
upstreams:
  - {name: chat-only-smoke, base_url: "http://127.0.0.1:$up_port/chatonly/v1", protocol: openai, trust_tier: HIGH_TRUST, models: [gpt-chatonly]}
  - {name: openai-smoke, base_url: "http://127.0.0.1:$up_port/openai/v1", protocol: openai, trust_tier: HIGH_TRUST, models: [gpt-smoke]}
  - {name: anthropic-smoke, base_url: "http://127.0.0.1:$up_port/anthropic", protocol: anthropic, trust_tier: HIGH_TRUST, models: [claude-smoke]}
tenants:
  - {id: smoke, key_sha256: $(printf '%s' "$key" | sha256sum | cut -d' ' -f1), admin: true}
decision_log: {kind: jsonl, path: "$work/decisions.jsonl", digest_key_env: ACE_SMOKE_DIGEST}
CONF
"$root/ace" --version >/dev/null  # builds ACE if its sources changed, before anything waits on the port
ACE_SMOKE_DIGEST="$key" "$root/ace" serve --config "$work/gateway.yaml" >"$work/ace.log" 2>&1 &
pids+=($!)

wait_port "$up_port" "$work/upstream.log"
wait_port "$ace_port" "$work/ace.log"

status=0
if [ "$lang" = python ]; then
  "$venv/bin/python" -c 'import openai, anthropic, sys; print(f"openai {openai.__version__}, anthropic {anthropic.__version__}, python {sys.version.split()[0]}")'
  ACE_URL="http://127.0.0.1:$ace_port" ACE_KEY="$key" UPSTREAM_URL="http://127.0.0.1:$up_port" \
    "$venv/bin/python" "$dir/smoke.py" || status=$?
else
  echo "openai $(node -p "require('$dir/node_modules/openai/package.json').version"), @anthropic-ai/sdk $(node -p "require('$dir/node_modules/@anthropic-ai/sdk/package.json').version"), node $(node --version)"
  ACE_URL="http://127.0.0.1:$ace_port" ACE_KEY="$key" UPSTREAM_URL="http://127.0.0.1:$up_port" \
    node "$dir/smoke.mjs" || status=$?
fi
exit "$status"
