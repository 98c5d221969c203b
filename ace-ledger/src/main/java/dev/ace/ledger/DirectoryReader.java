package dev.ace.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of an embedded log directory, up to its latest signed checkpoint, opened without the lock so that
 * auditors and tools can read a live log. It reads the stored files as they are and trusts nothing: the auditor
 * checks what it serves.
 */
final class DirectoryReader extends AbstractLog {
    private final Path dir;
    private final NoteVerifier key;
    private final List<String> notes;
    private final long size;
    private final EntryLog entries;
    private final java.util.Map<Path, FileChannel> open = new java.util.HashMap<>();

    private DirectoryReader(Path dir, NoteVerifier key, List<String> notes, long size) {
        this.dir = dir;
        this.key = key;
        this.notes = notes;
        this.size = size;
        this.entries = new EntryLog(dir.resolve(EntryLog.FILE), false);
    }

    static DirectoryReader open(Path dir) {
        if (!Files.isRegularFile(dir.resolve(EntryLog.FILE))) {
            throw new LedgerException(dir + " is not an ACE log directory (no " + EntryLog.FILE + ")");
        }
        NoteVerifier key;
        try {
            key = NoteVerifier.parse(Files.readString(dir.resolve(EmbeddedLedger.VERIFIER_KEY), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LedgerException("cannot read " + dir.resolve(EmbeddedLedger.VERIFIER_KEY) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(dir.resolve(EmbeddedLedger.VERIFIER_KEY) + ": " + e.getMessage(), e);
        }
        List<String> notes = CheckpointLog.read(dir);
        long size = 0;
        if (!notes.isEmpty()) {
            try {
                size = Checkpoint.parse(SignedNote.body(notes.get(notes.size() - 1))).size();
            } catch (ProofException e) {
                throw new LedgerException(dir.resolve(CheckpointLog.FILE) + ": the latest checkpoint: " + e.getMessage());
            }
        }
        return new DirectoryReader(dir, key, notes, size);
    }

    /** Every checkpoint the log signed, oldest first, unverified. */
    List<String> checkpointNotes() {
        return notes;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Digest completeSubtree(int level, long index) {
        byte[] out = new byte[Digest.SIZE];
        Path file = dir.resolve(TreeFiles.DIR).resolve(TreeFiles.fileName(level));
        readAt(file, index * Digest.SIZE, out);
        return Digest.wrap(out);
    }

    @Override
    public byte[] entry(long index) {
        checkIndex(index);
        byte[] offset = new byte[Long.BYTES];
        readAt(dir.resolve(EmbeddedLedger.INDEX), index * Long.BYTES, offset);
        return entries.read(ByteBuffer.wrap(offset).getLong());
    }

    private void readAt(Path file, long position, byte[] out) {
        try {
            FileChannel ch = channel(file);
            ByteBuffer buf = ByteBuffer.wrap(out);
            long at = position;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, at);
                if (n < 0) {
                    throw new LedgerException(file + " ends before byte " + (position + out.length));
                }
                at += n;
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private synchronized FileChannel channel(Path file) throws IOException {
        FileChannel ch = open.get(file);
        if (ch == null) {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            open.put(file, ch);
        }
        return ch;
    }

    @Override
    public synchronized void close() {
        for (FileChannel ch : open.values()) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
        open.clear();
        try {
            entries.close();
        } catch (IOException ignored) {
            // read-only
        }
    }

    @Override
    public Optional<SignedCheckpoint> checkpoint() {
        return notes.isEmpty() ? Optional.empty() : Optional.of(unverified(notes.get(notes.size() - 1)));
    }

    private static SignedCheckpoint unverified(String note) {
        try {
            return new SignedCheckpoint(Checkpoint.parse(SignedNote.body(note)), note);
        } catch (ProofException e) {
            throw new LedgerException("a stored checkpoint does not parse: " + e.getMessage());
        }
    }

    @Override
    public NoteVerifier verifierKey() {
        return key;
    }
}
