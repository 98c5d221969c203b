package dev.ace.core.text;

import java.util.Base64;

/**
 * Finds base64 (standard or URL-safe) runs of at least {@value #MIN_CHARS} chars that mix upper case
 * with lower case or digits and decode to plausible UTF-8 text.
 */
final class Base64Runs {
    static final String KIND = "base64";
    private static final int MIN_CHARS = 16;

    private Base64Runs() {
    }

    static void find(String s, Found found) {
        int n = s.length();
        int i = 0;
        while (i < n && !found.full()) {
            if (!isAlphabet(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = false;
            boolean lowerOrDigit = false;
            boolean standard = false;
            boolean urlSafe = false;
            char c;
            while (i < n && isAlphabet(c = s.charAt(i))) {
                upper |= c >= 'A' && c <= 'Z';
                lowerOrDigit |= c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
                standard |= c == '+' || c == '/';
                urlSafe |= c == '-' || c == '_';
                i++;
            }
            int dataEnd = i;
            while (i < n && i - dataEnd < 2 && s.charAt(i) == '=') {
                i++;
            }
            int len = dataEnd - start;
            if (len >= MIN_CHARS && len % 4 != 1 && upper && lowerOrDigit && !(standard && urlSafe)
                    && found.allows(len)) {
                decode(s, start, dataEnd, i, urlSafe, found);
            }
        }
    }

    private static void decode(String s, int start, int dataEnd, int end, boolean urlSafe, Found found) {
        String run = s.substring(start, dataEnd);
        byte[] bytes;
        try {
            bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(run);
        } catch (IllegalArgumentException e) {
            // Cannot happen for a checked alphabet and length; kept so that decoding never throws.
            return;
        }
        String text = Plausible.text(bytes, bytes.length);
        if (text != null) {
            found.add(KIND, start, end, text, run);
        }
    }

    private static boolean isAlphabet(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '+' || c == '/' || c == '-' || c == '_';
    }
}
