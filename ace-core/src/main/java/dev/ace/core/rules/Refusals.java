package dev.ace.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a model's answer that refuse ("I can't help you culture anthrax"). A refusal restates
 * the request it declines, so rule hits inside it are not violations: the rule detector ignores them
 * when it inspects answers, and a learned model scores an answer {@linkplain #without without them}. Works on
 * normalised (lower-case) text.
 */
public final class Refusals {
    private static final String[] MARKERS = {
            "i can't", "i can’t", "i cant ", "i cannot", "i can not", "i won't", "i won’t", "i will not",
            "i'm not able to", "i’m not able to", "i am not able to", "i'm unable to", "i’m unable to",
            "i am unable to", "i must decline", "i have to decline", "i refuse", "i'm sorry, but", "i’m sorry, but",
            "i am sorry, but", "i apologize, but", "i'd rather not", "can't help with", "cannot help with",
            "can't assist with", "cannot assist with", "not able to help", "won't help", "will not help",
            "won't provide", "will not provide", "cannot provide", "can't provide", "not going to help",
            "not going to provide"};

    private final List<int[]> spans;

    private Refusals(List<int[]> spans) {
        this.spans = spans;
    }

    /** The refusing sentences of {@code text}. */
    static Refusals in(String text) {
        List<int[]> spans = new ArrayList<>();
        for (String marker : MARKERS) {
            int from = 0;
            int at;
            while ((at = text.indexOf(marker, from)) >= 0) {
                spans.add(new int[] {sentenceStart(text, at), sentenceEnd(text, at + marker.length())});
                from = at + marker.length();
            }
        }
        return new Refusals(spans);
    }

    /**
     * The answer with its refusing sentences blanked out (each of their characters a space, so offsets into the
     * result are offsets into the answer), for a model that would otherwise score a refusal by the topic it
     * restates; blank when the answer only refuses, the answer itself when it does not refuse.
     */
    public static String without(String text) {
        Refusals r = in(text);
        if (r.spans.isEmpty()) {
            return text;
        }
        char[] kept = text.toCharArray();
        int at = 0;
        while (at < text.length()) {
            int end = sentenceEnd(text, at);
            if (r.covers(at, end)) {
                java.util.Arrays.fill(kept, at, end, ' ');
            }
            at = end;
        }
        return new String(kept);
    }

    /**
     * The opening of an answer a learned model scores: its first {@code maxChars} characters (cut back to the last
     * whitespace before the limit, so no word is cut), {@linkplain #without without} their refusing sentences.
     */
    public static String opening(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return without(text);
        }
        int cut = maxChars;
        while (cut > maxChars / 2 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut <= maxChars / 2) { // no whitespace in the second half: cut at the limit, never inside a surrogate pair
            cut = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        }
        return without(text.substring(0, cut));
    }

    /** True when {@code [start, end)} lies inside a refusing sentence. */
    boolean covers(int start, int end) {
        for (int[] s : spans) {
            if (start >= s[0] && end <= s[1]) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (endsSentence(text.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (endsSentence(text.charAt(i))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }
}
