package dev.ace.core.text;

/**
 * Maps char indexes of a derived text back to its original. {@code starts[i]} and {@code ends[i]}
 * are the original span that produced derived char {@code i}; a decoded payload maps every char to
 * the span of the encoded run it came from.
 */
public final class OffsetMap {
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    OffsetMap(int[] starts, int[] ends, int originalLength) {
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    /** The identity map over a text of the given length. */
    public static OffsetMap identity(int length) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new OffsetMap(s, e, length);
    }

    /** Every derived char maps to the same original span (a decoded payload). */
    public static OffsetMap constant(int derivedLength, int originalStart, int originalEnd, int originalLength) {
        int[] s = new int[derivedLength];
        int[] e = new int[derivedLength];
        java.util.Arrays.fill(s, originalStart);
        java.util.Arrays.fill(e, originalEnd);
        return new OffsetMap(s, e, originalLength);
    }

    public int length() {
        return starts.length;
    }

    /** Original index where derived char {@code i} starts; the original's end for {@code i == length()}. */
    public int originalStart(int i) {
        if (starts.length == 0) {
            return 0;
        }
        return i >= starts.length ? ends[starts.length - 1] : starts[i];
    }

    /** Original index just past the derived range ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0 || starts.length == 0) {
            return originalStart(0);
        }
        return ends[Math.min(end, ends.length) - 1];
    }

    public int originalLength() {
        return originalLength;
    }
}
