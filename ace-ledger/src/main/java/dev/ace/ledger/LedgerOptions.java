package dev.ace.ledger;

import java.time.Duration;
import java.util.Objects;

/**
 * How a log is opened: its origin (the first line of every checkpoint, e.g. {@code ace.example.com/decisions}), the
 * key that signs its checkpoints, and how often the background checkpointer looks for new entries
 * ({@link Duration#ZERO} turns it off; {@link Ledger#signCheckpoint()} still signs on demand).
 */
public record LedgerOptions(String origin, NoteSigner signer, Duration checkpointInterval) {
    /** The default interval: a checkpoint follows new entries within about a second. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

    public LedgerOptions {
        Objects.requireNonNull(signer, "signer");
        if (origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("a log origin is one non-blank line, got '" + origin + "'");
        }
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("the checkpoint interval is not negative, got " + checkpointInterval);
        }
    }

    public static LedgerOptions of(String origin, NoteSigner signer) {
        return new LedgerOptions(origin, signer, DEFAULT_INTERVAL);
    }

    public LedgerOptions withCheckpointInterval(Duration interval) {
        return new LedgerOptions(origin, signer, interval);
    }
}
