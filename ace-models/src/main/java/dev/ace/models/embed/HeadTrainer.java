package dev.ace.models.embed;

import dev.ace.core.EngineVersion;
import dev.ace.core.Role;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.constitution.Principle;
import dev.ace.core.text.TextViews;
import dev.ace.models.data.Datasets;
import dev.ace.models.data.LabeledText;
import dev.ace.models.linear.Labels;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trains the shipped head: embeds every training text (its first window, normalised as the detector
 * normalises it), trains a multi-label network with one hidden layer ({@link HeadNetwork}), picks each
 * output's cut point from leave-one-file-out predictions, and measures the final head on measurement-only
 * sets.
 *
 * <pre>
 * java -cp ... dev.ace.models.embed.HeadTrainer --train ../shared/data/train [--train data/examples]
 *     [--skip output-direction.jsonl] [--constitution constitution.yaml] [--eval ../shared/data/dev-only/phtest.jsonl ...]
 *     --out ace-models/src/main/resources/dev/ace/models/embed [--cache /tmp/ace-embed-cache] [--threads 2]
 *     [--members 3]
 * </pre>
 * Never pass a {@code dev-only} file to {@code --train}: those are for measurement only. The head scores
 * prompts only, so model answers ({@code data/examples/output-direction.jsonl}) are skipped.
 */
public final class HeadTrainer {
    /** The principles the head scores: the same as the n-gram model's, in the same order. */
    static final List<String> PRINCIPLES = Labels.PRINCIPLES;
    static final double TARGET_FPR_ANY = 0.02;
    static final double TARGET_FPR_PRINCIPLE = 0.01;
    static final int MIN_POSITIVES = 8;
    /**
     * One hidden layer of 256 ReLU units. Measured against logistic regression on the same cached embeddings,
     * trained without the eight held-out files of the model card and scored on them and on dev-only: the
     * pooled held-out ROC AUC of "any unsafe" rose from 0.79 to 0.87 with these settings (docs/judge.md).
     * The folds that set the cut points train exactly as the final head does, so the cuts fit the head
     * that ships.
     */
    static final HeadNetwork.Params FINAL = new HeadNetwork.Params(List.of(256), 10, 64, 0.003, 1e-4, 20261127L);
    static final HeadNetwork.Params FOLD = FINAL;
    /**
     * Heads trained from consecutive seeds and averaged ({@link HeadNetwork#trainAveraged}), in the folds that set
     * the cut points as in the head that ships. See docs/judge.md for what one seed alone did.
     */
    static final int MEMBERS = 3;

    private record Row(String file, boolean unsafe, Set<String> labels, float[] x) {
    }

    private HeadTrainer() {
    }

    public static void main(String[] args) throws Exception {
        try {
            train(args);
        } catch (IllegalArgumentException e) {
            System.err.println("HeadTrainer: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Trains and writes a head (the options of the class comment); progress and metrics go to standard output and
     * error. Throws {@link IllegalArgumentException} naming the option when the options are wrong, and
     * {@link dev.ace.models.data.DatasetException} naming the file when an {@code --eval} file is missing, before any
     * work.
     */
    public static void train(String... args) throws Exception {
        Map<String, List<String>> a = parse(args);
        Path out = Path.of(one(a, "out"));
        int threads = positive(a, "threads", 2);
        int members = positive(a, "members", MEMBERS);
        if (!a.containsKey("train")) {
            throw new IllegalArgumentException("--train needs at least one file or directory");
        }
        // the measurement sets are read after the training, which takes minutes: a wrong path fails now instead
        for (String f : a.getOrDefault("eval", List.of())) {
            Datasets.files(Path.of(f));
        }
        Path cache = Path.of(a.getOrDefault("cache", List.of("/tmp/ace-embed-cache")).get(0));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Encoder encoder = Encoder.load(pool);
            run(a, out, cache, encoder, threads, members);
        } finally {
            pool.shutdown();
        }
    }

    private static void run(Map<String, List<String>> a, Path out, Path cache, Encoder encoder, int threads, int members)
            throws Exception {
        Set<String> principles = new LinkedHashSet<>(PRINCIPLES);
        List<Row> rows = new ArrayList<>();
        List<HeadManifest.TrainingFile> files = new ArrayList<>();
        for (String dir : a.getOrDefault("train", List.of())) {
            for (Path f : Datasets.files(Path.of(dir))) {
                if (a.getOrDefault("skip", List.of()).contains(f.getFileName().toString())) {
                    System.err.println("skipped " + f + " (--skip)");
                    continue;
                }
                if (f.toString().contains("dev-only")) {
                    throw new IllegalArgumentException(f + " is a measurement-only file; it may not train a shipped model");
                }
                List<LabeledText> texts = Datasets.read(f);
                files.add(new HeadManifest.TrainingFile(f.getFileName().toString(), Datasets.sha256(f), texts.size()));
                List<float[]> xs = embedCached(f, texts, cache, encoder);
                for (int i = 0; i < texts.size(); i++) {
                    LabeledText t = texts.get(i);
                    rows.add(new Row(t.file(), t.unsafe(), CategoryMap.principles(t, principles), xs.get(i)));
                }
                System.err.printf("%-40s %5d texts%n", f.getFileName(), texts.size());
            }
        }
        if (a.containsKey("constitution")) {
            Path c = Path.of(one(a, "constitution"));
            Constitution constitution = ConstitutionLoader.load(c);
            files.add(new HeadManifest.TrainingFile(c.getFileName().toString(), Datasets.sha256(c), -1));
            addExamples(constitution, encoder, rows);
        }
        List<String> outputs = outputs(rows, principles);
        byte[][] y = labels(rows, outputs);
        float[][] x = rows.stream().map(Row::x).toArray(float[][]::new);
        double[][] oof = leaveOneFileOut(rows, x, y, threads, members);
        double[] cuts = cuts(rows, oof, outputs);
        List<HeadManifest.Output> outs = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            outs.add(new HeadManifest.Output(outputs.get(o), cuts[o], count(y, o, 1), count(y, o, 0)));
        }
        HeadManifest draft = manifest(encoder, outs, files, List.of(), List.of(), "", members);
        EmbeddingHead draftHead = EmbeddingHead.zeros(draft);
        List<HeadManifest.Fold> folds = flaggedPerFile(rows, oof, new HeadScorer(draftHead));
        List<HeadManifest.Fold> ungated = flaggedPerFile(rows, oof, new HeadScorer(draftHead, false));
        System.out.println("leave-one-file-out, ungated principle outputs (for comparison, not shipped):");
        ungated.forEach(f -> System.out.printf("  %-40s %5d %-6s flagged %.3f%n", f.heldOut(), f.records(), f.unsafe() ? "unsafe" : "safe", f.flagged()));
        float[][][] w = HeadNetwork.trainAveraged(x, y, FINAL, members);
        byte[] bytes = EmbeddingHead.weightBytes(w);
        HeadManifest withWeights = manifest(encoder, outs, files, folds, List.of(), EmbeddingHead.sha256(bytes), members);
        HeadScorer scorer = new HeadScorer(new EmbeddingHead(withWeights, w));
        List<HeadManifest.Fold> heldOut = new ArrayList<>();
        for (String f : a.getOrDefault("eval", List.of())) {
            heldOut.add(evaluate(Path.of(f), scorer, encoder, cache));
            HeadManifest.Fold u = evaluate(Path.of(f), new HeadScorer(scorer.head(), false), encoder, cache);
            System.out.printf("  ungated (not shipped): %-40s flagged %.3f%n", u.heldOut(), u.flagged());
        }
        HeadManifest manifest = manifest(encoder, outs, files, folds, heldOut, EmbeddingHead.sha256(bytes), members);
        EmbeddingHead.write(out, manifest, bytes);
        report(manifest);
    }

    private static void addExamples(Constitution constitution, Encoder encoder, List<Row> rows) {
        for (Principle p : constitution.principles()) {
            List<float[]> v = encoder.embedAll(p.violating().stream().map(HeadTrainer::prepare).toList());
            for (float[] e : v) {
                rows.add(new Row("constitution", true, new LinkedHashSet<>(List.of(EmbeddingHead.ANY, p.id())), e));
            }
            for (float[] e : encoder.embedAll(p.complying().stream().map(HeadTrainer::prepare).toList())) {
                rows.add(new Row("constitution", false, Set.of(), e));
            }
        }
    }

    private static List<String> outputs(List<Row> rows, Set<String> principles) {
        List<String> out = new ArrayList<>(List.of(EmbeddingHead.ANY));
        for (String p : principles) {
            long n = rows.stream().filter(r -> r.labels().contains(p)).count();
            if (n >= MIN_POSITIVES) {
                out.add(p);
            } else {
                System.err.println("no head output for " + p + ": only " + n + " labelled training texts");
            }
        }
        return out;
    }

    /** 1 = violates, 0 = does not, -1 = unknown (unsafe, but its category names no principle). */
    private static byte[][] labels(List<Row> rows, List<String> outputs) {
        byte[][] y = new byte[rows.size()][outputs.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean attributed = r.labels().size() > 1;
            for (int o = 0; o < outputs.size(); o++) {
                String id = outputs.get(o);
                if (r.labels().contains(id)) {
                    y[i][o] = 1;
                } else {
                    y[i][o] = (byte) (!r.unsafe() || attributed ? 0 : -1);
                }
            }
        }
        return y;
    }

    /** Each file's texts scored by a head trained without that file; folds run in parallel, each deterministic. */
    private static double[][] leaveOneFileOut(List<Row> rows, float[][] x, byte[][] y, int threads, int members)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        double[][] oof = new double[rows.size()][];
        List<String> names = rows.stream().map(Row::file).filter(f -> !f.equals("constitution")).distinct().toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (String held : names) {
                done.add(pool.submit(() -> {
                    List<Integer> trainIdx = new ArrayList<>();
                    List<Integer> testIdx = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        (rows.get(i).file().equals(held) ? testIdx : trainIdx).add(i);
                    }
                    float[][][] w = HeadNetwork.trainAveraged(pick(x, trainIdx), pick(y, trainIdx), FOLD, members);
                    for (int i : testIdx) {
                        oof[i] = HeadNetwork.forward(w, x[i]);
                    }
                    System.err.printf("fold without %s done%n", held);
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return oof;
    }

    /** Per output, the out-of-fold probability that only the target share of safe texts exceed. */
    private static double[] cuts(List<Row> rows, double[][] oof, List<String> outputs) {
        double[] cuts = new double[outputs.size()];
        for (int o = 0; o < outputs.size(); o++) {
            List<Double> safe = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (oof[i] != null && !rows.get(i).unsafe()) {
                    safe.add(oof[i][o]);
                }
            }
            double[] s = safe.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double target = o == 0 ? TARGET_FPR_ANY : TARGET_FPR_PRINCIPLE;
            double q = s[Math.min(s.length - 1, (int) Math.floor(s.length * (1 - target)))];
            cuts[o] = Math.min(0.99, Math.max(0.5, q));
        }
        return cuts;
    }

    /** Per file and label (a file of both labels gives two rows): the fraction flagged out of fold. */
    private static List<HeadManifest.Fold> flaggedPerFile(List<Row> rows, double[][] oof, HeadScorer scorer) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (oof[i] == null) {
                continue;
            }
            Row r = rows.get(i);
            int[] c = counts.computeIfAbsent(r.file() + (r.unsafe() ? "\u0000unsafe" : "\u0000safe"), k -> new int[2]);
            c[0]++;
            if (flagged(scorer.scores(oof[i]))) {
                c[1]++;
            }
        }
        List<HeadManifest.Fold> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            String[] parts = k.split("\u0000");
            out.add(new HeadManifest.Fold(parts[0], c[0], parts[1].equals("unsafe"), round((double) c[1] / c[0])));
        });
        return out;
    }

    private static HeadManifest.Fold evaluate(Path f, HeadScorer scorer, Encoder encoder, Path cache) throws IOException {
        List<LabeledText> texts = Datasets.read(f);
        List<float[]> xs = embedCached(f, texts, cache, encoder);
        int flagged = 0;
        for (float[] x : xs) {
            if (flagged(scorer.scores(x))) {
                flagged++;
            }
        }
        boolean unsafe = texts.stream().anyMatch(LabeledText::unsafe);
        return new HeadManifest.Fold(f.getFileName().toString(), texts.size(), unsafe, round((double) flagged / texts.size()));
    }

    private static boolean flagged(Map<String, Double> scores) {
        return scores.values().stream().anyMatch(s -> s >= 0.5);
    }

    /** The text the detector would embed for a training text: its normalised view, first window. */
    static String prepare(String text) {
        return Chunker.first(TextViews.build(0, Role.USER, text).get(0).text()).text();
    }

    static List<float[]> embedCached(Path f, List<LabeledText> texts, Path cacheDir, Encoder encoder) throws IOException {
        List<String> prepared = texts.stream().map(t -> prepare(t.text())).toList();
        // Keyed by the exact texts embedded, so a change of normalisation or windows never reads stale vectors.
        String key = Datasets.sha256(String.join("\u0000", prepared).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path cached = cacheDir.resolve(key.substring(0, 32) + "-" + encoder.digest().substring(0, 12) + ".f32");
        if (Files.isRegularFile(cached)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cached)))) {
                int n = in.readInt();
                if (n == texts.size()) {
                    List<float[]> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        float[] v = new float[Encoder.DIMENSION];
                        for (int j = 0; j < v.length; j++) {
                            v[j] = in.readFloat();
                        }
                        out.add(v);
                    }
                    return out;
                }
            }
        }
        long t0 = System.nanoTime();
        List<float[]> out = encoder.embedAll(prepared);
        System.err.printf("embedded %s: %d texts in %.1f s%n", f.getFileName(), texts.size(), (System.nanoTime() - t0) / 1e9);
        Files.createDirectories(cacheDir);
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cached)))) {
            o.writeInt(out.size());
            for (float[] v : out) {
                for (float x : v) {
                    o.writeFloat(x);
                }
            }
        }
        return out;
    }

    private static HeadManifest manifest(Encoder encoder, List<HeadManifest.Output> outs, List<HeadManifest.TrainingFile> files,
                                         List<HeadManifest.Fold> folds, List<HeadManifest.Fold> heldOut, String sha,
                                         int members) {
        Map<String, Double> hp = Map.of("epochs", (double) FINAL.epochs(), "batch", (double) FINAL.batch(),
                "learningRate", FINAL.learningRate(), "l2", FINAL.l2(), "foldEpochs", (double) FOLD.epochs(),
                "targetFprAny", TARGET_FPR_ANY, "targetFprPrinciple", TARGET_FPR_PRINCIPLE,
                "chunkWindowWords", (double) Chunker.WINDOW, "chunkOverlapWords", (double) Chunker.OVERLAP,
                "members", (double) members);
        return new HeadManifest(HeadManifest.FORMAT, Encoder.MODEL_NAME, encoder.digest(), Encoder.DIMENSION,
                members == 1 ? FINAL.hidden() : List.of(FINAL.hidden().get(0) * members), EmbeddingHead.WEIGHTS, sha, outs, files, hp, FINAL.seed(), folds, heldOut, EngineVersion.get());
    }

    private static void report(HeadManifest m) {
        System.out.println("output cuts:");
        m.outputs().forEach(o -> System.out.printf("  %-30s cut %.3f  pos %5d  neg %5d%n", o.id(), o.cut(), o.positives(), o.negatives()));
        System.out.println("leave-one-file-out (flagged = recall on unsafe files, FPR on safe files):");
        m.folds().forEach(f -> System.out.printf("  %-40s %5d %-6s flagged %.3f%n", f.heldOut(), f.records(), f.unsafe() ? "unsafe" : "safe", f.flagged()));
        System.out.println("measurement-only sets (final head, never trained on):");
        m.heldOutSets().forEach(f -> System.out.printf("  %-40s %5d %-6s flagged %.3f%n", f.heldOut(), f.records(), f.unsafe() ? "unsafe" : "safe", f.flagged()));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static int count(byte[][] y, int o, int label) {
        int n = 0;
        for (byte[] r : y) {
            if (r[o] == label) {
                n++;
            }
        }
        return n;
    }

    private static float[][] pick(float[][] a, List<Integer> idx) {
        return idx.stream().map(i -> a[i]).toArray(float[][]::new);
    }

    private static byte[][] pick(byte[][] a, List<Integer> idx) {
        return idx.stream().map(i -> a[i]).toArray(byte[][]::new);
    }

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        String key = null;
        for (String s : args) {
            if (s.startsWith("--")) {
                key = s.substring(2);
                m.computeIfAbsent(key, k -> new ArrayList<>());
            } else if (key == null) {
                throw new IllegalArgumentException("argument " + s + " comes before any --option");
            } else {
                m.get(key).add(s);
            }
        }
        return m;
    }

    private static String one(Map<String, List<String>> a, String key) {
        List<String> v = a.get(key);
        if (v == null || v.size() != 1) {
            throw new IllegalArgumentException("--" + key + " needs exactly one value");
        }
        return v.get(0);
    }

    /** The whole number of option {@code key} (at least 1), or {@code otherwise} when it is not given. */
    static int positive(Map<String, List<String>> a, String key, int otherwise) {
        if (!a.containsKey(key)) {
            return otherwise;
        }
        String v = one(a, key);
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + key + " needs a whole number of at least 1, not '" + v + "'");
    }

    static String describe(double[] v) {
        return Arrays.toString(v);
    }
}
