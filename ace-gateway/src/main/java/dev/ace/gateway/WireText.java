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

    /**
     * The turns of an OpenAI Responses request: {@code instructions} as the system turn, then {@code input}, a string
     * (one user turn) or an array of items: messages (any role; string content or input/output text parts), function
     * and custom tool calls (the assistant's) and their outputs (tool turns). Items without text (reasoning, item
     * references, built-in tool calls) add nothing; images and files are not read.
     */
    static List<Turn> responsesTurns(JsonNode root) throws BadRequest {
        List<Turn> turns = new ArrayList<>();
        JsonNode instructions = root.get("instructions");
        if (instructions != null && !instructions.isNull()) {
            if (!instructions.isTextual()) {
                throw new BadRequest("'instructions' must be a string");
            }
            turns.add(new Turn(Role.SYSTEM, instructions.asText()));
        }
        JsonNode input = root.get("input");
        if (input != null && input.isTextual()) {
            turns.add(new Turn(Role.USER, input.asText()));
            return turns;
        }
        if (input == null || !input.isArray() || input.isEmpty()) {
            throw new BadRequest("'input' is required: a string or a non-empty array of input items");
        }
        int read = 0;
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            if (!item.isObject()) {
                throw new BadRequest("'input[" + i + "]' must be an object");
            }
            String type = item.path("type").asText("message");
            StringBuilder sb = new StringBuilder();
            Role role;
            switch (type) {
                case "message" -> {
                    if (!item.path("role").isTextual()) {
                        throw new BadRequest("'input[" + i + "]' is a message and needs a string 'role'");
                    }
                    try {
                        role = Role.parse(item.get("role").asText());
                    } catch (IllegalArgumentException e) {
                        throw new BadRequest("'input[" + i + "].role' is '" + item.get("role").asText()
                                + "', not a known role");
                    }
                    appendText(item.get("content"), sb);
                }
                case "function_call", "custom_tool_call" -> {
                    role = Role.ASSISTANT;
                    appendLine(sb, item.path("name").asText(""));
                    appendLine(sb, item.path("arguments").asText(""));
                    appendLine(sb, item.path("input").asText(""));
                }
                case "function_call_output", "custom_tool_call_output" -> {
                    role = Role.TOOL;
                    appendText(item.get("output"), sb);
                }
                default -> {
                    continue;
                }
            }
            turns.add(new Turn(role, sb.toString()));
            read++;
        }
        if (read == 0) {
            // only references to earlier items, which live at the upstream: nothing of the user's to read here
            turns.add(new Turn(Role.USER, ""));
        }
        return turns;
    }

    /** The answer text of an OpenAI Responses response: its output messages' text and refusals, and its calls' arguments. */
    static String responsesAnswer(JsonNode root) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : root.path("output")) {
            switch (item.path("type").asText("")) {
                case "message" -> appendText(item.get("content"), sb);
                case "function_call" -> appendLine(sb, item.path("arguments").asText(""));
                case "custom_tool_call" -> appendLine(sb, item.path("input").asText(""));
                default -> {
                    // reasoning and built-in tool calls carry no answer text of their own
                }
            }
        }
        return sb.toString();
    }

    /**
     * The turn of a legacy Completions request: its {@code prompt} (a string, or several, read as one text; token ids
     * have no text) and any {@code suffix} (fill-in-the-middle), as one user turn.
     */
    static List<Turn> completionsTurns(JsonNode root) throws BadRequest {
        JsonNode prompt = root.get("prompt");
        StringBuilder sb = new StringBuilder();
        if (prompt != null && prompt.isTextual()) {
            appendLine(sb, prompt.asText());
        } else if (prompt != null && prompt.isArray() && !prompt.isEmpty()) {
            for (int i = 0; i < prompt.size(); i++) {
                JsonNode p = prompt.get(i);
                if (p.isTextual()) {
                    appendLine(sb, p.asText());
                } else if (!p.isIntegralNumber() && !(p.isArray() && allIntegral(p))) {
                    throw new BadRequest("'prompt[" + i + "]' must be a string, a token id or an array of token ids");
                }
            }
        } else {
            throw new BadRequest("'prompt' is required: a string, an array of strings, or token ids");
        }
        if (root.path("suffix").isTextual()) {
            appendLine(sb, root.get("suffix").asText());
        }
        return List.of(new Turn(Role.USER, sb.toString()));
    }

    /** Whether every element of {@code array} is an integer (a list of token ids). */
    static boolean allIntegral(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isIntegralNumber()) {
                return false;
            }
        }
        return true;
    }

    /** The answer texts of a legacy completion, one per choice (each is a whole answer: {@code n} > 1). */
    static List<String> completionsAnswers(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode choice : root.path("choices")) {
            out.add(choice.path("text").asText(""));
        }
        return out;
    }

    /** The answer texts of an OpenAI chat completion, one per choice (each is a whole answer: {@code n} > 1). */
    static List<String> openAiAnswers(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode choice : root.path("choices")) {
            StringBuilder sb = new StringBuilder();
            JsonNode msg = choice.path("message");
            appendText(msg.get("content"), sb);
            appendText(msg.get("refusal"), sb);
            for (JsonNode call : msg.path("tool_calls")) {
                appendLine(sb, call.path("function").path("arguments").asText(""));
            }
            out.add(sb.toString());
        }
        return out;
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

    /**
     * Rewrites, in place, every text the inspector reads in the request's messages and system prompt (Chat
     * Completions, Messages), its instructions and input items (Responses), its prompt and suffix (Completions) or
     * its input documents (Embeddings; token ids are left as they are).
     */
    static void rewrite(ObjectNode root, UnaryOperator<String> f) {
        if (root.has("system")) {
            root.set("system", rewriteContent(root.get("system"), f));
        }
        if (root.path("instructions").isTextual()) {
            root.put("instructions", f.apply(root.get("instructions").asText()));
        }
        JsonNode prompt = root.get("prompt");
        if (prompt != null && prompt.isTextual()) {
            root.put("prompt", f.apply(prompt.asText()));
        } else if (prompt instanceof ArrayNode prompts) {
            for (int i = 0; i < prompts.size(); i++) {
                if (prompts.get(i).isTextual()) {
                    prompts.set(i, TextNode.valueOf(f.apply(prompts.get(i).asText())));
                }
            }
        }
        if (root.path("suffix").isTextual()) {
            root.put("suffix", f.apply(root.get("suffix").asText()));
        }
        JsonNode input = root.get("input");
        if (input != null && input.isTextual()) {
            root.put("input", f.apply(input.asText()));
        } else if (input instanceof ArrayNode items) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (item.isTextual()) { // an embeddings input: a document to index
                    items.set(i, TextNode.valueOf(f.apply(item.asText())));
                } else if (item instanceof ObjectNode oi) {
                    if (oi.has("content")) {
                        oi.set("content", rewriteContent(oi.get("content"), f));
                    }
                    if (oi.has("output")) {
                        oi.set("output", rewriteContent(oi.get("output"), f));
                    }
                }
            }
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
