package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ace.core.stream.Retraction;
import dev.ace.core.stream.StreamStep;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import dev.ace.gateway.sse.SseWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Relays an upstream SSE stream to the client frame by frame while the stream inspector reads its text.
 * Each upstream frame is queued with the offset its text ends at; a frame is written, unchanged, once
 * the inspector has released all of its text, so a benign stream arrives as the same frames in the same
 * order, only held back by the configured window. On a halt the queued frames are dropped and a closing
 * frame with {@code finish_reason: "content_filter"} (Anthropic: {@code stop_reason: "refusal"}; Responses: a
 * {@code response.incomplete} event whose {@code incomplete_details.reason} is {@code content_filter}) and an
 * {@code ace} annotation is written instead; a slower tier's late flag is written as a retraction event (Responses:
 * listed in that closing event's annotation, because the SDKs' Responses stream helpers reject event types they do
 * not know).
 */
final class StreamRelay {
    private final Dialect dialect;
    private final SseWriter out;
    private final ChoiceInspectors inspectors;
    private final String requestId;
    private final Duration slowTierWait;
    private final Consumer<String> events;
    private final Deque<Queued> queue = new ArrayDeque<>();
    /** Released frames that end the answer, held until the slower tier has judged it whole (see {@link Queued}). */
    private final List<SseEvent> held = new java.util.ArrayList<>();
    /** The choice indices seen (Chat Completions and legacy Completions); a halt ends each of them. */
    private final java.util.SortedSet<Integer> seenChoices = new java.util.TreeSet<>();
    private ObjectNode first;
    private int openBlock = -1;
    private long outputTokens;
    private final boolean enforce;
    private volatile long lastUpstreamRead = System.nanoTime();
    private volatile boolean stalled;
    private StreamStep.Halt shadowHalt;
    /** Responses: the {@code response} object of the upstream's {@code response.created}, the base of a halt's event. */
    private ObjectNode responseSnapshot;
    /** Responses: the highest {@code sequence_number} seen; the events ACE writes continue from it. */
    private long lastSequence = -1;
    /** Responses: the retractions, reported in the closing event. */
    private final com.fasterxml.jackson.databind.node.ArrayNode retracted = Dialect.JSON.createArrayNode();

    /** The Responses events that end a stream (it has no {@code [DONE]}). */
    private static final java.util.Set<String> RESPONSE_ENDS =
            java.util.Set.of("response.completed", "response.incomplete", "response.failed");

    /**
     * An upstream frame waiting to be released: {@code choices} are the answers it carries text of, and {@code ends}
     * the length of each once it is included (a frame without text has none, and is released when the frames before
     * it are); {@code hold} marks a frame that ends the answer (an OpenAI chunk with a {@code finish_reason}, its usage chunk,
     * Anthropic's {@code message_delta}). Once released, those wait in {@link #held} until the slower tier has
     * judged the whole answer, so that a stream it flags ends with one finish, {@code content_filter} or {@code
     * refusal}, and not {@code stop} or {@code end_turn} followed by it. Other frames pass them (another
     * choice's text when the client asked for several), so holding them delays nothing else.
     */
    private record Queued(SseEvent event, ChoiceInspectors.Choice[] choices, long[] ends, boolean terminal,
                          boolean hold) {
        boolean released() {
            for (int i = 0; i < choices.length; i++) {
                if (choices[i].released < ends[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The text a frame carries for one answer. */
    private record Piece(int choice, String text) {
    }

    /** How the stream ended. */
    record Outcome(StreamStep.Halt halt, String answer, boolean clientGone, boolean upstreamEnded) {
    }

    StreamRelay(Dialect dialect, SseWriter out, ChoiceInspectors inspectors, String requestId, Duration slowTierWait,
                boolean enforce, Consumer<String> events) {
        this.enforce = enforce;
        this.dialect = dialect;
        this.out = out;
        this.inspectors = inspectors;
        this.requestId = requestId;
        this.slowTierWait = slowTierWait;
        this.events = events;
    }

    /**
     * Relays until the upstream's last frame, a halt, or the client going away; {@code beforeEnd} runs
     * just before the final frame is written (the decision is made durable there).
     */
    Outcome relay(InputStream upstream, Consumer<Outcome> beforeEnd) {
        SseParser parser = new SseParser();
        byte[] buf = new byte[8192];
        try (upstream) {
            int n;
            while ((n = upstream.read(buf)) >= 0) {
                lastUpstreamRead = System.nanoTime();
                for (SseEvent e : parser.feed(buf, 0, n)) {
                    Outcome o = onEvent(e, beforeEnd);
                    if (o != null) {
                        return o;
                    }
                }
            }
            // The upstream ended without its terminal frame: release what is safe and stop.
            return end(null, beforeEnd);
        } catch (UncheckedIOException e) {
            events.accept("client_gone");
            return new Outcome(null, inspectors.answer(), true, false);
        } catch (IOException e) {
            Outcome o = new Outcome(null, inspectors.answer(), false, false);
            beforeEnd.accept(o);
            // the watchdog cut a silent upstream, or a read waited server.upstream_timeout_ms: the same to the client
            boolean silent = stalled || e instanceof SocketTimeoutException;
            writeError(silent ? "the upstream sent nothing for longer than server.upstream_timeout_ms; the stream was cut"
                    : "upstream stream failed: " + e.getMessage());
            return o;
        }
    }

    private Outcome onEvent(SseEvent e, Consumer<Outcome> beforeEnd) {
        JsonNode json = null;
        String type = e.event();
        if (dialect == Dialect.RESPONSES && !e.data().startsWith("[DONE]")) {
            json = parse(e.data());
            if (json != null) {
                type = type.isEmpty() ? json.path("type").asText("") : type;
                lastSequence = Math.max(lastSequence, json.path("sequence_number").asLong(-1));
                if (responseSnapshot == null && json.get("response") instanceof ObjectNode r) {
                    responseSnapshot = r;
                }
            }
        }
        boolean terminal = switch (dialect) {
            case OPENAI, COMPLETIONS -> e.data().startsWith("[DONE]");
            case ANTHROPIC -> e.event().equals("message_stop");
            case RESPONSES -> e.data().startsWith("[DONE]") || RESPONSE_ENDS.contains(type);
        };
        if (shadowHalt != null) {
            // shadow mode: the stream already crossed a principle, which is recorded; relay the rest untouched
            if (terminal) {
                Outcome o = new Outcome(shadowHalt, inspectors.answer(), false, true);
                beforeEnd.accept(o);
                write(e);
                return o;
            }
            write(e);
            return null;
        }
        List<Piece> pieces = List.of();
        boolean hold = false;
        if (!terminal) {
            if (json == null) {
                json = parse(e.data());
            }
            if (json instanceof ObjectNode o && first == null) {
                first = o;
            }
            pieces = json == null ? List.of() : texts(type, json);
            hold = switch (dialect) {
                case OPENAI, COMPLETIONS -> hasFinishReason(json) || isUsageChunk(json);
                case ANTHROPIC -> e.event().equals("message_delta");
                // the text-carrying ".done" events come after the deltas they repeat, so they are released after
                // them; the one event that ends the answer (response.completed) is terminal
                case RESPONSES -> false;
            };
        }
        ChoiceInspectors.Choice[] choices = new ChoiceInspectors.Choice[pieces.size()];
        long[] ends = new long[pieces.size()];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = inspectors.choice(pieces.get(i).choice());
            ends[i] = choices[i].offered + pieces.get(i).text().length();
        }
        queue.add(new Queued(e, choices, ends, terminal, hold));
        if (terminal || (dialect == Dialect.ANTHROPIC && e.event().equals("message_delta"))) {
            StreamStep.Halt h = inspectors.finish();
            if (h != null) {
                return halt(h, beforeEnd);
            }
            if (terminal) {
                return end(e, beforeEnd);
            }
            release(false);
            return null;
        }
        for (int i = 0; i < choices.length; i++) {
            if (inspectors.offer(choices[i], pieces.get(i).text()) instanceof StreamStep.Halt h) {
                return halt(h, beforeEnd);
            }
        }
        StreamStep.Halt h = inspectors.poll(java.util.Set.of(choices));
        if (h != null) {
            return halt(h, beforeEnd);
        }
        release(false);
        writeRetractions();
        return null;
    }

    /** The answers' text in a frame, by choice; only pieces with text. */
    private List<Piece> texts(String type, JsonNode json) {
        if (dialect == Dialect.OPENAI || dialect == Dialect.COMPLETIONS) {
            List<Piece> out = new java.util.ArrayList<>(1);
            for (JsonNode c : json.path("choices")) {
                int index = c.path("index").asInt(0);
                seenChoices.add(index);
                String text = choiceText(c);
                if (text.isEmpty()) {
                    continue;
                }
                int at = -1;
                for (int i = 0; i < out.size(); i++) {
                    at = out.get(i).choice() == index ? i : at;
                }
                if (at >= 0) { // one choice twice in a chunk: one piece
                    out.set(at, new Piece(index, out.get(at).text() + text));
                } else {
                    out.add(new Piece(index, text));
                }
            }
            return out;
        }
        String text = text(type, json);
        return text.isEmpty() ? List.of() : List.of(new Piece(0, text));
    }

    /** A Chat Completions or legacy Completions choice's text in a chunk. */
    private String choiceText(JsonNode c) {
        if (dialect == Dialect.COMPLETIONS) {
            return c.path("text").asText("");
        }
        JsonNode d = c.path("delta");
        String content = d.path("content").asText("");
        String refusal = d.path("refusal").asText("");
        JsonNode calls = d.path("tool_calls");
        if (refusal.isEmpty() && calls.isEmpty()) {
            return content;
        }
        StringBuilder sb = new StringBuilder(content).append(refusal);
        for (JsonNode call : calls) {
            sb.append(call.path("function").path("arguments").asText(""));
        }
        return sb.toString();
    }

    private String text(String type, JsonNode json) {
        if (dialect == Dialect.RESPONSES) {
            return switch (type) {
                case "response.output_text.delta", "response.refusal.delta", "response.function_call_arguments.delta",
                     "response.custom_tool_call_input.delta", "response.reasoning_text.delta",
                     "response.reasoning_summary_text.delta" -> json.path("delta").asText("");
                default -> "";
            };
        }
        if (type.equals("content_block_delta")) {
            JsonNode d = json.path("delta");
            return d.path("text").asText("") + d.path("partial_json").asText("") + d.path("thinking").asText("");
        }
        if (type.equals("message_delta")) {
            outputTokens = json.path("usage").path("output_tokens").asLong(outputTokens);
        }
        return "";
    }

    /** When the upstream last sent bytes (System.nanoTime). */
    long lastUpstreamRead() {
        return lastUpstreamRead;
    }

    /** The watchdog found the upstream silent too long and closed it; the relay reports it as such. */
    void markStalled() {
        stalled = true;
    }

    /** OpenAI's last chunk when the client asked for usage: no choices, a usage object. */
    private static boolean isUsageChunk(JsonNode chunk) {
        return chunk != null && chunk.path("choices").isArray() && chunk.path("choices").isEmpty()
                && chunk.path("usage").isObject();
    }

    private static boolean hasFinishReason(JsonNode chunk) {
        if (chunk == null) {
            return false;
        }
        for (JsonNode c : chunk.path("choices")) {
            if (c.hasNonNull("finish_reason")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the frames whose text is released (every frame when {@code all}), up to the terminal frame; frames that
     * end the answer go to {@link #held}.
     */
    private void release(boolean all) {
        while (!queue.isEmpty() && !queue.peekFirst().terminal && (all || queue.peekFirst().released())) {
            Queued q = queue.pollFirst();
            if (q.hold) {
                held.add(q.event);
            } else {
                write(q.event);
            }
        }
    }

    /** Writes every frame but the terminal one, then the held frames that end the answer. */
    private void releaseAll() {
        release(true);
        held.forEach(this::write);
        held.clear();
    }

    private Outcome end(SseEvent terminal, Consumer<Outcome> beforeEnd) {
        StreamStep.Halt h = inspectors.finish();
        if (h != null) {
            Outcome o = halt(h, beforeEnd);
            if (o == null) { // shadow mode, and the upstream ended without its terminal frame
                o = new Outcome(h, inspectors.answer(), false, false);
                beforeEnd.accept(o);
            }
            return o;
        }
        release(true);
        awaitSlowTier();
        StreamStep.Halt late = inspectors.finish();
        if (late != null) {
            // the slower tier flagged the answer once it was whole: retract it and end as a halted stream, so the
            // client and the decision record both say so (BLOCK, retracted_by_slower_tier), not a plain end
            Outcome o = halt(late, beforeEnd);
            if (o == null) { // shadow mode: recorded, not enforced
                o = new Outcome(late, inspectors.answer(), false, terminal != null);
                beforeEnd.accept(o);
                if (terminal != null) {
                    write(terminal);
                }
            }
            return o;
        }
        releaseAll();
        Outcome o = new Outcome(null, inspectors.answer(), false, terminal != null);
        beforeEnd.accept(o);
        if (terminal != null) {
            write(terminal);
        }
        return o;
    }

    private void awaitSlowTier() {
        long deadline = System.nanoTime() + slowTierWait.toNanos();
        while (inspectors.slowChecksPending() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Outcome halt(StreamStep.Halt h, Consumer<Outcome> beforeEnd) {
        if (!enforce) {
            shadowHalt = h;
            events.accept("shadow_halt");
            // from here on frames are relayed as they come: what was held goes first, in order
            held.forEach(this::write);
            held.clear();
            while (!queue.isEmpty()) {
                Queued q = queue.pollFirst();
                if (q.terminal) {
                    Outcome o = new Outcome(h, inspectors.answer(), false, true);
                    beforeEnd.accept(o);
                    write(q.event);
                    return o;
                }
                write(q.event);
            }
            return null;
        }
        // an answer the slower tier flags once whole still has its upstream's usage chunk (held or queued): the client that
        // asked for it (stream_options.include_usage) gets it after the halt, as OpenAI sends usage after its own
        // content filter; a stream halted mid-way was cancelled before the upstream counted anything
        List<SseEvent> usage = new java.util.ArrayList<>();
        if (dialect == Dialect.OPENAI || dialect == Dialect.COMPLETIONS) {
            held.stream().filter(e -> isUsageChunk(parse(e.data()))).forEach(usage::add);
            queue.stream().filter(q -> !q.terminal && isUsageChunk(parse(q.event.data()))).forEach(q -> usage.add(q.event));
        }
        held.clear();
        queue.clear();
        writeRetractions();
        events.accept("halted");
        Outcome o = new Outcome(h, inspectors.answer(), false, false);
        beforeEnd.accept(o);
        List<String> ids = List.copyOf(h.verdict().principleIds());
        ObjectNode ace = Dialect.annotation(h.verdict().action().name(), ids, requestId,
                h.retracted() ? "retracted_by_slower_tier" : "halted_mid_stream");
        ace.put("released_chars", h.releasedTotal());
        ChoiceInspectors.Choice halted = inspectors.haltedBy(h);
        if (inspectors.several() && halted != null) {
            ace.put("choice_index", halted.index); // the answer that crossed the line; every answer ends here
        }
        if (dialect == Dialect.OPENAI || dialect == Dialect.COMPLETIONS) {
            ObjectNode chunk = chunkHeader();
            com.fasterxml.jackson.databind.node.ArrayNode choices = chunk.putArray("choices");
            for (int index : seenChoices.isEmpty() ? java.util.Set.of(0) : seenChoices) {
                ObjectNode choice = choices.addObject();
                if (dialect == Dialect.COMPLETIONS) {
                    choice.put("text", "");
                }
                choice.put("index", index);
                if (dialect == Dialect.OPENAI) {
                    choice.putObject("delta");
                }
                choice.putNull("logprobs");
                choice.put("finish_reason", "content_filter");
            }
            chunk.set("ace", ace);
            out.data(Json.string(chunk));
            usage.forEach(this::write);
            out.data("[DONE]");
        } else if (dialect == Dialect.RESPONSES) {
            ObjectNode ev = Dialect.JSON.createObjectNode();
            ev.put("type", "response.incomplete");
            ev.put("sequence_number", ++lastSequence);
            ObjectNode r = responseSnapshot == null ? minimalResponse() : responseSnapshot.deepCopy();
            r.put("status", "incomplete");
            r.putObject("incomplete_details").put("reason", "content_filter");
            r.putArray("output");
            r.remove("output_text");
            if (!r.path("usage").isObject()) {
                r.set("usage", ResponsesBridge.unknownUsage());
            }
            ev.set("response", r);
            if (!retracted.isEmpty()) {
                ace.set("retractions", retracted);
            }
            ev.set("ace", ace);
            out.event("response.incomplete", Json.string(ev));
        } else {
            if (openBlock >= 0) {
                out.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + openBlock + "}");
            }
            ObjectNode delta = Dialect.JSON.createObjectNode();
            delta.put("type", "message_delta");
            ObjectNode d = delta.putObject("delta");
            d.put("stop_reason", "refusal");
            d.putNull("stop_sequence");
            d.set("stop_details", Dialect.refusalStopDetails(ids, "ACE halted the answer"));
            delta.putObject("usage").put("output_tokens", outputTokens);
            delta.set("ace", ace);
            out.event("message_delta", Json.string(delta));
            out.event("message_stop", "{\"type\":\"message_stop\"}");
        }
        return o;
    }

    private void writeRetractions() {
        inspectors.drainRetractions(this::writeRetraction);
    }

    private void writeRetraction(ChoiceInspectors.Choice c, Retraction r) {
        events.accept("retraction");
        ObjectNode ace = Dialect.JSON.createObjectNode();
        ace.put("type", "retraction");
        ace.put("principle_id", r.principleId());
        ace.put("start", r.start());
        ace.put("end", r.end());
        if (inspectors.several()) {
            ace.put("choice_index", c.index); // start and end count that answer's characters
        }
        ace.put("request_id", requestId);
        if (dialect == Dialect.RESPONSES) {
            retracted.add(ace); // a retraction is followed by the halt, whose closing event lists it
        } else if (dialect == Dialect.OPENAI || dialect == Dialect.COMPLETIONS) {
            ObjectNode chunk = chunkHeader();
            chunk.putArray("choices");
            chunk.set("ace", ace);
            out.data(Json.string(chunk));
        } else {
            ObjectNode ev = Dialect.JSON.createObjectNode();
            ev.put("type", "ace_retraction");
            ev.setAll(ace);
            ev.put("type", "ace_retraction");
            out.event("ace_retraction", Json.string(ev));
        }
    }

    /** The id, object, created and model of a chunk ACE writes, the upstream's own when it sent one (chat or legacy). */
    private ObjectNode chunkHeader() {
        ObjectNode chunk = Dialect.JSON.createObjectNode();
        String id = (dialect == Dialect.COMPLETIONS ? "cmpl-" : "chatcmpl-") + requestId;
        chunk.put("id", first == null ? id : first.path("id").asText(id));
        chunk.put("object", dialect == Dialect.COMPLETIONS ? "text_completion" : "chat.completion.chunk");
        chunk.put("created", first == null ? System.currentTimeMillis() / 1000 : first.path("created").asLong());
        chunk.put("model", first == null ? "" : first.path("model").asText(""));
        return chunk;
    }

    /** A Responses object for a halt when the upstream sent no {@code response.created} to build it on. */
    private ObjectNode minimalResponse() {
        ObjectNode r = Dialect.JSON.createObjectNode();
        r.put("id", "resp_" + requestId);
        r.put("object", "response");
        r.put("created_at", System.currentTimeMillis() / 1000);
        r.put("model", "");
        r.putNull("error");
        r.putNull("instructions");
        r.putNull("metadata");
        r.put("parallel_tool_calls", true);
        r.putNull("temperature");
        r.put("tool_choice", "auto");
        r.putArray("tools");
        r.putNull("top_p");
        return r;
    }

    private void write(SseEvent e) {
        if (dialect == Dialect.OPENAI || dialect == Dialect.COMPLETIONS
                || (dialect == Dialect.RESPONSES && e.event().isEmpty())) {
            out.data(e.data());
            return;
        }
        if (dialect == Dialect.RESPONSES) {
            out.event(e.event(), e.data());
            return;
        }
        if (e.event().equals("content_block_start")) {
            JsonNode j = parse(e.data());
            openBlock = j == null ? openBlock : j.path("index").asInt(0);
        } else if (e.event().equals("content_block_stop")) {
            openBlock = -1;
        }
        out.event(e.event(), e.data());
    }

    private void writeError(String message) {
        try {
            if (dialect == Dialect.RESPONSES) {
                ObjectNode ev = Dialect.JSON.createObjectNode();
                ev.put("type", "error");
                ev.put("code", "upstream_error");
                ev.put("message", message);
                ev.putNull("param");
                ev.put("sequence_number", ++lastSequence);
                out.event("error", Json.string(ev));
            } else if (dialect == Dialect.OPENAI || dialect == Dialect.COMPLETIONS) {
                out.data("{\"error\":{\"message\":" + Json.string(Dialect.JSON.getNodeFactory().textNode(message))
                        + ",\"type\":\"server_error\",\"param\":null,\"code\":\"upstream_error\"}}");
            } else {
                out.event("error", "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":"
                        + Json.string(Dialect.JSON.getNodeFactory().textNode(message)) + "}}");
            }
        } catch (UncheckedIOException gone) {
            events.accept("client_gone");
        }
    }

    private static JsonNode parse(String data) {
        try {
            return Dialect.JSON.readTree(data);
        } catch (IOException e) {
            return null;
        }
    }
}
