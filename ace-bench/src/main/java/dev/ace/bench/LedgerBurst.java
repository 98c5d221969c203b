package dev.ace.bench;

import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.NoteSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * The burst test: THREADS appenders write decision records to a fresh embedded log as fast as they can for SECONDS,
 * then it prints durable appends per second and the append latency percentiles (each append waits for its fsync),
 * and checks that the log's root covers every acknowledged entry.
 *
 * <pre>
 * ./mvnw -B -q -pl ace-bench -am package -DskipTests
 * java -cp ace-bench/target/benchmarks.jar dev.ace.bench.LedgerBurst 64 10
 * </pre>
 */
public final class LedgerBurst {
    private LedgerBurst() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("ace-ledger-burst");
        String origin = "burst.ace.example/decisions";
        NoteSigner signer = NoteSigner.fromSeed(origin, HexFormat.of().parseHex("44".repeat(32)));
        Recorder latencies = new Recorder(3);
        AtomicLong seq = new AtomicLong();
        long maxIndex;
        try (Ledger log = Ledger.openEmbedded(dir, new LedgerOptions(origin, signer, Duration.ofMillis(500)))) {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            AtomicLong highest = new AtomicLong(-1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        long index = log.append(LedgerAppendBenchmark.record(seq.incrementAndGet()));
                        latencies.recordValue((System.nanoTime() - start) / 1000);
                        highest.accumulateAndGet(index, Math::max);
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
            maxIndex = highest.get();
            long size = log.signCheckpoint().checkpoint().size();
            if (size != maxIndex + 1 || size != seq.get()) {
                throw new IllegalStateException("signed size " + size + ", highest index " + maxIndex + ", appends " + seq.get());
            }
        }
        var h = latencies.getIntervalHistogram();
        System.out.printf("threads %d, %d s: %d durable appends, %.0f /s; latency µs p50 %d p99 %d p99.9 %d max %d%n",
                threads, seconds, maxIndex + 1, (maxIndex + 1) / (double) seconds, h.getValueAtPercentile(50),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue());
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
