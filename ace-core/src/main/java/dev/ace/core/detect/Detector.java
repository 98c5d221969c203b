package dev.ace.core.detect;

/**
 * A source of principle scores. Implementations must be thread-safe and should be pure functions of
 * their input: the cascade caches results per turn content. A detector may throw; the cascade
 * contains it, records the failure and applies each covered principle's failure mode.
 */
public interface Detector {
    DetectorInfo info();

    /** Scores one turn, given every view of it. Scores are in [0, 1], comparable to principle thresholds. */
    DetectorResult detect(DetectionInput input) throws Exception;
}
