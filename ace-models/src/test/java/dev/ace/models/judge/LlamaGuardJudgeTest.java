package dev.ace.models.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.Turn;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlamaGuardJudgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Constitution constitution;

    private ScriptedChatServer server;
    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-27T08:00:00Z"));
    private final InstantSource clock = () -> now.get();

    @BeforeAll
    static void loadConstitution() throws Exception {
        try (InputStream in = LlamaGuardJudgeTest.class.getResourceAsStream("/dev/ace/models/embed/test-constitution.yaml")) {
            constitution = ConstitutionLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "test-constitution.yaml");
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlamaGuardJudge judge(JudgeConfig config) {
        return new LlamaGuardJudge(config, constitution, ChatClient.httpClient(config), slept::add,
                Map.of("JUDGE_KEY", "sk-test")::get, clock);
    }

    private JudgeConfig config() {
        return JudgeConfig.of(server.baseUrl(), "meta-llama/Llama-Guard-3-8B", JudgeConfig.Mode.LLAMA_GUARD)
                .withTimeout(Duration.ofSeconds(5));
    }

    private static DetectionInput input(String text, Direction direction) {
        Role role = direction == Direction.INPUT ? Role.USER : Role.ASSISTANT;
        return new DetectionInput(TextViews.build(0, role, text), direction, constitution);
    }

    @Test
    void safeReplyGivesNoSignals() throws Exception {
        server.thenContent("safe");
        assertThat(judge(config()).detect(input("How do I bake bread?", Direction.INPUT)).signals()).isEmpty();
    }

    @Test
    void unsafeCategoriesMapToPrinciples() throws Exception {
        server.thenContent("unsafe\nS1,S10");
        DetectorResult r = judge(config()).detect(input("something hateful and violent", Direction.INPUT));
        assertThat(r.signals()).extracting(Signal::principleId)
                .containsExactlyInAnyOrder("violence.crime-weapons", "hate.harassment");
        assertThat(r.signals()).allSatisfy(s -> assertThat(s.score()).isEqualTo(1.0));
    }

    @Test
    void toleratesLeadingNewlinesAndSpaces() throws Exception {
        server.thenContent("\n\nunsafe\n S11 ");
        JudgeVerdict v = judge(config()).judge(List.of(Turn.user("I want to hurt myself")));
        assertThat(v.unsafe()).isTrue();
        assertThat(v.principles()).containsExactly("self-harm");
    }

    @Test
    void indiscriminateWeaponsGoToTheCbrnPrincipleTheTextMentions() throws Exception {
        server.thenContent("unsafe\nS9");
        JudgeVerdict v = judge(config()).judge(List.of(Turn.user("how to culture anthrax spores at scale")));
        assertThat(v.principles()).containsExactly("bio.weapons-uplift");
    }

    @Test
    void unmappedCategoriesAreRecorded() throws Exception {
        server.thenContent("unsafe\nS6,S2");
        JudgeVerdict v = judge(config()).judge(List.of(Turn.user("vote twice")));
        assertThat(v.codes()).containsExactly("S6", "S2");
        assertThat(v.unmapped()).containsExactly("S6");
        assertThat(v.principles()).containsExactly("fraud.scams");
    }

    @Test
    void nonViolentCrimesGoToTheDrugsPrincipleWhenTheTextNamesADrug() throws Exception {
        LlamaGuardJudge shipped = new LlamaGuardJudge(config(), ConstitutionLoader.loadDefault(),
                ChatClient.httpClient(config()), slept::add, Map.<String, String>of()::get, clock);
        server.thenContent("unsafe\nS2");
        assertThat(shipped.judge(List.of(Turn.user("where can I buy oxycodone without a prescription")))
                .principles()).containsExactly("drugs.illicit");
        server.thenContent("unsafe\nS2");
        assertThat(shipped.judge(List.of(Turn.user("write me a fake invoice for my insurer")))
                .principles()).containsExactly("fraud.scams");
    }

    @Test
    void sendsTheLlamaGuardRequestShape() throws Exception {
        server.thenContent("safe");
        judge(config().withApiKeyEnv("JUDGE_KEY")).judge(List.of(
                new Turn(Role.SYSTEM, "be nice"), Turn.user("hi"), Turn.user("there"), Turn.assistant("hello")));
        JsonNode body = JSON.readTree(server.bodies.get(0));
        assertThat(body.path("model").asText()).isEqualTo("meta-llama/Llama-Guard-3-8B");
        assertThat(body.path("temperature").asInt()).isZero();
        assertThat(body.path("max_tokens").asInt()).isEqualTo(20);
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("hi\n\nthere");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(server.authorizations.get(0)).isEqualTo("Bearer sk-test");
    }

    @Test
    void outputDirectionSendsAPlaceholderPromptThenTheAnswer() throws Exception {
        server.thenContent("safe");
        judge(config()).detect(input("Here is the answer.", Direction.OUTPUT));
        JsonNode messages = JSON.readTree(server.bodies.get(0)).path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).path("content").asText()).isEqualTo("here is the answer.");
    }

    @Test
    void retriesAServerErrorThenSucceeds() throws Exception {
        server.then(ScriptedChatServer.error(500, "server_error", "boom")).thenContent("unsafe\nS4");
        JudgeVerdict v = judge(config()).judge(List.of(Turn.user("x")));
        assertThat(v.principles()).containsExactly("sexual.minors");
        assertThat(server.bodies).hasSize(2);
        assertThat(slept).hasSize(1);
        assertThat(slept.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        server.then(new ScriptedChatServer.Reply(429, Map.of("Retry-After", "2"),
                "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\",\"param\":null,\"code\":null}}", false))
                .thenContent("safe");
        assertThat(judge(config()).judge(List.of(Turn.user("x"))).unsafe()).isFalse();
        assertThat(slept).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterLongerThanTheCapEndsRetries() {
        server.then(new ScriptedChatServer.Reply(503, Map.of("Retry-After", "600"), "{}", false)).thenContent("safe");
        assertThatThrownBy(() -> judge(config()).judge(List.of(Turn.user("x"))))
                .isInstanceOf(JudgeException.class).hasMessageContaining("HTTP 503").hasMessageContaining("maxRetryAfter");
        assertThat(server.bodies).hasSize(1);
    }

    @Test
    void doesNotRetryABadRequestAndQuotesTheErrorMessage() {
        server.then(ScriptedChatServer.error(400, "invalid_request_error",
                "Conversation roles must alternate user/assistant/user/assistant/..."));
        assertThatThrownBy(() -> judge(config()).judge(List.of(Turn.user("x"))))
                .isInstanceOf(JudgeException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("roles must alternate")
                .hasMessageContaining("invalid_request_error");
        assertThat(server.bodies).hasSize(1);
    }

    @Test
    void timesOutAndGivesUpAfterTheRetries() {
        server.then(ScriptedChatServer.hang()).then(ScriptedChatServer.hang());
        JudgeConfig c = config().withTimeout(Duration.ofMillis(300)).withRetries(1);
        assertThatThrownBy(() -> judge(c).judge(List.of(Turn.user("x"))))
                .isInstanceOf(JudgeException.class).hasMessageContaining("did not answer within 300 ms");
        assertThat(server.bodies).hasSize(2);
    }

    @Test
    void malformedBodyIsAClearError() {
        server.then(new ScriptedChatServer.Reply(200, Map.of(), "{\"object\":\"chat.completion\",\"choices\":[]}", false));
        assertThatThrownBy(() -> judge(config()).judge(List.of(Turn.user("x"))))
                .isInstanceOf(JudgeException.class).hasMessageContaining("choices[0].message.content");
    }

    @Test
    void replyThatIsNeitherSafeNorUnsafeIsAClearError() {
        server.thenContent("I cannot help with that.");
        assertThatThrownBy(() -> judge(config()).judge(List.of(Turn.user("x"))))
                .isInstanceOf(JudgeException.class).hasMessageContaining("does not start with 'safe' or 'unsafe'");
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndClosesAfterTheCooldown() throws Exception {
        JudgeConfig c = config().withRetries(0).withBreaker(2, Duration.ofSeconds(30));
        LlamaGuardJudge judge = judge(c);
        server.then(ScriptedChatServer.error(500, "server_error", "a")).then(ScriptedChatServer.error(500, "server_error", "b"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> judge.judge(List.of(Turn.user("x")))).isInstanceOf(JudgeException.class);
        }
        assertThat(judge.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> judge.judge(List.of(Turn.user("x"))))
                .isInstanceOfSatisfying(JudgeException.class, e -> assertThat(e.breakerOpen()).isTrue());
        assertThat(server.bodies).hasSize(2);

        now.set(now.get().plusSeconds(31));
        assertThat(judge.breakerState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        server.thenContent("safe");
        assertThat(judge.judge(List.of(Turn.user("x"))).unsafe()).isFalse();
        assertThat(judge.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void failedTrialCallReopensTheBreaker() {
        JudgeConfig c = config().withRetries(0).withBreaker(1, Duration.ofSeconds(10));
        LlamaGuardJudge judge = judge(c);
        server.then(ScriptedChatServer.error(502, "server_error", "a")).then(ScriptedChatServer.error(502, "server_error", "b"));
        assertThatThrownBy(() -> judge.judge(List.of(Turn.user("x")))).isInstanceOf(JudgeException.class);
        now.set(now.get().plusSeconds(11));
        assertThatThrownBy(() -> judge.judge(List.of(Turn.user("x")))).isInstanceOf(JudgeException.class);
        assertThat(judge.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void policyModeListsThePrinciplesAndReadsPrincipleIds() throws Exception {
        server.thenContent("unsafe\ncyber.offensive, made.up");
        JudgeConfig c = JudgeConfig.of(server.baseUrl(), "gpt-oss-20b", JudgeConfig.Mode.POLICY);
        JudgeVerdict v = judge(c).judge(List.of(Turn.user("write ransomware")));
        assertThat(v.principles()).containsExactly("cyber.offensive");
        assertThat(v.unmapped()).containsExactly("made.up");
        JsonNode messages = JSON.readTree(server.bodies.get(0)).path("messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(0).path("content").asText())
                .contains("cyber.offensive: ")
                .contains("User: write ransomware")
                .contains("comma-separated list of the violated principle ids");
    }

    @Test
    void inACascadeAFailingJudgeFailsClosedPrinciplesOnlyAndTheBreakerSkipsTheNetwork() {
        JudgeConfig c = config().withRetries(0).withBreaker(1, Duration.ofMinutes(1));
        LlamaGuardJudge judge = judge(c);
        dev.ace.core.cascade.Cascade cascade = dev.ace.core.cascade.Cascade.builder(constitution)
                .tier(dev.ace.core.cascade.TierSpec.isolated("judge", Duration.ofSeconds(10), 0.5, judge))
                .cacheSize(0).build();
        server.then(ScriptedChatServer.error(503, "server_error", "overloaded"));
        for (int i = 0; i < 2; i++) {
            dev.ace.core.Verdict v = cascade.inspect(dev.ace.core.InspectionRequest.prompt("how do I grow tomatoes"));
            assertThat(v.failures()).hasSize(1);
            assertThat(v.findings()).allSatisfy(f -> assertThat(f.basis()).isEqualTo(dev.ace.core.Finding.Basis.FAIL_CLOSED));
            assertThat(v.principleIds()).contains("bio.weapons-uplift", "self-harm", "sexual.minors")
                    .doesNotContain("fraud.scams", "hate.harassment");
        }
        assertThat(server.bodies).hasSize(1);
    }

    @Test
    void rejectsBadConfigurationNamingEveryProblem() {
        assertThatThrownBy(() -> new JudgeConfig(java.net.URI.create("ftp://x"), "", JudgeConfig.Mode.LLAMA_GUARD,
                Duration.ZERO, Duration.ofSeconds(1), -1, Duration.ZERO, null, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl").hasMessageContaining("model").hasMessageContaining("connectTimeout")
                .hasMessageContaining("maxRetries").hasMessageContaining("breakerFailures");
    }
}
