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
            char c = in.charAt(i);
            // A following char below U+0300 cannot be a combining mark, so ASCII needs no lookahead work.
            if (c < 0x80 && (i + 1 == n || in.charAt(i + 1) < 0x300)) {
                ascii(c, i, out);
                i++;
            } else {
                i = chunk(in, i, out);
            }
        }
        out.trimEnd();
        Leet.fold(out);
        SpacedLetters.collapse(out);
        return out;
    }

    private static void ascii(char c, int i, Buffer out) {
        if (c >= 'A' && c <= 'Z') {
            out.append((char) (c + 32), i, i + 1);
        } else if (c == ' ' || c >= 9 && c <= 13) {
            out.space(i, i + 1);
        } else if (c >= 0x20 && c != 0x7F) {
            out.append(c, i, i + 1);
        }
        // other C0 controls and DEL: invisible, dropped
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
        // ASCII letter (no precomposed form) are dropped.
        String composed = Normalizer.normalize(in.substring(i, marksEnd), Normalizer.Form.NFKC);
        boolean afterAsciiLetter = false;
        for (int k = 0; k < composed.length(); ) {
            int c = composed.codePointAt(k);
            k += Character.charCount(c);
            if (afterAsciiLetter && Folding.isMark(c)) {
                continue;
            }
            String f = Folding.fold(c);
            emit(f, i, marksEnd, out);
            if (!f.isEmpty()) {
                char last = f.charAt(f.length() - 1);
                afterAsciiLetter = last >= 'a' && last <= 'z';
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
