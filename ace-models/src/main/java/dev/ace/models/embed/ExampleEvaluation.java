package dev.ace.models.embed;

import dev.ace.core.Direction;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.models.data.Datasets;
import dev.ace.models.data.LabeledText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Measures how the two halves of the embedding tier combine on labelled files: the fraction flagged
 * (some principle at 0.5 or more) by the shipped head alone, by the constitution's examples alone, and by
 * the detector's combination (the larger of the two). Recall on unsafe files, false-positive rate on safe ones.
 *
 * <pre>
 * java -cp ... dev.ace.models.embed.ExampleEvaluation --constitution constitution.yaml \
 *     --eval ../shared/data/dev-only/phtest.jsonl ... [--cache /tmp/ace-embed-cache]
 * </pre>
 */
public final class ExampleEvaluation {
    private ExampleEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path constitutionFile = null;
        Path cache = Path.of("/tmp/ace-embed-cache");
        List<String> files = new java.util.ArrayList<>();
        String key = null;
        for (String s : args) {
            if (s.startsWith("--")) {
                key = s;
            } else if ("--constitution".equals(key)) {
                constitutionFile = Path.of(s);
            } else if ("--cache".equals(key)) {
                cache = Path.of(s);
            } else if ("--eval".equals(key)) {
                files.add(s);
            } else {
                throw new IllegalArgumentException("unexpected argument " + s + " (after " + key + ")");
            }
        }
        if (constitutionFile == null) {
            throw new IllegalArgumentException("--constitution FILE is required");
        }
        Constitution c = ConstitutionLoader.load(constitutionFile);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Encoder encoder = Encoder.load(pool);
            EmbeddingDetector d = EmbeddingDetector.of(encoder, new HeadScorer(EmbeddingHead.loadBundled()), c);
            System.out.printf("%-36s %6s %-6s %8s %8s %8s%n", "file", "n", "label", "head", "examples", "max");
            for (String f : files) {
                List<LabeledText> texts = Datasets.read(Path.of(f));
                List<float[]> xs = HeadTrainer.embedCached(Path.of(f), texts, cache, encoder);
                for (boolean label : new boolean[] {false, true}) {
                    int n = 0;
                    int head = 0;
                    int ex = 0;
                    int both = 0;
                    for (int i = 0; i < xs.size(); i++) {
                        if (texts.get(i).unsafe() != label) {
                            continue;
                        }
                        float[] x = xs.get(i);
                        n++;
                        head += flagged(d.head().scores(x)) ? 1 : 0;
                        ex += flagged(d.examples().scores(x)) ? 1 : 0;
                        both += flagged(d.score(x, d.examples(), Direction.INPUT)) ? 1 : 0;
                    }
                    if (n > 0) {
                        System.out.printf("%-36s %6d %-6s %8.3f %8.3f %8.3f%n", Path.of(f).getFileName(), n,
                                label ? "unsafe" : "safe", head / (double) n, ex / (double) n, both / (double) n);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static boolean flagged(Map<String, Double> scores) {
        return scores.values().stream().anyMatch(s -> s >= 0.5);
    }
}
