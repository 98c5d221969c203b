package dev.ace.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The stored Merkle tree of an embedded log: one file per level ({@code hashes/level-00} holds leaf hashes,
 * {@code level-01} the roots of aligned pairs, and so on), each a dense array of 32-byte hashes. Every complete
 * subtree is one read, so proofs cost O(log n) reads, and a tlog tile at level L is a slice of level 8·L.
 */
final class TreeFiles implements Closeable {
    static final String DIR = "hashes";
    private final Path dir;
    private final MappedSlots[] levels = new MappedSlots[63];

    TreeFiles(Path logDir) {
        this.dir = logDir.resolve(DIR);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LedgerException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    static String fileName(int level) {
        return String.format(Locale.ROOT, "level-%02d", level);
    }

    /** Stores the leaf hash at {@code index} and every subtree it completes. Called by the single writer. */
    void appendLeaf(long index, Digest leafHash) {
        byte[] node = leafHash.bytesUnsafe();
        level(0).put(index, node);
        long i = index;
        int level = 0;
        byte[] left = new byte[Digest.SIZE];
        while ((i & 1) == 1) {
            level(level).get(i - 1, left);
            node = Merkle.nodeHash(Digest.wrap(left.clone()), Digest.wrap(node)).bytesUnsafe();
            i >>>= 1;
            level++;
            level(level).put(i, node);
        }
    }

    Digest get(int level, long index) {
        byte[] out = new byte[Digest.SIZE];
        level(level).get(index, out);
        return Digest.wrap(out);
    }

    boolean holds(int level, long index) {
        return level(level).holds(index);
    }

    void force() {
        for (MappedSlots s : levels) {
            if (s != null) {
                s.force();
            }
        }
    }

    private MappedSlots level(int level) {
        MappedSlots s = levels[level];
        if (s == null) {
            synchronized (this) {
                s = levels[level];
                if (s == null) {
                    s = new MappedSlots(dir.resolve(fileName(level)), Digest.SIZE);
                    levels[level] = s;
                }
            }
        }
        return s;
    }

    @Override
    public synchronized void close() throws IOException {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null) {
                levels[i].close();
                levels[i] = null;
            }
        }
    }
}
