package dev.ace.core.constitution;

/** What happens to a principle when a detector that covers it throws or overruns its budget. */
public enum FailureMode {
    /** Treat the text as violating the principle: the principle's action applies. */
    FAIL_CLOSED,
    /** Let the text pass for this principle; the failure is still recorded. */
    FAIL_OPEN
}
