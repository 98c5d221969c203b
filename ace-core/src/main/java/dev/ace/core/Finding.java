package dev.ace.core;

import java.util.Objects;

/**
 * One principle that scored at or above its threshold (or that a failed detector could not clear
 * under a fail-closed principle), with the detector that said so and where it looked.
 */
public record Finding(String principleId, double score, double threshold, Action action,
                      String detectorId, String detectorVersion, Evidence evidence, Basis basis) {
    /** Why the finding exists. */
    public enum Basis {
        /** A detector scored the principle at or above its threshold. */
        SCORE,
        /** A detector covering a fail-closed principle threw or overran, so the principle's action applies. */
        FAIL_CLOSED
    }

    public Finding {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(principleId, "principleId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detectorId, "detectorId");
        Objects.requireNonNull(detectorVersion, "detectorVersion");
    }
}
