package dev.ace.gateway;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.ace.core.TrustTier;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A slower tier that flags text the fast tier already released makes the gateway write a retraction event. */
class RetractionTest {
    /** Stands in for a slow model tier: flags any text containing a marker as the bio principle. */
    static class MarkerDetector implements Detector {
        @Override
        public DetectorInfo info() {
            return new DetectorInfo("slow-marker", "test", DetectorInfo.Kind.MODEL, Set.of());
        }

        @Override
        public DetectorResult detect(DetectionInput input) {
            String text = input.primary().text();
            int at = text.indexOf("open today");
            return at < 0 ? DetectorResult.NONE : new DetectorResult(List.of(
                    new Signal("bio.weapons-uplift", 1.0, input.primary().evidence(at, at + 10))));
        }
    }

    /** One tenant (key "k"), the scripted upstream for any model, decisions to a JSONL file in {@code dir}. */
    private static GatewayConfig config(ScriptedUpstream upstream, Path dir) {
        return GatewayConfig.defaults()
                .withServer(GatewayConfig.defaults().server().withPort(0))
                .withUpstream(new UpstreamConfig("u", URI.create(upstream.base("/v1")), null, Protocol.OPENAI,
                        TrustTier.HIGH_TRUST, List.of("*")))
                .withTenant(Tenant.simple("acme", ApiKeys.sha256("k"), false))
                .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.JSONL, dir.resolve("d.jsonl"), "K"));
    }

    private static final String STREAMED_HI =
            "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    /** Posts {@code body} to the gateway with the tenant's key; the response's bytes. */
    private static HttpResponse<byte[]> post(Gateway g, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + g.port() + path))
                .header("Authorization", "Bearer k").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A cascade whose one detector flags the scripted answer ("open today"). */
    private static Cascade markerCascade() {
        return Cascade.builder(TestConstitution.CONSTITUTION)
                .tier(TierSpec.inline("slow", Duration.ofSeconds(5), 0.0, new MarkerDetector())).build();
    }

    @Test
    void lateFlagFromTheSlowTierBecomesARetractionEvent(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream()) {
            GatewayConfig config = config(upstream, dir);
            Cascade slow = markerCascade();
            try (Gateway g = Gateway.builder(config, TestConstitution.inspector()).slowInspector(slow)
                    .env(Map.of("K", "secret")::get).build().start()) {
                HttpResponse<byte[]> r = post(g, "/v1/chat/completions", STREAMED_HI);
                List<JsonNode> retractions = new ArrayList<>();
                for (SseEvent e : new SseParser().feed(r.body())) {
                    if (!e.data().startsWith("[DONE]")) {
                        JsonNode n = ScriptedUpstream.JSON.readTree(e.data());
                        if (n.path("ace").path("type").asText().equals("retraction")) {
                            retractions.add(n);
                        }
                    }
                }
                assertThat(retractions).singleElement().satisfies(n -> {
                    assertThat(n.path("object").asText()).isEqualTo("chat.completion.chunk");
                    assertThat(n.path("choices").isArray()).isTrue();
                    assertThat(n.path("ace").path("principle_id").asText()).isEqualTo("bio.weapons-uplift");
                    assertThat(n.path("ace").path("end").asLong()).isGreaterThan(n.path("ace").path("start").asLong());
                });
            }
        }
    }

    @Test
    void whatOnlyTheWholeAnswerInspectorSeesIsWithheldWholeAndRetractedWhenStreamed(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream()) {
            GatewayConfig config = config(upstream, dir);
            // the whole-answer inspector has a detector the stream windows' inspector lacks, as the shipped
            // models score whole answers but leave the windows of a streamed one to the rules
            Cascade whole = markerCascade();
            try (Gateway g = Gateway.builder(config, whole).streamInspector(TestConstitution.inspector())
                    .slowInspector(whole).env(Map.of("K", "secret")::get).build().start()) {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> plain = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + g.port() + "/v1/chat/completions"))
                        .header("Authorization", "Bearer k")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode body = ScriptedUpstream.JSON.readTree(plain.body());
                assertThat(body.path("choices").path(0).path("finish_reason").asText()).isEqualTo("content_filter");
                assertThat(body.path("choices").path(0).path("message").path("content").isNull()).isTrue();

                HttpResponse<byte[]> streamed = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + g.port() + "/v1/chat/completions"))
                        .header("Authorization", "Bearer k")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                List<String> kinds = new ArrayList<>();
                for (SseEvent e : new SseParser().feed(streamed.body())) {
                    if (!e.data().startsWith("[DONE]")) {
                        JsonNode n = ScriptedUpstream.JSON.readTree(e.data());
                        kinds.add(n.path("ace").path("type").asText(n.path("ace").path("reason").asText("chunk")));
                    }
                }
                // the windows passed the text, so it was released; the whole answer judged at its end retracts it,
                // and the stream ends as one the slower tier halted, not as a plain end
                assertThat(kinds).contains("retraction").doesNotContain("halted_mid_stream");
                assertThat(kinds.get(kinds.size() - 1)).isEqualTo("retracted_by_slower_tier");
                String streamId = streamed.headers().firstValue("x-request-id").orElseThrow();
                List<JsonNode> decisions = new ArrayList<>();
                for (String line : java.nio.file.Files.readAllLines(dir.resolve("d.jsonl"))) {
                    JsonNode n = ScriptedUpstream.JSON.readTree(line);
                    if (n.path("request_id").asText().equals(streamId) && n.path("direction").asText().equals("OUTPUT")) {
                        decisions.add(n);
                    }
                }
                assertThat(decisions).singleElement().satisfies(n -> assertThat(n.path("action").asText()).isEqualTo("BLOCK"));
            }
        }
    }

    @Test
    void aSlowCheckThatFlagsAfterTheStreamEndedIsRecordedAsASecondOutputDecision(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream()) {
            ServerConfig d = ServerConfig.defaults();
            // the end of the stream waits for no check, and the slower tier takes 300 ms
            GatewayConfig config = config(upstream, dir).withServer(new ServerConfig(d.host(), 0, d.maxBodyBytes(),
                    d.connectTimeout(), d.upstreamTimeout(), d.holdBackChars(), d.windowChars(), d.keepAlive(), Duration.ZERO));
            Cascade slow = Cascade.builder(TestConstitution.CONSTITUTION).tier(TierSpec.inline("slow", Duration.ofSeconds(5),
                    0.0, new MarkerDetector() {
                        @Override
                        public DetectorResult detect(DetectionInput input) {
                            try {
                                Thread.sleep(300);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return super.detect(input);
                        }
                    })).build();
            try (Gateway g = Gateway.builder(config, TestConstitution.inspector()).slowInspector(slow)
                    .env(Map.of("K", "secret")::get).build().start()) {
                HttpResponse<byte[]> r = post(g, "/v1/chat/completions", STREAMED_HI);
                String raw = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(raw).contains("\"finish_reason\":\"stop\"").doesNotContain("content_filter");
                String id = r.headers().firstValue("x-request-id").orElseThrow();
                List<JsonNode> outputs = new ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (outputs.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    outputs.clear();
                    for (String line : java.nio.file.Files.readAllLines(dir.resolve("d.jsonl"))) {
                        JsonNode n = ScriptedUpstream.JSON.readTree(line);
                        if (n.path("request_id").asText().equals(id) && n.path("direction").asText().equals("OUTPUT")) {
                            outputs.add(n);
                        }
                    }
                }
                assertThat(outputs).hasSize(2);
                assertThat(outputs.get(0).path("action").asText()).isEqualTo("ALLOW");
                assertThat(outputs.get(1).path("action").asText()).isEqualTo("BLOCK");
                assertThat(outputs.get(1).path("enforced").asBoolean(true)).isFalse();
                assertThat(outputs.get(1).path("principles").has("bio.weapons-uplift")).isTrue();
            }
        }
    }

    @Test
    void aResponsesStreamTheSlowerTierRetractsEndsIncompleteListingTheRetraction(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream()) {
            GatewayConfig config = config(upstream, dir);
            Cascade whole = markerCascade();
            try (Gateway g = Gateway.builder(config, whole).streamInspector(TestConstitution.inspector())
                    .slowInspector(whole).env(Map.of("K", "secret")::get).build().start()) {
                HttpResponse<byte[]> streamed = post(g, "/v1/responses", "{\"model\":\"m\",\"stream\":true,\"input\":\"hi\"}");
                List<SseEvent> events = new SseParser().feed(streamed.body());
                // the SDKs' Responses helpers reject event types they do not know, so there is no separate
                // retraction event: the closing response.incomplete lists what was retracted
                assertThat(events).extracting(SseEvent::event).doesNotContain("response.completed")
                        .allMatch(e -> e.startsWith("response."));
                JsonNode end = ScriptedUpstream.JSON.readTree(events.get(events.size() - 1).data());
                assertThat(end.path("type").asText()).isEqualTo("response.incomplete");
                assertThat(end.path("response").path("incomplete_details").path("reason").asText()).isEqualTo("content_filter");
                assertThat(end.path("ace").path("reason").asText()).isEqualTo("retracted_by_slower_tier");
                assertThat(end.path("ace").path("retractions")).singleElement().satisfies(r -> {
                    assertThat(r.path("principle_id").asText()).isEqualTo("bio.weapons-uplift");
                    assertThat(r.path("end").asLong()).isGreaterThan(r.path("start").asLong());
                });
                OpenAIClient openai = OpenAIOkHttpClient.builder()
                        .apiKey("k").baseUrl("http://127.0.0.1:" + g.port() + "/v1").maxRetries(0).build();
                List<String> types = new ArrayList<>();
                try (StreamResponse<com.openai.models.responses.ResponseStreamEvent> s = openai.responses().createStreaming(
                        com.openai.models.responses.ResponseCreateParams.builder().model("m").input("hi").build())) {
                    s.stream().forEach(e -> e.incomplete().ifPresent(i -> types.add(i.response().incompleteDetails()
                            .flatMap(d -> d.reason()).map(r -> r.asString()).orElse(""))));
                }
                assertThat(types).containsExactly("content_filter");
                openai.close();
            }
        }
    }

    @Test
    void theOfficialSdksReadAStreamTheSlowerTierRetractsToItsEnd(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream()) {
            GatewayConfig config = config(upstream, dir).withUpstream(new UpstreamConfig("a", URI.create(upstream.base("/anth")),
                    null, Protocol.ANTHROPIC, TrustTier.HIGH_TRUST, List.of("claude-test")));
            Cascade whole = markerCascade();
            try (Gateway g = Gateway.builder(config, whole).streamInspector(TestConstitution.inspector())
                    .slowInspector(whole).env(Map.of("K", "secret")::get).build().start()) {
                String base = "http://127.0.0.1:" + g.port();
                OpenAIClient openai = OpenAIOkHttpClient.builder()
                        .apiKey("k").baseUrl(base + "/v1").maxRetries(0).build();
                List<String> aceTypes = new ArrayList<>();
                List<String> finishes = new ArrayList<>();
                try (StreamResponse<ChatCompletionChunk> s =
                             openai.chat().completions().createStreaming(OfficialSdkTest.chat("hi"))) {
                    s.stream().forEach(chunk -> {
                        JsonValue ace = chunk._additionalProperties().get("ace");
                        if (ace != null) {
                            aceTypes.add(OfficialSdkTest.openAiJson(ace).path("type").asText(""));
                        }
                        chunk.choices().forEach(c -> c.finishReason().ifPresent(f -> finishes.add(f.asString())));
                    });
                }
                assertThat(aceTypes).contains("retraction");
                assertThat(finishes).containsExactly("content_filter");
                // asked for usage: the upstream's usage chunk still follows the halt, as after OpenAI's own filter
                List<Long> usage = new ArrayList<>();
                List<String> usageFinishes = new ArrayList<>();
                try (StreamResponse<ChatCompletionChunk> s =
                             openai.chat().completions().createStreaming(OfficialSdkTest.chat("hi").toBuilder()
                                     .streamOptions(ChatCompletionStreamOptions.builder()
                                             .includeUsage(true).build()).build())) {
                    s.stream().forEach(chunk -> {
                        chunk.usage().ifPresent(u -> usage.add(u.totalTokens()));
                        chunk.choices().forEach(c -> c.finishReason().ifPresent(f -> usageFinishes.add(f.asString())));
                    });
                }
                assertThat(usageFinishes).containsExactly("content_filter");
                assertThat(usage).containsExactly(21L);
                openai.close();

                AnthropicClient anthropic = AnthropicOkHttpClient.builder()
                        .apiKey("k").baseUrl(base).maxRetries(0).build();
                List<String> events = new ArrayList<>();
                List<StopReason> stops = new ArrayList<>();
                try (com.anthropic.core.http.StreamResponse<RawMessageStreamEvent> s =
                             anthropic.messages().createStreaming(OfficialSdkTest.message("hi"))) {
                    s.stream().forEach(ev -> {
                        events.add(ev.isMessageStop() ? "message_stop" : ev.isMessageDelta() ? "message_delta" : "other");
                        ev.messageDelta().flatMap(d -> d.delta().stopReason()).ifPresent(stops::add);
                    });
                } finally {
                    anthropic.close();
                }
                // the SDK skips the ace_retraction event it does not know and reads the stream to its end
                assertThat(stops).containsExactly(StopReason.REFUSAL);
                assertThat(events.get(events.size() - 1)).isEqualTo("message_stop");
            }
        }
    }
}
