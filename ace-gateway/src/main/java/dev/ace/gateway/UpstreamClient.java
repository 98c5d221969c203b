package dev.ace.gateway;

import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Calls upstream model servers with the JDK's HTTP client (HTTP/1.1, pooled connections), streaming the
 * response body as an {@link InputStream}. Closing that stream before its end cancels the upstream
 * request (the connection is closed), which is how a client that goes away mid-stream is propagated.
 */
final class UpstreamClient {
    private final HttpClient http;
    /** The longest an upstream's model list is waited for. */
    static final Duration LIST_TIMEOUT = Duration.ofSeconds(5);

    private final Duration timeout;
    private final Function<String, String> env;
    /** Each upstream's chat, Responses and Completions URIs, built once (URI parsing showed in the profile under load). */
    private final Map<UpstreamConfig, URI> chatUris = new ConcurrentHashMap<>();
    private final Map<UpstreamConfig, URI> responsesUris = new ConcurrentHashMap<>();
    private final Map<UpstreamConfig, URI> completionsUris = new ConcurrentHashMap<>();

    /** The upstream could not be reached or did not answer in time. */
    static final class UpstreamFailure extends Exception {
        final int status;

        UpstreamFailure(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }
    }

    UpstreamClient(Duration connectTimeout, Duration timeout, Function<String, String> env) {
        // The client's own tasks (parsing response headers, handing body buffers to the InputStream the caller
        // reads) run on its selector thread instead of a pool: no user code runs there (the body handler only
        // queues buffers; the caller's virtual thread reads them), and it saves two thread hand-offs per
        // request, which under load on few cores cost more than the work itself (docs/gateway.md, numbers).
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).executor(Runnable::run).build();
        this.timeout = timeout;
        this.env = env;
    }

    /** Posts {@code body} to the upstream's chat endpoint (its protocol's), with its key and the passed-through headers. */
    HttpResponse<InputStream> send(UpstreamConfig u, byte[] body, Map<String, String> passHeaders) throws UpstreamFailure {
        return send(u, chatUris.computeIfAbsent(u, UpstreamConfig::chatUri), body, passHeaders);
    }

    /** Posts {@code body} to the upstream's Responses endpoint (OpenAI protocol), with its key. */
    HttpResponse<InputStream> responses(UpstreamConfig u, byte[] body) throws UpstreamFailure {
        return send(u, responsesUris.computeIfAbsent(u, UpstreamConfig::responsesUri), body, Map.of());
    }

    /** Posts {@code body} to the upstream's legacy Completions endpoint (OpenAI protocol), with its key. */
    HttpResponse<InputStream> completions(UpstreamConfig u, byte[] body) throws UpstreamFailure {
        return send(u, completionsUris.computeIfAbsent(u, UpstreamConfig::completionsUri), body, Map.of());
    }

    private HttpResponse<InputStream> send(UpstreamConfig u, URI uri, byte[] body, Map<String, String> passHeaders)
            throws UpstreamFailure {
        return call(u, post(u, uri, body, passHeaders), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** A JSON POST of {@code body} to {@code uri} with the upstream's key and the passed-through headers. */
    private HttpRequest post(UpstreamConfig u, URI uri, byte[] body, Map<String, String> passHeaders) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        authorise(u, b, passHeaders);
        return b.build();
    }

    /** Posts {@code body} to the upstream's embeddings endpoint (OpenAI protocol), with its key. */
    HttpResponse<byte[]> embeddings(UpstreamConfig u, byte[] body) throws UpstreamFailure {
        return postWhole(u, u.embeddingsUri(), body, Map.of());
    }

    /** Posts {@code body} to the upstream's token-counting endpoint (Anthropic protocol), with its key. */
    HttpResponse<byte[]> countTokens(UpstreamConfig u, byte[] body, Map<String, String> passHeaders) throws UpstreamFailure {
        return postWhole(u, u.countTokensUri(), body, passHeaders);
    }

    private HttpResponse<byte[]> postWhole(UpstreamConfig u, URI uri, byte[] body, Map<String, String> passHeaders)
            throws UpstreamFailure {
        return call(u, post(u, uri, body, passHeaders), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The model ids the upstream lists ({@code GET /v1/models}, OpenAI's and Anthropic's shape alike:
     * {@code data[].id}), for upstreams configured to serve any model. It waits at most {@link #LIST_TIMEOUT}
     * (or the upstream timeout if shorter): a model list is metadata, not worth a chat request's patience.
     */
    List<String> models(UpstreamConfig u) throws UpstreamFailure {
        Duration wait = timeout.compareTo(LIST_TIMEOUT) < 0 ? timeout : LIST_TIMEOUT;
        HttpRequest.Builder b = HttpRequest.newBuilder(u.modelsUri()).timeout(wait).GET();
        authorise(u, b, Map.of());
        HttpResponse<byte[]> r = call(u, b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new UpstreamFailure(502, "upstream '" + u.name() + "' answered " + r.statusCode()
                    + " to GET " + u.modelsUri(), null);
        }
        List<String> ids = new ArrayList<>();
        try {
            Dialect.JSON.readTree(r.body()).path("data").forEach(m -> {
                if (m.path("id").isTextual()) {
                    ids.add(m.path("id").asText());
                }
            });
        } catch (IOException e) {
            throw new UpstreamFailure(502, "upstream '" + u.name() + "' listed its models in malformed JSON", e);
        }
        return ids;
    }

    private void authorise(UpstreamConfig u, HttpRequest.Builder b, Map<String, String> passHeaders) {
        String key = u.apiKeyEnv() == null ? null : env.apply(u.apiKeyEnv());
        if (key != null && key.isBlank()) {
            // An exported but empty variable means no key: "Bearer " alone is a malformed header to most servers.
            key = null;
        }
        if (u.protocol() == Protocol.OPENAI) {
            if (key != null) {
                b.header("Authorization", "Bearer " + key);
            }
        } else {
            if (key != null) {
                b.header("x-api-key", key);
            }
            b.header("anthropic-version", passHeaders.getOrDefault("anthropic-version", "2023-06-01"));
        }
        passHeaders.forEach((k, v) -> {
            if (!k.equals("anthropic-version")) {
                b.header(k, v);
            }
        });
    }

    private <T> HttpResponse<T> call(UpstreamConfig u, HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws UpstreamFailure {
        try {
            return http.send(request, body);
        } catch (HttpTimeoutException e) {
            throw new UpstreamFailure(504, "upstream '" + u.name() + "' did not answer within "
                    + request.timeout().orElse(timeout).toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new UpstreamFailure(502, "upstream '" + u.name() + "' at " + u.baseUrl()
                    + " cannot be reached (connection refused or unreachable)", e);
        } catch (IOException e) {
            throw new UpstreamFailure(502, "upstream '" + u.name() + "' at " + u.baseUrl() + " failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailure(502, "interrupted while calling upstream '" + u.name() + "'", e);
        }
    }
}
