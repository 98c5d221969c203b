package dev.ace.core.stream;

import dev.ace.core.Verdict;

import java.util.Objects;

/** What the stream inspector decided after a chunk: release some text, or halt the stream. */
public sealed interface StreamStep permits StreamStep.Release, StreamStep.Halt {

    /** True when the stream must stop here. */
    default boolean halted() {
        return this instanceof Halt;
    }

    /**
     * Text that is now safe to release, in order; may be empty while it is held back.
     *
     * @param text          the characters to release now
     * @param releasedTotal characters released so far, this text included
     */
    record Release(String text, long releasedTotal) implements StreamStep {
        public Release {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The stream must stop: nothing held back may be released.
     *
     * @param verdict       the verdict that stopped it
     * @param principleId   the principle it crossed (the strongest finding)
     * @param releasedTotal characters released before the halt
     * @param retracted     true when the halt follows a slower tier's retraction of released text
     */
    record Halt(Verdict verdict, String principleId, long releasedTotal, boolean retracted) implements StreamStep {
        public Halt {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(principleId, "principleId");
        }
    }
}
