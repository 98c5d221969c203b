import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Time to the first token of a streamed chat: the median, over sequential requests, of the time from sending the
 * request to reading the first SSE line whose delta carries text (not the role chunk, which has none and which
 * {@code curl}'s time to the first byte measures). Run from source with the JDK ({@code java bench/FirstToken.java
 * URL KEY [N]}); {@code bench/gateway-load.sh} runs it against the upstream directly and through ACE. The first
 * tenth of the requests warm up and are not counted.
 */
public final class FirstToken {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/FirstToken.java URL KEY [REQUESTS]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        String key = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String body = "{\"model\":\"bench\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Tell me about the weather.\"}]}";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int warm = n / 10;
        double[] ms = new double[n];
        for (int i = 0; i < warm + n; i++) {
            HttpRequest req = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<java.io.InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            long first = -1;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (first < 0 && line.startsWith("data:") && line.contains("\"content\":\"")
                            && !line.contains("\"content\":\"\"")) {
                        first = System.nanoTime();
                    }
                }
            }
            if (first < 0) {
                System.err.println("no token in the answer from " + url + " (status " + resp.statusCode() + ")");
                System.exit(1);
            }
            if (i >= warm) {
                ms[i - warm] = (first - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf(java.util.Locale.ROOT, "%.3f%n", ms[n / 2]);
    }
}
