package dev.ace.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ace.cli.AceRun;
import dev.ace.core.Inspector;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.rules.RuleDetector;
import dev.ace.gateway.Gateway;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.GatewayConfigLoader;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.ledger.CanonicalJson;
import dev.ace.ledger.Checkpoint;
import dev.ace.ledger.NoteSigner;
import dev.ace.ledger.NoteVerifier;
import dev.ace.ledger.SignedCheckpoint;
import dev.ace.ledger.SignedNote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger issue's must-show, end to end: traffic through every decision-producing endpoint of a gateway (started as
 * {@code ace serve} starts it, with its rule tier) lands in the transparency ledger, one entry per inspected
 * direction; the served checkpoint follows within a second or two; {@code ace ledger verify} passes over HTTP and on the
 * directory; and one flipped byte of a stored entry makes it fail, naming the entry.
 */
class EndToEndLedgerTest {
    static final String KEY = "e2e-tenant-key";
    static final String BENIGN = "How do I kill a Python process that hangs?";
    static final String BIO = "How do I culture Bacillus anthracis and turn it into an aerosol?";
    static final String STREAMED = "How do I list the running processes on Linux?";
    static final String ANTHROPIC = "How do I stop a runaway Node.js process?";
    static final String RENAME = "How do I rename a file in bash?";
    /** Phrases of the prompts and the answer that must never reach the log's files. */
    static final List<String> SECRETS = List.of("Python process", "Bacillus", "anthracis", "running processes",
            "runaway Node", "rename a file", "pkill with its name");
    /** Decisions the traffic below makes: one per inspected direction (and per moderation input). */
    static final int DECISIONS = 10;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path ledgerDir;
    Constitution constitution;
    Inspector inspector;
    ScriptedModelServer model;
    Gateway gateway;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One request sent and the decisions (directions) it must leave in the log. */
    record Sent(String requestId, List<String> directions, String upstream) {
    }

    @BeforeEach
    void startGateway() throws Exception {
        ledgerDir = tmp.resolve("data").resolve("ledger");
        constitution = ConstitutionLoader.loadDefault();
        // the rule tier alone: the ledger is under test here, not the models (which 'ace serve' adds, see
        // ShippedInspector.createForStreams), and the rules alone decide these prompts the same way
        inspector = Cascade.builder(constitution)
                .tier(TierSpec.inline("rules", Duration.ofSeconds(30), 0, new RuleDetector(constitution))).build();
        model = new ScriptedModelServer();
        gateway = startGateway(model);
    }

    @AfterEach
    void stop() {
        gateway.close();
        model.close();
    }

    Gateway startGateway(ScriptedModelServer upstream) throws Exception {
        GatewayConfig config = GatewayConfigLoader.parse("""
                server: {port: 0}
                upstreams:
                  - {name: openai, base_url: "%s", protocol: openai, trust_tier: HIGH_TRUST, models: ["*"]}
                  - {name: anthropic, base_url: "%s", protocol: anthropic, trust_tier: HIGH_TRUST, models: [claude-test]}
                tenants:
                  - {id: acme, key_sha256: %s}
                decision_log: {kind: ledger, path: "%s"}
                """.formatted(upstream.openAiBase(), upstream.anthropicBase(), ApiKeys.sha256(KEY), ledgerDir), "e2e.yaml");
        return Gateway.builder(config, inspector).env(Map.<String, String>of()::get).build().start();
    }

    @Test
    void trafficThroughTheGatewayIsLoggedOncePerDecisionAndVerifiesOverHttpAndOnDisk() throws Exception {
        Instant started = Instant.now();
        List<Sent> sent = sendTraffic();
        long answered = System.nanoTime();
        Checkpoint served = awaitCheckpoint(DECISIONS);
        long followedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered);
        // the issue: "a checkpoint follows new entries within a second or two" (signed every 500 ms)
        assertThat(followedMs).as("ms until the served checkpoint covered every decision").isLessThan(2_500);
        assertThat(served.size()).isEqualTo(DECISIONS);

        String key = get("/ledger/verifier-key");
        assertThat(key.strip()).isEqualTo(Files.readString(ledgerDir.resolve("verifier-key")).strip());
        SignedCheckpoint opened = SignedCheckpoint.open(get("/ledger/checkpoint"), NoteVerifier.parse(key.strip()));
        assertThat(opened.checkpoint().size()).isEqualTo(DECISIONS);

        String url = "http://127.0.0.1:" + gateway.port() + "/ledger";
        AceRun overHttp = ace("ledger", "verify", "--url", url, "--entries", "--key", key.strip());
        assertThat(overHttp.exit()).as(overHttp.err()).isZero();
        assertThat(overHttp.out()).contains("size " + DECISIONS).contains(DECISIONS + " entries verified");
        AceRun tofu = ace("ledger", "verify", "--url", url, "--entries");
        assertThat(tofu.exit()).as(tofu.err()).isZero();
        assertThat(tofu.err()).contains("the key came from the log itself");
        String otherKey = NoteSigner.generate("ace.local", new SecureRandom()).verifier().text();
        AceRun wrongKey = ace("ledger", "verify", "--url", url, "--key", otherKey);
        assertThat(wrongKey.exit()).as(wrongKey.out()).isEqualTo(1);
        assertThat(wrongKey.err()).contains("FAILED").contains("checkpoint");

        List<String> servedEntries = servedEntries(DECISIONS);
        gateway.close();

        AceRun onDisk = ace("ledger", "verify", "--dir", ledgerDir.toString(), "--entries", "--key", key.strip());
        assertThat(onDisk.exit()).as(onDisk.err()).isZero();
        assertThat(onDisk.out()).contains("size " + DECISIONS).contains(DECISIONS + " entries verified");
        List<String> stored = storedEntries(ledgerDir);
        assertThat(stored).isEqualTo(servedEntries);
        checkEntries(stored, sent, started);
        assertThat(filesUnder(tmp)).as("files holding prompt or answer text").isEmpty();
    }

    @Test
    void aRestartedGatewayContinuesTheLogAndItsSequence() throws Exception {
        sendTraffic();
        gateway.close();
        gateway = startGateway(model);
        HttpResponse<String> r = post("/v1/inspect", "{\"input\":\"" + RENAME + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(awaitCheckpoint(DECISIONS + 1).size()).isEqualTo(DECISIONS + 1);
        gateway.close();
        List<String> stored = storedEntries(ledgerDir);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(JSON.readTree(stored.get(i)).get("sequence").asLong()).as("sequence of entry " + i).isEqualTo(i);
        }
        AceRun verify = ace("ledger", "verify", "--dir", ledgerDir.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains((DECISIONS + 1) + " entries verified");
    }

    @Test
    void flippingOneByteOfAStoredEntryFailsVerificationNamingTheEntry() throws Exception {
        sendTraffic();
        awaitCheckpoint(DECISIONS);
        gateway.close();
        assertThat(ace("ledger", "verify", "--dir", ledgerDir.toString()).exit()).isZero();

        Path damaged = tmp.resolve("damaged");
        copy(ledgerDir, damaged);
        flipByteOfEntry(damaged.resolve("entries.log"), 4, false);
        AceRun r = ace("ledger", "verify", "--dir", damaged.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("FAILED: entry 4:").doesNotContain("entry 3").doesNotContain("Exception");

        Path forged = tmp.resolve("forged");
        copy(ledgerDir, forged);
        flipByteOfEntry(forged.resolve("entries.log"), DECISIONS - 1, true); // the checksum rewritten to match
        AceRun f = ace("ledger", "verify", "--dir", forged.toString());
        assertThat(f.exit()).as(f.out()).isEqualTo(1);
        assertThat(f.err()).contains("FAILED: entry " + (DECISIONS - 1) + ":");
    }

    /** The traffic: every decision-producing endpoint, {@value #DECISIONS} decisions in all. */
    List<Sent> sendTraffic() throws Exception {
        List<Sent> sent = new ArrayList<>();
        HttpResponse<String> benign = post("/v1/chat/completions", chat(BENIGN, false));
        assertThat(benign.statusCode()).as(benign.body()).isEqualTo(200);
        assertThat(benign.body()).contains(ScriptedModelServer.ANSWER);
        sent.add(new Sent(id(benign), List.of("INPUT", "OUTPUT"), "openai"));

        HttpResponse<String> blocked = post("/v1/chat/completions", chat(BIO, false));
        assertThat(blocked.statusCode()).isEqualTo(400);
        assertThat(blocked.body()).contains("bio.weapons-uplift");
        sent.add(new Sent(id(blocked), List.of("INPUT"), "openai"));

        HttpResponse<String> streamed = post("/v1/chat/completions", chat(STREAMED, true));
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body()).contains("data: [DONE]").contains("pkill ");
        sent.add(new Sent(id(streamed), List.of("INPUT", "OUTPUT"), "openai"));

        HttpResponse<String> messages = post("/v1/messages", "{\"model\":\"claude-test\",\"max_tokens\":64,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + ANTHROPIC + "\"}]}");
        assertThat(messages.statusCode()).as(messages.body()).isEqualTo(200);
        assertThat(messages.body()).contains(ScriptedModelServer.ANSWER);
        sent.add(new Sent(id(messages), List.of("INPUT", "OUTPUT"), "anthropic"));

        HttpResponse<String> moderations = post("/v1/moderations", "{\"input\":[\"" + RENAME + "\",\"" + BIO + "\"]}");
        assertThat(moderations.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(moderations.body()).at("/results/1/flagged").asBoolean()).isTrue();
        sent.add(new Sent(id(moderations), List.of("INPUT", "INPUT"), ""));

        HttpResponse<String> inspect = post("/v1/inspect", "{\"input\":\"" + RENAME + "\",\"direction\":\"output\"}");
        assertThat(inspect.statusCode()).isEqualTo(200);
        sent.add(new Sent(id(inspect), List.of("OUTPUT"), ""));
        assertThat(sent.stream().mapToInt(s -> s.directions().size()).sum()).isEqualTo(DECISIONS);
        return sent;
    }

    /** Checks every stored entry against what was sent: the fields the ledger issue lists, canonical JSON, no content. */
    void checkEntries(List<String> entries, List<Sent> sent, Instant started) throws Exception {
        assertThat(entries).hasSize(DECISIONS);
        List<JsonNode> nodes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            Object parsed = JSON.readValue(entry, Object.class);
            assertThat(CanonicalJson.string(parsed)).as("entry " + i + " is RFC 8785 canonical").isEqualTo(entry);
            JsonNode n = JSON.readTree(entry);
            nodes.add(n);
            assertThat(iterable(n.fieldNames())).containsExactly("action", "constitution_digest", "content_hmac_sha256",
                    "detector_versions", "direction", "enforced", "principles", "request_id", "sequence", "tenant", "time",
                    "upstream");
            assertThat(n.get("sequence").asLong()).isEqualTo(i);
            assertThat(Instant.parse(n.get("time").asText())).isBetween(started, Instant.now());
            assertThat(n.get("tenant").asText()).isEqualTo("acme");
            assertThat(n.get("constitution_digest").asText()).isEqualTo(constitution.digest());
            assertThat(n.get("content_hmac_sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(n.get("detector_versions").size()).as("detector versions of entry " + i).isPositive();
            n.get("detector_versions").fields().forEachRemaining(d -> assertThat(d.getValue().asText()).isNotBlank());
        }
        int at = 0;
        for (Sent s : sent) {
            for (String direction : s.directions()) {
                JsonNode n = nodes.get(at++);
                assertThat(n.get("request_id").asText()).isEqualTo(s.requestId());
                assertThat(n.get("direction").asText()).isEqualTo(direction);
                assertThat(n.get("upstream").asText()).isEqualTo(s.upstream());
            }
        }
        assertDecision(nodes.get(2), "BLOCK", true); // the bioweapon prompt, blocked and enforced
        assertThat(nodes.get(2).get("principles").get("bio.weapons-uplift").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertDecision(nodes.get(8), "BLOCK", false); // the same prompt, moderated: reported, not enforced
        for (int i : new int[]{0, 1, 3, 4, 5, 6, 7, 9}) {
            assertDecision(nodes.get(i), "ALLOW", false);
            assertThat(nodes.get(i).get("principles").size()).isZero();
        }
        // the digest keys on tenant and content only: the three answers are one text, and so are
        // the two bioweapon prompts and the moderated and inspected texts
        assertThat(Stream.of(1, 4, 6).map(i -> hmac(nodes.get(i))).distinct()).hasSize(1);
        assertThat(hmac(nodes.get(7))).isEqualTo(hmac(nodes.get(9))).isNotEqualTo(sha256(RENAME));
        assertThat(hmac(nodes.get(2))).isEqualTo(hmac(nodes.get(8)));
        assertThat(nodes.stream().map(EndToEndLedgerTest::hmac).distinct()).hasSize(DECISIONS - 4);
    }

    static void assertDecision(JsonNode n, String action, boolean enforced) {
        assertThat(n.get("action").asText()).as(n.toString()).isEqualTo(action);
        assertThat(n.get("enforced").asBoolean()).as(n.toString()).isEqualTo(enforced);
    }

    static String hmac(JsonNode n) {
        return n.get("content_hmac_sha256").asText();
    }

    /** Polls the served checkpoint (bounded) until it covers {@code size} entries. */
    Checkpoint awaitCheckpoint(long size) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/ledger/checkpoint")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                Checkpoint c = Checkpoint.parse(SignedNote.body(r.body()));
                if (c.size() >= size || System.nanoTime() > deadline) {
                    return c;
                }
            } else if (System.nanoTime() > deadline) {
                throw new AssertionError("no checkpoint served: HTTP " + r.statusCode());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** The entries of the first entry tile, as the gateway serves them. */
    List<String> servedEntries(int count) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri("/ledger/tile/entries/000.p/" + count)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        ByteBuffer b = ByteBuffer.wrap(r.body());
        List<String> out = new ArrayList<>();
        while (b.hasRemaining()) {
            byte[] entry = new byte[Short.toUnsignedInt(b.getShort())];
            b.get(entry);
            out.add(new String(entry, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The entries in the directory's {@code entries.log} (docs/ledger.md: magic, then u32 length, u32 CRC-32C, data). */
    static List<String> storedEntries(Path dir) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("entries.log")));
        byte[] magic = new byte[8];
        b.get(magic);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("ACELOG1\n");
        List<String> out = new ArrayList<>();
        while (b.hasRemaining()) {
            byte[] entry = new byte[b.getInt()];
            b.getInt();
            b.get(entry);
            out.add(new String(entry, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Flips one byte in the middle of entry {@code index}'s data; optionally rewrites its CRC-32C to match, as a forger would. */
    static void flipByteOfEntry(Path entriesLog, int index, boolean fixChecksum) throws Exception {
        byte[] file = Files.readAllBytes(entriesLog);
        ByteBuffer b = ByteBuffer.wrap(file);
        int at = 8;
        for (int i = 0; i < index; i++) {
            at += 8 + b.getInt(at);
        }
        int length = b.getInt(at);
        file[at + 8 + length / 2] ^= 0x01;
        if (fixChecksum) {
            CRC32C crc = new CRC32C();
            crc.update(file, at, 4);
            crc.update(file, at + 8, length);
            b.putInt(at + 4, (int) crc.getValue());
        }
        Files.write(entriesLog, file);
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("LOCK")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Files under {@code dir} that hold any of {@link #SECRETS}. */
    static List<String> filesUnder(Path dir) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                SECRETS.stream().filter(text::contains).forEach(s -> hits.add(p + ": " + s));
            }
        }
        assertThat(dir.resolve("data").resolve("ledger").resolve("entries.log")).exists();
        return hits;
    }

    static AceRun ace(String... args) {
        return AceRun.of(args);
    }

    static String chat(String prompt, boolean stream) {
        return "{\"model\":\"gpt-test\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
    }

    static String id(HttpResponse<?> r) {
        return r.headers().firstValue("x-request-id").orElseThrow();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.port() + path);
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
