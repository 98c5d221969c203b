package dev.ace.models.judge;

import dev.ace.core.Direction;
import dev.ace.core.Role;
import dev.ace.core.Turn;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.Principle;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextView;

import java.net.http.HttpClient;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The LLM judge: asks an OpenAI-compatible chat endpoint whether a turn is safe. In
 * {@link JudgeConfig.Mode#LLAMA_GUARD} mode it sends the turn as Llama Guard 3 expects (the server's chat
 * template adds the policy) and maps the reply's S-codes to principles; in {@link JudgeConfig.Mode#POLICY}
 * mode it sends any chat model the constitution's principles and asks for the violated principle ids.
 *
 * <p>Each principle the judge names scores 1.0; the others it covers score 0. A failed call (after the
 * bounded retries) throws {@link JudgeException}; after {@code breakerFailures} failed calls in a row the
 * circuit breaker opens and calls throw at once until the cool-down has passed, so the cascade applies each
 * principle's failure mode without waiting on a dead endpoint. Thread-safe; one HTTP round trip per call.
 */
public final class LlamaGuardJudge implements Detector {
    public static final String ID = "judge";
    /** Stands in for the prompt when only an answer is judged: Llama Guard needs a user turn first. */
    static final String UNKNOWN_PROMPT = "(the user's request is not shown)";

    private final JudgeConfig config;
    private final Constitution constitution;
    private final ChatClient client;
    private final CircuitBreaker breaker;
    private final DetectorInfo info;

    LlamaGuardJudge(JudgeConfig config, Constitution constitution, HttpClient http, ChatClient.Sleeper sleeper,
                    Function<String, String> env, InstantSource clock) {
        this.config = config;
        this.constitution = constitution;
        this.client = new ChatClient(config, http, sleeper, env, new Random(0x5eed));
        this.breaker = new CircuitBreaker(config.breakerFailures(), config.breakerCooldown(), clock);
        Set<String> covers = config.mode() == JudgeConfig.Mode.LLAMA_GUARD ? Categories.reachable(constitution)
                : Set.copyOf(constitution.principles().stream().map(Principle::id).toList());
        this.info = new DetectorInfo(ID, config.mode().name().toLowerCase(Locale.ROOT) + ":" + config.model()
                + "+constitution@" + constitution.digest().substring(0, 12), DetectorInfo.Kind.JUDGE, covers);
    }

    /** A judge calling the configured endpoint, reading the API key from the environment. */
    public static LlamaGuardJudge create(JudgeConfig config, Constitution constitution) {
        return new LlamaGuardJudge(config, constitution, ChatClient.httpClient(config), d -> Thread.sleep(d),
                System::getenv, InstantSource.system());
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    @Override
    public DetectorResult detect(DetectionInput input) throws JudgeException, InterruptedException {
        TextView primary = input.primary();
        StringBuilder text = new StringBuilder(primary.text());
        for (TextView v : input.views().subList(1, input.views().size())) {
            text.append("\n\n[decoded ").append(String.join("/", v.decodings())).append("]\n").append(v.text());
        }
        List<Turn> turns = input.direction() == Direction.OUTPUT
                ? List.of(Turn.user(UNKNOWN_PROMPT), Turn.assistant(text.toString()))
                : List.of(Turn.user(text.toString()));
        JudgeVerdict verdict = judge(turns, input.constitution());
        List<Signal> signals = new ArrayList<>();
        for (String id : verdict.principles()) {
            Principle p = input.constitution().principle(id).orElse(null);
            if (p != null && p.appliesTo(input.direction())) {
                signals.add(new Signal(id, 1.0, primary.evidence(0, primary.text().length())));
            }
        }
        return new DetectorResult(signals);
    }

    /** Judges the last turn of a conversation, with the turns before it as context. */
    public JudgeVerdict judge(List<Turn> conversation) throws JudgeException, InterruptedException {
        return judge(conversation, constitution);
    }

    private JudgeVerdict judge(List<Turn> conversation, Constitution c) throws JudgeException, InterruptedException {
        if (!breaker.tryAcquire()) {
            throw new JudgeException("judge circuit breaker is open after " + config.breakerFailures()
                    + " failed calls in a row; next trial after " + breaker.openUntil(), true);
        }
        String reply;
        try {
            List<ChatClient.Message> messages = Prompts.alternate(conversation);
            if (config.mode() == JudgeConfig.Mode.POLICY) {
                messages = List.of(new ChatClient.Message("user", Prompts.policy(c, conversation)));
            }
            reply = client.complete(messages);
            JudgeVerdict v = parse(reply, conversation.get(conversation.size() - 1).text(), c);
            breaker.success();
            return v;
        } catch (JudgeException | RuntimeException e) {
            breaker.failure();
            throw e;
        }
    }

    JudgeVerdict parse(String reply, String text, Constitution c) throws JudgeException {
        String[] lines = reply.strip().split("\\R+");
        String first = lines[0].strip().toLowerCase(Locale.ROOT);
        if (first.equals("safe")) {
            return new JudgeVerdict(false, List.of(), List.of(), List.of(), reply);
        }
        if (!first.equals("unsafe")) {
            throw new JudgeException("judge reply does not start with 'safe' or 'unsafe': \""
                    + (reply.length() > 80 ? reply.substring(0, 80) + "..." : reply) + "\"", false);
        }
        List<String> codes = lines.length < 2 ? List.of()
                : Arrays.stream(lines[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> unmapped = new ArrayList<>();
        List<String> principles;
        if (config.mode() == JudgeConfig.Mode.LLAMA_GUARD) {
            principles = Categories.map(codes.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(), text, c, unmapped);
        } else {
            principles = new ArrayList<>();
            for (String code : codes) {
                (c.principle(code).isPresent() ? principles : unmapped).add(code);
            }
        }
        return new JudgeVerdict(true, principles, codes, unmapped, reply);
    }

    CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** Whether {@code role} may be sent to Llama Guard, which accepts only user and assistant turns. */
    static boolean sendable(Role role) {
        return role == Role.USER || role == Role.ASSISTANT;
    }
}
