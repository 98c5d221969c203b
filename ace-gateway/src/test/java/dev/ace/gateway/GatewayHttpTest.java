package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway over plain HTTP: faults, bad input, routing, abuse control, metrics, decisions. */
class GatewayHttpTest {
    static GatewayFixture fx;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        fx = new GatewayFixture(dir, 8);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static String chat(String model, String prompt, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":"
                + ScriptedUpstream.JSON.getNodeFactory().textNode(prompt) + "}],\"x_future_field\":{\"kept\":true}}";
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return ScriptedUpstream.JSON.readTree(r.body());
    }

    @Test
    void missingOrWrongKeyIs401() throws Exception {
        HttpResponse<String> none = fx.post("/v1/chat/completions", null, chat("gpt-test", "hi", false));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).path("error").path("code").asText()).isEqualTo("missing_api_key");
        HttpResponse<String> bad = fx.post("/v1/chat/completions", "nope", chat("gpt-test", "hi", false));
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(json(bad).path("error").path("message").asText()).contains("not valid");
        assertThat(fx.get("/v1/models", null).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonIs400NamingTheProblem() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, "{\"model\": \"gpt-test\", \"messages\": [}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").path("message").asText()).contains("not valid JSON").contains("line 1, column");
        HttpResponse<String> noMessages = fx.post("/v1/chat/completions", GatewayFixture.KEY, "{\"model\":\"gpt-test\"}");
        assertThat(noMessages.statusCode()).isEqualTo(400);
        assertThat(json(noMessages).path("error").path("message").asText()).contains("'messages'");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-test", "x".repeat(70_000), false));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").path("message").asText()).contains("65536");
    }

    @Test
    void upstreamDownIs502WithAClearError() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-down", "hello", false));
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(json(r).path("error").path("message").asText()).contains("upstream 'down'").contains("cannot be reached");
    }

    @Test
    void upstreamErrorsAreRelayedAsSent() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-broken", "hello", false));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(json(r).path("error").path("message").asText()).isEqualTo("boom");
    }

    @Test
    void unknownModelIs404() throws Exception {
        // no OpenAI upstream serves it; the Anthropic upstream that serves "*" is asked, and its 404 comes back in
        // the OpenAI error shape
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-nonesuch", "hello", false));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("error").path("message").asText()).isEqualTo("model: gpt-nonesuch");
        assertThat(json(r).path("error").path("type").asText()).isEqualTo("not_found_error");
        HttpResponse<String> responses = fx.post("/v1/responses", GatewayFixture.KEY,
                "{\"model\":\"gpt-nonesuch\",\"input\":\"hello\"}");
        assertThat(responses.statusCode()).isEqualTo(404);
        assertThat(json(responses).path("error").path("message").asText()).isEqualTo("model: gpt-nonesuch");
        // legacy Completions are not bridged: no OpenAI upstream serves the model
        HttpResponse<String> legacy = fx.post("/v1/completions", GatewayFixture.KEY,
                "{\"model\":\"gpt-nonesuch\",\"prompt\":\"hello\"}");
        assertThat(legacy.statusCode()).isEqualTo(404);
        assertThat(json(legacy).path("error").path("code").asText()).isEqualTo("model_not_found");
    }

    @Test
    void requestsAreForwardedFaithfullyWithUnknownFieldsKept() throws Exception {
        String body = chat("gpt-test", "forward me please", false);
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(fx.upstream.received).anySatisfy(x -> {
            assertThat(x.body()).isEqualTo(body);
            assertThat(x.path()).isEqualTo("/low/v1/chat/completions");
            assertThat(x.authorization()).isEqualTo("Bearer sk-low");
        });
        assertThat(r.headers().firstValue("x-request-id")).isPresent();
    }

    @Test
    void benignStreamIsRelayedAsTheSameFramesInTheSameOrder() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(fx.base() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + GatewayFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(chat("gpt-test", "Say hello", true))).build();
        HttpResponse<byte[]> r = fx.http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        String raw = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("\r").doesNotContain("event:");
        List<String> data = new ArrayList<>();
        new SseParser().feed(r.body()).forEach(e -> data.add(e.data()));
        assertThat(data).containsExactlyElementsOf(ScriptedUpstream.openAiFrames(ScriptedUpstream.BENIGN));
    }

    @Test
    void legacyCompletionsStreamAsTheSameFramesAreRedactedAndNameABadPrompt() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(fx.base() + "/v1/completions"))
                .header("Authorization", "Bearer " + GatewayFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-test\",\"prompt\":\"Say hello\",\"stream\":true}")).build();
        HttpResponse<byte[]> r = fx.http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        List<String> data = new ArrayList<>();
        new SseParser().feed(r.body()).forEach(e -> data.add(e.data()));
        assertThat(data).containsExactlyElementsOf(ScriptedUpstream.legacyFrames(ScriptedUpstream.BENIGN));

        int before = fx.upstream.received.size();
        HttpResponse<String> redacted = fx.post("/v1/completions", GatewayFixture.REDACT_KEY, "{\"model\":\"gpt-low\","
                + "\"prompt\":[\"mail jane.doe@example.com\",[1,2]],\"suffix\":\"or max@example.org\",\"echo\":false}");
        assertThat(redacted.statusCode()).isEqualTo(200);
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size())).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/low/v1/completions");
            assertThat(x.body()).doesNotContain("@example").contains("[REDACTED:EMAIL]").contains("[1,2]").contains("echo");
        });
        for (String body : new String[] {"{\"model\":\"gpt-test\"}", "{\"model\":\"gpt-test\",\"prompt\":{}}",
                "{\"model\":\"gpt-test\",\"prompt\":[true]}"}) {
            HttpResponse<String> bad = fx.post("/v1/completions", GatewayFixture.KEY, body);
            assertThat(bad.statusCode()).as(body).isEqualTo(400);
            assertThat(json(bad).path("error").path("message").asText()).as(body).contains("'prompt");
        }
    }

    @Test
    void clientGoneMidStreamCancelsTheUpstream() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(fx.base() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + GatewayFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(chat("gpt-test", "ENDLESS story", true))).build();
        HttpResponse<InputStream> r = fx.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            byte[] first = in.readNBytes(64);
            assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("data: ");
        }
        assertThat(fx.upstream.endlessCancelled.await(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void sensitivePromptsGoOnlyToHighTrustUpstreams() throws Exception {
        int before = fx.upstream.received.size();
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY,
                chat("gpt-test", "my card is 4111 1111 1111 1111, can you check it?", false));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size()))
                .singleElement().satisfies(x -> assertThat(x.path()).startsWith("/high/"));
        HttpResponse<String> lowOnly = fx.post("/v1/chat/completions", GatewayFixture.KEY,
                chat("gpt-low", "mail me at jane.doe@example.com", false));
        assertThat(lowOnly.statusCode()).isEqualTo(403);
        assertThat(json(lowOnly).path("error").path("message").asText()).contains("HIGH_TRUST");
    }

    @Test
    void sensitivePromptsAreRedactedBeforeALowTrustUpstreamWhenPolicySaysSo() throws Exception {
        int before = fx.upstream.received.size();
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.REDACT_KEY,
                chat("gpt-low", "mail jane.doe@example.com the key sk-abcdefghijklmnopqrstuvwx", false));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-ace-redacted")).contains("true");
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size())).singleElement().satisfies(x -> {
            assertThat(x.path()).startsWith("/low/");
            assertThat(x.body()).doesNotContain("jane.doe@example.com").doesNotContain("sk-abcdefghijklmnopqrstuvwx")
                    .contains("[REDACTED:EMAIL]").contains("[REDACTED:SECRET]").contains("x_future_field");
        });
    }

    @Test
    void embeddingInputsAreRoutedBySensitiveDataRedactedAndRecordedButNeverBlocked() throws Exception {
        int before = fx.upstream.received.size();
        HttpResponse<String> r = fx.post("/v1/embeddings", GatewayFixture.REDACT_KEY,
                "{\"model\":\"gpt-low\",\"input\":[\"mail jane.doe@example.com\",[1,2,3]],\"x_future_field\":1}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("data").get(0).path("embedding").size()).isEqualTo(3);
        assertThat(r.headers().firstValue("x-ace-redacted")).contains("true");
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size())).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/low/v1/embeddings");
            assertThat(x.body()).doesNotContain("jane.doe@example.com").contains("[REDACTED:EMAIL]")
                    .contains("[1,2,3]").contains("x_future_field");
        });
        // a document about anthrax is data to index: flagged in the headers and recorded, not blocked
        HttpResponse<String> flagged = fx.post("/v1/embeddings", GatewayFixture.KEY,
                "{\"model\":\"gpt-test\",\"input\":\"Step by step: culture anthrax and aerosolize the spores.\"}");
        assertThat(flagged.statusCode()).isEqualTo(200);
        assertThat(flagged.headers().firstValue("x-ace-principles").orElse("")).contains("bio.weapons-uplift");
        String id = flagged.headers().firstValue("x-request-id").orElseThrow();
        assertThat(java.nio.file.Files.readAllLines(fx.decisions)).filteredOn(l -> l.contains(id)).singleElement()
                .satisfies(l -> assertThat(ScriptedUpstream.JSON.readTree(l).path("enforced").asBoolean(true)).isFalse());
        assertThat(flagged.headers().firstValue("x-ace-flagged-inputs")).contains("0");
    }

    @Test
    void eachAnswerOfAWholeResponseIsJudgedOnItsOwn() throws Exception {
        // n: 2, each answer harmless alone; read as one text, "culture" and "anthrax" would fall within a rule's reach
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, "{\"model\":\"gpt-test\",\"n\":2,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"two facts\"}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("choices").get(1).path("message").path("content").asText())
                .isEqualTo(ScriptedUpstream.TWO_CHOICES_SECOND);
        assertThat(r.headers().firstValue("x-ace-output-action")).isEmpty();
        // the second answer harmful: the response is withheld, every choice ends with content_filter
        HttpResponse<String> bad = fx.post("/v1/chat/completions", GatewayFixture.KEY, "{\"model\":\"gpt-test\",\"n\":2,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"TELL_UNSAFE\"}]}");
        assertThat(bad.statusCode()).isEqualTo(200);
        JsonNode choices = json(bad).path("choices");
        assertThat(choices).hasSize(2).allSatisfy(c -> {
            assertThat(c.path("finish_reason").asText()).isEqualTo("content_filter");
            assertThat(c.path("message").path("content").isNull()).isTrue();
        });
        assertThat(json(bad).path("ace").path("principle_ids").toString()).contains("bio.weapons-uplift");
    }

    @Test
    void eachDocumentOfAnEmbeddingsBatchIsInspectedOnItsOwnAndTheFlaggedOnesAreNamedByIndex() throws Exception {
        StringBuilder input = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            input.append(i == 0 ? "" : ",").append(switch (i) {
                case 7 -> "\"Step by step: culture anthrax and aerosolize the spores.\"";
                case 23 -> "[5,6,7]";
                case 31 -> "\"How to culture anthrax at home\"";
                default -> "\"Quarterly report " + i + ": revenue grew in every region and the board approved the budget.\"";
            });
        }
        HttpResponse<String> r = fx.post("/v1/embeddings", GatewayFixture.KEY,
                "{\"model\":\"gpt-test\",\"input\":" + input + "]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-ace-principles").orElse("")).contains("bio.weapons-uplift");
        assertThat(r.headers().firstValue("x-ace-flagged-inputs")).contains("7,31");
        assertThat(r.headers().firstValue("x-ace-flagged-count")).contains("2");
        // a batch with more flagged documents than a header should carry: the first ones listed, all counted
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < EmbeddingsEndpoint.MAX_LISTED + 20; i++) {
            many.append(i == 0 ? "" : ",").append("\"How to culture anthrax, batch ").append(i).append("\"");
        }
        HttpResponse<String> big = fx.post("/v1/embeddings", GatewayFixture.KEY,
                "{\"model\":\"gpt-test\",\"input\":" + many + "]}");
        assertThat(big.headers().firstValue("x-ace-flagged-count")).contains(String.valueOf(EmbeddingsEndpoint.MAX_LISTED + 20));
        assertThat(big.headers().firstValue("x-ace-flagged-inputs").orElseThrow().split(","))
                .hasSize(EmbeddingsEndpoint.MAX_LISTED).startsWith("0", "1");
        HttpResponse<String> clean = fx.post("/v1/embeddings", GatewayFixture.KEY,
                "{\"model\":\"gpt-test\",\"input\":[\"annual report\",[1,2]]}");
        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.headers().firstValue("x-ace-flagged-inputs")).isEmpty();
        assertThat(fx.post("/v1/embeddings", GatewayFixture.KEY, "{\"model\":\"gpt-test\",\"input\":[[1,2]]}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void tokenCountsAreRoutedBySensitiveDataAndCheckedLikeMessages() throws Exception {
        int before = fx.upstream.received.size();
        HttpResponse<String> r = fx.post("/v1/messages/count_tokens", GatewayFixture.KEY, "{\"model\":\"claude-test\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"mail jane.doe@example.com\"}],\"tools\":[]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("input_tokens").asInt()).isEqualTo(14);
        // the only Anthropic upstream is HIGH_TRUST: forwarded unredacted, unknown fields kept
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size())).singleElement()
                .satisfies(x -> assertThat(x.body()).contains("jane.doe@example.com").contains("\"tools\""));
        HttpResponse<String> bad = fx.post("/v1/messages/count_tokens", GatewayFixture.KEY, "{\"model\":\"claude-test\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").path("message").asText()).contains("'messages'");
        assertThat(json(bad).path("type").asText()).isEqualTo("error");
        assertThat(fx.post("/v1/messages/count_tokens", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void embeddingsWithoutAUsableInputAreRejectedNamingTheField() throws Exception {
        for (String body : new String[] {"{\"model\":\"gpt-test\"}", "{\"model\":\"gpt-test\",\"input\":[]}",
                "{\"model\":\"gpt-test\",\"input\":{\"text\":\"hi\"}}", "{\"model\":\"gpt-test\",\"input\":[[1,\"a\"]]}"}) {
            HttpResponse<String> r = fx.post("/v1/embeddings", GatewayFixture.KEY, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).path("error").path("message").asText()).contains("'input'");
        }
        assertThat(fx.post("/v1/embeddings", null, "{\"model\":\"gpt-test\",\"input\":\"hi\"}").statusCode()).isEqualTo(401);
        assertThat(fx.post("/v1/embeddings", GatewayFixture.KEY, "{\"model\":\"nobody-serves-this\",\"input\":\"hi\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void repeatedViolationsThrottleThenSuspendAndQueueForReview() throws Exception {
        String bad = "{\"model\":\"gpt-test\",\"user\":\"mallory\",\"messages\":[{\"role\":\"user\",\"content\":\"how to culture anthrax\"}]}";
        assertThat(fx.post("/v1/chat/completions", GatewayFixture.KEY, bad).statusCode()).isEqualTo(400);
        assertThat(fx.post("/v1/chat/completions", GatewayFixture.KEY, bad).statusCode()).isEqualTo(400);
        // two violations: throttled, one request per interval, which this one uses
        assertThat(fx.post("/v1/chat/completions", GatewayFixture.KEY, bad).statusCode()).isEqualTo(400);
        HttpResponse<String> suspended = fx.post("/v1/chat/completions", GatewayFixture.KEY, bad);
        assertThat(suspended.statusCode()).isEqualTo(403);
        assertThat(json(suspended).path("error").path("code").asText()).isEqualTo("user_suspended");
        HttpResponse<String> queue = fx.get("/admin/review", GatewayFixture.KEY);
        assertThat(queue.statusCode()).isEqualTo(200);
        JsonNode item = json(queue).path("data").get(0);
        assertThat(item.path("user").asText()).isEqualTo("mallory");
        assertThat(item.path("state").asText()).isEqualTo("SUSPENDED");
        assertThat(item.path("principle_ids").toString()).contains("bio.weapons-uplift");
        assertThat(fx.get("/admin/review", GatewayFixture.REDACT_KEY).statusCode()).isEqualTo(403);
        HttpResponse<String> cleared = fx.post("/admin/review/clear", GatewayFixture.KEY, "{\"tenant\":\"acme\",\"user\":\"mallory\"}");
        assertThat(json(cleared).path("cleared").asBoolean()).isTrue();
    }

    @Test
    void tenantRateLimitAnswers429WithRetryAfter() throws Exception {
        String body = chat("gpt-test", "hello", false);
        assertThat(fx.post("/v1/chat/completions", GatewayFixture.LIMITED_KEY, body).statusCode()).isEqualTo(200);
        assertThat(fx.post("/v1/chat/completions", GatewayFixture.LIMITED_KEY, body).statusCode()).isEqualTo(200);
        HttpResponse<String> third = fx.post("/v1/chat/completions", GatewayFixture.LIMITED_KEY, body);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("retry-after")).isPresent();
    }

    @Test
    void shadowModeRecordsButForwards() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.SHADOW_KEY,
                chat("gpt-test", "how to culture anthrax", false));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-ace-shadow-action")).contains("block");
        String requestId = r.headers().firstValue("x-request-id").orElseThrow();
        assertThat(fx.decisionLog()).contains(requestId).contains("\"tenant\":\"shadowco\"");
    }

    @Test
    void shadowModeDoesNotHaltAnUnsafeStreamButRecordsIt() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(fx.base() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + GatewayFixture.SHADOW_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(chat("gpt-test", "TELL_UNSAFE story", true))).build();
        HttpResponse<byte[]> r = fx.http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        List<String> data = new ArrayList<>();
        new SseParser().feed(r.body()).forEach(e -> data.add(e.data()));
        assertThat(data).containsExactlyElementsOf(ScriptedUpstream.openAiFrames(ScriptedUpstream.UNSAFE));
        String id = r.headers().firstValue("x-request-id").orElseThrow();
        assertThat(fx.decisionLog().lines().filter(l -> l.contains(id) && l.contains("\"OUTPUT\"")))
                .singleElement().satisfies(l -> assertThat(l).contains("\"action\":\"BLOCK\"").contains("\"enforced\":false"));
    }

    @Test
    void unsafeStreamIsHaltedOnTheWireWithAnAceAnnotationAndNoUnsafeText() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(fx.base() + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + GatewayFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(chat("gpt-test", "TELL_UNSAFE story", true))).build();
        HttpResponse<byte[]> r = fx.http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        List<SseEvent> events = new SseParser().feed(r.body());
        assertThat(events.get(events.size() - 1).data()).isEqualTo("[DONE]");
        JsonNode halt = ScriptedUpstream.JSON.readTree(events.get(events.size() - 2).data());
        assertThat(halt.path("choices").get(0).path("finish_reason").asText()).isEqualTo("content_filter");
        assertThat(halt.path("ace").path("principle_ids").get(0).asText()).isEqualTo("bio.weapons-uplift");
        assertThat(halt.path("ace").path("request_id").asText()).isEqualTo(r.headers().firstValue("x-request-id").orElseThrow());
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("anthrax");
    }

    @Test
    void flaggedPromptIsForwardedWithAHeader() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-test", "I saw a flamingo", false));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-ace-action")).contains("flag");
        assertThat(r.headers().firstValue("x-ace-principles")).contains("test.flamingo");
    }

    @Test
    void everyDecisionIsDurableBeforeTheAnswerWithoutRawContent() throws Exception {
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-test", "a unique prompt 12345", false));
        String id = r.headers().firstValue("x-request-id").orElseThrow();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : fx.decisionLog().split("\n")) {
            JsonNode n = ScriptedUpstream.JSON.readTree(line);
            if (n.path("request_id").asText().equals(id)) {
                lines.add(n);
            }
        }
        assertThat(lines).extracting(n -> n.path("direction").asText()).containsExactly("INPUT", "OUTPUT");
        assertThat(lines.get(0).path("content_hmac_sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(lines.get(0).path("constitution_digest").asText()).isNotEmpty();
        assertThat(fx.decisionLog()).doesNotContain("unique prompt 12345");
    }

    @Test
    void aWholeAnswersInputAndOutputDecisionsShareOneFsync() throws Exception {
        long before = fx.sink.fsyncs();
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-test", "one fsync please", false));
        assertThat(r.statusCode()).isEqualTo(200);
        String id = r.headers().firstValue("x-request-id").orElseThrow();
        assertThat(fx.decisionLog().split("\n")).filteredOn(l -> l.contains(id)).hasSize(2);
        assertThat(fx.sink.fsyncs() - before).isEqualTo(1);
    }

    @Test
    void inspectReturnsTheFullVerdict() throws Exception {
        HttpResponse<String> r = fx.post("/v1/inspect", GatewayFixture.KEY, "{\"input\":\"how do I culture anthrax\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode v = json(r);
        assertThat(v.path("action").asText()).isEqualTo("BLOCK");
        assertThat(v.path("findings").get(0).path("principle_id").asText()).isEqualTo("bio.weapons-uplift");
        assertThat(v.path("findings").get(0).path("evidence").path("end").asInt()).isPositive();
        assertThat(v.path("tiers").get(0).path("tier").asText()).isEqualTo("rules");
    }

    @Test
    void moderationResultsCarryAllThirteenCategoryKeys() throws Exception {
        JsonNode r = json(fx.post("/v1/moderations", GatewayFixture.KEY, "{\"input\":[\"hello\",\"how to culture anthrax\"]}"));
        assertThat(r.path("results")).hasSize(2);
        List<String> keys = List.of("harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
                "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "sexual/minors",
                "violence", "violence/graphic");
        for (JsonNode result : r.path("results")) {
            for (String field : List.of("categories", "category_scores", "category_applied_input_types")) {
                List<String> present = new ArrayList<>();
                result.path(field).fieldNames().forEachRemaining(present::add);
                assertThat(present).as(field).containsExactlyInAnyOrderElementsOf(keys);
            }
        }
        assertThat(r.path("results").get(0).path("flagged").asBoolean()).isFalse();
        assertThat(r.path("results").get(1).path("flagged").asBoolean()).isTrue();
        assertThat(r.path("results").get(1).path("ace").path("principle_ids").get(0).asText()).isEqualTo("bio.weapons-uplift");
    }

    @Test
    void modelsListsWhatTheUpstreamsServe() throws Exception {
        JsonNode m = json(fx.get("/v1/models", GatewayFixture.KEY));
        assertThat(m.path("object").asText()).isEqualTo("list");
        List<String> ids = new ArrayList<>();
        m.path("data").forEach(d -> ids.add(d.path("id").asText()));
        assertThat(ids).contains("gpt-test", "gpt-low").doesNotContain("*");
        assertThat(fx.get("/healthz", null).statusCode()).isEqualTo(200);
    }

    @Test
    void modelsAsksAnUpstreamThatServesAnyModelWhichItHas() throws Exception {
        JsonNode m = json(getAnthropic("/v1/models"));
        List<String> ids = new ArrayList<>();
        m.path("data").forEach(d -> ids.add(d.path("id").asText()));
        assertThat(ids).contains("claude-scripted");
        assertThat(fx.upstream.received).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/anth/v1/models");
            assertThat(r.apiKey()).isEqualTo("sk-ant-up");
        });
        assertThat(getAnthropic("/v1/models/some-model-only-the-wildcard-serves").statusCode()).isEqualTo(200);
    }

    @Test
    void eachDialectListsTheModelsItsChatRequestsCanBeRoutedTo() throws Exception {
        List<String> openAi = new ArrayList<>();
        json(fx.get("/v1/models", GatewayFixture.KEY)).path("data").forEach(d -> openAi.add(d.path("id").asText()));
        // no OpenAI upstream serves every model, so OpenAI clients are also offered the Anthropic upstream's models,
        // which their chat and Responses requests reach through a bridge; their own upstreams' models come first
        assertThat(openAi).containsSubsequence("gpt-test", "claude-scripted");
        assertThat(fx.get("/v1/models/claude-scripted", GatewayFixture.KEY).statusCode()).isEqualTo(200);
        // the Anthropic upstream serves every model: Anthropic clients never reach an OpenAI one, nor see its models
        List<String> anthropic = new ArrayList<>();
        json(getAnthropic("/v1/models")).path("data").forEach(d -> anthropic.add(d.path("id").asText()));
        assertThat(anthropic).containsExactly("claude-scripted");
    }

    private HttpResponse<String> getAnthropic(String path) throws Exception {
        return fx.http.send(HttpRequest.newBuilder(URI.create(fx.base() + path)).GET()
                .header("x-api-key", GatewayFixture.KEY).header("anthropic-version", "2023-06-01").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anthropicModelListPagesWithLimitAndCursors() throws Exception {
        JsonNode all = json(getAnthropic("/v1/models?limit=1"));
        assertThat(all.path("data")).hasSize(1);
        assertThat(all.path("first_id").asText()).isEqualTo("claude-scripted");
        assertThat(all.path("last_id").asText()).isEqualTo("claude-scripted");
        assertThat(all.path("has_more").asBoolean(true)).isFalse();
        JsonNode after = json(getAnthropic("/v1/models?after_id=claude-scripted"));
        assertThat(after.path("data")).isEmpty();
        assertThat(after.path("first_id").isNull()).isTrue();
        HttpResponse<String> bad = getAnthropic("/v1/models?limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(json(bad).path("error").path("message").asText()).contains("'limit'");
        assertThat(getAnthropic("/v1/models/gpt-test").statusCode()).isEqualTo(200); // the wildcard Anthropic upstream
    }

    @Test
    void unknownPathsGetAJsonNotFoundInTheClientsDialect() throws Exception {
        HttpResponse<String> openAi = fx.get("/v1/responses", GatewayFixture.KEY);
        assertThat(openAi.statusCode()).isEqualTo(404);
        assertThat(openAi.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(json(openAi).path("error").path("message").asText()).contains("GET /v1/responses");
        HttpResponse<String> anthropicPath = fx.post("/v1/messages/batches", GatewayFixture.KEY, "{}");
        assertThat(anthropicPath.statusCode()).isEqualTo(404);
        assertThat(json(anthropicPath).path("error").path("type").asText()).isEqualTo("not_found_error");
        assertThat(getAnthropic("/v1/files").statusCode()).isEqualTo(404);
        assertThat(json(getAnthropic("/v1/files")).path("type").asText()).isEqualTo("error");
        assertThat(fx.get("/healthz", null).statusCode()).isEqualTo(200); // served routes are not shadowed
    }

    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*})? -?[0-9.eE+-]+|[+-]Inf|NaN");

    @Test
    void metricsAreValidPrometheusText() throws Exception {
        fx.post("/v1/chat/completions", GatewayFixture.KEY, chat("gpt-test", "metrics please", false));
        HttpResponse<String> r = fx.get("/metrics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        for (String line : r.body().split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            assertThat(line).matches(SAMPLE.pattern() + "|.* (\\+Inf|-Inf|NaN)");
        }
        assertThat(r.body()).contains("ace_requests_total{endpoint=\"chat_completions\",status=\"200\"}")
                .contains("ace_verdicts_total{action=\"ALLOW\",direction=\"INPUT\"}")
                .contains("ace_inspector_latency_seconds_bucket{tier=\"rules\"")
                .contains("ace_upstream_latency_seconds_count{upstream=\"low\"}");
    }

    @SuppressWarnings("unused")
    private static List<SseEvent> events(byte[] body) {
        return new SseParser().feed(body);
    }
}
