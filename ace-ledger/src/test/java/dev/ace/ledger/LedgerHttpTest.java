package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerHttpTest {
    @TempDir
    Path dir;
    Ledger log;
    LedgerHttp http;

    @BeforeEach
    void fill() {
        log = TestLogs.open(dir);
        for (int i = 0; i < 300; i++) {
            log.append(TestLogs.entry(i));
        }
        log.signCheckpoint();
        http = new LedgerHttp(log);
    }

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void servesTheSignedCheckpointAndVerifierKey() throws Exception {
        LedgerHttp.Response r = http.handle("checkpoint", Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.cacheControl()).isEqualTo(LedgerHttp.SHORT_LIVED);
        NoteVerifier key = NoteVerifier.parse(http.handle("verifier-key", Map.of()).bodyText());
        assertThat(SignedCheckpoint.open(r.bodyText(), key).checkpoint().size()).isEqualTo(300);
    }

    @Test
    void servesFullTilesImmutableAndPartialTilesShortLived() {
        LedgerHttp.Response full = http.handle("tile/0/000", Map.of());
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.cacheControl()).isEqualTo(LedgerHttp.IMMUTABLE);
        assertThat(full.body()).hasSize(256 * 32);
        assertThat(Digest.of(full.body(), 32 * 7)).isEqualTo(Merkle.leafHash(TestLogs.entry(7)));
        LedgerHttp.Response partial = http.handle("tile/0/001.p/44", Map.of());
        assertThat(partial.cacheControl()).isEqualTo(LedgerHttp.SHORT_LIVED);
        assertThat(partial.body()).hasSize(44 * 32);
        assertThat(http.handle("tile/1/000.p/1", Map.of()).body()).isEqualTo(log.subtreeHash(8, 0).bytes());
        assertThat(http.handle("tile/0/001", Map.of()).status()).isEqualTo(404);
        assertThat(http.handle("tile/0/001.p/45", Map.of()).status()).isEqualTo(404);
        assertThat(http.handle("tile/0/0001", Map.of()).status()).isEqualTo(400);
        assertThat(http.handle("nothing", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void servesEntryBundlesWithLengthPrefixes() {
        byte[] bundle = http.handle("tile/entries/001.p/2", Map.of()).body();
        ByteBuffer b = ByteBuffer.wrap(bundle);
        for (int i = 256; i < 258; i++) {
            byte[] e = new byte[b.getShort() & 0xffff];
            b.get(e);
            assertThat(e).isEqualTo(TestLogs.entry(i));
        }
        assertThat(b.hasRemaining()).isFalse();
    }

    @Test
    void servesProofsAsJsonThatVerify() throws Exception {
        LedgerHttp.Response r = http.handle("proof/inclusion", Map.of("index", "77", "size", "300"));
        assertThat(r.contentType()).isEqualTo("application/json");
        String json = r.bodyText();
        Proofs.verifyInclusion(Merkle.leafHash(TestLogs.entry(77)), 77, 300, hashes(json, "proof"), log.root(300));
        String cons = http.handle("proof/consistency", Map.of("from", "100")).bodyText();
        assertThat(cons).contains("\"to\":300");
        Proofs.verifyConsistency(100, 300, log.root(100), log.root(300), hashes(cons, "proof"));
        assertThat(http.handle("proof/inclusion", Map.of("index", "300", "size", "300")).status()).isEqualTo(400);
        assertThat(http.handle("proof/inclusion", Map.of("index", "x")).bodyText()).contains("'index'");
        assertThat(http.handle("proof/consistency", Map.of()).bodyText()).contains("missing query parameter 'from'");
    }

    static List<Digest> hashes(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\[([^\\]]*)\\]").matcher(json);
        assertThat(m.find()).isTrue();
        if (m.group(1).isEmpty()) {
            return List.of();
        }
        return Pattern.compile(",").splitAsStream(m.group(1))
                .map(s -> Digest.of(Base64.getDecoder().decode(s.substring(1, s.length() - 1)))).toList();
    }

    @Test
    void auditsEndToEndOverHttpAndNamesAChangedEntry() throws Exception {
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
            exchange.getResponseHeaders().add("Cache-Control", r.cacheControl());
            exchange.sendResponseHeaders(r.status(), r.body().length);
            exchange.getResponseBody().write(r.body());
            exchange.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ledger/");
            LogAuditor.Report report = LogAuditor.audit(LogSource.http(base), new LogAuditor.Options(Optional.empty(), List.of(), true));
            assertThat(report.keyFromLog()).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(300);
            TamperTest.flipByteOfEntry(dir, 299);
            assertThatThrownBy(() -> LogAuditor.audit(LogSource.http(base),
                    new LogAuditor.Options(Optional.of(TestLogs.signer().verifier()), List.of(), true)))
                    .hasMessageStartingWith("entry 299:");
        } finally {
            server.stop(0);
        }
    }
}
