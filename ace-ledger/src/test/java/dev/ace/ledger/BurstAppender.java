package dev.ace.ledger;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child process of {@link KillNineTest}: appends from several threads without end and prints
 * {@code ACK <index> <leaf hash>} for each entry once {@link Ledger#append} has returned.
 */
public final class BurstAppender {
    private BurstAppender() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        Ledger log = Ledger.openEmbedded(dir, TestLogs.options().withCheckpointInterval(Duration.ofMillis(20)));
        out.println("READY " + log.size());
        out.flush();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread.ofPlatform().start(() -> {
                for (int i = 0; ; i++) {
                    byte[] entry = ("burst " + thread + " " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    long index = log.append(entry);
                    String line = "ACK " + index + " " + Merkle.leafHash(entry).hex();
                    synchronized (out) {
                        out.println(line);
                        out.flush();
                    }
                }
            });
        }
    }
}
