package dev.ace.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether decoded bytes read as text, so that random-looking runs decoding to noise are ignored. */
final class Plausible {
    private static final int MIN_CHARS = 4;

    private Plausible() {
    }

    /** The bytes as UTF-8 text if they are well-formed and read as text; otherwise null. */
    static String text(byte[] bytes, int length) {
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
        return text(s) ? s : null;
    }

    /**
     * Text is at least four chars, has no control chars but tab and newlines, no unassigned,
     * private-use or replacement chars, is mostly letters, digits and spaces, and at least
     * a third letters.
     */
    static boolean text(String s) {
        int total = 0;
        int letters = 0;
        int wordy = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            int type = Character.getType(cp);
            if (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r'
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || cp == 0xFFFD) {
                return false;
            }
            if (Character.isLetter(cp)) {
                letters++;
                wordy++;
            } else if (Character.isDigit(cp) || Character.isWhitespace(cp)) {
                wordy++;
            }
        }
        return total >= MIN_CHARS && wordy * 10 >= total * 7 && letters * 3 >= total;
    }
}
