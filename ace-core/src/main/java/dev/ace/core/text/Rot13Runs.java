package dev.ace.core.text;

/**
 * Finds ROT13 text: a run of words in which ROT13 turns clearly more words into common English
 * words ({@link CommonWords}) than the words already are. A run opens at the first word after the
 * last English word or sentence break, and closes at the next word that is English as written.
 * It is reported when ROT13 made at least {@value #MIN_HITS} common words, and at least one word in
 * {@value #MAX_WORDS_PER_HIT}. Ordinary English breaks runs at almost every word and is never reported.
 */
final class Rot13Runs {
    static final String KIND = "rot13";
    private static final int MIN_HITS = 2;
    private static final int MAX_WORDS_PER_HIT = 4;

    /** Letter index (a = 0) to the code digit of its ROT13 (n = 14). */
    private static final int[] ROT = new int[26];

    static {
        for (int letter = 0; letter < 26; letter++) {
            ROT[letter] = (letter + 13) % 26 + 1;
        }
    }

    private final String s;
    private final Found found;
    private int streakStart = -1;
    private int streakWords;
    private int runStart = -1;
    private int runEnd;
    private int hits;

    private Rot13Runs(String s, Found found) {
        this.s = s;
        this.found = found;
    }

    static void find(String s, Found found) {
        new Rot13Runs(s, found).scan();
    }

    private void scan() {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c)) {
                if (runStart < 0 && isBreak(c)) {
                    streakStart = -1;
                }
                i++;
                continue;
            }
            // The word's code and its ROT13's code, built while reading it (see CommonWords.code).
            int start = i;
            long plainCode = 0;
            long rotCode = 0;
            while (i < n && isAsciiLetter(c = s.charAt(i))) {
                int letter = (c | 0x20) - 'a';
                plainCode = plainCode * 27 + letter + 1;
                rotCode = rotCode * 27 + ROT[letter];
                i++;
            }
            if (i - start > CommonWords.MAX_LETTERS) {
                plainCode = 0;
                rotCode = 0;
            }
            word(start, i, plainCode, rotCode);
        }
        close();
    }

    private void word(int start, int end, long plainCode, long rotCode) {
        boolean plain = CommonWords.contains(plainCode);
        boolean rot = CommonWords.contains(rotCode);
        if (plain && !rot) {
            close();
            streakStart = -1;
            return;
        }
        if (streakStart < 0) {
            streakStart = start;
            streakWords = 0;
        }
        streakWords++;
        if (rot && !plain) {
            if (runStart < 0) {
                runStart = streakStart;
            }
            hits++;
        }
        runEnd = end;
    }

    private void close() {
        if (runStart >= 0 && hits >= MIN_HITS && hits * MAX_WORDS_PER_HIT >= streakWords && found.allows(runEnd - runStart)) {
            String run = s.substring(runStart, runEnd);
            found.add(KIND, runStart, runEnd, rot13(run), run);
        }
        runStart = -1;
        hits = 0;
    }

    static String rot13(String run) {
        char[] out = run.toCharArray();
        for (int k = 0; k < out.length; k++) {
            char c = out[k];
            if (c >= 'a' && c <= 'z') {
                out[k] = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                out[k] = (char) ('A' + (c - 'A' + 13) % 26);
            }
        }
        return new String(out);
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n';
    }
}
