package dev.ace.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves a log read-only in the C2SP tlog-tiles layout, framework-neutral: the host HTTP server mounts it under
 * {@code /ledger/} and passes the rest of the path and the query parameters.
 *
 * <ul>
 *   <li>{@code checkpoint}: the latest signed checkpoint note ({@code text/plain}, short-lived)</li>
 *   <li>{@code verifier-key}: the verifier key text</li>
 *   <li>{@code tile/<L>/<N>[.p/<W>]}: hash tiles; full tiles are immutable</li>
 *   <li>{@code tile/entries/<N>[.p/<W>]}: entry bundles, each entry prefixed by its big-endian uint16 length</li>
 *   <li>{@code proof/inclusion?index=&size=} and {@code proof/consistency?from=&to=}: JSON, hashes in base64</li>
 * </ul>
 */
public final class LedgerHttp {
    /** Cache-Control for full tiles: they never change. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Cache-Control for what changes as the log grows (the checkpoint, partial tiles). */
    public static final String SHORT_LIVED = "public, max-age=1";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String BINARY = "application/octet-stream";
    private static final String JSON = "application/json";

    private final LogReader log;

    public LedgerHttp(LogReader log) {
        this.log = log;
    }

    /** An HTTP answer: status, content type, cache-control and body. */
    public record Response(int status, String contentType, String cacheControl, byte[] body) {
        static Response text(int status, String text) {
            return new Response(status, TEXT, "no-store", (text + "\n").getBytes(StandardCharsets.UTF_8));
        }

        /** The body as UTF-8 text. */
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Answers one GET request.
     *
     * @param path the path after the {@code /ledger/} prefix, e.g. {@code tile/0/x001/234}
     * @param query decoded query parameters
     */
    public Response handle(String path, Map<String, String> query) {
        try {
            return switch (path) {
                case "checkpoint" -> checkpoint();
                case "verifier-key" -> new Response(200, TEXT, "public, max-age=300",
                        (log.verifierKey().text() + "\n").getBytes(StandardCharsets.UTF_8));
                case "proof/inclusion" -> inclusion(query);
                case "proof/consistency" -> consistency(query);
                default -> path.startsWith("tile/") ? tile(TilePath.parse(path)) : Response.text(404, "not found: " + path);
            };
        } catch (IllegalArgumentException e) {
            return Response.text(400, e.getMessage());
        } catch (LedgerException e) {
            return Response.text(503, e.getMessage());
        }
    }

    private Response checkpoint() {
        return log.checkpoint()
                .map(c -> new Response(200, TEXT, SHORT_LIVED, c.note().getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> Response.text(404, "no checkpoint signed yet"));
    }

    private Response tile(TilePath tile) {
        int level = tile.entries() ? 0 : 8 * tile.level();
        long available = level >= 63 ? 0 : log.size() >>> level;
        long first = tile.index() * TilePath.WIDTH;
        if (tile.index() > (Long.MAX_VALUE / TilePath.WIDTH) || first + tile.width() > available) {
            return Response.text(404, "no such tile yet: " + tile.path() + " (the log has " + log.size() + " entries)");
        }
        byte[] body = tile.entries() ? bundle(first, tile.width()) : hashes(level, first, tile.width());
        return new Response(200, BINARY, tile.full() ? IMMUTABLE : SHORT_LIVED, body);
    }

    private byte[] hashes(int level, long first, int width) {
        byte[] out = new byte[width * Digest.SIZE];
        for (int i = 0; i < width; i++) {
            log.subtreeHash(level, first + i).copyTo(out, i * Digest.SIZE);
        }
        return out;
    }

    private byte[] bundle(long first, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * 256);
        for (int i = 0; i < width; i++) {
            byte[] e = log.entry(first + i);
            out.write(e.length >>> 8);
            out.write(e.length & 0xff);
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    private Response inclusion(Map<String, String> query) {
        long index = number(query, "index");
        long size = query.containsKey("size") ? number(query, "size") : signedSize();
        List<Digest> proof = log.inclusionProof(index, size);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", index);
        json.put("size", size);
        json.put("leaf_hash", log.subtreeHash(0, index).base64());
        json.put("root", log.root(size).base64());
        json.put("proof", proof.stream().map(Digest::base64).toList());
        return json(json, query.containsKey("size"));
    }

    private Response consistency(Map<String, String> query) {
        long from = number(query, "from");
        long to = query.containsKey("to") ? number(query, "to") : signedSize();
        List<Digest> proof = log.consistencyProof(from, to);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from);
        json.put("to", to);
        json.put("from_root", log.root(from).base64());
        json.put("to_root", log.root(to).base64());
        json.put("proof", proof.stream().map(Digest::base64).toList());
        return json(json, query.containsKey("to"));
    }

    private long signedSize() {
        return log.checkpoint().map(c -> c.checkpoint().size())
                .orElseThrow(() -> new IllegalArgumentException("no checkpoint signed yet; give the size"));
    }

    private static Response json(Map<String, Object> json, boolean fixed) {
        return new Response(200, JSON, fixed ? IMMUTABLE : SHORT_LIVED, CanonicalJson.bytes(json));
    }

    private static long number(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing query parameter '" + name + "'");
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter '" + name + "' is not a non-negative integer: '" + v + "'");
        }
    }
}
