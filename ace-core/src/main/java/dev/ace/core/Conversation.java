package dev.ace.core;

import java.util.List;

/** The turns under inspection, oldest first. Never empty. */
public record Conversation(List<Turn> turns) {
    public Conversation {
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one turn");
        }
    }

    public static Conversation of(Turn... turns) {
        return new Conversation(List.of(turns));
    }

    public static Conversation ofUser(String text) {
        return of(Turn.user(text));
    }

    public Turn last() {
        return turns.get(turns.size() - 1);
    }
}
