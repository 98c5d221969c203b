package dev.ace.core;

/**
 * What the inspector decides to do with a text. Ordered by strength: a verdict's action is the
 * strongest action of its findings.
 */
public enum Action {
    ALLOW, FLAG, REDACT, BLOCK;

    /** True when the text may not pass unchanged (REDACT or BLOCK). */
    public boolean enforces() {
        return this == REDACT || this == BLOCK;
    }

    /** True for anything but ALLOW: the text was noticed and is worth recording. */
    public boolean flagged() {
        return this != ALLOW;
    }

    public Action strongest(Action other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Parses the constitution's lower-case spelling ("block", "redact", "flag", "allow"). */
    public static Action parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
