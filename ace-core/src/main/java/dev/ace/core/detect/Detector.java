package dev.ace.core.detect;

import dev.ace.core.Direction;

/**
 * A source of principle scores. Implementations must be thread-safe and should be pure functions of
 * their input: the cascade caches results per turn content. A detector may throw; the cascade
 * contains it, records the failure and applies each covered principle's failure mode.
 */
public interface Detector {
    DetectorInfo info();

    /** Scores one turn, given every view of it. Scores are in [0, 1], comparable to principle thresholds. */
    DetectorResult detect(DetectionInput input) throws Exception;

    /**
     * Whether this detector judges texts of the given direction. A detector trained on prompts only
     * returns false for {@link Direction#OUTPUT}: the cascade then never calls it on answers, so it
     * neither replaces another detector's scores there nor triggers failure modes.
     */
    default boolean inspects(Direction direction) {
        return true;
    }

    /**
     * Whether this detector judges a prompt against the conversation's system turns ({@link
     * DetectionInput#context()}). The cascade passes that context only to such detectors and then caches their
     * results per turn and context, since the same prompt can be fine under one system prompt and not another.
     */
    default boolean readsContext() {
        return false;
    }
}
