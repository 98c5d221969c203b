package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Role;
import dev.ace.core.TenantContext;
import dev.ace.core.TrustTier;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.tenant.Tenant;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/embeddings}, forwarded to an OpenAI-protocol upstream that serves the model, so that an
 * application using one base URL for chat and embeddings (retrieval-augmented generation) works through ACE.
 * Embedding inputs are data to index, not requests to a model: ACE routes them by sensitive data as it routes
 * prompts (HIGH_TRUST only, or redacted before a LOW_TRUST upstream, as the tenant's policy says), inspects their
 * text and records the decision, and reports a flag in response headers, but never blocks them.
 */
final class EmbeddingsEndpoint {
    private final GatewayContext ctx;

    EmbeddingsEndpoint(GatewayContext ctx) {
        this.ctx = ctx;
    }

    void handle(Exchange x) throws java.io.IOException {
        Exchange.ModelRequest request = x.modelRequest();
        if (request == null) {
            return;
        }
        Tenant tenant = request.tenant();
        ObjectNode root = request.root();
        List<String> texts = texts(root.get("input"));
        if (texts == null) {
            x.error(400, "invalid_request", "'input' is required: a string, an array of strings, an array of token ids"
                    + " or an array of arrays of token ids");
            return;
        }
        String joined = String.join("\n", texts);
        Router.Route route = ctx.router.route(request.model(), Protocol.OPENAI,
                ctx.sensitive.containsSensitive(joined), tenant.sensitivePolicy());
        UpstreamConfig upstream = route instanceof Router.To to ? to.upstream() : null;
        TenantContext tc = GatewayContext.tenantContext(tenant, upstream == null ? TrustTier.HIGH_TRUST : upstream.trustTier());
        Verdict v = ctx.inspector.inspect(new InspectionRequest(Conversation.of(new Turn(Role.USER, joined)),
                Direction.INPUT, tc));
        ctx.metrics.verdict(Direction.INPUT, v);
        // recorded as not enforced: whatever the verdict, the input is forwarded
        x.mustRecord(ctx.decisions.build(tenant.id(), x.requestId, Direction.INPUT, joined, v,
                upstream == null ? "" : upstream.name(), false));
        if (v.flagged()) {
            x.res.header("x-ace-action", v.action().name().toLowerCase(java.util.Locale.ROOT));
            x.res.header("x-ace-principles", String.join(",", v.principleIds()));
        }
        Router.To to = x.destination(route);
        if (to == null) {
            return;
        }
        byte[] forward = to.redact() ? x.redacted(root) : request.body();
        long t0 = ctx.nanoTime.getAsLong();
        HttpResponse<byte[]> resp;
        try {
            resp = ctx.upstreams.embeddings(to.upstream(), forward);
        } catch (UpstreamClient.UpstreamFailure e) {
            x.error(e.status, "upstream_error", e.getMessage());
            return;
        }
        ctx.metrics.upstream(to.upstream().name(), ctx.nanoTime.getAsLong() - t0);
        x.send(resp.statusCode(), resp.headers().firstValue("content-type").orElse("application/json"), resp.body());
    }

    /** The texts of an embeddings input; token ids have none; null when the input is not one of OpenAI's shapes. */
    static List<String> texts(JsonNode input) {
        if (input instanceof TextNode t) {
            return List.of(t.asText());
        }
        if (!(input instanceof ArrayNode a) || a.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : a) {
            if (e.isTextual()) {
                out.add(e.asText());
            } else if (!e.isIntegralNumber() && !(e.isArray() && !e.isEmpty() && WireText.allIntegral(e))) {
                return null;
            }
        }
        return out;
    }
}
