package dev.ace.bench;

import dev.ace.ledger.Digest;
import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.NoteSigner;
import dev.ace.ledger.ProofException;
import dev.ace.ledger.Proofs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Proof generation from the embedded log's stored subtree hashes at one million entries (inclusion of a random leaf,
 * consistency from a random earlier size; the size is deliberately not a power of two), and the cost of verifying
 * each proof (RFC 9162). The log is built once under {@code target/ledger-bench-1m} and reused by later runs.
 *
 * <pre>
 * ./mvnw -B -q -pl ace-bench -am package -DskipTests
 * java -jar ace-bench/target/benchmarks.jar MerkleProofBenchmark -f 1 -wi 2 -w 2s -i 3 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MerkleProofBenchmark {
    private static final String ORIGIN = "bench.ace.example/proofs";

    @Param("1000003")
    long size;

    private Ledger log;
    private Digest root;
    private final SplittableRandom random = new SplittableRandom(42);
    private long proofIndex;
    private Digest proofLeaf;
    private List<Digest> inclusion;
    private long consistencyFrom;
    private Digest fromRoot;
    private List<Digest> consistency;

    @Setup
    public void open() throws IOException {
        Path dir = Path.of(System.getProperty("ace.bench.dir", "target/ledger-bench-1m"));
        Files.createDirectories(dir);
        NoteSigner signer = NoteSigner.fromSeed(ORIGIN, HexFormat.of().parseHex("22".repeat(32)));
        log = Ledger.openEmbedded(dir, new LedgerOptions(ORIGIN, signer, Duration.ZERO));
        LedgerAppendBenchmark.fill(log, size, false);
        root = log.root(size);
        proofIndex = size / 3 + 7;
        proofLeaf = log.subtreeHash(0, proofIndex);
        inclusion = log.inclusionProof(proofIndex, size);
        consistencyFrom = size / 2 + 11;
        fromRoot = log.root(consistencyFrom);
        consistency = log.consistencyProof(consistencyFrom, size);
    }

    @TearDown
    public void close() {
        log.close();
    }

    @Benchmark
    public List<Digest> inclusionProof() {
        return log.inclusionProof(random.nextLong(size), size);
    }

    @Benchmark
    public List<Digest> consistencyProof() {
        return log.consistencyProof(1 + random.nextLong(size - 1), size);
    }

    @Benchmark
    public Digest verifyInclusion() throws ProofException {
        Proofs.verifyInclusion(proofLeaf, proofIndex, size, inclusion, root);
        return root;
    }

    @Benchmark
    public Digest verifyConsistency() throws ProofException {
        Proofs.verifyConsistency(consistencyFrom, size, fromRoot, root, consistency);
        return root;
    }
}
