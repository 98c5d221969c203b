package dev.ace.ledger;

/** Every level of a tree held in memory, built from its leaf hashes: what an auditor recomputes. */
final class MemoryTree implements SubtreeHashes {
    private final byte[][] levels;

    MemoryTree(byte[] leafHashes) {
        int n = leafHashes.length / Digest.SIZE;
        int depth = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        levels = new byte[depth + 1][];
        levels[0] = leafHashes;
        for (int l = 1; l <= depth; l++) {
            byte[] below = levels[l - 1];
            int count = below.length / Digest.SIZE / 2;
            byte[] here = new byte[count * Digest.SIZE];
            for (int i = 0; i < count; i++) {
                Digest left = Digest.of(below, 2 * i * Digest.SIZE);
                Digest right = Digest.of(below, (2 * i + 1) * Digest.SIZE);
                Merkle.nodeHash(left, right).copyTo(here, i * Digest.SIZE);
            }
            levels[l] = here;
        }
    }

    long count(int level) {
        return level < levels.length ? levels[level].length / Digest.SIZE : 0;
    }

    @Override
    public Digest completeSubtree(int level, long index) {
        return Digest.of(levels[level], (int) (index * Digest.SIZE));
    }
}
