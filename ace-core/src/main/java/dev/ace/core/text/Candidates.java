package dev.ace.core.text;

/**
 * One cheap pass that says which run-based decoders could find anything, so that plain text skips
 * their scans: base64 needs {@value #MIN_RUN} alphabet chars in a row, hex {@value #MIN_RUN} hex
 * digits in a run of hex digits, prefixes and separators. Over-approximates: a flag set here only
 * means the decoder's own scan must run.
 */
final class Candidates {
    static final int BASE64 = 1;
    static final int HEX = 2;
    private static final int MIN_RUN = 16;
    private static final byte B64 = 1;
    private static final byte HEX_RUN = 2;
    private static final byte HEX_DIGIT = 4;
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean alnum = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean hex = HexRuns.isHex(c);
            int kind = 0;
            if (alnum || c == '+' || c == '/' || c == '-' || c == '_') {
                kind |= B64;
            }
            if (hex || c == ' ' || c == ',' || c == ':' || c == '\\' || c == 'x' || c == 'X') {
                kind |= HEX_RUN;
            }
            if (hex) {
                kind |= HEX_DIGIT;
            }
            KIND[c] = (byte) kind;
        }
    }

    private Candidates() {
    }

    static int scan(String s) {
        int flags = 0;
        int b64Run = 0;
        int hexDigits = 0;
        for (int i = 0, n = s.length(); i < n && flags != (BASE64 | HEX); i++) {
            char c = s.charAt(i);
            int kind = c < 128 ? KIND[c] : 0;
            if ((kind & B64) != 0) {
                if (++b64Run >= MIN_RUN) {
                    flags |= BASE64;
                }
            } else {
                b64Run = 0;
            }
            if ((kind & HEX_RUN) == 0) {
                hexDigits = 0;
            } else if ((kind & HEX_DIGIT) != 0 && ++hexDigits >= MIN_RUN) {
                flags |= HEX;
            }
        }
        return flags;
    }
}
