package dev.ace.core;

import java.time.Duration;
import java.util.List;

/** A cascade tier: whether it ran, which detectors it holds, and how long it took. */
public record TierReport(String tier, Status status, List<String> detectors, Duration latency) {
    public enum Status {
        /** The tier ran on this request. */
        RAN,
        /** Every principle was already decided, so the tier was not consulted. */
        SKIPPED
    }

    public TierReport {
        detectors = List.copyOf(detectors);
    }

    public boolean ran() {
        return status == Status.RAN;
    }
}
