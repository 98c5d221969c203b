package dev.ace.models.judge;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local OpenAI-compatible chat endpoint on 127.0.0.1 that answers from a script: each request takes the
 * next scripted reply (status, headers, body), or hangs until closed. Records every request body.
 */
final class ScriptedChatServer implements AutoCloseable {
    record Reply(int status, Map<String, String> headers, String body, boolean hang) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    ScriptedChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            Reply r = script.poll();
            if (r == null) {
                r = error(500, "server_error", "script exhausted");
            }
            if (r.hang()) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("x-request-id", "req_" + bodies.size());
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(r.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    ScriptedChatServer then(Reply r) {
        script.add(r);
        return this;
    }

    ScriptedChatServer thenContent(String content) {
        return then(new Reply(200, Map.of(), completion(content), false));
    }

    /** A chat.completion as in wire-formats 1.3, with the given assistant content. */
    static String completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,\
                "model":"meta-llama/Llama-Guard-3-8B","choices":[{"index":0,"message":{"role":"assistant",\
                "content":"%s","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],\
                "usage":{"prompt_tokens":219,"completion_tokens":5,"total_tokens":224},"service_tier":"default"}"""
                .formatted(escaped);
    }

    /** An error body as in wire-formats 1.5. */
    static Reply error(int status, String type, String message) {
        return new Reply(status, Map.of(), "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type
                + "\",\"param\":null,\"code\":null}}", false);
    }

    static Reply hang() {
        return new Reply(0, Map.of(), "", true);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
