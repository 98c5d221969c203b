package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Serves the OpenAI Responses API from an upstream that has only Chat Completions (many OpenAI-compatible model
 * servers): a Responses request is translated into a chat request, and the chat completion, whole or streamed, back
 * into a Responses object or the Responses event stream. What the gateway then inspects, relays and halts is that
 * translation, exactly as if the upstream had answered it natively.
 *
 * <p>What translates: {@code instructions}; {@code input} as a string or as items (messages with text and image
 * parts, function calls and their outputs); function tools and {@code tool_choice}; {@code max_output_tokens},
 * {@code temperature}, {@code top_p}, {@code parallel_tool_calls}, {@code user}, {@code reasoning.effort} and
 * {@code text.format} (JSON schema or JSON object). What needs the upstream's own Responses API is refused with a 400
 * that says so: {@code previous_response_id} and {@code conversation} (the upstream stores nothing), item references,
 * built-in tools (web search, file search, ...) and file inputs. Other request fields have no chat equivalent and are
 * not sent. Only the first choice is read.
 */
final class ResponsesBridge {
    private ResponsesBridge() {
    }

    /** Top-level request fields that cannot be served without the upstream's Responses API. */
    private static final Set<String> NEEDS_NATIVE = Set.of("previous_response_id", "conversation", "prompt");

    /** The chat request for a Responses request; a 400's message naming the field when it cannot be translated. */
    static ObjectNode chatRequest(ObjectNode req) throws WireText.BadRequest {
        for (String f : NEEDS_NATIVE) {
            if (req.hasNonNull(f)) {
                throw unsupported("'" + f + "'");
            }
        }
        ObjectNode chat = Dialect.JSON.createObjectNode();
        chat.set("model", req.get("model"));
        ArrayNode messages = chat.putArray("messages");
        if (req.path("instructions").isTextual()) {
            messages.addObject().put("role", "system").put("content", req.get("instructions").asText());
        }
        JsonNode input = req.get("input");
        if (input != null && input.isTextual()) {
            messages.addObject().put("role", "user").put("content", input.asText());
        } else if (input != null && input.isArray()) {
            for (int i = 0; i < input.size(); i++) {
                item(input.get(i), "input[" + i + "]", messages);
            }
        }
        if (messages.isEmpty()) {
            throw new WireText.BadRequest("'input' is required: a string or a non-empty array of input items");
        }
        JsonNode tools = req.get("tools");
        if (tools != null && tools.isArray() && !tools.isEmpty()) {
            ArrayNode out = chat.putArray("tools");
            for (int i = 0; i < tools.size(); i++) {
                JsonNode t = tools.get(i);
                if (!"function".equals(t.path("type").asText())) {
                    throw unsupported("'tools[" + i + "]' of type '" + t.path("type").asText() + "'");
                }
                ObjectNode fn = out.addObject().put("type", "function").putObject("function");
                for (String f : new String[] {"name", "description", "parameters", "strict"}) {
                    if (t.hasNonNull(f)) {
                        fn.set(f, t.get(f));
                    }
                }
            }
        }
        JsonNode choice = req.get("tool_choice");
        if (choice != null && choice.isTextual()) {
            chat.set("tool_choice", choice);
        } else if (choice != null && choice.isObject() && "function".equals(choice.path("type").asText())) {
            chat.putObject("tool_choice").put("type", "function").putObject("function")
                    .put("name", choice.path("name").asText());
        }
        copy(req, "max_output_tokens", chat, "max_tokens");
        for (String f : new String[] {"temperature", "top_p", "parallel_tool_calls", "user"}) {
            copy(req, f, chat, f);
        }
        copy(req.path("reasoning"), "effort", chat, "reasoning_effort");
        JsonNode format = req.path("text").path("format");
        switch (format.path("type").asText("")) {
            case "json_schema" -> {
                ObjectNode schema = chat.putObject("response_format").put("type", "json_schema").putObject("json_schema");
                for (String f : new String[] {"name", "description", "schema", "strict"}) {
                    if (format.hasNonNull(f)) {
                        schema.set(f, format.get(f));
                    }
                }
            }
            case "json_object" -> chat.putObject("response_format").put("type", "json_object");
            default -> {
                // plain text: the chat default
            }
        }
        if (req.path("stream").asBoolean(false)) {
            chat.put("stream", true);
            chat.putObject("stream_options").put("include_usage", true);
        }
        return chat;
    }

    private static void item(JsonNode item, String where, ArrayNode messages) throws WireText.BadRequest {
        String type = item.path("type").asText("message");
        switch (type) {
            case "message" -> {
                String role = item.path("role").asText("user");
                // "developer" is the Responses name of the system turn; many chat servers know only "system"
                ObjectNode m = messages.addObject().put("role", role.equals("developer") ? "system" : role);
                JsonNode content = item.get("content");
                if (content == null || content.isTextual()) {
                    m.put("content", content == null ? "" : content.asText());
                } else if (role.equals("user")) {
                    m.set("content", parts(content, where));
                } else {
                    // system, developer and assistant turns: plain text is what every chat server takes
                    StringBuilder sb = new StringBuilder();
                    for (JsonNode p : parts(content, where)) {
                        sb.append(p.path("text").asText(""));
                    }
                    m.put("content", sb.toString());
                }
            }
            case "function_call" -> {
                ObjectNode last = messages.isEmpty() ? null : (ObjectNode) messages.get(messages.size() - 1);
                ObjectNode m = last != null && "assistant".equals(last.path("role").asText()) && last.has("tool_calls")
                        ? last : messages.addObject().put("role", "assistant").putNull("content");
                ObjectNode call = m.withArray("tool_calls").addObject();
                call.put("id", item.path("call_id").asText());
                call.put("type", "function");
                call.putObject("function").put("name", item.path("name").asText())
                        .put("arguments", item.path("arguments").asText(""));
            }
            case "function_call_output" -> {
                StringBuilder sb = new StringBuilder();
                WireText.appendText(item.get("output"), sb);
                messages.addObject().put("role", "tool").put("tool_call_id", item.path("call_id").asText())
                        .put("content", sb.toString());
            }
            case "reasoning" -> {
                // the model's own earlier reasoning: chat servers take none back
            }
            default -> throw unsupported("'" + where + "' of type '" + type + "'");
        }
    }

    private static ArrayNode parts(JsonNode content, String where) throws WireText.BadRequest {
        ArrayNode out = Dialect.JSON.createArrayNode();
        for (int j = 0; j < content.size(); j++) {
            JsonNode p = content.get(j);
            switch (p.path("type").asText("")) {
                case "input_text", "output_text", "text" -> out.addObject().put("type", "text").put("text", p.path("text").asText(""));
                case "refusal" -> out.addObject().put("type", "text").put("text", p.path("refusal").asText(""));
                case "input_image" -> {
                    if (!p.path("image_url").isTextual()) {
                        throw unsupported("'" + where + ".content[" + j + "]' (an image by file_id)");
                    }
                    ObjectNode url = out.addObject().put("type", "image_url").putObject("image_url");
                    url.put("url", p.get("image_url").asText());
                    if (p.path("detail").isTextual()) {
                        url.put("detail", p.get("detail").asText());
                    }
                }
                default -> throw unsupported("'" + where + ".content[" + j + "]' of type '" + p.path("type").asText() + "'");
            }
        }
        return out;
    }

    private static WireText.BadRequest unsupported(String what) {
        return new WireText.BadRequest(what + " needs the upstream's own Responses API, and this upstream serves only "
                + "Chat Completions (ACE translates the rest)");
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) {
            to.set(as, from.get(field));
        }
    }

    /** The Responses object for a whole chat completion. */
    static ObjectNode response(JsonNode chat, ObjectNode req, String requestId) {
        ObjectNode r = skeleton(req, "resp_" + chat.path("id").asText(requestId), chat.path("created").asLong(
                System.currentTimeMillis() / 1000), chat.path("model").asText(req.path("model").asText()));
        JsonNode choice = chat.path("choices").path(0);
        JsonNode msg = choice.path("message");
        ArrayNode output = r.putArray("output");
        String id = chat.path("id").asText(requestId);
        if (msg.path("content").isTextual() || msg.path("refusal").isTextual()) {
            ObjectNode m = output.addObject();
            m.put("id", "msg_" + id).put("type", "message").put("status", "completed").put("role", "assistant");
            ArrayNode content = m.putArray("content");
            if (msg.path("content").isTextual()) {
                content.add(outputText(msg.get("content").asText()));
            }
            if (msg.path("refusal").isTextual()) {
                content.addObject().put("type", "refusal").put("refusal", msg.get("refusal").asText());
            }
        }
        for (JsonNode call : msg.path("tool_calls")) {
            output.add(functionCall(call.path("id").asText(), call.path("function").path("name").asText(),
                    call.path("function").path("arguments").asText(""), "completed"));
        }
        finish(r, choice.path("finish_reason").asText(""));
        r.set("usage", usage(chat.get("usage")));
        return r;
    }

    /** A Responses object with the request's settings echoed, as the API returns them, and no output yet. */
    private static ObjectNode skeleton(ObjectNode req, String id, long created, String model) {
        ObjectNode r = Dialect.JSON.createObjectNode();
        r.put("id", id);
        r.put("object", "response");
        r.put("created_at", created);
        r.put("status", "in_progress");
        r.putNull("error");
        r.putNull("incomplete_details");
        r.set("instructions", req.path("instructions").isTextual() ? req.get("instructions") : null);
        r.set("max_output_tokens", req.hasNonNull("max_output_tokens") ? req.get("max_output_tokens") : null);
        r.put("model", model);
        r.putArray("output");
        r.put("parallel_tool_calls", req.path("parallel_tool_calls").asBoolean(true));
        r.putNull("previous_response_id");
        r.putObject("reasoning").putNull("effort").putNull("summary");
        r.put("store", false);
        r.put("temperature", req.path("temperature").asDouble(1.0));
        if (req.path("text").isObject()) {
            r.set("text", req.get("text"));
        } else {
            r.putObject("text").putObject("format").put("type", "text");
        }
        r.set("tool_choice", req.hasNonNull("tool_choice") ? req.get("tool_choice") : Dialect.JSON.getNodeFactory().textNode("auto"));
        r.set("tools", req.path("tools").isArray() ? req.get("tools") : Dialect.JSON.createArrayNode());
        r.put("top_p", req.path("top_p").asDouble(1.0));
        r.put("truncation", "disabled");
        r.putNull("usage");
        r.set("user", req.path("user").isTextual() ? req.get("user") : null);
        r.set("metadata", req.path("metadata").isObject() ? req.get("metadata") : Dialect.JSON.createObjectNode());
        return r;
    }

    private static void finish(ObjectNode r, String finishReason) {
        switch (finishReason) {
            case "length" -> {
                r.put("status", "incomplete");
                r.putObject("incomplete_details").put("reason", "max_output_tokens");
            }
            case "content_filter" -> {
                r.put("status", "incomplete");
                r.putObject("incomplete_details").put("reason", "content_filter");
            }
            default -> r.put("status", "completed");
        }
    }

    private static ObjectNode outputText(String text) {
        ObjectNode p = Dialect.JSON.createObjectNode();
        p.put("type", "output_text").put("text", text).putArray("annotations");
        return p;
    }

    private static ObjectNode functionCall(String callId, String name, String arguments, String status) {
        ObjectNode c = Dialect.JSON.createObjectNode();
        c.put("id", "fc_" + callId).put("type", "function_call").put("status", status).put("call_id", callId)
                .put("name", name).put("arguments", arguments);
        return c;
    }

    /**
     * The usage of a response whose token counts ACE does not know (a stream it halted, whose upstream was cancelled
     * before it counted; a chat upstream that sent none): zeros. Clients that validate a finished response (the
     * Vercel AI SDK's schema requires {@code usage} on {@code response.completed} and {@code response.incomplete})
     * then still read how it ended.
     */
    static ObjectNode unknownUsage() {
        ObjectNode out = Dialect.JSON.createObjectNode();
        out.put("input_tokens", 0);
        out.putObject("input_tokens_details").put("cached_tokens", 0);
        out.put("output_tokens", 0);
        out.putObject("output_tokens_details").put("reasoning_tokens", 0);
        out.put("total_tokens", 0);
        return out;
    }

    private static JsonNode usage(JsonNode u) {
        if (u == null || !u.isObject()) {
            return unknownUsage();
        }
        ObjectNode out = Dialect.JSON.createObjectNode();
        out.put("input_tokens", u.path("prompt_tokens").asLong());
        out.putObject("input_tokens_details").put("cached_tokens",
                u.path("prompt_tokens_details").path("cached_tokens").asLong(0));
        out.put("output_tokens", u.path("completion_tokens").asLong());
        out.putObject("output_tokens_details").put("reasoning_tokens",
                u.path("completion_tokens_details").path("reasoning_tokens").asLong(0));
        out.put("total_tokens", u.path("total_tokens").asLong());
        return out;
    }

    /**
     * The Responses event stream for a streamed chat completion, produced as the chat chunks arrive: {@code
     * response.created} and {@code response.in_progress} with the first chunk, an output item and part added before
     * its first delta, one {@code response.output_text.delta} (or {@code function_call_arguments.delta}) per chunk,
     * and at {@code [DONE]} the items' done events and {@code response.completed} (or {@code incomplete} for a
     * {@code length} or {@code content_filter} finish) with the usage. A chat stream that ends without {@code [DONE]}
     * ends without them, as it would natively; an error object in the stream becomes an {@code error} event.
     */
    static InputStream responsesStream(InputStream chatSse, ObjectNode req, String requestId) {
        return new StreamTranslation(chatSse, req, requestId);
    }

    private static final class StreamTranslation extends SseTranslation.FromChat {
        private final ObjectNode req;
        private final String requestId;
        private long sequence;
        private ObjectNode response;
        private String id;
        /** The assistant message item, once its first text arrived; its output index, and its text so far. */
        private int messageIndex = -1;
        private final StringBuilder text = new StringBuilder();
        /** Function calls by their chat index: output index, call id, name, arguments so far. */
        private final List<Call> calls = new ArrayList<>();
        private int items;
        private String finishReason = "";
        private JsonNode usage;

        private static final class Call {
            final int chatIndex;
            final int outputIndex;
            final String callId;
            final String name;
            final StringBuilder arguments = new StringBuilder();

            Call(int chatIndex, int outputIndex, String callId, String name) {
                this.chatIndex = chatIndex;
                this.outputIndex = outputIndex;
                this.callId = callId;
                this.name = name;
            }
        }

        StreamTranslation(InputStream source, ObjectNode req, String requestId) {
            super(source);
            this.req = req;
            this.requestId = requestId;
        }

        @Override
        protected void error(JsonNode err) {
            ObjectNode ev = event("error");
            ev.put("code", err.path("code").asText(err.path("type").asText("upstream_error")));
            ev.put("message", err.path("message").asText(""));
            ev.putNull("param");
            emit(ev);
        }

        @Override
        protected void chunk(JsonNode chunk) {
            start(chunk);
            if (chunk.path("usage").isObject()) {
                usage = chunk.get("usage");
            }
            JsonNode choice = chunk.path("choices").path(0);
            JsonNode delta = choice.path("delta");
            String piece = delta.path("content").asText("") + delta.path("refusal").asText("");
            if (!piece.isEmpty()) {
                if (messageIndex < 0) {
                    messageIndex = items++;
                    ObjectNode added = event("response.output_item.added");
                    added.put("output_index", messageIndex);
                    added.set("item", message("in_progress", null));
                    emit(added);
                    emit(part(event("response.content_part.added")).set("part", outputText("")));
                }
                text.append(piece);
                emit(part(event("response.output_text.delta")).put("delta", piece).set("logprobs",
                        Dialect.JSON.createArrayNode()));
            }
            for (JsonNode tc : delta.path("tool_calls")) {
                int index = tc.path("index").asInt(0);
                Call call = calls.stream().filter(c -> c.chatIndex == index).findFirst().orElse(null);
                if (call == null) {
                    call = new Call(index, items++, tc.path("id").asText("call_" + index),
                            tc.path("function").path("name").asText(""));
                    calls.add(call);
                    ObjectNode added = event("response.output_item.added");
                    added.put("output_index", call.outputIndex);
                    added.set("item", functionCall(call.callId, call.name, "", "in_progress"));
                    emit(added);
                }
                String args = tc.path("function").path("arguments").asText("");
                if (!args.isEmpty()) {
                    call.arguments.append(args);
                    ObjectNode d = event("response.function_call_arguments.delta");
                    d.put("item_id", "fc_" + call.callId).put("output_index", call.outputIndex).put("delta", args);
                    emit(d);
                }
            }
            if (choice.hasNonNull("finish_reason")) {
                finishReason = choice.get("finish_reason").asText();
            }
        }

        /** The created and in-progress events, once, from the first chunk's id and model. */
        private void start(JsonNode chunk) {
            if (response != null) {
                return;
            }
            id = chunk.path("id").asText(requestId);
            response = skeleton(req, "resp_" + id, chunk.path("created").asLong(System.currentTimeMillis() / 1000),
                    chunk.path("model").asText(req.path("model").asText()));
            emit(event("response.created").set("response", response.deepCopy()));
            emit(event("response.in_progress").set("response", response.deepCopy()));
        }

        @Override
        protected void done() {
            if (response == null) {
                start(Dialect.JSON.createObjectNode());
            }
            ArrayNode output = Dialect.JSON.createArrayNode();
            List<JsonNode> byIndex = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                byIndex.add(null);
            }
            if (messageIndex >= 0) {
                String all = text.toString();
                emit(part(event("response.output_text.done")).put("text", all).set("logprobs", Dialect.JSON.createArrayNode()));
                emit(part(event("response.content_part.done")).set("part", outputText(all)));
                ObjectNode item = message("completed", all);
                ObjectNode d = event("response.output_item.done");
                d.put("output_index", messageIndex);
                d.set("item", item);
                emit(d);
                byIndex.set(messageIndex, item);
            }
            for (Call c : calls) {
                ObjectNode ad = event("response.function_call_arguments.done");
                ad.put("item_id", "fc_" + c.callId).put("output_index", c.outputIndex).put("arguments", c.arguments.toString());
                emit(ad);
                ObjectNode item = functionCall(c.callId, c.name, c.arguments.toString(), "completed");
                ObjectNode d = event("response.output_item.done");
                d.put("output_index", c.outputIndex);
                d.set("item", item);
                emit(d);
                byIndex.set(c.outputIndex, item);
            }
            byIndex.forEach(output::add);
            ObjectNode r = response.deepCopy();
            r.set("output", output);
            finish(r, finishReason);
            r.set("usage", usage(usage));
            String status = r.path("status").asText();
            emit(event(status.equals("completed") ? "response.completed" : "response.incomplete").set("response", r));
        }

        private ObjectNode message(String status, String all) {
            ObjectNode m = Dialect.JSON.createObjectNode();
            m.put("id", "msg_" + id).put("type", "message").put("status", status).put("role", "assistant");
            ArrayNode content = m.putArray("content");
            if (all != null) {
                content.add(outputText(all));
            }
            return m;
        }

        private ObjectNode part(ObjectNode event) {
            return event.put("item_id", "msg_" + id).put("output_index", messageIndex).put("content_index", 0);
        }

        private ObjectNode event(String type) {
            ObjectNode e = Dialect.JSON.createObjectNode();
            e.put("type", type);
            return e;
        }

        private void emit(ObjectNode event) {
            event.put("sequence_number", sequence++);
            String type = event.path("type").asText();
            write("event: " + type + "\ndata: " + Json.string(event) + "\n\n");
        }
    }
}
