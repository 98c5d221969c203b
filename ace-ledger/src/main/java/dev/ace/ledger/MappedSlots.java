package dev.ace.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file of fixed-width slots, memory-mapped in chunks that are added as it grows: O(1) reads and writes of leaf and
 * subtree hashes or entry offsets without a system call. One writer thread; readers see a slot once the writer
 * has published the log size that covers it.
 */
final class MappedSlots implements Closeable {
    private static final int CHUNK_SLOTS = 1 << 15;

    private final Path file;
    private final FileChannel channel;
    private final int slotBytes;
    private volatile MappedByteBuffer[] chunks = new MappedByteBuffer[0];

    MappedSlots(Path file, int slotBytes) {
        this.file = file;
        this.slotBytes = slotBytes;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LedgerException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    void put(long slot, byte[] src) {
        chunk(slot, true).put(offset(slot), src, 0, slotBytes);
    }

    void get(long slot, byte[] dst) {
        chunk(slot, false).get(offset(slot), dst, 0, slotBytes);
    }

    void putLong(long slot, long value) {
        chunk(slot, true).putLong(offset(slot), value);
    }

    long getLong(long slot) {
        return chunk(slot, false).getLong(offset(slot));
    }

    /** Whether the file is long enough to hold {@code slot} (recovery uses it to spot missing files). */
    boolean holds(long slot) {
        try {
            return channel.size() >= (slot + 1) * slotBytes;
        } catch (IOException e) {
            return false;
        }
    }

    void force() {
        for (MappedByteBuffer chunk : chunks) {
            chunk.force();
        }
    }

    private int offset(long slot) {
        return (int) (slot % CHUNK_SLOTS) * slotBytes;
    }

    private MappedByteBuffer chunk(long slot, boolean grow) {
        int n = (int) (slot / CHUNK_SLOTS);
        MappedByteBuffer[] current = chunks;
        if (n < current.length) {
            return current[n];
        }
        return map(n, grow);
    }

    private synchronized MappedByteBuffer map(int n, boolean grow) {
        MappedByteBuffer[] current = chunks;
        if (n < current.length) {
            return current[n];
        }
        long chunkBytes = (long) CHUNK_SLOTS * slotBytes;
        try {
            if (!grow && channel.size() < (n + 1) * chunkBytes) {
                throw new IllegalStateException(file + " has no slot in chunk " + n);
            }
            MappedByteBuffer[] next = Arrays.copyOf(current, n + 1);
            for (int i = current.length; i <= n; i++) {
                next[i] = channel.map(FileChannel.MapMode.READ_WRITE, i * chunkBytes, chunkBytes);
            }
            chunks = next;
            return next[n];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        chunks = new MappedByteBuffer[0];
        channel.close();
    }
}
