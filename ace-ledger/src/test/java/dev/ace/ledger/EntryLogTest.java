package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryLogTest {
    @TempDir
    Path dir;

    private Path writeTen() throws Exception {
        Path file = dir.resolve("entries.log");
        try (EntryLog log = new EntryLog(file, true)) {
            List<byte[]> entries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                entries.add(TestLogs.entry(i));
            }
            log.append(entries);
        }
        return file;
    }

    private static long recover(Path file, List<Long> seen) throws Exception {
        try (EntryLog log = new EntryLog(file, true)) {
            return log.recover(EntryLog.MAGIC.length, 0, (index, offset, data) -> seen.add(index));
        }
    }

    @Test
    void truncatesARecordCutShortAtTheEnd() throws Exception {
        Path file = writeTen();
        long whole = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.allocate(11).putInt(40).putInt(0).put(new byte[] {1, 2, 3}).flip());
        }
        List<Long> seen = new ArrayList<>();
        assertThat(recover(file, seen)).isEqualTo(10);
        assertThat(seen).hasSize(10);
        assertThat(Files.size(file)).isEqualTo(whole);
    }

    @Test
    void truncatesAWholeLastRecordThatFailsItsChecksum() throws Exception {
        Path file = writeTen();
        long size = Files.size(file);
        TamperTest.flipByteAt(file, size - 1);
        assertThat(recover(file, new ArrayList<>())).isEqualTo(9);
        assertThat(Files.size(file)).isLessThan(size);
    }

    @Test
    void treatsZeroFilledTailsAsTorn() throws Exception {
        Path file = writeTen();
        long whole = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.allocate(4096));
        }
        assertThat(recover(file, new ArrayList<>())).isEqualTo(10);
        assertThat(Files.size(file)).isEqualTo(whole);
    }

    @Test
    void refusesToTruncateADamagedRecordFollowedByWholeOnes() throws Exception {
        Path file = writeTen();
        TamperTest.flipByteOfEntry(dir, 4);
        long size = Files.size(file);
        assertThatThrownBy(() -> recover(file, new ArrayList<>())).isInstanceOf(LedgerException.class)
                .hasMessageContaining("entry 4").hasMessageContaining("nothing was truncated");
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void rejectsAFileThatIsNotAnEntriesLog() throws Exception {
        Path file = dir.resolve("entries.log");
        Files.writeString(file, "hello world");
        assertThatThrownBy(() -> new EntryLog(file, false)).hasMessageContaining("bad magic");
    }
}
