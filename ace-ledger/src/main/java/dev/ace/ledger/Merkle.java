package dev.ace.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 / RFC 9162 §2.1 tree hashing: named domain-separation prefixes, the split rule, and a reference
 * in-memory implementation of the tree hash and both proofs over a list of leaf hashes (used by tests, the
 * auditor and tools; stored logs compute the same values from stored subtree hashes).
 */
public final class Merkle {
    /** Prefix of a leaf hash: {@code SHA-256(0x00 || entry)}. */
    public static final byte LEAF_PREFIX = 0x00;
    /** Prefix of an interior node hash: {@code SHA-256(0x01 || left || right)}. */
    public static final byte NODE_PREFIX = 0x01;

    private static final Digest EMPTY = Digest.wrap(sha256().digest());
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(Merkle::sha256);

    private Merkle() {
    }

    /** The root of the empty tree, {@code SHA-256("")}. */
    public static Digest emptyRoot() {
        return EMPTY;
    }

    /** {@code SHA-256(0x00 || entry)}. */
    public static Digest leafHash(byte[] entry) {
        MessageDigest md = SHA.get();
        md.update(LEAF_PREFIX);
        md.update(entry);
        return Digest.wrap(md.digest());
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static Digest nodeHash(Digest left, Digest right) {
        MessageDigest md = SHA.get();
        md.update(NODE_PREFIX);
        md.update(left.bytesUnsafe());
        md.update(right.bytesUnsafe());
        return Digest.wrap(md.digest());
    }

    /** The largest power of two strictly less than {@code n} (n ≥ 2): where MTH splits. */
    public static long split(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("split needs n >= 2, got " + n);
        }
        return Long.highestOneBit(n - 1);
    }

    /** MTH over the given leaf hashes. */
    public static Digest root(List<Digest> leafHashes) {
        return leafHashes.isEmpty() ? EMPTY : subtree(leafHashes, 0, leafHashes.size());
    }

    /** PATH(index, D[size]) over the first {@code size} of the given leaf hashes, leaf to root. */
    public static List<Digest> inclusionProof(List<Digest> leafHashes, long index, long size) {
        checkInclusionArgs(index, size, leafHashes.size());
        return Proofs.inclusionPath(new ListHashes(leafHashes), index, size);
    }

    /** PROOF(from, D[to]) over the given leaf hashes. */
    public static List<Digest> consistencyProof(List<Digest> leafHashes, long from, long to) {
        checkConsistencyArgs(from, to, leafHashes.size());
        return Proofs.consistencyPath(new ListHashes(leafHashes), from, to);
    }

    static void checkInclusionArgs(long index, long size, long treeSize) {
        if (size > treeSize) {
            throw new IllegalArgumentException("size " + size + " exceeds the tree size " + treeSize);
        }
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " is not below size " + size);
        }
    }

    static void checkConsistencyArgs(long from, long to, long treeSize) {
        if (to > treeSize) {
            throw new IllegalArgumentException("size " + to + " exceeds the tree size " + treeSize);
        }
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("consistency needs 0 <= from <= to, got from " + from + ", to " + to);
        }
    }

    private static Digest subtree(List<Digest> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = (int) split(to - from);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Subtree hashes computed on demand from an in-memory list of leaf hashes. */
    private record ListHashes(List<Digest> leaves) implements SubtreeHashes {
        @Override
        public Digest completeSubtree(int level, long index) {
            List<Digest> level0 = leaves;
            long from = index << level;
            List<Digest> part = new ArrayList<>(level0.subList((int) from, (int) (from + (1L << level))));
            return root(part);
        }
    }
}
