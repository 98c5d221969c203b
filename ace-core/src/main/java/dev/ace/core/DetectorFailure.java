package dev.ace.core;

import java.time.Duration;

/**
 * A detector that threw, gave no answer within its tier's latency budget, or answered late. When it
 * gave no answer (THREW, TIMED_OUT) the principles it covers fall back to their failure mode:
 * fail-closed ones become findings, fail-open ones pass. A late answer (OVERRAN, inline tiers only) is
 * used and the overrun recorded.
 */
public record DetectorFailure(String detectorId, String detectorVersion, String tier, Kind kind,
                              String message, Duration elapsed) {
    public enum Kind {
        /** The detector threw: no answer. */
        THREW,
        /** An isolated detector gave no answer within the budget and was abandoned. */
        TIMED_OUT,
        /** An inline detector answered, but after the budget; its answer was used. */
        OVERRAN;

        /** True when the detector gave no answer, so failure modes apply. */
        public boolean unanswered() {
            return this != OVERRAN;
        }
    }
}
