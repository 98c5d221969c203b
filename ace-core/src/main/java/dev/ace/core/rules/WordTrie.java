package dev.ace.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie over lexicon terms, matched word by word. Terms are lower-case words separated by
 * single spaces; a trailing {@code *} accepts any ending of the last word. Matching starts at each
 * word of the text and walks forward, so one pass over the words finds every term (a term is at most
 * a few words long, so the walk from each word is short).
 *
 * <p>Hand-written because the JDK has no multi-pattern matcher and a loop of regular expressions
 * costs a pass per pattern; the trie is the hot path of every request.
 */
final class WordTrie {
    /** A term id with its owning (principle, lexicon) slot. */
    record Hit(int slot, int firstWord, int lastWord) {
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] next = new Node[0];
        int[] wordEndSlots = new int[0];   // slots of terms that end exactly at a word end here
        int[] prefixSlots = new int[0];    // slots of '*' terms whose prefix ends here

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return next[i];
                }
            }
            return null;
        }

        Node addChild(char c) {
            Node n = child(c);
            if (n != null) {
                return n;
            }
            n = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            next = Arrays.copyOf(next, next.length + 1);
            keys[keys.length - 1] = c;
            next[next.length - 1] = n;
            return n;
        }
    }

    private final Node root = new Node();

    /** Adds a term (lower case, words separated by whitespace) for a slot. */
    void add(String term, int slot) {
        String t = term.trim().replaceAll("\\s+", " ");
        boolean prefix = t.endsWith("*");
        if (prefix) {
            t = t.substring(0, t.length() - 1);
        }
        Node n = root;
        for (int i = 0; i < t.length(); i++) {
            n = n.addChild(t.charAt(i));
        }
        if (prefix) {
            n.prefixSlots = append(n.prefixSlots, slot);
        } else {
            n.wordEndSlots = append(n.wordEndSlots, slot);
        }
    }

    /** Every term occurrence in the tokenised text. */
    List<Hit> match(String text, Words words) {
        List<Hit> hits = new ArrayList<>();
        int count = words.count();
        for (int w = 0; w < count; w++) {
            Node n = root;
            int word = w;
            int i = words.start(word);
            while (n != null) {
                int end = words.end(word);
                if (i < end) {
                    n = n.child(text.charAt(i));
                    i++;
                    if (n != null && n.prefixSlots.length > 0) {
                        for (int slot : n.prefixSlots) {
                            hits.add(new Hit(slot, w, word));
                        }
                    }
                    continue;
                }
                // at a word end
                for (int slot : n.wordEndSlots) {
                    hits.add(new Hit(slot, w, word));
                }
                if (word + 1 >= count) {
                    break;
                }
                n = n.child(' ');
                word++;
                i = words.start(word);
            }
        }
        return hits;
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
