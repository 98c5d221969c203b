package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseStreamEvent;
import dev.ace.core.TrustTier;
import dev.ace.gateway.config.DecisionLogConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.gateway.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Responses API served from an upstream that has only Chat Completions. */
class ResponsesBridgeTest {
    static ObjectNode json(String s) {
        return ScriptedUpstream.object(s);
    }

    @Test
    void aResponsesRequestBecomesTheChatRequestItMeans() throws Exception {
        ObjectNode chat = ResponsesBridge.chatRequest(json("""
                {"model":"m","instructions":"Be brief.","stream":true,"max_output_tokens":64,"temperature":0.2,
                 "input":[{"role":"user","content":[{"type":"input_text","text":"What is the weather?"},
                                                    {"type":"input_image","image_url":"https://x/y.png","detail":"low"}]},
                          {"type":"function_call","call_id":"c1","name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"},
                          {"type":"function_call","call_id":"c2","name":"weather","arguments":"{\\"city\\":\\"Rome\\"}"},
                          {"type":"function_call_output","call_id":"c1","output":"cold"},
                          {"type":"reasoning","id":"rs_1","summary":[]},
                          {"role":"developer","content":"Answer in Celsius."},
                          {"role":"assistant","content":[{"type":"output_text","text":"It is cold."}]}],
                 "tools":[{"type":"function","name":"weather","parameters":{"type":"object"},"strict":true}],
                 "tool_choice":{"type":"function","name":"weather"},
                 "text":{"format":{"type":"json_schema","name":"w","schema":{"type":"object"},"strict":true}},
                 "reasoning":{"effort":"low"},"store":true}"""));
        assertThat(chat).isEqualTo(json("""
                {"model":"m","messages":[{"role":"system","content":"Be brief."},
                  {"role":"user","content":[{"type":"text","text":"What is the weather?"},
                                            {"type":"image_url","image_url":{"url":"https://x/y.png","detail":"low"}}]},
                  {"role":"assistant","content":null,"tool_calls":[
                     {"id":"c1","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"}},
                     {"id":"c2","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Rome\\"}"}}]},
                  {"role":"tool","tool_call_id":"c1","content":"cold"},
                  {"role":"system","content":"Answer in Celsius."},
                  {"role":"assistant","content":"It is cold."}],
                 "tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object"},"strict":true}}],
                 "tool_choice":{"type":"function","function":{"name":"weather"}},
                 "max_tokens":64,"temperature":0.2,"reasoning_effort":"low",
                 "response_format":{"type":"json_schema","json_schema":{"name":"w","schema":{"type":"object"},"strict":true}},
                 "stream":true,"stream_options":{"include_usage":true}}"""));
    }

    @Test
    void whatOnlyTheResponsesApiCanDoIsRefusedNamingTheField() {
        String[][] cases = {
                {"{\"model\":\"m\",\"input\":\"hi\",\"previous_response_id\":\"resp_1\"}", "'previous_response_id'"},
                {"{\"model\":\"m\",\"input\":\"hi\",\"tools\":[{\"type\":\"web_search\"}]}", "'tools[0]' of type 'web_search'"},
                {"{\"model\":\"m\",\"input\":[{\"type\":\"item_reference\",\"id\":\"msg_1\"}]}", "'input[0]' of type 'item_reference'"},
                {"{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_file\",\"file_id\":\"f\"}]}]}",
                        "'input[0].content[0]' of type 'input_file'"}};
        for (String[] c : cases) {
            assertThatThrownBy(() -> ResponsesBridge.chatRequest(json(c[0]))).as(c[0])
                    .isInstanceOf(WireText.BadRequest.class).hasMessageContaining(c[1])
                    .hasMessageContaining("Chat Completions");
        }
    }

    @Test
    void aChatCompletionBecomesAResponseWithItsTextToolCallsFinishAndUsage() {
        ObjectNode req = json("{\"model\":\"m\",\"input\":\"hi\",\"instructions\":\"Be brief.\",\"max_output_tokens\":5}");
        ObjectNode r = ResponsesBridge.response(json("""
                {"id":"chatcmpl-1","object":"chat.completion","created":7,"model":"m-2",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Hel","tool_calls":[
                   {"id":"call_9","type":"function","function":{"name":"f","arguments":"{}"}}]},"finish_reason":"length"}],
                 "usage":{"prompt_tokens":3,"completion_tokens":5,"total_tokens":8}}"""), req, "req_1");
        assertThat(r.path("id").asText()).isEqualTo("resp_chatcmpl-1");
        assertThat(r.path("model").asText()).isEqualTo("m-2");
        assertThat(r.path("status").asText()).isEqualTo("incomplete");
        assertThat(r.path("incomplete_details").path("reason").asText()).isEqualTo("max_output_tokens");
        assertThat(r.path("instructions").asText()).isEqualTo("Be brief.");
        assertThat(r.path("output").get(0).path("content").get(0).path("text").asText()).isEqualTo("Hel");
        assertThat(r.path("output").get(1).path("type").asText()).isEqualTo("function_call");
        assertThat(r.path("output").get(1).path("call_id").asText()).isEqualTo("call_9");
        assertThat(r.path("usage").path("input_tokens").asInt()).isEqualTo(3);
        assertThat(r.path("usage").path("output_tokens").asInt()).isEqualTo(5);
        assertThat(WireText.responsesAnswer(r)).isEqualTo("Hel\n{}");
    }

    static List<SseEvent> translate(String chatSse, int pieceSize) throws Exception {
        InputStream in = ResponsesBridge.responsesStream(new ByteArrayInputStream(chatSse.getBytes(StandardCharsets.UTF_8)),
                json("{\"model\":\"m\",\"input\":\"hi\"}"), "req_1");
        byte[] all;
        try (in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[pieceSize];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
            all = out.toByteArray();
        }
        return new SseParser().feed(all);
    }

    @Test
    void aChatStreamBecomesTheResponsesEventsInOrder() throws Exception {
        String chat = ScriptedUpstream.openAiStream(ScriptedUpstream.BENIGN).replace("data: [DONE]",
                "data: " + ScriptedUpstream.USAGE_CHUNK + "\n\ndata: [DONE]");
        for (int piece : new int[] {1, 7, 8192}) {
            List<SseEvent> events = translate(chat, piece);
            List<String> types = events.stream().map(SseEvent::event).toList();
            int tokens = ScriptedUpstream.tokens(ScriptedUpstream.BENIGN).size();
            List<String> expected = new ArrayList<>(List.of("response.created", "response.in_progress",
                    "response.output_item.added", "response.content_part.added"));
            for (int i = 0; i < tokens; i++) {
                expected.add("response.output_text.delta");
            }
            expected.addAll(List.of("response.output_text.done", "response.content_part.done",
                    "response.output_item.done", "response.completed"));
            assertThat(types).as("read %d bytes at a time", piece).isEqualTo(expected);
            StringBuilder text = new StringBuilder();
            long seq = -1;
            for (SseEvent e : events) {
                JsonNode n = ScriptedUpstream.JSON.readTree(e.data());
                assertThat(n.path("type").asText()).isEqualTo(e.event());
                assertThat(n.path("sequence_number").asLong()).isEqualTo(seq + 1);
                seq = n.path("sequence_number").asLong();
                if (e.event().equals("response.output_text.delta")) {
                    text.append(n.path("delta").asText());
                }
            }
            assertThat(text.toString()).isEqualTo(ScriptedUpstream.BENIGN);
            JsonNode done = ScriptedUpstream.JSON.readTree(events.get(events.size() - 1).data()).path("response");
            assertThat(done.path("status").asText()).isEqualTo("completed");
            assertThat(WireText.responsesAnswer(done)).isEqualTo(ScriptedUpstream.BENIGN);
            assertThat(done.path("usage").path("total_tokens").asInt()).isEqualTo(21);
        }
    }

    @Test
    void streamedToolCallsAndAnUpstreamErrorTranslate() throws Exception {
        String calls = "data: {\"id\":\"c\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                + "\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}}]}\n\n"
                + "data: {\"id\":\"c\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,"
                + "\"function\":{\"arguments\":\"{\\\"a\\\":1}\"}}]},\"finish_reason\":\"tool_calls\"}]}\n\ndata: [DONE]\n\n";
        List<SseEvent> events = translate(calls, 8192);
        assertThat(events).extracting(SseEvent::event).containsExactly("response.created", "response.in_progress",
                "response.output_item.added", "response.function_call_arguments.delta",
                "response.function_call_arguments.done", "response.output_item.done", "response.completed");
        JsonNode done = ScriptedUpstream.JSON.readTree(events.get(events.size() - 1).data()).path("response");
        assertThat(done.path("output").get(0).path("arguments").asText()).isEqualTo("{\"a\":1}");

        List<SseEvent> failed = translate("data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\n", 8192);
        assertThat(failed).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("error");
            assertThat(e.data()).contains("overloaded");
        });
    }

    /** A gateway whose one OpenAI upstream has Chat Completions only. */
    private static GatewayConfig config(ScriptedUpstream upstream, Path dir) {
        return GatewayConfig.defaults()
                .withServer(GatewayConfig.defaults().server().withPort(0))
                .withUpstream(new UpstreamConfig("chat-only", URI.create(upstream.base("/chatonly/v1")), null, Protocol.OPENAI,
                        TrustTier.HIGH_TRUST, List.of("*")))
                .withTenant(Tenant.simple("acme", ApiKeys.sha256("k"), false))
                .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.JSONL, dir.resolve("d.jsonl"), "K"));
    }

    @Test
    void theOfficialSdkUsesTheResponsesApiThroughAChatOnlyUpstream(@TempDir Path dir) throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream();
             Gateway g = Gateway.builder(config(upstream, dir), TestConstitution.inspector())
                     .env(Map.of("K", "secret")::get).build().start()) {
            OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey("k").baseUrl("http://127.0.0.1:" + g.port() + "/v1")
                    .maxRetries(0).build();
            try {
                Response r = openai.responses().create(ResponseCreateParams.builder().model("gpt-test")
                        .instructions("Be kind.").input("Say hello").build());
                assertThat(r.output().stream().flatMap(o -> o.message().stream()).flatMap(m -> m.content().stream())
                        .flatMap(c -> c.outputText().stream()).map(ResponseOutputText::text)).containsExactly(ScriptedUpstream.BENIGN);
                // asked natively once, then through chat; the next request goes to chat at once
                assertThat(upstream.received).extracting(ScriptedUpstream.Received::path)
                        .containsExactly("/chatonly/v1/responses", "/chatonly/v1/chat/completions");
                assertThat(upstream.received.get(1).body()).contains("\"role\":\"system\",\"content\":\"Be kind.\"");

                List<String> deltas = new ArrayList<>();
                try (StreamResponse<ResponseStreamEvent> s = openai.responses().createStreaming(
                        ResponseCreateParams.builder().model("gpt-test").input("Say hello").build())) {
                    s.stream().forEach(e -> e.outputTextDelta().ifPresent(d -> deltas.add(d.delta())));
                }
                assertThat(deltas).containsExactlyElementsOf(ScriptedUpstream.tokens(ScriptedUpstream.BENIGN));
                assertThat(upstream.received).hasSize(3);

                // an unsafe answer is halted as a native one is
                StringBuilder text = new StringBuilder();
                List<String> reasons = new ArrayList<>();
                try (StreamResponse<ResponseStreamEvent> s = openai.responses().createStreaming(
                        ResponseCreateParams.builder().model("gpt-test").input("TELL_UNSAFE a story").build())) {
                    s.stream().forEach(e -> {
                        e.outputTextDelta().ifPresent(d -> text.append(d.delta()));
                        e.incomplete().ifPresent(i -> reasons.add(i.response().incompleteDetails()
                                .flatMap(Response.IncompleteDetails::reason).map(x -> x.asString()).orElse("")));
                    });
                }
                assertThat(reasons).containsExactly("content_filter");
                assertThat(text.toString()).doesNotContain("anthrax");
                Response withheld = openai.responses().create(ResponseCreateParams.builder().model("gpt-test")
                        .input("TELL_UNSAFE please").build());
                assertThat(withheld.incompleteDetails().flatMap(Response.IncompleteDetails::reason).orElseThrow())
                        .isEqualTo(Response.IncompleteDetails.Reason.CONTENT_FILTER);
            } finally {
                openai.close();
            }
        }
    }

    @Test
    void anUpstreamThatDoesNotKnowTheModelIsNotTakenForOneWithoutTheResponsesApi() {
        assertThat(ChatEndpoint.lacksResponsesApi(404, "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ChatEndpoint.lacksResponsesApi(405, new byte[0])).isTrue();
        assertThat(ChatEndpoint.lacksResponsesApi(404, ("{\"error\":{\"message\":\"The model `x` does not exist or you do not "
                + "have access to it.\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}")
                .getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ChatEndpoint.lacksResponsesApi(400, new byte[0])).isFalse();
    }
}
