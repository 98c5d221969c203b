package dev.ace.models.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the head's raw probabilities into calibrated principle scores. Each principle output is mapped
 * through its cut point. The "any unsafe" output is what detects harm the per-principle outputs were never
 * taught (most training prompts carry no category); its calibrated score is attributed to the principle
 * whose own output is relatively strongest, so a detection always cites a principle.
 *
 * <p>Gated (the default): a principle output never scores above the "any unsafe" output, so the head flags
 * exactly the texts "any unsafe" flags and the principle outputs only choose which principle to cite.
 * Measured leave-one-file-out on the training files and on the measurement-only sets, ungated per-principle
 * outputs (each cut at 1% FPR, trained on 10 to 130 positives for most principles) added their false
 * positives up: 41% on phtest and 42% on awesome_chatgpt_prompts against 2% to 20% gated; see docs/judge.md.
 */
final class HeadScorer {
    private final EmbeddingHead head;
    private final Calibration[] calibrations;
    private final int any;
    private final boolean gated;

    HeadScorer(EmbeddingHead head) {
        this(head, true);
    }

    HeadScorer(EmbeddingHead head, boolean gated) {
        this.head = head;
        this.gated = gated;
        List<HeadManifest.Output> outputs = head.outputs();
        this.calibrations = new Calibration[outputs.size()];
        int anyIndex = -1;
        for (int o = 0; o < outputs.size(); o++) {
            calibrations[o] = Calibration.probability(outputs.get(o).cut());
            if (outputs.get(o).id().equals(EmbeddingHead.ANY)) {
                anyIndex = o;
            }
        }
        this.any = anyIndex;
    }

    EmbeddingHead head() {
        return head;
    }

    /** Calibrated scores per principle id (never {@link EmbeddingHead#ANY}), in output order. */
    Map<String, Double> scores(float[] embedding) {
        return scores(head.probabilities(embedding));
    }

    /** As {@link #scores(float[])}, from raw probabilities in output order. */
    Map<String, Double> scores(double[] p) {
        Map<String, Double> out = new LinkedHashMap<>();
        String strongest = null;
        double best = -1;
        double anyScore = any >= 0 ? calibrations[any].apply(p[any]) : 1.0;
        for (int o = 0; o < p.length; o++) {
            if (o == any) {
                continue;
            }
            double s = calibrations[o].apply(p[o]);
            if (gated) {
                s = Math.min(s, anyScore);
            }
            out.put(head.outputs().get(o).id(), s);
            if (s > best) {
                best = s;
                strongest = head.outputs().get(o).id();
            }
        }
        if (any >= 0 && strongest != null) {
            out.merge(strongest, anyScore, Math::max);
        }
        return out;
    }

    /** The calibrated "any unsafe" score, or -1 if the head has no such output. */
    double anyScore(float[] embedding) {
        return any < 0 ? -1 : calibrations[any].apply(head.probabilities(embedding)[any]);
    }
}
