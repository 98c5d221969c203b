package dev.ace.core;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inspector's decision on one request, with everything needed to audit and replay it: the
 * findings, the tiers consulted and their latency, detector failures, the digest of the
 * constitution applied and the engine version.
 */
public record Verdict(Action action, List<Finding> findings, List<TierReport> tiers,
                      List<DetectorFailure> failures, String constitutionDigest, String engineVersion,
                      Duration elapsed) {
    public Verdict {
        findings = List.copyOf(findings);
        tiers = List.copyOf(tiers);
        failures = List.copyOf(failures);
    }

    public boolean flagged() {
        return action.flagged();
    }

    /** The highest score among the findings; 0 when there are none. */
    public double maxScore() {
        return findings.stream().mapToDouble(Finding::score).max().orElse(0.0);
    }

    /** The principles cited, strongest finding first, without repeats. */
    public Set<String> principleIds() {
        Set<String> ids = new LinkedHashSet<>();
        findings.stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(f -> ids.add(f.principleId()));
        return ids;
    }
}
