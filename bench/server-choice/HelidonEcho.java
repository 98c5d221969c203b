import io.helidon.webserver.WebServer;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Candidate 1: Helidon 4 SE (virtual thread per request). POST /echo returns the JSON body; GET /sse streams 20 events. */
public final class HelidonEcho {
    public static void main(String[] args) {
        WebServer.builder().host("127.0.0.1").port(Integer.parseInt(args[0])).routing(r -> r
                .post("/echo", (req, res) -> {
                    byte[] body = req.content().as(byte[].class);
                    res.header("Content-Type", "application/json");
                    res.send(body);
                })
                .get("/sse", (req, res) -> {
                    res.header("Content-Type", "text/event-stream");
                    try (OutputStream out = res.outputStream()) {
                        for (int i = 0; i < 20; i++) {
                            out.write(("data: {\"i\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    }
                })).build().start();
    }
}
