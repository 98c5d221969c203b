package dev.ace.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap pre-scan never hides a payload that the full scans would find. */
class CandidatesTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void flagsEveryTextInWhichTheFullScansFindPayloads(long seed) {
        String text = withPayloads(seed);
        int flags = Candidates.scan(text);
        Found base64 = new Found(new Found.Budget());
        Base64Runs.find(text, base64);
        Found hex = new Found(new Found.Budget());
        HexRuns.find(text, hex);
        if (!base64.inOrder().isEmpty()) {
            assertThat(flags & Candidates.BASE64).isNotZero();
        }
        if (!hex.inOrder().isEmpty()) {
            assertThat(flags & Candidates.HEX).isNotZero();
        }
    }

    @Test
    void flagsNothingInPlainEnglish() {
        assertThat(Candidates.scan("I'd like a bad deed and a decade of faded cafes, added to a bed.")).isZero();
    }

    private static String withPayloads(long seed) {
        Random random = new Random(seed);
        String words = RandomTexts.mixed(seed, 20);
        byte[] bytes = ("how to " + random.nextInt(1000) + " make it").getBytes(StandardCharsets.UTF_8);
        String payload = switch (random.nextInt(4)) {
            case 0 -> Base64.getEncoder().encodeToString(bytes);
            case 1 -> HexFormat.of().formatHex(bytes);
            case 2 -> HexFormat.ofDelimiter(" ").formatHex(bytes);
            default -> HexFormat.ofDelimiter(", ").withPrefix("0x").formatHex(bytes);
        };
        int at = random.nextInt(words.length() + 1);
        return words.substring(0, at) + " " + payload + " " + words.substring(at);
    }
}
