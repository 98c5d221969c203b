package dev.ace.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.gateway.config.UpstreamConfig;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{id}}: the models the upstreams serve, in OpenAI's shape
 * ({@code object: list}, models with {@code object}, {@code created}, {@code owned_by}), or, for a client that
 * sends {@code anthropic-version} (every Anthropic SDK does; the Anthropic API requires it), in Anthropic's
 * ({@code data}, {@code has_more}, {@code first_id}, {@code last_id}; models with {@code type},
 * {@code display_name}, {@code created_at}). Each lists the models its client can reach: those of its own protocol's
 * upstreams, then those it reaches through a bridge to the other protocol's.
 */
final class ModelsEndpoints {
    private static final Logger LOG = Logger.getLogger(ModelsEndpoints.class.getName());
    /** Anthropic's default and largest page sizes ({@code limit}). */
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 1000;

    private final GatewayContext ctx;

    ModelsEndpoints(GatewayContext ctx) {
        this.ctx = ctx;
    }

    /** The dialect a models request is answered in: Anthropic when it carries {@code anthropic-version}. */
    static Dialect dialectOf(ServerRequest req) {
        return req.headers().contains(HeaderNames.create("anthropic-version")) ? Dialect.ANTHROPIC : Dialect.OPENAI;
    }

    void list(Exchange x) {
        if (x.authenticate() == null) {
            return;
        }
        Map<String, UpstreamConfig> models = models(x);
        if (x.dialect == Dialect.OPENAI) {
            ObjectNode out = Dialect.JSON.createObjectNode();
            out.put("object", "list");
            ArrayNode data = out.putArray("data");
            models.forEach((id, u) -> data.add(openAiModel(id, u)));
            x.json(200, Json.bytes(out));
            return;
        }
        anthropicPage(x, new ArrayList<>(models.keySet()));
    }

    void one(Exchange x) {
        if (x.authenticate() == null) {
            return;
        }
        String id = x.req.path().pathParameters().get("model");
        UpstreamConfig found = null;
        for (UpstreamConfig u : upstreams(x.dialect)) {
            if (u.models().contains(id)) {
                found = u;
                break;
            }
        }
        if (found == null) { // routed to a wildcard upstream, as a chat request for it would be
            found = upstreams(x.dialect).stream().filter(u -> u.models().contains("*")).findFirst().orElse(null);
        }
        if (found == null) {
            x.error(404, "model_not_found", "no upstream of this gateway serves the model '" + id + "'");
            return;
        }
        x.json(200, Json.bytes(x.dialect == Dialect.OPENAI ? openAiModel(id, found) : anthropicModel(id)));
    }

    /**
     * The upstreams whose models a client of this dialect sees, in the order its chat requests are routed to them
     * ({@link Router}), so that a model it picks from the list is one it can use: those of its own protocol, then,
     * unless one of those serves every model, those of the other protocol, which it reaches through a bridge
     * ({@link MessagesBridge}, {@link ChatBridge}).
     */
    private List<UpstreamConfig> upstreams(Dialect dialect) {
        List<UpstreamConfig> own = ctx.config.upstreams().stream().filter(u -> u.protocol() == dialect.protocol()).toList();
        if (own.stream().anyMatch(u -> u.models().contains("*"))) {
            return own;
        }
        List<UpstreamConfig> out = new ArrayList<>(own);
        ctx.config.upstreams().stream().filter(u -> u.protocol() != dialect.protocol()).forEach(out::add);
        return out;
    }

    /** Model id to the upstream that serves it, configured models first, then those wildcard upstreams list. */
    private Map<String, UpstreamConfig> models(Exchange x) {
        Map<String, UpstreamConfig> out = new LinkedHashMap<>();
        List<UpstreamConfig> ups = upstreams(x.dialect);
        for (UpstreamConfig u : ups) {
            for (String m : u.models()) {
                if (!m.equals("*")) {
                    out.putIfAbsent(m, u);
                }
            }
        }
        // An upstream that serves any model ("*") is asked which it has, so that clients that pick a model from
        // this list (SDKs, chat front ends) see them; one that cannot answer is left out of the list, not fatal.
        for (UpstreamConfig u : ups) {
            if (u.models().contains("*")) {
                try {
                    ctx.upstreams.models(u).forEach(m -> out.putIfAbsent(m, u));
                } catch (UpstreamClient.UpstreamFailure e) {
                    LOG.warning("request " + x.requestId + ": models of upstream '" + u.name() + "' not listed: "
                            + e.getMessage());
                }
            }
        }
        return out;
    }

    /** One page of Anthropic's cursor pagination: {@code limit}, {@code after_id}, {@code before_id}. */
    private void anthropicPage(Exchange x, List<String> ids) {
        int limit = DEFAULT_LIMIT;
        if (x.req.query().contains("limit")) {
            try {
                limit = Integer.parseInt(x.req.query().get("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                x.error(400, "invalid_request", "'limit' must be an integer from 1 to " + MAX_LIMIT);
                return;
            }
        }
        int from = 0;
        int to = ids.size();
        if (x.req.query().contains("after_id")) {
            from = ids.indexOf(x.req.query().get("after_id")) + 1; // an unknown id: from the start
        }
        if (x.req.query().contains("before_id")) {
            int i = ids.indexOf(x.req.query().get("before_id"));
            to = i < 0 ? to : i;
            from = Math.max(from, to - limit);
        }
        List<String> page = ids.subList(Math.min(from, to), Math.min(to, from + limit));
        ObjectNode out = Dialect.JSON.createObjectNode();
        ArrayNode data = out.putArray("data");
        page.forEach(id -> data.add(anthropicModel(id)));
        boolean before = x.req.query().contains("before_id");
        out.put("has_more", before ? from > 0 : from + page.size() < to);
        if (page.isEmpty()) {
            out.putNull("first_id");
            out.putNull("last_id");
        } else {
            out.put("first_id", page.get(0));
            out.put("last_id", page.get(page.size() - 1));
        }
        x.json(200, Json.bytes(out));
    }

    private ObjectNode openAiModel(String id, UpstreamConfig u) {
        ObjectNode m = Dialect.JSON.createObjectNode();
        m.put("id", id);
        m.put("object", "model");
        m.put("created", ctx.startedEpochSeconds);
        m.put("owned_by", u.name());
        return m;
    }

    private ObjectNode anthropicModel(String id) {
        ObjectNode m = Dialect.JSON.createObjectNode();
        m.put("type", "model");
        m.put("id", id);
        m.put("display_name", id);
        m.put("created_at", Instant.ofEpochSecond(ctx.startedEpochSeconds).toString()); // RFC 3339
        return m;
    }
}
