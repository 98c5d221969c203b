package dev.ace.ledger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where an auditor reads a log from, in tlog-tiles paths relative to the log prefix ({@code checkpoint},
 * {@code tile/0/000}, ...): an HTTP server, a directory of static files, or a log in this process.
 */
@FunctionalInterface
public interface LogSource {
    /**
     * The resource at {@code path}, or empty if there is none (HTTP 404, no such file).
     *
     * @throws IOException if it cannot be read for another reason
     */
    Optional<byte[]> get(String path) throws IOException;

    /** A log served over HTTP under {@code base} (e.g. {@code http://127.0.0.1:8080/ledger/}). */
    static LogSource http(URI base) {
        URI prefix = base.toString().endsWith("/") ? base : URI.create(base + "/");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return path -> {
            HttpRequest request = HttpRequest.newBuilder(prefix.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 404) {
                    return Optional.empty();
                }
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + request.uri() + " answered HTTP " + response.statusCode());
                }
                return Optional.of(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + request.uri(), e);
            } catch (java.net.ConnectException e) {
                throw new IOException("GET " + request.uri() + ": cannot connect", e);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("GET ")) {
                    throw e;
                }
                throw new IOException("GET " + request.uri() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
        };
    }

    /** A directory holding the tlog-tiles files themselves (what {@code ace ledger export} writes). */
    static LogSource staticDirectory(Path dir) {
        return path -> {
            Path file = dir.resolve(path).normalize();
            if (!file.startsWith(dir.normalize())) {
                throw new IOException("path escapes the directory: " + path);
            }
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        };
    }

    /** A log read in this process, served as {@link LedgerHttp} would serve it. */
    static LogSource of(LogReader log) {
        LedgerHttp http = new LedgerHttp(log);
        return path -> {
            LedgerHttp.Response r = http.handle(path, Map.of());
            if (r.status() == 404) {
                return Optional.empty();
            }
            if (r.status() != 200) {
                throw new IOException(path + ": " + r.bodyText().strip());
            }
            return Optional.of(r.body());
        };
    }
}
