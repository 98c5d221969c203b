package dev.ace.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the payloads found in one text under a shared budget of decoded chars and payloads, so
 * that decoding any input, however nested or repetitive, does bounded work.
 */
final class Found {
    private final Budget budget;
    private List<Payload> payloads = List.of();

    /** What all decoding of one turn may still produce. */
    static final class Budget {
        static final int MAX_DEPTH = 3;
        static final int MAX_DECODED_CHARS = 64 * 1024;
        static final int MAX_PAYLOADS = 64;
        private int chars = MAX_DECODED_CHARS;
        private int payloads = MAX_PAYLOADS;

        boolean exhausted() {
            return chars <= 0 || payloads <= 0;
        }

        /** Whether a run of this many encoded chars may still be decoded. */
        boolean allows(int encodedChars) {
            return !exhausted() && encodedChars <= MAX_DECODED_CHARS * 4;
        }

        boolean take(int decodedChars) {
            if (exhausted() || decodedChars > chars) {
                return false;
            }
            chars -= decodedChars;
            payloads--;
            return true;
        }
    }

    Found(Budget budget) {
        this.budget = budget;
    }

    boolean full() {
        return budget.exhausted();
    }

    boolean allows(int encodedChars) {
        return budget.allows(encodedChars);
    }

    /** Adds a payload if it is new text and the budget allows it. */
    void add(String kind, int start, int end, String text, String encoded) {
        if (text.isEmpty() || text.equals(encoded) || !budget.take(text.length())) {
            return;
        }
        if (payloads.isEmpty()) {
            payloads = new ArrayList<>(2);
        }
        payloads.add(new Payload(kind, start, end, text));
    }

    List<Payload> inOrder() {
        if (payloads.size() > 1) {
            payloads.sort(Comparator.comparingInt(Payload::start));
        }
        return payloads;
    }
}
