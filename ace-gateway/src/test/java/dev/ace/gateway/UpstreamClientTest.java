package dev.ace.gateway;

import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.core.TrustTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamClientTest {
    private static ScriptedUpstream upstream;
    private static final UpstreamClient CLIENT = new UpstreamClient(Duration.ofSeconds(2), Duration.ofSeconds(5), k -> null);

    @BeforeAll
    static void start() throws Exception {
        upstream = new ScriptedUpstream();
    }

    @AfterAll
    static void stop() {
        upstream.close();
    }

    private static UpstreamConfig wildcard(String base, Protocol protocol) {
        return new UpstreamConfig("u", URI.create(base), null, protocol, TrustTier.HIGH_TRUST, List.of("*"));
    }

    @Test
    void readsTheModelIdsOfBothListShapes() throws Exception {
        assertThat(CLIENT.models(wildcard(upstream.base("/low/v1"), Protocol.OPENAI))).containsExactly("scripted-1");
        assertThat(CLIENT.models(wildcard(upstream.base("/anth"), Protocol.ANTHROPIC))).containsExactly("claude-scripted");
    }

    @Test
    void anEmptyKeyVariableSendsNoKeyRatherThanABareBearer() throws Exception {
        UpstreamClient client = new UpstreamClient(Duration.ofSeconds(2), Duration.ofSeconds(5),
                k -> k.equals("EMPTY_KEY") ? "" : "sk-set");
        for (String env : List.of("EMPTY_KEY", "SET_KEY")) {
            for (Protocol protocol : Protocol.values()) {
                String base = protocol == Protocol.OPENAI ? upstream.base("/low/v1") : upstream.base("/anth");
                upstream.received.clear();
                client.models(new UpstreamConfig("u", URI.create(base), env, protocol, TrustTier.HIGH_TRUST,
                        List.of("*")));
                ScriptedUpstream.Received r = upstream.received.get(upstream.received.size() - 1);
                String sent = protocol == Protocol.OPENAI ? r.authorization() : r.apiKey();
                assertThat(sent).as("%s via %s", protocol, env)
                        .isEqualTo(env.equals("EMPTY_KEY") ? null : protocol == Protocol.OPENAI ? "Bearer sk-set" : "sk-set");
            }
        }
    }

    @Test
    void anUpstreamThatCannotListFailsWithItsStatusAndWhereItWasAsked() {
        assertThatThrownBy(() -> CLIENT.models(wildcard(upstream.base("/fail/v1"), Protocol.OPENAI)))
                .isInstanceOf(UpstreamClient.UpstreamFailure.class)
                .hasMessageContaining("answered 500").hasMessageContaining("/fail/v1/models");
    }

    @Test
    void aPassedThroughHeaderWithAControlCharacterIsRefusedWithA400NamingIt() {
        UpstreamConfig u = wildcard(upstream.base("/anth"), Protocol.ANTHROPIC);
        int before = upstream.received.size();
        assertThatThrownBy(() -> CLIENT.send(u, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("anthropic-beta", "tools-2024\u0001")))
                .isInstanceOfSatisfying(UpstreamClient.UpstreamFailure.class, e -> assertThat(e.status).isEqualTo(400))
                .hasMessageContaining("cannot be sent").hasMessageContaining("anthropic-beta");
        assertThat(upstream.received).hasSize(before); // nothing went out
    }

    @Test
    void anUnreachableUpstreamFailsAsUnreachable() {
        assertThatThrownBy(() -> CLIENT.models(wildcard("http://127.0.0.1:9/v1", Protocol.OPENAI)))
                .isInstanceOf(UpstreamClient.UpstreamFailure.class).hasMessageContaining("cannot be reached");
    }
}
