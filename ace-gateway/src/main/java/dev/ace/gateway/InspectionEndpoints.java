package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.Finding;
import dev.ace.core.InspectionRequest;
import dev.ace.core.TrustTier;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.core.VerdictJson;
import dev.ace.core.constitution.Principle;
import dev.ace.gateway.tenant.Tenant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/moderations} (OpenAI's shape) and {@code POST /v1/inspect} (the full verdict). */
final class InspectionEndpoints {
    private final GatewayContext ctx;

    InspectionEndpoints(GatewayContext ctx) {
        this.ctx = ctx;
    }

    void moderations(Exchange x) throws IOException {
        Tenant tenant = x.authenticate();
        ObjectNode root = tenant == null ? null : bodyOf(x);
        if (root == null) {
            return;
        }
        List<String> inputs = moderationInputs(root.get("input"));
        if (inputs == null) {
            x.error(400, "invalid_request", "'input' is required: a string, an array of strings, or an array of "
                    + "{\"type\":\"text\",\"text\":...} parts");
            return;
        }
        ObjectNode out = Dialect.JSON.createObjectNode();
        out.put("id", ctx.ids.next("modr-"));
        out.put("model", root.path("model").asText("omni-moderation-latest"));
        ArrayNode results = out.putArray("results");
        for (String text : inputs) {
            Verdict v = inspect(tenant, List.of(Turn.user(text)), Direction.INPUT, x.requestId);
            results.add(moderationResult(v));
        }
        x.json(200, Json.bytes(out));
    }

    private ObjectNode moderationResult(Verdict v) {
        Map<String, Double> scores = new LinkedHashMap<>();
        ModerationCategories.KEYS.forEach(k -> scores.put(k, 0.0));
        List<String> ids = new ArrayList<>();
        for (Finding f : v.findings()) {
            ids.add(f.principleId());
            Principle p = ctx.inspector.constitution().principle(f.principleId()).orElse(null);
            if (p != null) {
                for (String c : ModerationCategories.of(p)) {
                    scores.merge(c, f.score(), Math::max);
                }
            }
        }
        ObjectNode r = Dialect.JSON.createObjectNode();
        r.put("flagged", v.action().flagged());
        ObjectNode cats = r.putObject("categories");
        ObjectNode sc = r.putObject("category_scores");
        ObjectNode types = r.putObject("category_applied_input_types");
        for (String k : ModerationCategories.KEYS) {
            cats.put(k, scores.get(k) > 0);
            sc.put(k, scores.get(k));
            types.putArray(k).add("text");
        }
        ObjectNode ace = r.putObject("ace");
        ace.put("action", v.action().name());
        ArrayNode pids = ace.putArray("principle_ids");
        ids.forEach(pids::add);
        return r;
    }

    private static List<String> moderationInputs(JsonNode input) {
        if (input == null || input.isNull()) {
            return null;
        }
        if (input.isTextual()) {
            return List.of(input.asText());
        }
        if (!input.isArray() || input.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        StringBuilder parts = new StringBuilder();
        boolean sawParts = false;
        for (JsonNode item : input) {
            if (item.isTextual()) {
                out.add(item.asText());
            } else if (item.isObject()) {
                sawParts = true;
                if (item.path("text").isTextual()) {
                    parts.append(parts.isEmpty() ? "" : "\n").append(item.get("text").asText());
                }
            } else {
                return null;
            }
        }
        if (sawParts) {
            out.add(parts.toString());
        }
        return out;
    }

    void inspect(Exchange x) throws IOException {
        Tenant tenant = x.authenticate();
        ObjectNode root = tenant == null ? null : bodyOf(x);
        if (root == null) {
            return;
        }
        Direction direction;
        try {
            direction = Direction.parse(root.path("direction").asText("input"));
        } catch (IllegalArgumentException e) {
            x.error(400, "invalid_request", "'direction' must be 'input' or 'output'");
            return;
        }
        List<Turn> turns;
        if (root.path("input").isTextual()) {
            turns = List.of(direction == Direction.INPUT ? Turn.user(root.get("input").asText())
                    : Turn.assistant(root.get("input").asText()));
        } else {
            try {
                turns = WireText.openAiTurns(root);
            } catch (WireText.BadRequest e) {
                x.error(400, "invalid_request", "give 'input' (a string) or 'messages' (OpenAI chat messages): "
                        + e.getMessage());
                return;
            }
        }
        Verdict v = inspect(tenant, turns, direction, x.requestId);
        ObjectNode out = verdictJson(v, new Conversation(turns));
        out.put("request_id", x.requestId);
        out.put("shadow", tenant.shadow());
        x.json(200, Json.bytes(out));
    }

    private ObjectNode bodyOf(Exchange x) throws IOException {
        byte[] body = x.body();
        return body == null ? null : x.jsonObject(body);
    }

    private Verdict inspect(Tenant tenant, List<Turn> turns, Direction direction, String requestId) {
        Verdict v = ctx.inspector.inspect(new InspectionRequest(new Conversation(turns), direction,
                GatewayContext.tenantContext(tenant, TrustTier.HIGH_TRUST)));
        ctx.metrics.verdict(direction, v);
        StringBuilder content = new StringBuilder();
        turns.forEach(t -> content.append(content.isEmpty() ? "" : "\n").append(t.text()));
        ctx.decisions.record(tenant.id(), requestId, direction, content.toString(), v, "", false);
        return v;
    }

    static ObjectNode verdictJson(Verdict v, Conversation conversation) {
        return Dialect.JSON.valueToTree(VerdictJson.toMap(v, conversation));
    }
}
