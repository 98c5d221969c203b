package dev.ace.core;

import java.util.List;

/**
 * Where a finding was seen: the turn, the half-open character span {@code [start, end)} in that
 * turn's original text, and the decodings that had to be undone to see it (outermost first, for
 * example {@code ["base64"]}); empty when the text was read as written.
 */
public record Evidence(int turnIndex, int start, int end, List<String> decodings) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        decodings = List.copyOf(decodings);
    }

    public boolean decoded() {
        return !decodings.isEmpty();
    }

    /** The evidence text, cut from the original turn. */
    public String excerpt(Conversation conversation) {
        String text = conversation.turns().get(turnIndex).text();
        return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
    }
}
