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

    /** Sums each feature's quantised weights, one window: what the model means, without the packed fast path. */
    private static double[] naive(LinearModel m, String text, int from, int to) {
        float[] w = m.weights();
        int k = m.outputs();
        long[] acc = new long[k];
        int n = NgramHasher.hash(text, from, to, BUCKETS - 1, bucket -> {
            for (int o = 0; o < k; o++) {
                acc[o] += LinearModel.quantise(w[bucket * k + o], m.scale(o));
            }
        });
        double norm = n == 0 ? 0 : 1.0 / Math.sqrt(n);
        double[] p = new double[k];
        for (int o = 0; o < k; o++) {
            p[o] = LinearModel.sigmoid(m.bias()[o] + acc[o] * m.scale(o) * norm);
        }
        return p;
    }

    /** The logits with the weights as trained, in double precision: what quantisation approximates. */
    private static double[] exactLogits(LinearModel m, String text) {
        float[] w = m.weights();
        int k = m.outputs();
        double[] acc = new double[k];
        int n = NgramHasher.hash(text, 0, text.length(), BUCKETS - 1, bucket -> {
            for (int o = 0; o < k; o++) {
                acc[o] += w[bucket * k + o];
            }
        });
        double norm = n == 0 ? 0 : 1.0 / Math.sqrt(n);
        for (int o = 0; o < k; o++) {
            acc[o] = m.bias()[o] + acc[o] * norm;
        }
        return acc;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
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

    /** Words of random letters: like real prompts, few features repeat (repeats add a weight's rounding again). */
    private static String prose(int length, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int n = 2 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            sb.append(' ');
        }
        return sb.substring(0, length);
    }

    @Test
    void scoresEqualTheNaiveSumToTheBitForEveryOutputCountAndLength() {
        for (int outputs : new int[] {1, 3, 14, 16, 17, 23}) {
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
    void quantisedScoresStayWithinAFewThousandthsOfALogitOfTheTrainedWeights() {
        for (int outputs : new int[] {1, 16, 23}) {
            LinearModel m = randomModel(outputs, 100 + outputs);
            for (long seed = 0; seed < 40; seed++) {
                String t = prose(50 + (int) (seed * 37), seed);
                double[] exact = exactLogits(m, t);
                double[] p = m.probabilities(t);
                for (int o = 0; o < outputs; o++) {
                    assertThat(logit(p[o])).as("output %d of %d, text %d", o, outputs, seed)
                            .isCloseTo(exact[o], org.assertj.core.data.Offset.offset(5e-3));
                }
            }
        }
    }

    @Test
    void quantisationUsesEveryOutputsOwnScaleAndKeepsItsLargestWeightExactly() {
        List<String> labels = List.of(Labels.ANY, "small", "large");
        float[] w = new float[BUCKETS * 3];
        w[0] = 0.001f;
        w[1] = 0.002f;
        w[2] = -40f;
        w[3 * 7] = 0.0005f;
        LinearModel m = new LinearModel(labels, BUCKETS, w, new float[3], new double[] {0.5, 0.5, 0.5}, null, "t");
        assertThat(m.scale(0) * LinearModel.LEVELS).isEqualTo((double) 0.001f);
        assertThat(m.scale(1) * LinearModel.LEVELS).isEqualTo((double) 0.002f);
        assertThat(LinearModel.quantise(w[2], m.scale(2))).isEqualTo(-LinearModel.LEVELS);
        assertThat(LinearModel.quantise(w[21], m.scale(0))).isEqualTo(1024);
    }

    @Test
    void keepsTheWeightsAsTrained() {
        LinearModel m = randomModel(14, 11);
        LinearModel again = new LinearModel(m.labels(), BUCKETS, m.weights(), m.bias(), m.cuts(), null, "test");
        assertThat(again.weights()).isEqualTo(m.weights()).hasSize(BUCKETS * 14);
    }
}
