package dev.ace.gateway.config;

import java.time.Duration;

/**
 * Listener and streaming settings.
 *
 * @param host             interface to bind; 127.0.0.1 by default
 * @param port             TCP port; 0 picks a free one
 * @param maxBodyBytes     larger request bodies get 413
 * @param connectTimeout   connecting to an upstream
 * @param upstreamTimeout  waiting for an upstream's response headers, and for each read of its body
 * @param holdBackChars    characters of a streamed answer held back for inspection
 * @param windowChars      characters of recent text each streaming inspection sees
 * @param keepAlive        SSE comment interval while a stream is idle
 * @param slowTierWait     how long the end of a stream waits for a slower tier's pending checks
 */
public record ServerConfig(String host, int port, long maxBodyBytes, Duration connectTimeout, Duration upstreamTimeout,
                           int holdBackChars, int windowChars, Duration keepAlive, Duration slowTierWait) {
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 4L << 20, Duration.ofSeconds(5), Duration.ofSeconds(120),
                64, 512, Duration.ofSeconds(15), Duration.ofMillis(500));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, connectTimeout, upstreamTimeout, holdBackChars, windowChars,
                keepAlive, slowTierWait);
    }
}
