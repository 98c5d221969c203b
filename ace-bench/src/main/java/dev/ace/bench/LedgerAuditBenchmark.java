package dev.ace.bench;

import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.LogAuditor;
import dev.ace.ledger.NoteSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a full offline audit ({@code ace ledger verify --dir}): every checkpoint's signature, the tree
 * recomputed from the leaf tiles, every higher tile, and every entry re-hashed, for a log of {@code size} entries
 * built once under {@code target/ledger-bench-audit-<size>}.
 *
 * <pre>
 * ./mvnw -B -q -pl ace-bench -am package -DskipTests
 * java -jar ace-bench/target/benchmarks.jar LedgerAuditBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerAuditBenchmark {
    private static final String ORIGIN = "bench.ace.example/audit";

    @Param("100000")
    long size;

    private Path dir;
    private NoteSigner signer;

    @Setup
    public void build() throws IOException {
        dir = Path.of("target", "ledger-bench-audit-" + size);
        Files.createDirectories(dir);
        signer = NoteSigner.fromSeed(ORIGIN, HexFormat.of().parseHex("33".repeat(32)));
        try (Ledger log = Ledger.openEmbedded(dir, new LedgerOptions(ORIGIN, signer, Duration.ZERO))) {
            LedgerAppendBenchmark.fill(log, size, true);
        }
    }

    @Benchmark
    public LogAuditor.Report auditWithEntries() throws Exception {
        return LogAuditor.auditDirectory(dir, new LogAuditor.Options(Optional.of(signer.verifier()), List.of(), true));
    }
}
