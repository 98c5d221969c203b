package dev.ace.models;

import dev.ace.core.Inspector;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.rules.RuleDetector;
import dev.ace.models.linear.LinearModel;
import dev.ace.models.linear.ModelArtifact;
import dev.ace.models.linear.NgramDetector;

import java.time.Duration;

/**
 * The inspector ACE ships: tier {@code fast} (the constitution's rules and the n-gram linear model) sees all
 * traffic. Later tiers are added here as they earn their place on the evaluation.
 */
public final class ShippedInspector {
    /**
     * Budget of one fast-tier detector call. Both detectors take tens of microseconds on a warm JVM; an inline
     * overrun only discards the result (and fails closed principles), so the budget is set to catch pathology,
     * not scheduling noise or a GC pause on a loaded machine (the same value the command line used before).
     */
    public static final Duration FAST_BUDGET = Duration.ofMillis(250);

    private ShippedInspector() {
    }

    /** The default inspector over {@code constitution} with the shipped model. */
    public static Inspector create(Constitution constitution) {
        return create(constitution, ModelArtifact.loadShipped());
    }

    /** The default inspector with another linear model (for {@code ace eval --model DIR}). */
    public static Inspector create(Constitution constitution, LinearModel model) {
        return Cascade.builder(constitution)
                .tier(TierSpec.inline("fast", FAST_BUDGET, 0.0, new RuleDetector(constitution), new NgramDetector(model)))
                .build();
    }
}
