package dev.ace.core.text;

/**
 * Finds ASCII smuggled in Unicode tag characters: U+E0020..U+E007E mirror ASCII 0x20..0x7E and
 * render as nothing. Each run of tag characters (U+E0000..U+E007F) that carries some ASCII becomes
 * one payload.
 */
final class TagRuns {
    static final String KIND = "unicode-tags";
    private static final char HIGH = '\uDB40'; // high surrogate of U+E0000..U+E03FF

    private TagRuns() {
    }

    static void find(String s, Found found) {
        int n = s.length();
        int i = s.indexOf(HIGH);
        while (i >= 0 && !found.full()) {
            int start = i;
            StringBuilder ascii = null;
            while (i + 1 < n && s.charAt(i) == HIGH && isTagLow(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(s.charAt(i), s.charAt(i + 1)) - 0xE0000;
                if (cp >= 0x20 && cp <= 0x7E) {
                    if (ascii == null) {
                        ascii = new StringBuilder();
                    }
                    ascii.append((char) cp);
                }
                i += 2;
            }
            if (ascii != null && found.allows(i - start)) {
                found.add(KIND, start, i, ascii.toString(), s.substring(start, i));
            }
            i = s.indexOf(HIGH, Math.max(i, start + 1));
        }
    }

    private static boolean isTagLow(char c) {
        return c >= '\uDC00' && c <= '\uDC7F';
    }
}
