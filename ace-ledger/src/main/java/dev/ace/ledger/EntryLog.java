package dev.ace.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The append-only entries file of an embedded log: an 8-byte magic, then one record per entry,
 * {@code u32 length || u32 CRC-32C(length || data) || data}. The checksum tells a torn last write from a whole
 * record; the Merkle tree, not the checksum, is what proves an entry unchanged.
 */
final class EntryLog implements Closeable {
    static final String FILE = "entries.log";
    static final byte[] MAGIC = "ACELOG1\n".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 8;

    private final Path file;
    private final FileChannel channel;
    private long end;

    /** What a recovery scan found: the entries that are whole, and where the whole part ends. */
    interface Visitor {
        void entry(long index, long offset, byte[] data);
    }

    EntryLog(Path file, boolean writable) {
        this.file = file;
        try {
            this.channel = writable
                    ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.READ);
            if (writable && channel.size() == 0) {
                writeFully(ByteBuffer.wrap(MAGIC), 0);
                channel.force(true);
            }
            byte[] magic = new byte[MAGIC.length];
            if (channel.read(ByteBuffer.wrap(magic), 0) != MAGIC.length || !Arrays.equals(magic, MAGIC)) {
                throw new LedgerException(file + " is not an ACE entries log (bad magic)");
            }
            this.end = channel.size();
        } catch (IOException e) {
            throw new LedgerException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** Appends whole records and forces them to disk; returns each record's offset. */
    long[] append(List<byte[]> entries) throws IOException {
        int total = 0;
        for (byte[] e : entries) {
            total += HEADER + e.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total);
        long[] offsets = new long[entries.size()];
        long at = end;
        for (int i = 0; i < offsets.length; i++) {
            byte[] e = entries.get(i);
            offsets[i] = at;
            buf.putInt(e.length).putInt(crc(e.length, e, 0, e.length)).put(e);
            at += HEADER + e.length;
        }
        buf.flip();
        writeFully(buf, end);
        channel.force(false);
        end = at;
        return offsets;
    }

    /** The data of the record at {@code offset}, unchecked: a changed entry must reach the auditor as it is. */
    byte[] read(long offset) {
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            readFully(header, offset);
            int length = header.getInt(0);
            if (length < 0 || length > Ledger.MAX_ENTRY_BYTES) {
                throw new LedgerException(file + ": the record at byte " + offset + " has an impossible length " + length);
            }
            ByteBuffer data = ByteBuffer.allocate(length);
            readFully(data, offset + HEADER);
            return data.array();
        } catch (IOException e) {
            throw new LedgerException("cannot read " + file + " at byte " + offset + ": " + e.getMessage(), e);
        }
    }

    /** The offset just past the record at {@code offset}, or -1 if no whole record header is there. */
    long next(long offset) throws IOException {
        if (offset < MAGIC.length || offset + HEADER > channel.size()) {
            return -1;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(header, offset);
        int length = header.getInt(0);
        return length < 0 || length > Ledger.MAX_ENTRY_BYTES ? -1 : offset + HEADER + length;
    }

    /**
     * Reads whole records from {@code offset} on, numbering them from {@code firstIndex}, and truncates a torn tail.
     * A damaged record followed by whole ones is not a torn write: the scan refuses to drop acknowledged entries.
     *
     * @return the number of the first index past the whole records
     */
    long recover(long offset, long firstIndex, Visitor visitor) throws IOException {
        long size = channel.size();
        long at = offset;
        long index = firstIndex;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at + HEADER <= size) {
            header.clear();
            readFully(header, at);
            int length = header.getInt(0);
            if (length < 0 || length > Ledger.MAX_ENTRY_BYTES || at + HEADER + length > size) {
                break;
            }
            byte[] data = new byte[length];
            readFully(ByteBuffer.wrap(data), at + HEADER);
            if (crc(length, data, 0, length) != header.getInt(4)) {
                if (wholeRecordAt(at + HEADER + length, size)) {
                    throw new LedgerException(file + ": entry " + index + " at byte " + at
                            + " fails its checksum and whole records follow it; the file is damaged, not torn."
                            + " Run 'ace ledger verify --dir' to locate changed entries; nothing was truncated");
                }
                break;
            }
            visitor.entry(index, at, data);
            index++;
            at += HEADER + length;
        }
        if (at < size) {
            channel.truncate(at);
            channel.force(true);
        }
        end = at;
        return index;
    }

    /** Whether a whole record with a good checksum starts at {@code at}: what tells damage from a torn tail. */
    private boolean wholeRecordAt(long at, long size) throws IOException {
        if (at + HEADER > size) {
            return false;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(header, at);
        int length = header.getInt(0);
        if (length < 0 || length > Ledger.MAX_ENTRY_BYTES || at + HEADER + length > size) {
            return false;
        }
        byte[] data = new byte[length];
        readFully(ByteBuffer.wrap(data), at + HEADER);
        return crc(length, data, 0, length) == header.getInt(4);
    }

    static int crc(int length, byte[] data, int off, int len) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(0, length));
        crc.update(data, off, len);
        return (int) crc.getValue();
    }

    private void writeFully(ByteBuffer buf, long position) throws IOException {
        long at = position;
        while (buf.hasRemaining()) {
            at += channel.write(buf, at);
        }
    }

    private void readFully(ByteBuffer buf, long position) throws IOException {
        long at = position;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at);
            if (n < 0) {
                throw new IOException("unexpected end of " + file + " at byte " + at);
            }
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
