package dev.ace.gateway;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.gateway.decision.DecisionLogException;
import dev.ace.gateway.decision.DecisionRecord;
import dev.ace.gateway.tenant.Tenant;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One request and its response, with the steps every API endpoint shares: a request id, the API key
 * check, the body size limit and JSON parsing. Each step answers the client itself when it fails (with
 * the endpoint dialect's error shape) and returns null, so handlers read as a list of gates.
 */
final class Exchange {
    final ServerRequest req;
    final ServerResponse res;
    final Dialect dialect;
    final String endpoint;
    final String requestId;
    private final GatewayContext ctx;
    int status = 200;
    /** True once an event stream has started: errors can no longer change the response. */
    boolean streaming;
    /** Decisions of this exchange not yet handed to the sink; they become durable before it answers. */
    private final List<DecisionRecord> deferred = new ArrayList<>(2);
    /** Decisions already on their way to the sink ({@link #startRecording}); joined before it answers. */
    private CompletableFuture<Void> started;

    Exchange(GatewayContext ctx, ServerRequest req, ServerResponse res, Dialect dialect, String endpoint) {
        this.ctx = ctx;
        this.req = req;
        this.res = res;
        this.dialect = dialect;
        this.endpoint = endpoint;
        this.requestId = ctx.ids.next();
        res.header("x-request-id", requestId);
        res.header("request-id", requestId);
    }

    Optional<String> header(String name) {
        return req.headers().first(HeaderNames.create(name));
    }

    /** The tenant owning the presented key ({@code Authorization: Bearer} or {@code x-api-key}); 401 otherwise. */
    Tenant authenticate() {
        String key = header("authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim()).orElseGet(() -> header("x-api-key").orElse(null));
        Optional<Tenant> t = ctx.tenants.authenticate(key);
        if (t.isEmpty()) {
            error(401, key == null ? "missing_api_key" : "invalid_api_key", key == null
                    ? "no API key: send 'Authorization: Bearer <key>' (or 'x-api-key: <key>')"
                    : "the API key is not valid for this ACE gateway");
            return null;
        }
        long wait = ctx.rateLimiter.acquire(t.get().id(), t.get().requestsPerSecond(), t.get().burst());
        if (wait > 0) {
            retryAfter(wait);
            error(429, "rate_limit_exceeded", "tenant '" + t.get().id() + "' is over its rate limit of "
                    + t.get().requestsPerSecond() + " requests/s; retry later");
            return null;
        }
        return t.get();
    }

    void retryAfter(long nanos) {
        res.header("retry-after", String.valueOf(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L)));
        res.header("retry-after-ms", String.valueOf(Math.max(1, nanos / 1_000_000L)));
    }

    /** The request body, at most the configured size; 413 when larger. */
    byte[] body() throws IOException {
        long max = ctx.config.server().maxBodyBytes();
        OptionalLong declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > max) {
            tooLarge(declared.getAsLong(), max);
            return null;
        }
        try (InputStream in = req.content().inputStream()) {
            // With a declared length, one exact read (no 8 KiB staging buffers); a body longer than declared
            // cannot happen on HTTP/1.1 framing, a shorter one fails as the JSON it then is not.
            byte[] b = declared.isPresent() ? in.readNBytes((int) declared.getAsLong())
                    : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                tooLarge(-1, max);
                return null;
            }
            return b;
        }
    }

    private void tooLarge(long size, long max) {
        error(413, "request_too_large", "the request body " + (size >= 0 ? "of " + size + " bytes " : "")
                + "is larger than this gateway's limit of " + max + " bytes (server.max_body_bytes)");
    }

    /** An authenticated request to a model: its tenant, its raw body and that body parsed, with a {@code model}. */
    record ModelRequest(Tenant tenant, byte[] body, ObjectNode root) {
        String model() {
            return root.get("model").asText();
        }
    }

    /**
     * Authenticates, reads and parses the body, and checks that it names a model: the start of every endpoint that
     * forwards to an upstream. Null once the error (401, 413, 400) has been sent.
     */
    ModelRequest modelRequest() throws IOException {
        Tenant tenant = authenticate();
        if (tenant == null) {
            return null;
        }
        byte[] body = body();
        if (body == null) {
            return null;
        }
        ObjectNode root = jsonObject(body);
        if (root == null) {
            return null;
        }
        if (!root.path("model").isTextual() || root.get("model").asText().isBlank()) {
            error(400, "invalid_request", "'model' is required and must be a non-empty string");
            return null;
        }
        return new ModelRequest(tenant, body, root);
    }

    /** Where the request goes; null once the error saying why it can go nowhere has been sent. */
    Router.To destination(Router.Route route) {
        if (route instanceof Router.Nowhere nowhere) {
            error(nowhere.status(), nowhere.code(), nowhere.message());
            return null;
        }
        return (Router.To) route;
    }

    /**
     * The request body with every text the inspector reads redacted (sensitive data before a LOW_TRUST upstream, or a
     * REDACT verdict), unknown fields kept; the response says so in {@code x-ace-redacted}.
     */
    byte[] redacted(ObjectNode root) {
        ObjectNode copy = root.deepCopy();
        WireText.rewrite(copy, ctx.sensitive::redact);
        res.header("x-ace-redacted", "true");
        return Json.bytes(copy);
    }

    /** The body parsed as a JSON object; 400 naming the problem and where when it is not. */
    ObjectNode jsonObject(byte[] body) {
        if (body.length == 0) {
            error(400, "invalid_json", "the request body is empty; expected a JSON object");
            return null;
        }
        try {
            JsonNode n = Dialect.JSON.readTree(body);
            if (!(n instanceof ObjectNode o)) {
                error(400, "invalid_json", "the request body must be a JSON object, not "
                        + (n == null ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
                return null;
            }
            return o;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            error(400, "invalid_json", "the request body is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            error(400, "invalid_json", "the request body could not be read: " + e.getMessage());
            return null;
        }
    }

    void error(int status, String code, String message) {
        error(status, code, message, null);
    }

    void error(int status, String code, String message, Collection<String> principleIds) {
        json(status, dialect.error(status, message, code, requestId, principleIds));
    }

    void json(int status, byte[] body) {
        send(status, "application/json", body);
    }

    /**
     * A decision that must be durable before this exchange answers. It is held until then (or until
     * {@link #startRecording}), so that a request whose answer brings a second decision makes both durable
     * in one group commit: one fsync wait per request instead of two.
     */
    void mustRecord(DecisionRecord decision) {
        deferred.add(decision);
    }

    /** Starts making the held decisions durable now, on a virtual thread, while the request goes on. */
    void startRecording() {
        if (!deferred.isEmpty()) {
            CompletableFuture<Void> next = ctx.decisions.durableLater(List.copyOf(deferred));
            deferred.clear();
            started = started == null ? next : started.thenCombine(next, (a, b) -> null);
        }
    }

    /**
     * Makes every decision of this exchange durable, with {@code more} (the answer's decision) in the same
     * group commit; false (after answering 503) if one could not be made durable.
     */
    boolean awaitDecisions(DecisionRecord... more) {
        deferred.addAll(List.of(more));
        List<DecisionRecord> now = List.copyOf(deferred);
        deferred.clear();
        CompletableFuture<Void> before = started;
        started = null;
        try {
            if (!now.isEmpty()) {
                ctx.decisions.durable(now);
            }
            if (before != null) {
                before.join();
            }
            return true;
        } catch (RuntimeException e) { // a CompletionException, a DecisionLogException, or a custom sink's failure
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            res.header("retry-after", "1");
            send(503, "application/json", dialect.error(503, "ACE could not make its decision durable, so it does not "
                    + "answer (retry shortly): " + cause.getMessage(), "decision_log_unavailable", requestId, null));
            return false;
        }
    }

    /**
     * After the exchange ended without an answer (the client went away): the decisions still held are made
     * durable, so that the log has every decision the gateway took; nothing was acknowledged, so a failure
     * here loses nothing and is not reported to anyone.
     */
    void recordRemaining() {
        if (deferred.isEmpty()) {
            return;
        }
        List<DecisionRecord> now = List.copyOf(deferred);
        deferred.clear();
        try {
            ctx.decisions.durable(now);
        } catch (DecisionLogException e) {
            // see above: no answer depended on it
        }
    }

    void send(int status, String contentType, byte[] body) {
        if ((!deferred.isEmpty() || started != null) && !awaitDecisions()) {
            return;
        }
        this.status = status;
        res.status(status);
        res.header("Content-Type", contentType);
        res.send(body);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
