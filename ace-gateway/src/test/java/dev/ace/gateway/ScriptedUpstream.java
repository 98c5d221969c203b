package dev.ace.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A local model server that speaks the real OpenAI (Chat Completions, Responses, embeddings) and Anthropic wire
 * formats, scripted by the prompt:
 * it answers benignly, or with an unsafe answer when the prompt contains {@code TELL_UNSAFE}, or streams
 * without end when it contains {@code ENDLESS} (until the reader goes away, which it records). Streams are
 * written in pieces of 1 to 9 bytes with a flush after each, so frames arrive split at odd byte boundaries,
 * inside multi-byte UTF-8 characters and between CR and LF.
 */
public final class ScriptedUpstream implements AutoCloseable {
    public static final String BENIGN = "Hello there! Café ☕ is open today, how can I help?";
    public static final String UNSAFE = "Sure. First you culture the anthrax at home in a warm broth, then you "
            + "weaponize it and aerosolize it for mass casualties.";
    static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON object from its text, for tests that compare translations. */
    static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Received(String path, String authorization, String apiKey, String body) {
    }

    private final HttpServer server;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final CountDownLatch endlessCancelled = new CountDownLatch(1);
    public final CountDownLatch endlessStarted = new CountDownLatch(1);
    private final Random random = new Random(7);

    public ScriptedUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** A standalone scripted upstream for the load benchmark: {@code java ... ScriptedUpstream PORT}. */
    public static void main(String[] args) throws Exception {
        ScriptedUpstream u = new ScriptedUpstream(Integer.parseInt(args[0]));
        System.out.println("scripted upstream on http://127.0.0.1:" + u.port());
        Thread.currentThread().join();
    }

    private ScriptedUpstream(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String base(String prefix) {
        return "http://127.0.0.1:" + port() + prefix;
    }

    /** The tokens the benign or unsafe answer is streamed in. */
    public static List<String> tokens(String answer) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= answer.length(); i++) {
            if (i == answer.length() || answer.charAt(i) == ' ') {
                out.add(answer.substring(start, i));
                start = i;
            }
        }
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ex.getRequestURI().getPath();
            received.add(new Received(path, ex.getRequestHeaders().getFirst("Authorization"),
                    ex.getRequestHeaders().getFirst("x-api-key"), body));
            if (ex.getRequestMethod().equals("GET") && path.startsWith("/fail/") && path.endsWith("/models")) {
                write(ex, 500, "application/json", "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
                return;
            }
            if (ex.getRequestMethod().equals("GET") && path.endsWith("/v1/models")) {
                write(ex, 200, "application/json", path.startsWith("/anth/")
                        ? "{\"data\":[{\"type\":\"model\",\"id\":\"claude-scripted\",\"display_name\":\"Scripted\","
                        + "\"created_at\":\"2025-02-19T00:00:00Z\"}],\"has_more\":false,\"first_id\":\"claude-scripted\","
                        + "\"last_id\":\"claude-scripted\"}"
                        : "{\"object\":\"list\",\"data\":[{\"id\":\"scripted-1\",\"object\":\"model\",\"created\":1,"
                        + "\"owned_by\":\"scripted\"}]}");
                return;
            }
            if (ex.getRequestMethod().equals("POST") && path.endsWith("/v1/embeddings")) {
                write(ex, 200, "application/json", "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
                        + "\"embedding\":[0.25,-0.5,0.125]}],\"model\":\"text-embedding-test\","
                        + "\"usage\":{\"prompt_tokens\":5,\"total_tokens\":5}}");
                return;
            }
            if (path.contains("/chatonly/") && path.endsWith("/v1/responses")) {
                // a model server with Chat Completions only (FastAPI's answer to a path it does not serve)
                write(ex, 404, "application/json", "{\"detail\":\"Not Found\"}");
                return;
            }
            if (ex.getRequestMethod().equals("POST") && path.endsWith("/v1/messages/count_tokens")) {
                write(ex, 200, "application/json", "{\"input_tokens\":14}");
                return;
            }
            if (path.endsWith("/fail/v1/chat/completions")) {
                write(ex, 500, "application/json", "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
                return;
            }
            JsonNode req = JSON.readTree(body);
            boolean anthropic = path.endsWith("/v1/messages");
            boolean stream = req.path("stream").asBoolean(false);
            if (anthropic && req.path("model").asText().contains("nonesuch")) {
                // Anthropic's answer for a model it does not have
                write(ex, 404, "application/json", "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\","
                        + "\"message\":\"model: " + req.path("model").asText() + "\"}}");
                return;
            }
            String answer = body.contains("TELL_UNSAFE") ? UNSAFE : BENIGN;
            if (path.endsWith("/v1/completions")) {
                if (!stream) {
                    write(ex, 200, "application/json", legacyCompletion(answer));
                } else {
                    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                    ex.sendResponseHeaders(200, 0);
                    StringBuilder sb = new StringBuilder();
                    for (String f : legacyFrames(answer)) {
                        sb.append("data: ").append(f).append("\n\n");
                    }
                    writeInPieces(ex.getResponseBody(), sb.toString().getBytes(StandardCharsets.UTF_8));
                }
            } else if (path.endsWith("/v1/responses")) {
                if (!stream) {
                    write(ex, 200, "application/json", response(answer, "completed").toString());
                } else {
                    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                    ex.sendResponseHeaders(200, 0);
                    StringBuilder sb = new StringBuilder();
                    for (String[] e : responsesEvents(answer)) {
                        sb.append("event: ").append(e[0]).append("\ndata: ").append(e[1]).append("\n\n");
                    }
                    writeInPieces(ex.getResponseBody(), sb.toString().getBytes(StandardCharsets.UTF_8));
                }
            } else if (body.contains("ENDLESS")) {
                endless(ex);
            } else if (body.contains("STALL")) {
                stall(ex);
            } else if (stream && !anthropic && req.path("n").asInt(1) == 2) {
                ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                ex.sendResponseHeaders(200, 0);
                writeInPieces(ex.getResponseBody(), twoChoiceStream(TWO_CHOICES_FIRST,
                        body.contains("TELL_UNSAFE") ? UNSAFE : TWO_CHOICES_SECOND).getBytes(StandardCharsets.UTF_8));
            } else if (!stream && !anthropic && req.path("n").asInt(1) == 2) {
                // two answers: each harmless alone ("culture" in one and "anthrax" in the other), the second harmful
                // when asked
                write(ex, 200, "application/json", openAiCompletion(List.of(TWO_CHOICES_FIRST,
                        body.contains("TELL_UNSAFE") ? UNSAFE : TWO_CHOICES_SECOND)));
            } else if (!stream) {
                write(ex, 200, "application/json", anthropic ? anthropicMessage(answer) : openAiCompletion(answer));
            } else {
                ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                ex.sendResponseHeaders(200, 0);
                String sse = anthropic ? anthropicStream(answer) : openAiStream(answer);
                if (!anthropic && req.path("stream_options").path("include_usage").asBoolean(false)) {
                    // OpenAI's last chunk before [DONE] when asked: no choices, the usage
                    sse = sse.replace("data: [DONE]", "data: " + USAGE_CHUNK + "\n\ndata: [DONE]");
                }
                writeInPieces(ex.getResponseBody(), sse.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void endless(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        endlessStarted.countDown();
        try {
            for (int i = 0; i < 100_000; i++) {
                out.write(("data: " + chunk("{\"content\":\"tok" + i + " \"}", null) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(2);
            }
        } catch (IOException e) {
            endlessCancelled.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One frame, then silence (a hung model server). */
    private void stall(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(("data: " + chunk("{\"role\":\"assistant\",\"content\":\"\"}", null) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void writeInPieces(OutputStream out, byte[] bytes) throws IOException {
        int i = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(9));
            out.write(bytes, i, n);
            out.flush();
            i += n;
        }
    }

    private static void write(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    static final String TWO_CHOICES_FIRST = "You could culture a sourdough starter at home.";
    static final String TWO_CHOICES_SECOND = "Anthrax is a disease of cattle and sheep.";

    static String openAiCompletion(String answer) {
        return openAiCompletion(List.of(answer));
    }

    /** A chat completion with one choice per answer ({@code n} of them). */
    static String openAiCompletion(List<String> answers) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-scripted");
        root.put("object", "chat.completion");
        root.put("created", 1741569952);
        root.put("model", "gpt-test");
        com.fasterxml.jackson.databind.node.ArrayNode choices = root.putArray("choices");
        for (int i = 0; i < answers.size(); i++) {
            ObjectNode choice = choices.addObject();
            choice.put("index", i);
            ObjectNode msg = choice.putObject("message");
            msg.put("role", "assistant");
            msg.put("content", answers.get(i));
            msg.putNull("refusal");
            msg.putArray("annotations");
            choice.putNull("logprobs");
            choice.put("finish_reason", "stop");
        }
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 9).put("completion_tokens", 12).put("total_tokens", 21);
        root.put("service_tier", "default");
        root.put("x_unknown_field", "kept");
        return root.toString();
    }

    static final String USAGE_CHUNK = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
            + "\"model\":\"gpt-test\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21}}";

    static String chunk(String delta, String finish) {
        return "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-test\","
                + "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"delta\":" + delta
                + ",\"logprobs\":null,\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    /** The data values of the OpenAI stream for an answer, in order (what a faithful relay must repeat). */
    public static List<String> openAiFrames(String answer) {
        List<String> frames = new ArrayList<>();
        frames.add(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        for (String t : tokens(answer)) {
            frames.add(chunk("{\"content\":" + JSON.getNodeFactory().textNode(t) + "}", null));
        }
        frames.add(chunk("{}", "stop"));
        frames.add("[DONE]");
        return frames;
    }

    /** Two answers streamed as a server streams {@code n: 2}: their tokens interleaved, each chunk one choice's. */
    static String twoChoiceStream(String first, String second) {
        List<String> a = tokens(first);
        List<String> b = tokens(second);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= Math.max(a.size(), b.size()); i++) {
            for (int c = 0; c < 2; c++) {
                List<String> t = c == 0 ? a : b;
                String delta = i == 0 ? "{\"role\":\"assistant\",\"content\":\"\"}"
                        : i <= t.size() ? "{\"content\":" + JSON.getNodeFactory().textNode(t.get(i - 1)) + "}" : null;
                if (delta != null) {
                    sb.append("data: ").append(chunk(delta, null).replace("\"index\":0", "\"index\":" + c)).append("\n\n");
                }
            }
        }
        for (int c = 0; c < 2; c++) {
            sb.append("data: ").append(chunk("{}", "stop").replace("\"index\":0", "\"index\":" + c)).append("\n\n");
        }
        return sb.append("data: [DONE]\n\n").toString();
    }

    static String openAiStream(String answer) {
        StringBuilder sb = new StringBuilder(": scripted upstream\n\n");
        for (String f : openAiFrames(answer)) {
            sb.append("data: ").append(f).append("\n\n");
        }
        return sb.toString();
    }

    /** A legacy Completions answer (OpenAI's {@code text_completion}). */
    static String legacyCompletion(String answer) {
        return "{\"id\":\"cmpl-scripted\",\"object\":\"text_completion\",\"created\":1589478378,\"model\":\"gpt-test\","
                + "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"text\":" + JSON.getNodeFactory().textNode(answer)
                + ",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}}";
    }

    /** The data values of a streamed legacy completion, in order: one chunk a token, the finish, {@code [DONE]}. */
    public static List<String> legacyFrames(String answer) {
        List<String> frames = new ArrayList<>();
        List<String> tokens = tokens(answer);
        for (String t : tokens) {
            frames.add(legacyChunk(t, null));
        }
        frames.add(legacyChunk("", "stop"));
        frames.add("[DONE]");
        return frames;
    }

    private static String legacyChunk(String text, String finish) {
        return "{\"id\":\"cmpl-scripted\",\"object\":\"text_completion\",\"created\":1589478378,\"choices\":[{\"text\":"
                + JSON.getNodeFactory().textNode(text) + ",\"index\":0,\"logprobs\":null,\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}],\"model\":\"gpt-test\","
                + "\"system_fingerprint\":\"fp_44709d6fcb\"}";
    }

    /** An OpenAI Responses object with one assistant message (or none while {@code in_progress}), as the API writes it. */
    static ObjectNode response(String answer, String status) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "resp_scripted");
        root.put("object", "response");
        root.put("created_at", 1741476542);
        root.put("status", status);
        root.putNull("error");
        root.putNull("incomplete_details");
        root.putNull("instructions");
        root.putNull("max_output_tokens");
        root.put("model", "gpt-test");
        ArrayNode output = root.putArray("output");
        if (status.equals("completed")) {
            output.add(message(answer, "completed"));
        }
        root.put("parallel_tool_calls", true);
        root.putNull("previous_response_id");
        root.putObject("reasoning").putNull("effort").putNull("summary");
        root.put("store", true);
        root.put("temperature", 1.0);
        root.putObject("text").putObject("format").put("type", "text");
        root.put("tool_choice", "auto");
        root.putArray("tools");
        root.put("top_p", 1.0);
        root.put("truncation", "disabled");
        if (status.equals("completed")) {
            ObjectNode usage = root.putObject("usage");
            usage.put("input_tokens", 36).putObject("input_tokens_details").put("cached_tokens", 0);
            usage.put("output_tokens", 12).putObject("output_tokens_details").put("reasoning_tokens", 0);
            usage.put("total_tokens", 48);
        } else {
            root.putNull("usage");
        }
        root.putNull("user");
        root.putObject("metadata");
        root.put("x_unknown_field", "kept");
        return root;
    }

    private static ObjectNode message(String text, String status) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", "msg_scripted");
        m.put("type", "message");
        m.put("status", status);
        m.put("role", "assistant");
        ArrayNode content = m.putArray("content");
        if (text != null) {
            content.add(outputText(text));
        }
        return m;
    }

    private static ObjectNode outputText(String text) {
        ObjectNode part = JSON.createObjectNode();
        part.put("type", "output_text");
        part.put("text", text);
        part.putArray("annotations");
        return part;
    }

    /**
     * The Responses stream for an answer, as {event name, data} pairs in order: created, in_progress, the message item
     * and its text part added, one delta per token, the text, part and item done, completed (no {@code [DONE]}).
     */
    public static List<String[]> responsesEvents(String answer) {
        List<ObjectNode> events = new ArrayList<>();
        events.add(event("response.created").set("response", response(answer, "in_progress")));
        events.add(event("response.in_progress").set("response", response(answer, "in_progress")));
        events.add(event("response.output_item.added").put("output_index", 0).set("item", message(null, "in_progress")));
        events.add(part(event("response.content_part.added")).set("part", outputText("")));
        for (String t : tokens(answer)) {
            events.add(part(event("response.output_text.delta")).put("delta", t).set("logprobs", JSON.createArrayNode()));
        }
        events.add(part(event("response.output_text.done")).put("text", answer).set("logprobs", JSON.createArrayNode()));
        events.add(part(event("response.content_part.done")).set("part", outputText(answer)));
        events.add(event("response.output_item.done").put("output_index", 0).set("item", message(answer, "completed")));
        events.add(event("response.completed").set("response", response(answer, "completed")));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ObjectNode e = events.get(i);
            e.put("sequence_number", i);
            out.add(new String[] {e.get("type").asText(), e.toString()});
        }
        return out;
    }

    private static ObjectNode event(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static ObjectNode part(ObjectNode event) {
        return event.put("item_id", "msg_scripted").put("output_index", 0).put("content_index", 0);
    }

    static String anthropicMessage(String answer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_scripted");
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", "claude-test");
        root.putArray("content").addObject().put("type", "text").put("text", answer);
        root.put("stop_reason", "end_turn");
        root.putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", 11).put("output_tokens", 6);
        return root.toString();
    }

    /** Anthropic's event sequence, with CRLF line endings (legal SSE, and a test of CR/LF split across reads). */
    static String anthropicStream(String answer) {
        StringBuilder sb = new StringBuilder();
        event(sb, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"content\":[],\"model\":\"claude-test\",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":11,\"output_tokens\":1}}}");
        event(sb, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
        event(sb, "ping", "{\"type\": \"ping\"}");
        for (String t : tokens(answer)) {
            event(sb, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
                    + JSON.getNodeFactory().textNode(t) + "}}");
        }
        event(sb, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        event(sb, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":15}}");
        event(sb, "message_stop", "{\"type\":\"message_stop\"}");
        return sb.toString();
    }

    private static void event(StringBuilder sb, String name, String data) {
        sb.append("event: ").append(name).append("\r\ndata: ").append(data).append("\r\n\r\n");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
