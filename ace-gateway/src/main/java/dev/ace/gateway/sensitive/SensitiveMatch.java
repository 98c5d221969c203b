package dev.ace.gateway.sensitive;

/** One match: its kind and the half-open span {@code [start, end)} in the text. */
public record SensitiveMatch(SensitiveKind kind, int start, int end) {
    public SensitiveMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
