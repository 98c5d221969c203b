#!/usr/bin/env python3
"""Generates the proof vector files beside it from an independent, plain-recursion RFC 6962 implementation.

Run: python3 generate.py   (deterministic; the output is committed, the tests read it as data)
Line format, tab-separated:
  inclusion   ok|fail  label  index  size  leaf_hash  root  proof(comma-separated hex, '-' if empty)
  consistency ok|fail  label  first  second  first_root  second_root  proof
"""
import hashlib

RFC_LEAVES = [bytes.fromhex(h) for h in ["", "00", "10", "2021", "3031", "40414243",
              "5051525354555657", "606162636465666768696a6b6c6d6e6f"]]
OWN_LEAVES = [("ace-%d" % i).encode() for i in range(70)]


def leaf(d): return hashlib.sha256(b"\x00" + d).digest()
def node(l, r): return hashlib.sha256(b"\x01" + l + r).digest()


def split(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(d):
    if len(d) == 0:
        return hashlib.sha256(b"").digest()
    if len(d) == 1:
        return leaf(d[0])
    k = split(len(d))
    return node(mth(d[:k]), mth(d[k:]))


def path(m, d):
    if len(d) <= 1:
        return []
    k = split(len(d))
    if m < k:
        return path(m, d[:k]) + [mth(d[k:])]
    return path(m - k, d[k:]) + [mth(d[:k])]


def subproof(m, d, b):
    n = len(d)
    if m == n:
        return [] if b else [mth(d)]
    k = split(n)
    if m <= k:
        return subproof(m, d[:k], b) + [mth(d[k:])]
    return subproof(m - k, d[k:], False) + [mth(d[:k])]


def verify_inclusion(i, n, lh, root, p):
    """RFC 9162 section 2.1.3.2, written out independently, to keep only negative cases that must fail."""
    if i >= n:
        return False
    fn, sn, r = i, n - 1, lh
    for h in p:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(h, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, h)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(m, n, r1, r2, p):
    """RFC 9162 section 2.1.4.2; first == 0 and first == second need an empty proof."""
    if m > n:
        return False
    if m == n:
        return not p and r1 == r2
    if m == 0:
        return not p
    if not p:
        return False
    if m & (m - 1) == 0:
        p = [r1] + p
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = p[0]
    for c in p[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == r1 and sr == r2 and sn == 0


def keep(rows, check):
    """Positive rows must verify; negative rows that happen to verify (a proof is valid for several sizes) are dropped."""
    out = []
    for row in rows:
        ok = check(*row[2:])
        if row[0] == "ok":
            assert ok, row[1]
            out.append(row)
        elif not ok:
            out.append(row)
    return out


def hexs(p): return ",".join(h.hex() for h in p) if p else "-"
def flip(h, bit): return h[:bit // 8] + bytes([h[bit // 8] ^ (1 << (bit % 8))]) + h[bit // 8 + 1:]


def inclusion_lines(name, leaves, pairs):
    out = []
    for (i, n) in pairs:
        d = leaves[:n]
        lh, root, p = leaf(d[i]), mth(d), path(i, d)
        out.append(("ok", f"{name} leaf {i} of {n}", i, n, lh, root, p))
        for j in range(len(p)):
            out.append(("fail", f"{name} leaf {i} of {n}: bit flipped in proof hash {j}", i, n, lh, root,
                        p[:j] + [flip(p[j], (7 * j + 3) % 256)] + p[j + 1:]))
        if p:
            out.append(("fail", f"{name} leaf {i} of {n}: truncated proof", i, n, lh, root, p[:-1]))
        out.append(("fail", f"{name} leaf {i} of {n}: padded proof", i, n, lh, root, p + [root]))
        out.append(("fail", f"{name} leaf {i} of {n}: wrong root", i, n, lh, flip(root, 0), p))
        out.append(("fail", f"{name} leaf {i} of {n}: flipped leaf hash", i, n, flip(lh, 255), root, p))
        out.append(("fail", f"{name} leaf {i} of {n}: index equals size", n, n, lh, root, p))
        out.append(("fail", f"{name} leaf {i} of {n}: size 0", i, 0, lh, root, p))
        if n > 1:
            out.append(("fail", f"{name} leaf {i} of {n}: wrong index", (i + 1) % n, n, lh, root, p))
            out.append(("fail", f"{name} leaf {i} of {n}: wrong size", i, n + 1, lh, root, p))
    out = keep(out, verify_inclusion)
    return ["\t".join(["inclusion", ok, label, str(i), str(n), lh.hex(), root.hex(), hexs(p)])
            for (ok, label, i, n, lh, root, p) in out]


def consistency_lines(name, leaves, pairs):
    out = []
    for (m, n) in pairs:
        r1, r2, p = mth(leaves[:m]), mth(leaves[:n]), (subproof(m, leaves[:n], True) if 0 < m < n else [])
        out.append(("ok", f"{name} {m} to {n}", m, n, r1, r2, p))
        for j in range(len(p)):
            out.append(("fail", f"{name} {m} to {n}: bit flipped in proof hash {j}", m, n, r1, r2,
                        p[:j] + [flip(p[j], (5 * j + 1) % 256)] + p[j + 1:]))
        if p:
            out.append(("fail", f"{name} {m} to {n}: truncated proof", m, n, r1, r2, p[:-1]))
            out.append(("fail", f"{name} {m} to {n}: empty proof", m, n, r1, r2, []))
        out.append(("fail", f"{name} {m} to {n}: padded proof", m, n, r1, r2, p + [r2]))
        if m > 0:
            out.append(("fail", f"{name} {m} to {n}: wrong first root", m, n, flip(r1, 9), r2, p))
        if m != n or m > 0:
            out.append(("fail", f"{name} {m} to {n}: wrong second root", m, n, r1, flip(r2, 17), p))
        if m < n:
            out.append(("fail", f"{name} {m} to {n}: sizes swapped", n, m, r2, r1, p))
    out = keep(out, verify_consistency)
    return ["\t".join(["consistency", ok, label, str(m), str(n), r1.hex(), r2.hex(), hexs(p)])
            for (ok, label, m, n, r1, r2, p) in out]


def main():
    rfc_incl = [(i, n) for n in range(1, 9) for i in range(n)]
    own_incl = [(i, n) for n in (9, 13, 31, 32, 33, 57, 70) for i in sorted({0, 1, n // 3, n // 2, n - 2, n - 1})]
    rfc_cons = [(m, n) for n in range(1, 9) for m in range(0, n + 1)]
    own_cons = [(m, n) for (m, n) in [(1, 70), (3, 70), (7, 13), (8, 13), (16, 33), (31, 32), (32, 33), (33, 70),
                                      (13, 57), (64, 70), (69, 70), (70, 70)]]
    with open("inclusion.tsv", "w") as f:
        f.write("# generated by generate.py; see its docstring for the format\n")
        f.write("\n".join(inclusion_lines("rfc", RFC_LEAVES, rfc_incl) + inclusion_lines("own", OWN_LEAVES, own_incl)) + "\n")
    with open("consistency.tsv", "w") as f:
        f.write("# generated by generate.py; see its docstring for the format\n")
        f.write("\n".join(consistency_lines("rfc", RFC_LEAVES, rfc_cons) + consistency_lines("own", OWN_LEAVES, own_cons)) + "\n")


if __name__ == "__main__":
    main()
