package dev.ace.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The most common English words (resource {@code common-words.txt}), looked up by a numeric code
 * of the word so that a scan can test a word and its ROT13 without making strings.
 */
final class CommonWords {
    static final int MAX_LETTERS = 12; // 27^12 fits in a long
    private static final String RESOURCE = "common-words.txt";
    private static final long[] TABLE = table(load(RESOURCE));
    /** A wider English vocabulary (resource {@code english-words.txt}), which {@link Gloss} reads. */
    private static final long[] ENGLISH = table(load("english-words.txt"));

    private CommonWords() {
    }

    /** Whether the word with this {@link #code} is common (an open-addressing probe, no boxing). */
    static boolean contains(long code) {
        return contains(TABLE, code);
    }

    /** Whether the word with this {@link #code} is a common word or in the wider English vocabulary. */
    static boolean english(long code) {
        return contains(TABLE, code) || contains(ENGLISH, code);
    }

    private static boolean contains(long[] table, long code) {
        if (code <= 0) {
            return false;
        }
        int mask = table.length - 1;
        for (int i = slot(code, mask); ; i = (i + 1) & mask) {
            long entry = table[i];
            if (entry == code) {
                return true;
            }
            if (entry == 0) {
                return false;
            }
        }
    }

    /**
     * The code of the ASCII letters {@code s[start, end)} read case-insensitively (base 27, so
     * distinct words have distinct codes); 0 when longer than {@link #MAX_LETTERS} or not all ASCII
     * letters.
     */
    static long code(String s, int start, int end) {
        if (end - start > MAX_LETTERS) {
            return 0;
        }
        long code = 0;
        for (int i = start; i < end; i++) {
            int c = s.charAt(i) | 0x20;
            if (c < 'a' || c > 'z') {
                return 0;
            }
            code = append(code, (char) c);
        }
        return code;
    }

    /** The code of a word extended by one lower-case ASCII letter. */
    static long append(long code, char letter) {
        return code * 27 + (letter - 'a' + 1);
    }

    private static int slot(long code, int mask) {
        long h = code * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static long[] table(long[] codes) {
        int size = Integer.highestOneBit(codes.length * 4);
        long[] table = new long[size];
        int mask = size - 1;
        for (long code : codes) {
            long h = code * 0x9E3779B97F4A7C15L;
            int i = (int) (h >>> 40) & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = code;
        }
        return table;
    }

    private static long[] load(String resource) {
        try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + CommonWords.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::trim)
                    .filter(w -> !w.isEmpty() && !w.startsWith("#"))
                    .mapToLong(w -> code(w, 0, w.length()))
                    .filter(c -> c != 0)
                    .distinct()
                    .sorted()
                    .toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
