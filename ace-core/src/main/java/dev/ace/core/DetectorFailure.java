package dev.ace.core;

import java.time.Duration;

/**
 * A detector that threw or overran its tier's latency budget. The principles it covers fall back
 * to their failure mode: fail-closed ones become findings, fail-open ones pass.
 */
public record DetectorFailure(String detectorId, String detectorVersion, String tier, Kind kind,
                              String message, Duration elapsed) {
    public enum Kind {
        THREW, TIMED_OUT
    }
}
