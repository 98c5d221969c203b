package dev.ace.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ServerSocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upstream HTTP/1.1 client against a raw socket server that writes exactly the bytes each test scripts. */
class Http1ClientTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final List<RawServer> servers = new ArrayList<>();
    private final Http1Client client = Http1Client.withDefaultTls(WAIT, "ace-test");

    @AfterEach
    void stop() {
        client.close();
        servers.forEach(RawServer::close);
    }

    /** What a connection's handler gets: the request heads and bodies it read, and the socket to answer on. */
    interface Script {
        /** Answers one request on {@code s}; returns false to close the connection afterwards. */
        boolean answer(Request request, Socket s, int connection) throws Exception;
    }

    record Request(String head, byte[] body) {
        String line() {
            return head.substring(0, head.indexOf("\r\n"));
        }
    }

    /** A loopback server that reads requests (Content-Length framed) and lets the script answer each. */
    static final class RawServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger accepted = new AtomicInteger();
        final List<Request> requests = new CopyOnWriteArrayList<>();
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        RawServer(ServerSocketFactory factory, Script script) throws IOException {
            socket = factory.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        int n = accepted.incrementAndGet();
                        Thread.ofVirtual().start(() -> serve(s, script, n));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket s, Script script, int connection) {
            try (s) {
                s.setTcpNoDelay(true);
                InputStream in = s.getInputStream();
                while (true) {
                    Request r = read(in);
                    if (r == null) {
                        events.add("eof");
                        return;
                    }
                    requests.add(r);
                    if (!script.answer(r, s, connection)) {
                        return;
                    }
                }
            } catch (Exception e) {
                events.add("error " + e);
            }
        }

        private static Request read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                byte[] h = head.toByteArray();
                int n = h.length;
                if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                    break;
                }
            }
            if (b < 0) {
                return null;
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return new Request(text, in.readNBytes(length));
        }

        URI uri(String scheme, String path) {
            return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + path);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the test is over
            }
        }
    }

    private RawServer server(Script script) throws IOException {
        RawServer s = new RawServer(ServerSocketFactory.getDefault(), script);
        servers.add(s);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
    }

    private static String text(Http1Client.Response<InputStream> r) throws IOException {
        try (InputStream in = r.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Http1Client.Response<InputStream> post(RawServer s, String body) throws IOException {
        return client.send("POST", s.uri("http", "/v1/chat/completions?x=1"),
                List.of("Content-Type", "application/json", "Authorization", "Bearer sk-1"),
                body.getBytes(StandardCharsets.UTF_8), WAIT);
    }

    @Test
    void sendsTheRequestLineHostHeadersAndBodyAsWritten() throws Exception {
        RawServer s = server((r, sock, c) -> {
            write(sock, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            return true;
        });
        Http1Client.Response<InputStream> r = post(s, "{\"model\":\"m\",\"text\":\"café\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("content-type")).contains("application/json");
        assertThat(text(r)).isEqualTo("{}");
        Request got = s.requests.get(0);
        assertThat(got.line()).isEqualTo("POST /v1/chat/completions?x=1 HTTP/1.1");
        assertThat(got.head()).contains("\r\nHost: 127.0.0.1:" + s.socket.getLocalPort() + "\r\n")
                .contains("\r\nAuthorization: Bearer sk-1\r\n").contains("\r\nContent-Type: application/json\r\n")
                .contains("\r\nContent-Length: " + "{\"model\":\"m\",\"text\":\"café\"}".getBytes(StandardCharsets.UTF_8).length + "\r\n");
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("{\"model\":\"m\",\"text\":\"café\"}");
    }

    @Test
    void aConnectionReadToTheEndOfItsBodyIsReused() throws Exception {
        RawServer s = server((r, sock, c) -> {
            write(sock, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
            return true;
        });
        for (int i = 0; i < 5; i++) {
            assertThat(text(post(s, "{}"))).isEqualTo("hello");
        }
        assertThat(s.accepted).hasValue(1);
        assertThat(client.idleConnections(s.uri("http", "/"))).isEqualTo(1);
    }

    @Test
    void connectionCloseAndHttp10AnswersAreNotReused() throws Exception {
        RawServer s = server((r, sock, c) -> {
            if (c % 2 == 1) {
                write(sock, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
            } else {
                // HTTP/1.0 without a length: the body is what comes before the connection ends
                write(sock, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");
            }
            return false;
        });
        assertThat(text(post(s, "{}"))).isEqualTo("ok");
        assertThat(text(post(s, "{}"))).isEqualTo("until the end");
        assertThat(text(post(s, "{}"))).isEqualTo("ok");
        assertThat(s.accepted).hasValue(3);
        assertThat(client.idleConnections(s.uri("http", "/"))).isZero();
    }

    @Test
    void chunkedBodiesAreDecodedWhereverTheBytesAreSplit() throws Exception {
        // a property over seeded random bodies, chunk sizes and write boundaries (as small as one byte)
        Random random = new Random(20261129);
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        RawServer s = server((r, sock, c) -> {
            String body = bodies.get(bodies.size() - 1);
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            wire.writeBytes("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Random split = new Random(bytes.length);
            for (int at = 0; at < bytes.length; ) {
                int n = Math.min(bytes.length - at, 1 + split.nextInt(40));
                String size = Integer.toHexString(n);
                wire.writeBytes(((split.nextBoolean() ? size.toUpperCase() : size) + (split.nextInt(4) == 0 ? ";ext=1" : "")
                        + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                wire.write(bytes, at, n);
                wire.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                at += n;
            }
            wire.writeBytes((split.nextBoolean() ? "0\r\n\r\n" : "0\r\nX-Trailer: t\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] all = wire.toByteArray();
            OutputStream out = sock.getOutputStream();
            for (int at = 0; at < all.length; ) {
                int n = Math.min(all.length - at, 1 + split.nextInt(split.nextBoolean() ? 3 : 200));
                out.write(all, at, n);
                out.flush();
                at += n;
            }
            return true;
        });
        String alphabet = "data: {\"x\":\"é☕\"}\n\r\n0123456789abcdef";
        for (int i = 0; i < 60; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(i < 5 ? 3 : 600);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            bodies.add(sb.toString());
            Http1Client.Response<InputStream> r = post(s, "{}");
            assertThat(text(r)).as("body %d", i).isEqualTo(sb.toString());
        }
        assertThat(s.accepted).as("every chunked answer read to its end leaves the connection reusable").hasValue(1);
    }

    @Test
    void aStreamClosedAtItsLastEventKeepsItsConnectionWhenTheEndHasArrived() throws Exception {
        String event = "data: [DONE]\n\n";
        RawServer s = server((r, sock, c) -> {
            write(sock, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(event.length()) + "\r\n" + event + "\r\n0\r\n\r\n");
            return true;
        });
        for (int i = 0; i < 3; i++) {
            try (InputStream in = post(s, "{}").body()) {
                // a relay stops at [DONE] and closes, without reading on to the end of the body
                assertThat(new String(in.readNBytes(event.length()), StandardCharsets.UTF_8)).isEqualTo(event);
            }
        }
        assertThat(s.accepted).hasValue(1);
    }

    @Test
    void informationalAnswersAreSkipped() throws Exception {
        RawServer s = server((r, sock, c) -> {
            write(sock, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                    + "HTTP/1.1 201 Created\r\nContent-Length: 3\r\n\r\nyes");
            return true;
        });
        Http1Client.Response<InputStream> r = post(s, "{}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(text(r)).isEqualTo("yes");
    }

    @Test
    void aPooledConnectionTheServerDroppedIsReplacedAndTheRequestSentOnce() throws Exception {
        RawServer s = server((r, sock, c) -> {
            write(sock, "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n" + c);
            return false; // closes the connection without saying so: the client pooled it
        });
        assertThat(text(post(s, "{}"))).isEqualTo("1");
        Thread.sleep(50); // the server has closed its end by now
        assertThat(text(post(s, "{}"))).isEqualTo("2");
        assertThat(s.requests).hasSize(2);
    }

    @Test
    void aNewConnectionClosedBeforeAnyAnswerFailsWithoutARetry() throws Exception {
        RawServer s = server((r, sock, c) -> false);
        assertThatThrownBy(() -> post(s, "{}")).isInstanceOf(EOFException.class)
                .hasMessageContaining("closed the connection before answering");
        assertThat(s.requests).hasSize(1);
    }

    @Test
    void closingABodyBeforeItsEndClosesTheConnectionAndUnblocksItsReader() throws Exception {
        RawServer s = server((r, sock, c) -> {
            write(sock, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n");
            Thread.sleep(60_000); // the rest of the stream never comes
            return false;
        });
        RawServer watcher = s;
        Http1Client.Response<InputStream> r = post(s, "{}");
        InputStream body = r.body();
        byte[] buf = new byte[16];
        assertThat(new String(buf, 0, body.read(buf), StandardCharsets.US_ASCII)).isEqualTo("first");
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                body.read(buf); // blocks: closing from another thread must unblock it
            } catch (IOException expected) {
                watcher.events.add("reader unblocked");
            }
        });
        Thread.sleep(100);
        body.close();
        reader.join(5_000);
        assertThat(watcher.events.poll(5, TimeUnit.SECONDS)).isEqualTo("reader unblocked");
        assertThat(client.idleConnections(s.uri("http", "/"))).isZero();
    }

    @Test
    void anUpstreamThatNeverAnswersTimesOut() throws Exception {
        RawServer s = server((r, sock, c) -> {
            Thread.sleep(60_000);
            return false;
        });
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client.send("POST", s.uri("http", "/v1/x"), List.of(), new byte[0],
                Duration.ofMillis(200))).isInstanceOf(Http1Client.TimeoutException.class).hasMessageContaining("200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    @Timeout(30) // without the write timer this would block for good
    void aLargeRequestToAnUpstreamThatStopsReadingTimesOut() throws Exception {
        ServerSocket deaf = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()); // accepts (backlog), never reads
        try (deaf) {
            URI uri = URI.create("http://127.0.0.1:" + deaf.getLocalPort() + "/v1/chat/completions");
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client.send("POST", uri, List.of(), new byte[64 * 1024 * 1024], Duration.ofMillis(300)))
                    .isInstanceOf(Http1Client.TimeoutException.class)
                    .hasMessageContaining("did not take the request within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aHeaderValueWithALineBreakIsRefusedBeforeAnythingIsSent() throws Exception {
        RawServer s = server((r, sock, c) -> true);
        assertThatThrownBy(() -> client.send("POST", s.uri("http", "/"), List.of("anthropic-version", "1\r\nX-Evil: 1"),
                new byte[0], WAIT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anthropic-version");
        assertThat(s.accepted).hasValue(0);
    }

    @Test
    void malformedAnswersFailWithWhatWasWrong() throws Exception {
        List<String> answers = List.of("SMTP ready\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort");
        AtomicInteger next = new AtomicInteger();
        RawServer s = server((r, sock, c) -> {
            write(sock, answers.get(next.getAndIncrement()));
            return false;
        });
        assertThatThrownBy(() -> post(s, "{}")).hasMessageContaining("not an HTTP/1.x status line");
        assertThatThrownBy(() -> post(s, "{}")).hasMessageContaining("malformed Content-Length");
        assertThatThrownBy(() -> text(post(s, "{}"))).hasMessageContaining("malformed chunk size");
        assertThatThrownBy(() -> text(post(s, "{}"))).hasMessageContaining("5 bytes missing");
    }

    @Test
    void tlsChecksTheCertificateAndTheHostName(@TempDir Path dir) throws Exception {
        char[] pass = "changeit".toCharArray();
        Path good = keystore(dir, "good", "SAN=ip:127.0.0.1,dns:localhost");
        Path wrong = keystore(dir, "wrong", "SAN=dns:other.example");
        for (Path ks : List.of(good, wrong)) {
            KeyStore store = KeyStore.getInstance(ks.toFile(), pass);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, pass);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext serverTls = SSLContext.getInstance("TLS");
            serverTls.init(kmf.getKeyManagers(), null, null);
            RawServer s = new RawServer(serverTls.getServerSocketFactory(), (r, sock, c) -> {
                write(sock, "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret");
                return true;
            });
            servers.add(s);
            SSLContext trusting = SSLContext.getInstance("TLS");
            trusting.init(null, tmf.getTrustManagers(), null);
            try (Http1Client tls = new Http1Client(WAIT, trusting, "ace-test")) {
                if (ks == good) {
                    Http1Client.Response<InputStream> r = tls.send("GET", s.uri("https", "/v1/models"), List.of(), null, WAIT);
                    assertThat(text(r)).isEqualTo("secret");
                    assertThat(text(tls.send("GET", s.uri("https", "/v1/models"), List.of(), null, WAIT))).isEqualTo("secret");
                    assertThat(s.accepted).as("TLS connections are pooled too").hasValue(1);
                } else {
                    assertThatThrownBy(() -> tls.send("GET", s.uri("https", "/"), List.of(), null, WAIT))
                            .isInstanceOf(SSLHandshakeException.class);
                }
            }
            // the JDK's trust store does not know a self-signed certificate
            assertThatThrownBy(() -> client.send("GET", s.uri("https", "/"), List.of(), null, WAIT))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    /** A PKCS#12 key store with a self-signed EC certificate for CN=localhost and the given extension (keytool). */
    private static Path keystore(Path dir, String name, String san) throws Exception {
        Path ks = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", name, "-keyalg", "EC",
                "-dname", "CN=localhost", "-ext", san, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(Files.exists(ks)).isTrue();
        return ks;
    }
}
