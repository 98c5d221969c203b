package dev.ace.gateway;

import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.GatewayConfigLoader;
import dev.ace.gateway.decision.JsonlDecisionSink;
import dev.ace.gateway.tenant.ApiKeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A gateway in front of a scripted upstream, configured from YAML, for the end-to-end tests. */
final class GatewayFixture implements AutoCloseable {
    static final String KEY = "test-key-admin";
    static final String SHADOW_KEY = "test-key-shadow";
    static final String REDACT_KEY = "test-key-redact";
    static final String LIMITED_KEY = "test-key-limited";

    final ScriptedUpstream upstream;
    final Gateway gateway;
    final Path decisions;
    final JsonlDecisionSink sink;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    GatewayFixture(Path dir, int holdBack) throws Exception {
        this(dir, holdBack, TestConstitution.inspector());
    }

    GatewayFixture(Path dir, int holdBack, dev.ace.core.Inspector inspector) throws Exception {
        upstream = new ScriptedUpstream();
        String yaml = """
                server:
                  port: 0
                  max_body_bytes: 65536
                  hold_back_chars: %d
                  window_chars: 256
                  upstream_timeout_ms: 5000
                  keep_alive_seconds: 1
                upstreams:
                  - {name: low, base_url: "%s", api_key_env: LOW_KEY, protocol: openai, trust_tier: LOW_TRUST, models: [gpt-test, gpt-low]}
                  - {name: high, base_url: "%s", api_key_env: HIGH_KEY, protocol: openai, trust_tier: HIGH_TRUST, models: [gpt-test]}
                  - {name: claude, base_url: "%s", api_key_env: ANTH_KEY, protocol: anthropic, trust_tier: HIGH_TRUST, models: ["*"]}
                  - {name: broken, base_url: "%s", protocol: openai, trust_tier: HIGH_TRUST, models: [gpt-broken]}
                  - {name: down, base_url: "http://127.0.0.1:9/v1", protocol: openai, trust_tier: HIGH_TRUST, models: [gpt-down]}
                tenants:
                  - {id: acme, key_sha256: %s, admin: true}
                  - {id: shadowco, key_sha256: %s, shadow: true}
                  - {id: redactco, key_sha256: %s, sensitive_data: redact}
                  - {id: limited, key_sha256: %s, rate_limit: {requests_per_second: 0.001, burst: 2}}
                abuse: {window_seconds: 3600, throttle_after: 2, suspend_after: 3, throttle_interval_seconds: 3600}
                decision_log: {kind: jsonl, path: "%s"}
                """.formatted(holdBack, upstream.base("/low/v1"), upstream.base("/high/v1"), upstream.base("/anth"),
                upstream.base("/fail/v1"), ApiKeys.sha256(KEY), ApiKeys.sha256(SHADOW_KEY), ApiKeys.sha256(REDACT_KEY),
                ApiKeys.sha256(LIMITED_KEY), dir.resolve("decisions.jsonl").toString().replace("\\", "/"));
        GatewayConfig config = GatewayConfigLoader.parse(yaml, "fixture.yaml");
        decisions = dir.resolve("decisions.jsonl");
        sink = JsonlDecisionSink.open(decisions);
        gateway = Gateway.builder(config, inspector).decisionSink(sink)
                .env(Map.of("LOW_KEY", "sk-low", "HIGH_KEY", "sk-high", "ANTH_KEY", "sk-ant-up", "ACE_DIGEST_KEY", "k")::get)
                .build().start();
    }

    String base() {
        return "http://127.0.0.1:" + gateway.port();
    }

    /** The official OpenAI Java SDK pointed at this gateway with the admin tenant's key, without retries. */
    com.openai.client.OpenAIClient openAi() {
        return com.openai.client.okhttp.OpenAIOkHttpClient.builder().apiKey(KEY).baseUrl(base() + "/v1").maxRetries(0)
                .build();
    }

    HttpResponse<String> post(String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String decisionLog() throws Exception {
        return Files.exists(decisions) ? Files.readString(decisions) : "";
    }

    @Override
    public void close() {
        gateway.close();
        upstream.close();
    }
}
