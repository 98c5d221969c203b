package dev.ace.gateway.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ace.core.Action;
import dev.ace.core.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonlDecisionSinkTest {
    static DecisionRecord record(long seq) {
        return new DecisionRecord(seq, Instant.parse("2026-01-01T00:00:00Z"), "acme", "req_" + seq, Direction.INPUT,
                "ab".repeat(32), Action.BLOCK, Map.of("bio.weapons-uplift", 0.95), "cd".repeat(32),
                Map.of("rules", "1+abc"), "upstream-a", true);
    }

    @Test
    void aRecordIsOnDiskWhenAcceptReturns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log/decisions.jsonl");
        try (JsonlDecisionSink sink = JsonlDecisionSink.open(file)) {
            sink.accept(record(0));
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(1);
            JsonNode n = new ObjectMapper().readTree(lines.get(0));
            assertThat(n.path("request_id").asText()).isEqualTo("req_0");
            assertThat(n.path("principles").path("bio.weapons-uplift").asDouble()).isEqualTo(0.95);
            assertThat(n.path("action").asText()).isEqualTo("BLOCK");
        }
    }

    @Test
    void concurrentCallersShareFsyncsAndEveryRecordLands(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        int n = 200;
        try (JsonlDecisionSink sink = JsonlDecisionSink.open(file);
             ExecutorService pool = Executors.newFixedThreadPool(32)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long seq = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    sink.accept(record(seq));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            assertThat(Files.readAllLines(file)).hasSize(n);
            assertThat(sink.fsyncs()).isLessThan(n);
        }
    }

    @Test
    void closeIsIdempotentAndLaterAcceptsFail(@TempDir Path dir) {
        JsonlDecisionSink sink = JsonlDecisionSink.open(dir.resolve("d.jsonl"));
        sink.close();
        sink.close();
        assertThatThrownBy(() -> sink.accept(record(1))).isInstanceOf(DecisionLogException.class).hasMessageContaining("closed");
    }
}
