package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedLedgerTest {
    @TempDir
    Path dir;

    @Test
    void servesRootsAndProofsEqualToTheReferenceTree() throws Exception {
        try (Ledger log = TestLogs.open(dir)) {
            for (int i = 0; i < 600; i++) {
                assertThat(log.append(TestLogs.entry(i))).isEqualTo(i);
            }
            List<Digest> leaves = TestLogs.leafHashes(log, 600);
            for (long n : new long[] {0, 1, 2, 3, 7, 8, 255, 256, 257, 511, 599, 600}) {
                assertThat(log.root(n)).isEqualTo(Merkle.root(leaves.subList(0, (int) n)));
            }
            for (long[] c : new long[][] {{0, 1}, {5, 6}, {255, 600}, {599, 600}, {300, 513}}) {
                long index = c[0];
                long size = c[1];
                List<Digest> proof = log.inclusionProof(index, size);
                assertThat(proof).isEqualTo(Merkle.inclusionProof(leaves, index, size));
                Proofs.verifyInclusion(leaves.get((int) index), index, size, proof, log.root(size));
                List<Digest> consistency = log.consistencyProof(index + 1, size);
                assertThat(consistency).isEqualTo(Merkle.consistencyProof(leaves, index + 1, size));
                Proofs.verifyConsistency(index + 1, size, log.root(index + 1), log.root(size), consistency);
            }
            assertThat(log.subtreeHash(8, 1)).isEqualTo(Merkle.root(leaves.subList(256, 512)));
            assertThatThrownBy(() -> log.subtreeHash(8, 2)).hasMessageContaining("no complete subtree");
        }
    }

    @Test
    void givesConcurrentAppendersDistinctDurableIndexes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Ledger log = TestLogs.open(dir)) {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 150; i++) {
                        long index = log.append(TestLogs.entry(thread * 1000 + i));
                        assertThat(log.entry(index)).isEqualTo(TestLogs.entry(thread * 1000 + i));
                        mine.add(index);
                    }
                    return mine;
                }));
            }
            Set<Long> all = new TreeSet<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(1200).first().isEqualTo(0L);
            assertThat(Collections.max(all)).isEqualTo(1199L);
            assertThat(log.size()).isEqualTo(1200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void signsConsistentCheckpointsAndKeepsThemAcrossReopening() throws Exception {
        SignedCheckpoint first;
        try (Ledger log = TestLogs.open(dir)) {
            for (int i = 0; i < 10; i++) {
                log.append(TestLogs.entry(i));
            }
            first = log.signCheckpoint();
            assertThat(first.checkpoint().size()).isEqualTo(10);
            assertThat(log.signCheckpoint()).isEqualTo(first);
            log.append(TestLogs.entry(10));
        }
        try (Ledger log = TestLogs.open(dir)) {
            assertThat(log.size()).isEqualTo(11);
            SignedCheckpoint second = log.checkpoint().orElseThrow();
            assertThat(second.checkpoint().size()).isEqualTo(11);
            Proofs.verifyConsistency(10, 11, first.checkpoint().root(), second.checkpoint().root(), log.consistencyProof(10, 11));
            assertThat(SignedCheckpoint.open(second.note(), TestLogs.signer().verifier())).isEqualTo(second);
            assertThat(Files.readString(dir.resolve("checkpoint"))).isEqualTo(second.note());
            assertThat(log.append(TestLogs.entry(11))).isEqualTo(11);
        }
    }

    @Test
    void truncatesATornLastWriteOnRecovery() throws Exception {
        try (Ledger log = TestLogs.open(dir)) {
            for (int i = 0; i < 10; i++) {
                log.append(TestLogs.entry(i));
            }
        }
        Path file = dir.resolve("entries.log");
        long whole = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.allocate(14).putInt(100).putInt(1234).put(new byte[] {1, 2, 3, 4, 5, 6}).flip());
        }
        try (Ledger log = TestLogs.open(dir)) {
            assertThat(log.size()).isEqualTo(10);
            assertThat(Files.size(file)).isEqualTo(whole);
            assertThat(log.append(TestLogs.entry(10))).isEqualTo(10);
            assertThat(log.root(11)).isEqualTo(Merkle.root(TestLogs.leafHashes(log, 11)));
        }
    }

    @Test
    void rebuildsMissingTreeAndIndexFilesFromTheEntries() throws Exception {
        Digest root;
        try (Ledger log = TestLogs.open(dir)) {
            for (int i = 0; i < 300; i++) {
                log.append(TestLogs.entry(i));
            }
            root = log.signCheckpoint().checkpoint().root();
        }
        Files.delete(dir.resolve("entries.idx"));
        try (var files = Files.list(dir.resolve("hashes"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        try (Ledger log = TestLogs.open(dir)) {
            assertThat(log.size()).isEqualTo(300);
            assertThat(log.root(300)).isEqualTo(root);
            assertThat(log.entry(299)).isEqualTo(TestLogs.entry(299));
        }
    }

    @Test
    void refusesOversizedEntriesASecondWriterAndAnotherKey() {
        try (Ledger log = TestLogs.open(dir)) {
            assertThatThrownBy(() -> log.append(new byte[70_000])).hasMessageContaining("at most 65535 bytes");
            assertThatThrownBy(() -> TestLogs.open(dir)).hasMessageContaining("open in another process");
        }
        NoteSigner other = NoteSigner.generate(TestLogs.ORIGIN, new SecureRandom());
        assertThatThrownBy(() -> Ledger.openEmbedded(dir, new LedgerOptions(TestLogs.ORIGIN, other, java.time.Duration.ZERO)))
                .hasMessageContaining("a log keeps one key");
    }

    @Test
    void appendsABatchInOrder() {
        try (Ledger log = TestLogs.open(dir)) {
            log.append(TestLogs.entry(0));
            long[] indexes = log.appendAll(List.of(TestLogs.entry(1), TestLogs.entry(2), TestLogs.entry(3)));
            assertThat(indexes).containsExactly(1, 2, 3);
            assertThat(log.entry(3)).isEqualTo(TestLogs.entry(3));
        }
    }

    @Test
    void closesIdempotentlyAndRefusesAppendsAfterwards() {
        Ledger log = TestLogs.open(dir);
        log.append(TestLogs.entry(0));
        log.close();
        log.close();
        assertThatThrownBy(() -> log.append(TestLogs.entry(1))).hasMessageContaining("is closed");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void signsACheckpointInTheBackground() throws Exception {
        try (Ledger log = Ledger.openEmbedded(dir, TestLogs.options().withCheckpointInterval(java.time.Duration.ofMillis(20)))) {
            log.append(TestLogs.entry(0));
            while (log.checkpoint().map(c -> c.checkpoint().size()).orElse(0L) < 1) {
                Thread.onSpinWait();
            }
            assertThat(log.checkpoint().orElseThrow().checkpoint().root()).isEqualTo(log.root(1));
        }
    }
}
