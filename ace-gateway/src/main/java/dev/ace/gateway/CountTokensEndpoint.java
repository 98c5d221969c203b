package dev.ace.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.core.Turn;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.tenant.Tenant;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /v1/messages/count_tokens} (Anthropic), forwarded to an Anthropic-protocol upstream that serves the
 * model, so that clients that count before they send (coding agents do, to manage their context) work through ACE.
 * Counting generates nothing, so nothing is inspected or recorded; but the conversation still leaves for the
 * upstream, so it is routed by sensitive data as a message is (HIGH_TRUST only, or redacted before a LOW_TRUST
 * upstream, as the tenant's policy says). The request is checked as a message is, except that it has no
 * {@code max_tokens}.
 */
final class CountTokensEndpoint {
    private final GatewayContext ctx;

    CountTokensEndpoint(GatewayContext ctx) {
        this.ctx = ctx;
    }

    void handle(Exchange x) throws IOException {
        Exchange.ModelRequest request = x.modelRequest();
        if (request == null) {
            return;
        }
        Tenant tenant = request.tenant();
        ObjectNode root = request.root();
        List<Turn> turns;
        try {
            turns = WireText.anthropicTurns(root);
        } catch (WireText.BadRequest e) {
            x.error(400, "invalid_request", e.getMessage());
            return;
        }
        String text = turns.stream().map(Turn::text).collect(Collectors.joining("\n"));
        Router.Route route = ctx.router.route(request.model(), Protocol.ANTHROPIC, ctx.sensitive.containsSensitive(text),
                tenant.sensitivePolicy());
        Router.To to = x.destination(route);
        if (to == null) {
            return;
        }
        byte[] forward = to.redact() ? x.redacted(root) : request.body();
        Map<String, String> pass = new LinkedHashMap<>();
        x.header("anthropic-version").ifPresent(v -> pass.put("anthropic-version", v));
        x.header("anthropic-beta").ifPresent(v -> pass.put("anthropic-beta", v));
        long t0 = ctx.nanoTime.getAsLong();
        Http1Client.Response<byte[]> resp;
        try {
            resp = ctx.upstreams.countTokens(to.upstream(), forward, pass);
        } catch (UpstreamClient.UpstreamFailure e) {
            x.error(e.status, "upstream_error", e.getMessage());
            return;
        }
        ctx.metrics.upstream(to.upstream().name(), ctx.nanoTime.getAsLong() - t0);
        x.send(resp.statusCode(), resp.header("content-type").orElse("application/json"), resp.body());
    }
}
