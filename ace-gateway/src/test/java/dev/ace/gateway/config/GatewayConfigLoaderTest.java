package dev.ace.gateway.config;

import dev.ace.core.Action;
import dev.ace.core.TrustTier;
import dev.ace.core.constitution.ConfigError;
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
}
