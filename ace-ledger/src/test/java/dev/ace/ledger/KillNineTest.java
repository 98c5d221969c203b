package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a burst of appends loses no acknowledged entry and leaves a log that verifies: a child JVM appends
 * from eight threads and prints each acknowledged index; it is killed with SIGKILL mid-burst, twice; the log is
 * reopened and audited.
 */
class KillNineTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void keepsEveryAcknowledgedEntryAcrossKillNine() throws Exception {
        Map<Long, String> acked = new HashMap<>();
        burstThenKill(acked, 3000);
        burstThenKill(acked, 3000);
        try (Ledger log = TestLogs.open(dir)) {
            assertThat(log.size()).isGreaterThanOrEqualTo(acked.size());
            for (Map.Entry<Long, String> e : acked.entrySet()) {
                assertThat(Merkle.leafHash(log.entry(e.getKey())).hex()).as("entry %d", e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(log.root(log.size())).isEqualTo(Merkle.root(TestLogs.leafHashes(log, log.size())));
        }
        LogAuditor.Report report = LogAuditor.auditDirectory(dir,
                new LogAuditor.Options(Optional.of(TestLogs.signer().verifier()), List.of(), true));
        assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(acked.size());
        assertThat(report.checkpointsChecked()).isGreaterThan(2);
    }

    private void burstThenKill(Map<Long, String> acked, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BurstAppender.class.getName(), dir.toString(), "8")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int before = acked.size();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            assertThat(in.readLine()).startsWith("READY");
            String line;
            boolean killed = false;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(" ");
                if (f.length != 3 || !f[0].equals("ACK")) {
                    continue; // a line cut by the kill was never a whole acknowledgement
                }
                assertThat(acked.put(Long.parseLong(f[1]), f[2])).as("index %s acknowledged twice", f[1]).isNull();
                if (!killed && acked.size() - before >= killAfter) {
                    // SIGKILL from outside: no shutdown hooks, no close(); Process.destroyForcibly would also close our
                    // end of the pipe and lose the acknowledgements still buffered in it.
                    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).inheritIO().start().waitFor();
                    killed = true;
                }
            }
        }
        child.waitFor();
        assertThat(child.exitValue()).isEqualTo(137);
    }
}
