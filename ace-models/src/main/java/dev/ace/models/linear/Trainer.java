package dev.ace.models.linear;

import dev.ace.core.EngineVersion;
import dev.ace.models.data.LabeledText;
import dev.ace.models.data.Shuffle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains the multi-label linear model: Adagrad on per-output logistic loss over hashed n-gram features,
 * deterministic for a seed. Also produces out-of-fold predictions to calibrate each output's cut point for a
 * target false-positive rate on safe records, the fold metrics, and optionally leave-one-file-out results.
 *
 * <p>Why a hand-written optimiser rather than Tribuo's linear SGD: Tribuo takes features as named
 * {@code Feature} objects (one String per n-gram per record, about a thousand per prompt) and builds its own
 * feature map, so training and scoring would go through string features while the shipped scorer hashes on the
 * fly; keeping one featuriser for both and the exact per-output class and per-file weighting we need is ~150
 * lines here, against a dependency tree (Tribuo core, OLCUT, protobuf) for ace-models. The loss and update are
 * textbook (Duchi et al. 2011) and covered by a test that the trainer learns a synthetic task.
 */
public final class Trainer {
    private static final double EPS = 1e-8;
    private static final double MIN_GRADIENT = 1e-4;

    private final HyperParameters hp;
    private final Consumer<String> progress;

    public Trainer(HyperParameters hp, Consumer<String> progress) {
        this.hp = hp;
        this.progress = progress;
    }

    /** What training produced: the final model (trained on everything) and its manifest (without weights digest). */
    public record Result(LinearModel model, ModelManifest manifest) {
    }

    /** Trains on {@code data}, calibrates on out-of-fold predictions, and (optionally) runs leave-one-file-out. */
    public Result train(List<LabeledText> data, List<ModelManifest.TrainingFile> files, boolean leaveOneFileOut) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no training records");
        }
        Encoded enc = Encoded.of(data, hp);
        progress.accept("encoded " + data.size() + " records");
        int[] fold = folds(data.size());
        double[][] oof = new double[data.size()][];
        IntStream.range(0, hp.folds()).parallel().forEach(f -> {
            int[] train = IntStream.range(0, data.size()).filter(i -> fold[i] != f).toArray();
            LinearModel m = fit(enc, train, new double[enc.k]);
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == f) {
                    oof[i] = m.probabilities(data.get(i).text());
                }
            }
            progress.accept("fold " + (f + 1) + "/" + hp.folds() + " done");
        });
        double[] cuts = cuts(enc, oof, all(data.size()));
        Map<String, ModelManifest.OutputMetrics> metrics = metrics(enc, oof, cuts);
        List<ModelManifest.FileMetrics> loo = leaveOneFileOut ? leaveOneFileOut(data, enc, oof) : List.of();
        LinearModel model = fit(enc, all(data.size()), cuts);
        progress.accept("final model trained");
        Map<String, Double> cutMap = new LinkedHashMap<>();
        for (int o = 0; o < enc.k; o++) {
            cutMap.put(Labels.OUTPUTS.get(o), cuts[o]);
        }
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT, EngineVersion.get(), Labels.OUTPUTS,
                hp.buckets(), hp, files, cutMap, metrics, loo, null, null);
        LinearModel withManifest = new LinearModel(Labels.OUTPUTS, hp.buckets(), model.weights(), model.bias(), cuts,
                manifest, "unsaved");
        return new Result(withManifest, manifest);
    }

    private List<ModelManifest.FileMetrics> leaveOneFileOut(List<LabeledText> data, Encoded enc, double[][] oof) {
        List<String> names = data.stream().map(LabeledText::file).distinct().sorted().toList();
        List<ModelManifest.FileMetrics> out = new ArrayList<>(java.util.Collections.nCopies(names.size(), null));
        IntStream.range(0, names.size()).parallel().forEach(n -> {
            String name = names.get(n);
            int[] train = IntStream.range(0, data.size()).filter(i -> !data.get(i).file().equals(name)).toArray();
            // The cut comes from the out-of-fold scores of the other files, so the held-out file never sets it.
            double cut = cuts(enc, oof, train)[0];
            LinearModel m = fit(enc, train, new double[enc.k]);
            int records = 0;
            int unsafe = 0;
            int flagged = 0;
            for (int i = 0; i < data.size(); i++) {
                LabeledText r = data.get(i);
                if (r.file().equals(name)) {
                    records++;
                    unsafe += r.unsafe() ? 1 : 0;
                    flagged += m.probabilities(r.text())[0] >= cut ? 1 : 0;
                }
            }
            out.set(n, new ModelManifest.FileMetrics(name, records, unsafe, round((double) flagged / records)));
            progress.accept("leave-one-out " + name + ": " + flagged + "/" + records + " flagged");
        });
        return out;
    }

    private int[] folds(int n) {
        int[] order = all(n);
        Shuffle.inPlace(order, new Random(hp.seed()));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % hp.folds();
        }
        return fold;
    }

    /** Adagrad over the rows given, in a seeded order per epoch. */
    LinearModel fit(Encoded enc, int[] rows, double[] cuts) {
        int k = enc.k;
        float[] w = new float[hp.buckets() * k];
        float[] g2 = new float[w.length];
        float[] b = new float[k];
        float[] gb = new float[k];
        double[] classWeight = enc.classWeights(rows);
        double[] z = new double[k];
        double[] grad = new double[k];
        int[] order = rows.clone();
        float lr = (float) hp.learningRate();
        float l2 = (float) hp.l2();
        for (int epoch = 0; epoch < hp.epochs(); epoch++) {
            Shuffle.inPlace(order, new Random(hp.seed() * 31 + epoch));
            for (int r : order) {
                int[] idx = enc.idx[r];
                float[] val = enc.val[r];
                toDouble(b, z);
                for (int j = 0; j < idx.length; j++) {
                    int base = idx[j] * k;
                    for (int o = 0; o < k; o++) {
                        z[o] += w[base + o] * val[j];
                    }
                }
                byte[] y = enc.y[r];
                for (int o = 0; o < k; o++) {
                    if (y[o] < 0) {
                        grad[o] = 0;
                        continue;
                    }
                    double p = LinearModel.sigmoid(z[o]);
                    grad[o] = enc.weight[r] * classWeight[o * 2 + y[o]] * (p - y[o]);
                    if (Math.abs(grad[o]) < MIN_GRADIENT) {
                        // Already fitted: skipping the sparse update changes nothing measurable and saves most of
                        // the work after the first epoch.
                        grad[o] = 0;
                        continue;
                    }
                    gb[o] += (float) (grad[o] * grad[o]);
                    b[o] -= (float) (lr * grad[o] / (Math.sqrt(gb[o]) + EPS));
                }
                for (int j = 0; j < idx.length; j++) {
                    int base = idx[j] * k;
                    for (int o = 0; o < k; o++) {
                        if (grad[o] == 0) {
                            continue;
                        }
                        float gw = (float) (grad[o] * val[j]) + l2 * w[base + o];
                        g2[base + o] += gw * gw;
                        w[base + o] -= lr * gw / ((float) Math.sqrt(g2[base + o]) + (float) EPS);
                    }
                }
            }
        }
        double[] c = cuts.clone();
        for (int o = 0; o < k; o++) {
            if (!(c[o] > 0 && c[o] < 1)) {
                c[o] = 0.5;
            }
        }
        return new LinearModel(Labels.OUTPUTS, hp.buckets(), w, b, c, null, "unsaved");
    }

    private static double[] toDouble(float[] f, double[] into) {
        for (int i = 0; i < f.length; i++) {
            into[i] = f[i];
        }
        return into;
    }

    /** Per output, the cut that keeps the rate on safe records (out of fold) at its target. */
    private double[] cuts(Encoded enc, double[][] oof, int[] rows) {
        double[] cuts = new double[enc.k];
        for (int o = 0; o < enc.k; o++) {
            double fpr = o == 0 ? hp.targetFpr() : hp.principleFpr();
            final int out = o;
            double[] neg = Arrays.stream(rows).filter(i -> !enc.unsafe[i]).mapToDouble(i -> oof[i][out]).toArray();
            cuts[o] = Calibration.cutForFalsePositiveRate(neg, fpr, 0.05, 0.99);
        }
        return cuts;
    }

    private static Map<String, ModelManifest.OutputMetrics> metrics(Encoded enc, double[][] oof, double[] cuts) {
        Map<String, ModelManifest.OutputMetrics> out = new LinkedHashMap<>();
        for (int o = 0; o < enc.k; o++) {
            List<double[]> scored = new ArrayList<>();
            int pos = 0;
            int neg = 0;
            int tp = 0;
            int safe = 0;
            int fp = 0;
            for (int i = 0; i < oof.length; i++) {
                byte y = enc.y[i][o];
                if (y < 0) {
                    continue;
                }
                scored.add(new double[] {oof[i][o], y});
                boolean hit = oof[i][o] >= cuts[o];
                if (y == 1) {
                    pos++;
                    tp += hit ? 1 : 0;
                } else {
                    neg++;
                }
                if (!enc.unsafe[i]) {
                    safe++;
                    fp += hit ? 1 : 0;
                }
            }
            double ap = PrecisionRecall.averagePrecision(scored);
            out.put(Labels.OUTPUTS.get(o), new ModelManifest.OutputMetrics(pos, neg, round(ap),
                    pos == 0 ? 0 : round((double) tp / pos), safe == 0 ? 0 : round((double) fp / safe)));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static int[] all(int n) {
        return IntStream.range(0, n).toArray();
    }

    /** The training records as sparse feature vectors, targets and weights. */
    static final class Encoded {
        final int k = Labels.OUTPUTS.size();
        final int[][] idx;
        final float[][] val;
        final byte[][] y;
        final boolean[] unsafe;
        final double[] weight;

        private Encoded(int n) {
            idx = new int[n][];
            val = new float[n][];
            y = new byte[n][];
            unsafe = new boolean[n];
            weight = new double[n];
        }

        static Encoded of(List<LabeledText> data, HyperParameters hp) {
            Encoded e = new Encoded(data.size());
            Map<String, Integer> perFile = new HashMap<>();
            data.forEach(r -> perFile.merge(r.file(), 1, Integer::sum));
            double mean = (double) data.size() / perFile.size();
            int mask = hp.buckets() - 1;
            IntStream.range(0, data.size()).parallel().forEach(i -> {
                LabeledText r = data.get(i);
                e.features(i, r.text(), mask);
                e.targets(i, r);
                double fileWeight = Math.sqrt(mean / perFile.get(r.file()));
                e.weight[i] = Math.min(3.0, fileWeight) * hp.fileWeight(r.file())
                        * (r.file().startsWith("ace-") ? hp.examplesWeight() : 1.0);
            });
            return e;
        }

        private void features(int i, String text, int mask) {
            int[] buf = new int[Math.max(16, text.length() * 4 + 8)];
            int[] n = {0};
            NgramHasher.hash(text, 0, text.length(), mask, bucket -> buf[n[0]++] = bucket);
            int[] sorted = Arrays.copyOf(buf, n[0]);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int j = 0; j < sorted.length; j++) {
                if (j == 0 || sorted[j] != sorted[j - 1]) {
                    distinct++;
                }
            }
            idx[i] = new int[distinct];
            val[i] = new float[distinct];
            float norm = n[0] == 0 ? 0f : (float) (1.0 / Math.sqrt(n[0]));
            int d = -1;
            for (int j = 0; j < sorted.length; j++) {
                if (j == 0 || sorted[j] != sorted[j - 1]) {
                    d++;
                    idx[i][d] = sorted[j];
                }
                val[i][d] += norm;
            }
        }

        private void targets(int i, LabeledText r) {
            byte[] t = new byte[k];
            unsafe[i] = r.unsafe();
            t[0] = (byte) (r.unsafe() ? 1 : 0);
            String principle = Labels.principleOf(r).orElse(null);
            for (int o = 1; o < k; o++) {
                if (!r.unsafe()) {
                    t[o] = 0;
                } else if (principle == null) {
                    t[o] = -1;
                } else {
                    t[o] = (byte) (Labels.OUTPUTS.get(o).equals(principle) ? 1 : 0);
                }
            }
            y[i] = t;
        }

        /**
         * Per output, the weight of a negative ({@code [2o]}) and of a positive ({@code [2o+1]}): "any unsafe"
         * is fully balanced; principle outputs, whose positives are rare, by the square root of the ratio.
         */
        double[] classWeights(int[] rows) {
            double[] pos = new double[k];
            double[] neg = new double[k];
            for (int r : rows) {
                for (int o = 0; o < k; o++) {
                    if (y[r][o] == 1) {
                        pos[o] += weight[r];
                    } else if (y[r][o] == 0) {
                        neg[o] += weight[r];
                    }
                }
            }
            double[] cw = new double[2 * k];
            for (int o = 0; o < k; o++) {
                double ratio = pos[o] == 0 ? 1 : neg[o] / pos[o];
                cw[2 * o] = 1.0;
                cw[2 * o + 1] = o == 0 ? ratio : Math.min(20, Math.sqrt(ratio));
            }
            return cw;
        }
    }
}
