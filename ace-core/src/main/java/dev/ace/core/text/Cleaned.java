package dev.ace.core.text;

/**
 * A text with invisible characters removed and fullwidth ASCII made ASCII, case kept, so that a
 * payload split by zero-width characters or typed in fullwidth forms still reads as one run to the
 * decoders. Keeps the original span of every char.
 */
final class Cleaned {
    final String text;
    private final int[] starts;
    private final int[] ends;

    private Cleaned(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The cleaned text, or null when cleaning changes nothing (always for plain ASCII). */
    static Cleaned of(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < i; k++) {
            starts[k] = k;
            ends[k] = k + 1;
        }
        boolean changed = false;
        while (i < n) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Folding.isInvisible(cp)) {
                changed = true;
            } else {
                if (cp >= 0xFF01 && cp <= 0xFF5E) {
                    cp -= 0xFEE0; // fullwidth ASCII
                    changed = true;
                }
                int at = sb.length();
                sb.appendCodePoint(cp);
                for (int k = at; k < sb.length(); k++) {
                    starts[k] = i;
                    ends[k] = i + len;
                }
            }
            i += len;
        }
        return changed ? new Cleaned(sb.toString(), starts, ends) : null;
    }

    /** The payload with its span mapped from the cleaned text to the original. */
    Payload toOriginal(Payload p) {
        int start = p.start() < text.length() ? starts[p.start()] : ends[text.length() - 1];
        int end = p.end() > 0 ? ends[p.end() - 1] : start;
        return new Payload(p.kind(), start, Math.max(start, end), p.text());
    }
}
