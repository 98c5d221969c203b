package dev.ace.cli;

import dev.ace.core.Action;

/** Exit statuses of the {@code ace} command, documented in the README. */
final class ExitCodes {
    static final int ALLOW = 0;
    static final int FLAG = 1;
    static final int ERROR = 2;
    static final int REDACT = 3;
    static final int BLOCK = 4;
    /** A verification found a problem (ledger verify). */
    static final int FAILED = 1;

    private ExitCodes() {
    }

    static int of(Action action) {
        return switch (action) {
            case ALLOW -> ALLOW;
            case FLAG -> FLAG;
            case REDACT -> REDACT;
            case BLOCK -> BLOCK;
        };
    }
}
