package dev.ace.gateway.sse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SseWriterTest {
    @Test
    void writesOpenAiFramesAsOneDataLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SseWriter(out).data("{\"a\":1}");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("data: {\"a\":1}\n\n");
    }

    @Test
    void stripsCrAndLfFromEventNamesSoNoFieldCanBeInjected() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SseWriter(out).event("message\r\ndata: injected\n\nevent: evil", "{}");
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo("event: messagedata: injectedevent: evil\ndata: {}\n\n");
        assertThat(new SseParser().feed(out.toByteArray())).containsExactly(
                new SseEvent("messagedata: injectedevent: evil", "{}", ""));
    }

    @Test
    void splitsMultiLineDataIntoDataLinesThatReadBackTheSame() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SseWriter(out).data("one\r\ntwo\rthree\nfour");
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo("data: one\ndata: two\ndata: three\ndata: four\n\n").doesNotContain("\r");
        assertThat(new SseParser().feed(out.toByteArray())).containsExactly(SseEvent.data("one\ntwo\nthree\nfour"));
    }

    @Test
    void commentsCarryNoLineBreaks() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SseWriter(out).comment("keep\nalive\r");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(": keepalive\n\n");
    }

    @Test
    void stripRemovesNulToo() {
        assertThat(SseWriter.strip("a\u0000b\rc\nd")).isEqualTo("abcd");
        assertThat(SseWriter.strip("clean")).isEqualTo("clean");
    }

    @Test
    void aBrokenConnectionSurfacesAsUncheckedIo() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        assertThatThrownBy(() -> new SseWriter(broken).data("x")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("client went away");
    }
}
