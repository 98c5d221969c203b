package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;

/**
 * An Anthropic Messages request served by an OpenAI Chat Completions upstream, for a model that only an OpenAI
 * upstream serves (a local vLLM or Ollama behind an application written against the Anthropic SDK): the request is
 * translated to a chat request, and the answer (whole, or an SSE stream as it arrives) back to a Messages answer,
 * which the gateway then inspects, halts and records as it would an Anthropic upstream's. The reverse of {@link
 * MessagesBridge}. What Chat Completions cannot carry gets a 400 naming it (documents, server tools).
 */
final class ChatBridge {
    private ChatBridge() {
    }

    /** The Chat Completions request for a Messages request. */
    static ObjectNode chatRequest(ObjectNode m) throws WireText.BadRequest {
        ObjectNode c = Dialect.JSON.createObjectNode();
        c.put("model", m.path("model").asText());
        ArrayNode messages = c.putArray("messages");
        JsonNode system = m.get("system");
        if (system != null && !system.isNull()) {
            String text = blocksText(system, "system");
            if (!text.isEmpty()) {
                messages.addObject().put("role", "system").put("content", text);
            }
        }
        JsonNode in = m.path("messages");
        if (!in.isArray() || in.isEmpty()) {
            throw new WireText.BadRequest("'messages' must be a non-empty array");
        }
        for (int i = 0; i < in.size(); i++) {
            message(in.get(i), "messages[" + i + "]", messages);
        }
        c.put("max_tokens", m.path("max_tokens").asInt());
        copy(m, "temperature", c, "temperature");
        copy(m, "top_p", c, "top_p");
        copy(m, "stop_sequences", c, "stop");
        tools(m, c);
        String user = m.path("metadata").path("user_id").asText("");
        if (!user.isEmpty()) {
            c.put("user", user);
        }
        if (m.path("stream").asBoolean(false)) {
            c.put("stream", true);
            c.putObject("stream_options").put("include_usage", true); // message_delta reports the output tokens
        }
        return c;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) {
            to.set(as, from.get(field));
        }
    }

    private static void message(JsonNode msg, String where, ArrayNode out) throws WireText.BadRequest {
        String role = msg.path("role").asText("");
        if (!role.equals("user") && !role.equals("assistant")) {
            throw new WireText.BadRequest(where + ".role must be user or assistant");
        }
        JsonNode content = msg.get("content");
        if (content != null && content.isTextual()) {
            out.addObject().put("role", role).put("content", content.asText());
            return;
        }
        if (content == null || !content.isArray()) {
            throw new WireText.BadRequest(where + ".content must be a string or an array of content blocks");
        }
        ArrayNode parts = Dialect.JSON.createArrayNode();
        ArrayNode calls = Dialect.JSON.createArrayNode();
        for (int i = 0; i < content.size(); i++) {
            JsonNode b = content.get(i);
            String at = where + ".content[" + i + "]";
            switch (b.path("type").asText("")) {
                case "text" -> parts.addObject().put("type", "text").put("text", b.path("text").asText(""));
                case "image" -> {
                    JsonNode src = b.path("source");
                    String url = src.path("type").asText().equals("base64")
                            ? "data:" + src.path("media_type").asText() + ";base64," + src.path("data").asText()
                            : src.path("url").asText("");
                    parts.addObject().put("type", "image_url").putObject("image_url").put("url", url);
                }
                case "tool_use" -> {
                    ObjectNode call = calls.addObject();
                    call.put("id", b.path("id").asText());
                    call.put("type", "function");
                    call.putObject("function").put("name", b.path("name").asText())
                            .put("arguments", Json.string(b.path("input").isObject() ? b.get("input")
                                    : Dialect.JSON.createObjectNode()));
                }
                case "tool_result" -> {
                    flushUser(role, parts, out); // a tool result answers the call before what follows it
                    ObjectNode result = out.addObject();
                    result.put("role", "tool");
                    result.put("tool_call_id", b.path("tool_use_id").asText());
                    String text = b.has("content") ? blocksText(b.get("content"), at + ".content") : "";
                    result.put("content", b.path("is_error").asBoolean(false) ? "Error: " + text : text);
                }
                case "thinking", "redacted_thinking" -> {
                    // the model's own reasoning has no place in a chat request
                }
                default -> throw unsupported(at + " of type '" + b.path("type").asText() + "'");
            }
        }
        if (role.equals("assistant")) {
            ObjectNode a = out.addObject();
            a.put("role", "assistant");
            String text = textOf(parts);
            if (text.isEmpty() && !calls.isEmpty()) {
                a.putNull("content");
            } else {
                a.put("content", text);
            }
            if (!calls.isEmpty()) {
                a.set("tool_calls", calls);
            }
        } else {
            flushUser(role, parts, out);
        }
    }

    /** Writes the user parts gathered so far as one user message, and clears them. */
    private static void flushUser(String role, ArrayNode parts, ArrayNode out) {
        if (!role.equals("user") || parts.isEmpty()) {
            return;
        }
        boolean textOnly = true;
        for (JsonNode p : parts) {
            textOnly &= p.path("type").asText().equals("text");
        }
        ObjectNode u = out.addObject().put("role", "user");
        if (textOnly && parts.size() == 1) {
            u.put("content", parts.get(0).path("text").asText());
        } else {
            u.set("content", parts.deepCopy());
        }
        parts.removeAll();
    }

    private static String textOf(ArrayNode parts) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : parts) {
            sb.append(p.path("text").asText(""));
        }
        return sb.toString();
    }

    /** The text of a string or of an array of text blocks. */
    private static String blocksText(JsonNode content, String where) throws WireText.BadRequest {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode b : content) {
            if (!b.path("type").asText().equals("text")) {
                throw unsupported(where + " block of type '" + b.path("type").asText() + "'");
            }
            sb.append(sb.isEmpty() ? "" : "\n").append(b.path("text").asText(""));
        }
        return sb.toString();
    }

    private static void tools(JsonNode m, ObjectNode c) throws WireText.BadRequest {
        JsonNode tools = m.get("tools");
        if (tools != null && tools.isArray() && !tools.isEmpty()) {
            ArrayNode out = c.putArray("tools");
            for (JsonNode t : tools) {
                if (t.has("type") && !t.path("type").asText().equals("custom")) {
                    throw unsupported("the server tool '" + t.path("type").asText() + "'");
                }
                ObjectNode f = out.addObject().put("type", "function").putObject("function");
                f.put("name", t.path("name").asText());
                if (t.hasNonNull("description")) {
                    f.put("description", t.get("description").asText());
                }
                f.set("parameters", t.path("input_schema").isObject() ? t.get("input_schema")
                        : Dialect.JSON.createObjectNode().put("type", "object"));
            }
        }
        JsonNode choice = m.get("tool_choice");
        if (choice == null || choice.isNull()) {
            return;
        }
        switch (choice.path("type").asText("auto")) {
            case "any" -> c.put("tool_choice", "required");
            case "none" -> c.put("tool_choice", "none");
            case "tool" -> c.putObject("tool_choice").put("type", "function").putObject("function")
                    .put("name", choice.path("name").asText());
            default -> c.put("tool_choice", "auto");
        }
        if (choice.path("disable_parallel_tool_use").asBoolean(false)) {
            c.put("parallel_tool_calls", false);
        }
    }

    private static WireText.BadRequest unsupported(String what) {
        return new WireText.BadRequest(what + " cannot be served by this model's upstream, which speaks the OpenAI "
                + "Chat Completions API; send the request without it");
    }

    /** A Messages answer for a whole chat completion (its first choice). */
    static ObjectNode message(JsonNode chat, String requestId) {
        ObjectNode m = Dialect.JSON.createObjectNode();
        m.put("id", "msg_" + chat.path("id").asText(requestId));
        m.put("type", "message");
        m.put("role", "assistant");
        m.put("model", chat.path("model").asText(""));
        ArrayNode content = m.putArray("content");
        JsonNode choice = chat.path("choices").path(0);
        JsonNode msg = choice.path("message");
        String text = msg.path("content").asText("") + msg.path("refusal").asText("");
        if (!text.isEmpty()) {
            content.addObject().put("type", "text").put("text", text);
        }
        for (JsonNode call : msg.path("tool_calls")) {
            ObjectNode use = content.addObject();
            use.put("type", "tool_use");
            use.put("id", call.path("id").asText());
            use.put("name", call.path("function").path("name").asText());
            use.set("input", parseObject(call.path("function").path("arguments").asText("{}")));
        }
        m.put("stop_reason", stopReason(choice.path("finish_reason").asText("stop")));
        m.putNull("stop_sequence");
        ObjectNode usage = m.putObject("usage");
        usage.put("input_tokens", chat.path("usage").path("prompt_tokens").asLong(0));
        usage.put("output_tokens", chat.path("usage").path("completion_tokens").asLong(0));
        return m;
    }

    private static JsonNode parseObject(String json) {
        try {
            JsonNode n = Dialect.JSON.readTree(json.isBlank() ? "{}" : json);
            return n.isObject() ? n : Dialect.JSON.createObjectNode();
        } catch (IOException e) {
            return Dialect.JSON.createObjectNode(); // a model's malformed arguments: an empty input, not an error
        }
    }

    static String stopReason(String finishReason) {
        return switch (finishReason) {
            case "length" -> "max_tokens";
            case "tool_calls", "function_call" -> "tool_use";
            case "content_filter" -> "refusal";
            default -> "end_turn";
        };
    }

    /** An OpenAI error body in Anthropic's error shape, keeping its message and type. */
    static byte[] messagesError(byte[] openAiError, int status) {
        String message = "the upstream answered " + status;
        String type = "api_error";
        try {
            JsonNode e = Dialect.JSON.readTree(openAiError).path("error");
            message = e.path("message").asText(message);
            type = e.path("type").asText(type);
        } catch (IOException notJson) {
            // keep the status as the message
        }
        ObjectNode err = Dialect.JSON.createObjectNode();
        err.put("type", "error");
        err.putObject("error").put("type", type).put("message", message);
        return Json.bytes(err);
    }

    /**
     * The Messages event stream for a streamed chat completion (its first choice), made as the chunks arrive:
     * {@code message_start} with the first chunk, a text block opened at the first text and a {@code tool_use} block
     * per tool call (each closed when the next opens), one delta per chunk, and at {@code [DONE]} the last block's
     * stop, {@code message_delta} with the stop reason and output tokens, and {@code message_stop}. An error object
     * in the stream becomes an {@code error} event.
     */
    static InputStream messagesStream(InputStream chatSse, String requestId) {
        return new StreamTranslation(chatSse, requestId);
    }

    private static final class StreamTranslation extends SseTranslation.FromChat {
        private final String requestId;
        private boolean started;
        /** The open content block's index, or -1; whether it is the text block; the chat index of its tool call. */
        private int block = -1;
        private int blocks;
        private boolean textOpen;
        private int toolIndex = -1;
        private String finishReason = "stop";
        private long inputTokens;
        private long outputTokens;

        StreamTranslation(InputStream source, String requestId) {
            super(source);
            this.requestId = requestId;
        }

        @Override
        protected void error(JsonNode err) {
            ObjectNode ev = Dialect.JSON.createObjectNode().put("type", "error");
            ev.putObject("error").put("type", err.path("type").asText("api_error"))
                    .put("message", err.path("message").asText(""));
            event("error", ev);
        }

        @Override
        protected void chunk(JsonNode chunk) {
            start(chunk);
            if (chunk.path("usage").isObject()) {
                inputTokens = chunk.get("usage").path("prompt_tokens").asLong(inputTokens);
                outputTokens = chunk.get("usage").path("completion_tokens").asLong(outputTokens);
            }
            JsonNode choice = chunk.path("choices").path(0);
            JsonNode delta = choice.path("delta");
            String text = delta.path("content").asText("") + delta.path("refusal").asText("");
            if (!text.isEmpty()) {
                if (!textOpen) {
                    open(Dialect.JSON.createObjectNode().put("type", "text").put("text", ""));
                    textOpen = true;
                }
                ObjectNode d = Dialect.JSON.createObjectNode().put("type", "content_block_delta").put("index", block);
                d.putObject("delta").put("type", "text_delta").put("text", text);
                event("content_block_delta", d);
            }
            for (JsonNode tc : delta.path("tool_calls")) {
                int index = tc.path("index").asInt(0);
                if (index != toolIndex) {
                    toolIndex = index;
                    ObjectNode use = Dialect.JSON.createObjectNode();
                    use.put("type", "tool_use").put("id", tc.path("id").asText("toolu_" + index))
                            .put("name", tc.path("function").path("name").asText("")).putObject("input");
                    open(use);
                }
                String args = tc.path("function").path("arguments").asText("");
                if (!args.isEmpty()) {
                    ObjectNode d = Dialect.JSON.createObjectNode().put("type", "content_block_delta").put("index", block);
                    d.putObject("delta").put("type", "input_json_delta").put("partial_json", args);
                    event("content_block_delta", d);
                }
            }
            if (choice.hasNonNull("finish_reason")) {
                finishReason = choice.get("finish_reason").asText();
            }
        }

        /** {@code message_start}, once, from the first chunk's id and model. */
        private void start(JsonNode chunk) {
            if (started) {
                return;
            }
            started = true;
            ObjectNode ev = Dialect.JSON.createObjectNode().put("type", "message_start");
            ObjectNode m = ev.putObject("message");
            m.put("id", "msg_" + chunk.path("id").asText(requestId));
            m.put("type", "message").put("role", "assistant").put("model", chunk.path("model").asText(""));
            m.putArray("content");
            m.putNull("stop_reason");
            m.putNull("stop_sequence");
            m.putObject("usage").put("input_tokens", chunk.path("usage").path("prompt_tokens").asLong(0))
                    .put("output_tokens", 0);
            event("message_start", ev);
        }

        /** Closes the open block, and opens the next. */
        private void open(ObjectNode contentBlock) {
            closeBlock();
            block = blocks++;
            ObjectNode ev = Dialect.JSON.createObjectNode().put("type", "content_block_start").put("index", block);
            ev.set("content_block", contentBlock);
            event("content_block_start", ev);
        }

        private void closeBlock() {
            if (block >= 0) {
                event("content_block_stop", Dialect.JSON.createObjectNode().put("type", "content_block_stop")
                        .put("index", block));
                block = -1;
                textOpen = false;
            }
        }

        @Override
        protected void done() {
            start(Dialect.JSON.createObjectNode());
            closeBlock();
            ObjectNode ev = Dialect.JSON.createObjectNode().put("type", "message_delta");
            ev.putObject("delta").put("stop_reason", stopReason(finishReason)).putNull("stop_sequence");
            ev.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
            event("message_delta", ev);
            event("message_stop", Dialect.JSON.createObjectNode().put("type", "message_stop"));
        }

        private void event(String name, ObjectNode data) {
            write("event: " + name + "\ndata: " + Json.string(data) + "\n\n");
        }
    }
}
