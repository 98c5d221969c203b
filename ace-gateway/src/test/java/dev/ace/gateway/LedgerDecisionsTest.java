package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ace.core.rules.RuleDetector;
import dev.ace.gateway.config.DecisionLogConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.gateway.tenant.Tenant;
import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerException;
import dev.ace.ledger.LogReader;
import dev.ace.ledger.NoteSigner;
import dev.ace.ledger.SignedCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With the default decision log, decisions land in the transparency ledger, served read-only under /ledger/. */
class LedgerDecisionsTest {
    @Test
    void decisionsAreLedgerEntriesServedAsTiles(@TempDir Path dir) throws Exception {
        GatewayConfig config = GatewayConfig.defaults()
                .withServer(GatewayConfig.defaults().server().withPort(0))
                .withTenant(Tenant.simple("acme", ApiKeys.sha256("k1"), true))
                .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.LEDGER, dir.resolve("ledger"), "NONE"));
        HttpClient http = HttpClient.newHttpClient();
        try (Gateway g = Gateway.builder(config, TestConstitution.inspector()).env(Map.<String, String>of()::get).build().start()) {
            String base = "http://127.0.0.1:" + g.port();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/inspect"))
                    .header("Authorization", "Bearer k1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"how to culture anthrax\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            HttpResponse<byte[]> bundle = http.send(HttpRequest.newBuilder(URI.create(base + "/ledger/tile/entries/000.p/1")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(bundle.statusCode()).isEqualTo(200);
            byte[] b = bundle.body();
            int len = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            String entry = new String(Arrays.copyOfRange(b, 2, 2 + len), StandardCharsets.UTF_8);
            JsonNode n = ScriptedUpstream.JSON.readTree(entry);
            assertThat(n.path("action").asText()).isEqualTo("BLOCK");
            assertThat(n.path("request_id").asText()).isEqualTo(r.headers().firstValue("x-request-id").orElseThrow());
            assertThat(entry).doesNotContain("anthrax");
            // RFC 8785: keys sorted, no spaces
            assertThat(entry).startsWith("{\"action\":\"BLOCK\",\"constitution_digest\":");
        }
        assertThat(Files.exists(dir.resolve("ledger.signer.key"))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("digest.key"))))
                .as("the secret behind the content digests is readable by its owner only").isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ledger.signer.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aRestartedGatewayGoesOnWithTheSequenceWhereTheLogEnds(@TempDir Path dir) throws Exception {
        GatewayConfig config = ledgerConfig(dir);
        for (int run = 0; run < 2; run++) {
            try (Gateway g = Gateway.builder(config, TestConstitution.inspector()).env(Map.<String, String>of()::get).build().start()) {
                assertThat(inspect(g, "a heron stands on one leg").statusCode()).isEqualTo(200);
            }
        }
        try (LogReader log = Ledger.readDirectory(dir.resolve("ledger"))) {
            assertThat(log.size()).isEqualTo(2);
            for (long i = 0; i < 2; i++) {
                JsonNode n = ScriptedUpstream.JSON.readTree(log.entry(i));
                assertThat(n.path("sequence").asLong()).as("sequence of entry " + i).isEqualTo(i);
            }
        }
    }

    @Test
    void anAllowedDecisionNamesTheDetectorsConsultedWithTheirVersions(@TempDir Path dir) throws Exception {
        try (Gateway g = Gateway.builder(ledgerConfig(dir), TestConstitution.inspector()).env(Map.<String, String>of()::get).build().start()) {
            assertThat(inspect(g, "a heron stands on one leg").statusCode()).isEqualTo(200);
        }
        try (LogReader log = Ledger.readDirectory(dir.resolve("ledger"))) {
            JsonNode n = ScriptedUpstream.JSON.readTree(log.entry(0));
            assertThat(n.path("action").asText()).isEqualTo("ALLOW");
            RuleDetector rules = new RuleDetector(TestConstitution.CONSTITUTION);
            assertThat(n.path("detector_versions").path(rules.info().id()).asText()).isEqualTo(rules.info().version());
        }
    }

    @Test
    void checkpointsAreSignedWithTheKeyFileTheConfigurationNames(@TempDir Path dir) throws Exception {
        NoteSigner signer = NoteSigner.generate("ace.example.com/decisions", new SecureRandom());
        Path keyFile = dir.resolve("keys").resolve("signer.key"); // as `ace ledger keygen --out keys` writes it
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, signer.text() + "\n", StandardCharsets.UTF_8);
        GatewayConfig config = ledgerConfig(dir).withDecisionLog(ledgerConfig(dir).decisionLog().withSignerKey(keyFile));
        try (Gateway g = Gateway.builder(config, TestConstitution.inspector()).env(Map.<String, String>of()::get).build().start()) {
            assertThat(inspect(g, "a heron stands on one leg").statusCode()).isEqualTo(200);
        }
        try (LogReader log = Ledger.readDirectory(dir.resolve("ledger"))) {
            assertThat(log.verifierKey()).isEqualTo(signer.verifier());
            SignedCheckpoint latest = log.checkpoint().orElseThrow();
            assertThat(SignedCheckpoint.open(latest.note(), signer.verifier()).checkpoint().size()).isEqualTo(1);
            assertThat(latest.checkpoint().origin()).as("C2SP tlog-checkpoint: the key name SHOULD match the origin")
                    .isEqualTo("ace.example.com/decisions");
        }
        assertThat(Files.exists(dir.resolve("ledger.signer.key"))).as("no key of its own was made").isFalse();
    }

    @Test
    void theKeyTheGatewayMakesIsNamedAfterTheOriginItsCheckpointsCarry(@TempDir Path dir) throws Exception {
        try (Gateway g = Gateway.builder(ledgerConfig(dir), TestConstitution.inspector()).env(Map.<String, String>of()::get).build().start()) {
            assertThat(inspect(g, "a heron stands on one leg").statusCode()).isEqualTo(200);
        }
        try (LogReader log = Ledger.readDirectory(dir.resolve("ledger"))) {
            SignedCheckpoint latest = log.checkpoint().orElseThrow();
            assertThat(latest.checkpoint().origin()).isEqualTo("ace.local/decisions");
            assertThat(log.verifierKey().name()).isEqualTo("ace.local/decisions");
            assertThat(latest.note()).endsWith("\n").contains("\n\n\u2014 ace.local/decisions ");
        }
    }

    @Test
    void aLogSignedWithTheEarlierDefaultKeyNameKeepsItsOriginAndOpens(@TempDir Path dir) throws Exception {
        // what earlier versions wrote beside the log: a key named ace.local, checkpoints with origin ace.local/decisions
        NoteSigner legacy = NoteSigner.generate("ace.local", new SecureRandom());
        Files.writeString(dir.resolve("ledger.signer.key"), legacy.text() + "\n", StandardCharsets.UTF_8);
        try (Ledger old = Ledger.openEmbedded(dir.resolve("ledger"), dev.ace.ledger.LedgerOptions.of("ace.local/decisions", legacy))) {
            old.append("{\"before\":true}".getBytes(StandardCharsets.UTF_8));
        }
        try (Gateway g = Gateway.builder(ledgerConfig(dir), TestConstitution.inspector()).env(Map.<String, String>of()::get).build().start()) {
            assertThat(inspect(g, "a heron stands on one leg").statusCode()).isEqualTo(200);
        }
        try (LogReader log = Ledger.readDirectory(dir.resolve("ledger"))) {
            assertThat(log.size()).isEqualTo(2);
            assertThat(log.checkpoint().orElseThrow().checkpoint().origin()).isEqualTo("ace.local/decisions");
        }
    }

    @Test
    void aMissingSignerKeyFileIsAnErrorNamingItAndTheCommandThatMakesOne(@TempDir Path dir) {
        Path keyFile = dir.resolve("keys").resolve("signer.key");
        GatewayConfig config = ledgerConfig(dir).withDecisionLog(ledgerConfig(dir).decisionLog().withSignerKey(keyFile));
        assertThatThrownBy(() -> Gateway.builder(config, TestConstitution.inspector()).env(Map.<String, String>of()::get).build())
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining(keyFile.toString()).hasMessageContaining("ace ledger keygen");
        assertThat(Files.exists(keyFile)).isFalse();
    }

    private static GatewayConfig ledgerConfig(Path dir) {
        return GatewayConfig.defaults()
                .withServer(GatewayConfig.defaults().server().withPort(0))
                .withTenant(Tenant.simple("acme", ApiKeys.sha256("k1"), true))
                .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.LEDGER, dir.resolve("ledger"), "NONE"));
    }

    private static HttpResponse<String> inspect(Gateway g, String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + g.port() + "/v1/inspect"))
                        .header("Authorization", "Bearer k1")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"" + text + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
