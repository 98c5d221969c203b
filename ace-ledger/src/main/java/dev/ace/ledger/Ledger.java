package dev.ace.ledger;

import java.nio.file.Path;

/**
 * An append-only Merkle log with signed checkpoints. {@link #append} returns only once the entry is durable; many
 * concurrent appenders share one fsync (group commit). A background checkpointer signs a new checkpoint soon after new
 * entries arrive, and never signs one that is inconsistent with the last.
 *
 * <pre>{@code
 * try (Ledger log = Ledger.openEmbedded(dir, LedgerOptions.of("ace.example.com/decisions", signer))) {
 *     long index = log.append(CanonicalJson.bytes(record));
 * }
 * }</pre>
 */
public interface Ledger extends LogReader, AutoCloseable {
    /** The largest entry: tlog-tiles entry bundles prefix each entry with a 16-bit length. */
    int MAX_ENTRY_BYTES = 0xFFFF;

    /**
     * Appends an entry and returns its index once it is durable.
     *
     * @throws IllegalArgumentException if the entry is longer than {@link #MAX_ENTRY_BYTES}
     * @throws LedgerException if storage fails (the log then refuses further appends until reopened)
     */
    long append(byte[] entry);

    /**
     * Appends several entries, in order, and returns their indexes once all are durable; they share fsyncs like
     * concurrent appends do (bulk import, benchmarks).
     */
    long[] appendAll(java.util.List<byte[]> entries);

    /** Signs a checkpoint of the current size now if the log grew since the last one, and returns the latest. */
    SignedCheckpoint signCheckpoint();

    /** Stops the checkpointer, signs a final checkpoint and releases files or connections. Idempotent. */
    @Override
    void close();

    /** Opens (creating or recovering) an embedded log in {@code dir}. Only one process may hold it open. */
    static Ledger openEmbedded(Path dir, LedgerOptions options) {
        return EmbeddedLedger.open(dir, options);
    }

    /**
     * Opens a log kept in PostgreSQL ({@code jdbcUrl} with user, e.g. {@code jdbc:postgresql://127.0.0.1:5432/ace?user=ace}).
     * Several processes may append; one of them at a time integrates (holds the sequencer lock).
     */
    static Ledger openPostgres(String jdbcUrl, LedgerOptions options) {
        return PostgresLedger.open(jdbcUrl, options);
    }

    /** A read-only view of an embedded log directory up to its latest signed checkpoint, for tools and auditors. */
    static LogReader readDirectory(Path dir) {
        return DirectoryReader.open(dir);
    }
}
