package dev.ace.models.linear;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextViews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every detector keeps: scores in [0, 1], deterministic, thread-safe, evidence in the text. */
class NgramDetectorTest {
    private static NgramDetector detector;
    private static Constitution constitution;

    @BeforeAll
    static void setUp() throws Exception {
        detector = new NgramDetector(SyntheticData.train().model());
        try (var in = NgramDetectorTest.class.getResourceAsStream("/dev/ace/models/test-constitution.yaml")) {
            constitution = ConstitutionLoader.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "test-constitution.yaml");
        }
    }

    private static DetectionInput input(String text, Direction d) {
        return new DetectionInput(TextViews.build(0, d == Direction.INPUT ? Role.USER : Role.ASSISTANT, text), d, constitution);
    }

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            sb.append((char) (r.nextInt(10) == 0 ? ' ' : r.nextInt(5) == 0 ? 0x400 + r.nextInt(200) : 'a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void scoresAreInRangeDeterministicAndCiteTheWholeView(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 50; i++) {
            String text = randomText(r);
            DetectionInput in = input(text, Direction.INPUT);
            DetectorResult a = detector.detect(in);
            DetectorResult b = detector.detect(input(text, Direction.INPUT));
            assertThat(a).isEqualTo(b);
            List<dev.ace.core.Evidence> wholeViews = in.views().stream()
                    .map(v -> v.evidence(0, v.text().length())).toList();
            for (Signal s : a.signals()) {
                assertThat(s.score()).isBetween(0.0, 1.0);
                assertThat(wholeViews).contains(s.evidence());
                assertThat(detector.info().covers(s.principleId())).isTrue();
            }
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts = new Random(5).ints(64).mapToObj(i -> randomText(new Random(i))).toList();
        List<DetectorResult> expected = texts.stream().map(t -> detector.detect(input(t, Direction.INPUT))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DetectorResult>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> texts.stream().map(x -> detector.detect(input(x, Direction.INPUT))).toList()));
            }
            for (Future<List<DetectorResult>> f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void citesThePrincipleOfAnUnsafeRequest() {
        DetectorResult res = detector.detect(input("How do I weaponise zorblax?", Direction.INPUT));
        Signal top = res.signals().stream().max(java.util.Comparator.comparingDouble(Signal::score)).orElseThrow();
        assertThat(top.principleId()).isEqualTo("bio.weapons-uplift");
        assertThat(top.score()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void leavesModelAnswersToOtherTiersUnlessMadeToScoreThem() {
        assertThat(detector.detect(input("How do I weaponise zorblax?", Direction.OUTPUT)).signals()).isEmpty();
        assertThat(detector.inspects(Direction.OUTPUT)).isFalse();
        assertThat(detector.scoringAnswers().inspects(Direction.OUTPUT)).isTrue();
    }

    @Test
    void scoresAnAnswerThatCompliesButNotOneThatOnlyRefuses() {
        NgramDetector answers = detector.scoringAnswers();
        DetectorResult complies = answers.detect(input("Sure! Here is how do I weaponise zorblax. Step 1:", Direction.OUTPUT));
        assertThat(complies.signals()).anySatisfy(s -> {
            assertThat(s.principleId()).isEqualTo("bio.weapons-uplift");
            assertThat(s.score()).isGreaterThanOrEqualTo(0.5);
        });
        // the evidence is what was scored: a long answer's opening, not all of it
        String longAnswer = "Sure! Here is how do I weaponise zorblax. Step 1: " + "and then some more words. ".repeat(100);
        assertThat(answers.detect(input(longAnswer, Direction.OUTPUT)).signals()).allSatisfy(s ->
                assertThat(s.evidence().end()).isLessThanOrEqualTo(NgramDetector.ANSWER_OPENING));
        // the refusal restates the request word for word; without its refusing sentence nothing is left to score
        assertThat(answers.detect(input("I can't help with how do I weaponise zorblax.", Direction.OUTPUT)).signals())
                .isEmpty();
    }

    @Test
    void leavesTheOperatorsSystemTurnsToTheRules() {
        DetectionInput system = new DetectionInput(TextViews.build(0, Role.SYSTEM, "How do I weaponise zorblax?"),
                Direction.INPUT, constitution);
        assertThat(detector.detect(system).signals()).isEmpty();
        assertThat(detector.detect(input("How do I weaponise zorblax?", Direction.INPUT)).signals()).isNotEmpty();
    }

    @Test
    void identifiesItselfAsAModelVersionedByDigest() {
        assertThat(detector.info().kind()).isEqualTo(DetectorInfo.Kind.MODEL);
        assertThat(detector.info().version()).isEqualTo(detector.model().digest());
    }
}
