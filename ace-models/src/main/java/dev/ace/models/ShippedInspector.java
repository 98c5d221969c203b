package dev.ace.models;

import dev.ace.core.Inspector;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.detect.Detector;
import dev.ace.core.rules.RuleDetector;
import dev.ace.core.rules.SecretRequestDetector;
import dev.ace.models.embed.EmbeddingDetector;
import dev.ace.models.judge.JudgeConfig;
import dev.ace.models.judge.LlamaGuardJudge;
import dev.ace.models.linear.LinearModel;
import dev.ace.models.linear.ModelArtifact;
import dev.ace.models.linear.NgramDetector;

import java.time.Duration;
import java.util.Optional;

/**
 * The inspector ACE ships. Tier {@code fast} (the constitution's rules, the system-prompt secret check
 * {@link SecretRequestDetector} and the n-gram linear model) sees all traffic; tier {@code embedding} (in-process MiniLM) sees the turns on which some principle's fast score lies
 * within the band of its threshold (twice as wide for critical principles) and, as a confirming tier, every
 * turn the fast tier flags, so clearly benign traffic never pays for it; tier {@code judge} (an external LLM)
 * runs only when configured. On the turns the embedding tier sees, its model score is a blend of the MiniLM
 * and n-gram scores (see {@link Options#DEFAULT} for the measurement that chose this policy).
 *
 * <p>Model answers are scored by the same tiers: the rules read all of an answer, the learned tiers its opening
 * ({@link NgramDetector#ANSWER_OPENING}) without its refusing sentences, the embedding tier blending its similarity
 * to the constitution's examples with the n-gram score ({@link Options#answerWeight()}); a gateway judges the
 * windows of a streamed answer with {@link Inspectors#streamWindows()}, which leaves answers to the rules.
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
     * @param embeddingConfirms whether the embedding tier also sees, and may overturn, every turn the fast
     *                        tier flags
     * @param embeddingWeight the embedding score's share, in (0, 1], of the model score on the turns the
     *                        embedding tier sees; the rest is the n-gram model's (1 = the embedding's alone)
     * @param answerWeight    the same share for model answers (1: the embedding's example similarity alone)
     * @param judge           the LLM judge, when one is configured
     * @param judgeBand       the judge's escalation band
     */
    public record Options(boolean embedding, double embeddingBand, Duration embeddingBudget,
                          boolean embeddingConfirms, double embeddingWeight, double answerWeight,
                          Optional<JudgeConfig> judge, double judgeBand) {
        /**
         * The defaults: band 0.15 (fast scores in (0.35, 0.65), (0.2, 0.8) for critical principles, go to the
         * embedding tier), confirming, weight 0.6. Chosen by {@code ace eval} over dev-only and six training
         * files (docs/model-card.md) as the best of eight policies on (mean recall over four harmful sets +
         * 1 - mean FPR over six benign sets) / 2: letting the embedding replace fast positives (weight 1)
         * halves the false positives on PHTest but loses 14 points of recall on MaliciousInstruct and 55 on
         * HarmBench; a blend keeps recall and still removes much of the fast tier's false positives. A wider
         * band (0.25) sends every turn to the embedding tier for no gain. With the one-hidden-layer head
         * (docs/judge.md) the blend was measured again on the held-out group: weights 0.4, 0.5, 0.6 and 0.7
         * gave balanced scores 0.802, 0.814, 0.816 and 0.813; 0.6 keeps most of the recall and cuts PHTest
         * false positives from 17.5 % to 12.9 %. For answers the weight is 0.8: on the project's calibration answers
         * ({@code data/answers-calibration/}: 300 benign, 200 compliant harmful) weights 1, 0.9, 0.8, 0.7 and 0.6
         * flagged 2.7, 2.0, 3.0, 6.3 and 7.0 % of the benign and caught 36, 40, 46.5, 52 and 56 % of the harmful;
         * 0.8 is the largest recall within a 3 % false-positive rate.
         */
        public static final Options DEFAULT = new Options(true, 0.15, Duration.ofMillis(500), true, 0.6,
                0.8, Optional.empty(), 0.1);

        public Options {
            if (!(embeddingWeight > 0 && embeddingWeight <= 1)) {
                throw new IllegalArgumentException("embedding weight " + embeddingWeight + " is not in (0, 1]");
            }
            if (!(answerWeight > 0 && answerWeight <= 1)) {
                throw new IllegalArgumentException("answer weight " + answerWeight + " is not in (0, 1]");
            }
        }

        public Options withoutEmbedding() {
            return new Options(false, embeddingBand, embeddingBudget, embeddingConfirms, embeddingWeight, answerWeight, judge, judgeBand);
        }

        public Options withEmbeddingBand(double band) {
            return new Options(embedding, band, embeddingBudget, embeddingConfirms, embeddingWeight, answerWeight, judge, judgeBand);
        }

        /** Whether the embedding tier also sees (and may overturn) every turn the fast tier flags. */
        public Options withEmbeddingConfirms(boolean confirms) {
            return new Options(embedding, embeddingBand, embeddingBudget, confirms, embeddingWeight, answerWeight, judge, judgeBand);
        }

        /**
         * The embedding score's share when the embedding tier scores a turn: 1 replaces the fast model's score,
         * below 1 blends the two ({@code w * embedding + (1 - w) * fast model}).
         */
        public Options withEmbeddingWeight(double weight) {
            return new Options(embedding, embeddingBand, embeddingBudget, embeddingConfirms, weight, answerWeight, judge, judgeBand);
        }

        /** The embedding score's share when the embedding tier scores a model answer (1: its score alone). */
        public Options withAnswerWeight(double weight) {
            return new Options(embedding, embeddingBand, embeddingBudget, embeddingConfirms, embeddingWeight, weight,
                    judge, judgeBand);
        }

        public Options withJudge(JudgeConfig config) {
            return new Options(embedding, embeddingBand, embeddingBudget, embeddingConfirms, embeddingWeight,
                    answerWeight, Optional.of(config), judgeBand);
        }

        /** The judge's escalation band: it sees turns whose score lies within this of a threshold. */
        public Options withJudgeBand(double band) {
            return new Options(embedding, embeddingBand, embeddingBudget, embeddingConfirms, embeddingWeight,
                    answerWeight, judge, band);
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
        return cascade(constitution, new NgramDetector(model).scoringAnswers(),
                options.embedding() ? EmbeddingDetector.loadDefault(constitution) : null,
                options.judge().map(cfg -> LlamaGuardJudge.create(cfg, constitution)).orElse(null), options);
    }

    /**
     * The shipped inspector ({@link Inspectors#whole()}) and its twin for the windows of a streamed answer
     * ({@link Inspectors#streamWindows()}), over one copy of the models.
     */
    public static Inspectors createForStreams(Constitution constitution) {
        return createForStreams(constitution, ModelArtifact.loadShipped(), Options.DEFAULT);
    }

    public static Inspectors createForStreams(Constitution constitution, LinearModel model, Options options) {
        NgramDetector prompts = new NgramDetector(model);
        EmbeddingDetector embedding = options.embedding() ? EmbeddingDetector.loadDefault(constitution) : null;
        LlamaGuardJudge judge = options.judge().map(cfg -> LlamaGuardJudge.create(cfg, constitution)).orElse(null);
        // no judge on the windows of a stream: a network call per chunk; the whole answer goes to it as the slower tier
        return new Inspectors(cascade(constitution, prompts.scoringAnswers(), embedding, judge, options),
                cascade(constitution, prompts, embedding, null, options));
    }

    private static Inspector cascade(Constitution constitution, NgramDetector ngram, EmbeddingDetector embedding,
                                     LlamaGuardJudge judge, Options options) {
        Cascade.Builder b = Cascade.builder(constitution)
                .tier(TierSpec.inline("fast", FAST_BUDGET, 0.0, new RuleDetector(constitution),
                        new SecretRequestDetector(constitution), ngram));
        if (embedding != null) {
            Detector second = options.embeddingWeight() < 1 || options.answerWeight() < 1
                    ? new EnsembleDetector(ngram, embedding, options.embeddingWeight(), options.answerWeight()) : embedding;
            TierSpec tier = TierSpec.inline("embedding", options.embeddingBudget(), options.embeddingBand(), second);
            b.tier(options.embeddingConfirms() ? tier.confirming() : tier);
        }
        if (judge != null) {
            b.tier(TierSpec.isolated("judge", options.judge().orElseThrow().worstCase(), options.judgeBand(), judge));
        }
        return b.build();
    }

    /**
     * The two inspectors a gateway needs.
     *
     * @param whole         prompts and whole answers, as {@link #create} builds it: the learned tiers score an
     *                      answer's opening, without its refusing sentences ({@link NgramDetector})
     * @param streamWindows the windows of an answer while it streams: the same tiers on prompts, but answers are
     *                      left to the rules, since a learned model judging every window of a long benign answer
     *                      halted one in four (docs/model-card.md, "Answers"); a streamed answer is judged whole
     *                      by {@code whole} as the slower tier, at growing lengths and when it ends
     */
    public record Inspectors(Inspector whole, Inspector streamWindows) {
    }
}
