package dev.ace.models.embed;

import dev.ace.models.data.Shuffle;

import java.util.Random;

/**
 * Multi-label logistic regression trained with mini-batch Adam and L2, each output's classes weighted to
 * equal total weight. Hand-written on purpose: it is about sixty lines over 384-d dense vectors, and the
 * libraries that have it (Tribuo, Smile) would each add a large dependency for this one loop.
 * A label of {@code -1} means "no label for this output" (the text is ignored by it).
 */
final class LogisticRegression {
    record Params(int epochs, int batch, double learningRate, double l2, long seed) {
    }

    private LogisticRegression() {
    }

    /** Weights [output][dim + 1] (bias last), trained on rows {@code x} with labels {@code y[row][output]}. */
    static float[][] train(float[][] x, byte[][] y, Params p) {
        int n = x.length;
        int d = x[0].length;
        int outs = y[0].length;
        double[][] w = new double[outs][d + 1];
        double[][] m = new double[outs][d + 1];
        double[][] v = new double[outs][d + 1];
        double[][] classWeight = classWeights(y, outs);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(p.seed());
        int step = 0;
        double[][] g = new double[outs][d + 1];
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            Shuffle.inPlace(order, rnd);
            for (int b = 0; b < n; b += p.batch()) {
                int end = Math.min(n, b + p.batch());
                for (double[] row : g) {
                    java.util.Arrays.fill(row, 0);
                }
                for (int k = b; k < end; k++) {
                    float[] xi = x[order[k]];
                    byte[] yi = y[order[k]];
                    for (int o = 0; o < outs; o++) {
                        if (yi[o] < 0) {
                            continue;
                        }
                        double z = w[o][d];
                        for (int j = 0; j < d; j++) {
                            z += w[o][j] * xi[j];
                        }
                        double err = (1 / (1 + Math.exp(-z)) - yi[o]) * classWeight[o][yi[o]];
                        for (int j = 0; j < d; j++) {
                            g[o][j] += err * xi[j];
                        }
                        g[o][d] += err;
                    }
                }
                step++;
                adam(w, g, m, v, step, end - b, p);
            }
        }
        float[][] out = new float[outs][d + 1];
        for (int o = 0; o < outs; o++) {
            for (int j = 0; j <= d; j++) {
                out[o][j] = (float) w[o][j];
            }
        }
        return out;
    }

    private static void adam(double[][] w, double[][] g, double[][] m, double[][] v, int t, int size, Params p) {
        double b1 = 0.9;
        double b2 = 0.999;
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        int d = w[0].length - 1;
        for (int o = 0; o < w.length; o++) {
            for (int j = 0; j < w[o].length; j++) {
                double grad = g[o][j] / size + (j < d ? p.l2() * w[o][j] : 0);
                m[o][j] = b1 * m[o][j] + (1 - b1) * grad;
                v[o][j] = b2 * v[o][j] + (1 - b2) * grad * grad;
                w[o][j] -= p.learningRate() * (m[o][j] / c1) / (Math.sqrt(v[o][j] / c2) + 1e-8);
            }
        }
    }

    /** Per output, the weight of a negative [0] and of a positive [1]: each class sums to n/2. */
    private static double[][] classWeights(byte[][] y, int outs) {
        double[][] cw = new double[outs][2];
        for (int o = 0; o < outs; o++) {
            int pos = 0;
            int neg = 0;
            for (byte[] yi : y) {
                if (yi[o] == 1) {
                    pos++;
                } else if (yi[o] == 0) {
                    neg++;
                }
            }
            int total = pos + neg;
            cw[o][0] = neg == 0 ? 0 : total / (2.0 * neg);
            cw[o][1] = pos == 0 ? 0 : total / (2.0 * pos);
        }
        return cw;
    }
}
