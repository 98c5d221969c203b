package dev.ace.bench;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.text.TextViews;
import dev.ace.models.linear.LinearModel;
import dev.ace.models.linear.ModelArtifact;
import dev.ace.models.linear.NgramDetector;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Latency of the fast learned tier on one core: the shipped n-gram model scoring a prompt of {@code bytes}
 * characters (raw model, and through the detector SPI on the normalised view). Target: p99 at or under 30 µs
 * for 1 KB.
 *
 * <p>Run: {@code ./mvnw -q -pl ace-bench -am package -DskipTests && java -jar ace-bench/target/benchmarks.jar
 * LinearModelBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LinearModelBenchmark {
    private static final String SEED_TEXT = "I am writing a report for my chemistry class about industrial safety. "
            + "Could you explain how factories store chlorine and ammonia, what regulations apply, and what "
            + "emergency procedures workers follow when a leak is detected? Please also mention how the local "
            + "community is warned and which protective equipment is used. ";

    @Param({"1024"})
    int bytes;

    private LinearModel model;
    private NgramDetector detector;
    private String text;
    private DetectionInput input;

    @Setup
    public void setUp() {
        model = ModelArtifact.loadShipped();
        detector = new NgramDetector(model);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            sb.append(SEED_TEXT);
        }
        text = sb.substring(0, bytes);
        Constitution c = constitution();
        input = new DetectionInput(TextViews.build(0, Role.USER, text), Direction.INPUT, c);
    }

    private static Constitution constitution() {
        try {
            return ConstitutionLoader.loadDefault();
        } catch (IllegalStateException e) {
            try {
                return ConstitutionLoader.parse("id: bench\nversion: \"1\"\nprinciples:\n  - id: bio.weapons-uplift\n"
                        + "    title: t\n    text: t\n    category: c\n    severity: critical\n    applies_to: both\n"
                        + "    actions: {HIGH_TRUST: block, LOW_TRUST: block}\n    failure_mode: fail_closed\n"
                        + "    threshold: 0.5\n", "bench.yaml");
            } catch (Exception inner) {
                throw new IllegalStateException(inner);
            }
        }
    }

    @Benchmark
    public double[] modelCalibrated() {
        return model.calibrated(text);
    }

    @Benchmark
    public DetectorResult detector() {
        return detector.detect(input);
    }
}
