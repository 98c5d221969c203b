package dev.ace.bench;

import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.NoteSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable appends per second to the embedded log with group commit: every {@code append} returns only after the
 * fsync that covers it, and the threads waiting at once share one fsync. Entries are ~300-byte decision records.
 * The background checkpointer runs as in production (every 500 ms).
 *
 * <pre>
 * ./mvnw -B -q -pl ace-bench -am package -DskipTests
 * java -jar ace-bench/target/benchmarks.jar LedgerAppendBenchmark -f 1 -wi 2 -w 2s -i 3 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LedgerAppendBenchmark {
    private static final String ORIGIN = "bench.ace.example/decisions";

    private Path dir;
    private Ledger log;
    private final AtomicLong seq = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("ace-ledger-append");
        NoteSigner signer = NoteSigner.fromSeed(ORIGIN, HexFormat.of().parseHex("11".repeat(32)));
        log = Ledger.openEmbedded(dir, new LedgerOptions(ORIGIN, signer, Duration.ofMillis(500)));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        log.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Appends {@link #record}s to {@code log} in batches of 10,000 until it holds {@code size} entries, signing a
     * checkpoint after each batch when {@code signEachBatch} (so that audits have history to check).
     */
    static void fill(Ledger log, long size, boolean signEachBatch) {
        List<byte[]> batch = new ArrayList<>(10_000);
        while (log.size() < size) {
            batch.clear();
            for (long i = log.size(); i < Math.min(size, log.size() + 10_000); i++) {
                batch.add(record(i));
            }
            log.appendAll(batch);
            if (signEachBatch) {
                log.signCheckpoint();
            }
        }
    }

    static byte[] record(long n) {
        return ("{\"action\":\"ALLOW\",\"constitution\":\"sha256:4f1c0e1a9b7d2c3e5f60718293a4b5c6d7e8f90112233445566778899aabbcc\","
                + "\"content\":\"hmac-sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
                + "\"direction\":\"PROMPT\",\"principles\":[{\"id\":\"no-violence\",\"score\":0.0123}],"
                + "\"request\":\"req-" + n + "\",\"seq\":" + n + ",\"tenant\":\"acme\",\"time\":\"2026-11-27T08:00:00Z\","
                + "\"upstream\":\"openai-compatible\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    @Threads(64)
    public long append64Threads() {
        return log.append(record(seq.incrementAndGet()));
    }

    @Benchmark
    @Threads(8)
    public long append8Threads() {
        return log.append(record(seq.incrementAndGet()));
    }

    @Benchmark
    @Threads(1)
    public long append1Thread() {
        return log.append(record(seq.incrementAndGet()));
    }
}
