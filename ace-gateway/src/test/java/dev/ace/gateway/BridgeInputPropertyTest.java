package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridges' translations on random, often malformed, input built from the fields they read. A request is either
 * translated or refused with a {@link WireText.BadRequest} (a 400 naming the field), never anything else (a 500), and
 * what is made has the fields the other protocol requires. An upstream's answer, whole or streamed, however odd, is
 * translated without an exception.
 */
class BridgeInputPropertyTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] KEYS = {"role", "content", "type", "text", "tool_calls", "tool_call_id", "id",
            "function", "name", "arguments", "input", "tool_use_id", "source", "image_url", "url", "media_type", "data",
            "refusal", "is_error", "parameters", "input_schema", "description", "delta", "finish_reason", "index",
            "partial_json", "stop_reason", "usage", "message", "content_block", "output_tokens", "prompt_tokens"};
    private static final String[] WORDS = {"user", "assistant", "system", "developer", "tool", "text", "image",
            "image_url", "tool_use", "tool_result", "thinking", "document", "function", "base64", "url", "{}",
            "{\"a\":1}", "{nope", "", "data:image/png;base64,AAAA", "auto", "any", "none", "required"};

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static JsonNode value(Random r, int depth) {
        switch (r.nextInt(depth > 3 ? 4 : 7)) {
            case 0:
                return F.textNode(WORDS[r.nextInt(WORDS.length)]);
            case 1:
                return F.numberNode(r.nextInt(5) - 1);
            case 2:
                return r.nextBoolean() ? F.nullNode() : F.booleanNode(r.nextBoolean());
            case 3:
                return F.textNode("hello");
            case 4:
            case 5: {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(5); i > 0; i--) {
                    o.set(KEYS[r.nextInt(KEYS.length)], value(r, depth + 1));
                }
                return o;
            }
            default: {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(value(r, depth + 1));
                }
                return a;
            }
        }
    }

    private static ObjectNode request(Random r) {
        ObjectNode req = F.objectNode();
        req.put("model", "m");
        req.put("max_tokens", 16);
        ArrayNode messages = req.putArray("messages");
        for (int i = r.nextInt(4) + (r.nextInt(10) == 0 ? 0 : 1); i > 0; i--) {
            ObjectNode m = messages.addObject();
            m.put("role", WORDS[r.nextInt(5)]);
            m.set("content", value(r, 1));
            if (r.nextInt(3) == 0) {
                m.set(KEYS[r.nextInt(KEYS.length)], value(r, 1));
            }
        }
        for (String f : new String[] {"system", "tools", "tool_choice", "stop", "stop_sequences", "temperature", "n",
                "response_format", "metadata", "stream"}) {
            if (r.nextInt(4) == 0) {
                req.set(f, value(r, 1));
            }
        }
        return req;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRandomRequestIsTranslatedOrRefusedByNameNeverBroken(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 10; i++) {
            ObjectNode req = request(r);
            try {
                ObjectNode m = MessagesBridge.messagesRequest(req.deepCopy());
                assertThat(m.path("max_tokens").isInt()).as(req.toString()).isTrue();
                assertThat(m.path("messages").isArray()).as(req.toString()).isTrue();
            } catch (WireText.BadRequest refused) {
                assertThat(refused.getMessage()).as(req.toString()).isNotBlank();
            }
            try {
                ObjectNode c = ChatBridge.chatRequest(req.deepCopy());
                assertThat(c.path("messages").isArray()).as(req.toString()).isTrue();
            } catch (WireText.BadRequest refused) {
                assertThat(refused.getMessage()).as(req.toString()).isNotBlank();
            }
        }
    }

    private static final String[] EVENTS = {"message_start", "content_block_start", "content_block_delta",
            "content_block_stop", "message_delta", "message_stop", "ping", "error"};

    @ParameterizedTest
    @MethodSource("seeds")
    void aRandomUpstreamAnswerIsTranslatedWithoutAnException(long seed) throws Exception {
        Random r = new Random(seed);
        for (int i = 0; i < 10; i++) {
            ObjectNode answer = F.objectNode();
            for (String f : new String[] {"id", "model", "content", "stop_reason", "usage", "choices"}) {
                if (r.nextInt(3) > 0) {
                    answer.set(f, f.equals("choices") ? F.arrayNode().add(value(r, 1)) : value(r, 1));
                }
            }
            assertThat(MessagesBridge.chatCompletion(answer, "req").path("choices").isArray()).isTrue();
            assertThat(ChatBridge.message(answer, "req").path("content").isArray()).isTrue();
            StringBuilder messagesSse = new StringBuilder();
            StringBuilder chatSse = new StringBuilder();
            for (int e = r.nextInt(8); e > 0; e--) {
                String name = EVENTS[r.nextInt(EVENTS.length)];
                ObjectNode data = F.objectNode().put("type", name);
                for (String f : new String[] {"message", "content_block", "delta", "index", "usage", "error"}) {
                    if (r.nextBoolean()) {
                        data.set(f, value(r, 1));
                    }
                }
                messagesSse.append("event: ").append(name).append("\ndata: ").append(data).append("\n\n");
                chatSse.append("data: ").append(r.nextInt(6) == 0 ? "[DONE]" : answer.toString()).append("\n\n");
            }
            assertThat(MessagesBridge.chatStream(stream(messagesSse), r.nextBoolean(), "req").readAllBytes()).isNotNull();
            assertThat(ChatBridge.messagesStream(stream(chatSse), "req").readAllBytes()).isNotNull();
        }
    }

    private static java.io.InputStream stream(CharSequence sse) {
        return new ByteArrayInputStream(sse.toString().getBytes(StandardCharsets.UTF_8));
    }
}
