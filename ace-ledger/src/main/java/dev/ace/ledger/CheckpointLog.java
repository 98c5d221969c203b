package dev.ace.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Every checkpoint an embedded log has signed, in order ({@code checkpoints.log}: {@code u32 length || u32 CRC-32C ||
 * note}), plus the latest alone in {@code checkpoint}, replaced atomically, as tlog-tiles serves it.
 */
final class CheckpointLog implements Closeable {
    static final String FILE = "checkpoints.log";
    static final String LATEST = "checkpoint";

    private final Path dir;
    private final FileChannel channel;
    private final List<String> notes;

    private CheckpointLog(Path dir, FileChannel channel, List<String> notes) {
        this.dir = dir;
        this.channel = channel;
        this.notes = notes;
    }

    /** Opens for appending, truncating a torn last record. */
    static CheckpointLog open(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            List<String> notes = new ArrayList<>();
            long end = scan(ch, notes);
            if (end < ch.size()) {
                ch.truncate(end);
                ch.force(true);
            }
            ch.position(end);
            return new CheckpointLog(dir, ch, notes);
        } catch (IOException e) {
            throw new LedgerException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every whole note of a log directory without changing anything. */
    static List<String> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            List<String> notes = new ArrayList<>();
            scan(ch, notes);
            return notes;
        } catch (IOException e) {
            throw new LedgerException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long scan(FileChannel ch, List<String> out) throws IOException {
        long size = ch.size();
        long at = 0;
        ByteBuffer header = ByteBuffer.allocate(8);
        while (at + 8 <= size) {
            header.clear();
            ch.read(header, at);
            int length = header.getInt(0);
            if (length <= 0 || at + 8 + length > size) {
                break;
            }
            byte[] data = new byte[length];
            ch.read(ByteBuffer.wrap(data), at + 8);
            if (EntryLog.crc(length, data, 0, length) != header.getInt(4)) {
                break;
            }
            out.add(new String(data, StandardCharsets.UTF_8));
            at += 8 + length;
        }
        return at;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Appends a signed note durably, then replaces {@code checkpoint} with it. */
    void append(String note) throws IOException {
        byte[] data = note.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(8 + data.length);
        buf.putInt(data.length).putInt(EntryLog.crc(data.length, data, 0, data.length)).put(data).flip();
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
        notes.add(note);
        writeLatest(note);
    }

    void writeLatest(String note) throws IOException {
        Path tmp = dir.resolve(LATEST + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
