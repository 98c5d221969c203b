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

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/embeddings}, forwarded to an OpenAI-protocol upstream that serves the model, so that an
 * application using one base URL for chat and embeddings (retrieval-augmented generation) works through ACE.
 * Embedding inputs are data to index, not requests to a model: ACE routes them by sensitive data as it routes
 * prompts (HIGH_TRUST only, or redacted before a LOW_TRUST upstream, as the tenant's policy says), inspects their
 * text and records the decision, and reports a flag in response headers, but never blocks them. Each document of a
 * batch is inspected as a turn of its own, so that one harmful document among many benign ones is scored on its own
 * words rather than diluted by theirs; {@code x-ace-flagged-inputs} names the flagged documents by their index (the
 * first {@link #MAX_LISTED}) and {@code x-ace-flagged-count} counts them.
 */
final class EmbeddingsEndpoint {
    /** The most indices {@code x-ace-flagged-inputs} lists, so that a large batch cannot make an oversized header. */
    static final int MAX_LISTED = 100;
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
        List<Document> docs = documents(root.get("input"));
        if (docs == null) {
            x.error(400, "invalid_request", "'input' is required: a string, an array of strings, an array of token ids"
                    + " or an array of arrays of token ids");
            return;
        }
        List<Turn> turns = new ArrayList<>(docs.size());
        for (Document d : docs) {
            turns.add(new Turn(Role.USER, d.text()));
        }
        if (turns.isEmpty()) { // token ids only: nothing to read, but the decision is still recorded
            turns.add(new Turn(Role.USER, ""));
        }
        String joined = String.join("\n", turns.stream().map(Turn::text).toList());
        Router.Route route = ctx.router.route(request.model(), Protocol.OPENAI,
                ctx.sensitive.containsSensitive(joined), tenant.sensitivePolicy());
        UpstreamConfig upstream = route instanceof Router.To to ? to.upstream() : null;
        TenantContext tc = GatewayContext.tenantContext(tenant, upstream == null ? TrustTier.HIGH_TRUST : upstream.trustTier());
        Verdict v = ctx.inspector.inspect(new InspectionRequest(new Conversation(turns), Direction.INPUT, tc));
        ctx.metrics.verdict(Direction.INPUT, v);
        // recorded as not enforced: whatever the verdict, the input is forwarded
        x.mustRecord(ctx.decisions.build(tenant.id(), x.requestId, Direction.INPUT, joined, v,
                upstream == null ? "" : upstream.name(), false));
        if (v.flagged()) {
            x.res.header("x-ace-action", v.action().name().toLowerCase(java.util.Locale.ROOT));
            x.res.header("x-ace-principles", String.join(",", v.principleIds()));
            List<Integer> flagged = flaggedInputs(docs, tc);
            x.res.header("x-ace-flagged-count", String.valueOf(flagged.size()));
            x.res.header("x-ace-flagged-inputs", flagged.stream().limit(MAX_LISTED).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        Router.To to = x.destination(route);
        if (to == null) {
            return;
        }
        byte[] forward = to.redact() ? x.redacted(root) : request.body();
        long t0 = ctx.nanoTime.getAsLong();
        Http1Client.Response<byte[]> resp;
        try {
            resp = ctx.upstreams.embeddings(to.upstream(), forward);
        } catch (UpstreamClient.UpstreamFailure e) {
            x.error(e.status, "upstream_error", e.getMessage());
            return;
        }
        ctx.metrics.upstream(to.upstream().name(), ctx.nanoTime.getAsLong() - t0);
        x.send(resp.statusCode(), resp.header("content-type").orElse("application/json"), resp.body());
    }

    /** One text document of an embeddings input and its index in the {@code input} array (0 for a string). */
    record Document(int index, String text) {
    }

    /**
     * The text documents of an embeddings input (token ids have no text); null when the input is not one of OpenAI's
     * shapes.
     */
    static List<Document> documents(JsonNode input) {
        if (input instanceof TextNode t) {
            return List.of(new Document(0, t.asText()));
        }
        if (!(input instanceof ArrayNode a) || a.isEmpty()) {
            return null;
        }
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode e = a.get(i);
            if (e.isTextual()) {
                out.add(new Document(i, e.asText()));
            } else if (!e.isIntegralNumber() && !(e.isArray() && !e.isEmpty() && WireText.allIntegral(e))) {
                return null;
            }
        }
        return out;
    }

    /**
     * The input indices, ascending, of the documents that are flagged on their own. The verdict on the batch keeps
     * only each principle's strongest finding, so each document is asked again; the cascade's turn cache answers for
     * the detectors that already read it.
     */
    private List<Integer> flaggedInputs(List<Document> docs, TenantContext tc) {
        if (docs.size() == 1) {
            return List.of(docs.get(0).index());
        }
        List<Integer> out = new ArrayList<>();
        for (Document d : docs) {
            Verdict one = ctx.inspector.inspect(new InspectionRequest(Conversation.ofUser(d.text()), Direction.INPUT, tc));
            if (one.flagged()) {
                out.add(d.index());
            }
        }
        return out;
    }
}
