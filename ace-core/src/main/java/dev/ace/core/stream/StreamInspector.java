package dev.ace.core.stream;

import dev.ace.core.Action;
import dev.ace.core.Conversation;
import dev.ace.core.Direction;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Inspector;
import dev.ace.core.TenantContext;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Inspects one streamed answer incrementally. Each {@link #offer(String) offer} appends a chunk and
 * inspects a sliding window: the last {@code windowChars} characters of the answer (released text plus
 * the text held back), never the whole answer, so the cost per chunk is bounded however long the
 * answer grows. Text is released once {@code holdBackChars} newer characters follow it, so a phrase
 * that crosses a principle is seen whole before its first characters leave. A verdict that enforces
 * (BLOCK or REDACT; released text cannot be redacted) halts the stream; FLAG findings are remembered.
 *
 * <p>An optional slower tier judges the released answer as a whole, from its start, asynchronously on the executor
 * given: when {@code slowEveryChars} have been released, then each time the released text has doubled, and once
 * more when the answer ends, so a complete answer gets the verdict it would get if it had not been streamed. A check
 * reads at most the answer's first {@code slowWindowChars} characters, so an answer's checks read fewer than twice
 * that; past it there are no more checks (the windows still read every character). While a check runs, the next
 * waits for it (the one when the answer ends never does). When one flags, a
 * {@link Retraction} is queued for {@link #drainRetractions()} and the next {@link #offer} or {@link #finish}
 * halts.
 *
 * <p>One instance per stream; calls are serialised by the caller's thread, slow-tier results arrive on
 * the executor's threads and are handed over through a concurrent queue.
 */
public final class StreamInspector {
    /** How far before its nominal start a window reaches back for the start of the sentence it would cut. */
    static final int SENTENCE_REACH = 200;
    private final Inspector inspector;
    private final List<Turn> context;
    private final TenantContext tenant;
    private final int holdBack;
    private final int window;
    private final Inspector slow;
    private final Executor slowExecutor;
    private final int slowWindow;
    private final LongSupplier nanoTime;

    private final StringBuilder text = new StringBuilder();
    private long dropped;
    private long released;
    private long nextSlowAt;
    /** The released text the slower tier reads: the answer's first {@link #slowWindow} characters. */
    private final StringBuilder slowText = new StringBuilder();
    /** How much of {@link #slowText} the last check read. */
    private int slowCheckedChars;
    private final AtomicInteger slowPending = new AtomicInteger();
    private final BooleanSupplier slowBehind;
    private int slowShed;
    private final ConcurrentLinkedQueue<Retraction> retractions = new ConcurrentLinkedQueue<>();
    private volatile Retraction firstRetraction;
    /** Where a check that flags after the stream ended reports ({@link #afterEnd}); null until then. */
    private volatile java.util.function.Consumer<Retraction> lateFlags;
    private StreamStep.Halt halt;
    private final List<Verdict> flags = new ArrayList<>();
    private long inspectNanos;
    private int inspections;

    private StreamInspector(Builder b) {
        this.inspector = b.inspector;
        this.context = List.copyOf(b.context);
        this.tenant = b.tenant;
        this.holdBack = b.holdBackChars;
        this.window = Math.max(b.windowChars, 2 * b.holdBackChars);
        this.slow = b.slow;
        this.slowExecutor = b.slowExecutor;
        this.slowBehind = b.slowBehind;
        this.slowWindow = Math.max(b.slowWindowChars, b.slowEveryChars);
        this.nextSlowAt = b.slowEveryChars;
        this.nanoTime = b.nanoTime;
    }

    public static Builder builder(Inspector inspector) {
        return new Builder(inspector);
    }

    /** Appends a chunk of the answer and says what may be released now. */
    public StreamStep offer(String chunk) {
        if (halt != null) {
            return halt;
        }
        StreamStep retracted = haltIfRetracted();
        if (retracted != null) {
            return retracted;
        }
        if (chunk.isEmpty()) {
            return new StreamStep.Release("", released);
        }
        text.append(chunk);
        Verdict v = inspectWindow();
        if (v.action().enforces()) {
            return halt(v, false);
        }
        long end = dropped + text.length() - holdBack;
        return release(end);
    }

    /** The answer is complete: releases what was held back (or halts), and checks the tail in the slower tier. */
    public StreamStep finish() {
        if (halt != null) {
            return halt;
        }
        StreamStep retracted = haltIfRetracted();
        if (retracted != null) {
            return retracted;
        }
        StreamStep step = release(dropped + text.length());
        if (slow != null && slowText.length() > slowCheckedChars) {
            submitSlow();
        }
        return step;
    }

    /** Retractions raised by the slower tier since the last call, oldest first. */
    public List<Retraction> drainRetractions() {
        List<Retraction> out = new ArrayList<>();
        for (Retraction r; (r = retractions.poll()) != null; ) {
            out.add(r);
        }
        return out;
    }

    /**
     * The stream is over (its last frame written) while slower-tier checks may still be running: a check that flags
     * from now on, or flagged and was not drained, is handed to {@code late} (on the slower tier's thread, or on this
     * one), exactly once, so that the caller can record what it found about an answer already delivered.
     */
    public void afterEnd(java.util.function.Consumer<Retraction> late) {
        lateFlags = Objects.requireNonNull(late, "late");
        for (Retraction r; (r = retractions.poll()) != null; ) {
            late.accept(r);
        }
    }

    /** Checks of the growing answer skipped because the slower tier was behind ({@link Builder#slowBehind}). */
    public int slowChecksShed() {
        return slowShed;
    }

    /** True while a slower-tier check has been submitted and has not answered yet. */
    public boolean slowChecksPending() {
        return slowPending.get() > 0;
    }

    /** Verdicts that flagged (without enforcing) along the way. */
    public List<Verdict> flags() {
        return List.copyOf(flags);
    }

    public long releasedChars() {
        return released;
    }

    /** Time spent in the fast inspector over the whole stream, on the inspector's clock. */
    public long inspectNanos() {
        return inspectNanos;
    }

    public int inspections() {
        return inspections;
    }

    private Verdict inspectWindow() {
        int from = windowStart();
        long t0 = nanoTime.getAsLong();
        Verdict v = inspector.inspect(request(text.substring(from)));
        inspectNanos += nanoTime.getAsLong() - t0;
        inspections++;
        if (v.flagged() && !v.action().enforces()) {
            flags.add(v);
        }
        compact();
        return v;
    }

    /**
     * Where the window starts: {@link #window} characters back, then back to the start of the sentence it would cut
     * (at most {@link #SENTENCE_REACH} further), or else of the word. A window cut mid-sentence loses what frames the
     * rest: "... I can't write a sexual story involving a 15-year-old" read from "sexual story" on is no longer a
     * refusal, and rules halted 5 of 80 long benign answers on windows cut that way.
     */
    private int windowStart() {
        int from = Math.max(0, text.length() - window);
        if (from == 0) {
            return 0;
        }
        int limit = Math.max(0, from - SENTENCE_REACH);
        for (int i = from; i >= limit; i--) {
            if (i == 0 ? dropped == 0 : endsSentence(text.charAt(i - 1))) {
                return i;
            }
        }
        while (from > limit && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return from > 0 && Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    /** Forgets released text the window can no longer reach, so memory stays bounded. */
    private void compact() {
        long keepFrom = Math.min(released, dropped + text.length() - window - SENTENCE_REACH);
        int cut = (int) (keepFrom - dropped);
        if (cut > window) {
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text.delete(0, cut);
            dropped += cut;
        }
    }

    private InspectionRequest request(String answer) {
        List<Turn> turns = new ArrayList<>(context);
        turns.add(Turn.assistant(answer));
        return new InspectionRequest(new Conversation(turns), Direction.OUTPUT, tenant);
    }

    private StreamStep release(long end) {
        if (end <= released) {
            return new StreamStep.Release("", released);
        }
        int to = (int) (end - dropped);
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--; // never split a surrogate pair
        }
        int from = (int) (released - dropped);
        if (to <= from) {
            return new StreamStep.Release("", released);
        }
        String out = text.substring(from, to);
        released += out.length();
        if (slow != null) {
            keepForSlowTier(out);
            // one check at a time per stream: while one runs, the next waits for it and then reads more text, so a
            // slow tier that falls behind under load gets fewer, longer checks instead of a growing queue
            if (released >= nextSlowAt && slowText.length() > slowCheckedChars && slowPending.get() == 0) {
                nextSlowAt = 2 * released;
                if (slowBehind.getAsBoolean()) {
                    slowShed++; // the slower tier is behind: this check is shed, the one at the end is not
                } else {
                    submitSlow();
                }
            }
        }
        return new StreamStep.Release(out, released);
    }

    /** Keeps released text for the slower tier, up to its first {@link #slowWindow} characters. */
    private void keepForSlowTier(String out) {
        int room = slowWindow - slowText.length();
        if (room <= 0) {
            return;
        }
        int take = Math.min(room, out.length());
        if (take < out.length() && take > 0 && Character.isHighSurrogate(out.charAt(take - 1))) {
            take--; // never keep half a surrogate pair
        }
        slowText.append(out, 0, take);
    }

    /** Submits the answer's released text, up to its first {@link #slowWindow} characters, to the slower tier. */
    private void submitSlow() {
        String segment = slowText.toString();
        long segStart = 0;
        long upTo = segment.length();
        slowCheckedChars = segment.length();
        slowPending.incrementAndGet();
        InspectionRequest req = request(segment);
        slowExecutor.execute(() -> {
            try {
                Verdict v = slow.inspect(req);
                if (v.action().enforces()) {
                    Retraction r = new Retraction(first(v.principleIds()), segStart, upTo, v, nanoTime.getAsLong());
                    if (firstRetraction == null) {
                        firstRetraction = r;
                    }
                    retractions.add(r);
                    java.util.function.Consumer<Retraction> late = lateFlags;
                    // whoever takes it from the queue reports it: this thread or afterEnd, never both
                    if (late != null && retractions.remove(r)) {
                        late.accept(r);
                    }
                }
            } finally {
                slowPending.decrementAndGet();
            }
        });
    }

    private StreamStep haltIfRetracted() {
        Retraction r = firstRetraction;
        return r == null ? null : halt(r.verdict(), true);
    }

    private StreamStep halt(Verdict v, boolean retracted) {
        halt = new StreamStep.Halt(v, first(v.principleIds()), released, retracted);
        return halt;
    }

    private static String first(Set<String> ids) {
        return ids.isEmpty() ? "unknown" : ids.iterator().next();
    }

    /** Configures a stream inspector. */
    public static final class Builder {
        private final Inspector inspector;
        private List<Turn> context = List.of();
        private TenantContext tenant = TenantContext.local();
        private int holdBackChars = 64;
        private int windowChars = 512;
        private Inspector slow;
        private Executor slowExecutor;
        private int slowEveryChars = 256;
        private int slowWindowChars = 8192;
        private BooleanSupplier slowBehind = () -> false;
        private LongSupplier nanoTime = System::nanoTime;

        private Builder(Inspector inspector) {
            this.inspector = Objects.requireNonNull(inspector, "inspector");
        }

        /** The conversation the answer replies to (its turns give the inspector context). */
        public Builder context(List<Turn> turns) {
            this.context = turns;
            return this;
        }

        public Builder tenant(TenantContext tenant) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            return this;
        }

        /** Characters held back behind the newest one; 0 releases text as soon as it is inspected. */
        public Builder holdBackChars(int chars) {
            if (chars < 0) {
                throw new IllegalArgumentException("holdBackChars " + chars + " is negative");
            }
            this.holdBackChars = chars;
            return this;
        }

        /** Characters of recent text each inspection sees (at least twice the hold-back). */
        public Builder windowChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("windowChars " + chars + " must be positive");
            }
            this.windowChars = chars;
            return this;
        }

        /**
         * A slower tier run on {@code executor} over the released answer: first when {@code everyChars} are
         * released, then each time the released text doubles, and when the answer ends.
         */
        public Builder slowTier(Inspector slow, Executor executor, int everyChars) {
            if (everyChars < 1) {
                throw new IllegalArgumentException("everyChars " + everyChars + " must be positive");
            }
            this.slow = Objects.requireNonNull(slow, "slow");
            this.slowExecutor = Objects.requireNonNull(executor, "executor");
            this.slowEveryChars = everyChars;
            return this;
        }

        /** How much of an answer the slower tier reads: its first {@code chars} characters; default 8192. */
        public Builder slowWindowChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("slowWindowChars " + chars + " must be positive");
            }
            this.slowWindowChars = chars;
            return this;
        }

        /**
         * Load shedding for the slower tier: while {@code behind} answers true (say, its executor has a backlog),
         * the checks of the growing answer are skipped; the check of the whole answer at its end always runs.
         * Default: never behind.
         */
        public Builder slowBehind(BooleanSupplier behind) {
            this.slowBehind = Objects.requireNonNull(behind, "behind");
            return this;
        }

        public Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        public StreamInspector build() {
            return new StreamInspector(this);
        }
    }
}
