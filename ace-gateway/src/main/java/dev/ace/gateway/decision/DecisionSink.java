package dev.ace.gateway.decision;

/**
 * Where decision records go. {@link #accept} returns only once the record is durable (so nothing the
 * gateway acknowledged is lost) and must be safe to call from many threads; {@link #close} is idempotent.
 */
public interface DecisionSink extends AutoCloseable {
    /** Makes the record durable; throws {@link DecisionLogException} when it cannot. */
    void accept(DecisionRecord record);

    /**
     * Makes all the records durable, returning once every one is; a sink that commits in groups makes them
     * durable together (one fsync for a request's input and output decisions). Throws
     * {@link DecisionLogException} when it cannot (some of the records may then be durable).
     */
    default void acceptAll(java.util.List<DecisionRecord> records) {
        records.forEach(this::accept);
    }

    /**
     * The sequence number the first record of this run should carry, so that sequences go on across restarts
     * instead of starting again at 0: the number of records the sink already holds, where it knows it.
     */
    default long nextSequence() {
        return 0;
    }

    @Override
    void close();
}
