package dev.ace.core.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the constitution's pattern rules can match without running every pattern at every
 * position. A loop of {@code find()} over dozens of patterns costs about 1.5 µs per character (1-2 ms
 * for a 1 KB prompt: measured), so this index is hand-written for the hot path.
 *
 * <p>At load, each pattern is probed with {@link Matcher#hitEnd()} on every two-character prefix from
 * {@code [a-z0-9 ]}: a prefix is viable when the pattern matches it or wants more input after it. At
 * match time a pattern is tried (with {@code lookingAt}) only at the word starts whose first two
 * characters, then whose first four (probed once per distinct prefix and remembered), are viable for it. Characters outside that alphabet are always treated as viable, so
 * the index never hides a match. Patterns that could start anywhere other than a word start (no
 * leading {@code \b}, or viable on a non-word first character) are run with {@code find()} as before.
 */
final class PatternIndex {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 ";
    private static final int SIZE = ALPHABET.length();
    /** Non-word characters a pattern is probed with; a pattern viable on any of them may start anywhere. */
    private static final char[] NON_WORD = {' ', '.', ',', '-', '"', '\'', '(', '!', '?', ':', '\n', '\u00e9', '\u0436',
        '\u00df', '\u4f60', '\u00a0'};

    private final Pattern[] patterns;
    /** viable[first * SIZE + second] = patterns that can start with those two characters. */
    private final BitSet[] viable = new BitSet[SIZE * SIZE];
    /** viableAlone[first] = patterns that can match, or go on, after a lone first character. */
    private final BitSet[] viableAlone = new BitSet[SIZE];
    private final BitSet wordStart = new BitSet();
    private final BitSet anywhere = new BitSet();
    /** For a pattern that may start anywhere: the ASCII characters it can start with; null: run find(). */
    private final boolean[][] firstChars;
    /**
     * Patterns viable for a word's first {@value #PREFIX} characters (or the whole word and the character
     * after it, when shorter), probed on first sight and kept; bounded, so unusual input costs probes,
     * never memory.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, BitSet> byPrefix = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PREFIX = 4;
    private static final int MAX_PREFIXES = 50_000;

    PatternIndex(List<Pattern> patterns) {
        this.patterns = patterns.toArray(Pattern[]::new);
        this.firstChars = new boolean[this.patterns.length][];
        for (int i = 0; i < viable.length; i++) {
            viable[i] = new BitSet();
        }
        for (int i = 0; i < SIZE; i++) {
            viableAlone[i] = new BitSet();
        }
        for (int p = 0; p < this.patterns.length; p++) {
            Pattern pattern = this.patterns[p];
            if (!pattern.pattern().startsWith("\\b") || !pattern.pattern().chars().allMatch(c -> c < 128)
                    || viableOnNonWord(pattern)) {
                anywhere.set(p);
                firstChars[p] = firstChars(pattern);
                continue;
            }
            wordStart.set(p);
            for (int a = 0; a < SIZE; a++) {
                viableAlone[a].set(p, viable(pattern, String.valueOf(ALPHABET.charAt(a))));
                for (int b = 0; b < SIZE; b++) {
                    viable[a * SIZE + b].set(p, viable(pattern, "" + ALPHABET.charAt(a) + ALPHABET.charAt(b)));
                }
            }
        }
    }

    private static boolean viable(Pattern pattern, String prefix) {
        Matcher m = pattern.matcher(prefix);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * The ASCII characters a match of {@code pattern} can start with, when that is knowable by probing:
     * null when it starts with a look-behind, can match the empty string or can start with a non-ASCII
     * character (then it runs with {@code find()}).
     */
    private static boolean[] firstChars(Pattern pattern) {
        if (pattern.pattern().startsWith("(?<") || pattern.matcher("").lookingAt()) {
            return null;
        }
        for (char c : new char[] {'\u00e9', '\u0436', '\u00df', '\u4f60', '\u00a0', '\u2014', '\u201c'}) {
            if (viable(pattern, String.valueOf(c))) {
                return null;
            }
        }
        boolean[] first = new boolean[128];
        for (char c = 0; c < 128; c++) {
            first[c] = viable(pattern, String.valueOf(c));
        }
        return first;
    }

    private static boolean viableOnNonWord(Pattern pattern) {
        for (char c : NON_WORD) {
            if (viable(pattern, String.valueOf(c))) {
                return true;
            }
        }
        return false;
    }

    /** A match of pattern {@code index} over {@code [start, end)}. */
    record Match(int index, int start, int end) {
    }

    /** The first match of each pattern that matches {@code text}. */
    List<Match> match(String text) {
        List<Match> out = new ArrayList<>();
        BitSet done = new BitSet();
        Matcher[] matchers = new Matcher[patterns.length];
        int n = text.length();
        for (int p = anywhere.nextSetBit(0); p >= 0; p = anywhere.nextSetBit(p + 1)) {
            Matcher m = patterns[p].matcher(text);
            if (firstChars[p] == null ? m.find() : findFrom(m, firstChars[p], text)) {
                out.add(new Match(p, m.start(), m.end()));
            }
            done.set(p);
        }
        for (int i = 0; i < n; i++) {
            if (!isWordChar(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            BitSet candidates = candidates(text, i);
            for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                if (done.get(p)) {
                    continue;
                }
                Matcher m = matchers[p] == null ? matchers[p] = patterns[p].matcher(text).useTransparentBounds(true)
                        .useAnchoringBounds(false) : matchers[p];
                m.region(i, n);
                if (m.lookingAt()) {
                    out.add(new Match(p, m.start(), m.end()));
                    done.set(p);
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.index(), y.index()));
        return out;
    }

    /** find(), trying only the positions whose character can start a match (leftmost match, like find()). */
    private static boolean findFrom(Matcher m, boolean[] first, String text) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && first[c]) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private BitSet candidates(String text, int i) {
        BitSet two = twoCharCandidates(text, i);
        if (two.isEmpty()) {
            return two;
        }
        int end = Math.min(text.length(), i + PREFIX);
        for (int j = i + 1; j < end; j++) {
            if (!isWordChar(text.charAt(j))) {
                end = j + 1; // a short word: include the character after it
                break;
            }
        }
        String prefix = text.substring(i, end);
        BitSet known = byPrefix.get(prefix);
        if (known != null) {
            return known;
        }
        BitSet probed = new BitSet();
        for (int p = two.nextSetBit(0); p >= 0; p = two.nextSetBit(p + 1)) {
            if (!wordStart.get(p) || viable(patterns[p], prefix)) {
                probed.set(p);
            }
        }
        if (byPrefix.size() < MAX_PREFIXES) {
            byPrefix.put(prefix, probed);
        }
        return probed;
    }

    private BitSet twoCharCandidates(String text, int i) {
        int a = ALPHABET.indexOf(text.charAt(i));
        if (a < 0 || a == SIZE - 1) {
            return wordStart;
        }
        if (i + 1 >= text.length()) {
            return viableAlone[a];
        }
        int b = ALPHABET.indexOf(text.charAt(i + 1));
        return b < 0 ? wordStart : viable[a * SIZE + b];
    }

    /** A word character as {@code \b} sees it (ASCII since JDK 19, without UNICODE_CHARACTER_CLASS). */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
