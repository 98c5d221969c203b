package dev.ace.models.linear;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LinearModelTest {
    private static final int BUCKETS = 1 << 12;

    private static LinearModel randomModel(int outputs, long seed) {
        Random r = new Random(seed);
        List<String> labels = new ArrayList<>();
        labels.add(Labels.ANY);
        for (int i = 1; i < outputs; i++) {
            labels.add("p" + i);
        }
        float[] w = new float[BUCKETS * outputs];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextGaussian();
        }
        float[] bias = new float[outputs];
        double[] cuts = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            bias[o] = (float) r.nextGaussian();
            cuts[o] = 0.5;
        }
        return new LinearModel(labels, BUCKETS, w, bias, cuts, null, "test");
    }

    /** Sums each feature's weights in feature order, one window: what the model means, without the fast path. */
    private static double[] naive(LinearModel m, String text, int from, int to) {
        float[] w = m.weights();
        int k = m.outputs();
        float[] acc = new float[k];
        int n = NgramHasher.hash(text, from, to, BUCKETS - 1, bucket -> {
            for (int o = 0; o < k; o++) {
                acc[o] += w[bucket * k + o];
            }
        });
        double norm = n == 0 ? 0 : 1.0 / Math.sqrt(n);
        double[] p = new double[k];
        for (int o = 0; o < k; o++) {
            p[o] = LinearModel.sigmoid(m.bias()[o] + acc[o] * norm);
        }
        return p;
    }

    private static String text(int length, long seed) {
        String[] words = {"how", "to", "grow", "tomatoes", "synthesise", "nerve", "agent", "at", "home", "Quickly!"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(7) == 0 ? ". " : " ");
        }
        return sb.substring(0, length);
    }

    @Test
    void scoresEqualTheNaiveSumToTheBitForEveryOutputCountAndLength() {
        for (int outputs : new int[] {1, 14, 16, 17, 23}) {
            LinearModel m = randomModel(outputs, outputs);
            for (int length : new int[] {0, 5, 300, 1024, 1500}) {
                String t = text(length, length);
                assertThat(m.probabilities(t)).as("%d outputs, %d chars", outputs, length)
                        .containsExactly(naive(m, t, 0, t.length()));
            }
        }
    }

    @Test
    void longTextsTakeTheHighestWindowPerOutput() {
        LinearModel m = randomModel(14, 7);
        String t = text(3000, 3);
        double[] expected = naive(m, t, 0, t.length());
        for (int start = 0; start < t.length(); start += LinearModel.STRIDE) {
            int end = Math.min(t.length(), start + LinearModel.WINDOW);
            double[] w = naive(m, t, start, end);
            for (int o = 0; o < expected.length; o++) {
                expected[o] = Math.max(expected[o], w[o]);
            }
            if (end == t.length()) {
                break;
            }
        }
        assertThat(m.probabilities(t)).containsExactly(expected);
    }

    @Test
    void keepsTheWeightsAsTrained() {
        LinearModel m = randomModel(14, 11);
        LinearModel again = new LinearModel(m.labels(), BUCKETS, m.weights(), m.bias(), m.cuts(), null, "test");
        assertThat(again.weights()).isEqualTo(m.weights()).hasSize(BUCKETS * 14);
    }
}
