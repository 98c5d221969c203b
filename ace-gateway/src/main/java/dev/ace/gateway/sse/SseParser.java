package dev.ace.gateway.sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Incremental SSE parser (WHATWG HTML §9.2.5–9.2.6). Bytes may arrive split anywhere, inside a
 * multi-byte UTF-8 character or between the CR and LF of one line ending; lines are decoded only when
 * complete, and a CR that ends one read makes an LF that starts the next one part of the same line
 * ending. Not thread-safe: one parser per stream.
 *
 * <p>Hand-written rather than taken from a library: the HTTP client libraries' SSE readers either
 * buffer whole responses or hide frame boundaries, and a relay must see every frame as it arrives.
 */
public final class SseParser {
    /** The bytes of the current, unfinished line. A plain array, not a ByteArrayOutputStream: that one takes a
     *  lock on every byte written, which was a tenth of the gateway's CPU time on streamed answers. */
    private byte[] line = new byte[256];
    private int lineLength;
    private final StringBuilder data = new StringBuilder();
    private String eventType = "";
    private String lastId = "";
    private boolean hasData;
    private boolean afterCr;
    private boolean started;

    /** Feeds bytes; returns the events completed by them, in order. */
    public List<SseEvent> feed(byte[] buf, int off, int len) {
        List<SseEvent> out = new ArrayList<>(2);
        int end = off + len;
        int i = off;
        while (i < end) {
            byte b = buf[i];
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    i++;
                    continue; // the LF of a CRLF split across reads
                }
            }
            if (b == '\r') {
                afterCr = true;
                endLine(out);
                i++;
            } else if (b == '\n') {
                endLine(out);
                i++;
            } else {
                int j = i + 1;
                while (j < end && buf[j] != '\n' && buf[j] != '\r') {
                    j++;
                }
                append(buf, i, j - i);
                i = j;
            }
        }
        return out;
    }

    public List<SseEvent> feed(byte[] buf) {
        return feed(buf, 0, buf.length);
    }

    /** End of stream: a pending event not closed by a blank line is discarded, as the standard says. */
    public void finish() {
        lineLength = 0;
        data.setLength(0);
        hasData = false;
        eventType = "";
    }

    private void endLine(List<SseEvent> out) {
        String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
        lineLength = 0;
        if (!started) {
            started = true;
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
        }
        if (text.isEmpty()) {
            dispatch(out);
            return;
        }
        if (text.charAt(0) == ':') {
            return;
        }
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (name) {
            case "event" -> eventType = value;
            case "data" -> {
                data.append(value).append('\n');
                hasData = true;
            }
            case "id" -> {
                if (value.indexOf('\u0000') < 0) {
                    lastId = value;
                }
            }
            default -> {
                // retry and unknown fields do not concern a relay
            }
        }
    }

    private void append(byte[] buf, int off, int len) {
        if (lineLength + len > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + len));
        }
        System.arraycopy(buf, off, line, lineLength, len);
        lineLength += len;
    }

    private void dispatch(List<SseEvent> out) {
        if (!hasData) {
            data.setLength(0);
            eventType = "";
            return;
        }
        data.setLength(data.length() - 1);
        out.add(new SseEvent(eventType, data.toString(), lastId));
        data.setLength(0);
        hasData = false;
        eventType = "";
    }
}
