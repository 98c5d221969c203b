package dev.ace.core.text;

/**
 * Finds hex-encoded text: at least {@value #MIN_DIGITS} hex digits, as one run ("486f77") or as
 * tokens with optional {@code \x} or {@code 0x} prefixes separated by nothing, spaces, commas or
 * colons ("\x48\x6f", "48 6f 77", "0x48, 0x6f"); every token has an even number of digits and the
 * bytes must be plausible UTF-8 text.
 */
final class HexRuns {
    static final String KIND = "hex";
    private static final int MIN_DIGITS = 16;

    private HexRuns() {
    }

    static void find(String s, Found found) {
        int n = s.length();
        int i = 0;
        Sink measure = new Sink(null);
        while (i < n && !found.full()) {
            char c = s.charAt(i);
            boolean wordStart = i == 0 || !isAlnum(s.charAt(i - 1));
            if (wordStart && (isHex(c) || c == '\\')) {
                measure.count = 0;
                int end = scan(s, i, measure);
                if (measure.count * 2 >= MIN_DIGITS && found.allows(end - i)) {
                    Sink sink = new Sink(new byte[measure.count]);
                    scan(s, i, sink);
                    String text = Plausible.text(sink.bytes, sink.count);
                    if (text != null) {
                        found.add(KIND, i, end, text, s.substring(i, end));
                    }
                    i = end;
                    continue;
                }
            }
            if (isAlnum(c)) {
                while (i < n && isAlnum(s.charAt(i))) {
                    i++; // not a hex run: skip the rest of the word
                }
            } else {
                i++;
            }
        }
    }

    /** Counts the decoded bytes, and keeps them when given an array. */
    private static final class Sink {
        final byte[] bytes;
        int count;

        Sink(byte[] bytes) {
            this.bytes = bytes;
        }

        void add(int b) {
            if (bytes != null) {
                bytes[count] = (byte) b;
            }
            count++;
        }
    }

    /** The end of the hex tokens starting at {@code i} ({@code i} if none); adds their bytes to {@code sink}. */
    private static int scan(String s, int i, Sink sink) {
        int n = s.length();
        int j = i;
        int end = i;
        while (j < n) {
            int t = j;
            if (t + 2 < n && (s.charAt(t) == '\\' || s.charAt(t) == '0') && (s.charAt(t + 1) | 0x20) == 'x'
                    && isHex(s.charAt(t + 2))) {
                t += 2;
            }
            int d = t;
            while (d < n && isHex(s.charAt(d))) {
                d++;
            }
            if (d == t || (d - t) % 2 != 0 || d < n && isAlnum(s.charAt(d))) {
                break;
            }
            for (int k = t; k < d; k += 2) {
                sink.add(Character.digit(s.charAt(k), 16) << 4 | Character.digit(s.charAt(k + 1), 16));
            }
            end = d;
            j = d;
            if (j < n && (s.charAt(j) == ' ' || s.charAt(j) == ',' || s.charAt(j) == ':')) {
                j++;
                if (j < n && s.charAt(j) == ' ' && s.charAt(j - 1) == ',') {
                    j++;
                }
            } else if (j >= n || s.charAt(j) != '\\') {
                break;
            }
        }
        return end;
    }

    private static boolean isAlnum(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetterOrDigit(c);
    }

    static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
