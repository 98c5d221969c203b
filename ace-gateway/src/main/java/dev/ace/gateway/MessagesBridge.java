package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.gateway.sse.SseEvent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A Chat Completions request served by an Anthropic Messages upstream, for a model that only an Anthropic upstream
 * serves: the request is translated to a Messages request, and the answer (whole, or an SSE stream as it arrives)
 * back to a chat completion, which the gateway then inspects, halts and records as it would a chat upstream's. What
 * Messages cannot carry gets a 400 naming the field ({@code n} above 1, {@code logprobs}, audio, JSON response
 * formats).
 */
final class MessagesBridge {
    /** Anthropic's default when a chat request sets no limit: Messages requires one. */
    static final int DEFAULT_MAX_TOKENS = 4096;
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    private MessagesBridge() {
    }

    /** The Messages request for a Chat Completions request. */
    static ObjectNode messagesRequest(ObjectNode chat) throws WireText.BadRequest {
        if (chat.hasNonNull("n") && chat.get("n").asInt() != 1) {
            throw unsupported("'n' above 1 (Messages gives one answer a request)");
        }
        if (chat.path("logprobs").asBoolean(false)) {
            throw unsupported("'logprobs'");
        }
        if (chat.has("audio") || chat.path("modalities").toString().contains("audio")) {
            throw unsupported("audio output");
        }
        String format = chat.path("response_format").path("type").asText("text");
        if (!format.equals("text")) {
            throw unsupported("'response_format' " + format);
        }
        ObjectNode m = Dialect.JSON.createObjectNode();
        m.put("model", chat.path("model").asText());
        JsonNode limit = chat.hasNonNull("max_completion_tokens") ? chat.get("max_completion_tokens") : chat.get("max_tokens");
        m.put("max_tokens", limit != null && limit.canConvertToInt() ? limit.asInt() : DEFAULT_MAX_TOKENS);
        StringBuilder system = new StringBuilder();
        ArrayNode messages = m.putArray("messages");
        JsonNode in = chat.path("messages");
        if (!in.isArray() || in.isEmpty()) {
            throw new WireText.BadRequest("'messages' must be a non-empty array");
        }
        for (int i = 0; i < in.size(); i++) {
            message(in.get(i), "messages[" + i + "]", system, messages);
        }
        if (!system.isEmpty()) {
            m.put("system", system.toString());
        }
        if (chat.hasNonNull("temperature")) {
            m.put("temperature", Math.min(1.0, chat.get("temperature").asDouble())); // Messages takes 0 to 1
        }
        if (chat.hasNonNull("top_p")) {
            m.set("top_p", chat.get("top_p"));
        }
        JsonNode stop = chat.get("stop");
        if (stop != null && stop.isTextual()) {
            m.putArray("stop_sequences").add(stop.asText());
        } else if (stop != null && stop.isArray()) {
            m.set("stop_sequences", stop);
        }
        tools(chat, m);
        String user = chat.path("user").asText(chat.path("safety_identifier").asText(""));
        if (!user.isEmpty()) {
            m.putObject("metadata").put("user_id", user);
        }
        if (chat.path("stream").asBoolean(false)) {
            m.put("stream", true);
        }
        return m;
    }

    private static void message(JsonNode msg, String where, StringBuilder system, ArrayNode out)
            throws WireText.BadRequest {
        String role = msg.path("role").asText("");
        if (!ROLES.contains(role)) {
            throw new WireText.BadRequest(where + ".role must be system, developer, user, assistant or tool");
        }
        JsonNode content = msg.get("content");
        switch (role) {
            case "system", "developer" -> {
                system.append(system.isEmpty() ? "" : "\n\n").append(plainText(content, where));
                return;
            }
            case "tool" -> {
                ObjectNode result = Dialect.JSON.createObjectNode();
                result.put("type", "tool_result");
                result.put("tool_use_id", msg.path("tool_call_id").asText(""));
                result.put("content", plainText(content, where));
                append(out, "user", result);
                return;
            }
            default -> {
            }
        }
        ArrayNode blocks = Dialect.JSON.createArrayNode();
        if (content != null && content.isTextual()) {
            if (!content.asText().isEmpty()) {
                blocks.addObject().put("type", "text").put("text", content.asText());
            }
        } else if (content != null && content.isArray()) {
            for (int i = 0; i < content.size(); i++) {
                blocks.add(part(content.get(i), where + ".content[" + i + "]"));
            }
        }
        if (msg.hasNonNull("refusal")) {
            blocks.addObject().put("type", "text").put("text", msg.get("refusal").asText());
        }
        for (JsonNode call : msg.path("tool_calls")) {
            ObjectNode use = blocks.addObject();
            use.put("type", "tool_use");
            use.put("id", call.path("id").asText());
            use.put("name", call.path("function").path("name").asText());
            String args = call.path("function").path("arguments").asText("{}");
            try {
                JsonNode input = Dialect.JSON.readTree(args.isBlank() ? "{}" : args);
                use.set("input", input.isObject() ? input : Dialect.JSON.createObjectNode());
            } catch (IOException e) {
                throw new WireText.BadRequest(where + ".tool_calls: the arguments of '" + call.path("function")
                        .path("name").asText() + "' are not JSON");
            }
        }
        for (JsonNode block : blocks) {
            append(out, role, block);
        }
    }

    /** Adds a block to the last message when it has the same role (Messages wants turns to alternate), else a new one. */
    private static void append(ArrayNode out, String role, JsonNode block) {
        JsonNode last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.path("role").asText().equals(role)) {
            ((ArrayNode) last.get("content")).add(block);
            return;
        }
        ObjectNode m = out.addObject();
        m.put("role", role);
        m.putArray("content").add(block);
    }

    private static JsonNode part(JsonNode part, String where) throws WireText.BadRequest {
        String type = part.path("type").asText("");
        ObjectNode block = Dialect.JSON.createObjectNode();
        switch (type) {
            case "text" -> block.put("type", "text").put("text", part.path("text").asText(""));
            case "image_url" -> {
                String url = part.path("image_url").path("url").asText("");
                block.put("type", "image");
                ObjectNode source = block.putObject("source");
                if (url.startsWith("data:") && url.contains(";base64,")) {
                    source.put("type", "base64");
                    source.put("media_type", url.substring(5, url.indexOf(';')));
                    source.put("data", url.substring(url.indexOf(";base64,") + 8));
                } else {
                    source.put("type", "url");
                    source.put("url", url);
                }
            }
            default -> throw unsupported(where + " of type '" + type + "'");
        }
        return block;
    }

    /** The text of a string or of an array of text parts. */
    private static String plainText(JsonNode content, String where) throws WireText.BadRequest {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : content) {
            if (!p.path("type").asText().equals("text")) {
                throw unsupported(where + ".content of type '" + p.path("type").asText() + "'");
            }
            sb.append(sb.isEmpty() ? "" : "\n").append(p.path("text").asText(""));
        }
        return sb.toString();
    }

    private static void tools(JsonNode chat, ObjectNode m) throws WireText.BadRequest {
        JsonNode tools = chat.get("tools");
        if (tools != null && tools.isArray() && !tools.isEmpty()) {
            ArrayNode out = m.putArray("tools");
            for (JsonNode t : tools) {
                if (!t.path("type").asText("function").equals("function")) {
                    throw unsupported("a tool of type '" + t.path("type").asText() + "'");
                }
                JsonNode f = t.path("function");
                ObjectNode tool = out.addObject();
                tool.put("name", f.path("name").asText());
                if (f.hasNonNull("description")) {
                    tool.put("description", f.get("description").asText());
                }
                tool.set("input_schema", f.path("parameters").isObject() ? f.get("parameters")
                        : Dialect.JSON.createObjectNode().put("type", "object"));
            }
        }
        JsonNode choice = chat.get("tool_choice");
        if (choice == null || choice.isNull()) {
            return;
        }
        ObjectNode c = Dialect.JSON.createObjectNode();
        if (choice.isTextual()) {
            switch (choice.asText()) {
                case "auto" -> c.put("type", "auto");
                case "required" -> c.put("type", "any");
                case "none" -> c.put("type", "none");
                default -> throw new WireText.BadRequest("'tool_choice' must be auto, required, none or a function");
            }
        } else {
            c.put("type", "tool").put("name", choice.path("function").path("name").asText());
        }
        if (chat.has("parallel_tool_calls") && !chat.path("parallel_tool_calls").asBoolean(true)) {
            c.put("disable_parallel_tool_use", true);
        }
        m.set("tool_choice", c);
    }

    private static WireText.BadRequest unsupported(String what) {
        return new WireText.BadRequest(what + " cannot be served by this model's upstream, which speaks the Anthropic "
                + "Messages API; send the request without it");
    }

    /** A chat completion for a whole Messages answer. */
    static ObjectNode chatCompletion(JsonNode message, String requestId) {
        ObjectNode c = Dialect.JSON.createObjectNode();
        c.put("id", "chatcmpl-" + message.path("id").asText(requestId));
        c.put("object", "chat.completion");
        c.put("created", System.currentTimeMillis() / 1000);
        c.put("model", message.path("model").asText(""));
        ObjectNode choice = c.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        StringBuilder text = new StringBuilder();
        ArrayNode calls = Dialect.JSON.createArrayNode();
        for (JsonNode block : message.path("content")) {
            switch (block.path("type").asText()) {
                case "text" -> text.append(block.path("text").asText(""));
                case "tool_use" -> {
                    ObjectNode call = calls.addObject();
                    call.put("id", block.path("id").asText());
                    call.put("type", "function");
                    call.putObject("function").put("name", block.path("name").asText())
                            .put("arguments", Json.string(block.path("input")));
                }
                default -> {
                    // thinking and other blocks have no Chat Completions form
                }
            }
        }
        if (text.isEmpty() && !calls.isEmpty()) {
            msg.putNull("content");
        } else {
            msg.put("content", text.toString());
        }
        msg.putNull("refusal");
        if (!calls.isEmpty()) {
            msg.set("tool_calls", calls);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason(message.path("stop_reason").asText("end_turn")));
        c.set("usage", usage(message.path("usage")));
        return c;
    }

    static String finishReason(String stopReason) {
        return switch (stopReason) {
            case "max_tokens", "model_context_window_exceeded" -> "length";
            case "tool_use" -> "tool_calls";
            case "refusal" -> "content_filter";
            default -> "stop"; // end_turn, stop_sequence, pause_turn
        };
    }

    private static ObjectNode usage(JsonNode u) {
        long in = u.path("input_tokens").asLong(0) + u.path("cache_read_input_tokens").asLong(0)
                + u.path("cache_creation_input_tokens").asLong(0);
        long out = u.path("output_tokens").asLong(0);
        ObjectNode usage = Dialect.JSON.createObjectNode();
        usage.put("prompt_tokens", in);
        usage.put("completion_tokens", out);
        usage.put("total_tokens", in + out);
        usage.putObject("prompt_tokens_details").put("cached_tokens", u.path("cache_read_input_tokens").asLong(0));
        return usage;
    }

    /** An Anthropic error body in OpenAI's error shape, keeping its message and type. */
    static byte[] chatError(byte[] anthropicError, int status) {
        String message = "the upstream answered " + status;
        String type = "upstream_error";
        try {
            JsonNode e = Dialect.JSON.readTree(anthropicError).path("error");
            message = e.path("message").asText(message);
            type = e.path("type").asText(type);
        } catch (IOException notJson) {
            // keep the status as the message
        }
        ObjectNode err = Dialect.JSON.createObjectNode();
        ObjectNode e = err.putObject("error");
        e.put("message", message);
        e.put("type", type);
        e.putNull("param");
        e.putNull("code");
        return Json.bytes(err);
    }

    /**
     * The Chat Completions stream for a streamed Messages answer, made as its events arrive: the role with {@code
     * message_start}, one chunk per text or tool-argument delta, a tool call's id and name when its block starts, the
     * finish reason with {@code message_delta}, the usage chunk if the client asked for it, and {@code [DONE]} with
     * {@code message_stop}. An {@code error} event becomes an OpenAI error chunk.
     */
    static InputStream chatStream(InputStream messagesSse, boolean includeUsage, String requestId) {
        return new StreamTranslation(messagesSse, includeUsage, requestId);
    }

    private static final class StreamTranslation extends SseTranslation {
        private final boolean includeUsage;
        private String id;
        private String model = "";
        private final long created = System.currentTimeMillis() / 1000;
        /** Chat tool-call index of each content block that is a tool use, by block index; -1 for other blocks. */
        private final java.util.Map<Integer, Integer> toolIndex = new java.util.HashMap<>();
        private int tools;
        private final ObjectNode usage = Dialect.JSON.createObjectNode();

        StreamTranslation(InputStream source, boolean includeUsage, String requestId) {
            super(source);
            this.includeUsage = includeUsage;
            this.id = "chatcmpl-" + requestId;
        }

        @Override
        protected void translate(SseEvent e) {
            JsonNode ev = object(e.data());
            if (ev == null) {
                return;
            }
            String type = e.event().isEmpty() ? ev.path("type").asText() : e.event();
            switch (type) {
                case "message_start" -> {
                    JsonNode m = ev.path("message");
                    id = "chatcmpl-" + m.path("id").asText(id.substring("chatcmpl-".length()));
                    model = m.path("model").asText("");
                    usage.setAll((ObjectNode) usage(m.path("usage")));
                    ObjectNode delta = Dialect.JSON.createObjectNode().put("role", "assistant").put("content", "");
                    chunk(delta, null);
                }
                case "content_block_start" -> {
                    JsonNode block = ev.path("content_block");
                    if (block.path("type").asText().equals("tool_use")) {
                        int index = tools++;
                        toolIndex.put(ev.path("index").asInt(), index);
                        ObjectNode call = Dialect.JSON.createObjectNode();
                        call.put("index", index).put("id", block.path("id").asText()).put("type", "function");
                        call.putObject("function").put("name", block.path("name").asText()).put("arguments", "");
                        ObjectNode delta = Dialect.JSON.createObjectNode();
                        delta.putArray("tool_calls").add(call);
                        chunk(delta, null);
                    } else if (block.path("type").asText().equals("text") && !block.path("text").asText("").isEmpty()) {
                        chunk(Dialect.JSON.createObjectNode().put("content", block.path("text").asText()), null);
                    }
                }
                case "content_block_delta" -> {
                    JsonNode d = ev.path("delta");
                    switch (d.path("type").asText()) {
                        case "text_delta" -> chunk(Dialect.JSON.createObjectNode().put("content", d.path("text").asText("")), null);
                        case "input_json_delta" -> {
                            Integer index = toolIndex.get(ev.path("index").asInt());
                            if (index != null) {
                                ObjectNode call = Dialect.JSON.createObjectNode().put("index", index);
                                call.putObject("function").put("arguments", d.path("partial_json").asText(""));
                                ObjectNode delta = Dialect.JSON.createObjectNode();
                                delta.putArray("tool_calls").add(call);
                                chunk(delta, null);
                            }
                        }
                        default -> {
                            // thinking and signature deltas have no Chat Completions form
                        }
                    }
                }
                case "message_delta" -> {
                    long out = ev.path("usage").path("output_tokens").asLong(0);
                    usage.put("completion_tokens", out);
                    usage.put("total_tokens", usage.path("prompt_tokens").asLong(0) + out);
                    chunk(Dialect.JSON.createObjectNode(),
                            finishReason(ev.path("delta").path("stop_reason").asText("end_turn")));
                }
                case "message_stop" -> {
                    if (includeUsage) {
                        ObjectNode c = header();
                        c.putArray("choices");
                        c.set("usage", usage);
                        write("data: " + Json.string(c) + "\n\n");
                    }
                    write("data: [DONE]\n\n");
                    ended = true;
                }
                case "error" -> {
                    JsonNode err = ev.path("error");
                    ObjectNode c = Dialect.JSON.createObjectNode();
                    ObjectNode o = c.putObject("error");
                    o.put("message", err.path("message").asText("upstream error"));
                    o.put("type", err.path("type").asText("upstream_error"));
                    o.putNull("param");
                    o.putNull("code");
                    write("data: " + Json.string(c) + "\n\n");
                    ended = true;
                }
                default -> {
                    // ping, content_block_stop: nothing to say in Chat Completions
                }
            }
        }

        private ObjectNode header() {
            ObjectNode c = Dialect.JSON.createObjectNode();
            c.put("id", id);
            c.put("object", "chat.completion.chunk");
            c.put("created", created);
            c.put("model", model);
            return c;
        }

        private void chunk(ObjectNode delta, String finish) {
            ObjectNode c = header();
            ObjectNode choice = c.putArray("choices").addObject();
            choice.put("index", 0);
            choice.set("delta", delta);
            choice.putNull("logprobs");
            if (finish == null) {
                choice.putNull("finish_reason");
            } else {
                choice.put("finish_reason", finish);
            }
            write("data: " + Json.string(c) + "\n\n");
        }
    }
}
