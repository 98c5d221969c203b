package dev.ace.gateway;

import dev.ace.core.Verdict;
import dev.ace.core.stream.Retraction;
import dev.ace.core.stream.StreamInspector;
import dev.ace.core.stream.StreamStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One stream inspector per answer in a stream. A client that asks for several answers ({@code n} > 1 in Chat
 * Completions or legacy Completions) gets them interleaved in one stream, each chunk carrying its choice's
 * {@code index}; each is a whole answer of its own, so each is read on its own: interleaved, two answers would be
 * one text that neither of them is, which could hide a harmful sentence split across them or invent one. Every other
 * stream has one answer, choice 0. An inspector is made when its choice first carries text.
 */
final class ChoiceInspectors {
    private final Supplier<StreamInspector> make;
    private final Map<Integer, Choice> choices = new TreeMap<>();

    /** A choice's inspector, its text so far (for the decision record), and how much of it was offered and released. */
    static final class Choice {
        final int index;
        final StreamInspector inspector;
        final StringBuilder answer = new StringBuilder();
        long offered;
        long released;
        /** The halt this choice's inspector returned, once it has. */
        StreamStep.Halt halt;

        private Choice(int index, StreamInspector inspector) {
            this.index = index;
            this.inspector = inspector;
        }
    }

    ChoiceInspectors(Supplier<StreamInspector> make) {
        this.make = make;
    }

    /** The choice with this index, made on first use. */
    Choice choice(int index) {
        return choices.computeIfAbsent(index, i -> new Choice(i, make.get()));
    }

    /** The choices seen so far, by index. */
    java.util.Collection<Choice> all() {
        return choices.values();
    }

    /** True when the stream carries more than one answer. */
    boolean several() {
        return choices.size() > 1;
    }

    /** Offers a choice's next text; a halt is returned, a release is recorded on the choice. */
    StreamStep offer(Choice c, String text) {
        c.answer.append(text);
        c.offered += text.length();
        return record(c, c.inspector.offer(text));
    }

    /**
     * Offers nothing new to every choice but {@code except}: a slower tier's retraction of a choice that has no
     * text in this chunk still halts the stream now. Returns the first halt, or null.
     */
    StreamStep.Halt poll(java.util.Set<Choice> except) {
        for (Choice c : choices.values()) {
            if (!except.contains(c) && record(c, c.inspector.offer("")) instanceof StreamStep.Halt h) {
                return h;
            }
        }
        return null;
    }

    /** Every answer is complete: releases what each held back, or returns the first halt. */
    StreamStep.Halt finish() {
        StreamStep.Halt first = null;
        for (Choice c : choices.values()) {
            if (record(c, c.inspector.finish()) instanceof StreamStep.Halt h && first == null) {
                first = h;
            }
        }
        return first;
    }

    /** The choice whose inspector halted with {@code h}, or null. */
    Choice haltedBy(StreamStep.Halt h) {
        for (Choice c : choices.values()) {
            if (c.halt == h) {
                return c;
            }
        }
        return null;
    }

    private static StreamStep record(Choice c, StreamStep step) {
        if (step instanceof StreamStep.Release r) {
            c.released = r.releasedTotal();
        } else {
            c.halt = (StreamStep.Halt) step;
        }
        return step;
    }

    /** The slower tier's retractions since the last call, with the choice each belongs to. */
    void drainRetractions(BiConsumer<Choice, Retraction> each) {
        for (Choice c : choices.values()) {
            for (Retraction r : c.inspector.drainRetractions()) {
                each.accept(c, r);
            }
        }
    }

    /** The whole answer as the decision record keeps it: the choices' texts in index order, a blank line between. */
    String answer() {
        if (choices.size() == 1) {
            return choices.values().iterator().next().answer.toString();
        }
        StringBuilder sb = new StringBuilder();
        for (Choice c : choices.values()) {
            sb.append(sb.isEmpty() ? "" : "\n\n").append(c.answer);
        }
        return sb.toString();
    }

    /** Verdicts that flagged without enforcing, over every choice. */
    List<Verdict> flags() {
        List<Verdict> out = new ArrayList<>();
        choices.values().forEach(c -> out.addAll(c.inspector.flags()));
        return out;
    }

    boolean slowChecksPending() {
        return choices.values().stream().anyMatch(c -> c.inspector.slowChecksPending());
    }

    /** Hands each choice's late flags to {@code late}; see {@link StreamInspector#afterEnd}. */
    void afterEnd(java.util.function.Consumer<Retraction> late) {
        choices.values().forEach(c -> c.inspector.afterEnd(late));
    }

    long inspectNanos() {
        return choices.values().stream().mapToLong(c -> c.inspector.inspectNanos()).sum();
    }

    int slowChecksShed() {
        return choices.values().stream().mapToInt(c -> c.inspector.slowChecksShed()).sum();
    }
}
