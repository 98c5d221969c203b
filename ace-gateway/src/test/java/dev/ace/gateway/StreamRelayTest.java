package dev.ace.gateway;

import dev.ace.core.stream.StreamInspector;
import dev.ace.gateway.sse.SseEvent;
import dev.ace.gateway.sse.SseParser;
import dev.ace.gateway.sse.SseWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's ordering of the frames that end an answer, which it holds for the slower tier's last check, and its
 * reading of several answers in one stream ({@code n} > 1) each on its own.
 */
class StreamRelayTest {
    private static String chunk(int index, String delta, String finish) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":"
                + index + ",\"delta\":" + delta + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
    }

    private static List<String> relay(String upstream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamInspector.Builder inspector = StreamInspector.builder(TestConstitution.inspector()).holdBackChars(0);
        new StreamRelay(Dialect.OPENAI, new SseWriter(out), new ChoiceInspectors(inspector::build), "req_test", Duration.ofMillis(50), true, e -> { })
                .relay(new ByteArrayInputStream(upstream.getBytes(StandardCharsets.UTF_8)), o -> { });
        List<String> data = new ArrayList<>();
        for (SseEvent e : new SseParser().feed(out.toByteArray())) {
            data.add(e.data());
        }
        return data;
    }

    @Test
    void anotherChoicesTextIsNotHeldBehindAChoiceThatFinished() {
        String usage = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}\n\n";
        List<String> data = relay(chunk(0, "{\"content\":\"Hello.\"}", null) + chunk(0, "{}", "stop")
                + chunk(1, "{\"content\":\"Good morning to you.\"}", null) + chunk(1, "{}", "stop") + usage + "data: [DONE]\n\n");
        assertThat(data).hasSize(6);
        // both choices' text first, then the frames that end the answer in the upstream's order, then [DONE]
        assertThat(data.get(0)).contains("Hello.");
        assertThat(data.get(1)).contains("Good morning to you.");
        assertThat(data.get(2)).contains("\"index\":0").contains("\"stop\"");
        assertThat(data.get(3)).contains("\"index\":1").contains("\"stop\"");
        assertThat(data.get(4)).contains("\"usage\"");
        assertThat(data.get(5)).isEqualTo("[DONE]");
    }

    @Test
    void aSingleChoiceStreamIsRelayedInTheUpstreamsOrder() {
        String upstream = chunk(0, "{\"role\":\"assistant\",\"content\":\"\"}", null) + chunk(0, "{\"content\":\"Hi\"}", null)
                + chunk(0, "{\"content\":\" there.\"}", "stop") + "data: [DONE]\n\n";
        List<String> data = relay(upstream);
        List<String> sent = new ArrayList<>();
        for (SseEvent e : new SseParser().feed(upstream.getBytes(StandardCharsets.UTF_8))) {
            sent.add(e.data());
        }
        assertThat(data).isEqualTo(sent);
    }

    /** Two answers interleaved word by word, as a server streams {@code n: 2}. */
    private static String interleaved(String first, String second) {
        String[] a = first.split(" ");
        String[] b = second.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            if (i < a.length) {
                sb.append(chunk(0, "{\"content\":\"" + (i == 0 ? "" : " ") + a[i] + "\"}", null));
            }
            if (i < b.length) {
                sb.append(chunk(1, "{\"content\":\"" + (i == 0 ? "" : " ") + b[i] + "\"}", null));
            }
        }
        return sb + chunk(0, "{}", "stop") + chunk(1, "{}", "stop") + "data: [DONE]\n\n";
    }

    @Test
    void twoBenignAnswersInOneStreamAreNotReadAsOneText() {
        // interleaved, "culture" of the first and "anthrax" of the second fall within the rule's reach; neither
        // answer says anything of the kind
        String upstream = interleaved("You could culture a sourdough starter at home.",
                "Anthrax is a disease of cattle and sheep.");
        List<String> data = relay(upstream);
        List<String> sent = new ArrayList<>();
        for (SseEvent e : new SseParser().feed(upstream.getBytes(StandardCharsets.UTF_8))) {
            sent.add(e.data());
        }
        assertThat(data).isEqualTo(sent);
    }

    @Test
    void aHarmfulSecondAnswerHaltsTheStreamAndEndsEveryAnswer() {
        List<String> data = relay(interleaved("Here is a poem about the sea and the sky.",
                "First culture the anthrax in a warm broth."));
        String last = data.get(data.size() - 2);
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        assertThat(last).contains("\"choice_index\":1").contains("bio.weapons-uplift")
                .contains("{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"content_filter\"}")
                .contains("{\"index\":1,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"content_filter\"}");
        assertThat(String.join("", data)).doesNotContain("\"stop\"").doesNotContain("broth");
    }
}
