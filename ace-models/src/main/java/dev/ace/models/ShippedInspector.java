package dev.ace.models;

import dev.ace.core.Inspector;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.rules.RuleDetector;
import dev.ace.models.embed.EmbeddingDetector;
import dev.ace.models.judge.JudgeConfig;
import dev.ace.models.judge.LlamaGuardJudge;
import dev.ace.models.linear.LinearModel;
import dev.ace.models.linear.ModelArtifact;
import dev.ace.models.linear.NgramDetector;

import java.time.Duration;
import java.util.Optional;

/**
 * The inspector ACE ships. Tier {@code fast} (the constitution's rules and the n-gram linear model) sees all
 * traffic; tier {@code embedding} (in-process MiniLM) sees only turns on which some principle's fast score lies
 * within the band of its threshold (twice as wide for critical principles), so clearly benign and clearly
 * unsafe traffic never pays for it; tier {@code judge} (an external LLM) runs only when configured.
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

    /**
     * Which tiers to build.
     *
     * @param embedding       whether to add the embedding tier
     * @param embeddingBand   its escalation band around each threshold (doubled for critical principles)
     * @param embeddingBudget budget of one embedding call (inline: an overrun discards the result)
     * @param judge           the LLM judge, when one is configured
     * @param judgeBand       the judge's escalation band
     */
    public record Options(boolean embedding, double embeddingBand, Duration embeddingBudget,
                          Optional<JudgeConfig> judge, double judgeBand) {
        /**
         * The defaults. Band 0.15: on the calibrated scale (0.5 = the cut for the target false-positive rate)
         * this escalates fast scores in (0.35, 0.65), and (0.2, 0.8) for critical principles; wider bands send
         * most benign traffic that mentions a critical topic to the embedding tier.
         */
        public static final Options DEFAULT = new Options(true, 0.15, Duration.ofMillis(500), Optional.empty(), 0.1);

        public Options withoutEmbedding() {
            return new Options(false, embeddingBand, embeddingBudget, judge, judgeBand);
        }

        public Options withEmbeddingBand(double band) {
            return new Options(embedding, band, embeddingBudget, judge, judgeBand);
        }

        public Options withJudge(JudgeConfig config) {
            return new Options(embedding, embeddingBand, embeddingBudget, Optional.of(config), judgeBand);
        }
    }

    /** The default inspector over {@code constitution} with the shipped models. */
    public static Inspector create(Constitution constitution) {
        return create(constitution, ModelArtifact.loadShipped(), Options.DEFAULT);
    }

    /** The default inspector with another linear model (for {@code ace eval --model DIR}). */
    public static Inspector create(Constitution constitution, LinearModel model) {
        return create(constitution, model, Options.DEFAULT);
    }

    public static Inspector create(Constitution constitution, LinearModel model, Options options) {
        Cascade.Builder b = Cascade.builder(constitution)
                .tier(TierSpec.inline("fast", FAST_BUDGET, 0.0, new RuleDetector(constitution), new NgramDetector(model)));
        if (options.embedding()) {
            b.tier(TierSpec.inline("embedding", options.embeddingBudget(), options.embeddingBand(),
                    EmbeddingDetector.loadDefault(constitution)));
        }
        options.judge().ifPresent(cfg -> b.tier(TierSpec.isolated("judge", cfg.timeout(), options.judgeBand(),
                LlamaGuardJudge.create(cfg, constitution))));
        return b.build();
    }
}
