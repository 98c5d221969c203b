package dev.ace.bench;

import dev.ace.core.Inspector;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Verdict;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.models.ShippedInspector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A whole model answer through the shipped inspector ({@link ShippedInspector#create}): the rules read all
 * of it, the n-gram model its opening (first 1,024 characters, refusals blanked), and the embedding tier the
 * opening when the n-gram score is near a threshold. This is what a non-streamed answer costs, and what one
 * check of the stream's slower tier costs (it reads the answer from its start). A benign answer of 1 KB and
 * of 8 KB (the slower tier reads at most 8,192 characters). Each call inspects a different text (the words
 * of every sentence shuffled, so the same length and shape), so neither the inspector's per-turn cache nor the
 * embedding tier's window cache answers it.
 *
 * <pre>
 * ./mvnw -B -q -pl ace-core,ace-models,ace-ledger,ace-bench -DskipTests package
 * java --enable-native-access=ALL-UNNAMED -jar ace-bench/target/benchmarks.jar AnswerBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Threads(1)
public class AnswerBenchmark {
    /** A benign answer on an alarming-sounding topic, about 1 KB. */
    static final String ANSWER = "Good question. Household bleach and ammonia should never be mixed, because together they "
            + "release chloramine vapours that irritate the eyes, throat and lungs. If it happens by accident, leave the "
            + "room at once, open the windows if you can do so safely, and get fresh air. Call your local poison control "
            + "centre or emergency number if anyone has trouble breathing, coughs persistently or feels dizzy. For "
            + "everyday cleaning, use one product at a time and rinse surfaces with water before switching to another. "
            + "Store cleaning products in their original containers with the labels intact, out of reach of children and "
            + "pets, and away from food. Read the label before use, wear gloves for strong products, and keep the space "
            + "ventilated. Vinegar and baking soda clean many surfaces well and are gentler choices. If you are unsure "
            + "whether two products are safe to use together, do not combine them, and ask the manufacturer or a "
            + "pharmacist. Keeping a short list of emergency numbers by the phone helps everyone in the house act quickly.";
    /** More texts than the inspector's per-turn cache holds results for (10,000 detector results, three or four per text). */
    private static final int DISTINCT = 16_384;

    @Param({"1024", "8192"})
    public int chars;

    private Inspector inspector;
    private InspectionRequest[] answers;
    private int next;

    @Setup
    public void setup() {
        inspector = ShippedInspector.create(ConstitutionLoader.loadDefault());
        String[] sentences = ANSWER.split("\\. ");
        Random random = new Random(20261127L);
        answers = new InspectionRequest[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < chars) {
                for (String sentence : sentences) {
                    List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
                    Collections.shuffle(words, random);
                    sb.append(String.join(" ", words)).append(". ");
                }
            }
            answers[i] = InspectionRequest.answer(sb.substring(0, chars));
        }
    }

    @Benchmark
    public Verdict wholeAnswer() {
        InspectionRequest a = answers[next];
        next = (next + 1) % DISTINCT;
        return inspector.inspect(a);
    }
}
