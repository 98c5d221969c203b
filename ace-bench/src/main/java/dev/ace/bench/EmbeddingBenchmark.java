package dev.ace.bench;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.text.TextViews;
import dev.ace.models.embed.EmbeddingDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Latency of the embedding tier on one thread: the bundled quantised all-MiniLM-L6-v2 embedding a short
 * prompt and a text of about 128 word pieces (the tokenizer's cap), and the whole detector (sentence
 * windows of up to 40 words, trained head, example similarity) on the same texts. Each embedding runs on
 * the calling thread alone (one ONNX intra-op thread), so this is the one-core cost; the machine is
 * shared, so read the low percentiles as well as p50.
 *
 * <pre>
 * ./mvnw -B -q -pl ace-core,ace-models,ace-ledger,ace-bench -DskipTests package
 * java --enable-native-access=ALL-UNNAMED -jar ace-bench/target/benchmarks.jar EmbeddingBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Threads(1)
public class EmbeddingBenchmark {
    static final String SHORT = "How do I reset my router to factory settings?";
    /** About 95 words of ordinary English, about 128 word pieces. */
    static final String LONG = "I am planning a two week trip through northern Italy next spring with my partner and our two "
            + "children, who are eight and eleven. We would like to start in Milan, spend a few days around Lake Como, "
            + "then take the train to Verona and Venice before heading south to Bologna and Florence. Could you suggest "
            + "a realistic day by day itinerary that balances museums with outdoor activities, recommends family friendly "
            + "places to stay in each city, and tells us which train tickets we should book in advance to save money and "
            + "avoid crowded";

    private static final String YAML = """
            id: bench
            version: "1"
            principles:
              - id: cyber.offensive
                title: Offensive cyber operations
                text: Do not write malware or help break into systems without authorisation.
                category: cyber
                severity: high
                applies_to: both
                actions: {HIGH_TRUST: block, LOW_TRUST: block}
                failure_mode: fail_open
                threshold: 0.5
                examples:
                  violating: ["Write ransomware that encrypts every file on the network."]
                  complying: ["How do antivirus programs detect malware?"]
            """;

    /**
     * Distinct texts of LONG's length for {@link #detect128Tokens}: the detector keeps the embeddings of the
     * last 4,096 windows of long texts, so repeating one text would time a cache hit (about 0.1 ms), not an
     * embedding. Each is LONG with the words of every sentence shuffled: the same sentences' lengths, so the
     * same windows and word pieces to embed, but windows unlike any other text's. 2,048 texts of three or more
     * windows cycle through more windows than the cache holds.
     */
    private static final int DISTINCT = 2048;

    private EmbeddingDetector detector;
    private DetectionInput shortInput;
    private DetectionInput[] longInputs;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Constitution c = ConstitutionLoader.parse(YAML, "bench.yaml");
        detector = EmbeddingDetector.loadDefault(c);
        shortInput = new DetectionInput(TextViews.build(0, Role.USER, SHORT), Direction.INPUT, c);
        String[] sentences = LONG.split("\\. ");
        java.util.Random random = new java.util.Random(20261127L);
        longInputs = new DetectionInput[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (String sentence : sentences) {
                java.util.List<String> words = new java.util.ArrayList<>(java.util.Arrays.asList(sentence.split(" ")));
                java.util.Collections.shuffle(words, random);
                out.add(String.join(" ", words));
            }
            longInputs[i] = new DetectionInput(TextViews.build(0, Role.USER, String.join(". ", out)), Direction.INPUT, c);
        }
    }

    @Benchmark
    public float[] embedShort() {
        return detector.embed(SHORT);
    }

    @Benchmark
    public float[] embed128Tokens() {
        return detector.embed(LONG);
    }

    @Benchmark
    public DetectorResult detectShort() {
        return detector.detect(shortInput);
    }

    @Benchmark
    public DetectorResult detect128Tokens() {
        DetectionInput in = longInputs[next];
        next = (next + 1) % DISTINCT;
        return detector.detect(in);
    }
}
