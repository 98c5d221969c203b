// Command tlog-go audits an ACE decision ledger over HTTP with Go's own transparency-log packages
// (golang.org/x/mod/sumdb/note and golang.org/x/mod/sumdb/tlog), an implementation ACE shares no code with:
//
//   - the checkpoint is opened with note.Open under the ledger's verifier key;
//   - every hash tile the tree needs is read through tlog.TileHashReader, which checks each tile against the
//     signed root before it is used, and tlog.TreeHash must give that root;
//   - every entry bundle is read, and each entry's record hash is proved into the signed tree with tlog's
//     own ProveRecord/CheckRecord;
//   - ACE's /proof/inclusion and /proof/consistency answers are checked with tlog.CheckRecord and tlog.CheckTree.
//
// C2SP tlog-tiles paths have no height segment ("tile/0/x001/234"); Go's sumdb tiles do ("tile/8/0/x001/234"),
// so the reader drops it.
//
// Usage:
//
//	tlog-go keygen NAME DIR                      note.GenerateKey: DIR/signer.key and DIR/verifier.key
//	tlog-go audit [--tiles-only] BASE_URL [OLD_CHECKPOINT [VERIFIER_KEY_FILE]]
//
// BASE_URL is the log's tile root, e.g. http://127.0.0.1:8080/ledger/. Without VERIFIER_KEY_FILE the key the log
// publishes is used. --tiles-only: the log is static files (ace ledger export), with no proof endpoints; the proofs
// are then tlog's own, from the tiles. Exit status 0 when everything verifies, 1 with the first failure named, 2 on a usage error.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

const height = 8

var base string

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "tlog-go: FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func get(path string) []byte {
	resp, err := http.Get(base + path)
	if err != nil {
		fail("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		fail("GET %s: %v", path, err)
	}
	if resp.StatusCode != 200 {
		fail("GET %s: HTTP %d: %s", path, resp.StatusCode, body)
	}
	return body
}

type checkpoint struct {
	origin string
	size   int64
	root   tlog.Hash
}

// parseCheckpoint reads a C2SP tlog-checkpoint body: origin, decimal size, base64 root, extension lines.
func parseCheckpoint(text string) checkpoint {
	lines := strings.Split(text, "\n")
	if len(lines) < 4 || lines[len(lines)-1] != "" {
		fail("checkpoint body is not origin/size/root lines ending in a newline: %q", text)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 || (len(lines[1]) > 1 && lines[1][0] == '0') {
		fail("checkpoint size %q is not a decimal without leading zeros", lines[1])
	}
	raw, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(raw) != tlog.HashSize {
		fail("checkpoint root %q is not 32 bytes of standard base64", lines[2])
	}
	var root tlog.Hash
	copy(root[:], raw)
	return checkpoint{lines[0], size, root}
}

func openCheckpoint(signed []byte, verifiers note.Verifiers) checkpoint {
	n, err := note.Open(signed, verifiers)
	if err != nil {
		fail("note.Open of the checkpoint: %v\n%s", err, signed)
	}
	return parseCheckpoint(n.Text)
}

// tiles reads hash tiles over HTTP at C2SP paths.
type tiles struct{}

func (tiles) Height() int { return height }

func (tiles) ReadTiles(ts []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(ts))
	for i, t := range ts {
		out[i] = get(c2spPath(t.Path()))
	}
	return out, nil
}

func (tiles) SaveTiles([]tlog.Tile, [][]byte) {}

// c2spPath turns Go's "tile/8/L/N[.p/W]" into C2SP's "tile/L/N[.p/W]".
func c2spPath(goPath string) string {
	prefix := fmt.Sprintf("tile/%d/", height)
	if !strings.HasPrefix(goPath, prefix) {
		fail("unexpected tile path %s", goPath)
	}
	return "tile/" + goPath[len(prefix):]
}

// entries reads the entry bundle holding leaf index i: uint16 big-endian length before each entry.
func entries(bundle int64, size int64) [][]byte {
	w := size - bundle*256
	if w > 256 {
		w = 256
	}
	t := tlog.Tile{H: height, L: -1, N: bundle, W: int(w)}
	path := strings.Replace(t.Path(), fmt.Sprintf("tile/%d/data/", height), "tile/entries/", 1)
	body := get(path)
	var out [][]byte
	for len(body) > 0 {
		if len(body) < 2 {
			fail("%s: a truncated length prefix", path)
		}
		n := int(binary.BigEndian.Uint16(body))
		if len(body) < 2+n {
			fail("%s: entry %d says %d bytes, %d left", path, len(out), n, len(body)-2)
		}
		out = append(out, body[2:2+n])
		body = body[2+n:]
	}
	if int64(len(out)) != w {
		fail("%s: %d entries, want %d", path, len(out), w)
	}
	return out
}

func hashes(list []string, what string) []tlog.Hash {
	out := make([]tlog.Hash, len(list))
	for i, s := range list {
		raw, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(raw) != tlog.HashSize {
			fail("%s: proof hash %d (%q) is not 32 bytes of standard base64", what, i, s)
		}
		copy(out[i][:], raw)
	}
	return out
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: tlog-go keygen NAME DIR | tlog-go audit [--tiles-only] BASE_URL [OLD_CHECKPOINT [VERIFIER_KEY_FILE]]")
	os.Exit(2)
}

func main() {
	if len(os.Args) < 3 {
		usage()
	}
	switch os.Args[1] {
	case "keygen":
		if len(os.Args) != 4 {
			usage()
		}
		keygen(os.Args[2], os.Args[3])
	case "audit":
		args := os.Args[2:]
		tilesOnly := args[0] == "--tiles-only"
		if tilesOnly {
			args = args[1:]
		}
		if len(args) < 1 || len(args) > 3 {
			usage()
		}
		audit(args, tilesOnly)
	default:
		usage()
	}
}

func keygen(name, dir string) {
	skey, vkey, err := note.GenerateKey(rand.Reader, name)
	if err != nil {
		fail("note.GenerateKey(%q): %v", name, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		fail("%v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "signer.key"), []byte(skey+"\n"), 0o600); err != nil {
		fail("%v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "verifier.key"), []byte(vkey+"\n"), 0o644); err != nil {
		fail("%v", err)
	}
	fmt.Printf("keygen: %s\n", vkey)
}

func audit(args []string, tilesOnly bool) {
	base = strings.TrimSuffix(args[0], "/") + "/"
	vkey := strings.TrimSpace(string(get("verifier-key")))
	if len(args) > 2 {
		given, err := os.ReadFile(args[2])
		if err != nil {
			fail("%v", err)
		}
		if strings.TrimSpace(string(given)) != vkey {
			fail("the log publishes the verifier key %q, not the given %q", vkey, strings.TrimSpace(string(given)))
		}
	}
	verifier, err := note.NewVerifier(vkey)
	if err != nil {
		fail("note.NewVerifier(%q): %v", vkey, err)
	}
	verifiers := note.VerifierList(verifier)
	cp := openCheckpoint(get("checkpoint"), verifiers)
	if cp.origin != verifier.Name() {
		fail("the checkpoint's origin %q is not its key's name %q (C2SP tlog-checkpoint: it SHOULD match)", cp.origin, verifier.Name())
	}
	fmt.Printf("checkpoint: origin %q, size %d, root %s (signature verified by x/mod/sumdb/note)\n", cp.origin, cp.size, cp.root)
	if cp.size == 0 {
		fail("the log is empty; record some decisions first")
	}

	tree := tlog.Tree{N: cp.size, Hash: cp.root}
	reader := tlog.TileHashReader(tree, tiles{})
	th, err := tlog.TreeHash(cp.size, reader)
	if err != nil {
		fail("tlog.TreeHash over the tiles: %v", err)
	}
	if th != cp.root {
		fail("tiles give root %s, checkpoint says %s", th, cp.root)
	}
	fmt.Printf("tiles: every tile needed checked against the signed root; tlog.TreeHash matches\n")

	for bundle := int64(0); bundle*256 < cp.size; bundle++ {
		for j, e := range entries(bundle, cp.size) {
			i := bundle*256 + int64(j)
			proof, err := tlog.ProveRecord(cp.size, i, reader)
			if err != nil {
				fail("tlog.ProveRecord(%d, %d): %v", cp.size, i, err)
			}
			if err := tlog.CheckRecord(proof, cp.size, cp.root, i, tlog.RecordHash(e)); err != nil {
				fail("entry %d does not hash into the signed tree: %v", i, err)
			}
		}
	}
	fmt.Printf("entries: all %d entry records hash into the signed tree (tlog.ProveRecord + CheckRecord)\n", cp.size)

	if !tilesOnly {
		checkServedInclusion(cp)
	}
	if len(args) > 1 {
		old, err := os.ReadFile(args[1])
		if err != nil {
			fail("%v", err)
		}
		ocp := openCheckpoint(old, verifiers)
		own, err := tlog.ProveTree(cp.size, ocp.size, reader)
		if err != nil || tlog.CheckTree(own, cp.size, cp.root, ocp.size, ocp.root) != nil {
			fail("the old checkpoint (size %d) is not a prefix of the new tree by tlog's own proof: %v", ocp.size, err)
		}
		fmt.Printf("consistency: old checkpoint (size %d) -> new (size %d) verified by tlog.ProveTree + CheckTree\n", ocp.size, cp.size)
		if !tilesOnly {
			checkServedConsistency(ocp, cp)
		}
	}
	fmt.Println("OK")
}

// checkServedInclusion checks ACE's /proof/inclusion answers with tlog.CheckRecord.
func checkServedInclusion(cp checkpoint) {
	var incl struct {
		Index, Size int64
		LeafHash    string `json:"leaf_hash"`
		Root        string
		Proof       []string
	}
	checked := 0
	for _, i := range []int64{0, cp.size / 2, cp.size - 1} {
		body := get(fmt.Sprintf("proof/inclusion?index=%d&size=%d", i, cp.size))
		if err := json.Unmarshal(body, &incl); err != nil {
			fail("proof/inclusion: %v: %s", err, body)
		}
		leaf := hashes([]string{incl.LeafHash}, "leaf_hash")[0]
		if want := tlog.RecordHash(entries(i/256, cp.size)[i%256]); leaf != want {
			fail("proof/inclusion?index=%d: leaf_hash %s, but entry %d hashes to %s", i, leaf, i, want)
		}
		if root := hashes([]string{incl.Root}, "root")[0]; root != cp.root || incl.Index != i || incl.Size != cp.size {
			fail("proof/inclusion?index=%d&size=%d answers index %d, size %d, root %s", i, cp.size, incl.Index, incl.Size, root)
		}
		if err := tlog.CheckRecord(tlog.RecordProof(hashes(incl.Proof, "inclusion")), cp.size, cp.root, i, leaf); err != nil {
			fail("ACE's inclusion proof for %d in %d does not verify with tlog.CheckRecord: %v", i, cp.size, err)
		}
		checked++
	}
	fmt.Printf("inclusion proofs: %d served by ACE verified by tlog.CheckRecord\n", checked)
}

// checkServedConsistency checks ACE's /proof/consistency answer with tlog.CheckTree.
func checkServedConsistency(ocp, cp checkpoint) {
	var cons struct {
		From, To int64
		Proof    []string
	}
	body := get(fmt.Sprintf("proof/consistency?from=%d&to=%d", ocp.size, cp.size))
	if err := json.Unmarshal(body, &cons); err != nil {
		fail("proof/consistency: %v: %s", err, body)
	}
	if err := tlog.CheckTree(tlog.TreeProof(hashes(cons.Proof, "consistency")), cp.size, cp.root, ocp.size, ocp.root); err != nil {
		fail("ACE's consistency proof %d -> %d does not verify with tlog.CheckTree: %v", ocp.size, cp.size, err)
	}
	fmt.Printf("consistency proof served by ACE (%d -> %d) verified by tlog.CheckTree\n", ocp.size, cp.size)
}
