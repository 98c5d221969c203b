package dev.ace.models.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into windows of whole words. The bundled tokenizer truncates at 128 word pieces (about 100
 * English words), so anything after that would be silently ignored; and a mean-pooled embedding is
 * diluted by the benign words around a short harmful sentence (with 80-word windows a 17-word harmful
 * request after a gardening preamble scored 0.48, with 40-word windows cut at fixed strides 0.39).
 * So a window starts at every sentence and takes whole following sentences up to {@value #WINDOW} words;
 * a sentence longer than that is cut into word windows overlapping by {@value #OVERLAP}. Every sentence
 * is thus at the start of a window, never after unrelated text. A text of at most {@value #WINDOW} words
 * is one window; a longer one costs about one embedding per sentence.
 */
final class Chunker {
    static final int WINDOW = 40;
    static final int OVERLAP = 12;

    /** A window of the text: the half-open character span {@code [start, end)} and its text. */
    record Chunk(int start, int end, String text) {
    }

    private Chunker() {
    }

    /** The windows of {@code text}, in order; one chunk for a short or blank text. */
    static List<Chunk> chunks(String text) {
        List<int[]> words = words(text);
        if (words.size() <= WINDOW) {
            return List.of(new Chunk(0, text.length(), text));
        }
        boolean[] sentenceStart = sentenceStarts(text, words);
        List<Chunk> out = new ArrayList<>();
        int stride = WINDOW - OVERLAP;
        for (int s = 0; s < words.size(); s++) {
            int intoSentence = s - lastStart(sentenceStart, s);
            if (!sentenceStart[s] && intoSentence % stride != 0) {
                continue;
            }
            int end = end(sentenceStart, s, words.size());
            int from = words.get(s)[0];
            int to = words.get(end - 1)[1];
            out.add(new Chunk(from, to, text.substring(from, to)));
        }
        return out;
    }

    /**
     * The training unit: the text's first {@value #WINDOW} words. Short texts (most prompts) are whole and
     * identical to what {@link #chunks} serves; longer ones are trained on their opening.
     */
    static Chunk first(String text) {
        List<int[]> words = words(text);
        if (words.size() <= WINDOW) {
            return new Chunk(0, text.length(), text);
        }
        int end = words.get(WINDOW - 1)[1];
        return new Chunk(words.get(0)[0], end, text.substring(words.get(0)[0], end));
    }

    /** One past the last word of the window starting at word {@code s}: whole sentences up to WINDOW words. */
    private static int end(boolean[] sentenceStart, int s, int n) {
        int limit = Math.min(n, s + WINDOW);
        if (limit == n) {
            return n;
        }
        for (int e = limit; e > s; e--) {
            if (sentenceStart[e]) {
                return e;
            }
        }
        return limit;
    }

    private static int lastStart(boolean[] sentenceStart, int s) {
        for (int i = s; i > 0; i--) {
            if (sentenceStart[i]) {
                return i;
            }
        }
        return 0;
    }

    /** A word starts a sentence when it is first, or the word before ends in . ! ? or a line break separates them. */
    private static boolean[] sentenceStarts(String text, List<int[]> words) {
        boolean[] out = new boolean[words.size() + 1];
        out[0] = true;
        out[words.size()] = true;
        for (int i = 1; i < words.size(); i++) {
            int prevEnd = words.get(i - 1)[1];
            char last = text.charAt(prevEnd - 1);
            boolean newline = text.substring(prevEnd, words.get(i)[0]).indexOf('\n') >= 0;
            out[i] = last == '.' || last == '!' || last == '?' || newline;
        }
        return out;
    }

    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
