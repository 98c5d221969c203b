package dev.ace.gateway.sse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes SSE events (WHATWG HTML §9.2.7) and flushes after each one. No field value ever carries CR or
 * LF: {@code event} and {@code id} values have them stripped (and U+0000 in ids), and data is split into
 * one {@code data:} line per line of text, so nothing a client or upstream controls can inject a field or
 * an event. Thread-safe, so a keep-alive timer may write comments between events.
 */
public final class SseWriter {
    private final OutputStream out;
    private volatile long lastWriteNanos = System.nanoTime();

    public SseWriter(OutputStream out) {
        this.out = out;
    }

    /** An OpenAI-style event: data only, no {@code event:} line. */
    public void data(String data) {
        write(frame(null, data));
    }

    /** An Anthropic-style event: an {@code event:} line naming the type, then the data. */
    public void event(String event, String data) {
        write(frame(event, data));
    }

    /** A comment line; readers ignore it, idle-timeout proxies see traffic. */
    public void comment(String text) {
        write(":" + (text.isEmpty() ? "" : " " + strip(text)) + "\n\n");
    }

    public long lastWriteNanos() {
        return lastWriteNanos;
    }

    static String frame(String event, String data) {
        StringBuilder sb = new StringBuilder(data.length() + 32);
        if (event != null && !event.isEmpty()) {
            sb.append("event: ").append(strip(event)).append('\n');
        }
        if (data.indexOf('\n') < 0 && data.indexOf('\r') < 0) {
            // the usual case, one line of JSON: found by the JDK's vectorised indexOf, not a loop per char
            return sb.append("data: ").append(data).append("\n\n").toString();
        }
        int start = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\r' || c == '\n') {
                sb.append("data: ").append(data, start, i).append('\n');
                if (c == '\r' && i + 1 < data.length() && data.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        sb.append("data: ").append(data, start, data.length()).append("\n\n");
        return sb.toString();
    }

    /** Removes CR, LF and NUL from a single-line field value. */
    public static String strip(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0000') {
                if (sb == null) {
                    sb = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    private synchronized void write(String frame) {
        try {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWriteNanos = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("client went away: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // servers wrap a broken connection in their own unchecked exceptions; to a writer it is a client gone
            throw new UncheckedIOException("client went away: " + e.getMessage(), new IOException(e));
        }
    }
}
