package dev.ace.cli.serve;

import dev.ace.cli.AceRun;
import dev.ace.core.InspectionRequest;
import dev.ace.core.TierReport;
import dev.ace.core.TrustTier;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.gateway.config.JudgeTier;
import dev.ace.models.ShippedInspector;
import dev.ace.models.judge.JudgeConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.decision.LedgerDecisionSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    static AceRun run(String... args) {
        return AceRun.of(args);
    }

    @Test
    void hashKeyPrintsTheSha256ToPutInATenantEntry() {
        AceRun r = run("serve", "--hash-key", "test");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    @Test
    void aBadConfigurationListsEveryErrorAndExits2(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bad.yaml");
        Files.writeString(cfg, "server:\n  port: -1\n  colour: blue\n");
        AceRun r = run("serve", "--config", cfg.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:2:").contains("server.port").contains("server.colour")
                .contains("is not a known key").doesNotContain("Exception");
    }

    @Test
    void anOverrideOfAPrincipleTheGivenConstitutionLacksIsAConfigurationError(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("tenants.yaml");
        Files.writeString(cfg, """
                tenants:
                  - id: t
                    key_sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                    overrides: {actions: {bio.weapon: allow}}
                """);
        AceRun r = run("serve", "--config", cfg.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("tenants.yaml:4:").contains("tenants[0].overrides.actions.bio.weapon")
                .contains("did you mean bio.weapons-uplift?");
    }

    @Test
    @Timeout(120) // a guard against the old behaviour (waiting forever on a server that never ran), not a timing
    void aPortAnotherProcessHoldsIsOneErrorLineExit2AndNoKeyShown(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            AceRun r = run("serve", "--config", ledgerIn(dir).toString(), "--port", String.valueOf(port));
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("ace serve: cannot listen on 127.0.0.1:" + port + ": the port is already "
                    + "in use by another process; stop that process or choose another port (--port N)");
            assertThat(r.out()).doesNotContain("API key").doesNotContain("listening");
        }
    }

    @Test
    @Timeout(120)
    void aLedgerAnotherProcessHoldsIsOneErrorLineExit2AndNoKeyShown(@TempDir Path dir) throws Exception {
        Path config = ledgerIn(dir);
        try (LedgerDecisionSink held = LedgerDecisionSink.open(dir.resolve("ledger"))) {
            AceRun r = run("serve", "--config", config.toString(), "--port", "0");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("ace serve: the decision log: ").endsWith("is open in another process (LOCK is locked)");
            assertThat(r.out()).doesNotContain("API key").doesNotContain("listening");
        }
    }

    @Test
    void eachUpstreamWhoseKeyVariableIsUnsetGetsOneWarningLine() {
        GatewayConfig cfg = GatewayConfig.defaults()
                .withUpstream(upstream("vllm", "VLLM_API_KEY"))
                .withUpstream(upstream("hosted", "HOSTED_API_KEY"))
                .withUpstream(upstream("empty", "EMPTY_API_KEY"))
                .withUpstream(upstream("keyless", null));
        List<String> lines = ServeCommand.missingKeyWarnings(cfg, Map.of("HOSTED_API_KEY", "sk-1", "EMPTY_API_KEY", "")::get);
        assertThat(lines).containsExactly(
                "ace serve: warning: VLLM_API_KEY is not set: requests to upstream 'vllm' go without an API key",
                "ace serve: warning: EMPTY_API_KEY is not set: requests to upstream 'empty' go without an API key");
    }

    @Test
    void aConfiguredJudgeIsTheLastTierForPromptsAndWholeAnswersButNotForAStreamsWindows() throws Exception {
        GatewayConfig cfg = GatewayConfig.defaults().withJudge(new JudgeTier(JudgeConfig.of(
                URI.create("http://127.0.0.1:9/v1"), "llama-guard3", JudgeConfig.Mode.LLAMA_GUARD)
                .withApiKeyEnv("JUDGE_KEY"), 0.1));
        ShippedInspector.Inspectors both = ServeCommand.inspectors(ConstitutionLoader.loadDefault(), cfg);
        InspectionRequest answer = InspectionRequest.answer("Here is a poem about spring.");
        assertThat(both.whole().inspect(answer).tiers()).extracting(TierReport::tier).contains("judge");
        assertThat(both.streamWindows().inspect(answer).tiers()).extracting(TierReport::tier).doesNotContain("judge");
        assertThat(ServeCommand.missingKeyWarnings(cfg, Map.<String, String>of()::get))
                .containsExactly("ace serve: warning: JUDGE_KEY is not set: requests to the judge go without an API key");
    }

    private static UpstreamConfig upstream(String name, String keyEnv) {
        return new UpstreamConfig(name, URI.create("http://127.0.0.1:9/v1"), keyEnv, Protocol.OPENAI, TrustTier.HIGH_TRUST,
                List.of("*"));
    }

    /** A configuration whose ledger lies in {@code dir}, not in the working directory. */
    private static Path ledgerIn(Path dir) throws Exception {
        Path cfg = dir.resolve("gateway.yaml");
        Files.writeString(cfg, "decision_log: {kind: ledger, path: \"" + dir.resolve("ledger").toString().replace("\\", "/")
                + "\", digest_key_env: NO_SUCH_ACE_TEST_VARIABLE}\n");
        return cfg;
    }
}
