package dev.ace.core.detect;

import java.util.Objects;
import java.util.Set;

/**
 * Who a detector is, for provenance, and how the cascade combines its scores.
 *
 * @param id       stable id, e.g. {@code rules}
 * @param version  version of the detector and its artifact (a model digest, the constitution digest)
 * @param kind     RULE scores are final (kept as the maximum); MODEL and JUDGE scores from a later tier
 *                 replace an earlier tier's for the principles they score, since escalation exists
 *                 because the earlier tier was unsure
 * @param covers   principle ids this detector scores; when it fails these fall back to their failure mode.
 *                 Empty means every principle.
 */
public record DetectorInfo(String id, String version, Kind kind, Set<String> covers) {
    public enum Kind {
        RULE, MODEL, JUDGE
    }

    public DetectorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        covers = Set.copyOf(covers);
    }

    public boolean covers(String principleId) {
        return covers.isEmpty() || covers.contains(principleId);
    }
}
