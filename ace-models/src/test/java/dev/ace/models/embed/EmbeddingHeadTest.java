package dev.ace.models.embed;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class EmbeddingHeadTest {
    private static HeadManifest manifest(List<Integer> hidden, String sha) {
        return new HeadManifest(HeadManifest.FORMAT, Encoder.MODEL_NAME, "e", 2, hidden, EmbeddingHead.WEIGHTS, sha,
                List.of(new HeadManifest.Output(EmbeddingHead.ANY, 0.7, 1, 1), new HeadManifest.Output("a.b", 0.6, 1, 1)),
                List.of(), Map.of(), 1, List.of(), List.of(), "test");
    }

    /** Two inputs, two outputs, no hidden layer: rows are inputs (weights to each output), the last the biases. */
    private static final float[][][] LINEAR = {{{1, 0}, {-1, 2}, {0.5f, -3}}};

    @Test
    void aLinearHeadIsALogisticRegressionPerOutput() {
        byte[] bytes = EmbeddingHead.weightBytes(LINEAR);
        EmbeddingHead h = EmbeddingHead.read(manifest(List.of(), EmbeddingHead.sha256(bytes)), bytes, "head.bin");
        double[] p = h.probabilities(new float[] {1, 0});
        assertThat(p[0]).isCloseTo(1 / (1 + Math.exp(-1.5)), offset(1e-6));
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(3)), offset(1e-6));
    }

    @Test
    void aHiddenLayerAppliesReluBeforeTheOutputs() {
        // hidden unit 0 = relu(x0 - x1), unit 1 = relu(x1 - x0); output 0 = h0 + h1 (|x0 - x1|), output 1 = -h0
        float[][][] layers = {{{1, -1}, {-1, 1}, {0, 0}}, {{1, -1}, {1, 0}, {0, 0}}};
        byte[] bytes = EmbeddingHead.weightBytes(layers);
        EmbeddingHead h = EmbeddingHead.read(manifest(List.of(2), EmbeddingHead.sha256(bytes)), bytes, "head.bin");
        double[] p = h.probabilities(new float[] {0.25f, 1});
        assertThat(p[0]).isCloseTo(1 / (1 + Math.exp(-0.75)), offset(1e-6));
        assertThat(p[1]).isCloseTo(0.5, offset(1e-6));
    }

    @Test
    void rejectsWeightsWithAFlippedBit() {
        byte[] bytes = EmbeddingHead.weightBytes(LINEAR);
        String sha = EmbeddingHead.sha256(bytes);
        bytes[5] ^= 1;
        assertThatThrownBy(() -> EmbeddingHead.read(manifest(List.of(), sha), bytes, "head.bin"))
                .hasMessageContaining("head.bin").hasMessageContaining("SHA-256").hasMessageContaining(sha);
    }

    @Test
    void rejectsWeightsOfAnotherShapeNamingTheWidths() {
        byte[] bytes = EmbeddingHead.weightBytes(LINEAR);
        assertThatThrownBy(() -> EmbeddingHead.read(manifest(List.of(4), EmbeddingHead.sha256(bytes)), bytes, "head.bin"))
                .hasMessageContaining("head.bin").hasMessageContaining("[2, 4, 2]");
    }

    @Test
    void refusesLayersOfAnotherShapeThanItsManifestDescribes() {
        assertThatThrownBy(() -> new EmbeddingHead(manifest(List.of(4), "x"), LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 layers").hasMessageContaining("2");
        assertThatThrownBy(() -> new EmbeddingHead(manifest(List.of(), "x"), new float[][][] {{{1, 0}, {0, 1}}}))
                .hasMessageContaining("layer 0 is 2 x 2").hasMessageContaining("3 x 2");
    }

    @Test
    void rejectsAnOlderFormat() {
        byte[] bytes = EmbeddingHead.weightBytes(LINEAR);
        HeadManifest m = manifest(List.of(), EmbeddingHead.sha256(bytes));
        HeadManifest old = new HeadManifest(1, m.encoder(), m.encoderDigest(), m.dimension(), m.hidden(), m.weightsFile(),
                m.weightsSha256(), m.outputs(), m.trainingFiles(), m.hyperParameters(), m.seed(), m.folds(),
                m.heldOutSets(), m.engineVersion());
        assertThatThrownBy(() -> EmbeddingHead.read(old, bytes, "head.bin"))
                .hasMessageContaining("format 1").hasMessageContaining("retrain");
    }

    /** Points labelled by the sign of x0·x1: no linear boundary separates them, one hidden layer does. */
    private static float[][] xorPoints(int n, Random rnd) {
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new float[] {(float) (rnd.nextDouble() * 2 - 1), (float) (rnd.nextDouble() * 2 - 1)};
        }
        return x;
    }

    private static byte[][] xorLabels(float[][] x) {
        byte[][] y = new byte[x.length][];
        for (int i = 0; i < x.length; i++) {
            boolean pos = x[i][0] * x[i][1] > 0;
            // output 0: the XOR label; output 1: unlabelled (-1) on positives, so it learns only from negatives
            y[i] = new byte[] {(byte) (pos ? 1 : 0), (byte) (pos ? -1 : 0)};
        }
        return y;
    }

    private static double accuracy(float[][][] w, float[][] x, byte[][] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            if ((HeadNetwork.forward(w, x[i])[0] >= 0.5) == (y[i][0] == 1)) {
                right++;
            }
        }
        return (double) right / x.length;
    }

    @Test
    void oneHiddenLayerLearnsWhatLogisticRegressionCannot() {
        Random rnd = new Random(7);
        float[][] x = xorPoints(2000, rnd);
        byte[][] y = xorLabels(x);
        float[][] test = xorPoints(500, rnd);
        byte[][] testY = xorLabels(test);
        float[][][] mlp = HeadNetwork.train(x, y, new HeadNetwork.Params(List.of(16), 40, 32, 0.01, 0, 3));
        float[][][] linear = HeadNetwork.train(x, y, new HeadNetwork.Params(List.of(), 40, 32, 0.01, 0, 3));
        assertThat(accuracy(mlp, test, testY)).isGreaterThan(0.9);
        assertThat(accuracy(linear, test, testY)).isLessThan(0.7);
    }

    @Test
    void anAveragedHeadGivesTheMeanLogitOfItsMembers() {
        float[][] x = xorPoints(300, new Random(5));
        byte[][] y = xorLabels(x);
        HeadNetwork.Params p = new HeadNetwork.Params(List.of(8), 3, 16, 0.01, 1e-4, 21);
        float[][][] merged = HeadNetwork.trainAveraged(x, y, p, 3);
        assertThat(merged[0][0]).hasSize(24);
        float[][][][] members = new float[3][][][];
        for (int m = 0; m < 3; m++) {
            members[m] = HeadNetwork.train(x, y, new HeadNetwork.Params(List.of(8), 3, 16, 0.01, 1e-4, 21 + m));
        }
        for (float[] xi : xorPoints(50, new Random(6))) {
            double[] got = HeadNetwork.forward(merged, xi);
            for (int o = 0; o < got.length; o++) {
                double meanLogit = 0;
                for (float[][][] w : members) {
                    double pr = HeadNetwork.forward(w, xi)[o];
                    meanLogit += Math.log(pr / (1 - pr)) / 3;
                }
                assertThat(got[o]).isCloseTo(1 / (1 + Math.exp(-meanLogit)), org.assertj.core.data.Offset.offset(1e-5));
            }
        }
        assertThat(EmbeddingHead.weightBytes(HeadNetwork.trainAveraged(x, y, p, 1)))
                .isEqualTo(EmbeddingHead.weightBytes(HeadNetwork.train(x, y, p)));
    }

    @Test
    void theTrainerNamesABadMemberCount() {
        java.util.Map<String, List<String>> a = java.util.Map.of("members", List.of("three"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HeadTrainer.positive(a, "members", 3))
                .hasMessage("--members needs a whole number of at least 1, not 'three'");
        assertThat(HeadTrainer.positive(java.util.Map.of("members", List.of("5")), "members", 3)).isEqualTo(5);
        assertThat(HeadTrainer.positive(java.util.Map.of(), "members", 3)).isEqualTo(3);
    }

    @Test
    void trainingIsDeterministicForASeed() {
        float[][] x = xorPoints(300, new Random(1));
        byte[][] y = xorLabels(x);
        HeadNetwork.Params p = new HeadNetwork.Params(List.of(8), 3, 16, 0.01, 1e-4, 11);
        assertThat(EmbeddingHead.weightBytes(HeadNetwork.train(x, y, p)))
                .isEqualTo(EmbeddingHead.weightBytes(HeadNetwork.train(x, y, p)));
        assertThat(EmbeddingHead.weightBytes(HeadNetwork.train(x, y, p)))
                .isNotEqualTo(EmbeddingHead.weightBytes(HeadNetwork.train(x, y,
                        new HeadNetwork.Params(List.of(8), 3, 16, 0.01, 1e-4, 12))));
    }

    @Test
    void aManifestIsWrittenTheSameWayWhateverTheOrderOfItsHyperParameters(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.util.Map<String, Double> a = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> b = new java.util.LinkedHashMap<>();
        for (String k : List.of("l2", "batch", "epochs", "learningRate")) {
            a.put(k, 1.0);
        }
        for (String k : List.of("epochs", "learningRate", "batch", "l2")) {
            b.put(k, 1.0);
        }
        byte[] bytes = EmbeddingHead.weightBytes(LINEAR);
        HeadManifest m = manifest(List.of(), EmbeddingHead.sha256(bytes));
        EmbeddingHead.write(dir.resolve("a"), withHyperParameters(m, a), bytes);
        EmbeddingHead.write(dir.resolve("b"), withHyperParameters(m, b), bytes);
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("a").resolve(EmbeddingHead.MANIFEST)))
                .isEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("b").resolve(EmbeddingHead.MANIFEST)));
    }

    private static HeadManifest withHyperParameters(HeadManifest m, Map<String, Double> hp) {
        return new HeadManifest(m.format(), m.encoder(), m.encoderDigest(), m.dimension(), m.hidden(), m.weightsFile(),
                m.weightsSha256(), m.outputs(), m.trainingFiles(), hp, m.seed(), m.folds(), m.heldOutSets(),
                m.engineVersion());
    }

    @Test
    void bundledHeadLoadsAndMatchesTheBundledEncoder() {
        EmbeddingHead h = EmbeddingHead.loadBundled();
        assertThat(h.manifest().dimension()).isEqualTo(Encoder.DIMENSION);
        assertThat(h.manifest().hidden()).containsExactly(HeadTrainer.FINAL.hidden().get(0) * HeadTrainer.MEMBERS);
        assertThat(h.manifest().hyperParameters()).containsEntry("members", (double) HeadTrainer.MEMBERS);
        assertThat(h.outputs().get(0).id()).isEqualTo(EmbeddingHead.ANY);
        assertThat(h.manifest().trainingFiles()).noneMatch(f -> f.file().contains("dev-only"));
    }
}
