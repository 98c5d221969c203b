package dev.ace.core.cascade;

import dev.ace.core.Action;
import dev.ace.core.Conversation;
import dev.ace.core.DetectorFailure;
import dev.ace.core.Direction;
import dev.ace.core.Finding;
import dev.ace.core.InspectionRequest;
import dev.ace.core.TenantContext;
import dev.ace.core.TierReport;
import dev.ace.core.TrustTier;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CascadeTest {
    static Constitution constitution;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CascadeTest.class.getResourceAsStream("/dev/ace/core/constitution/small.yaml")) {
            constitution = ConstitutionLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.yaml");
        }
    }

    /** Scores bio.weapons-uplift by a fixed score for texts containing a marker, 0 otherwise; counts calls. */
    static class Scripted implements Detector {
        final String id;
        final DetectorInfo.Kind kind;
        final String marker;
        final double score;
        final AtomicInteger calls = new AtomicInteger();

        Scripted(String id, DetectorInfo.Kind kind, String marker, double score) {
            this.id = id;
            this.kind = kind;
            this.marker = marker;
            this.score = score;
        }

        @Override
        public DetectorInfo info() {
            return new DetectorInfo(id, "1", kind, Set.of("bio.weapons-uplift"));
        }

        @Override
        public DetectorResult detect(DetectionInput input) throws Exception {
            calls.incrementAndGet();
            var v = input.primary();
            if (!v.text().contains(marker)) {
                return DetectorResult.NONE;
            }
            return new DetectorResult(List.of(new Signal("bio.weapons-uplift", score, v.evidence(0, v.text().length()))));
        }
    }

    static class Throwing implements Detector {
        @Override
        public DetectorInfo info() {
            return new DetectorInfo("broken", "9", DetectorInfo.Kind.MODEL, Set.of());
        }

        @Override
        public DetectorResult detect(DetectionInput input) {
            throw new IllegalStateException("model file corrupt");
        }
    }

    private static InspectionRequest prompt(String text) {
        return InspectionRequest.prompt(text);
    }

    /** Flags a prompt containing a marker only when a system turn contains the same marker. */
    static final class ContextReading implements Detector {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public DetectorInfo info() {
            return new DetectorInfo("ctx", "1", DetectorInfo.Kind.RULE, Set.of("bio.weapons-uplift"));
        }

        @Override
        public boolean readsContext() {
            return true;
        }

        @Override
        public DetectorResult detect(DetectionInput input) {
            calls.incrementAndGet();
            var v = input.primary();
            boolean guarded = input.context().stream().anyMatch(c -> c.text().contains("spores"));
            return guarded && v.text().contains("spores")
                    ? new DetectorResult(List.of(new Signal("bio.weapons-uplift", 0.9, v.evidence(0, v.text().length()))))
                    : DetectorResult.NONE;
        }
    }

    /** Records the system views it is given. */
    static final class ViewRecorder implements Detector {
        final List<List<dev.ace.core.text.TextView>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public DetectorInfo info() {
            return new DetectorInfo("views", "1", DetectorInfo.Kind.RULE, Set.of("bio.weapons-uplift"));
        }

        @Override
        public boolean readsContext() {
            return true;
        }

        @Override
        public DetectorResult detect(DetectionInput input) {
            seen.add(input.context());
            return DetectorResult.NONE;
        }
    }

    @Test
    void theSameSystemPromptIsNormalisedOnceAcrossRequestsAndKeyedByItsPlace() {
        ViewRecorder rec = new ViewRecorder();
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, rec)).build();
        String system = "You are Example Bank's assistant. The staff password is Heron-42; never reveal it.";
        for (int i = 0; i < 3; i++) {
            c.inspect(new InspectionRequest(Conversation.of(Turn.system(system), Turn.user("question " + i)),
                    Direction.INPUT, TenantContext.local()));
        }
        // the same system prompt one turn later: its view must say so (evidence points at turn 1)
        c.inspect(new InspectionRequest(Conversation.of(Turn.system("Be brief."), Turn.system(system),
                Turn.user("question 4")), Direction.INPUT, TenantContext.local()));
        // the system turns themselves are judged without context (and, once seen, answered from the turn cache)
        List<List<dev.ace.core.text.TextView>> userTurns = rec.seen.stream().filter(v -> !v.isEmpty()).toList();
        assertThat(userTurns).hasSize(4);
        var first = userTurns.get(0).get(0);
        assertThat(first.text()).isEqualTo(dev.ace.core.text.TextViews.build(0, dev.ace.core.Role.SYSTEM, system).get(0).text());
        assertThat(first.turnIndex()).isZero();
        assertThat(userTurns.get(1).get(0)).as("the second request reuses the view").isSameAs(first);
        assertThat(userTurns.get(2).get(0)).as("the third request reuses the view").isSameAs(first);
        List<dev.ace.core.text.TextView> moved = userTurns.get(3);
        assertThat(moved).extracting(dev.ace.core.text.TextView::turnIndex).containsExactly(0, 1);
        assertThat(moved.get(0).text()).isEqualTo("be brief."); // normalised
        assertThat(moved.get(1).text()).isEqualTo(first.text());
        assertThat(c.systemViewsCached()).isEqualTo(3); // (0, system), (0, "Be brief."), (1, system)
        Cascade uncached = Cascade.builder(constitution).warmUp(false).cacheSize(0)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, rec)).build();
        uncached.inspect(new InspectionRequest(Conversation.of(Turn.system(system), Turn.user("q")), Direction.INPUT,
                TenantContext.local()));
        assertThat(uncached.systemViewsCached()).isZero();
    }

    @Test
    void aDetectorThatReadsContextJudgesThePromptAgainstTheSystemTurnsAndIsCachedPerSystemPrompt() {
        ContextReading ctx = new ContextReading();
        Scripted plain = new Scripted("m", DetectorInfo.Kind.MODEL, "never-present", 0.9);
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, ctx, plain)).build();
        InspectionRequest guarded = new InspectionRequest(Conversation.of(Turn.system("never discuss spores"),
                Turn.user("tell me about spores")), Direction.INPUT, TenantContext.local());
        InspectionRequest open = new InspectionRequest(Conversation.of(Turn.system("be helpful"),
                Turn.user("tell me about spores")), Direction.INPUT, TenantContext.local());

        assertThat(c.inspect(guarded).action()).isEqualTo(Action.BLOCK);
        assertThat(c.inspect(open).action()).isEqualTo(Action.ALLOW);
        assertThat(c.inspect(guarded).action()).isEqualTo(Action.BLOCK);
        // system turn (no context) + user turn under each of two system prompts; the third call is all cached
        assertThat(ctx.calls.get()).isEqualTo(4);
        // a detector that does not read context is cached per turn alone: "tell me about spores" once
        assertThat(plain.calls.get()).isEqualTo(3);
    }

    @Test
    void allowsWhenNoPrincipleReachesItsThreshold() {
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, new Scripted("m", DetectorInfo.Kind.MODEL, "spores", 0.9)))
                .build();
        Verdict v = c.inspect(prompt("how do vaccines work"));
        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(v.findings()).isEmpty();
        assertThat(v.constitutionDigest()).isEqualTo(constitution.digest());
        assertThat(v.tiers()).singleElement().satisfies(t -> assertThat(t.ran()).isTrue());
    }

    @Test
    void blocksAndCitesThePrincipleWithDetectorProvenance() {
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, new Scripted("m", DetectorInfo.Kind.MODEL, "spores", 0.9)))
                .build();
        Verdict v = c.inspect(prompt("grow spores"));
        assertThat(v.action()).isEqualTo(Action.BLOCK);
        Finding f = v.findings().get(0);
        assertThat(f.principleId()).isEqualTo("bio.weapons-uplift");
        assertThat(f.detectorId()).isEqualTo("m");
        assertThat(f.threshold()).isEqualTo(0.5);
        assertThat(f.basis()).isEqualTo(Finding.Basis.SCORE);
    }

    @Test
    void escalatesOnlyUndecidedTurnsAndLetsTheLaterModelDecide() {
        Scripted fast = new Scripted("fast", DetectorInfo.Kind.MODEL, "spores", 0.45);
        Scripted slow = new Scripted("slow", DetectorInfo.Kind.MODEL, "spores", 0.1);
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, fast))
                .tier(TierSpec.inline("slow", Duration.ofSeconds(1), 0.1, slow))
                .build();
        Verdict benign = c.inspect(prompt("what time is it"));
        assertThat(benign.tiers()).extracting(TierReport::status)
                .containsExactly(TierReport.Status.RAN, TierReport.Status.SKIPPED);
        assertThat(slow.calls).hasValue(0);

        Verdict unsure = c.inspect(prompt("spores?"));
        assertThat(unsure.tiers()).extracting(TierReport::status).containsExactly(TierReport.Status.RAN, TierReport.Status.RAN);
        assertThat(slow.calls).hasValue(1);
        assertThat(unsure.action()).isEqualTo(Action.ALLOW); // the later model superseded 0.45 with 0.1
    }

    @Test
    void confirmingTierSeesPositivesFarAboveTheBandAndMayOverturnThem() {
        Scripted fast = new Scripted("fast", DetectorInfo.Kind.MODEL, "spores", 0.99);
        Scripted precise = new Scripted("precise", DetectorInfo.Kind.MODEL, "nothing", 0.9);
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, fast))
                .tier(TierSpec.inline("precise", Duration.ofSeconds(1), 0.1, precise).confirming())
                .build();
        Verdict v = c.inspect(prompt("spores in my garden"));
        assertThat(precise.calls).hasValue(1);
        assertThat(v.action()).isEqualTo(Action.ALLOW);
        c.inspect(prompt("what time is it"));
        assertThat(precise.calls).hasValue(1); // clearly benign: never escalated
    }

    @Test
    void ruleScoresAreNeverOverriddenByALaterModel() {
        Scripted rule = new Scripted("rules", DetectorInfo.Kind.RULE, "spores", 0.55);
        Scripted slow = new Scripted("slow", DetectorInfo.Kind.MODEL, "spores", 0.0);
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, rule))
                .tier(TierSpec.inline("slow", Duration.ofSeconds(1), 0.2, slow))
                .build();
        Verdict v = c.inspect(prompt("spores"));
        assertThat(slow.calls).hasValue(1);
        assertThat(v.action()).isEqualTo(Action.BLOCK);
        assertThat(v.findings().get(0).detectorId()).isEqualTo("rules");
    }

    @Test
    void throwingDetectorIsContainedAndFailClosedPrincipleBlocks() {
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, new Throwing()))
                .build();
        Verdict v = c.inspect(prompt("hello"));
        assertThat(v.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DetectorFailure.Kind.THREW);
            assertThat(f.message()).contains("model file corrupt");
            assertThat(f.detectorId()).isEqualTo("broken");
        });
        // bio fails closed -> block; jailbreak fails open -> no finding
        assertThat(v.action()).isEqualTo(Action.BLOCK);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.principleId()).isEqualTo("bio.weapons-uplift");
            assertThat(f.basis()).isEqualTo(Finding.Basis.FAIL_CLOSED);
        });
    }

    @Test
    void failOpenPrincipleLetsTextPassWhenItsDetectorFails() {
        Detector jailbreakOnly = new Throwing() {
            @Override
            public DetectorInfo info() {
                return new DetectorInfo("broken", "9", DetectorInfo.Kind.MODEL, Set.of("jailbreak.attempt"));
            }
        };
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, jailbreakOnly))
                .build();
        Verdict v = c.inspect(prompt("hello"));
        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(v.failures()).hasSize(1);
    }

    @Test
    void inlineOverrunIsRecordedWithTheInjectedClockButItsAnswerCounts() {
        AtomicLong now = new AtomicLong();
        Detector slow = new Scripted("slowpoke", DetectorInfo.Kind.MODEL, "spores", 0.9) {
            @Override
            public DetectorResult detect(DetectionInput input) throws Exception {
                now.addAndGet(Duration.ofMillis(50).toNanos()); // the fake clock advances as if it took 50 ms
                return super.detect(input);
            }
        };
        Cascade c = Cascade.builder(constitution).warmUp(false).nanoTime(now::get)
                .tier(TierSpec.inline("fast", Duration.ofMillis(5), 0, slow))
                .build();
        Verdict benign = c.inspect(prompt("hello"));
        assertThat(benign.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DetectorFailure.Kind.OVERRAN);
            assertThat(f.elapsed()).isEqualTo(Duration.ofMillis(50));
        });
        assertThat(benign.action()).isEqualTo(Action.ALLOW); // a late answer is an answer: no fail-closed block
        assertThat(c.inspect(prompt("spores")).action()).isEqualTo(Action.BLOCK);
    }

    @Test
    void isolatedDetectorThatHangsIsAbandonedAtTheBudget() {
        CountDownLatch never = new CountDownLatch(1);
        Detector hanging = new Scripted("hang", DetectorInfo.Kind.JUDGE, "x", 0.0) {
            @Override
            public DetectorResult detect(DetectionInput input) throws InterruptedException {
                never.await();
                return DetectorResult.NONE;
            }
        };
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.isolated("judge", Duration.ofMillis(20), 0, hanging))
                .build();
        Verdict v = c.inspect(prompt("hello"));
        assertThat(v.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DetectorFailure.Kind.TIMED_OUT);
            assertThat(f.tier()).isEqualTo("judge");
        });
    }

    @Test
    void inspectsEveryTurnAndReusesCachedResultsForEarlierTurns() {
        Scripted m = new Scripted("m", DetectorInfo.Kind.MODEL, "spores", 0.9);
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, m))
                .build();
        Conversation chat = Conversation.of(Turn.user("tell me about spores"), Turn.assistant("they are seeds of fungi"),
                Turn.user("thanks, and ferns?"));
        Verdict first = c.inspect(new InspectionRequest(chat, Direction.INPUT, TenantContext.local()));
        assertThat(first.action()).isEqualTo(Action.BLOCK);
        assertThat(first.findings().get(0).evidence().turnIndex()).isZero();
        assertThat(m.calls).hasValue(3);

        Conversation longer = Conversation.of(Turn.user("tell me about spores"), Turn.assistant("they are seeds of fungi"),
                Turn.user("thanks, and ferns?"), Turn.assistant("ferns use spores too"), Turn.user("ok"));
        c.inspect(new InspectionRequest(longer, Direction.INPUT, TenantContext.local()));
        assertThat(m.calls).hasValue(5); // only the two new turns were scored
    }

    @Test
    void outputDirectionInspectsOnlyTheAnswer() {
        Scripted m = new Scripted("m", DetectorInfo.Kind.MODEL, "spores", 0.9);
        Cascade c = Cascade.builder(constitution).warmUp(false).cacheSize(0)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, m))
                .build();
        Conversation chat = Conversation.of(Turn.user("spores please"), Turn.assistant("I can't help with that."));
        Verdict v = c.inspect(new InspectionRequest(chat, Direction.OUTPUT, TenantContext.local()));
        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(m.calls).hasValue(1);
    }

    @Test
    void warmsInlineDetectorsUpButNeverCallsIsolatedOnesBeforeARequest() {
        Scripted inline = new Scripted("m", DetectorInfo.Kind.MODEL, "spores", 0.9);
        Scripted isolated = new Scripted("judge", DetectorInfo.Kind.JUDGE, "spores", 0.9);
        Cascade.builder(constitution)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, inline))
                .tier(TierSpec.isolated("judge", Duration.ofSeconds(1), 0.2, isolated))
                .build();
        assertThat(inline.calls.get()).isPositive();
        assertThat(isolated.calls).hasValue(0);
    }

    @Test
    void detectorThatDoesNotInspectAnswersNeitherRunsOnThemNorSupersedesOtherScores() {
        Scripted rule = new Scripted("rules", DetectorInfo.Kind.MODEL, "spores", 0.9);
        Scripted promptsOnly = new Scripted("prompt-model", DetectorInfo.Kind.MODEL, "nothing", 0.0) {
            @Override
            public boolean inspects(Direction direction) {
                return direction == Direction.INPUT;
            }
        };
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, rule))
                .tier(TierSpec.inline("slow", Duration.ofSeconds(1), 1.0, promptsOnly))
                .build();
        Verdict answer = c.inspect(InspectionRequest.answer("spores"));
        assertThat(promptsOnly.calls).hasValue(0);
        assertThat(answer.action()).isEqualTo(Action.BLOCK);
        c.inspect(prompt("spores"));
        assertThat(promptsOnly.calls).hasValue(1);
    }

    @Test
    void tenantOverridesChangeThresholdAndAction() {
        Scripted m = new Scripted("m", DetectorInfo.Kind.MODEL, "spores", 0.6);
        Cascade c = Cascade.builder(constitution).warmUp(false)
                .tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, m))
                .build();
        TenantContext strictThreshold = new TenantContext("t", TrustTier.HIGH_TRUST, Map.of("bio.weapons-uplift", 0.7), Map.of());
        assertThat(c.inspect(new InspectionRequest(Conversation.ofUser("spores"), Direction.INPUT, strictThreshold)).action())
                .isEqualTo(Action.ALLOW);
        TenantContext flagOnly = new TenantContext("t", TrustTier.HIGH_TRUST, Map.of(), Map.of("bio.weapons-uplift", Action.FLAG));
        assertThat(c.inspect(new InspectionRequest(Conversation.ofUser("spores"), Direction.INPUT, flagOnly)).action())
                .isEqualTo(Action.FLAG);
    }

    @Test
    void trustTierSelectsThePrinciplesAction() {
        Detector jb = new Detector() {
            @Override
            public DetectorInfo info() {
                return new DetectorInfo("j", "1", DetectorInfo.Kind.MODEL, Set.of("jailbreak.attempt"));
            }

            @Override
            public DetectorResult detect(DetectionInput input) {
                var v = input.primary();
                return new DetectorResult(List.of(new Signal("jailbreak.attempt", 0.8, v.evidence(0, v.text().length()))));
            }
        };
        Cascade c = Cascade.builder(constitution).warmUp(false).tier(TierSpec.inline("fast", Duration.ofSeconds(1), 0, jb)).build();
        assertThat(c.inspect(new InspectionRequest(Conversation.ofUser("x"), Direction.INPUT,
                TenantContext.of("t", TrustTier.HIGH_TRUST))).action()).isEqualTo(Action.FLAG);
        assertThat(c.inspect(new InspectionRequest(Conversation.ofUser("x"), Direction.INPUT,
                TenantContext.of("t", TrustTier.LOW_TRUST))).action()).isEqualTo(Action.BLOCK);
    }
}
