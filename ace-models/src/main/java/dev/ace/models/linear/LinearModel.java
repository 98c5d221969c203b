package dev.ace.models.linear;

import java.util.List;
import java.util.Objects;

/**
 * A trained multi-label linear model over hashed n-grams. Output 0 is {@link Labels#ANY} ("any unsafe");
 * the others are principle ids. Immutable and thread-safe; scoring allocates a few small arrays per call
 * and nothing per n-gram.
 *
 * <p>Scoring is the fast tier's hot path, so it is hand-written: with at most {@link #ROW} outputs each bucket's
 * weights sit in a row padded to {@code ROW} floats, and features are summed in batches by one loop that keeps
 * all sixteen sums in registers (about half the time of a loop over an accumulator array, which the JIT can
 * neither vectorise nor keep out of memory). Each output is still summed in feature order, so scores are the
 * same to the bit.
 */
public final class LinearModel {
    /** Texts longer than this are also scored in overlapping windows (max per output), so a request buried
     *  after a long preamble is not averaged away. */
    static final int WINDOW = 1024;
    static final int STRIDE = 512;

    /** Floats per bucket row when the model has at most this many outputs. */
    static final int ROW = 16;

    private final List<String> labels;
    private final int buckets;
    private final int mask;
    /** Bucket-major weights, {@link #stride} floats per bucket (outputs, padded with zeros up to ROW). */
    private final float[] rows;
    private final int stride;
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
        int k = labels.size();
        this.stride = k <= ROW ? ROW : k;
        this.rows = stride == k ? weights : new float[buckets * stride];
        if (stride != k) {
            for (int b = 0; b < buckets; b++) {
                System.arraycopy(weights, b * k, rows, b * stride, k);
            }
        }
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
        Accumulator a = new Accumulator(rows, stride);
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
        a.reset();
        int n = NgramHasher.hash(text, from, to, mask, a);
        a.flush();
        double norm = n == 0 ? 0 : 1.0 / Math.sqrt(n);
        for (int o = 0; o < out.length; o++) {
            double p = sigmoid(bias[o] + a.acc[o] * norm);
            out[o] = first ? p : Math.max(out[o], p);
        }
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The weights as trained and stored: {@link #outputs()} floats per bucket, bucket after bucket. */
    float[] weights() {
        int k = labels.size();
        if (stride == k) {
            return rows.clone();
        }
        float[] w = new float[buckets * k];
        for (int b = 0; b < buckets; b++) {
            System.arraycopy(rows, b * stride, w, b * k, k);
        }
        return w;
    }

    float[] bias() {
        return bias;
    }

    double[] cuts() {
        return cuts.clone();
    }

    /** Collects feature buckets and adds their weight rows to the output sums a batch at a time. */
    private static final class Accumulator implements FeatureSink {
        private final float[] rows;
        private final int stride;
        private final float[] acc;
        private final int[] batch = new int[256];
        private int n;

        Accumulator(float[] rows, int stride) {
            this.rows = rows;
            this.stride = stride;
            this.acc = new float[stride];
        }

        void reset() {
            java.util.Arrays.fill(acc, 0f);
            n = 0;
        }

        @Override
        public void accept(int bucket) {
            batch[n++] = bucket;
            if (n == batch.length) {
                flush();
            }
        }

        void flush() {
            if (stride == ROW) {
                addRows16(batch, n, rows, acc);
            } else {
                for (int j = 0; j < n; j++) {
                    int base = batch[j] * stride;
                    for (int o = 0; o < stride; o++) {
                        acc[o] += rows[base + o];
                    }
                }
            }
            n = 0;
        }

        /** The hot loop: sixteen sums in locals, one row of sixteen floats per feature. */
        private static void addRows16(int[] batch, int n, float[] w, float[] acc) {
            float a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3], a4 = acc[4], a5 = acc[5], a6 = acc[6];
            float a7 = acc[7], a8 = acc[8], a9 = acc[9], a10 = acc[10], a11 = acc[11], a12 = acc[12];
            float a13 = acc[13], a14 = acc[14], a15 = acc[15];
            for (int j = 0; j < n; j++) {
                int p = batch[j] << 4;
                a0 += w[p];
                a1 += w[p + 1];
                a2 += w[p + 2];
                a3 += w[p + 3];
                a4 += w[p + 4];
                a5 += w[p + 5];
                a6 += w[p + 6];
                a7 += w[p + 7];
                a8 += w[p + 8];
                a9 += w[p + 9];
                a10 += w[p + 10];
                a11 += w[p + 11];
                a12 += w[p + 12];
                a13 += w[p + 13];
                a14 += w[p + 14];
                a15 += w[p + 15];
            }
            acc[0] = a0;
            acc[1] = a1;
            acc[2] = a2;
            acc[3] = a3;
            acc[4] = a4;
            acc[5] = a5;
            acc[6] = a6;
            acc[7] = a7;
            acc[8] = a8;
            acc[9] = a9;
            acc[10] = a10;
            acc[11] = a11;
            acc[12] = a12;
            acc[13] = a13;
            acc[14] = a14;
            acc[15] = a15;
        }
    }
}
