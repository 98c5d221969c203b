package dev.ace.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The offline auditor: from a {@link LogSource} it checks the signature of every checkpoint it knows of, recomputes
 * the tree from the leaf-hash tiles, checks each checkpoint's root and the consistency between checkpoints (RFC 9162
 * proofs over the recomputed tree), the higher tiles, and, given entries, that each entry is the leaf the tree holds.
 * It stops at the first failure and names it.
 */
public final class LogAuditor {
    private LogAuditor() {
    }

    /**
     * What to audit with: the verifier key (empty: take the one the log publishes, trust on first use), checkpoints
     * seen before (the stored history or the last run's state), and whether to fetch and check the entries.
     */
    public record Options(Optional<NoteVerifier> key, List<String> knownCheckpoints, boolean entries) {
        public Options {
            knownCheckpoints = List.copyOf(knownCheckpoints);
        }
    }

    /** What an audit that passed covered. */
    public record Report(SignedCheckpoint latest, NoteVerifier key, boolean keyFromLog, int checkpointsChecked,
            long entriesChecked) {
    }

    /** The first failure an audit found; the message names the checkpoint, tile or entry. */
    public static final class AuditException extends Exception {
        private static final long serialVersionUID = 1L;

        public AuditException(String message) {
            super(message);
        }
    }

    /** Audits an embedded log directory (every checkpoint it signed) or a directory of static tlog-tiles files. */
    public static Report auditDirectory(Path dir, Options options) throws AuditException, IOException {
        if (Files.isRegularFile(dir.resolve(EntryLog.FILE))) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<String> known = new ArrayList<>(reader.checkpointNotes());
                known.addAll(options.knownCheckpoints());
                return audit(LogSource.of(reader), new Options(options.key(), known, options.entries()));
            } catch (LedgerException e) {
                throw new AuditException(e.getMessage());
            }
        }
        if (Files.isRegularFile(dir.resolve(CheckpointLog.LATEST))) {
            return audit(LogSource.staticDirectory(dir), options);
        }
        throw new IOException(dir + " holds neither an ACE log (entries.log) nor tlog-tiles files (checkpoint)");
    }

    /** Audits a log from any source. */
    public static Report audit(LogSource source, Options options) throws AuditException, IOException {
        boolean keyFromLog = options.key().isEmpty();
        NoteVerifier key = options.key().isPresent() ? options.key().get() : publishedKey(source);
        String latestNote = text(source.get("checkpoint").orElseThrow(() -> new AuditException("checkpoint: the log has none")));
        SignedCheckpoint latest = open(latestNote, key, "the latest checkpoint");
        List<Checkpoint> all = new ArrayList<>();
        for (int i = 0; i < options.knownCheckpoints().size(); i++) {
            if (options.knownCheckpoints().get(i).equals(latestNote)) {
                continue;
            }
            Checkpoint c = open(options.knownCheckpoints().get(i), key, "checkpoint #" + (i + 1) + " seen before").checkpoint();
            checkAgainstLatest(c, latest.checkpoint(), i + 1);
            all.add(c);
        }
        all.add(latest.checkpoint());
        long size = latest.checkpoint().size();
        MemoryTree tree = new MemoryTree(leafHashes(source, size));
        checkCheckpoints(tree, all);
        checkHigherTiles(source, tree, size);
        long entries = options.entries() ? checkEntries(source, tree, latest.checkpoint()) : 0;
        return new Report(latest, key, keyFromLog, all.size(), entries);
    }

    private static NoteVerifier publishedKey(LogSource source) throws IOException, AuditException {
        byte[] text = source.get("verifier-key").orElseThrow(
                () -> new AuditException("verifier-key: the log publishes none; give the key"));
        try {
            return NoteVerifier.parse(text(text));
        } catch (IllegalArgumentException e) {
            throw new AuditException("verifier-key: " + e.getMessage());
        }
    }

    private static SignedCheckpoint open(String note, NoteVerifier key, String what) throws AuditException {
        try {
            return SignedCheckpoint.open(note, key);
        } catch (ProofException e) {
            throw new AuditException(what + ": " + e.getMessage());
        }
    }

    private static void checkAgainstLatest(Checkpoint c, Checkpoint latest, int n) throws AuditException {
        if (!c.origin().equals(latest.origin())) {
            throw new AuditException("checkpoint #" + n + " is for the log '" + c.origin() + "', the latest for '"
                    + latest.origin() + "'");
        }
        if (c.size() > latest.size()) {
            throw new AuditException("checkpoint #" + n + " has size " + c.size() + ", larger than the latest ("
                    + latest.size() + "): the log was rolled back");
        }
    }

    private static byte[] leafHashes(LogSource source, long size) throws IOException, AuditException {
        if (size > Integer.MAX_VALUE / Digest.SIZE) {
            throw new IOException("the log has " + size + " entries, more than this auditor holds in memory");
        }
        byte[] leaves = new byte[(int) size * Digest.SIZE];
        for (long n = 0; n * TilePath.WIDTH < size; n++) {
            int width = (int) Math.min(TilePath.WIDTH, size - n * TilePath.WIDTH);
            byte[] tile = fetch(source, TilePath.hashes(0, n, width));
            System.arraycopy(tile, 0, leaves, (int) (n * TilePath.WIDTH * Digest.SIZE), tile.length);
        }
        return leaves;
    }

    private static byte[] fetch(LogSource source, TilePath tile) throws IOException, AuditException {
        byte[] body = source.get(tile.path()).orElseThrow(() -> new AuditException(tile.path() + ": missing"));
        if (!tile.entries() && body.length != tile.width() * Digest.SIZE) {
            throw new AuditException(tile.path() + ": " + body.length + " bytes, expected " + tile.width() * Digest.SIZE);
        }
        return body;
    }

    private static void checkCheckpoints(MemoryTree tree, List<Checkpoint> all) throws AuditException {
        List<Checkpoint> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingLong(Checkpoint::size));
        Checkpoint previous = null;
        for (Checkpoint c : sorted) {
            Digest root = Proofs.rangeHash(tree, 0, c.size());
            if (!root.equals(c.root())) {
                throw new AuditException("checkpoint of size " + c.size() + ": it signs root " + c.root().hex()
                        + " but the log's leaves give " + root.hex());
            }
            if (previous != null) {
                try {
                    Proofs.verifyConsistency(previous.size(), c.size(), previous.root(), c.root(),
                            Proofs.consistencyPath(tree, previous.size(), c.size()));
                } catch (ProofException e) {
                    throw new AuditException("checkpoints of size " + previous.size() + " and " + c.size() + ": " + e.getMessage());
                }
            }
            previous = c;
        }
    }

    private static void checkHigherTiles(LogSource source, MemoryTree tree, long size) throws IOException, AuditException {
        for (int level = 1; level <= TilePath.MAX_LEVEL; level++) {
            long count = tree.count(8 * level);
            for (long n = 0; n * TilePath.WIDTH < count; n++) {
                int width = (int) Math.min(TilePath.WIDTH, count - n * TilePath.WIDTH);
                TilePath tile = TilePath.hashes(level, n, width);
                byte[] body = fetch(source, tile);
                for (int i = 0; i < width; i++) {
                    if (!Digest.of(body, i * Digest.SIZE).equals(tree.completeSubtree(8 * level, n * TilePath.WIDTH + i))) {
                        throw new AuditException(tile.path() + ": hash " + i + " differs from the hash of the leaves below it");
                    }
                }
            }
        }
    }

    private static long checkEntries(LogSource source, MemoryTree tree, Checkpoint latest) throws IOException, AuditException {
        long size = latest.size();
        for (long n = 0; n * TilePath.WIDTH < size; n++) {
            int width = (int) Math.min(TilePath.WIDTH, size - n * TilePath.WIDTH);
            TilePath tile = TilePath.entries(n, width);
            byte[] bundle = fetch(source, tile);
            int at = 0;
            for (int i = 0; i < width; i++) {
                long index = n * TilePath.WIDTH + i;
                if (at + 2 > bundle.length) {
                    throw new AuditException(tile.path() + ": ends before entry " + index);
                }
                int length = (bundle[at] & 0xff) << 8 | (bundle[at + 1] & 0xff);
                if (at + 2 + length > bundle.length) {
                    throw new AuditException(tile.path() + ": entry " + index + " is cut short");
                }
                byte[] entry = java.util.Arrays.copyOfRange(bundle, at + 2, at + 2 + length);
                at += 2 + length;
                Digest leaf = Merkle.leafHash(entry);
                Digest expected = tree.completeSubtree(0, index);
                if (!leaf.equals(expected)) {
                    throw new AuditException("entry " + index + ": its leaf hash " + leaf.hex() + " differs from "
                            + expected.hex() + ", the leaf the checkpoint of size " + size + " includes: the entry was changed");
                }
            }
            if (at != bundle.length) {
                throw new AuditException(tile.path() + ": " + (bundle.length - at) + " bytes after the last entry");
            }
        }
        return size;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
