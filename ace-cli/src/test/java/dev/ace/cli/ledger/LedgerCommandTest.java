package dev.ace.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ace.cli.AceRun;
import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerHttp;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.NoteSigner;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {
    static final String ORIGIN = "cli.ace.example/decisions";

    @TempDir
    Path tmp;
    Path keys;
    Path logDir;
    String out;
    String err;

    int ace(String... args) {
        AceRun r = AceRun.of(args);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    @BeforeEach
    void keysAndLog() throws Exception {
        keys = tmp.resolve("keys");
        logDir = tmp.resolve("log");
        assertThat(ace("ledger", "keygen", "--name", ORIGIN, "--out", keys.toString())).isZero();
        try (Ledger log = open()) {
            java.util.List<byte[]> entries = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                entries.add(("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            }
            log.appendAll(entries);
        }
    }

    Ledger open() throws Exception {
        NoteSigner signer = NoteSigner.parse(Files.readString(keys.resolve("signer.key")));
        return Ledger.openEmbedded(logDir, new LedgerOptions(ORIGIN, signer, Duration.ZERO));
    }

    @Test
    void keygenWritesAnOwnerOnlySigningKeyAndRefusesToOverwriteIt() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("signer.key")))).isEqualTo("rw-------");
        assertThat(Files.readString(keys.resolve("verifier.key"))).startsWith(ORIGIN + "+");
        assertThat(ace("ledger", "keygen", "--name", ORIGIN, "--out", keys.toString())).isEqualTo(2);
        assertThat(err).contains("refusing to overwrite");
        assertThat(ace("ledger", "keygen", "--name", "bad name", "--out", tmp.resolve("k2").toString())).isEqualTo(2);
        assertThat(err).contains("no spaces").doesNotContain("Exception");
    }

    @Test
    void verifyPassesThenFailsNamingTheChangedEntry() throws Exception {
        String key = keys.resolve("verifier.key").toString();
        assertThat(ace("ledger", "verify", "--dir", logDir.toString(), "--key", key)).as(err).isZero();
        assertThat(out).startsWith("ok: " + ORIGIN + " size 300");
        flipLastByteOfEntry(logDir, 123);
        assertThat(ace("ledger", "verify", "--dir", logDir.toString(), "--key", key)).isEqualTo(1);
        assertThat(err).startsWith("ace ledger verify: FAILED: entry 123:").doesNotContain("\tat ");
    }

    @Test
    void verifyKeepsStateAndCatchesAForkedLog() throws Exception {
        String key = keys.resolve("verifier.key").toString();
        assertThat(ace("ledger", "verify", "--dir", logDir.toString(), "--key", key)).isZero();
        assertThat(logDir.resolve("verified-checkpoint")).exists();
        try (Ledger log = open()) {
            log.append("more".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ace("ledger", "verify", "--dir", logDir.toString(), "--key", key)).as(err).isZero();
        assertThat(out).contains("size 301");
        // A log rebuilt from scratch with the same key: signed, but not the log seen before.
        Path forked = tmp.resolve("forked");
        NoteSigner signer = NoteSigner.parse(Files.readString(keys.resolve("signer.key")));
        try (Ledger log = Ledger.openEmbedded(forked, new LedgerOptions(ORIGIN, signer, Duration.ZERO))) {
            java.util.List<byte[]> entries = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                entries.add(("{\"forged\":" + i + "}").getBytes(StandardCharsets.UTF_8));
            }
            log.appendAll(entries);
        }
        assertThat(ace("ledger", "verify", "--dir", forked.toString(), "--key", key,
                "--state", logDir.resolve("verified-checkpoint").toString())).isEqualTo(1);
        assertThat(err).contains("checkpoint of size 301: it signs root");
    }

    @Test
    void verifiesOverHttpAndExportsStaticTiles() throws Exception {
        try (Ledger log = open()) {
            HttpServer server = serve(new LedgerHttp(log));
            try {
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ledger/";
                assertThat(ace("ledger", "verify", "--url", url, "--entries")).as(err).isZero();
                assertThat(err).contains("pass --key to pin it");
                assertThat(out).contains("300 entries verified");
                assertThat(ace("ledger", "proof", "inclusion", "--url", url, "--index", "17")).as(err).isZero();
                assertThat(out).contains("\"index\":17").contains("\"size\":300");
                assertThat(ace("ledger", "proof", "consistency", "--url", url, "--from", "5", "--to", "300",
                        "--key", Files.readString(keys.resolve("verifier.key")).strip())).as(err).isZero();
            } finally {
                server.stop(0);
            }
        }
        Path static_ = tmp.resolve("static");
        assertThat(ace("ledger", "export", "--dir", logDir.toString(), "--out", static_.toString())).as(err).isZero();
        assertThat(static_.resolve("tile/0/000")).exists();
        assertThat(static_.resolve("tile/entries/001.p/44")).exists();
        assertThat(ace("ledger", "verify", "--dir", static_.toString(), "--key", keys.resolve("verifier.key").toString()))
                .as(err).isZero();
        assertThat(ace("ledger", "proof", "inclusion", "--dir", logDir.toString(), "--index", "299")).as(err).isZero();
    }

    @Test
    void reportsUsageErrorsInOneLine() {
        assertThat(ace("ledger", "verify")).isEqualTo(2);
        assertThat(err).contains("give exactly one of --dir DIR and --url URL");
        assertThat(ace("ledger", "verify", "--dir", tmp.resolve("nothing").toString())).isEqualTo(2);
        assertThat(err.lines().count()).isEqualTo(1);
        assertThat(ace("ledger", "verify", "--dir", logDir.toString(), "--key", "not+a+key")).isEqualTo(2);
        assertThat(err).contains("--key");
        assertThat(ace("ledger", "proof", "inclusion", "--dir", logDir.toString(), "--index", "300")).isEqualTo(2);
        assertThat(err).contains("index 300");
    }

    static HttpServer serve(LedgerHttp http) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ledger/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/ledger/".length());
            Map<String, String> query = new HashMap<>();
            String raw = exchange.getRequestURI().getQuery();
            if (raw != null) {
                for (String kv : raw.split("&")) {
                    String[] p = kv.split("=", 2);
                    query.put(p[0], p.length > 1 ? p[1] : "");
                }
            }
            LedgerHttp.Response r = http.handle(path, query);
            exchange.getResponseHeaders().add("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), r.body().length);
            exchange.getResponseBody().write(r.body());
            exchange.close();
        });
        server.start();
        return server;
    }

    static void flipLastByteOfEntry(Path dir, long index) throws Exception {
        try (FileChannel ch = FileChannel.open(dir.resolve("entries.log"), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long at = 8;
            ByteBuffer header = ByteBuffer.allocate(8);
            for (long i = 0; i <= index; i++) {
                header.clear();
                ch.read(header, at);
                at += 8 + header.getInt(0);
            }
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, at - 1);
            b.put(0, (byte) (b.get(0) ^ 1));
            b.rewind();
            ch.write(b, at - 1);
        }
    }
}
