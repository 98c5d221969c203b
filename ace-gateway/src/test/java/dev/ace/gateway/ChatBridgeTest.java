package dev.ace.gateway;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.GatewayConfigLoader;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import dev.ace.gateway.tenant.ApiKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An Anthropic Messages client served by an OpenAI Chat Completions upstream (a model only an OpenAI upstream serves). */
class ChatBridgeTest {
    static ScriptedUpstream upstream;
    static Gateway gateway;
    static AnthropicClient anthropic;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        upstream = new ScriptedUpstream();
        GatewayConfig config = GatewayConfigLoader.parse("""
                server: {port: 0, hold_back_chars: 16, window_chars: 256}
                upstreams:
                  - {name: local, base_url: "%s", protocol: openai, trust_tier: HIGH_TRUST, models: [gpt-local]}
                  - {name: claude, base_url: "%s", protocol: anthropic, trust_tier: HIGH_TRUST, models: [claude-test]}
                tenants:
                  - {id: acme, key_sha256: %s}
                decision_log: {kind: jsonl, path: "%s"}
                """.formatted(upstream.base("/high/v1"), upstream.base("/anth"), ApiKeys.sha256("k"),
                dir.resolve("d.jsonl").toString().replace("\\", "/")), "bridge.yaml");
        gateway = Gateway.builder(config, TestConstitution.inspector()).env(Map.of("ACE_DIGEST_KEY", "d")::get)
                .build().start();
        anthropic = AnthropicOkHttpClient.builder().apiKey("k").baseUrl("http://127.0.0.1:" + gateway.port())
                .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        anthropic.close();
        gateway.close();
        upstream.close();
    }

    static ObjectNode json(String s) {
        return ScriptedUpstream.object(s);
    }

    @Test
    void aMessagesRequestBecomesTheChatRequestItMeans() throws Exception {
        ObjectNode chat = ChatBridge.chatRequest(json("""
                {"model":"gpt-local","max_tokens":64,"stream":true,"temperature":0.3,"stop_sequences":["END"],
                 "system":[{"type":"text","text":"Be brief."}],"metadata":{"user_id":"u1"},
                 "messages":[
                   {"role":"user","content":[{"type":"text","text":"Weather?"},
                      {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBO"}}]},
                   {"role":"assistant","content":[{"type":"thinking","thinking":"hm","signature":"s"},
                      {"type":"text","text":"Checking."},
                      {"type":"tool_use","id":"t1","name":"weather","input":{"city":"Oslo"}}]},
                   {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"cold"}]},
                      {"type":"text","text":"Thanks."}]}],
                 "tools":[{"name":"weather","description":"Weather now","input_schema":{"type":"object"}}],
                 "tool_choice":{"type":"tool","name":"weather","disable_parallel_tool_use":true}}"""));
        assertThat(chat).isEqualTo(json("""
                {"model":"gpt-local","messages":[{"role":"system","content":"Be brief."},
                   {"role":"user","content":[{"type":"text","text":"Weather?"},
                      {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBO"}}]},
                   {"role":"assistant","content":"Checking.","tool_calls":[
                      {"id":"t1","type":"function","function":{"name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"}}]},
                   {"role":"tool","tool_call_id":"t1","content":"cold"},
                   {"role":"user","content":"Thanks."}],
                 "max_tokens":64,"temperature":0.3,"stop":["END"],
                 "tools":[{"type":"function","function":{"name":"weather","description":"Weather now",
                           "parameters":{"type":"object"}}}],
                 "tool_choice":{"type":"function","function":{"name":"weather"}},"parallel_tool_calls":false,
                 "user":"u1","stream":true,"stream_options":{"include_usage":true}}"""));
        assertThatThrownBy(() -> ChatBridge.chatRequest(json("""
                {"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"document","source":{}}]}]}""")))
                .isInstanceOf(WireText.BadRequest.class).hasMessageContaining("messages[0].content[0] of type 'document'");
        assertThatThrownBy(() -> ChatBridge.chatRequest(json("""
                {"model":"m","max_tokens":5,"tools":[{"type":"web_search_20250305","name":"web_search"}],
                 "messages":[{"role":"user","content":"hi"}]}""")))
                .isInstanceOf(WireText.BadRequest.class).hasMessageContaining("server tool 'web_search_20250305'");
    }

    @Test
    void aChatCompletionBecomesAMessage() {
        ObjectNode m = ChatBridge.message(json("""
                {"id":"chatcmpl-1","object":"chat.completion","model":"gpt-local","choices":[{"index":0,
                  "message":{"role":"assistant","content":"Checking.","tool_calls":[{"id":"c1","type":"function",
                  "function":{"name":"weather","arguments":"{\\"city\\":\\"Oslo\\"}"}}]},"finish_reason":"tool_calls"}],
                 "usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}}"""), "req_1");
        assertThat(m.toString()).isEqualTo(json("""
                {"id":"msg_chatcmpl-1","type":"message","role":"assistant","model":"gpt-local",
                 "content":[{"type":"text","text":"Checking."},
                            {"type":"tool_use","id":"c1","name":"weather","input":{"city":"Oslo"}}],
                 "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":9,"output_tokens":4}}""").toString());
        assertThat(ChatBridge.stopReason("length")).isEqualTo("max_tokens");
        assertThat(ChatBridge.stopReason("content_filter")).isEqualTo("refusal");
    }

    @Test
    void aChatStreamBecomesMessagesEvents() throws Exception {
        String sse = ScriptedUpstream.openAiStream("Hello there.").replace("data: [DONE]",
                "data: " + ScriptedUpstream.USAGE_CHUNK + "\n\ndata: [DONE]");
        byte[] out = ChatBridge.messagesStream(new ByteArrayInputStream(sse.getBytes(StandardCharsets.UTF_8)), "req_1")
                .readAllBytes();
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        JsonNode delta = null;
        for (SseEvent e : new SseParser().feed(out)) {
            if (e.event().isEmpty()) {
                continue; // comments
            }
            names.add(e.event());
            JsonNode d = json(e.data());
            text.append(d.path("delta").path("text").asText(""));
            if (e.event().equals("message_delta")) {
                delta = d;
            }
        }
        assertThat(names.get(0)).isEqualTo("message_start");
        assertThat(names.get(1)).isEqualTo("content_block_start");
        assertThat(names.subList(names.size() - 3, names.size()))
                .containsExactly("content_block_stop", "message_delta", "message_stop");
        assertThat(text.toString()).isEqualTo("Hello there.");
        assertThat(delta.path("delta").path("stop_reason").asText()).isEqualTo("end_turn");
        assertThat(delta.path("usage").path("output_tokens").asInt()).isEqualTo(12);
    }

    static MessageCreateParams message(String prompt) {
        return MessageCreateParams.builder().model("gpt-local").maxTokens(256).addUserMessage(prompt).build();
    }

    @Test
    void theAnthropicSdkTalksToAModelOnlyAnOpenAiUpstreamServes() {
        int before = upstream.received.size();
        Message m = anthropic.messages().create(MessageCreateParams.builder().model("gpt-local").maxTokens(256)
                .system("Be brief.").addUserMessage("Say hello").build());
        assertThat(m.content().get(0).text().orElseThrow().text()).isEqualTo(ScriptedUpstream.BENIGN);
        assertThat(m.stopReason()).contains(StopReason.END_TURN);
        assertThat(upstream.received.subList(before, upstream.received.size())).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/high/v1/chat/completions");
            assertThat(json(x.body()).path("messages").get(0).path("content").asText()).isEqualTo("Be brief.");
        });
        SdkStreams.Message s = SdkStreams.message(anthropic, message("Say hello"));
        assertThat(s.tokens()).containsExactlyElementsOf(ScriptedUpstream.tokens(ScriptedUpstream.BENIGN));
        assertThat(s.stops()).containsExactly(Optional.of(StopReason.END_TURN));
        // a model an Anthropic upstream serves still goes there
        Message native_ = anthropic.messages().create(MessageCreateParams.builder().model("claude-test").maxTokens(64)
                .addUserMessage("Say hello").build());
        assertThat(native_.id()).isEqualTo("msg_scripted");
    }

    @Test
    void anUnsafeAnswerFromTheOpenAiUpstreamIsWithheldOrHaltedInTheMessagesShape() {
        Message whole = anthropic.messages().create(message("TELL_UNSAFE please"));
        assertThat(whole.stopReason()).contains(StopReason.REFUSAL);
        assertThat(whole.content()).isEmpty();
        SdkStreams.Message halted = SdkStreams.message(anthropic, message("TELL_UNSAFE now"));
        assertThat(halted.stops()).containsExactly(Optional.of(StopReason.REFUSAL));
        assertThat(halted.text()).doesNotContain("anthrax");
        assertThat(ScriptedUpstream.UNSAFE).startsWith(halted.text());
    }
}
