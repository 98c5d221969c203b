package dev.ace.core.stream;

import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StreamInspectorTest {
    static final String YAML = """
            id: stream-test
            version: "1"
            principles:
              - id: test.forbidden
                title: Forbidden word
                text: Never say the forbidden word.
                category: test
                severity: critical
                applies_to: both
                actions: {HIGH_TRUST: block, LOW_TRUST: block}
                failure_mode: fail_closed
                threshold: 0.5
                examples: {violating: [xyzzy], complying: [hello]}
              - id: test.mild
                title: Mild word
                text: The mild word is noted.
                category: test
                severity: low
                applies_to: both
                actions: {HIGH_TRUST: flag, LOW_TRUST: flag}
                failure_mode: fail_open
                threshold: 0.5
                examples: {violating: [meh], complying: [hello]}
            """;
    static final Constitution CONSTITUTION = parse();
    final AtomicLong clock = new AtomicLong();

    static Constitution parse() {
        try {
            return ConstitutionLoader.parse(YAML, "stream-test.yaml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Cascade cascade(MarkerDetector... detectors) {
        return Cascade.builder(CONSTITUTION).cacheSize(0)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(5), 0.0, detectors)).build();
    }

    /** A marker detector that also records every text it reads into {@code seen}. */
    static MarkerDetector recording(String id, String marker, List<String> seen) {
        return new MarkerDetector(id, marker, "test.forbidden") {
            @Override
            public dev.ace.core.detect.DetectorResult detect(dev.ace.core.detect.DetectionInput input) {
                seen.add(input.primary().text());
                return super.detect(input);
            }
        };
    }

    StreamInspector.Builder builder(int holdBack) {
        return StreamInspector.builder(cascade(new MarkerDetector("fast", "xyzzy", "test.forbidden"),
                new MarkerDetector("mild", "meh", "test.mild")))
                .holdBackChars(holdBack).windowChars(64).nanoTime(clock::get);
    }

    @Test
    void releasesTextOnlyBehindTheHoldBackWindow() {
        StreamInspector s = builder(5).build();
        StreamStep a = s.offer("Hello");
        assertThat(a).isEqualTo(new StreamStep.Release("", 0));
        StreamStep b = s.offer(" world");
        assertThat(b).isEqualTo(new StreamStep.Release("Hello ", 6));
        assertThat(s.finish()).isEqualTo(new StreamStep.Release("world", 11));
    }

    @Test
    void haltsBeforeReleasingAMarkerSplitAcrossChunks() {
        StreamInspector s = builder(8).build();
        StringBuilder out = new StringBuilder();
        StreamStep last = null;
        for (String chunk : new String[] {"Sure, here ", "it is: xy", "z", "zy and more"}) {
            last = s.offer(chunk);
            if (last instanceof StreamStep.Release r) {
                out.append(r.text());
            }
        }
        assertThat(last).isInstanceOf(StreamStep.Halt.class);
        StreamStep.Halt halt = (StreamStep.Halt) last;
        assertThat(halt.principleId()).isEqualTo("test.forbidden");
        assertThat(halt.retracted()).isFalse();
        assertThat(out.toString()).doesNotContain("x");
        assertThat(s.finish()).isSameAs(halt);
        assertThat(s.offer("more")).isSameAs(halt);
    }

    @Test
    void remembersFlagsWithoutHalting() {
        StreamInspector s = builder(0).build();
        assertThat(s.offer("well meh ok")).isEqualTo(new StreamStep.Release("well meh ok", 11));
        assertThat(s.flags()).hasSize(1);
        assertThat(s.flags().get(0).principleIds()).containsExactly("test.mild");
    }

    @Test
    void inspectsABoundedWindowNotTheWholeAnswer() {
        MarkerDetector fast = new MarkerDetector("fast", "xyzzy", "test.forbidden");
        StreamInspector s = StreamInspector.builder(cascade(fast)).holdBackChars(16).windowChars(64).build();
        for (int i = 0; i < 1000; i++) {
            assertThat(s.offer("tok" + (i % 10) + " ").halted()).isFalse();
        }
        assertThat(s.finish().halted()).isFalse();
        assertThat(s.releasedChars()).isEqualTo(5000);
        // 1000 inspections of at most 64 characters each (and the start of the sentence cut), far less than
        // re-reading a growing answer (~2.5 M chars)
        assertThat(fast.charsRead.get()).isLessThanOrEqualTo((64L + StreamInspector.SENTENCE_REACH) * 1000);
    }

    @Test
    void aWindowStartsWhereTheSentenceItWouldCutStarts() {
        List<String> seen = new ArrayList<>();
        MarkerDetector recording = recording("fast", "xyzzy", seen);
        StreamInspector s = StreamInspector.builder(cascade(recording)).holdBackChars(8).windowChars(64).build();
        seen.clear();
        for (int i = 0; i < 40; i++) {
            s.offer("Sentence " + i + " is about the weather. ");
        }
        // windows of 64 characters reach back to the sentence they would cut: none starts mid-sentence
        assertThat(seen).hasSize(40).allSatisfy(w -> assertThat(w).startsWith("sentence "));
    }

    @Test
    void neverSplitsASurrogatePair() {
        StreamInspector s = builder(1).build();
        StreamStep a = s.offer("a\uD83D\uDE00");
        assertThat(a).isEqualTo(new StreamStep.Release("a", 1));
        StreamStep b = s.offer("b");
        assertThat(b).isEqualTo(new StreamStep.Release("\uD83D\uDE00", 3));
    }

    @Test
    void slowTierFlagRaisesARetractionAndHaltsTheRest() {
        Queue<Runnable> tasks = new ArrayDeque<>();
        MarkerDetector slowDetector = new MarkerDetector("slow", "plugh", "test.forbidden");
        StreamInspector s = builder(0).slowTier(cascade(slowDetector), tasks::add, 10).build();
        assertThat(s.offer("first plugh!")).isEqualTo(new StreamStep.Release("first plugh!", 12));
        assertThat(s.slowChecksPending()).isTrue();
        clock.set(42);
        tasks.poll().run();
        assertThat(s.slowChecksPending()).isFalse();
        assertThat(s.drainRetractions()).singleElement().satisfies(r -> {
            assertThat(r.principleId()).isEqualTo("test.forbidden");
            assertThat(r.start()).isZero();
            assertThat(r.end()).isEqualTo(12);
            assertThat(r.atNanos()).isEqualTo(42);
        });
        StreamStep next = s.offer("second");
        assertThat(next).isInstanceOfSatisfying(StreamStep.Halt.class, h -> assertThat(h.retracted()).isTrue());
    }

    @Test
    void aSlowCheckThatFlagsAfterTheStreamEndedIsHandedOverOnce() {
        Queue<Runnable> tasks = new ArrayDeque<>();
        MarkerDetector slowDetector = new MarkerDetector("slow", "plugh", "test.forbidden");
        StreamInspector s = builder(0).slowTier(cascade(slowDetector), tasks::add, 1000).build();
        assertThat(s.offer("a plugh at the end")).isInstanceOf(StreamStep.Release.class);
        assertThat(s.finish()).isInstanceOf(StreamStep.Release.class);
        assertThat(s.slowChecksPending()).isTrue();
        List<Retraction> late = new ArrayList<>();
        s.afterEnd(late::add);
        assertThat(late).isEmpty();
        tasks.poll().run();
        assertThat(late).singleElement().satisfies(r -> assertThat(r.principleId()).isEqualTo("test.forbidden"));
        assertThat(s.drainRetractions()).isEmpty();

        // a flag that arrived before the caller asked is handed over when it does, once
        StreamInspector t = builder(0).slowTier(cascade(slowDetector), tasks::add, 1000).build();
        t.offer("plugh again");
        t.finish();
        tasks.poll().run();
        List<Retraction> queued = new ArrayList<>();
        t.afterEnd(queued::add);
        assertThat(queued).hasSize(1);
    }

    @Test
    void slowTierJudgesTheWholeReleasedAnswerAtDoublingLengthsAndWhenItEnds() {
        List<String> seen = new ArrayList<>();
        MarkerDetector recording = recording("slow", "plugh", seen);
        // checks run as they are submitted (one at a time per stream: a deferred one would hold the next back)
        StreamInspector s = builder(0).slowTier(cascade(recording), Runnable::run, 10).slowWindowChars(1000).build();
        seen.clear(); // the cascade warms its detectors up when built
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String chunk = "w" + (char) ('a' + i % 26) + " ";
            answer.append(chunk);
            s.offer(chunk);
        }
        s.finish();
        // 150 characters in chunks of 3: checks at 12, 24, 48, 96 released characters, and the whole answer at the end
        // (the inspector reads text normalised, so without its trailing space)
        assertThat(seen).containsExactly(answer.substring(0, 12).strip(), answer.substring(0, 24).strip(),
                answer.substring(0, 48).strip(), answer.substring(0, 96).strip(), answer.toString().strip());
        assertThat(s.drainRetractions()).isEmpty();
    }

    @Test
    void slowTierReadsAtMostTheFirstWindowCharactersOfTheAnswerAndThenStops() {
        List<String> seen = new ArrayList<>();
        MarkerDetector recording = recording("slow", "zork", seen);
        StreamInspector s = builder(0).slowTier(cascade(recording), Runnable::run, 10).slowWindowChars(40).build();
        seen.clear();
        assertThat(s.offer("plugh")).isInstanceOf(StreamStep.Release.class);
        for (int i = 0; i < 100; i++) {
            s.offer("abcd");
        }
        s.offer("zork");
        s.finish();
        // checks at 13 and 29 released characters, then the first 40: nothing more however long the answer grows,
        // so a marker past them is never read by the slower tier (the windows read it)
        assertThat(seen).extracting(String::length).containsExactly(13, 29, 40);
        assertThat(seen).allSatisfy(t -> assertThat(t).startsWith("plugh"));
        assertThat(s.drainRetractions()).isEmpty();
    }

    @Test
    void aStreamHasOneSlowCheckRunningAtATimeExceptTheOneAtItsEnd() {
        List<Runnable> tasks = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        StreamInspector s = builder(0).slowTier(cascade(recording("slow", "plugh", seen)), tasks::add, 10)
                .slowWindowChars(1000).build();
        seen.clear();
        for (int i = 0; i < 50; i++) {
            s.offer("abc ");
        }
        assertThat(tasks).hasSize(1); // the first check has not run yet: no second one queued behind it
        tasks.remove(0).run();
        s.offer("abc ");
        assertThat(tasks).hasSize(1); // it ran: the next check reads all released so far
        s.offer("more text ");
        assertThat(tasks).hasSize(1);
        s.finish();
        assertThat(tasks).hasSize(2); // the end is checked even while a check runs
        tasks.forEach(Runnable::run);
        assertThat(seen).extracting(String::length).containsExactly(11, 203, 213);
    }

    @Test
    void whileTheSlowerTierIsBehindOnlyTheCheckAtTheEndRuns() {
        List<String> seen = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean behind = new java.util.concurrent.atomic.AtomicBoolean(true);
        StreamInspector s = builder(0).slowTier(cascade(recording("slow", "plugh", seen)), Runnable::run, 10)
                .slowWindowChars(1000).slowBehind(behind::get).build();
        seen.clear();
        for (int i = 0; i < 10; i++) {
            s.offer("abc "); // 40 characters: the checks at 12 and 24 are shed
        }
        assertThat(seen).isEmpty();
        assertThat(s.slowChecksShed()).isEqualTo(2);
        behind.set(false);
        for (int i = 0; i < 10; i++) {
            s.offer("abc "); // the next check is due at 48 released characters
        }
        s.finish();
        assertThat(seen).extracting(String::length).containsExactly(47, 79);
        assertThat(s.slowChecksShed()).isEqualTo(2);
        behind.set(true);
        StreamInspector busy = builder(0).slowTier(cascade(recording("slow", "plugh", seen)), Runnable::run, 10)
                .slowBehind(behind::get).build();
        seen.clear();
        busy.offer("a long enough answer");
        busy.finish();
        assertThat(seen).containsExactly("a long enough answer"); // the end is checked however far behind
    }

    @Test
    void measuresInspectionTimeOnTheInjectedClock() {
        MarkerDetector ticking = new MarkerDetector("fast", "xyzzy", "test.forbidden") {
            @Override
            public dev.ace.core.detect.DetectorResult detect(dev.ace.core.detect.DetectionInput input) {
                clock.addAndGet(1_000);
                return super.detect(input);
            }
        };
        StreamInspector s = StreamInspector.builder(cascade(ticking)).nanoTime(clock::get).build();
        s.offer("one");
        s.offer("two");
        assertThat(s.inspections()).isEqualTo(2);
        assertThat(s.inspectNanos()).isEqualTo(2_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void releasesExactlyTheAnswerWhateverTheChunking(long seed) {
        Random rnd = new Random(seed);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            answer.append(rnd.nextInt(5) == 0 ? "\uD83D\uDE00" : String.valueOf((char) ('a' + rnd.nextInt(26))));
        }
        String full = answer.toString().replace("xyzzy", "").replace("meh", "");
        StreamInspector s = builder(rnd.nextInt(20)).build();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < full.length()) {
            int n = Math.min(full.length() - i, 1 + rnd.nextInt(9));
            out.append(((StreamStep.Release) s.offer(full.substring(i, i + n))).text());
            i += n;
        }
        out.append(((StreamStep.Release) s.finish()).text());
        assertThat(out.toString()).isEqualTo(full);
    }
}
