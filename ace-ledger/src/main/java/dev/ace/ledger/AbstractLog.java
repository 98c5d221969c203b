package dev.ace.ledger;

import java.util.List;

/** Roots and proofs computed from stored complete-subtree hashes, shared by the storage drivers. */
abstract class AbstractLog implements LogReader, SubtreeHashes {
    @Override
    public Digest root(long size) {
        checkSize(size);
        return Proofs.rangeHash(this, 0, size);
    }

    @Override
    public Digest subtreeHash(int level, long index) {
        if (level < 0 || level > 62 || index < 0 || (index + 1) << level > size()) {
            throw new IllegalArgumentException("no complete subtree at level " + level + ", index " + index
                    + " in a log of size " + size());
        }
        return completeSubtree(level, index);
    }

    @Override
    public List<Digest> inclusionProof(long index, long size) {
        Merkle.checkInclusionArgs(index, size, size());
        return Proofs.inclusionPath(this, index, size);
    }

    @Override
    public List<Digest> consistencyProof(long from, long to) {
        Merkle.checkConsistencyArgs(from, to, size());
        return Proofs.consistencyPath(this, from, to);
    }

    void checkSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("size " + size + " is not between 0 and the log size " + size());
        }
    }

    void checkIndex(long index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("index " + index + " is not below the log size " + size());
        }
    }
}
