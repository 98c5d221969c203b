package dev.ace.core.text;

import java.text.Normalizer;

/**
 * Normalises a text for matching and keeps, for every output char, the span of the original it came
 * from. One pass folds each code point (with its combining marks) through {@link Folding} and
 * collapses whitespace; then {@link Leet} and {@link SpacedLetters} rewrite the result in place.
 * Plain ASCII takes a branch per char with no lookups or allocation.
 */
final class Normalization {
    private Normalization() {
    }

    static Buffer normalize(String in) {
        Buffer out = new Buffer(in.length() + 8);
        int n = in.length();
        int i = 0;
        while (i < n) {
            i = asciiRun(in, i, out);
            if (i < n) {
                i = chunk(in, i, out);
            }
        }
        out.trimEnd();
        Leet.fold(out);
        SpacedLetters.collapse(out);
        return out;
    }

    /**
     * Appends the run of plain ASCII starting at {@code from}: lower case, whitespace collapsed,
     * control chars dropped. Returns where the run ends: at a non-ASCII char, or at an ASCII char
     * that a combining mark follows. Hand-written over local copies of the buffer's arrays because
     * this loop sees every char of every request (measured in NormalizeBenchmark).
     */
    private static int asciiRun(String in, int from, Buffer out) {
        int n = in.length();
        out.ensureRoom(n - from);
        char[] chars = out.chars;
        int[] starts = out.starts;
        int[] ends = out.ends;
        int len = out.length;
        int i = from;
        for (; i < n; i++) {
            char c = in.charAt(i);
            // A following char below U+0300 cannot be a combining mark.
            if (c >= 0x80 || i + 1 < n && in.charAt(i + 1) >= 0x300) {
                break;
            }
            if (c == ' ' || c >= 9 && c <= 13) {
                if (len == 0 || chars[len - 1] == ' ') {
                    continue;
                }
                c = ' ';
            } else if (c >= 'A' && c <= 'Z') {
                c += 32;
            } else if (c < 0x20 || c == 0x7F) {
                continue; // other C0 controls and DEL: invisible, dropped
            }
            chars[len] = c;
            starts[len] = i;
            ends[len] = i + 1;
            len++;
        }
        out.length = len;
        return i;
    }

    /** Folds the code point at {@code i} with any combining marks after it; returns the index after them. */
    private static int chunk(String in, int i, Buffer out) {
        int n = in.length();
        int cp = in.codePointAt(i);
        int end = i + Character.charCount(cp);
        int marksEnd = end;
        while (marksEnd < n && in.charAt(marksEnd) >= 0x300) {
            int m = in.codePointAt(marksEnd);
            if (!Folding.isMark(m)) {
                break;
            }
            marksEnd += Character.charCount(m);
        }
        if (marksEnd == end) {
            emit(Folding.fold(cp), i, end, out);
            return end;
        }
        // Base with combining marks: compose first (e + U+0301 -> é), then fold; marks left on an
        // ASCII char (no precomposed form: q + U+0301, @ + U+0301) or on nothing visible are dropped.
        String composed = Normalizer.normalize(in.substring(i, marksEnd), Normalizer.Form.NFKC);
        boolean keepMarks = false;
        for (int k = 0; k < composed.length(); ) {
            int c = composed.codePointAt(k);
            k += Character.charCount(c);
            if (!keepMarks && Folding.isMark(c)) {
                continue;
            }
            String f = Folding.fold(c);
            emit(f, i, marksEnd, out);
            if (!f.isEmpty()) {
                char last = f.charAt(f.length() - 1);
                keepMarks = last >= 0x80;
            }
        }
        return marksEnd;
    }

    private static void emit(String folded, int start, int end, Buffer out) {
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (c == ' ') {
                out.space(start, end);
            } else {
                out.append(c, start, end);
            }
        }
    }
}
