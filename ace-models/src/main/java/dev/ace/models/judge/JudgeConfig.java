package dev.ace.models.judge;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to reach and use the judge.
 *
 * @param baseUrl          the OpenAI-compatible base URL, e.g. {@code http://127.0.0.1:8000/v1}; the judge
 *                         posts to {@code {baseUrl}/chat/completions}
 * @param model            the model name sent in each request, e.g. {@code meta-llama/Llama-Guard-3-8B}
 * @param mode             {@link Mode#LLAMA_GUARD} for a Llama Guard model, {@link Mode#POLICY} for any chat
 *                         model prompted with the constitution
 * @param connectTimeout   TCP connect timeout
 * @param timeout          timeout of one request, from sending to the whole response
 * @param maxRetries       retries after the first attempt on 408, 409, 429, 5xx and connection errors
 * @param maxRetryAfter    the longest {@code Retry-After} honoured; a longer one ends the retries at once
 * @param apiKeyEnv        the environment variable holding the API key (sent as a Bearer token), or null for none
 * @param breakerFailures  consecutive failed calls after which the circuit breaker opens
 * @param breakerCooldown  how long the breaker stays open before one trial call is let through
 */
public record JudgeConfig(URI baseUrl, String model, Mode mode, Duration connectTimeout, Duration timeout,
                          int maxRetries, Duration maxRetryAfter, String apiKeyEnv, int breakerFailures,
                          Duration breakerCooldown) {
    /** What kind of model answers. */
    public enum Mode {
        /** Llama Guard 3: its own categories S1 to S14, mapped to principles. */
        LLAMA_GUARD,
        /** Any chat model, given the constitution's principles and asked for principle ids. */
        POLICY
    }

    public JudgeConfig {
        List<String> errors = new ArrayList<>();
        if (baseUrl == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            errors.add("baseUrl " + baseUrl + " must be an http or https URL");
        }
        if (model == null || model.isBlank()) {
            errors.add("model must name the model to call");
        }
        Objects.requireNonNull(mode, "mode");
        positive(connectTimeout, "connectTimeout", errors);
        positive(timeout, "timeout", errors);
        positive(breakerCooldown, "breakerCooldown", errors);
        if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
            errors.add("maxRetryAfter " + maxRetryAfter + " must be zero or more");
        }
        if (maxRetries < 0 || maxRetries > 10) {
            errors.add("maxRetries " + maxRetries + " must be from 0 to 10");
        }
        if (breakerFailures < 1) {
            errors.add("breakerFailures " + breakerFailures + " must be 1 or more");
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid judge configuration: " + String.join("; ", errors));
        }
    }

    /** Sensible defaults: 2 s connect, 10 s per request, 2 retries, Retry-After up to 10 s, breaker 5 failures / 30 s. */
    public static JudgeConfig of(URI baseUrl, String model, Mode mode) {
        return new JudgeConfig(baseUrl, model, mode, Duration.ofSeconds(2), Duration.ofSeconds(10), 2,
                Duration.ofSeconds(10), null, 5, Duration.ofSeconds(30));
    }

    public JudgeConfig withApiKeyEnv(String env) {
        return new JudgeConfig(baseUrl, model, mode, connectTimeout, timeout, maxRetries, maxRetryAfter, env,
                breakerFailures, breakerCooldown);
    }

    public JudgeConfig withTimeout(Duration requestTimeout) {
        return new JudgeConfig(baseUrl, model, mode, connectTimeout, requestTimeout, maxRetries, maxRetryAfter, apiKeyEnv,
                breakerFailures, breakerCooldown);
    }

    public JudgeConfig withRetries(int retries) {
        return new JudgeConfig(baseUrl, model, mode, connectTimeout, timeout, retries, maxRetryAfter, apiKeyEnv,
                breakerFailures, breakerCooldown);
    }

    public JudgeConfig withBreaker(int failures, Duration cooldown) {
        return new JudgeConfig(baseUrl, model, mode, connectTimeout, timeout, maxRetries, maxRetryAfter, apiKeyEnv,
                failures, cooldown);
    }

    /**
     * The longest one judgement can take without a {@code Retry-After}: every attempt running to its timeout, and
     * the back-off between them (0.5 s doubling, at most 8 s); the judge tier's budget, so that the cascade does not
     * end a call its retries would still have saved.
     */
    public Duration worstCase() {
        Duration d = timeout.multipliedBy(maxRetries + 1L);
        for (int retry = 1; retry <= maxRetries; retry++) {
            d = d.plusMillis((long) (1000 * Math.min(8.0, 0.5 * Math.pow(2, retry - 1))));
        }
        return d;
    }

    URI endpoint() {
        String s = baseUrl.toString();
        return URI.create((s.endsWith("/") ? s : s + "/") + "chat/completions");
    }

    private static void positive(Duration d, String name, List<String> errors) {
        if (d == null || d.isZero() || d.isNegative()) {
            errors.add(name + " " + d + " must be a positive duration");
        }
    }
}
