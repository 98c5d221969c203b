package dev.ace.ledger;

/** A source of complete, aligned subtree hashes: what a stored log keeps so that proofs cost O(log n) reads. */
interface SubtreeHashes {
    /** The hash of the complete subtree over leaves {@code [index << level, (index + 1) << level)}. */
    Digest completeSubtree(int level, long index);
}
