package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.gateway.config.Protocol;

import java.util.Collection;

/**
 * The client APIs: OpenAI Chat Completions, Anthropic Messages, OpenAI Responses and OpenAI's legacy Completions; how
 * each shapes its errors and its answers. The OpenAI APIs share the error shape and the upstream protocol.
 */
enum Dialect {
    OPENAI, ANTHROPIC, RESPONSES, COMPLETIONS;

    static final ObjectMapper JSON = new ObjectMapper();

    Protocol protocol() {
        return this == ANTHROPIC ? Protocol.ANTHROPIC : Protocol.OPENAI;
    }

    /** The error body for this dialect (OpenAI §1.5, Anthropic §4.4 of the wire-format notes). */
    byte[] error(int status, String message, String code, String requestId, Collection<String> principleIds) {
        ObjectNode root = JSON.createObjectNode();
        if (this != ANTHROPIC) {
            ObjectNode e = root.putObject("error");
            e.put("message", message);
            e.put("type", code.equals("content_policy_violation") ? code : openAiType(status));
            e.putNull("param");
            e.put("code", code);
            if (principleIds != null) {
                ArrayNode ids = e.putArray("principle_ids");
                principleIds.forEach(ids::add);
            }
            e.put("request_id", requestId);
        } else {
            root.put("type", "error");
            ObjectNode e = root.putObject("error");
            e.put("type", anthropicType(status));
            e.put("message", message);
            if (principleIds != null) {
                ObjectNode ace = root.putObject("ace");
                ace.put("type", code);
                ArrayNode ids = ace.putArray("principle_ids");
                principleIds.forEach(ids::add);
            }
            root.put("request_id", requestId);
        }
        return Json.bytes(root);
    }

    private static String openAiType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static String anthropicType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 504 -> "timeout_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
    }

    /** The "ace" annotation added to answers and halt frames. */
    static ObjectNode annotation(String action, Collection<String> principleIds, String requestId, String reason) {
        ObjectNode ace = JSON.createObjectNode();
        ace.put("action", action);
        ArrayNode ids = ace.putArray("principle_ids");
        principleIds.forEach(ids::add);
        ace.put("request_id", requestId);
        ace.put("reason", reason);
        return ace;
    }

    /**
     * Anthropic's {@code stop_details} for a refusal ({@code {"type":"refusal","category":…,"explanation":…}}), which
     * the API sends with {@code stop_reason: "refusal"}: category {@code bio} or {@code cyber} when a principle of
     * that family was crossed, else {@code general_harms}, the API's category for other harmful areas.
     */
    static ObjectNode refusalStopDetails(Collection<String> principleIds, String explanation) {
        ObjectNode d = JSON.createObjectNode();
        d.put("type", "refusal");
        d.put("category", principleIds.stream().anyMatch(id -> id.startsWith("bio.")) ? "bio"
                : principleIds.stream().anyMatch(id -> id.startsWith("cyber.")) ? "cyber" : "general_harms");
        d.put("explanation", explanation + ": it violates " + String.join(", ", principleIds));
        return d;
    }

    static boolean isObject(JsonNode n) {
        return n != null && n.isObject();
    }
}
