package dev.ace.core.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds one code point to what a reader sees: NFKC, lower case, confusables and homoglyphs to ASCII
 * letters, accents stripped where that leaves ASCII letters, invisible characters dropped. The
 * result for every code point below {@link #TABLE_SIZE} is computed once at class load, so the hot
 * path does not call {@link Normalizer} for Latin, Greek, Cyrillic and the other common scripts.
 */
final class Folding {
    static final String DROP = "";
    static final String SPACE = " ";
    private static final int TABLE_SIZE = 0x800;
    private static final String[] TABLE = new String[TABLE_SIZE];

    /**
     * Look-alikes that NFKC leaves alone, from the Latin part of Unicode's confusables.txt: each entry
     * is a source character followed by its ASCII reading. Upper-case entries are listed where the
     * upper and lower case look like different Latin letters (Greek Eta looks like H, eta like n).
     */
    private static final String CONFUSABLES = String.join(" ",
            // Cyrillic, lower case (upper case lower-cases onto these)
            "аa вb гr еe ԁd һh іi јj кk ӏl мm нh оo пn рp ԛq сc ѕs тt уy хx ԝw ьb үy ѵv ѡw ɡg",
            // Cyrillic palochka and Komi letters
            "Ӏl Ԁd",
            // Greek: upper case where it reads differently from lower case
            "Ηh Μm Νn Υy Ζz Ιi Κk Τt",
            "αa βb γy εe ηn ιi κk νv οo ρp τt υu χx ωw μu ϲc Ϲc ϳj ϵe",
            // Latin letters outside ASCII with no decomposition
            "ıi ȷj ɑa ɩi ɪi ʀr ʏy ɴn ʜh ʟl ʙb ɢg ᴀa ᴄc ᴅd ᴇe ᴊj ᴋk ᴍm ᴏo ᴘp ᴛt ᴜu ᴠv ᴡw ᴢz ꜱs",
            "łl đd ðd øo ħh ŧt ƀb ɵo ǝe əe ɛe ǀl ßss æae œoe",
            // Armenian
            "օo Օo սu ոn հh զq ցg");
    private static final int[] KEYS;
    private static final String[] VALUES;

    static {
        String[] entries = CONFUSABLES.split(" ");
        Arrays.sort(entries, (a, b) -> Integer.compare(a.codePointAt(0), b.codePointAt(0)));
        KEYS = new int[entries.length];
        VALUES = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            int cp = entries[i].codePointAt(0);
            KEYS[i] = cp;
            VALUES[i] = entries[i].substring(Character.charCount(cp));
        }
        for (int cp = 0; cp < TABLE_SIZE; cp++) {
            TABLE[cp] = compute(cp);
        }
    }

    private Folding() {
    }

    /** The folded text of {@code cp}: {@link #DROP}, {@link #SPACE}, or lower-case text. */
    static String fold(int cp) {
        return cp < TABLE_SIZE ? TABLE[cp] : compute(cp);
    }

    static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** Zero-width, format (Cf: bidi controls, soft hyphen, tag characters) and other invisible characters. */
    static boolean isInvisible(int cp) {
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x180B && cp <= 0x180D) {
            return true; // variation selectors
        }
        return switch (cp) {
            case 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0 -> true;
            default -> Character.getType(cp) == Character.FORMAT;
        };
    }

    private static String compute(int cp) {
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return String.valueOf((char) ('a' + cp - 0x1F1E6)); // regional indicator letters
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return String.valueOf((char) cp); // unpaired surrogate: kept as written
        }
        StringBuilder sb = new StringBuilder(2);
        String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        for (int i = 0; i < nfkc.length(); ) {
            int c = nfkc.codePointAt(i);
            foldSimple(c, sb);
            i += Character.charCount(c);
        }
        return sb.length() == 1 && sb.charAt(0) == ' ' ? SPACE : sb.toString();
    }

    private static void foldSimple(int cp, StringBuilder sb) {
        if (isInvisible(cp)) {
            return;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            sb.append(' ');
            return;
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return;
        }
        String c = confusable(cp);
        if (c == null) {
            int lower = Character.toLowerCase(cp);
            c = lower < 0x80 ? String.valueOf((char) lower) : confusable(lower);
            if (c == null && Character.isLetter(lower)) {
                c = stripToAscii(lower);
            }
            if (c == null) {
                sb.appendCodePoint(lower);
                return;
            }
        }
        sb.append(c);
    }

    /** The ASCII letters left after NFKD removes the accents of {@code cp}, or null if none. */
    private static String stripToAscii(int cp) {
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(2);
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;
            }
            int lower = Character.toLowerCase(c);
            String ascii = lower < 0x80 && Character.isLetter(lower) ? String.valueOf((char) lower) : confusable(lower);
            if (ascii == null) {
                return null;
            }
            sb.append(ascii);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static String confusable(int cp) {
        int i = Arrays.binarySearch(KEYS, cp);
        return i >= 0 ? VALUES[i] : null;
    }
}
