package dev.ace.gateway.decision;

/**
 * Where decision records go. {@link #accept} returns only once the record is durable (so nothing the
 * gateway acknowledged is lost) and must be safe to call from many threads; {@link #close} is idempotent.
 */
public interface DecisionSink extends AutoCloseable {
    /** Makes the record durable; throws {@link DecisionLogException} when it cannot. */
    void accept(DecisionRecord record);

    @Override
    void close();
}
