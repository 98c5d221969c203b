package dev.ace.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.core.Inspector;
import dev.ace.gateway.config.DecisionLogConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.ServerConfig;
import dev.ace.gateway.decision.DecisionSink;
import dev.ace.ledger.ContentDigests;
import dev.ace.gateway.decision.JsonlDecisionSink;
import dev.ace.gateway.decision.LedgerDecisionSink;
import dev.ace.ledger.LedgerHttp;
import dev.ace.gateway.tenant.ReviewItem;
import dev.ace.gateway.tenant.Tenant;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ACE gateway: a Helidon 4 SE web server (virtual thread per request) in front of upstream model
 * servers, inspecting every prompt before it is forwarded and every answer before (or while) it is
 * returned. Build it with {@link #builder}, {@link #start} it, {@link #close} it.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());

    private final GatewayContext ctx;
    private final WebServer server;
    private final ScheduledExecutorService keepAlive;
    private final ExecutorService slowExecutor;
    private final LedgerHttp ledgerHttp;
    private volatile boolean closed;

    private Gateway(Builder b) {
        // the decision log first: a log another process holds (its LOCK) fails here, before anything else is made
        DecisionSink sink = b.sink != null ? b.sink : openSink(b.config.decisionLog());
        ContentDigests digests;
        try {
            digests = digests(b.config.decisionLog(), b.env);
        } catch (RuntimeException e) {
            if (b.sink == null) {
                sink.close(); // releases the log's lock: the caller never got a gateway to close
            }
            throw e;
        }
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ace-keepalive").factory());
        // Platform threads, at most half the cores: a slower tier's model runs native code (ONNX), which pins the
        // carrier of a virtual thread for the whole call, so on virtual threads a burst of checks would stall the
        // request handlers that share those carriers; here checks queue instead, and take at most half the cores.
        this.slowExecutor = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                Thread.ofPlatform().daemon().name("ace-slow-tier-", 0).factory());
        this.ledgerHttp = sink instanceof LedgerDecisionSink l ? new LedgerHttp(l.reader()) : null;
        Decisions decisions = new Decisions(sink, digests, b.clock,
                Decisions.detectorVersions(b.inspector));
        UpstreamClient client = new UpstreamClient(b.config.server().connectTimeout(), b.config.server().upstreamTimeout(), b.env);
        this.ctx = new GatewayContext(b.config, b.inspector, b.streamInspector == null ? b.inspector : b.streamInspector,
                b.slowInspector, decisions, client, b.clock, b.nanoTime,
                keepAlive, slowExecutor);
        ChatEndpoint chat = new ChatEndpoint(ctx);
        InspectionEndpoints inspection = new InspectionEndpoints(ctx);
        this.server = WebServer.builder()
                .host(b.config.server().host())
                .port(b.config.server().port())
                // TCP_NODELAY: every response and every SSE event is written whole and flushed on purpose; with
                // Nagle's algorithm an event written while the previous one is unacknowledged waits for the client's
                // (possibly delayed) ACK
                .connectionOptions(s -> s.tcpNoDelay(true))
                .routing(r -> routes(r, chat, inspection))
                .build();
    }

    public static Builder builder(GatewayConfig config, Inspector inspector) {
        return new Builder(config, inspector);
    }

    /**
     * Starts listening.
     *
     * @throws GatewayStartException when the configured address cannot be bound (a port another process holds,
     *                               a host that is not this machine's); the gateway is closed by then, so its
     *                               decision log and the log's lock are released
     */
    public Gateway start() {
        ServerConfig s = ctx.config.server();
        try {
            ensureBindable(s.host(), s.port());
            server.start();
            if (!server.isRunning()) {
                throw new GatewayStartException(s.host(), s.port(), "the web server did not start (see the log above)", null);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /**
     * Binds the address once and lets it go, so that a port already in use is reported as one clear error. Helidon
     * itself only logs a failed bind (with a stack trace) and leaves a server that never runs; {@link #start} also
     * checks for that, for the rare port taken between this check and Helidon's bind. Callers that do slow work
     * before starting (loading models) may call it first, so that a port in use is reported at once.
     *
     * @throws GatewayStartException naming the address and the cause
     */
    public static void ensureBindable(String host, int port) {
        if (port == 0) {
            return; // the system picks a free port
        }
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            String why = e instanceof BindException && String.valueOf(e.getMessage()).startsWith("Address already in use")
                    ? "the port is already in use by another process"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new GatewayStartException(host, port, why, e);
        }
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return server.port();
    }

    public GatewayConfig config() {
        return ctx.config;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server.isRunning()) {
            server.stop();
        }
        keepAlive.shutdownNow();
        slowExecutor.shutdownNow();
        ctx.upstreams.close();
        ctx.decisions.close();
    }

    private void routes(HttpRouting.Builder r, ChatEndpoint chat, InspectionEndpoints inspection) {
        ModelsEndpoints models = new ModelsEndpoints(ctx);
        EmbeddingsEndpoint embeddings = new EmbeddingsEndpoint(ctx);
        CountTokensEndpoint countTokens = new CountTokensEndpoint(ctx);
        r.post("/v1/chat/completions", (req, res) -> run(req, res, Dialect.OPENAI, "chat_completions", chat::handle))
                .post("/v1/messages", (req, res) -> run(req, res, Dialect.ANTHROPIC, "messages", chat::handle))
                .post("/v1/messages/count_tokens", (req, res) -> run(req, res, Dialect.ANTHROPIC, "count_tokens", countTokens::handle))
                .post("/v1/moderations", (req, res) -> run(req, res, Dialect.OPENAI, "moderations", inspection::moderations))
                .post("/v1/inspect", (req, res) -> run(req, res, Dialect.OPENAI, "inspect", inspection::inspect))
                .post("/v1/embeddings", (req, res) -> run(req, res, Dialect.OPENAI, "embeddings", embeddings::handle))
                .post("/v1/responses", (req, res) -> run(req, res, Dialect.RESPONSES, "responses", chat::handle))
                .post("/v1/completions", (req, res) -> run(req, res, Dialect.COMPLETIONS, "completions", chat::handle))
                .get("/v1/models", (req, res) -> run(req, res, ModelsEndpoints.dialectOf(req), "models", models::list))
                .get("/v1/models/{model}", (req, res) -> run(req, res, ModelsEndpoints.dialectOf(req), "models", models::one))
                .get("/admin/review", (req, res) -> run(req, res, Dialect.OPENAI, "admin", this::review))
                .post("/admin/review/clear", (req, res) -> run(req, res, Dialect.OPENAI, "admin", this::clearReview))
                .get("/healthz", (req, res) -> {
                    res.header("Content-Type", "application/json");
                    res.send("{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
                })
                .get("/metrics", (req, res) -> {
                    res.header("Content-Type", GatewayMetrics.contentType());
                    res.send(ctx.metrics.scrape());
                });
        if (ledgerHttp != null) {
            r.get("/ledger/*", this::ledger);
        }
        // last: any other method and path gets a JSON error in the client's dialect, which the SDKs read (their
        // NotFoundError carries the message), instead of the web server's plain-text "Endpoint not found"
        r.any((req, res) -> run(req, res, unknownDialect(req), "not_found", Gateway::notServed));
    }

    /** Anthropic for a client that sends {@code anthropic-version} or calls under {@code /v1/messages}. */
    private static Dialect unknownDialect(ServerRequest req) {
        return ModelsEndpoints.dialectOf(req) == Dialect.ANTHROPIC || req.path().path().startsWith("/v1/messages/")
                ? Dialect.ANTHROPIC : Dialect.OPENAI;
    }

    private static void notServed(Exchange x) {
        x.error(404, "not_found", "ACE does not serve " + x.req.prologue().method().text() + " " + x.req.path().path()
                + "; it serves POST /v1/chat/completions, POST /v1/responses, POST /v1/messages (and its count_tokens), "
                + "POST /v1/completions, GET /v1/models, "
                + "POST /v1/embeddings, POST /v1/moderations and POST /v1/inspect (docs/gateway.md)");
    }

    /** The decision ledger, read-only, in the C2SP tlog-tiles layout. */
    private void ledger(ServerRequest req, ServerResponse res) {
        String path = req.path().path().substring("/ledger/".length());
        Map<String, String> query = new HashMap<>();
        for (String name : req.query().names()) {
            query.put(name, req.query().get(name));
        }
        LedgerHttp.Response answer = ledgerHttp.handle(path, query);
        res.status(answer.status());
        res.header("Content-Type", answer.contentType());
        if (answer.cacheControl() != null) {
            res.header("Cache-Control", answer.cacheControl());
        }
        res.send(answer.body());
    }

    private static DecisionSink openSink(DecisionLogConfig log) {
        return log.kind() == DecisionLogConfig.Kind.LEDGER ? LedgerDecisionSink.open(log.path(), log.signerKey())
                : JsonlDecisionSink.open(log.path());
    }

    /** A handler step that may fail with I/O. */
    private interface Step {
        void handle(Exchange x) throws IOException;
    }

    private void run(ServerRequest req, ServerResponse res, Dialect dialect, String endpoint, Step step) {
        Exchange x = new Exchange(ctx, req, res, dialect, endpoint);
        try {
            step.handle(x);
        } catch (UncheckedIOException | IOException e) {
            x.status = 499; // the client went away (or its body could not be read)
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request " + x.requestId + " failed", e);
            x.status = 500;
            if (x.streaming) {
                return; // the status line is gone; the stream simply ends
            }
            if (!res.isSent()) {
                x.error(500, "internal_error", "ACE could not handle request " + x.requestId + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        } finally {
            x.recordRemaining();
            ctx.metrics.request(endpoint, x.status);
        }
    }

    private Tenant admin(Exchange x) {
        Tenant t = x.authenticate();
        if (t != null && !t.admin()) {
            x.error(403, "not_admin", "tenant '" + t.id() + "' may not read the admin endpoints (admin: false)");
            return null;
        }
        return t;
    }

    private void review(Exchange x) {
        if (admin(x) == null) {
            return;
        }
        String tenant = x.req.query().contains("tenant") ? x.req.query().get("tenant") : null;
        ObjectNode out = Dialect.JSON.createObjectNode();
        out.put("object", "list");
        ArrayNode data = out.putArray("data");
        for (ReviewItem item : ctx.abuse.reviewQueue(tenant)) {
            ObjectNode n = data.addObject();
            n.put("tenant", item.tenant());
            n.put("user", item.user());
            n.put("state", item.state().name());
            n.put("violations", item.violations());
            n.put("since", item.since().toString());
            ArrayNode p = n.putArray("principle_ids");
            item.principles().forEach(p::add);
        }
        x.json(200, Json.bytes(out));
    }

    private void clearReview(Exchange x) throws IOException {
        if (admin(x) == null) {
            return;
        }
        byte[] body = x.body();
        ObjectNode root = body == null ? null : x.jsonObject(body);
        if (root == null) {
            return;
        }
        if (!root.path("tenant").isTextual() || !root.path("user").isTextual()) {
            x.error(400, "invalid_request", "give 'tenant' and 'user' (strings)");
            return;
        }
        boolean cleared = ctx.abuse.clear(root.get("tenant").asText(), root.get("user").asText());
        x.json(200, Json.bytes(Dialect.JSON.createObjectNode().put("cleared", cleared)));
    }

    /**
     * The keyed content digests: the secret is the SHA-256 of the environment variable's value when the
     * configuration names one that is set, else 32 random bytes in {@code digest.key} beside the log,
     * created once, owner-only.
     */
    private static ContentDigests digests(DecisionLogConfig log, Function<String, String> env) {
        String fromEnv = log.digestKeyEnv() == null ? null : env.apply(log.digestKeyEnv());
        if (fromEnv != null && !fromEnv.isEmpty()) {
            try {
                return ContentDigests.of(MessageDigest.getInstance("SHA-256").digest(fromEnv.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by the Java platform", e);
            }
        }
        return ContentDigests.openOrCreate(log.path().toAbsolutePath().getParent().resolve("digest.key"), new SecureRandom());
    }

    /** Configures a gateway. */
    public static final class Builder {
        private final GatewayConfig config;
        private final Inspector inspector;
        private Inspector slowInspector;
        private Inspector streamInspector;
        private DecisionSink sink;
        private Clock clock = Clock.systemUTC();
        private LongSupplier nanoTime = System::nanoTime;
        private Function<String, String> env = System::getenv;

        private Builder(GatewayConfig config, Inspector inspector) {
            this.config = Objects.requireNonNull(config, "config");
            this.inspector = Objects.requireNonNull(inspector, "inspector");
        }

        /**
         * A slower tier that judges a streamed answer after release (the answer so far, at doubling lengths, and
         * the whole answer when it ends); its flags become retraction events.
         */
        public Builder slowInspector(Inspector slow) {
            this.slowInspector = slow;
            return this;
        }

        /**
         * The inspector for the windows of a streamed answer, judged at every chunk before release; by default
         * the gateway's inspector. Prompts and whole answers always go to the gateway's inspector.
         */
        public Builder streamInspector(Inspector windows) {
            this.streamInspector = windows;
            return this;
        }

        /** Where decisions go; by default the JSONL file named in the configuration. */
        public Builder decisionSink(DecisionSink sink) {
            this.sink = sink;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        /** Environment lookup for upstream API keys and the digest secret; tests pass a map. */
        public Builder env(Function<String, String> env) {
            this.env = Objects.requireNonNull(env, "env");
            return this;
        }

        public Gateway build() {
            return new Gateway(this);
        }
    }
}
