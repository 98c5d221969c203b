package dev.ace.gateway;

import dev.ace.core.TrustTier;
import dev.ace.gateway.config.DecisionLogConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.ServerConfig;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.gateway.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upstream that goes silent mid-stream: the client gets keep-alive comments, then, after
 * server.upstream_timeout_ms, an error event.
 */
class UpstreamTimeoutTest {
    private static GatewayConfig config(ScriptedUpstream upstream, Path dir) {
        ServerConfig d = ServerConfig.defaults();
        ServerConfig server = new ServerConfig("127.0.0.1", 0, d.maxBodyBytes(), d.connectTimeout(),
                Duration.ofMillis(300), d.holdBackChars(), d.windowChars(), Duration.ofMillis(50), d.slowTierWait());
        return GatewayConfig.defaults().withServer(server)
                .withUpstream(new UpstreamConfig("u", URI.create(upstream.base("/v1")), null, Protocol.OPENAI,
                        TrustTier.HIGH_TRUST, List.of("*")))
                .withTenant(Tenant.simple("acme", ApiKeys.sha256("k"), false))
                .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.JSONL, dir.resolve("d.jsonl"), "K"));
    }

    @Test
    void anUpstreamThatStallsInAWholeAnswerGets504NamingTheWait(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream();
             Gateway g = Gateway.builder(config(upstream, dir), TestConstitution.inspector()).env(Map.of("K", "s")::get)
                     .build().start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + g.port() + "/v1/chat/completions"))
                    .header("Authorization", "Bearer k").timeout(Duration.ofSeconds(8))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"STALL\"}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(504);
            assertThat(r.body()).contains("upstream_error").contains("sent nothing for 300 ms in the middle of its answer");
        }
    }

    @Test
    void silentUpstreamGetsKeepAlivesThenIsCutWithAnErrorEvent(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream()) {
            GatewayConfig config = config(upstream, dir);
            try (Gateway g = Gateway.builder(config, TestConstitution.inspector()).env(Map.of("K", "s")::get).build().start()) {
                HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + g.port() + "/v1/chat/completions"))
                        .header("Authorization", "Bearer k").timeout(Duration.ofSeconds(8))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"STALL\"}]}")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(": keep-alive\n\n");
                List<SseEvent> events = new SseParser().feed(r.body());
                assertThat(events.get(events.size() - 1).data()).contains("\"error\"").contains("upstream_timeout_ms");
            }
        }
    }
}
