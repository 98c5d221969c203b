package dev.ace.core.detect;

import java.util.List;

/** The signals a detector found in one turn; principles it covers but did not mention scored 0. */
public record DetectorResult(List<Signal> signals) {
    public static final DetectorResult NONE = new DetectorResult(List.of());

    public DetectorResult {
        signals = List.copyOf(signals);
    }
}
