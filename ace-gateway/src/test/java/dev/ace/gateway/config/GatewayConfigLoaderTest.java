package dev.ace.gateway.config;

import dev.ace.core.Action;
import dev.ace.core.TrustTier;
import dev.ace.core.constitution.ConfigError;
import dev.ace.gateway.TestConstitution;
import dev.ace.gateway.tenant.SensitivePolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayConfigLoaderTest {
    @Test
    void theShippedExampleLoads() throws Exception {
        Path example = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("gateway.yaml");
        GatewayConfig c = GatewayConfigLoader.load(example);
        assertThat(c.server().port()).isEqualTo(8080);
        assertThat(c.upstreams()).hasSize(3);
        assertThat(c.upstreams().get(1).trustTier()).isEqualTo(TrustTier.LOW_TRUST);
        assertThat(c.upstreams().get(2).protocol()).isEqualTo(Protocol.ANTHROPIC);
        assertThat(c.upstreams().get(2).chatUri().toString()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(c.tenants().get(0).thresholdOverrides()).containsEntry("bio.weapons-uplift", 0.3);
        assertThat(c.tenants().get(0).actionOverrides()).containsEntry("privacy.personal-data", Action.FLAG);
        assertThat(c.tenants().get(1).sensitivePolicy()).isEqualTo(SensitivePolicy.REDACT);
        assertThat(c.tenants().get(1).shadow()).isTrue();
        assertThat(c.abuse().suspendAfter()).isEqualTo(6);
        assertThat(Files.exists(example)).isTrue();
    }

    @Test
    void anEmptyFileMeansDefaults() throws Exception {
        assertThat(GatewayConfigLoader.parse("", "empty.yaml")).isEqualTo(GatewayConfig.defaults());
    }

    @Test
    void reportsEveryErrorAtOnceWithLineFieldValueAndRule() {
        String yaml = """
                server:
                  port: 99999
                  colour: blue
                upstreams:
                  - name: a
                    base_url: ftp://nowhere
                    protocol: grpc
                    trust_tier: MEDIUM_TRUST
                    models: []
                tenants:
                  - id: t
                    key_sha256: not-a-hash
                    shadow: maybe
                    overrides: {thresholds: {x.y: 1.5}, actions: {x.y: smite}}
                abuse: {throttle_after: 5, suspend_after: 2}
                """;
        assertThatThrownBy(() -> GatewayConfigLoader.parse(yaml, "bad.yaml"))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::field).containsExactlyInAnyOrder(
                            "server.port", "server.colour", "upstreams[0].base_url", "upstreams[0].protocol",
                            "upstreams[0].trust_tier", "upstreams[0].models", "tenants[0].key_sha256",
                            "tenants[0].shadow", "tenants[0].overrides.thresholds.x.y",
                            "tenants[0].overrides.actions.x.y", "abuse.suspend_after");
                    ConfigError port = e.errors().stream().filter(x -> x.field().equals("server.port")).findFirst().orElseThrow();
                    assertThat(port.line()).isEqualTo(2);
                    assertThat(port.value()).isEqualTo("99999");
                    assertThat(port.toString()).startsWith("bad.yaml:2:").contains("from 0 to 65535");
                    assertThat(e.getMessage()).contains("'colour'").contains("is not a known key");
                });
    }

    @Test
    void aJudgeSectionConfiguresTheLlmJudgeAndItsBand() throws Exception {
        GatewayConfig c = GatewayConfigLoader.parse("""
                judge:
                  base_url: http://127.0.0.1:8000/v1
                  model: meta-llama/Llama-Guard-3-8B
                  mode: llama_guard
                  api_key_env: ACE_JUDGE_API_KEY
                  timeout_ms: 4000
                  retries: 1
                  band: 0.2
                """, "judge.yaml");
        JudgeTier j = c.judge().orElseThrow();
        assertThat(j.band()).isEqualTo(0.2);
        assertThat(j.config().baseUrl().toString()).isEqualTo("http://127.0.0.1:8000/v1");
        assertThat(j.config().model()).isEqualTo("meta-llama/Llama-Guard-3-8B");
        assertThat(j.config().mode()).isEqualTo(dev.ace.models.judge.JudgeConfig.Mode.LLAMA_GUARD);
        assertThat(j.config().apiKeyEnv()).isEqualTo("ACE_JUDGE_API_KEY");
        assertThat(j.config().timeout()).isEqualTo(java.time.Duration.ofSeconds(4));
        assertThat(j.config().maxRetries()).isEqualTo(1);
        assertThat(GatewayConfigLoader.parse("server: {port: 1}", "none.yaml").judge()).isEmpty();
    }

    @Test
    void aBadJudgeSectionNamesEveryFieldAndLine() {
        String yaml = """
                judge:
                  base_url: ftp://x
                  mode: oracle
                  band: 0.9
                  temperature: 1
                """;
        assertThatThrownBy(() -> GatewayConfigLoader.parse(yaml, "judge.yaml"))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::field).containsExactlyInAnyOrder(
                            "judge.base_url", "judge.model", "judge.mode", "judge.band", "judge.temperature");
                    ConfigError mode = e.errors().stream().filter(x -> x.field().equals("judge.mode")).findFirst().orElseThrow();
                    assertThat(mode.line()).isEqualTo(3);
                    assertThat(mode.toString()).contains("llama_guard, policy");
                });
    }

    @Test
    void invalidYamlIsLocated() {
        assertThatThrownBy(() -> GatewayConfigLoader.parse("server: [1, 2\n", "broken.yaml"))
                .isInstanceOfSatisfying(GatewayConfigException.class, e ->
                        assertThat(e.errors().get(0).toString()).startsWith("broken.yaml:").contains("not valid YAML"));
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> GatewayConfigLoader.load(Path.of("no/such/gateway.yaml")))
                .isInstanceOf(GatewayConfigException.class).hasMessageContaining("does not exist");
    }

    @Test
    void anOverrideOfAnUnknownPrincipleIsAnErrorNamingTheIdReportedWithTheOthers() {
        String yaml = """
                server: {port: 99999}
                tenants:
                  - id: t
                    key_sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                    overrides:
                      thresholds: {no.such: 0.3, privacy.personal-data: 0.4}
                      actions: {bio.weapon: allow}
                """;
        assertThatThrownBy(() -> GatewayConfigLoader.parse(yaml, "tenants.yaml"))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::field).containsExactly("server.port",
                            "tenants[0].overrides.thresholds.no.such", "tenants[0].overrides.actions.bio.weapon");
                    ConfigError noSuch = e.errors().get(1);
                    assertThat(noSuch.line()).isEqualTo(6);
                    assertThat(noSuch.column()).isEqualTo(20);
                    assertThat(noSuch.value()).isEqualTo("no.such");
                    assertThat(noSuch.rule()).startsWith("is not a principle of the constitution in force (ace-default ")
                            .contains("its principles are bio.weapons-uplift, ").contains("injection.prompt");
                    ConfigError bio = e.errors().get(2);
                    assertThat(bio.toString()).startsWith("tenants.yaml:7:").contains("'bio.weapon'")
                            .endsWith("did you mean bio.weapons-uplift?");
                });
    }

    @Test
    void overridesAreCheckedAgainstTheConstitutionGiven() throws Exception {
        String yaml = """
                tenants:
                  - id: t
                    key_sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                    overrides: {thresholds: {test.flamingo: 0.7}, actions: {privacy.personal-data: flag}}
                """;
        assertThatThrownBy(() -> GatewayConfigLoader.parse(yaml, "t.yaml", TestConstitution.CONSTITUTION))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> assertThat(e.errors())
                        .extracting(ConfigError::field, ConfigError::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("tenants[0].overrides.actions.privacy.personal-data",
                                "is not a principle of the constitution in force (gateway-test 1); its principles are "
                                        + "bio.weapons-uplift, test.flamingo")));
        GatewayConfig ok = GatewayConfigLoader.parse(yaml.replace("privacy.personal-data", "bio.weapons-uplift"), "t.yaml",
                TestConstitution.CONSTITUTION);
        assertThat(ok.tenants().get(0).thresholdOverrides()).containsExactly(java.util.Map.entry("test.flamingo", 0.7));
        assertThat(ok.tenants().get(0).actionOverrides()).containsExactly(java.util.Map.entry("bio.weapons-uplift", Action.FLAG));
    }

    @Test
    void aLedgerMayNameTheSignerKeyFileKeygenWrote() throws Exception {
        GatewayConfig c = GatewayConfigLoader.parse("decision_log: {kind: ledger, path: d/ledger, signer_key: keys/signer.key}\n",
                "log.yaml");
        assertThat(c.decisionLog().signerKey()).isEqualTo(Path.of("keys", "signer.key"));
        assertThat(GatewayConfig.defaults().decisionLog().signerKey()).as("by default the key beside the log").isNull();
        assertThatThrownBy(() -> GatewayConfigLoader.parse("decision_log: {kind: jsonl, path: d.jsonl, signer_key: k}\n", "log.yaml"))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> assertThat(e.errors().get(0).toString())
                        .isEqualTo("log.yaml:1:56: decision_log.signer_key: 'k' applies only to kind: ledger"));
    }
}
