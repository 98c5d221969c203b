package dev.ace.core.detect;

import dev.ace.core.Evidence;

import java.util.Objects;

/** A detector's score for one principle, with where it saw it. */
public record Signal(String principleId, double score, Evidence evidence) {
    public Signal {
        Objects.requireNonNull(principleId, "principleId");
        Objects.requireNonNull(evidence, "evidence");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score " + score + " for " + principleId + " is not in [0, 1]");
        }
    }
}
