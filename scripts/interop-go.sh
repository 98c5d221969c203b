#!/usr/bin/env bash
# Interoperability check of the decision ledger with Go's own transparency-log packages
# (golang.org/x/mod/sumdb/note and .../tlog: the implementation behind Go's checksum database, which ACE shares no
# code with). Installs Debian's golang-go and golang-golang-x-mod-dev if `go` or the packages are missing, builds
# scripts/interop/tlog-go, and then:
#   1. makes the signing key with Go (note.GenerateKey) and starts `./ace serve --signer-key` with it on a free
#      loopback port, as an inspection service with its ledger in a temporary directory;
#   2. records decisions (POST /v1/moderations), keeps a checkpoint after the first 20, then records 580 more
#      (two full hash tiles, a partial one, and a partial level-1 tile);
#   3. audits the live /ledger/ with Go: note.Open on the checkpoint under the Go-made key (and the key the log
#      publishes must be that key), every tile through tlog.TileHashReader against the signed root, every entry's
#      record hash proved into the tree, ACE's inclusion proofs (tlog.CheckRecord) and its consistency proof from
#      the kept checkpoint (tlog.CheckTree);
#   4. stops ACE, writes the log as static files (`ace ledger export`), serves them with python3's http.server and
#      audits those the same way (with tlog's own proofs: static files serve none).
# Not part of .ci/run or scripts/test.sh: CI must not depend on downloads. Exit status 0 when all verifies.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
export JAVA_HOME="$("$root/scripts/find-jdk.sh")"
gopath=/usr/share/gocode
if ! command -v go >/dev/null || [ ! -d "$gopath/src/golang.org/x/mod/sumdb/tlog" ]; then
  echo "interop-go: installing golang-go and golang-golang-x-mod-dev (Debian packages)..." >&2
  apt-get install -y golang-go golang-golang-x-mod-dev >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y golang-go golang-golang-x-mod-dev >/dev/null; }
fi
work="$(mktemp -d /tmp/ace-interop-go.XXXXXX)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$root/scripts/interop/tlog-go" && GO111MODULE=off GOPATH="$gopath" GOCACHE="$work/gocache" go build -o "$work/tlog-go" .)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$1${2:-/}" && return 0; sleep 0.1; done; echo "interop-go: port $1 never answered" >&2; exit 2; }

"$work/tlog-go" keygen interop.ace.example/decisions "$work/keys"
"$root/ace" --version >/dev/null  # builds ACE first if its sources changed, so the start below is quick
port="$(free_port)"
key="interop-$(date +%s)"
(cd "$work" && ACE_API_KEY="$key" exec "$root/ace" serve --port "$port" --signer-key "$work/keys/signer.key") >"$work/ace.log" 2>&1 &
pids+=($!)
wait_port "$port" /healthz
decide() {
  for i in $(seq "$1" "$2"); do
    curl -fs -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
      "http://127.0.0.1:$port/v1/moderations" -d "{\"input\":\"interop decision $i: how do herons fish?\"}"
  done
}
checkpoint_size() { curl -fs "http://127.0.0.1:$port/ledger/checkpoint" | sed -n 2p; }
await_size() { for _ in $(seq 1 100); do [ "$(checkpoint_size)" = "$1" ] && return 0; sleep 0.1; done; echo "interop-go: no checkpoint of size $1" >&2; exit 1; }
decide 1 20; await_size 20
curl -fs "http://127.0.0.1:$port/ledger/checkpoint" >"$work/old.checkpoint"
decide 21 600; await_size 600
echo "interop-go: the live log (./ace serve, /ledger/)"
"$work/tlog-go" audit "http://127.0.0.1:$port/ledger/" "$work/old.checkpoint" "$work/keys/verifier.key"

kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
"$root/ace" ledger export --dir "$work/ace-data/ledger" --out "$work/public" >/dev/null
sport="$(free_port)"
python3 -m http.server "$sport" --bind 127.0.0.1 --directory "$work/public" >"$work/static.log" 2>&1 &
pids+=($!)
wait_port "$sport" /checkpoint
echo "interop-go: the same log exported as static files (ace ledger export)"
"$work/tlog-go" audit --tiles-only "http://127.0.0.1:$sport/" "$work/old.checkpoint" "$work/keys/verifier.key"
