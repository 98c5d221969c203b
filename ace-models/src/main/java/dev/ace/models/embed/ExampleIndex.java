package dev.ace.models.embed;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.Principle;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nearest-example scoring: the constitution's violating and complying examples of each principle,
 * embedded once. A text's raw score for a principle is the margin between its cosine similarity
 * to the nearest violating example ({@code v}) and to the nearest complying one ({@code c}), floored by
 * how close it is to a violating example at all (mean of the top {@value #K}; nearest-one is what lets a
 * close paraphrase of a single example count):
 * {@code raw = min(v - c - MARGIN, v - FLOOR)}, calibrated so that {@code raw = 0} maps to 0.5.
 * A principle added with examples is scored this way at once, before any retraining. Immutable.
 */
final class ExampleIndex {
    static final int K = 1;
    /** How much nearer the violating examples must be than the complying ones. */
    static final double MARGIN = 0.05;
    /** How near a violating example must be at all (paraphrases sit around 0.6 to 0.9, unrelated text below 0.3). */
    static final double FLOOR = 0.55;
    /** Similarity to complying examples assumed when a principle has none. */
    static final double NO_COMPLYING = 0.2;
    private static final Calibration CALIBRATION = new Calibration(-0.5, 0.0, 0.25);

    private record Examples(List<float[]> violating, List<float[]> complying) {
    }

    private final Map<String, Examples> byPrinciple;

    private ExampleIndex(Map<String, Examples> byPrinciple) {
        this.byPrinciple = byPrinciple;
    }

    static ExampleIndex build(Constitution constitution, Encoder encoder) {
        Map<String, Examples> m = new LinkedHashMap<>();
        for (Principle p : constitution.principles()) {
            if (!p.violating().isEmpty()) {
                m.put(p.id(), new Examples(encoder.embedAll(p.violating()), encoder.embedAll(p.complying())));
            }
        }
        return new ExampleIndex(m);
    }

    /** The principles that have violating examples. */
    java.util.Set<String> principles() {
        return byPrinciple.keySet();
    }

    /** Calibrated score per principle with examples. */
    Map<String, Double> scores(float[] embedding) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Examples> e : byPrinciple.entrySet()) {
            out.put(e.getKey(), CALIBRATION.apply(raw(embedding, e.getValue())));
        }
        return out;
    }

    private static double raw(float[] q, Examples ex) {
        double v = meanTopK(q, ex.violating());
        double c = ex.complying().isEmpty() ? NO_COMPLYING : meanTopK(q, ex.complying());
        return Math.min(v - c - MARGIN, v - FLOOR);
    }

    private static double meanTopK(float[] q, List<float[]> examples) {
        double[] sims = new double[examples.size()];
        for (int i = 0; i < sims.length; i++) {
            sims[i] = Encoder.cosine(q, examples.get(i));
        }
        Arrays.sort(sims);
        int k = Math.min(K, sims.length);
        double sum = 0;
        for (int i = sims.length - k; i < sims.length; i++) {
            sum += sims[i];
        }
        return sum / k;
    }
}
