package dev.ace.gateway.sse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SseParserTest {
    static final String STREAM = "\uFEFF: comment\r\n"
            + "event: message_start\r\ndata: {\"t\":\"café ☕ 😀\"}\r\n\r\n"
            + "data: line one\ndata: line two\n\n"
            + "id: 7\rdata:no-space\r\r"
            + "event: only-event\n\n"
            + "data\n\n"
            + "data: trailing without blank line";

    static final List<SseEvent> EXPECTED = List.of(
            new SseEvent("message_start", "{\"t\":\"café ☕ 😀\"}", ""),
            new SseEvent("", "line one\nline two", ""),
            new SseEvent("", "no-space", "7"),
            new SseEvent("", "", "7"));

    @Test
    void parsesAWholeStreamPerTheStandard() {
        SseParser p = new SseParser();
        assertThat(p.feed(STREAM.getBytes(StandardCharsets.UTF_8))).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void splittingBetweenEveryPairOfBytesChangesNothing() {
        byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            SseParser p = new SseParser();
            List<SseEvent> out = new ArrayList<>(p.feed(bytes, 0, cut));
            out.addAll(p.feed(bytes, cut, bytes.length - cut));
            assertThat(out).as("cut at %d", cut).containsExactlyElementsOf(EXPECTED);
        }
    }

    @Test
    void crAtTheEndOfOneReadAndLfAtTheStartOfTheNextAreOneLineEnding() {
        SseParser p = new SseParser();
        assertThat(p.feed("data: a\r".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(p.feed("\ndata: b\r".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(p.feed("\n\r\n".getBytes(StandardCharsets.UTF_8))).containsExactly(SseEvent.data("a\nb"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomByteSplitsChangeNothing(long seed) {
        byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
        Random rnd = new Random(seed);
        SseParser p = new SseParser();
        List<SseEvent> out = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + rnd.nextInt(5));
            out.addAll(p.feed(bytes, i, n));
            i += n;
        }
        p.finish();
        assertThat(out).containsExactlyElementsOf(EXPECTED);
    }
}
