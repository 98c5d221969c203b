package dev.ace.core.text;

/**
 * Joins letters spelled out one at a time ("b.o.m.b", "k i l l", "b-o-m-b"): three or more single
 * letters, each separated from the next by the same one separator char, become one word. The
 * separators are removed; the letters keep their original spans.
 */
final class SpacedLetters {
    private static final int MIN_LETTERS = 3;

    private SpacedLetters() {
    }

    static void collapse(Buffer b) {
        char[] c = b.chars;
        int n = b.length;
        int w = 0;
        int r = 0;
        boolean prevWord = false; // whether the char before r (as read, before compaction) is a word char
        while (r < n) {
            if (!prevWord && isSingleLetter(c, r, n)) {
                int last = runEnd(c, r, n);
                if (c[r + 1] == ' ') {
                    // Spaced with blanks, a first or last "a" or "i" is more likely the English word:
                    // "make a b o m b", "k i l l a man". Trimmed until no more apply, so that
                    // normalising the joined letters again gives the same word.
                    while ((last - r) / 2 + 1 > MIN_LETTERS && isWordLetter(c[last])) {
                        last -= 2;
                    }
                    while ((last - r) / 2 + 1 > MIN_LETTERS && isWordLetter(c[r])) {
                        b.move(r, w++);
                        b.move(r + 1, w++);
                        r += 2;
                    }
                }
                if ((last - r) / 2 + 1 >= MIN_LETTERS) {
                    for (int k = r; k <= last; k += 2) {
                        b.move(k, w++);
                    }
                    r = last + 1;
                    prevWord = true;
                    continue;
                }
            }
            prevWord = isWordChar(c[r]);
            if (w != r) {
                b.move(r, w);
            }
            w++;
            r++;
        }
        b.length = w;
    }

    /** Index of the last letter of the run of separated single letters starting at {@code r}. */
    private static int runEnd(char[] c, int r, int n) {
        if (r + 2 >= n || !isSeparator(c[r + 1])) {
            return r;
        }
        char sep = c[r + 1];
        int k = r;
        while (k + 2 < n && c[k + 1] == sep && isSingleLetter(c, k + 2, n)) {
            k += 2;
        }
        return k;
    }

    /** A letter whose next char is not a word char (the caller checks the previous one). */
    private static boolean isSingleLetter(char[] c, int i, int n) {
        return Leet.isLetter(c[i]) && (i + 1 == n || !isWordChar(c[i + 1]));
    }

    private static boolean isWordLetter(char c) {
        return c == 'a' || c == 'i';
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '.', '-', '_', '*', '|', '~', '+', '/', '\u00B7', '\u2022' -> true;
            default -> false;
        };
    }

    private static boolean isWordChar(char c) {
        return Leet.isLetter(c) || c >= '0' && c <= '9' || c >= 0x80 && Character.isLetterOrDigit(c);
    }
}
