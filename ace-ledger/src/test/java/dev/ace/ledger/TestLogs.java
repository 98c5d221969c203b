package dev.ace.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Fixed keys and small helpers for storage tests. */
final class TestLogs {
    static final String ORIGIN = "test.ace.example/decisions";

    private TestLogs() {
    }

    static NoteSigner signer() {
        return NoteSigner.fromSeed(ORIGIN, HexFormat.of().parseHex("07".repeat(32)));
    }

    /** Options without the background checkpointer: tests sign when they choose. */
    static LedgerOptions options() {
        return new LedgerOptions(ORIGIN, signer(), Duration.ZERO);
    }

    static Ledger open(Path dir) {
        return Ledger.openEmbedded(dir, options());
    }

    static byte[] entry(int i) {
        return ("{\"seq\":" + i + ",\"note\":\"entry number " + i + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    static List<Digest> leafHashes(LogReader log, long n) {
        List<Digest> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(Merkle.leafHash(log.entry(i)));
        }
        return out;
    }
}
