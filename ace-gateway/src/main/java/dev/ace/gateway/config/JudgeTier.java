package dev.ace.gateway.config;

import dev.ace.models.judge.JudgeConfig;

import java.util.Objects;

/**
 * The optional LLM judge ({@code judge:} in the configuration): the last tier of the inspector, called for turns
 * whose score lies within {@code band} of a threshold, and for whole answers (a streamed one as the slower tier).
 */
public record JudgeTier(JudgeConfig config, double band) {
    /** The band the shipped inspector uses when none is given. */
    public static final double DEFAULT_BAND = dev.ace.models.ShippedInspector.Options.DEFAULT.judgeBand();

    public JudgeTier {
        Objects.requireNonNull(config, "config");
        if (!(band >= 0 && band <= 0.5)) {
            throw new IllegalArgumentException("judge band " + band + " is not in [0, 0.5]");
        }
    }
}
