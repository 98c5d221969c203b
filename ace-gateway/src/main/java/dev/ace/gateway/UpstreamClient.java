package dev.ace.gateway;

import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Calls upstream model servers over HTTP/1.1 with pooled keep-alive connections ({@link Http1Client}), streaming the
 * response body as an {@link InputStream}. Closing that stream before its end cancels the upstream request (the
 * connection is closed), which is how a client that goes away mid-stream is propagated.
 */
final class UpstreamClient implements AutoCloseable {
    private final Http1Client http;
    /** The longest an upstream's model list is waited for. */
    static final Duration LIST_TIMEOUT = Duration.ofSeconds(5);
    static final String USER_AGENT = "ace-gateway";

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
        this(Http1Client.withDefaultTls(connectTimeout, USER_AGENT), timeout, env);
    }

    UpstreamClient(Http1Client http, Duration timeout, Function<String, String> env) {
        this.http = http;
        this.timeout = timeout;
        this.env = env;
    }

    /** Posts {@code body} to the upstream's chat endpoint (its protocol's), with its key and the passed-through headers. */
    Http1Client.Response<InputStream> send(UpstreamConfig u, byte[] body, Map<String, String> passHeaders)
            throws UpstreamFailure {
        return post(u, chatUris.computeIfAbsent(u, UpstreamConfig::chatUri), body, passHeaders);
    }

    /** Posts {@code body} to the upstream's Responses endpoint (OpenAI protocol), with its key. */
    Http1Client.Response<InputStream> responses(UpstreamConfig u, byte[] body) throws UpstreamFailure {
        return post(u, responsesUris.computeIfAbsent(u, UpstreamConfig::responsesUri), body, Map.of());
    }

    /** Posts {@code body} to the upstream's legacy Completions endpoint (OpenAI protocol), with its key. */
    Http1Client.Response<InputStream> completions(UpstreamConfig u, byte[] body) throws UpstreamFailure {
        return post(u, completionsUris.computeIfAbsent(u, UpstreamConfig::completionsUri), body, Map.of());
    }

    /** A JSON POST of {@code body} to {@code uri} with the upstream's key and the passed-through headers. */
    private Http1Client.Response<InputStream> post(UpstreamConfig u, URI uri, byte[] body, Map<String, String> passHeaders)
            throws UpstreamFailure {
        List<String> headers = new ArrayList<>(8);
        headers.add("Content-Type");
        headers.add("application/json");
        authorise(u, headers, passHeaders);
        return call(u, "POST", uri, headers, body, timeout);
    }

    /** Posts {@code body} to the upstream's embeddings endpoint (OpenAI protocol), with its key. */
    Http1Client.Response<byte[]> embeddings(UpstreamConfig u, byte[] body) throws UpstreamFailure {
        return whole(u, post(u, u.embeddingsUri(), body, Map.of()));
    }

    /** Posts {@code body} to the upstream's token-counting endpoint (Anthropic protocol), with its key. */
    Http1Client.Response<byte[]> countTokens(UpstreamConfig u, byte[] body, Map<String, String> passHeaders)
            throws UpstreamFailure {
        return whole(u, post(u, u.countTokensUri(), body, passHeaders));
    }

    /**
     * The model ids the upstream lists ({@code GET /v1/models}, OpenAI's and Anthropic's shape alike:
     * {@code data[].id}), for upstreams configured to serve any model. It waits at most {@link #LIST_TIMEOUT}
     * (or the upstream timeout if shorter): a model list is metadata, not worth a chat request's patience.
     */
    List<String> models(UpstreamConfig u) throws UpstreamFailure {
        Duration wait = timeout.compareTo(LIST_TIMEOUT) < 0 ? timeout : LIST_TIMEOUT;
        List<String> headers = new ArrayList<>(4);
        authorise(u, headers, Map.of());
        Http1Client.Response<byte[]> r = whole(u, call(u, "GET", u.modelsUri(), headers, null, wait));
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

    /** Closes the pooled connections. */
    @Override
    public void close() {
        http.close();
    }

    private void authorise(UpstreamConfig u, List<String> headers, Map<String, String> passHeaders) {
        String key = u.apiKeyEnv() == null ? null : env.apply(u.apiKeyEnv());
        if (key != null && key.isBlank()) {
            // An exported but empty variable means no key: "Bearer " alone is a malformed header to most servers.
            key = null;
        }
        if (u.protocol() == Protocol.OPENAI) {
            if (key != null) {
                headers.add("Authorization");
                headers.add("Bearer " + key);
            }
        } else {
            if (key != null) {
                headers.add("x-api-key");
                headers.add(key);
            }
            headers.add("anthropic-version");
            headers.add(passHeaders.getOrDefault("anthropic-version", "2023-06-01"));
        }
        passHeaders.forEach((k, v) -> {
            if (!k.equals("anthropic-version")) {
                headers.add(k);
                headers.add(v);
            }
        });
    }

    private Http1Client.Response<InputStream> call(UpstreamConfig u, String method, URI uri, List<String> headers,
                                                   byte[] body, Duration wait) throws UpstreamFailure {
        try {
            return http.send(method, uri, headers, body, wait);
        } catch (IOException e) {
            throw failure(u, e);
        } catch (IllegalArgumentException e) {
            throw new UpstreamFailure(400, "the request to upstream '" + u.name() + "' cannot be sent: "
                    + e.getMessage(), e);
        }
    }

    /** The response with its whole body read; a body that breaks off or stalls is the upstream's failure. */
    Http1Client.Response<byte[]> whole(UpstreamConfig u, Http1Client.Response<InputStream> r)
            throws UpstreamFailure {
        try (InputStream in = r.body()) {
            return r.withBody(in.readAllBytes());
        } catch (IOException e) {
            throw failure(u, e);
        }
    }

    private UpstreamFailure failure(UpstreamConfig u, IOException e) {
        if (e instanceof Http1Client.TimeoutException) {
            return new UpstreamFailure(504, "upstream '" + u.name() + "' at " + u.baseUrl() + " timed out: "
                    + e.getMessage(), e);
        }
        if (e instanceof SocketTimeoutException) {
            return new UpstreamFailure(504, "upstream '" + u.name() + "' at " + u.baseUrl() + " sent nothing for "
                    + timeout.toMillis() + " ms in the middle of its answer", e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return new UpstreamFailure(502, "upstream '" + u.name() + "' at " + u.baseUrl()
                    + " cannot be reached (connection refused or unreachable)", e);
        }
        return new UpstreamFailure(502, "upstream '" + u.name() + "' at " + u.baseUrl() + " failed: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
}
