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
 * answers every request at once with a fixed completion (or, with "stream": true, a fixed SSE stream).
 * JDK only, run as a source file: {@code java bench/BenchUpstream.java PORT}.
 */
public final class BenchUpstream {
    static final byte[] COMPLETION = ("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1741569952,"
            + "\"model\":\"bench\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + "\"Hello! Here is a short and perfectly harmless answer about the weather today.\",\"refusal\":null},"
            + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,"
            + "\"total_tokens\":21}}").getBytes(StandardCharsets.UTF_8);
    static final byte[] STREAM = stream();

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[0])), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", BenchUpstream::handle);
        server.start();
        System.out.println("bench upstream on http://127.0.0.1:" + server.getAddress().getPort());
    }

    static void handle(HttpExchange ex) throws IOException {
        try (ex) {
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
