package dev.ace.models.linear;

import java.util.List;
import java.util.Objects;

/**
 * A trained multi-label linear model over hashed n-grams. Output 0 is {@link Labels#ANY} ("any unsafe");
 * the others are principle ids. Immutable and thread-safe; scoring allocates a few small arrays per call
 * and nothing per n-gram.
 *
 * <p>Scoring is the fast tier's hot path, so it is hand-written. Each weight is quantised to one of 4,095 steps
 * of its output's scale (the output's largest weight over 2,047; the rounding moves a 1 KB prompt's logit by
 * about 10<sup>-3</sup>, see {@code LinearModelTest}) and stored biased as 12 bits in a 16-bit lane, four lanes to
 * a {@code long}, so one feature adds its whole row of sixteen outputs with four {@code long} additions (SWAR).
 * Sixteen features are summed that way before the lanes are unpacked into exact integer sums, and 16 x 4,095 &lt;
 * 2<sup>16</sup>, so no lane ever carries into the next. Integer sums do not depend on the order of the
 * features. Measured with JMH ({@code LinearModelBenchmark}, 1 KB prompt): the sixteen float additions per
 * feature this replaces took about twice as long, and the packed table that scoring reads (8 MB for 2<sup>18</sup>
 * buckets) is half the size of the float one, so more of it stays in cache. The float weights are kept beside it
 * (16 MB more heap) for {@link #weights()}, which saving and retraining need; scoring never reads them.
 */
public final class LinearModel {
    /** Texts longer than this are also scored in overlapping windows (max per output), so a request buried
     *  after a long preamble is not averaged away. */
    static final int WINDOW = 1024;
    static final int STRIDE = 512;

    /** The largest quantised weight magnitude: weights become integers in [-LEVELS, LEVELS] times a scale. */
    static final int LEVELS = 2047;
    /** Added to each quantised weight so that a lane holds 0..2 LEVELS + 1 < 2^12. */
    private static final int LANE_BIAS = LEVELS + 1;
    private static final int LANE_BITS = 16;
    private static final long LANE_MASK = 0xFFFFL;
    /** Features summed in packed lanes before unpacking: BATCH x (2 LEVELS + 1) must stay below 2^16. */
    static final int BATCH = 16;
    /** Features buffered before they are summed: hashing and summing run as two tight loops. */
    private static final int BUFFER = 256;

    private final List<String> labels;
    private final int buckets;
    private final int mask;
    /** The weights as trained, {@code k} floats per bucket; kept for {@link #weights()} (saving, retraining). */
    private final float[] weights;
    /** Bucket-major packed rows: {@link #longsPerRow} longs per bucket, output {@code o} in lane {@code o % 4} of
     *  long {@code o / 4}. */
    private final long[] packed;
    private final int longsPerRow;
    /** Per output, the weight of one quantisation step. */
    private final double[] scale;
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
        this.weights = weights;
        this.scale = scales(weights, k);
        this.longsPerRow = (k + 3) / 4;
        this.packed = pack(weights, k, buckets, longsPerRow, scale);
        this.bias = bias;
        this.cuts = cuts;
        this.manifest = manifest;
        this.digest = Objects.requireNonNull(digest, "digest");
    }

    private static double[] scales(float[] weights, int k) {
        double[] max = new double[k];
        for (int i = 0; i < weights.length; i++) {
            max[i % k] = Math.max(max[i % k], Math.abs(weights[i]));
        }
        double[] scale = new double[k];
        for (int o = 0; o < k; o++) {
            scale[o] = max[o] > 0 ? max[o] / LEVELS : 1;
        }
        return scale;
    }

    /** The quantised weight, an integer in [-LEVELS, LEVELS]. */
    static int quantise(float w, double scale) {
        long q = Math.round(w / scale);
        return (int) Math.max(-LEVELS, Math.min(LEVELS, q));
    }

    private static long[] pack(float[] weights, int k, int buckets, int longsPerRow, double[] scale) {
        long[] packed = new long[buckets * longsPerRow];
        for (int b = 0; b < buckets; b++) {
            for (int o = 0; o < longsPerRow * 4; o++) {
                long lane = o < k ? quantise(weights[b * k + o], scale[o]) + LANE_BIAS : LANE_BIAS;
                packed[b * longsPerRow + o / 4] |= lane << (LANE_BITS * (o % 4));
            }
        }
        return packed;
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
        Accumulator a = new Accumulator(packed, longsPerRow);
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
            double p = sigmoid(bias[o] + a.sums[o] * scale[o] * norm);
            out[o] = first ? p : Math.max(out[o], p);
        }
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The weights as trained and stored: {@link #outputs()} floats per bucket, bucket after bucket. */
    float[] weights() {
        return weights.clone();
    }

    /** The weight of one quantisation step of output {@code o}. */
    double scale(int o) {
        return scale[o];
    }

    float[] bias() {
        return bias;
    }

    double[] cuts() {
        return cuts.clone();
    }

    /** Collects feature buckets and adds their packed rows, {@link #BATCH} at a time, to exact integer sums. */
    private static final class Accumulator implements FeatureSink {
        private final long[] packed;
        private final int longsPerRow;
        /** Per output lane (padded to a multiple of four): the sum of quantised weights so far. */
        final long[] sums;
        private final long[] lanes;
        private final int[] batch = new int[BUFFER];
        private int n;

        Accumulator(long[] packed, int longsPerRow) {
            this.packed = packed;
            this.longsPerRow = longsPerRow;
            this.sums = new long[longsPerRow * 4];
            this.lanes = new long[longsPerRow];
        }

        void reset() {
            java.util.Arrays.fill(sums, 0);
            n = 0;
        }

        @Override
        public void accept(int bucket) {
            batch[n++] = bucket;
            if (n == batch.length) {
                flush();
            }
        }

        /** Adds the buffered features' rows to the sums, {@link #BATCH} features per unpacking of the lanes. */
        void flush() {
            for (int from = 0; from < n; from += BATCH) {
                int count = Math.min(BATCH, n - from);
                if (longsPerRow == 4) {
                    add4(batch, from, from + count, packed, lanes);
                } else {
                    java.util.Arrays.fill(lanes, 0);
                    for (int j = from; j < from + count; j++) {
                        int base = batch[j] * longsPerRow;
                        for (int m = 0; m < longsPerRow; m++) {
                            lanes[m] += packed[base + m];
                        }
                    }
                }
                long bias = (long) count * LANE_BIAS;
                for (int m = 0; m < longsPerRow; m++) {
                    long l = lanes[m];
                    int o = m * 4;
                    sums[o] += (l & LANE_MASK) - bias;
                    sums[o + 1] += (l >>> LANE_BITS & LANE_MASK) - bias;
                    sums[o + 2] += (l >>> 2 * LANE_BITS & LANE_MASK) - bias;
                    sums[o + 3] += (l >>> 3 * LANE_BITS) - bias;
                }
            }
            n = 0;
        }

        /** The hot loop for sixteen outputs: four packed longs per feature, summed in locals. */
        private static void add4(int[] batch, int from, int to, long[] w, long[] lanes) {
            long l0 = 0;
            long l1 = 0;
            long l2 = 0;
            long l3 = 0;
            for (int j = from; j < to; j++) {
                int p = batch[j] << 2;
                l0 += w[p];
                l1 += w[p + 1];
                l2 += w[p + 2];
                l3 += w[p + 3];
            }
            lanes[0] = l0;
            lanes[1] = l1;
            lanes[2] = l2;
            lanes[3] = l3;
        }
    }
}
