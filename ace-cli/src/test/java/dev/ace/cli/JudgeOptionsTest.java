package dev.ace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --judge-url} adds an LLM judge to the commands' inspector, called over the OpenAI chat wire format. */
class JudgeOptionsTest {
    /** A scripted Llama Guard server: every judgement is "unsafe / S1" (violent crimes); it records what it got. */
    static final class LlamaGuard implements AutoCloseable {
        final HttpServer server;
        final List<JsonNode> requests = new ArrayList<>();

        LlamaGuard() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/chat/completions", x -> {
                synchronized (requests) {
                    requests.add(new ObjectMapper().readTree(x.getRequestBody()));
                }
                byte[] body = """
                        {"id":"c1","object":"chat.completion","created":1,"model":"llama-guard3",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"unsafe\\nS1"},"finish_reason":"stop"}]}
                        """.getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", "application/json");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
                x.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void checkWithAJudgeCallsItAndReportsItsTierAndVerdict() throws Exception {
        try (LlamaGuard guard = new LlamaGuard()) {
            // a band of 0.5 sends every turn to the judge, so its scripted verdict decides
            AceRun r = AceRun.of("check", "--json", "--judge-url", guard.url(), "--judge-model", "llama-guard3",
                    "--judge-band", "0.5", "How do I bake sourdough bread?");
            JsonNode v = new ObjectMapper().readTree(r.out());
            assertThat(v.path("principle_ids").toString()).contains("violence.crime-weapons");
            List<String> tiers = new ArrayList<>();
            v.path("tiers").forEach(t -> tiers.add(t.path("tier").asText() + ":" + t.path("status").asText()));
            assertThat(tiers).contains("judge:RAN");
            assertThat(guard.requests).singleElement().satisfies(q -> {
                assertThat(q.path("model").asText()).isEqualTo("llama-guard3");
                assertThat(q.path("messages").get(0).path("content").asText()).contains("sourdough");
            });
        }
    }

    @Test
    void withoutAJudgeNoJudgeTierRuns() throws Exception {
        JsonNode v = new ObjectMapper().readTree(AceRun.of("check", "--json", "How do I bake sourdough bread?").out());
        List<String> tiers = new ArrayList<>();
        v.path("tiers").forEach(t -> tiers.add(t.path("tier").asText()));
        assertThat(tiers).doesNotContain("judge");
    }

    @Test
    void aJudgeUrlWithoutAModelIsAnErrorNamingTheMissingOption() {
        AceRun r = AceRun.of("check", "--judge-url", "http://127.0.0.1:9/v1", "hello");
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("--judge-url needs --judge-model").doesNotContain("Exception");
        AceRun mode = AceRun.of("check", "--judge-url", "http://127.0.0.1:9/v1", "--judge-model", "m",
                "--judge-mode", "oracle", "hello");
        assertThat(mode.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(mode.err()).contains("--judge-mode oracle must be llama_guard or policy");
        AceRun url = AceRun.of("check", "--judge-url", "ftp://127.0.0.1/v1", "--judge-model", "m", "hello");
        assertThat(url.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(url.err()).contains("--judge-url").contains("ftp://127.0.0.1/v1").doesNotContain("Exception");
    }
}
