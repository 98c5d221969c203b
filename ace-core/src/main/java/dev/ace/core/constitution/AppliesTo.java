package dev.ace.core.constitution;

import dev.ace.core.Direction;

/** Which direction of traffic a principle governs. */
public enum AppliesTo {
    INPUT, OUTPUT, BOTH;

    public boolean includes(Direction direction) {
        return this == BOTH || name().equals(direction.name());
    }
}
