package dev.ace.models.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * A minimal OpenAI chat-completions client for the judge: one non-streaming request, the reply's
 * {@code choices[0].message.content}, retries as the official SDKs do them (408, 409, 429, 5xx and
 * connection errors; {@code x-should-retry} overrides; {@code retry-after-ms}, then {@code Retry-After} in
 * seconds or as an HTTP date; otherwise 0.5 s doubling to 8 s with jitter).
 */
final class ChatClient {
    /** Sleeps between retries; tests pass one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    record Message(String role, String content) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JudgeConfig config;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final Function<String, String> env;
    private final Random jitter;

    ChatClient(JudgeConfig config, HttpClient http, Sleeper sleeper, Function<String, String> env, Random jitter) {
        this.config = config;
        this.http = http;
        this.sleeper = sleeper;
        this.env = env;
        this.jitter = jitter;
    }

    static HttpClient httpClient(JudgeConfig config) {
        return HttpClient.newBuilder().connectTimeout(config.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The request body: only string user/assistant turns, temperature 0, at most 20 tokens, no streaming. */
    static String body(String model, List<Message> messages) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode arr = root.putArray("messages");
        for (Message m : messages) {
            arr.addObject().put("role", m.role()).put("content", m.content());
        }
        root.put("temperature", 0);
        root.put("max_tokens", 20);
        root.put("stream", false);
        return root.toString();
    }

    /** Sends the messages and returns the assistant's reply text. */
    String complete(List<Message> messages) throws JudgeException, InterruptedException {
        HttpRequest request = request(body(config.model(), messages));
        String last = "";
        for (int attempt = 0; ; attempt++) {
            Optional<Duration> wait;
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() / 100 == 2) {
                    return content(r.body());
                }
                last = "answered HTTP " + r.statusCode() + errorMessage(r.body());
                if (!retryable(r) || attempt >= config.maxRetries()) {
                    throw new JudgeException("judge " + config.endpoint() + " " + last
                            + (attempt > 0 ? " after " + (attempt + 1) + " attempts" : ""), false);
                }
                wait = retryAfter(r);
                if (wait.isPresent() && wait.get().compareTo(config.maxRetryAfter()) > 0) {
                    throw new JudgeException("judge " + config.endpoint() + " " + last + " and asked to wait "
                            + wait.get().toMillis() + " ms, longer than maxRetryAfter " + config.maxRetryAfter().toMillis() + " ms", false);
                }
            } catch (HttpTimeoutException e) {
                last = "did not answer within " + config.timeout().toMillis() + " ms";
                if (attempt >= config.maxRetries()) {
                    throw new JudgeException("judge " + config.endpoint() + " " + last + " (" + (attempt + 1) + " attempts)", e);
                }
                wait = Optional.empty();
            } catch (IOException e) {
                last = "could not be reached: " + e;
                if (attempt >= config.maxRetries()) {
                    throw new JudgeException("judge " + config.endpoint() + " " + last + " (" + (attempt + 1) + " attempts)", e);
                }
                wait = Optional.empty();
            }
            sleeper.sleep(wait.isPresent() ? wait.get() : backoff(attempt + 1));
        }
    }

    private HttpRequest request(String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(config.endpoint())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (config.apiKeyEnv() != null) {
            String key = env.apply(config.apiKeyEnv());
            if (key != null && !key.isBlank()) {
                b.header("Authorization", "Bearer " + key);
            }
        }
        return b.build();
    }

    static String content(String body) throws JudgeException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new JudgeException("judge answered 200 with a body that is not JSON: " + excerpt(body), false);
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw new JudgeException("judge answered 200 but the body is not a chat.completion with "
                    + "choices[0].message.content as a string: " + excerpt(body), false);
        }
        return content.asText();
    }

    private static String errorMessage(String body) {
        try {
            JsonNode e = JSON.readTree(body).path("error");
            if (e.path("message").isTextual()) {
                String type = e.path("type").isTextual() ? " (" + e.path("type").asText() + ")" : "";
                return ": " + e.path("message").asText() + type;
            }
        } catch (IOException | RuntimeException ignored) {
            // Not the OpenAI error shape: fall through to the raw excerpt.
        }
        return body.isBlank() ? "" : ": " + excerpt(body);
    }

    private static boolean retryable(HttpResponse<String> r) {
        Optional<String> should = r.headers().firstValue("x-should-retry");
        if (should.isPresent()) {
            return should.get().equalsIgnoreCase("true");
        }
        int s = r.statusCode();
        return s == 408 || s == 409 || s == 429 || s >= 500;
    }

    static Optional<Duration> retryAfter(HttpResponse<?> r) {
        Optional<String> ms = r.headers().firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(Duration.ofNanos((long) (Double.parseDouble(ms.get().trim()) * 1e6)));
            } catch (NumberFormatException ignored) {
                // Unusable header: try Retry-After.
            }
        }
        Optional<String> ra = r.headers().firstValue("retry-after");
        if (ra.isEmpty()) {
            return Optional.empty();
        }
        String v = ra.get().trim();
        try {
            return Optional.of(Duration.ofNanos((long) (Double.parseDouble(v) * 1e9)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    private Duration backoff(int retry) {
        double seconds = Math.min(8.0, 0.5 * Math.pow(2, retry - 1)) * (1 - 0.25 * jitter.nextDouble());
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    private static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }
}
