package dev.ace.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether decoded bytes read as text, so that random-looking runs decoding to noise are ignored. */
final class Plausible {
    private static final int MIN_CHARS = 4;
    private static final int MIN_ENCODING_CHARS = 16;

    private Plausible() {
    }

    /** The bytes as UTF-8 text if they are well-formed and read as text; otherwise null. */
    static String text(byte[] bytes, int length) {
        String s = utf8(bytes, length);
        return s != null && text(s) ? s : null;
    }

    /** The bytes as UTF-8 text if they are well-formed; otherwise null. */
    static String utf8(byte[] bytes, int length) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            // Rare path (only runs that already look encoded get here): malformed UTF-8 means noise.
            return null;
        }
        return s;
    }

    /**
     * Text is at least four chars, has no control chars but tab and newlines, no unassigned,
     * private-use or replacement chars, is mostly letters, digits and spaces, and either at least a
     * third letters or (for a nested encoding such as hex or base64 text) all letters and digits.
     */
    static boolean text(String s) {
        int total = 0;
        int letters = 0;
        int alnum = 0;
        int wordy = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (bad(cp)) {
                return false;
            }
            if (Character.isLetter(cp)) {
                letters++;
                alnum++;
            } else if (Character.isDigit(cp)) {
                alnum++;
            } else if (Character.isWhitespace(cp)) {
                wordy++;
            }
        }
        wordy += alnum;
        boolean prose = letters * 3 >= total;
        boolean encoding = total >= MIN_ENCODING_CHARS && alnum + countPadding(s) == total;
        return total >= MIN_CHARS && wordy * 10 >= total * 7 && (prose || encoding);
    }

    /**
     * Looser test for percent-decoded text, whose escapes already show intent: no bad chars and at
     * least two letters (so "100%25" is not a payload, but a twice-encoded URL is).
     */
    static boolean loose(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (bad(cp)) {
                return false;
            }
            if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean bad(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r'
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || cp == 0xFFFD;
    }

    private static int countPadding(String s) {
        int count = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '='; i--) {
            count++;
        }
        return count;
    }
}
