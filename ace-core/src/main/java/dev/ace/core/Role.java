package dev.ace.core;

import java.util.Locale;

/** Who spoke a turn of a conversation. */
public enum Role {
    SYSTEM, USER, ASSISTANT, TOOL;

    /** Parses wire roles; "developer" is OpenAI's newer name for system, "function" the old name for tool. */
    public static Role parse(String wire) {
        return switch (wire.trim().toLowerCase(Locale.ROOT)) {
            case "system", "developer" -> SYSTEM;
            case "user" -> USER;
            case "assistant", "model" -> ASSISTANT;
            case "tool", "function", "ipython" -> TOOL;
            default -> throw new IllegalArgumentException("unknown role '" + wire + "'");
        };
    }

    /** The direction in which this role's text is judged: the assistant's words are output. */
    public Direction naturalDirection() {
        return this == ASSISTANT ? Direction.OUTPUT : Direction.INPUT;
    }
}
