package dev.ace.models.judge;

/**
 * The judge gave no usable answer: the endpoint failed after its retries, answered with an error or a
 * body that is not a chat completion, or the circuit breaker is open. The cascade records it and applies
 * each covered principle's failure mode.
 */
public class JudgeException extends Exception {
    private final boolean breakerOpen;

    public JudgeException(String message, boolean breakerOpen) {
        super(message);
        this.breakerOpen = breakerOpen;
    }

    public JudgeException(String message, Throwable cause) {
        super(message, cause);
        this.breakerOpen = false;
    }

    /** True when the call was refused without trying because the breaker is open. */
    public boolean breakerOpen() {
        return breakerOpen;
    }
}
