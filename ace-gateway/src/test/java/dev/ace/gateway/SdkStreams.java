package dev.ace.gateway;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A streamed answer read to its end through an official Java SDK, as the tests compare it. */
final class SdkStreams {
    private SdkStreams() {
    }

    /**
     * A streamed chat completion: its non-empty text deltas in order (every choice), the finish reasons in order, and
     * each choice's whole text and finish reason by its index.
     */
    record Chat(List<String> tokens, List<String> finishes, Map<Long, String> text, Map<Long, String> finish) {
        /** The text of every choice, in index order. */
        String allText() {
            return String.join("", text.values());
        }
    }

    static Chat chat(OpenAIClient client, ChatCompletionCreateParams params) {
        List<String> tokens = new ArrayList<>();
        List<String> finishes = new ArrayList<>();
        Map<Long, String> text = new TreeMap<>();
        Map<Long, String> finish = new TreeMap<>();
        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
            s.stream().forEach(chunk -> chunk.choices().forEach(choice -> {
                choice.delta().content().filter(t -> !t.isEmpty()).ifPresent(t -> {
                    tokens.add(t);
                    text.merge(choice.index(), t, String::concat);
                });
                choice.finishReason().ifPresent(f -> {
                    finishes.add(f.asString());
                    finish.put(choice.index(), f.asString());
                });
            }));
        }
        return new Chat(tokens, finishes, text, finish);
    }

    /** A streamed Anthropic message: its text deltas in order, and the stop reason of each {@code message_delta}. */
    record Message(List<String> tokens, List<Optional<StopReason>> stops) {
        String text() {
            return String.join("", tokens);
        }
    }

    static Message message(AnthropicClient client, MessageCreateParams params) {
        List<String> tokens = new ArrayList<>();
        List<Optional<StopReason>> stops = new ArrayList<>();
        try (com.anthropic.core.http.StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(params)) {
            s.stream().forEach(ev -> {
                ev.contentBlockDelta().flatMap(d -> d.delta().text()).ifPresent(t -> tokens.add(t.text()));
                ev.messageDelta().ifPresent(d -> stops.add(d.delta().stopReason()));
            });
        }
        return new Message(tokens, stops);
    }
}
