package dev.ace.core;

import java.util.Objects;

/** One message of a conversation. */
public record Turn(Role role, String text) {
    public Turn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static Turn system(String text) {
        return new Turn(Role.SYSTEM, text);
    }

    public static Turn user(String text) {
        return new Turn(Role.USER, text);
    }

    public static Turn assistant(String text) {
        return new Turn(Role.ASSISTANT, text);
    }
}
