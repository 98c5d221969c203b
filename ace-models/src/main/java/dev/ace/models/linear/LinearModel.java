package dev.ace.models.linear;

import java.util.List;
import java.util.Objects;

/**
 * A trained multi-label linear model over hashed n-grams. Output 0 is {@link Labels#ANY} ("any unsafe");
 * the others are principle ids. Immutable and thread-safe; scoring allocates a few small arrays per call
 * and nothing per n-gram.
 */
public final class LinearModel {
    /** Texts longer than this are also scored in overlapping windows (max per output), so a request buried
     *  after a long preamble is not averaged away. */
    static final int WINDOW = 1024;
    static final int STRIDE = 512;

    private final List<String> labels;
    private final int buckets;
    private final int mask;
    private final float[] weights;
    private final float[] bias;
    private final double[] cuts;
    private final ModelManifest manifest;
    private final String digest;

    LinearModel(List<String> labels, int buckets, float[] weights, float[] bias, double[] cuts,
                ModelManifest manifest, String digest) {
        this.labels = List.copyOf(labels);
        if (Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("buckets " + buckets + " is not a power of two");
        }
        if (weights.length != buckets * labels.size() || bias.length != labels.size() || cuts.length != labels.size()) {
            throw new IllegalArgumentException("weights, bias and cuts do not match " + buckets + " x " + labels.size());
        }
        this.buckets = buckets;
        this.mask = buckets - 1;
        this.weights = weights;
        this.bias = bias;
        this.cuts = cuts;
        this.manifest = manifest;
        this.digest = Objects.requireNonNull(digest, "digest");
    }

    public List<String> labels() {
        return labels;
    }

    public int outputs() {
        return labels.size();
    }

    public int buckets() {
        return buckets;
    }

    /** The manifest this model was loaded from or trained with. */
    public ModelManifest manifest() {
        return manifest;
    }

    /** SHA-256 (hex) of the artifact's manifest, which pins the weights' digest, cut points and provenance. */
    public String digest() {
        return digest;
    }

    /** The calibrated cut point of output {@code i}: its raw probability that maps to 0.5. */
    public double cut(int i) {
        return cuts[i];
    }

    /** Raw probabilities of every output for {@code text}; long texts take the max over windows. */
    public double[] probabilities(CharSequence text) {
        double[] out = new double[labels.size()];
        float[] acc = new float[labels.size()];
        Accumulator a = new Accumulator(weights, acc);
        window(text, 0, text.length(), a, out, true);
        if (text.length() > WINDOW + STRIDE) {
            for (int start = 0; start < text.length(); start += STRIDE) {
                int end = Math.min(text.length(), start + WINDOW);
                window(text, start, end, a, out, false);
                if (end == text.length()) {
                    break;
                }
            }
        }
        return out;
    }

    /** Calibrated scores (cut point maps to 0.5) of every output for {@code text}. */
    public double[] calibrated(CharSequence text) {
        double[] p = probabilities(text);
        for (int i = 0; i < p.length; i++) {
            p[i] = Calibration.apply(p[i], cuts[i]);
        }
        return p;
    }

    private void window(CharSequence text, int from, int to, Accumulator a, double[] out, boolean first) {
        java.util.Arrays.fill(a.acc, 0f);
        int n = NgramHasher.hash(text, from, to, mask, a);
        double norm = n == 0 ? 0 : 1.0 / Math.sqrt(n);
        for (int o = 0; o < out.length; o++) {
            double p = sigmoid(bias[o] + a.acc[o] * norm);
            out[o] = first ? p : Math.max(out[o], p);
        }
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    double[] cuts() {
        return cuts.clone();
    }

    /** Adds each feature's weight row to the output accumulators. */
    private static final class Accumulator implements FeatureSink {
        private final float[] w;
        private final float[] acc;
        private final int k;

        Accumulator(float[] w, float[] acc) {
            this.w = w;
            this.acc = acc;
            this.k = acc.length;
        }

        @Override
        public void accept(int bucket) {
            int base = bucket * k;
            for (int o = 0; o < k; o++) {
                acc[o] += w[base + o];
            }
        }
    }
}
