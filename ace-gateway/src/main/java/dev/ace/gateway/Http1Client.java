package dev.ace.gateway;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lean HTTP/1.1 client (RFC 9112) for the gateway's calls to upstream model servers: blocking reads and writes on
 * the caller's (virtual) thread over pooled keep-alive connections, plain or TLS.
 *
 * <p>Hand-written because this is the gateway's hot path and the JDK's {@code HttpClient} was measurably slower
 * there: under {@code bench/gateway-load.sh} its selector thread, its {@code CompletableFuture} chains and the
 * hand-offs between them took about a quarter of ACE's CPU, where a blocking exchange on the caller's thread is one
 * write and one or two reads; with this client ACE spent 12 % less CPU per proxied request (docs/gateway.md, "Fifth
 * pass"). Helidon's WebClient, tried in an earlier pass, used about as much CPU as the JDK's client.
 *
 * <p>What it does: one request and its response per connection at a time (no pipelining); a response framed by
 * {@code Transfer-Encoding: chunked}, {@code Content-Length} or the end of the connection; informational (1xx)
 * responses skipped; the connection returned to its pool when the body has been read to its end and both sides
 * keep it alive, closed otherwise. Closing a body before its end closes the connection, which is how a client that
 * went away cancels the upstream request (closing from another thread unblocks a read in progress). A request that
 * fails on a pooled connection before any byte of the answer arrived (the server had closed it while idle) is sent
 * once more on a new connection. TLS verifies the server's certificate and host name against the JDK's trust store.
 */
final class Http1Client implements AutoCloseable {
    /** Idle connections kept per origin; more are closed when released. */
    static final int MAX_IDLE_PER_ORIGIN = 256;
    /** A pooled connection idle longer than this is closed rather than reused (servers drop idle ones). */
    static final Duration MAX_IDLE_TIME = Duration.ofSeconds(30);
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 256;
    /** Requests up to this size are written without a timer (see {@link #write}). */
    static final int GUARDED_WRITE_BYTES = 32 * 1024;

    private final Duration connectTimeout;
    private final SSLContext tls;
    private final String userAgent;
    private final Map<String, Pool> idle = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile ScheduledExecutorService writeTimer;

    /** A response: its status, its headers (names in lower case, the first value of each) and its body. */
    record Response<T>(int statusCode, Map<String, String> headers, T body) {
        /** The header's first value; {@code name} in lower case. */
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }

        <U> Response<U> withBody(U other) {
            return new Response<>(statusCode, headers, other);
        }
    }

    /** The connection could not be made within the connect timeout, or the answer did not come within the timeout. */
    static final class TimeoutException extends IOException {
        TimeoutException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Http1Client(Duration connectTimeout, SSLContext tls, String userAgent) {
        this.connectTimeout = connectTimeout;
        this.tls = tls;
        this.userAgent = userAgent;
    }

    /** A client whose TLS connections trust the JDK's default trust store. */
    static Http1Client withDefaultTls(Duration connectTimeout, String userAgent) {
        try {
            return new Http1Client(connectTimeout, SSLContext.getDefault(), userAgent);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }

    /**
     * Sends {@code method uri} with {@code headers} (name, value pairs) and {@code body} (null for none), and returns
     * once the response's status line and headers have arrived, within {@code timeout}; each later read of the body
     * waits at most {@code timeout} too. The body must be read to its end or closed.
     *
     * @throws TimeoutException when the connection or the answer took longer than allowed
     * @throws IOException      when the server cannot be reached or broke the protocol
     */
    Response<InputStream> send(String method, URI uri, List<String> headers, byte[] body, Duration timeout)
            throws IOException {
        byte[] request = request(method, uri, headers, body);
        String origin = origin(uri);
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        Connection c = take(origin);
        while (true) {
            boolean reused = c != null;
            if (c == null) {
                c = connect(uri);
            }
            AtomicBoolean writeTimedOut = new AtomicBoolean();
            try {
                c.socket.setSoTimeout(timeoutMillis);
                write(c, request, timeoutMillis, writeTimedOut);
                if (!c.awaitByte()) {
                    throw new EOFException("the upstream closed the connection before answering");
                }
            } catch (SocketTimeoutException e) {
                c.destroy();
                throw new TimeoutException("no answer within " + timeout.toMillis() + " ms", e);
            } catch (IOException e) {
                c.destroy();
                if (writeTimedOut.get()) {
                    throw new TimeoutException("the upstream did not take the request within " + timeout.toMillis()
                            + " ms", e);
                }
                if (!reused) {
                    throw e;
                }
                // nothing of an answer came on a pooled connection: the server had closed it while it was idle,
                // so the request was not read; once more, on a new connection
                c = null;
                continue;
            }
            try {
                return readHead(c).response(this, c, origin, method);
            } catch (SocketTimeoutException e) {
                c.destroy();
                throw new TimeoutException("no answer within " + timeout.toMillis() + " ms", e);
            } catch (IOException | RuntimeException e) {
                c.destroy();
                throw e;
            }
        }
    }

    /**
     * Writes the request. A socket write has no timeout, and a large body to an upstream that stops reading would
     * block its thread for good; so a write of more than {@value #GUARDED_WRITE_BYTES} bytes (more than the kernel's
     * buffers are sure to take at once) is guarded by a timer that closes the connection when the write takes longer
     * than {@code timeoutMillis}. Smaller ones are not: scheduling a timer per request costs more than they risk.
     */
    private void write(Connection c, byte[] request, int timeoutMillis, AtomicBoolean timedOut) throws IOException {
        if (request.length <= GUARDED_WRITE_BYTES) {
            c.out.write(request);
            c.out.flush();
            return;
        }
        ScheduledFuture<?> guard = writeTimer().schedule(() -> {
            timedOut.set(true);
            c.destroy();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            c.out.write(request);
            c.out.flush();
        } finally {
            guard.cancel(false);
        }
    }

    private ScheduledExecutorService writeTimer() {
        ScheduledExecutorService t = writeTimer;
        if (t == null) {
            synchronized (this) {
                if (writeTimer == null) {
                    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1,
                            r -> Thread.ofPlatform().name("ace-upstream-write-timer").daemon().unstarted(r));
                    e.setRemoveOnCancelPolicy(true);
                    writeTimer = e;
                }
                t = writeTimer;
            }
        }
        return t;
    }

    /** Closes the idle connections; connections in use close when their bodies do. */
    @Override
    public void close() {
        closed = true;
        idle.values().forEach(Pool::closeAll);
        synchronized (this) {
            if (writeTimer != null) {
                writeTimer.shutdownNow();
            }
        }
    }

    /** How many idle connections are pooled for {@code uri}'s origin (tests). */
    int idleConnections(URI uri) {
        Pool pool = idle.get(origin(uri));
        return pool == null ? 0 : pool.size();
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + ":" + port(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request line, headers and body as the bytes to write in one go. */
    private byte[] request(String method, URI uri, List<String> headers, byte[] body) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http or https URL with a host: " + uri);
        }
        StringBuilder sb = new StringBuilder(256).append(method).append(' ');
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            sb.append('?').append(uri.getRawQuery());
        }
        sb.append(" HTTP/1.1\r\nHost: ").append(uri.getHost());
        if (uri.getPort() != -1) {
            sb.append(':').append(uri.getPort());
        }
        sb.append("\r\nUser-Agent: ").append(userAgent);
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            String name = headers.get(i);
            String value = headers.get(i + 1);
            checkHeader(name, value);
            sb.append("\r\n").append(name).append(": ").append(value);
        }
        if (body != null) {
            sb.append("\r\nContent-Length: ").append(body.length);
        }
        sb.append("\r\n\r\n");
        byte[] head = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null || body.length == 0) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** A header that would break the request (a line break, a control character, a non-token name) is refused. */
    private static void checkHeader(String name, String value) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an empty header name");
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch <= ' ' || ch >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(ch) >= 0) {
                throw new IllegalArgumentException("header name '" + name + "' has a character HTTP does not allow");
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < ' ' && ch != '\t' || ch == 0x7f || ch > 0xff) {
                throw new IllegalArgumentException("the value of header '" + name
                        + "' has a character HTTP does not allow (a line break or control character) at " + i);
            }
        }
    }

    private Connection take(String origin) {
        Pool pool = idle.get(origin);
        return pool == null ? null : pool.take(System.nanoTime());
    }

    private void release(String origin, Connection c) {
        if (closed) {
            c.destroy();
            return;
        }
        c.idleSince = System.nanoTime();
        idle.computeIfAbsent(origin, o -> new Pool()).put(c);
    }

    /**
     * The idle connections to one origin, the most recently used first (the least likely to have been dropped by the
     * server). A lock around an array deque: {@code ConcurrentLinkedDeque.size()} walks the whole deque, and every
     * operation here is a few instructions.
     */
    private static final class Pool {
        private final ReentrantLock lock = new ReentrantLock();
        private final ArrayDeque<Connection> deque = new ArrayDeque<>();

        Connection take(long now) {
            List<Connection> stale = null;
            Connection found = null;
            lock.lock();
            try {
                for (Connection c; found == null && (c = deque.pollFirst()) != null; ) {
                    if (now - c.idleSince < MAX_IDLE_TIME.toNanos()) {
                        found = c;
                    } else {
                        (stale == null ? stale = new ArrayList<>() : stale).add(c);
                    }
                }
            } finally {
                lock.unlock();
            }
            if (stale != null) {
                stale.forEach(Connection::destroy);
            }
            return found;
        }

        void put(Connection c) {
            Connection dropped = null;
            lock.lock();
            try {
                if (deque.size() >= MAX_IDLE_PER_ORIGIN) {
                    dropped = c;
                } else {
                    deque.offerFirst(c);
                    // one idle too long at the other end is closed now rather than found later
                    Connection oldest = deque.peekLast();
                    if (c.idleSince - oldest.idleSince > MAX_IDLE_TIME.toNanos()) {
                        dropped = deque.pollLast();
                    }
                }
            } finally {
                lock.unlock();
            }
            if (dropped != null) {
                dropped.destroy();
            }
        }

        int size() {
            lock.lock();
            try {
                return deque.size();
            } finally {
                lock.unlock();
            }
        }

        void closeAll() {
            List<Connection> all;
            lock.lock();
            try {
                all = new ArrayList<>(deque);
                deque.clear();
            } finally {
                lock.unlock();
            }
            all.forEach(Connection::destroy);
        }
    }

    private Connection connect(URI uri) throws IOException {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int port = port(uri);
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true); // each request is written whole, in one write
            try {
                socket.connect(new InetSocketAddress(bare, port), (int) Math.max(1, connectTimeout.toMillis()));
            } catch (SocketTimeoutException e) {
                throw new TimeoutException("no connection within " + connectTimeout.toMillis() + " ms", e);
            }
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, bare, port, true);
                SSLParameters p = ssl.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
                p.setApplicationProtocols(new String[] {"http/1.1"});
                ssl.setSSLParameters(p);
                ssl.setSoTimeout((int) Math.max(1, connectTimeout.toMillis()));
                try {
                    ssl.startHandshake();
                } catch (SocketTimeoutException e) {
                    throw new TimeoutException("no TLS handshake within " + connectTimeout.toMillis() + " ms", e);
                }
                socket = ssl;
            }
            return new Connection(socket);
        } catch (IOException | RuntimeException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw e;
        }
    }

    /**
     * One connection to an origin, with its own read buffer: a {@code BufferedInputStream} takes a lock on every
     * {@code read()}, and the status line and headers are read a byte at a time.
     */
    private static final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final byte[] buf = new byte[16 * 1024];
        int pos;
        int lim;
        volatile long idleSince;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Waits until at least one byte is buffered; false at the end of the stream. */
        boolean awaitByte() throws IOException {
            if (pos < lim) {
                return true;
            }
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        }

        /** The next byte, or -1 at the end of the stream. */
        int readByte() throws IOException {
            return awaitByte() ? buf[pos++] & 0xff : -1;
        }

        /** Up to {@code len} bytes: buffered ones first, else straight from the socket; -1 at the end. */
        int read(byte[] b, int off, int len) throws IOException {
            if (pos < lim) {
                int n = Math.min(len, lim - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
            if (len >= buf.length) {
                return in.read(b, off, len);
            }
            if (!awaitByte()) {
                return -1;
            }
            return read(b, off, len);
        }

        int available() throws IOException {
            return lim - pos + in.available();
        }

        void destroy() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is left to do
            }
        }
    }

    /** A response's status line and headers. */
    private record Head(int status, boolean http10, Map<String, String> headers, String transferEncoding,
                        long contentLength, boolean connectionClose, boolean connectionKeepAlive) {

        Response<InputStream> response(Http1Client client, Connection c, String origin, String method)
                throws IOException {
            boolean reusable = http10 ? connectionKeepAlive : !connectionClose;
            Body body;
            if (method.equals("HEAD") || status == 204 || status == 304) {
                body = new Body(client, c, origin, reusable, 0, false);
            } else if (transferEncoding != null) {
                String last = transferEncoding.substring(transferEncoding.lastIndexOf(',') + 1).trim();
                if (!last.equalsIgnoreCase("chunked")) {
                    // a body whose length only the connection's end tells
                    body = new Body(client, c, origin, false, -1, false);
                } else {
                    body = new Body(client, c, origin, reusable, 0, true);
                }
            } else if (contentLength >= 0) {
                body = new Body(client, c, origin, reusable, contentLength, false);
            } else {
                body = new Body(client, c, origin, false, -1, false);
            }
            body.finishIfEmpty();
            return new Response<>(status, headers, body);
        }
    }

    /** Reads a status line and headers, skipping informational (1xx) responses. */
    private static Head readHead(Connection in) throws IOException {
        while (true) {
            String status = readLine(in, true);
            if (status == null) {
                throw new EOFException("the upstream closed the connection before answering");
            }
            if (!status.startsWith("HTTP/1.") || status.length() < 12 || status.charAt(8) != ' ') {
                throw new IOException("not an HTTP/1.x status line: '" + abbreviate(status) + "'");
            }
            int code;
            try {
                code = Integer.parseInt(status.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP/1.x status line: '" + abbreviate(status) + "'");
            }
            boolean http10 = status.charAt(7) == '0';
            Map<String, String> headers = new HashMap<>();
            String transferEncoding = null;
            long contentLength = -1;
            boolean close = false;
            boolean keepAlive = false;
            for (int n = 0; ; n++) {
                String line = readLine(in, false);
                if (line == null) {
                    throw new EOFException("the upstream closed the connection in the middle of its headers");
                }
                if (line.isEmpty()) {
                    break;
                }
                if (n == MAX_HEADERS) {
                    throw new IOException("the upstream sent more than " + MAX_HEADERS + " headers");
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("a malformed header line from the upstream: '" + abbreviate(line) + "'");
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                headers.putIfAbsent(name, value);
                switch (name) {
                    case "transfer-encoding" -> transferEncoding = transferEncoding == null ? value
                            : transferEncoding + "," + value;
                    case "content-length" -> {
                        long len;
                        try {
                            len = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IOException("the upstream sent a malformed Content-Length: '" + abbreviate(value) + "'");
                        }
                        if (len < 0 || contentLength >= 0 && len != contentLength) {
                            throw new IOException("the upstream sent a bad or conflicting Content-Length: " + value);
                        }
                        contentLength = len;
                    }
                    case "connection" -> {
                        for (String token : value.split(",")) {
                            close |= token.trim().equalsIgnoreCase("close");
                            keepAlive |= token.trim().equalsIgnoreCase("keep-alive");
                        }
                    }
                    default -> { }
                }
            }
            if (code / 100 == 1 && code != 101) {
                continue; // 100 Continue, 103 Early Hints: the answer follows
            }
            return new Head(code, http10, headers, transferEncoding, contentLength, close, keepAlive);
        }
    }

    /** A line up to CRLF (or a bare LF), without it; null at the end of the stream before any byte. */
    private static String readLine(Connection in, boolean first) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            int b = in.readByte();
            if (b < 0) {
                if (sb.isEmpty() && first) {
                    return null;
                }
                throw new EOFException("the upstream closed the connection in the middle of a line");
            }
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            if (sb.length() == MAX_LINE) {
                throw new IOException("the upstream sent a header line longer than " + MAX_LINE + " bytes");
            }
            sb.append((char) b);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    /**
     * A response body: a fixed length ({@code remaining >= 0}), chunked, or up to the end of the connection
     * ({@code remaining < 0}, not chunked). At its end the connection goes back to the pool if it may be reused;
     * closed before its end, the connection is closed.
     */
    private static final class Body extends InputStream {
        private final Http1Client client;
        private final Connection c;
        private final String origin;
        private final boolean reusable;
        private final boolean chunked;
        /** Bytes left in the body (fixed length) or in the current chunk (chunked); -1: until the connection ends. */
        private long remaining;
        private boolean lastChunk;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile boolean ended;
        /** The thread that last read: only it may look into the connection's buffer when closing. */
        private volatile Thread reader;

        Body(Http1Client client, Connection c, String origin, boolean reusable, long length, boolean chunked) {
            this.client = client;
            this.c = c;
            this.origin = origin;
            this.reusable = reusable;
            this.chunked = chunked;
            this.remaining = length;
        }

        void finishIfEmpty() {
            if (!chunked && remaining == 0) {
                end();
            }
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
            if (ended) {
                return -1;
            }
            if (done.get()) {
                throw new IOException("the upstream response body was closed");
            }
            reader = Thread.currentThread();
            if (chunked) {
                if (remaining == 0) {
                    if (!nextChunk()) {
                        return -1;
                    }
                }
            } else if (remaining < 0) {
                int n = c.read(b, off, len);
                if (n < 0) {
                    end();
                }
                return n;
            }
            int n = c.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("the upstream closed the connection before the end of its answer ("
                        + remaining + " bytes missing)");
            }
            remaining -= n;
            if (remaining == 0) {
                if (chunked) {
                    expectCrlf();
                } else {
                    end();
                }
            }
            return n;
        }

        /** Reads the next chunk's size line; false after the last chunk and its trailers (the body has ended). */
        private boolean nextChunk() throws IOException {
            if (lastChunk) {
                return false;
            }
            String line = readLine(c, false);
            int semicolon = line.indexOf(';');
            String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).trim();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("the upstream sent a malformed chunk size: '" + abbreviate(line) + "'");
            }
            if (size < 0) {
                throw new IOException("the upstream sent a negative chunk size: '" + abbreviate(line) + "'");
            }
            if (size == 0) {
                lastChunk = true;
                while (!readLine(c, false).isEmpty()) {
                    // trailers: not used
                }
                end();
                return false;
            }
            remaining = size;
            return true;
        }

        private void expectCrlf() throws IOException {
            String rest = readLine(c, false);
            if (!rest.isEmpty()) {
                throw new IOException("the upstream's chunk did not end where its size said");
            }
        }

        @Override
        public int available() throws IOException {
            if (ended || done.get() || chunked && remaining == 0) {
                return 0;
            }
            int a = c.available();
            return remaining < 0 ? a : (int) Math.min(a, remaining);
        }

        /** The body has been read to its end: the connection goes back to the pool, or is closed. */
        private void end() {
            ended = true;
            if (done.compareAndSet(false, true)) {
                if (reusable) {
                    client.release(origin, c);
                } else {
                    c.destroy();
                }
            }
        }

        /**
         * Before the end, closes the connection (cancelling the request); after it, nothing. A reader that stops at
         * the last event of a stream ({@code [DONE]}) closes it before the body's end: when what is left of the body
         * has already arrived (the last chunk's {@code 0\r\n\r\n}), it is consumed and the connection reused.
         */
        @Override
        public void close() {
            if (reader == Thread.currentThread() && !done.get() && restIsBuffered()) {
                end();
                return;
            }
            if (done.compareAndSet(false, true)) {
                c.destroy();
            }
        }

        /** Consumes the rest of the body if all of it is in the buffer already. */
        private boolean restIsBuffered() {
            int buffered = c.lim - c.pos;
            if (chunked) {
                byte[] last = {'0', '\r', '\n', '\r', '\n'};
                if (remaining != 0 || lastChunk || buffered != last.length) {
                    return false;
                }
                for (int i = 0; i < last.length; i++) {
                    if (c.buf[c.pos + i] != last[i]) {
                        return false;
                    }
                }
                c.pos += last.length;
                return true;
            }
            if (remaining > 0 && buffered == remaining) {
                c.pos += buffered;
                remaining = 0;
                return true;
            }
            return false;
        }
    }
}
