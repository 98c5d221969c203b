package dev.ace.core.text;

import dev.ace.core.Evidence;
import dev.ace.core.Role;

import java.util.List;

/**
 * One readable form of a turn that detectors inspect: the normalised text of the turn as written,
 * or of a payload decoded out of it. Offsets in {@link #text()} map back to the turn's original text
 * through {@link #evidence(int, int)}.
 *
 * @param turnIndex  the turn this view was made from
 * @param role       who wrote the turn
 * @param text       the normalised text (NFKC, lower case, confusables folded, invisible characters removed)
 * @param decodings  the decodings applied to reach this text, outermost first; empty for the turn as written
 * @param offsets    maps each char index of {@code text} to the original turn text
 */
public record TextView(int turnIndex, Role role, String text, List<String> decodings, OffsetMap offsets) {
    public TextView {
        decodings = List.copyOf(decodings);
    }

    /** The evidence for the half-open range {@code [start, end)} of {@link #text()}. */
    public Evidence evidence(int start, int end) {
        return new Evidence(turnIndex, offsets.originalStart(start), offsets.originalEnd(end), decodings);
    }

    public boolean decoded() {
        return !decodings.isEmpty();
    }
}
