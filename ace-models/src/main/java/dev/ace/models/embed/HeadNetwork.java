package dev.ace.models.embed;

import dev.ace.models.data.Shuffle;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A small multi-label network over sentence embeddings, and its trainer: fully connected layers with ReLU
 * between them and one sigmoid per output, trained with mini-batch Adam and L2 on per-output logistic loss,
 * each output's two classes weighted to equal total weight. With no hidden layer it is a multi-label
 * logistic regression. A label of {@code -1} means "no label for this output" (the text is ignored by it).
 *
 * <p>Each layer is stored as {@code [in + 1][out]}: row {@code i} holds input {@code i}'s weights to every
 * output, the last row the biases. Both passes are then loops of {@code z[o] += a[i] * w[i][o]} over a
 * contiguous row, which the JIT vectorises; a dot product per output would be a floating-point reduction,
 * which it does not. Hand-written on purpose: a one-hidden-layer network over 384-d dense vectors is about a
 * hundred lines, and the libraries that have it (Tribuo, DJL, Smile) would each add a large dependency for
 * this loop. Training is single-threaded and seeded, so the same data give the same weights to the bit.
 */
final class HeadNetwork {
    /**
     * @param hidden       widths of the hidden layers; empty for logistic regression
     * @param epochs       passes over the data
     * @param batch        texts per Adam step
     * @param learningRate Adam's step size
     * @param l2           weight decay on non-bias weights
     * @param seed         seed of the initial weights and of the shuffles
     */
    record Params(List<Integer> hidden, int epochs, int batch, double learningRate, double l2, long seed) {
        Params {
            hidden = List.copyOf(hidden);
        }
    }

    private HeadNetwork() {
    }

    /** Layer widths from the input to the outputs. */
    static int[] widths(int dimension, List<Integer> hidden, int outputs) {
        int[] w = new int[hidden.size() + 2];
        w[0] = dimension;
        for (int i = 0; i < hidden.size(); i++) {
            w[i + 1] = hidden.get(i);
        }
        w[w.length - 1] = outputs;
        return w;
    }

    /** Layers of the given widths ({@code [layer][in + 1][out]}), every weight zero. */
    static float[][][] zeroLayers(int[] widths) {
        float[][][] layers = new float[widths.length - 1][][];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new float[widths[l] + 1][widths[l + 1]];
        }
        return layers;
    }

    /** Raw probabilities of every output for one input. */
    static double[] forward(float[][][] layers, float[] x) {
        float[] a = x;
        for (int l = 0; l < layers.length; l++) {
            a = layer(layers[l], a, l < layers.length - 1);
        }
        double[] p = new double[a.length];
        for (int o = 0; o < a.length; o++) {
            p[o] = 1.0 / (1.0 + Math.exp(-a[o]));
        }
        return p;
    }

    /** One layer: {@code w^T a + b}, then ReLU when {@code relu}. */
    private static float[] layer(float[][] w, float[] a, boolean relu) {
        int in = w.length - 1;
        float[] z = w[in].clone();
        for (int i = 0; i < in; i++) {
            float ai = a[i];
            if (ai != 0) {
                float[] row = w[i];
                for (int o = 0; o < z.length; o++) {
                    z[o] += ai * row[o];
                }
            }
        }
        if (relu) {
            for (int o = 0; o < z.length; o++) {
                z[o] = Math.max(0, z[o]);
            }
        }
        return z;
    }

    /** Trained layers ({@code [layer][in + 1][out]}) on rows {@code x} with labels {@code y[row][output]}. */
    static float[][][] train(float[][] x, byte[][] y, Params p) {
        int n = x.length;
        int[] widths = widths(x[0].length, p.hidden(), y[0].length);
        int depth = widths.length - 1;
        Random rnd = new Random(p.seed());
        float[][][] w = zeroLayers(widths);
        float[][][] g = zeroLayers(widths);
        float[][][] m = zeroLayers(widths);
        float[][][] v = zeroLayers(widths);
        for (int l = 0; l < depth; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            if (depth > 1) {
                // He initialisation for layers followed by ReLU, smaller for the output layer; a lone linear
                // layer starts at zero, as logistic regression does.
                double scale = l < depth - 1 ? Math.sqrt(2.0 / in) : Math.sqrt(1.0 / in);
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        w[l][i][o] = (float) (rnd.nextGaussian() * scale);
                    }
                }
            }
        }
        float[][] classWeight = classWeights(y);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        float[][] act = new float[depth + 1][];
        float[][] delta = new float[depth][];
        for (int l = 0; l < depth; l++) {
            delta[l] = new float[widths[l + 1]];
        }
        int step = 0;
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            Shuffle.inPlace(order, rnd);
            for (int b = 0; b < n; b += p.batch()) {
                int end = Math.min(n, b + p.batch());
                for (float[][] layer : g) {
                    for (float[] row : layer) {
                        Arrays.fill(row, 0);
                    }
                }
                for (int k = b; k < end; k++) {
                    float[] xi = x[order[k]];
                    byte[] yi = y[order[k]];
                    act[0] = xi;
                    for (int l = 0; l < depth; l++) {
                        act[l + 1] = layer(w[l], act[l], l < depth - 1);
                    }
                    float[] out = act[depth];
                    float[] d = delta[depth - 1];
                    for (int o = 0; o < out.length; o++) {
                        d[o] = yi[o] < 0 ? 0 : (float) ((1 / (1 + Math.exp(-out[o])) - yi[o]) * classWeight[o][yi[o]]);
                    }
                    for (int l = depth - 1; l >= 0; l--) {
                        accumulate(g[l], act[l], delta[l]);
                        if (l > 0) {
                            backward(w[l], delta[l], act[l], delta[l - 1]);
                        }
                    }
                }
                step++;
                adam(w, g, m, v, step, end - b, p);
            }
        }
        return w;
    }

    /**
     * {@code members} networks with one hidden layer, trained alike from seeds {@code p.seed()},
     * {@code p.seed() + 1}, ..., merged into one network whose logits are the mean of theirs: the hidden layers
     * side by side ({@code members} times as wide), each member's output weights and biases divided by
     * {@code members}. One member is {@link #train} itself. Averaging takes out much of what the seed and the
     * order of the data decide (single heads trained on nearly the same texts flagged 7.4, 9.6 and 10.9 % of phtest;
     * docs/judge.md), and costs one wider matrix product, microseconds beside the encoder's milliseconds.
     */
    static float[][][] trainAveraged(float[][] x, byte[][] y, Params p, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("members " + members + " is not a positive count");
        }
        if (members == 1) {
            return train(x, y, p);
        }
        if (p.hidden().size() != 1) {
            throw new IllegalArgumentException("only networks with one hidden layer can be averaged, not " + p.hidden());
        }
        int in = x[0].length;
        int h = p.hidden().get(0);
        int outs = y[0].length;
        float[][][] merged = zeroLayers(new int[] {in, h * members, outs});
        for (int m = 0; m < members; m++) {
            float[][][] w = train(x, y, new Params(p.hidden(), p.epochs(), p.batch(), p.learningRate(), p.l2(), p.seed() + m));
            for (int i = 0; i <= in; i++) {
                System.arraycopy(w[0][i], 0, merged[0][i], m * h, h);
            }
            for (int j = 0; j < h; j++) {
                for (int o = 0; o < outs; o++) {
                    merged[1][m * h + j][o] = w[1][j][o] / members;
                }
            }
            for (int o = 0; o < outs; o++) {
                merged[1][h * members][o] += w[1][h][o] / members;
            }
        }
        return merged;
    }

    /** Gradient of a layer: {@code g[i] += a[i] * delta}, and the bias row {@code += delta}. */
    private static void accumulate(float[][] g, float[] a, float[] delta) {
        int in = g.length - 1;
        for (int i = 0; i < in; i++) {
            float ai = a[i];
            if (ai != 0) {
                float[] row = g[i];
                for (int o = 0; o < delta.length; o++) {
                    row[o] += ai * delta[o];
                }
            }
        }
        float[] bias = g[in];
        for (int o = 0; o < delta.length; o++) {
            bias[o] += delta[o];
        }
    }

    /** The error at a hidden layer's ReLU outputs {@code a}, from the error {@code delta} of the layer above. */
    private static void backward(float[][] w, float[] delta, float[] a, float[] below) {
        for (int i = 0; i < below.length; i++) {
            if (a[i] <= 0) {
                below[i] = 0;
                continue;
            }
            float[] row = w[i];
            float s = 0;
            for (int o = 0; o < delta.length; o++) {
                s += row[o] * delta[o];
            }
            below[i] = s;
        }
    }

    private static void adam(float[][][] w, float[][][] g, float[][][] m, float[][][] v, int t, int size, Params p) {
        float b1 = 0.9f;
        float b2 = 0.999f;
        float c1 = (float) (1 - Math.pow(b1, t));
        float c2 = (float) (1 - Math.pow(b2, t));
        float lr = (float) p.learningRate();
        float l2 = (float) p.l2();
        float inv = 1f / size;
        for (int l = 0; l < w.length; l++) {
            int in = w[l].length - 1;
            for (int i = 0; i <= in; i++) {
                float[] wr = w[l][i];
                float[] gr = g[l][i];
                float[] mr = m[l][i];
                float[] vr = v[l][i];
                float decay = i < in ? l2 : 0;
                for (int o = 0; o < wr.length; o++) {
                    float grad = gr[o] * inv + decay * wr[o];
                    mr[o] = b1 * mr[o] + (1 - b1) * grad;
                    vr[o] = b2 * vr[o] + (1 - b2) * grad * grad;
                    wr[o] -= lr * (mr[o] / c1) / ((float) Math.sqrt(vr[o] / c2) + 1e-8f);
                }
            }
        }
    }

    /** Per output, the weight of a negative [0] and of a positive [1]: each class sums to n/2. */
    private static float[][] classWeights(byte[][] y) {
        int outs = y[0].length;
        float[][] cw = new float[outs][2];
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
            cw[o][0] = neg == 0 ? 0 : total / (2f * neg);
            cw[o][1] = pos == 0 ? 0 : total / (2f * pos);
        }
        return cw;
    }
}
