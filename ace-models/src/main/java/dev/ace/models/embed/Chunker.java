package dev.ace.models.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into overlapping windows of whole words. The bundled tokenizer truncates at 128 word
 * pieces (about 100 English words), so anything after that would be silently ignored; windows of
 * {@value #WINDOW} words overlapping by {@value #OVERLAP} keep every part of a long text in view,
 * and a request cut in two by one window boundary is whole in the next. Windows are short because a
 * mean-pooled embedding is diluted by the benign words around a harmful sentence: with 80-word windows a
 * 17-word harmful request after a gardening preamble scored 0.48, under the line.
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
        List<Chunk> out = new ArrayList<>();
        int stride = WINDOW - OVERLAP;
        for (int first = 0; ; first += stride) {
            int last = Math.min(first + WINDOW, words.size()) - 1;
            int start = words.get(first)[0];
            int end = words.get(last)[1];
            out.add(new Chunk(start, end, text.substring(start, end)));
            if (last == words.size() - 1) {
                return out;
            }
        }
    }

    /** The first window only: what the head is trained on, so training texts cost one embedding each. */
    static Chunk first(String text) {
        return chunks(text).get(0);
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
