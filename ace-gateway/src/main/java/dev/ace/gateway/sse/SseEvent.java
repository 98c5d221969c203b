package dev.ace.gateway.sse;

import java.util.Objects;

/**
 * One dispatched event.
 *
 * @param event the {@code event:} field, empty when the stream gave none (readers then call it "message")
 * @param data  the data lines joined with LF, without the trailing LF
 * @param id    the last event id in force, empty when none
 */
public record SseEvent(String event, String data, String id) {
    public SseEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(id, "id");
    }

    public static SseEvent data(String data) {
        return new SseEvent("", data, "");
    }
}
