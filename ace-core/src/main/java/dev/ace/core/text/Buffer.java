package dev.ace.core.text;

import java.util.Arrays;

/**
 * A growable text being built, with the original span of every char. The passes of
 * {@link Normalization} append to it and then rewrite it in place; no per-char objects.
 */
final class Buffer {
    char[] chars;
    int[] starts;
    int[] ends;
    int length;

    Buffer(int capacity) {
        int c = Math.max(16, capacity);
        chars = new char[c];
        starts = new int[c];
        ends = new int[c];
    }

    void append(char c, int start, int end) {
        if (length == chars.length) {
            ensureRoom(length);
        }
        chars[length] = c;
        starts[length] = start;
        ends[length] = end;
        length++;
    }

    /** Makes room for {@code extra} more chars. */
    void ensureRoom(int extra) {
        if (chars.length - length < extra) {
            int grown = Math.max(chars.length * 2, length + extra);
            chars = Arrays.copyOf(chars, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
    }

    /** Appends a space unless the text is empty or already ends with one (whitespace runs collapse). */
    void space(int start, int end) {
        if (length > 0 && chars[length - 1] != ' ') {
            append(' ', start, end);
        }
    }

    /** Drops a trailing space left by {@link #space}. */
    void trimEnd() {
        if (length > 0 && chars[length - 1] == ' ') {
            length--;
        }
    }

    /** Moves char {@code from} to index {@code to <= from}, with its span (used by compacting passes). */
    void move(int from, int to) {
        chars[to] = chars[from];
        starts[to] = starts[from];
        ends[to] = ends[from];
    }

    String text() {
        return new String(chars, 0, length);
    }

    OffsetMap offsets(int originalLength) {
        return new OffsetMap(Arrays.copyOf(starts, length), Arrays.copyOf(ends, length), originalLength);
    }
}
