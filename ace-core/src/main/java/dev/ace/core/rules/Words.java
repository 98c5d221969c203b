package dev.ace.core.rules;

import java.util.Arrays;

/** Word boundaries of a text: maximal runs of letters and digits. */
final class Words {
    private int[] starts;
    private int[] ends;
    private int count;

    private Words(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
    }

    static Words of(String text) {
        Words w = new Words(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int s = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            w.add(s, i);
        }
        return w;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    private void add(int s, int e) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = s;
        ends[count] = e;
        count++;
    }

    int count() {
        return count;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }
}
