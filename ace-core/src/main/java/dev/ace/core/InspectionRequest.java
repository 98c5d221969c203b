package dev.ace.core;

import java.util.Objects;

/**
 * What to inspect. For {@link Direction#INPUT} every turn is inspected (earlier turns come from the
 * per-turn cache); for {@link Direction#OUTPUT} the last turn is the model's answer under inspection
 * and the turns before it are its context.
 */
public record InspectionRequest(Conversation conversation, Direction direction, TenantContext tenant) {
    public InspectionRequest {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(tenant, "tenant");
    }

    public static InspectionRequest prompt(String text) {
        return new InspectionRequest(Conversation.ofUser(text), Direction.INPUT, TenantContext.local());
    }

    public static InspectionRequest answer(String text) {
        return new InspectionRequest(Conversation.of(Turn.assistant(text)), Direction.OUTPUT, TenantContext.local());
    }
}
