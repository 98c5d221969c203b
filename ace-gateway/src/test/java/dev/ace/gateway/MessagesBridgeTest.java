package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseStreamEvent;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Chat Completions client served by an Anthropic Messages upstream (a model only an Anthropic upstream serves). */
class MessagesBridgeTest {
    static GatewayFixture fx;
    static OpenAIClient openai;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        fx = new GatewayFixture(dir, 16);
        openai = fx.openAi();
    }

    @AfterAll
    static void stop() {
        openai.close();
        fx.close();
    }

    static ObjectNode json(String s) {
        return ScriptedUpstream.object(s);
    }

    @Test
    void aChatRequestBecomesTheMessagesRequestItMeans() throws Exception {
        ObjectNode messages = MessagesBridge.messagesRequest(json("""
                {"model":"claude-x","stream":true,"temperature":1.4,"top_p":0.9,"stop":"END","user":"u1",
                 "messages":[{"role":"system","content":"Be brief."},
                   {"role":"developer","content":[{"type":"text","text":"Answer in Celsius."}]},
                   {"role":"user","content":[{"type":"text","text":"Weather?"},
                      {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}},
                      {"type":"image_url","image_url":{"url":"https://x/y.png"}}]},
                   {"role":"assistant","content":null,"tool_calls":[
                      {"id":"c1","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"}},
                      {"id":"c2","type":"function","function":{"name":"weather","arguments":""}}]},
                   {"role":"tool","tool_call_id":"c1","content":"cold"},
                   {"role":"tool","tool_call_id":"c2","content":[{"type":"text","text":"warm"}]},
                   {"role":"user","content":"Thanks."}],
                 "tools":[{"type":"function","function":{"name":"weather","description":"Weather now",
                           "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}],
                 "tool_choice":"required","parallel_tool_calls":false}"""));
        assertThat(messages).isEqualTo(json("""
                {"model":"claude-x","max_tokens":4096,
                 "messages":[
                   {"role":"user","content":[{"type":"text","text":"Weather?"},
                      {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},
                      {"type":"image","source":{"type":"url","url":"https://x/y.png"}}]},
                   {"role":"assistant","content":[
                      {"type":"tool_use","id":"c1","name":"weather","input":{"city":"Oslo"}},
                      {"type":"tool_use","id":"c2","name":"weather","input":{}}]},
                   {"role":"user","content":[{"type":"tool_result","tool_use_id":"c1","content":"cold"},
                      {"type":"tool_result","tool_use_id":"c2","content":"warm"},
                      {"type":"text","text":"Thanks."}]}],
                 "system":"Be brief.\\n\\nAnswer in Celsius.","temperature":1.0,"top_p":0.9,"stop_sequences":["END"],
                 "tools":[{"name":"weather","description":"Weather now",
                           "input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],
                 "tool_choice":{"type":"any","disable_parallel_tool_use":true},
                 "metadata":{"user_id":"u1"},"stream":true}"""));
        assertThat(MessagesBridge.messagesRequest(json("""
                {"model":"m","max_completion_tokens":50,"n":null,"max_tokens":null,"temperature":null,"stop":null,
                 "response_format":null,"tool_choice":null,"messages":[{"role":"user","content":"hi"}]}"""))
                .path("max_tokens").asInt()).isEqualTo(50);
    }

    @Test
    void whatMessagesCannotCarryIsRefusedNamingTheField() {
        for (String[] c : new String[][] {
                {"{\"model\":\"m\",\"n\":2,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "'n'"},
                {"{\"model\":\"m\",\"logprobs\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "'logprobs'"},
                {"{\"model\":\"m\",\"response_format\":{\"type\":\"json_object\"},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                        "'response_format' json_object"},
                {"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}",
                        "messages[0].content[0] of type 'input_audio'"},
                {"{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":"
                        + "{\"name\":\"f\",\"arguments\":\"{nope\"}}]}]}", "arguments of 'f' are not JSON"}}) {
            assertThatThrownBy(() -> MessagesBridge.messagesRequest(json(c[0]))).as(c[0])
                    .isInstanceOf(WireText.BadRequest.class).hasMessageContaining(c[1]);
        }
    }

    @Test
    void aWholeMessageBecomesAChatCompletion() {
        ObjectNode c = MessagesBridge.chatCompletion(json("""
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-x",
                 "content":[{"type":"thinking","thinking":"hmm","signature":"s"},{"type":"text","text":"Checking."},
                            {"type":"tool_use","id":"t1","name":"weather","input":{"city":"Oslo"}}],
                 "stop_reason":"tool_use","stop_sequence":null,
                 "usage":{"input_tokens":10,"cache_read_input_tokens":5,"output_tokens":7}}"""), "req_1");
        JsonNode choice = c.path("choices").get(0);
        assertThat(c.path("id").asText()).isEqualTo("chatcmpl-msg_1");
        assertThat(c.path("object").asText()).isEqualTo("chat.completion");
        assertThat(choice.path("message").path("content").asText()).isEqualTo("Checking.");
        assertThat(choice.path("message").path("tool_calls").get(0)).isEqualTo(json("""
                {"id":"t1","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"}}"""));
        assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(c.path("usage").path("prompt_tokens").asInt()).isEqualTo(15);
        assertThat(c.path("usage").path("total_tokens").asInt()).isEqualTo(22);
        assertThat(MessagesBridge.finishReason("max_tokens")).isEqualTo("length");
        assertThat(MessagesBridge.finishReason("refusal")).isEqualTo("content_filter");
        assertThat(MessagesBridge.finishReason("stop_sequence")).isEqualTo("stop");
    }

    @Test
    void aMessagesStreamBecomesChatChunksWithUsageWhenAsked() throws Exception {
        String sse = ScriptedUpstream.anthropicStream("Hello there.");
        byte[] out = MessagesBridge.chatStream(new ByteArrayInputStream(sse.getBytes(StandardCharsets.UTF_8)), true,
                "req_1").readAllBytes();
        List<String> data = new ArrayList<>();
        for (SseEvent e : new SseParser().feed(out)) {
            data.add(e.data());
        }
        assertThat(data.get(0)).contains("\"role\":\"assistant\"").contains("\"id\":\"chatcmpl-msg_1\"");
        StringBuilder text = new StringBuilder();
        for (String d : data.subList(1, data.size() - 3)) {
            text.append(json(d).path("choices").get(0).path("delta").path("content").asText());
        }
        assertThat(text.toString()).isEqualTo("Hello there.");
        assertThat(json(data.get(data.size() - 3)).path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
        assertThat(json(data.get(data.size() - 2)).path("usage").path("completion_tokens").asInt()).isEqualTo(15);
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
    }

    @Test
    void theOpenAiSdkChatsWithAModelOnlyAnAnthropicUpstreamServes() {
        int before = fx.upstream.received.size();
        ChatCompletion c = openai.chat().completions().create(ChatCompletionCreateParams.builder().model("claude-test")
                .addSystemMessage("Be brief.").addUserMessage("Say hello").build());
        assertThat(c.choices().get(0).message().content()).contains(ScriptedUpstream.BENIGN);
        assertThat(c.choices().get(0).finishReason().asString()).isEqualTo("stop");
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size())).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/anth/v1/messages");
            assertThat(json(x.body()).path("system").asText()).isEqualTo("Be brief.");
            assertThat(json(x.body()).path("max_tokens").asInt()).isEqualTo(MessagesBridge.DEFAULT_MAX_TOKENS);
        });
        SdkStreams.Chat s = SdkStreams.chat(openai,
                ChatCompletionCreateParams.builder().model("claude-test").addUserMessage("Say hello").build());
        assertThat(s.tokens()).containsExactlyElementsOf(ScriptedUpstream.tokens(ScriptedUpstream.BENIGN));
        assertThat(s.finishes()).containsExactly("stop");
    }

    @Test
    void anUnsafeAnswerFromTheAnthropicUpstreamIsWithheldOrHaltedInTheChatShape() throws Exception {
        ChatCompletion whole = openai.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("claude-test").addUserMessage("TELL_UNSAFE please").build());
        assertThat(whole.choices().get(0).finishReason().asString()).isEqualTo("content_filter");
        assertThat(whole.choices().get(0).message().content()).isEmpty();
        SdkStreams.Chat halted = SdkStreams.chat(openai,
                ChatCompletionCreateParams.builder().model("claude-test").addUserMessage("TELL_UNSAFE a story").build());
        assertThat(halted.finishes()).containsExactly("content_filter");
        assertThat(halted.allText()).doesNotContain("anthrax");
        assertThat(ScriptedUpstream.UNSAFE).startsWith(halted.allText());
        // plain HTTP: the bridge is named, and a request Messages cannot carry is a 400 naming the field
        HttpResponse<String> r = fx.post("/v1/chat/completions", GatewayFixture.KEY,
                "{\"model\":\"claude-test\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(r.headers().firstValue("x-ace-bridge")).contains("anthropic.messages");
        HttpResponse<String> bad = fx.post("/v1/chat/completions", GatewayFixture.KEY,
                "{\"model\":\"claude-test\",\"n\":3,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).path("error").path("message").asText()).contains("'n' above 1");
        assertThat(fx.get("/metrics", null).body()).containsPattern("ace_bridged_requests_total\\{bridge=\"anthropic.messages\"} [1-9]");
        // models an OpenAI upstream serves still go there
        assertThat(fx.post("/v1/chat/completions", GatewayFixture.KEY,
                "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}").headers()
                .firstValue("x-ace-bridge")).isEmpty();
    }

    @Test
    void theResponsesApiReachesAModelOnlyAnAnthropicUpstreamServesThroughTwoTranslations() {
        int before = fx.upstream.received.size();
        Response r = openai.responses().create(ResponseCreateParams.builder().model("claude-test")
                .instructions("Be kind.").input("Say hello").build());
        assertThat(r.output().stream().flatMap(o -> o.message().stream()).flatMap(m -> m.content().stream())
                .flatMap(c -> c.outputText().stream()).map(ResponseOutputText::text)).containsExactly(ScriptedUpstream.BENIGN);
        assertThat(fx.upstream.received.subList(before, fx.upstream.received.size())).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/anth/v1/messages");
            assertThat(json(x.body()).path("system").asText()).isEqualTo("Be kind.");
        });
        List<String> deltas = new ArrayList<>();
        boolean[] completed = {false};
        try (StreamResponse<ResponseStreamEvent> s = openai.responses().createStreaming(
                ResponseCreateParams.builder().model("claude-test").input("Say hello").build())) {
            s.stream().forEach(e -> {
                e.outputTextDelta().ifPresent(d -> deltas.add(d.delta()));
                e.completed().ifPresent(c -> completed[0] = true);
            });
        }
        assertThat(deltas).containsExactlyElementsOf(ScriptedUpstream.tokens(ScriptedUpstream.BENIGN));
        assertThat(completed[0]).isTrue();
        List<String> reasons = new ArrayList<>();
        try (StreamResponse<ResponseStreamEvent> s = openai.responses().createStreaming(
                ResponseCreateParams.builder().model("claude-test").input("TELL_UNSAFE a story").build())) {
            s.stream().forEach(e -> e.incomplete().ifPresent(i -> reasons.add(i.response().incompleteDetails()
                    .flatMap(Response.IncompleteDetails::reason).map(x -> x.asString()).orElse(""))));
        }
        assertThat(reasons).containsExactly("content_filter");
    }
}
