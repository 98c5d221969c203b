import io.javalin.Javalin;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Candidate 2: Javalin 7 on Jetty 12 (virtual threads on). Same endpoints as HelidonEcho. */
public final class JavalinEcho {
    public static void main(String[] args) {
        Javalin.create(cfg -> {
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.post("/echo", ctx -> ctx.contentType("application/json").result(ctx.bodyAsBytes()));
            cfg.routes.get("/sse", ctx -> {
                ctx.contentType("text/event-stream");
                OutputStream out = ctx.res().getOutputStream();
                for (int i = 0; i < 20; i++) {
                    out.write(("data: {\"i\":" + i + "}\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            });
        }).start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
