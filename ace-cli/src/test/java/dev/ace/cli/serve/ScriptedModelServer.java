package dev.ace.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A model server on 127.0.0.1 speaking the OpenAI Chat Completions (whole and streamed) and Anthropic Messages wire
 * formats, answering every request with {@link #ANSWER}. A minimal copy of ace-gateway's test {@code ScriptedUpstream},
 * whose test classes ace-cli cannot see.
 */
final class ScriptedModelServer implements AutoCloseable {
    static final String ANSWER = "Use kill with the process id, or pkill with its name.";

    private final HttpServer server;

    ScriptedModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL as the OpenAI SDK takes it. */
    String openAiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The base URL as the Anthropic SDK takes it. */
    String anthropicBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean stream = body.replace(" ", "").contains("\"stream\":true");
            String path = ex.getRequestURI().getPath();
            if (path.endsWith("/v1/messages")) {
                send(ex, "application/json", anthropicMessage());
            } else if (path.endsWith("/chat/completions")) {
                send(ex, stream ? "text/event-stream" : "application/json", stream ? openAiStream() : openAiCompletion());
            } else {
                ex.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static String openAiCompletion() {
        return "{\"id\":\"chatcmpl-e2e\",\"object\":\"chat.completion\",\"created\":1741569952,\"model\":\"gpt-test\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\",\"refusal\":null,"
                + "\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21}}";
    }

    private static String chunk(String delta, String finish) {
        return "data: {\"id\":\"chatcmpl-e2e\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-test\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
    }

    private static String openAiStream() {
        StringBuilder sb = new StringBuilder(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        for (String word : ANSWER.split("(?<= )")) {
            sb.append(chunk("{\"content\":\"" + word + "\"}", null));
        }
        return sb.append(chunk("{}", "stop")).append("data: [DONE]\n\n").toString();
    }

    private static String anthropicMessage() {
        return "{\"id\":\"msg_e2e\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + ANSWER + "\"}],\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":11,\"output_tokens\":12}}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
