import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The scripted upstream of bench/gateway-load.sh: an OpenAI-compatible chat endpoint on 127.0.0.1 that
 * answers every chat request (a path ending in {@code /chat/completions}) at once with a fixed completion (or, with
 * "stream": true, a fixed SSE stream), any other path with 404 as chat-only model servers do, and
 * {@code GET /v1/models} (or {@code /models}) with a list of its one model, {@value #MODEL}. JDK 21+ only, run as a
 * source file: {@code java bench/BenchUpstream.java PORT} (PORT 0 picks a free one, printed on start).
 */
public final class BenchUpstream {
    static final byte[] COMPLETION = ("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1741569952,"
            + "\"model\":\"bench\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + "\"Hello! Here is a short and perfectly harmless answer about the weather today.\",\"refusal\":null},"
            + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,"
            + "\"total_tokens\":21}}").getBytes(StandardCharsets.UTF_8);
    static final byte[] STREAM = stream();
    /** The id of the one model it serves, as its completions name it. */
    static final String MODEL = "bench";
    static final String MODEL_JSON = "{\"id\":\"" + MODEL + "\",\"object\":\"model\",\"created\":1741569952,"
            + "\"owned_by\":\"ace-bench\"}";
    static final byte[] MODELS = ("{\"object\":\"list\",\"data\":[" + MODEL_JSON + "]}").getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[0])), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", BenchUpstream::handle);
        // contexts of their own, so that the chat path (everything else) does no extra work
        server.createContext("/v1/models", BenchUpstream::models);
        server.createContext("/models", BenchUpstream::models);
        server.start();
        System.out.println("bench upstream on http://127.0.0.1:" + server.getAddress().getPort());
    }

    static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().endsWith("/chat/completions")) {
                // a chat-only model server, as many are: anything else is a path it does not serve
                byte[] notFound = "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(404, notFound.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(notFound);
                }
                return;
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean stream = body.contains("\"stream\":true") || body.contains("\"stream\": true");
            byte[] out = stream ? STREAM : COMPLETION;
            ex.getResponseHeaders().set("Content-Type", stream ? "text/event-stream" : "application/json");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    /** The model list (the context's own path) or the one model ({@code .../models/bench}); 404 for another id. */
    static void models(HttpExchange ex) throws IOException {
        try (ex) {
            String rest = ex.getRequestURI().getPath().substring(ex.getHttpContext().getPath().length());
            int status = 200;
            byte[] out = MODELS;
            if (rest.equals("/" + MODEL)) {
                out = MODEL_JSON.getBytes(StandardCharsets.UTF_8);
            } else if (!rest.isEmpty() && !rest.equals("/")) {
                status = 404;
                out = ("{\"error\":{\"message\":\"The model does not exist\",\"type\":\"invalid_request_error\","
                        + "\"code\":\"model_not_found\"}}").getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    static byte[] stream() {
        StringBuilder sb = new StringBuilder();
        String head = "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1741569952,\"model\":\"bench\","
                + "\"choices\":[{\"index\":0,\"delta\":";
        sb.append("data: ").append(head).append("{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        for (String t : "Hello! Here is a short and perfectly harmless answer about the weather today.".split("(?= )")) {
            sb.append("data: ").append(head).append("{\"content\":\"").append(t)
                    .append("\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        }
        sb.append("data: ").append(head).append("{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
