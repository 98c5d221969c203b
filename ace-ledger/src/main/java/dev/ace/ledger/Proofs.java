package dev.ace.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure verification of inclusion and consistency proofs exactly as RFC 9162 §2.1.3.2 and §2.1.4.2 describe, and
 * (package-private) their generation from stored subtree hashes (RFC 6962 §2.1.1 PATH and §2.1.2 PROOF), which reads
 * O(log n) hashes.
 */
public final class Proofs {
    private Proofs() {
    }

    /**
     * Checks that the leaf with hash {@code leafHash} sits at {@code index} of the tree of {@code size} leaves whose
     * root is {@code root}.
     *
     * @throws ProofException naming the failed check
     */
    public static void verifyInclusion(Digest leafHash, long index, long size, List<Digest> proof, Digest root)
            throws ProofException {
        Digest computed = rootFromInclusionProof(leafHash, index, size, proof);
        if (!computed.equals(root)) {
            throw ProofException.rootMismatch("inclusion of leaf " + index + " in size " + size, root, computed);
        }
    }

    /** The root that an inclusion proof implies (RFC 9162 §2.1.3.2 steps 1 to 4, less the final comparison). */
    public static Digest rootFromInclusionProof(Digest leafHash, long index, long size, List<Digest> proof)
            throws ProofException {
        if (index < 0 || index >= size) {
            throw new ProofException("inclusion proof: index " + index + " is not below size " + size);
        }
        long fn = index;
        long sn = size - 1;
        Digest r = leafHash;
        for (Digest p : proof) {
            if (sn == 0) {
                throw new ProofException("inclusion proof of leaf " + index + " in size " + size + " is too long: "
                        + proof.size() + " hashes");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Merkle.nodeHash(p, r);
                // RFC 9162 §2.1.3.2 step 3.2: climb past the levels where this node is a left child with no sibling.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = Merkle.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofException("inclusion proof of leaf " + index + " in size " + size + " is too short: "
                    + proof.size() + " hashes");
        }
        return r;
    }

    /**
     * Checks that the tree of {@code second} leaves with root {@code secondRoot} extends the tree of {@code first}
     * leaves with root {@code firstRoot}.
     *
     * @throws ProofException naming the failed check
     */
    public static void verifyConsistency(long first, long second, Digest firstRoot, Digest secondRoot,
            List<Digest> proof) throws ProofException {
        String what = "consistency of size " + first + " with size " + second;
        if (first < 0 || first > second) {
            throw new ProofException(what + ": the first size must be between 0 and the second");
        }
        if (first == second) {
            requireEmpty(what, proof);
            if (!firstRoot.equals(secondRoot)) {
                throw ProofException.rootMismatch(what, firstRoot, secondRoot);
            }
            return;
        }
        if (first == 0) {
            requireEmpty(what, proof);
            return;
        }
        if (proof.isEmpty()) {
            throw new ProofException(what + ": the proof is empty");
        }
        List<Digest> path = proof;
        if (Long.bitCount(first) == 1) {
            path = new ArrayList<>(proof.size() + 1);
            path.add(firstRoot);
            path.addAll(proof);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        Digest fr = path.get(0);
        Digest sr = path.get(0);
        for (Digest c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofException(what + ": the proof is too long (" + proof.size() + " hashes)");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Merkle.nodeHash(c, fr);
                sr = Merkle.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = Merkle.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofException(what + ": the proof is too short (" + proof.size() + " hashes)");
        }
        if (!fr.equals(firstRoot)) {
            throw ProofException.rootMismatch(what + " (first tree)", firstRoot, fr);
        }
        if (!sr.equals(secondRoot)) {
            throw ProofException.rootMismatch(what + " (second tree)", secondRoot, sr);
        }
    }

    private static void requireEmpty(String what, List<Digest> proof) throws ProofException {
        if (!proof.isEmpty()) {
            throw new ProofException(what + ": the proof must be empty, has " + proof.size() + " hashes");
        }
    }

    /** MTH(D[from:to]) from stored complete subtrees; {@code from} is aligned as RFC 6962's recursion leaves it. */
    static Digest rangeHash(SubtreeHashes store, long from, long to) {
        long n = to - from;
        if (n == 0) {
            return Merkle.emptyRoot();
        }
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return store.completeSubtree(level, from >>> level);
        }
        long k = Merkle.split(n);
        return Merkle.nodeHash(rangeHash(store, from, from + k), rangeHash(store, from + k, to));
    }

    /** RFC 6962 §2.1.1 PATH(index, D[0:size]), leaf to root. */
    static List<Digest> inclusionPath(SubtreeHashes store, long index, long size) {
        List<Digest> out = new ArrayList<>(64);
        path(store, index, 0, size, out);
        return out;
    }

    private static void path(SubtreeHashes store, long m, long from, long to, List<Digest> out) {
        long n = to - from;
        if (n <= 1) {
            return;
        }
        long k = Merkle.split(n);
        if (m < from + k) {
            path(store, m, from, from + k, out);
            out.add(rangeHash(store, from + k, to));
        } else {
            path(store, m, from + k, to, out);
            out.add(rangeHash(store, from, from + k));
        }
    }

    /** RFC 6962 §2.1.2 PROOF(first, D[0:second]). */
    static List<Digest> consistencyPath(SubtreeHashes store, long first, long second) {
        List<Digest> out = new ArrayList<>(64);
        if (first > 0 && first < second) {
            subproof(store, first, 0, second, true, out);
        }
        return out;
    }

    private static void subproof(SubtreeHashes store, long m, long from, long to, boolean complete, List<Digest> out) {
        long n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(rangeHash(store, from, to));
            }
            return;
        }
        long k = Merkle.split(n);
        if (m <= k) {
            subproof(store, m, from, from + k, complete, out);
            out.add(rangeHash(store, from + k, to));
        } else {
            subproof(store, m - k, from + k, to, false, out);
            out.add(rangeHash(store, from, from + k));
        }
    }
}
