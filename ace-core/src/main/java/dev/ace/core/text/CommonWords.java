package dev.ace.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The most common English words (resource {@code common-words.txt}), looked up by a numeric code
 * of the word so that a scan can test a word and its ROT13 without making strings.
 */
final class CommonWords {
    static final int MAX_LETTERS = 12; // 27^12 fits in a long
    private static final String RESOURCE = "common-words.txt";
    private static final long[] CODES = load();

    private CommonWords() {
    }

    /** Whether the word with this {@link #code} is common. */
    static boolean contains(long code) {
        return code > 0 && Arrays.binarySearch(CODES, code) >= 0;
    }

    /**
     * The code of the ASCII letters {@code s[start, end)} read case-insensitively, ROT13-shifted when
     * {@code rot13}; 0 when longer than {@link #MAX_LETTERS} or not all ASCII letters.
     */
    static long code(CharSequence s, int start, int end, boolean rot13) {
        if (end - start > MAX_LETTERS) {
            return 0;
        }
        long code = 0;
        for (int i = start; i < end; i++) {
            int c = s.charAt(i) | 0x20;
            if (c < 'a' || c > 'z') {
                return 0;
            }
            int letter = c - 'a';
            if (rot13) {
                letter = (letter + 13) % 26;
            }
            code = code * 27 + letter + 1;
        }
        return code;
    }

    private static long[] load() {
        try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + CommonWords.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::trim)
                    .filter(w -> !w.isEmpty() && !w.startsWith("#"))
                    .mapToLong(w -> code(w, 0, w.length(), false))
                    .filter(c -> c != 0)
                    .distinct()
                    .sorted()
                    .toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
