package dev.ace.core.stream;

import dev.ace.core.Verdict;

import java.util.Objects;

/**
 * A slower tier flagged text that had already been released: the client should withdraw the
 * characters {@code [start, end)} of the answer (offsets count UTF-16 chars of the released text).
 *
 * @param principleId the principle the text crosses
 * @param start       first released character covered by the check that flagged it
 * @param end         end (exclusive) of the released text that check covered
 * @param verdict     the slower tier's verdict
 * @param atNanos     when the retraction was raised, on the inspector's clock
 */
public record Retraction(String principleId, long start, long end, Verdict verdict, long atNanos) {
    public Retraction {
        Objects.requireNonNull(principleId, "principleId");
        Objects.requireNonNull(verdict, "verdict");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
