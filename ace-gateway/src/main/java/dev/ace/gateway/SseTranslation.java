package dev.ace.gateway;

import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An upstream's SSE stream read as another protocol's: each event read from the source is handed to {@link
 * #translate}, which writes the events it becomes to {@link #pending}, and the reader gets those bytes as they are
 * made (a bridge between protocols, read by the stream relay as if the upstream spoke the client's).
 */
abstract class SseTranslation extends InputStream {
    private final InputStream source;
    private final SseParser parser = new SseParser();
    /** The translated bytes not yet handed to the reader. */
    protected final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final byte[] buf = new byte[8192];
    private byte[] out = new byte[0];
    private int pos;
    /** Set once the translated stream is complete: nothing more is read from the source. */
    protected boolean ended;

    SseTranslation(InputStream source) {
        this.source = source;
    }

    /** Writes what one source event becomes to {@link #pending} (possibly nothing). */
    protected abstract void translate(SseEvent e);

    /** An event's data as a JSON object; null when it is not one (a comment, a keep-alive, a malformed event). */
    protected static com.fasterxml.jackson.databind.JsonNode object(String data) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = Dialect.JSON.readTree(data);
            return n != null && n.isObject() ? n : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Writes one translated event. */
    protected void write(String sse) {
        pending.writeBytes(sse.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= out.length) {
            if (ended) {
                return -1;
            }
            int n = source.read(buf);
            if (n < 0) {
                ended = true;
                return -1;
            }
            for (SseEvent e : parser.feed(buf, 0, n)) {
                if (!ended) {
                    translate(e);
                }
            }
            if (pending.size() == 0) {
                // upstream bytes arrived but made no event yet: a comment, so the reader sees them arrive
                write(": \n\n");
            }
            out = pending.toByteArray();
            pending.reset();
            pos = 0;
        }
        int n = Math.min(len, out.length - pos);
        System.arraycopy(out, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /**
     * A Chat Completions stream read as another protocol's: {@code [DONE]} ends it ({@link #done}), an error object
     * becomes the other protocol's error and ends it ({@link #error}), and every other chunk is handed to {@link
     * #chunk}.
     */
    abstract static class FromChat extends SseTranslation {
        FromChat(InputStream source) {
            super(source);
        }

        /** One chat chunk (a JSON object that is not an error). */
        protected abstract void chunk(com.fasterxml.jackson.databind.JsonNode chunk);

        /** The error object an upstream sent in its stream; the stream ends after it. */
        protected abstract void error(com.fasterxml.jackson.databind.JsonNode error);

        /** The chat stream's {@code [DONE]}: what ends the translated stream. */
        protected abstract void done();

        @Override
        protected final void translate(SseEvent e) {
            if (e.data().startsWith("[DONE]")) {
                done();
                ended = true;
                return;
            }
            com.fasterxml.jackson.databind.JsonNode chunk = object(e.data());
            if (chunk == null) {
                return;
            }
            if (chunk.path("error").isObject()) {
                error(chunk.get("error"));
                ended = true;
                return;
            }
            chunk(chunk);
        }
    }
}
