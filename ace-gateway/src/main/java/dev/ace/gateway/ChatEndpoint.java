package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.core.Action;
import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.InspectionRequest;
import dev.ace.core.TenantContext;
import dev.ace.core.TrustTier;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.core.stream.StreamInspector;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.sse.SseWriter;
import dev.ace.gateway.tenant.AbuseState;
import dev.ace.gateway.tenant.AbuseTracker;
import dev.ace.gateway.tenant.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code POST /v1/chat/completions}, {@code POST /v1/messages}, {@code POST /v1/responses} and the legacy {@code POST
 * /v1/completions}: inspect the whole conversation, route by trust tier, forward faithfully, inspect the answer
 * (whole, or while it streams).
 */
final class ChatEndpoint {
    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());
    private final GatewayContext ctx;
    /**
     * Upstreams found to have no Responses API: their {@code /v1/responses} requests are served through their Chat
     * Completions ({@link ResponsesBridge}) without asking again.
     */
    private final Set<String> chatOnly = ConcurrentHashMap.newKeySet();

    ChatEndpoint(GatewayContext ctx) {
        this.ctx = ctx;
    }

    void handle(Exchange x) throws IOException {
        Exchange.ModelRequest request = x.modelRequest();
        if (request == null) {
            return;
        }
        Tenant tenant = request.tenant();
        byte[] body = request.body();
        ObjectNode root = request.root();
        if (x.dialect == Dialect.ANTHROPIC && !root.path("max_tokens").canConvertToInt()) {
            x.error(400, "invalid_request", "'max_tokens' is required and must be an integer");
            return;
        }
        if (x.dialect == Dialect.RESPONSES && root.path("background").asBoolean(false)) {
            // a background response is fetched later with GET /v1/responses/{id}, which ACE does not relay: its
            // answer would reach the client without being inspected
            x.error(400, "invalid_request", "'background': true is not supported through ACE: the answer would be "
                    + "retrieved later, past the inspector; send the request without it (streaming or not)");
            return;
        }
        List<Turn> turns;
        try {
            turns = switch (x.dialect) {
                case OPENAI -> WireText.openAiTurns(root);
                case ANTHROPIC -> WireText.anthropicTurns(root);
                case RESPONSES -> WireText.responsesTurns(root);
                case COMPLETIONS -> WireText.completionsTurns(root);
            };
        } catch (WireText.BadRequest e) {
            x.error(400, "invalid_request", e.getMessage());
            return;
        }
        String user = endUser(x, root);
        if (user != null && !admit(x, tenant, user)) {
            return;
        }
        String prompt = turns.stream().map(Turn::text).collect(Collectors.joining("\n"));
        boolean sensitive = ctx.sensitive.containsSensitive(prompt);
        String model = request.model();
        Router.Route route = ctx.router.route(model, x.dialect.protocol(), sensitive, tenant.sensitivePolicy(),
                x.dialect != Dialect.COMPLETIONS);
        UpstreamConfig upstream = route instanceof Router.To to ? to.upstream() : null;
        TrustTier tier = upstream == null ? TrustTier.HIGH_TRUST : upstream.trustTier();
        TenantContext tc = GatewayContext.tenantContext(tenant, tier);
        Verdict v = ctx.inspector.inspect(new InspectionRequest(new Conversation(turns), Direction.INPUT, tc));
        ctx.metrics.verdict(Direction.INPUT, v);
        // Every answer waits until the input decision is durable. A whole answer makes it durable together with
        // the output decision (one group commit); a stream starts making it durable now, while the request
        // travels to the upstream, so that the first byte waits as little as possible.
        x.mustRecord(ctx.decisions.build(tenant.id(), x.requestId, Direction.INPUT, prompt, v,
                upstream == null ? "" : upstream.name(), !tenant.shadow()));
        if (root.path("stream").asBoolean(false)) {
            x.startRecording();
        }
        if (v.action() == Action.BLOCK && user != null && !tenant.shadow()) {
            ctx.abuse.violation(tenant.id(), user, v.principleIds().iterator().next());
        }
        if (!annotateInput(x, tenant, v)) {
            return;
        }
        Router.To to = x.destination(route);
        if (to == null) {
            return;
        }
        byte[] forward = body;
        if (to.redact() || (v.action() == Action.REDACT && !tenant.shadow())) {
            forward = x.redacted(root);
        }
        forward(x, tenant, tc, turns, to.upstream(), forward, root.path("stream").asBoolean(false));
    }

    /** Sets the verdict headers; answers 400 and returns false when the input is blocked and enforced. */
    private boolean annotateInput(Exchange x, Tenant tenant, Verdict v) {
        String ids = String.join(",", v.principleIds());
        if (v.action() == Action.BLOCK && !tenant.shadow()) {
            x.error(400, "content_policy_violation", "the request was blocked by ACE: it violates "
                    + ids + " (request " + x.requestId + ")", v.principleIds());
            return false;
        }
        if (v.flagged()) {
            x.res.header(tenant.shadow() ? "x-ace-shadow-action" : "x-ace-action", v.action().name().toLowerCase(java.util.Locale.ROOT));
            x.res.header("x-ace-principles", ids);
        }
        return true;
    }

    private static String endUser(Exchange x, JsonNode root) {
        String h = x.header("x-ace-user").orElse(null);
        if (h != null && !h.isBlank()) {
            return h;
        }
        for (String f : new String[] {"user", "safety_identifier"}) {
            if (root.path(f).isTextual() && !root.get(f).asText().isBlank()) {
                return root.get(f).asText();
            }
        }
        JsonNode meta = root.path("metadata").path("user_id");
        return meta.isTextual() && !meta.asText().isBlank() ? meta.asText() : null;
    }

    private boolean admit(Exchange x, Tenant tenant, String user) {
        AbuseTracker.Admission a = ctx.abuse.admit(tenant.id(), user);
        if (a.allowed()) {
            return true;
        }
        x.retryAfter(a.retryAfter().toNanos());
        if (a.state() == AbuseState.SUSPENDED) {
            x.error(403, "user_suspended", "end user '" + user + "' is suspended after repeated policy violations "
                    + "and is waiting for human review");
        } else {
            x.error(429, "user_throttled", "end user '" + user + "' is throttled after repeated policy violations");
        }
        return false;
    }

    /**
     * How an answer in the upstream's protocol becomes one in the client's, when they differ ({@link ResponsesBridge},
     * {@link MessagesBridge}, {@link ChatBridge}): an error body, a whole answer, a stream.
     */
    private record Translation(UnaryOperator<byte[]> error, UnaryOperator<JsonNode> whole,
                               UnaryOperator<InputStream> stream) {
        /** The upstream's error body as it is (the Responses bridge: the chat upstream speaks OpenAI's errors too). */
        static UnaryOperator<byte[]> unchanged() {
            return b -> b;
        }
    }

    /** The upstream's answer and, when the request went out in another protocol, how to translate it back. */
    private record Sent(Http1Client.Response<InputStream> response, Translation translation) {
    }

    private void forward(Exchange x, Tenant tenant, TenantContext tc, List<Turn> turns, UpstreamConfig u, byte[] body,
                         boolean stream) throws IOException {
        long t0 = ctx.nanoTime.getAsLong();
        Sent sent;
        try {
            sent = send(x, u, body);
        } catch (UpstreamClient.UpstreamFailure e) {
            x.error(e.status, "upstream_error", e.getMessage());
            return;
        }
        if (sent == null) {
            return; // an error has been sent
        }
        ctx.metrics.upstream(u.name(), ctx.nanoTime.getAsLong() - t0);
        Http1Client.Response<InputStream> resp = sent.response();
        Translation t = sent.translation();
        String contentType = resp.header("content-type").orElse("application/json");
        if (resp.statusCode() / 100 != 2 || !stream || !contentType.startsWith("text/event-stream")) {
            byte[] answer;
            try {
                answer = ctx.upstreams.whole(u, resp).body();
            } catch (UpstreamClient.UpstreamFailure e) {
                x.error(e.status, "upstream_error", e.getMessage()); // it broke off or stalled in its answer
                return;
            }
            if (resp.statusCode() / 100 != 2) {
                x.send(resp.statusCode(), t == null ? contentType : "application/json",
                        t == null ? answer : t.error().apply(answer));
                return;
            }
            if (t != null) {
                JsonNode upstreamAnswer;
                try {
                    upstreamAnswer = Dialect.JSON.readTree(answer);
                } catch (IOException e) {
                    upstreamAnswer = null;
                }
                if (upstreamAnswer == null || !upstreamAnswer.isObject()) {
                    x.send(502, "application/json", x.dialect.error(502, "upstream '" + u.name()
                            + "' sent a body that is not JSON", "upstream_error", x.requestId, null));
                    return;
                }
                answer = Json.bytes(t.whole().apply(upstreamAnswer));
                contentType = "application/json";
            }
            whole(x, tenant, tc, turns, u, answer, contentType);
            return;
        }
        stream(x, tenant, tc, turns, u, t == null ? resp.body() : t.stream().apply(resp.body()));
    }

    /**
     * Sends the request to the upstream, in its protocol: as it came, or translated when the upstream speaks another
     * (a chat request to an Anthropic upstream, a Messages request to an OpenAI one, a Responses request to a chat-only
     * upstream); null once an error has been sent (a request the translation cannot carry, an upstream's refusal).
     */
    private Sent send(Exchange x, UpstreamConfig u, byte[] body) throws UpstreamClient.UpstreamFailure, IOException {
        String id = x.requestId;
        try {
            if (x.dialect == Dialect.COMPLETIONS) {
                return new Sent(ctx.upstreams.completions(u, body), null);
            }
            if (x.dialect == Dialect.RESPONSES && u.protocol() == Protocol.ANTHROPIC) {
                // two translations in a row: Responses to Chat Completions (ResponsesBridge), then to Messages
                ObjectNode req = (ObjectNode) Dialect.JSON.readTree(body);
                ObjectNode messages = MessagesBridge.messagesRequest(ResponsesBridge.chatRequest(req));
                Http1Client.Response<InputStream> resp = ctx.upstreams.send(u, Json.bytes(messages), Map.of());
                bridge(x, "anthropic.messages");
                return new Sent(resp, new Translation(b -> MessagesBridge.chatError(b, resp.statusCode()),
                        m -> ResponsesBridge.response(MessagesBridge.chatCompletion(m, id), req, id),
                        in -> ResponsesBridge.responsesStream(MessagesBridge.chatStream(in, true, id), req, id)));
            }
            if (x.dialect == Dialect.RESPONSES) {
                ResponsesCall call = callResponses(x, u, body);
                if (call == null) {
                    return null;
                }
                ObjectNode req = call.bridged();
                return new Sent(call.response(), req == null ? null : new Translation(Translation.unchanged(),
                        chat -> ResponsesBridge.response(chat, req, id), in -> ResponsesBridge.responsesStream(in, req, id)));
            }
            if (x.dialect == Dialect.OPENAI && u.protocol() == Protocol.ANTHROPIC) {
                ObjectNode chat = (ObjectNode) Dialect.JSON.readTree(body);
                boolean usage = chat.path("stream_options").path("include_usage").asBoolean(false);
                Http1Client.Response<InputStream> resp =
                        ctx.upstreams.send(u, Json.bytes(MessagesBridge.messagesRequest(chat)), Map.of());
                bridge(x, "anthropic.messages");
                return new Sent(resp, new Translation(b -> MessagesBridge.chatError(b, resp.statusCode()),
                        m -> MessagesBridge.chatCompletion(m, id), in -> MessagesBridge.chatStream(in, usage, id)));
            }
            if (x.dialect == Dialect.ANTHROPIC && u.protocol() == Protocol.OPENAI) {
                ObjectNode chat = ChatBridge.chatRequest((ObjectNode) Dialect.JSON.readTree(body));
                Http1Client.Response<InputStream> resp = ctx.upstreams.send(u, Json.bytes(chat), Map.of());
                bridge(x, "openai.chat.completions");
                return new Sent(resp, new Translation(b -> ChatBridge.messagesError(b, resp.statusCode()),
                        c -> ChatBridge.message(c, id), in -> ChatBridge.messagesStream(in, id)));
            }
        } catch (WireText.BadRequest e) {
            x.error(400, "invalid_request", e.getMessage());
            return null;
        }
        Map<String, String> pass = new LinkedHashMap<>();
        x.header("anthropic-version").ifPresent(v -> pass.put("anthropic-version", v));
        x.header("anthropic-beta").ifPresent(v -> pass.put("anthropic-beta", v));
        return new Sent(ctx.upstreams.send(u, body, pass), null);
    }

    /** Says in the response, and counts, that the request went to its upstream in another protocol. */
    private void bridge(Exchange x, String protocol) {
        x.res.header("x-ace-bridge", protocol);
        ctx.metrics.bridged(protocol);
    }

    /** The upstream's answer to a Responses request; {@code bridged} is the request when its chat answered it. */
    private record ResponsesCall(Http1Client.Response<InputStream> response, ObjectNode bridged) {
    }

    /**
     * Sends a Responses request to the upstream's own Responses API, or, when it has none, to its Chat Completions
     * ({@link ResponsesBridge}); null once an error has been sent (an upstream error, or a request the chat bridge
     * cannot carry).
     */
    private ResponsesCall callResponses(Exchange x, UpstreamConfig u, byte[] body)
            throws UpstreamClient.UpstreamFailure, IOException {
        if (!chatOnly.contains(u.name())) {
            Http1Client.Response<InputStream> resp = ctx.upstreams.responses(u, body);
            byte[] refusal = notServed(u, resp);
            if (refusal == null) {
                return new ResponsesCall(resp, null);
            }
            if (!lacksResponsesApi(resp.statusCode(), refusal)) {
                x.send(resp.statusCode(), resp.header("content-type").orElse("application/json"), refusal);
                return null;
            }
        }
        ObjectNode request = (ObjectNode) Dialect.JSON.readTree(body);
        ObjectNode chat;
        try {
            chat = ResponsesBridge.chatRequest(request);
        } catch (WireText.BadRequest e) {
            x.error(400, "invalid_request", e.getMessage());
            return null;
        }
        Http1Client.Response<InputStream> resp = ctx.upstreams.send(u, Json.bytes(chat), Map.of());
        if (resp.statusCode() / 100 == 2) {
            chatOnly.add(u.name());
        }
        bridge(x, "chat.completions");
        return new ResponsesCall(resp, request);
    }

    /**
     * The body of an upstream's 404, 405 or 501 answer (read, so that it can be relayed or dropped), or null for any
     * other answer (left unread).
     */
    private byte[] notServed(UpstreamConfig u, Http1Client.Response<InputStream> resp)
            throws UpstreamClient.UpstreamFailure {
        int s = resp.statusCode();
        if (s != 404 && s != 405 && s != 501) {
            return null;
        }
        return ctx.upstreams.whole(u, resp).body();
    }

    /**
     * Whether an upstream's answer to {@code POST /responses} says it has no Responses API (a path it does not serve),
     * rather than that it does not know the model (OpenAI answers 404 with {@code code: "model_not_found"}).
     */
    static boolean lacksResponsesApi(int status, byte[] body) {
        if (status != 404 && status != 405 && status != 501) {
            return false;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return !text.contains("model_not_found") && !text.contains("does not exist");
    }

    /** A whole answer: inspected before it is returned; relayed byte for byte unless blocked. */
    private void whole(Exchange x, Tenant tenant, TenantContext tc, List<Turn> turns, UpstreamConfig u, byte[] answer,
                       String contentType) {
        JsonNode json;
        try {
            json = Dialect.JSON.readTree(answer);
        } catch (IOException e) {
            x.send(502, "application/json", x.dialect.error(502, "upstream '" + u.name()
                    + "' sent a body that is not JSON", "upstream_error", x.requestId, null));
            return;
        }
        List<String> answers = switch (x.dialect) {
            case OPENAI -> WireText.openAiAnswers(json);
            case ANTHROPIC -> List.of(WireText.anthropicAnswer(json));
            case RESPONSES -> List.of(WireText.responsesAnswer(json));
            case COMPLETIONS -> WireText.completionsAnswers(json);
        };
        // each choice is a whole answer and is judged on its own; the strongest verdict decides for the response
        Verdict v = null;
        for (String answerText : answers.isEmpty() ? List.of("") : answers) {
            Verdict one = inspectAnswer(tc, turns, answerText);
            v = v == null || one.action().strongest(v.action()) != v.action() ? one : v;
        }
        ctx.metrics.verdict(Direction.OUTPUT, v);
        String text = String.join("\n\n", answers);
        if (!x.awaitDecisions(ctx.decisions.build(tenant.id(), x.requestId, Direction.OUTPUT, text, v, u.name(),
                !tenant.shadow()))) {
            return; // 503: the decisions could not be made durable
        }
        if (!(v.action().enforces() && !tenant.shadow()) || !(json instanceof ObjectNode root)) {
            if (v.flagged()) {
                x.res.header("x-ace-output-action", v.action().name().toLowerCase(java.util.Locale.ROOT));
                x.res.header("x-ace-output-principles", String.join(",", v.principleIds()));
            }
            x.send(200, contentType, answer);
            return;
        }
        ObjectNode ace = Dialect.annotation(v.action().name(), v.principleIds(), x.requestId, "answer_withheld");
        if (x.dialect == Dialect.OPENAI) {
            for (JsonNode c : root.path("choices")) {
                if (c instanceof ObjectNode choice) {
                    ObjectNode msg = choice.with("message");
                    msg.putNull("content");
                    msg.remove("tool_calls");
                    choice.put("finish_reason", "content_filter");
                }
            }
        } else if (x.dialect == Dialect.COMPLETIONS) {
            for (JsonNode c : root.path("choices")) {
                if (c instanceof ObjectNode choice) {
                    choice.put("text", "");
                    choice.put("finish_reason", "content_filter");
                }
            }
        } else if (x.dialect == Dialect.RESPONSES) {
            // the Responses API's own way to say the content filter stopped an answer
            root.put("status", "incomplete");
            root.putObject("incomplete_details").put("reason", "content_filter");
            root.putArray("output");
            root.remove("output_text");
        } else {
            root.putArray("content");
            root.put("stop_reason", "refusal");
            root.putNull("stop_sequence");
            root.set("stop_details", Dialect.refusalStopDetails(v.principleIds(), "ACE withheld the answer"));
        }
        root.set("ace", ace);
        x.json(200, Json.bytes(root));
    }

    private Verdict inspectAnswer(TenantContext tc, List<Turn> turns, String text) {
        List<Turn> all = new ArrayList<>(turns);
        all.add(Turn.assistant(text));
        return ctx.inspector.inspect(new InspectionRequest(new Conversation(all), Direction.OUTPUT, tc));
    }

    private void stream(Exchange x, Tenant tenant, TenantContext tc, List<Turn> turns, UpstreamConfig u,
                        InputStream upstream) {
        var server = ctx.config.server();
        StreamInspector.Builder sb = StreamInspector.builder(ctx.streamInspector).context(turns).tenant(tc)
                .holdBackChars(server.holdBackChars()).windowChars(server.windowChars()).nanoTime(ctx.nanoTime);
        if (ctx.slowInspector != null) {
            sb.slowTier(ctx.slowInspector, ctx.slowExecutor, server.windowChars()).slowBehind(ctx::slowTierBehind);
        }
        ChoiceInspectors si = new ChoiceInspectors(sb::build);
        if (!x.awaitDecisions()) {
            closeQuietly(upstream);
            return;
        }
        x.status = 200;
        x.streaming = true;
        x.res.status(200);
        x.res.header("Content-Type", "text/event-stream; charset=utf-8");
        x.res.header("Cache-Control", "no-cache");
        OutputStream os = x.res.outputStream();
        SseWriter writer = new SseWriter(os);
        StreamRelay relay = new StreamRelay(x.dialect, writer, si, x.requestId, server.slowTierWait(),
                !tenant.shadow(), ctx.metrics::streamEvent);
        long period = Math.min(server.keepAlive().toMillis(), Math.max(10, server.upstreamTimeout().toMillis() / 4));
        long keepAliveNanos = server.keepAlive().toNanos();
        long stallNanos = server.upstreamTimeout().toNanos();
        ScheduledFuture<?> keepAlive = ctx.keepAlive.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - relay.lastUpstreamRead() > stallNanos) {
                relay.markStalled();
                closeQuietly(upstream); // the upstream went silent: cut it, the relay reports the timeout
                return;
            }
            if (System.nanoTime() - writer.lastWriteNanos() >= keepAliveNanos) {
                try {
                    writer.comment("keep-alive");
                } catch (UncheckedIOException gone) {
                    closeQuietly(upstream); // the client went away while the upstream was silent: cancel it
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
        try {
            StreamRelay.Outcome end = relay.relay(upstream, outcome -> {
                List<Verdict> flags = si.flags();
                Verdict v = outcome.halt() != null ? outcome.halt().verdict()
                        : flags.isEmpty() ? ctx.allow(Duration.ofNanos(si.inspectNanos())) : flags.get(flags.size() - 1);
                ctx.metrics.verdict(Direction.OUTPUT, v);
                ctx.decisions.record(tenant.id(), x.requestId, Direction.OUTPUT, outcome.answer(), v, u.name(),
                        !tenant.shadow());
            });
            if (end.halt() == null && si.slowChecksPending()) {
                // a check still running after server.slow_tier_wait_ms: the answer is out, but what the check finds
                // is evidence too, recorded as a second OUTPUT decision for the request, not enforced
                si.afterEnd(late -> {
                    ctx.metrics.streamEvent("late_flag");
                    ctx.decisions.durableLater(List.of(ctx.decisions.build(tenant.id(), x.requestId, Direction.OUTPUT,
                            end.answer(), late.verdict(), u.name(), false))).whenComplete((ok, failed) -> {
                                if (failed != null) {
                                    LOG.warning("request " + x.requestId + ": the slower tier's late flag could not be "
                                            + "recorded: " + failed.getMessage());
                                }
                            });
                });
            }
        } finally {
            keepAlive.cancel(false);
            ctx.metrics.streamInspection(si.inspectNanos());
            ctx.metrics.streamEvents("slow_check_shed", si.slowChecksShed());
            closeQuietly(upstream);
            try {
                os.close();
            } catch (IOException | RuntimeException gone) {
                // the server reports a vanished client as an unchecked exception at close: nothing left to send
                x.status = 499;
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is how the upstream request is cancelled; a failure to close changes nothing
        }
    }
}
