package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs against a real PostgreSQL when ACE_PG_URL is set ({@code source scripts/postgres.sh}); skipped otherwise. */
@Timeout(120)
class PostgresLedgerTest {
    String url;

    @BeforeEach
    void database() throws Exception {
        url = System.getenv("ACE_PG_URL");
        assumeThat(url).as("ACE_PG_URL (source scripts/postgres.sh)").isNotBlank();
        PostgresLedger.dropTables(url);
    }

    @Test
    void twoWritersShareOneConsistentLog() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Ledger a = Ledger.openPostgres(url, TestLogs.options()); Ledger b = Ledger.openPostgres(url, TestLogs.options())) {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Ledger writer = t % 2 == 0 ? a : b;
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        long index = writer.append(TestLogs.entry(thread * 100 + i));
                        assertThat(writer.entry(index)).isEqualTo(TestLogs.entry(thread * 100 + i));
                        mine.add(index);
                    }
                    return mine;
                }));
            }
            Set<Long> all = new TreeSet<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(320).first().isEqualTo(0L);
            assertThat(a.size()).isEqualTo(320);
            assertThat(b.root(320)).isEqualTo(Merkle.root(TestLogs.leafHashes(a, 320)));
            SignedCheckpoint cp = a.signCheckpoint();
            assertThat(cp.checkpoint().size()).isEqualTo(320);
            assertThat(b.checkpoint()).contains(cp);
            List<Digest> leaves = TestLogs.leafHashes(b, 320);
            assertThat(b.inclusionProof(123, 300)).isEqualTo(Merkle.inclusionProof(leaves, 123, 300));
            assertThat(a.consistencyProof(7, 320)).isEqualTo(Merkle.consistencyProof(leaves, 7, 320));
            LogAuditor.Report report = LogAuditor.audit(LogSource.of(b),
                    new LogAuditor.Options(Optional.of(TestLogs.signer().verifier()), List.of(), true));
            assertThat(report.entriesChecked()).isEqualTo(320);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheLogAcrossReopening() {
        SignedCheckpoint first;
        try (Ledger log = Ledger.openPostgres(url, TestLogs.options())) {
            for (int i = 0; i < 5; i++) {
                assertThat(log.append(TestLogs.entry(i))).isEqualTo(i);
            }
            first = log.signCheckpoint();
        }
        try (Ledger log = Ledger.openPostgres(url, TestLogs.options())) {
            assertThat(log.size()).isEqualTo(5);
            assertThat(log.checkpoint()).contains(first);
            assertThat(log.append(TestLogs.entry(5))).isEqualTo(5);
            assertThat(log.signCheckpoint().checkpoint().size()).isEqualTo(6);
        }
    }

    @Test
    void anotherProcessTakesOverSequencingWhenTheSequencerCloses() {
        Ledger a = Ledger.openPostgres(url, TestLogs.options());
        try (Ledger b = Ledger.openPostgres(url, TestLogs.options())) {
            assertThat(a.append(TestLogs.entry(0))).isZero();
            a.close();
            assertThat(b.append(TestLogs.entry(1))).isEqualTo(1);
            assertThat(b.signCheckpoint().checkpoint().size()).isEqualTo(2);
        } finally {
            a.close();
        }
    }

    @Test
    void refusesALogOfAnotherOrigin() {
        try (Ledger log = Ledger.openPostgres(url, TestLogs.options())) {
            log.append(TestLogs.entry(0));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ledger.openPostgres(url,
                new LedgerOptions("other.origin", TestLogs.signer(), java.time.Duration.ZERO)))
                .hasMessageContaining("holds the log '" + TestLogs.ORIGIN + "'");
    }
}
