package dev.ace.core.text;

/**
 * Folds leetspeak inside words that mix letters with digits or symbols ("b0mb", "h4ck", "@nthrax"):
 * 0-o 1-i 3-e 4-a 5-s 7-t @-a $-s. Leaves alone pure numbers ("2026"), numbers with a unit suffix
 * ("10am", "3d", "1st"), names ending in a number ("mp3", "sha256", "base64") and the @ of an
 * e-mail address. Replaces chars one for one, so offsets are unchanged.
 */
final class Leet {
    private static final java.util.Set<String> UNITS = java.util.Set.of(
            "st", "nd", "rd", "th", "s", "m", "h", "d", "k", "x", "g", "b", "p", "v", "w", "l", "y", "t", "c", "f",
            "am", "pm", "kb", "mb", "gb", "tb", "ms", "min", "mins", "hr", "hrs", "km", "cm", "mm", "kg", "mg",
            "lb", "lbs", "ft", "px", "hz", "khz", "mhz", "ghz", "fps", "yo", "mp", "kw", "kwh", "mah", "ml", "in",
            "bit", "gen", "yr", "yrs", "sec", "day", "days", "ish", "ok");

    private Leet() {
    }

    static void fold(Buffer b) {
        char[] c = b.chars;
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (!isTokenChar(c[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean letters = false;
            boolean leet = false;
            while (i < n && isTokenChar(c[i])) {
                letters |= isLetter(c[i]);
                leet |= letterFor(c[i]) != 0;
                i++;
            }
            if (letters && leet) {
                int at = emailAt(c, start, i, n);
                if (at < 0) {
                    token(c, start, i);
                } else {
                    token(c, start, at); // an e-mail address: the parts on each side of its @ fold alone
                    token(c, at + 1, i);
                }
            }
        }
    }

    private static void token(char[] c, int start, int end) {
        if (hasLetter(c, start, end) && !ordinary(c, start, end)) {
            for (int k = start; k < end; k++) {
                char m = letterFor(c[k]);
                if (m != 0) {
                    c[k] = m;
                }
            }
        }
    }

    /** The index of the @ of an e-mail address ("name@host.tld") in the token, or -1. */
    private static int emailAt(char[] c, int start, int end, int n) {
        if (end + 1 >= n || c[end] != '.' || !isLetter(c[end + 1])) {
            return -1;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (c[k] == '@') {
                return k;
            }
        }
        return -1;
    }

    /** True for "10am"-style number-plus-unit tokens and "mp3"-style name-plus-number tokens. */
    private static boolean ordinary(char[] c, int start, int end) {
        int p = start;
        while (p < end && isDigit(c[p])) {
            p++;
        }
        if (p > start) {
            return allLetters(c, p, end) && UNITS.contains(new String(c, p, end - p));
        }
        int q = end;
        while (q > start && isDigit(c[q - 1])) {
            q--;
        }
        return q < end && allLetters(c, start, q);
    }

    private static char letterFor(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    private static boolean hasLetter(char[] c, int start, int end) {
        for (int k = start; k < end; k++) {
            if (isLetter(c[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean allLetters(char[] c, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isLetter(c[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(char c) {
        return isLetter(c) || isDigit(c) || c == '@' || c == '$';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 0x80 && Character.isLetter(c);
    }
}
