package dev.ace.core.text;

import java.nio.charset.StandardCharsets;

/**
 * Finds URL (percent) encoding: a run of non-whitespace chars holding {@code %XX} escapes, decoded
 * with {@code +} read as a space. Hand-written rather than {@link java.net.URLDecoder}, which throws
 * at the first malformed escape ("100%!") where this keeps it as written and decodes the rest.
 */
final class PercentRuns {
    static final String KIND = "url";

    private PercentRuns() {
    }

    static void find(String s, Found found) {
        int n = s.length();
        int i = s.indexOf('%');
        while (i >= 0 && i < n && !found.full()) {
            if (!isEscape(s, i)) {
                i = s.indexOf('%', i + 1);
                continue;
            }
            int start = i;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            if (found.allows(end - start)) {
                String run = s.substring(start, end);
                String text = decode(run);
                if (text != null) {
                    found.add(KIND, start, end, text, run);
                }
            }
            i = s.indexOf('%', end);
        }
    }

    /** The percent-decoded run if it is well-formed UTF-8 with some letters; otherwise null. */
    private static String decode(String run) {
        byte[] bytes = new byte[run.length() * 3];
        int count = 0;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c == '%' && isEscape(run, k)) {
                bytes[count++] = (byte) (Character.digit(run.charAt(k + 1), 16) << 4 | Character.digit(run.charAt(k + 2), 16));
                k += 2;
            } else if (c == '+') {
                bytes[count++] = ' ';
            } else if (c < 0x80) {
                bytes[count++] = (byte) c;
            } else {
                int cp = run.codePointAt(k);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, bytes, count, utf8.length);
                count += utf8.length;
                k += Character.charCount(cp) - 1;
            }
        }
        String text = Plausible.utf8(bytes, count);
        return text != null && Plausible.loose(text) ? text : null;
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && HexRuns.isHex(s.charAt(i + 1)) && HexRuns.isHex(s.charAt(i + 2));
    }
}
