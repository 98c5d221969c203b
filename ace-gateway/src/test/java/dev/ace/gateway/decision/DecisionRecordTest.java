package dev.ace.gateway.decision;

import dev.ace.core.Action;
import dev.ace.core.Direction;
import dev.ace.ledger.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's bytes of a decision record: the hand-laid canonical JSON is the generic RFC 8785 writer's. */
class DecisionRecordTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    private static final String[] PIECES = {"", "a", "bio.weapons-uplift", "ngram-linear", "é", "☕", "\uD83D\uDE00",
            "\"", "\\", "\n", "\u0001", "\u001f", "\u007f", "Z", "_", "-", "0", "sha256:", "\u00e9t\u00e9", "\uFFFF"};

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(6); i > 0; i--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static DecisionRecord random(Random r) {
        Map<String, Double> principles = new HashMap<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            double score = switch (r.nextInt(4)) {
                case 0 -> r.nextDouble();
                case 1 -> 1.0;
                case 2 -> r.nextInt(1000) / 1000.0;
                default -> 1e-7 * r.nextDouble();
            };
            principles.put(text(r), score);
        }
        Map<String, String> detectors = new HashMap<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            detectors.put(text(r), text(r));
        }
        return new DecisionRecord(r.nextLong(1L << 53), Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(1_000_000_000)),
                text(r), text(r), r.nextBoolean() ? Direction.INPUT : Direction.OUTPUT, text(r),
                Action.values()[r.nextInt(Action.values().length)], principles, text(r), detectors, text(r), r.nextBoolean());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void canonicalJsonIsTheGenericCanonicalFormOfTheRecordsMap(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 10; i++) {
            DecisionRecord record = random(r);
            assertThat(new String(record.canonicalJson(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(CanonicalJson.bytes(record.toMap()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLoneSurrogateIsRefusedAsTheGenericWriterRefusesIt() {
        DecisionRecord record = new DecisionRecord(1, Instant.EPOCH, "t\uD800", "req", Direction.INPUT, "d", Action.ALLOW,
                Map.of(), "c", Map.of(), "", false);
        assertThatThrownBy(record::canonicalJson).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> CanonicalJson.bytes(record.toMap())).isInstanceOf(IllegalArgumentException.class);
    }
}
