package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing any stored byte makes the offline audit fail and name what changed. */
class TamperTest {
    @TempDir
    Path dir;

    /** Flips the last data byte of entry {@code index} in entries.log, found by walking the records. */
    static void flipByteOfEntry(Path dir, long index) throws IOException {
        try (FileChannel ch = FileChannel.open(dir.resolve("entries.log"), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long at = EntryLog.MAGIC.length;
            ByteBuffer header = ByteBuffer.allocate(EntryLog.HEADER);
            for (long i = 0; i < index; i++) {
                header.clear();
                ch.read(header, at);
                at += EntryLog.HEADER + header.getInt(0);
            }
            header.clear();
            ch.read(header, at);
            long target = at + EntryLog.HEADER + header.getInt(0) - 1;
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, target);
            b.put(0, (byte) (b.get(0) ^ 0x01));
            b.rewind();
            ch.write(b, target);
        }
    }

    static void flipByteAt(Path file, long position) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, position);
            b.put(0, (byte) (b.get(0) ^ 0x80));
            b.rewind();
            ch.write(b, position);
        }
    }

    private void writeLog(int n) {
        try (Ledger log = TestLogs.open(dir)) {
            for (int i = 0; i < n; i++) {
                log.append(TestLogs.entry(i));
                if (i % 97 == 0) {
                    log.signCheckpoint();
                }
            }
        }
    }

    private static LogAuditor.Options withEntries() {
        return new LogAuditor.Options(Optional.of(TestLogs.signer().verifier()), List.of(), true);
    }

    @Test
    void auditPassesOnAnUntouchedLog() throws Exception {
        writeLog(700);
        LogAuditor.Report report = LogAuditor.auditDirectory(dir, withEntries());
        assertThat(report.latest().checkpoint().size()).isEqualTo(700);
        assertThat(report.entriesChecked()).isEqualTo(700);
        assertThat(report.checkpointsChecked()).isEqualTo(9); // sizes 1, 98, ..., 680 and 700 on close
    }

    @Test
    void auditNamesTheEntryWhoseByteWasFlipped() throws Exception {
        writeLog(700);
        flipByteOfEntry(dir, 345);
        assertThatThrownBy(() -> LogAuditor.auditDirectory(dir, withEntries()))
                .isInstanceOf(LogAuditor.AuditException.class)
                .hasMessageStartingWith("entry 345:").hasMessageContaining("the entry was changed");
    }

    @Test
    void auditNamesTheCheckpointWhenAStoredLeafHashWasFlipped() throws Exception {
        writeLog(700);
        flipByteAt(dir.resolve("hashes").resolve("level-00"), 32 * 600 + 5);
        assertThatThrownBy(() -> LogAuditor.auditDirectory(dir, withEntries()))
                .isInstanceOf(LogAuditor.AuditException.class)
                .hasMessageContaining("checkpoint of size 680").hasMessageContaining("the log's leaves give");
    }

    @Test
    void auditNamesAHigherTileThatDisagreesWithItsLeaves() throws Exception {
        writeLog(700);
        flipByteAt(dir.resolve("hashes").resolve("level-08"), 32 + 3);
        assertThatThrownBy(() -> LogAuditor.auditDirectory(dir, withEntries()))
                .hasMessageContaining("tile/1/000.p/2: hash 1 differs");
    }

    @Test
    void auditRejectsACheckpointSignedByAnotherKey() throws Exception {
        writeLog(10);
        NoteVerifier stranger = NoteSigner.generate("stranger", new java.security.SecureRandom()).verifier();
        assertThatThrownBy(() -> LogAuditor.auditDirectory(dir, new LogAuditor.Options(Optional.of(stranger), List.of(), true)))
                .hasMessageStartingWith("the latest checkpoint: signed note: no signature by a known key");
    }

    @Test
    void auditDetectsARollbackAgainstACheckpointSeenBefore() throws Exception {
        writeLog(10);
        NoteSigner signer = TestLogs.signer();
        String later = SignedCheckpoint.sign(new Checkpoint(TestLogs.ORIGIN, 20, Merkle.emptyRoot()), signer).note();
        assertThatThrownBy(() -> LogAuditor.auditDirectory(dir,
                new LogAuditor.Options(Optional.of(signer.verifier()), List.of(later), false)))
                .hasMessageContaining("rolled back");
    }

    @Test
    void auditDetectsAForkAgainstACheckpointSeenBefore() throws Exception {
        writeLog(10);
        NoteSigner signer = TestLogs.signer();
        String fork = SignedCheckpoint.sign(new Checkpoint(TestLogs.ORIGIN, 5, Merkle.emptyRoot()), signer).note();
        assertThatThrownBy(() -> LogAuditor.auditDirectory(dir,
                new LogAuditor.Options(Optional.of(signer.verifier()), List.of(fork), false)))
                .hasMessageContaining("checkpoint of size 5: it signs root " + Merkle.emptyRoot().hex());
    }
}
