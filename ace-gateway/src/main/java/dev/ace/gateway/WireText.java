package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ace.core.Role;
import dev.ace.core.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the text out of OpenAI and Anthropic request and response bodies (string content and text
 * parts alike, tool calls and tool results included), and rewrites it for redaction.
 */
final class WireText {
    private WireText() {
    }

    /** A request that does not have the shape its endpoint needs; the message names the field. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The turns of an OpenAI chat request, system and developer messages included. */
    static List<Turn> openAiTurns(JsonNode root) throws BadRequest {
        JsonNode messages = root.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new BadRequest("'messages' must be a non-empty array");
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            if (!m.isObject() || !m.path("role").isTextual()) {
                throw new BadRequest("'messages[" + i + "]' must be an object with a string 'role'");
            }
            Role role;
            try {
                role = Role.parse(m.get("role").asText());
            } catch (IllegalArgumentException e) {
                throw new BadRequest("'messages[" + i + "].role' is '" + m.get("role").asText() + "', not a known role");
            }
            StringBuilder sb = new StringBuilder();
            appendText(m.get("content"), sb);
            appendText(m.get("refusal"), sb);
            for (JsonNode call : m.path("tool_calls")) {
                appendLine(sb, call.path("function").path("name").asText(""));
                appendLine(sb, call.path("function").path("arguments").asText(""));
            }
            turns.add(new Turn(role, sb.toString()));
        }
        return turns;
    }

    /** The turns of an Anthropic Messages request: the system prompt first, then the messages. */
    static List<Turn> anthropicTurns(JsonNode root) throws BadRequest {
        JsonNode messages = root.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new BadRequest("'messages' must be a non-empty array");
        }
        List<Turn> turns = new ArrayList<>();
        JsonNode system = root.get("system");
        if (system != null && !system.isNull()) {
            StringBuilder sb = new StringBuilder();
            appendText(system, sb);
            turns.add(new Turn(Role.SYSTEM, sb.toString()));
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String role = m.path("role").asText("");
            if (!m.isObject() || !(role.equals("user") || role.equals("assistant") || role.equals("system"))) {
                throw new BadRequest("'messages[" + i + "].role' must be 'user' or 'assistant'");
            }
            StringBuilder sb = new StringBuilder();
            appendText(m.get("content"), sb);
            turns.add(new Turn(Role.parse(role), sb.toString()));
        }
        return turns;
    }

    /** The answer text of an OpenAI chat completion (every choice). */
    static String openAiAnswer(JsonNode root) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode choice : root.path("choices")) {
            JsonNode msg = choice.path("message");
            appendText(msg.get("content"), sb);
            appendText(msg.get("refusal"), sb);
            for (JsonNode call : msg.path("tool_calls")) {
                appendLine(sb, call.path("function").path("arguments").asText(""));
            }
        }
        return sb.toString();
    }

    /** The answer text of an Anthropic message. */
    static String anthropicAnswer(JsonNode root) {
        StringBuilder sb = new StringBuilder();
        appendText(root.get("content"), sb);
        return sb.toString();
    }

    /** Text of a string, or of an array of parts/blocks (text, refusal, tool_use input, tool_result content). */
    static void appendText(JsonNode content, StringBuilder sb) {
        if (content == null || content.isNull()) {
            return;
        }
        if (content.isTextual()) {
            appendLine(sb, content.asText());
            return;
        }
        if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.isTextual()) {
                    appendLine(sb, part.asText());
                } else if (part.has("text") && part.get("text").isTextual()) {
                    appendLine(sb, part.get("text").asText());
                } else if (part.has("refusal")) {
                    appendLine(sb, part.get("refusal").asText(""));
                } else if ("tool_use".equals(part.path("type").asText())) {
                    appendLine(sb, Json.string(part.path("input")));
                } else if (part.has("content")) {
                    appendText(part.get("content"), sb);
                }
            }
        }
    }

    private static void appendLine(StringBuilder sb, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append('\n');
        }
        sb.append(text);
    }

    /** Rewrites, in place, every text the inspector reads in the request's messages (and system prompt). */
    static void rewrite(ObjectNode root, UnaryOperator<String> f) {
        if (root.has("system")) {
            root.set("system", rewriteContent(root.get("system"), f));
        }
        for (JsonNode m : root.path("messages")) {
            if (m instanceof ObjectNode om && om.has("content")) {
                om.set("content", rewriteContent(om.get("content"), f));
            }
        }
    }

    private static JsonNode rewriteContent(JsonNode content, UnaryOperator<String> f) {
        if (content.isTextual()) {
            return TextNode.valueOf(f.apply(content.asText()));
        }
        if (content instanceof ArrayNode arr) {
            for (JsonNode part : arr) {
                if (part instanceof ObjectNode op) {
                    if (op.path("text").isTextual()) {
                        op.put("text", f.apply(op.get("text").asText()));
                    }
                    if (op.has("content")) {
                        op.set("content", rewriteContent(op.get("content"), f));
                    }
                }
            }
        }
        return content;
    }
}
