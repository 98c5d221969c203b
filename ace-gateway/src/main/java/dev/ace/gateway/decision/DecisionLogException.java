package dev.ace.gateway.decision;

/** A decision record could not be made durable; the request that produced it must fail (HTTP 503). */
public final class DecisionLogException extends RuntimeException {
    public DecisionLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
