package dev.ace.cli;

import dev.ace.models.ShippedInspector;
import dev.ace.models.judge.JudgeConfig;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.Locale;

/**
 * Options that add an LLM judge (docs/judge.md) as the shipped inspector's last tier: an OpenAI-compatible chat
 * endpoint serving Llama Guard 3, or any chat model given the constitution as its policy.
 */
public final class JudgeOptions {
    @Option(names = "--judge-url", paramLabel = "URL", description = "OpenAI-compatible base URL of an LLM judge"
            + " (e.g. http://127.0.0.1:8000/v1); without it there is no judge tier")
    URI url;

    @Option(names = "--judge-model", paramLabel = "NAME", description = "the judge's model name (with --judge-url)")
    String model;

    @Option(names = "--judge-mode", paramLabel = "llama_guard|policy", defaultValue = "llama_guard",
            description = "llama_guard: Llama Guard 3's own categories; policy: any chat model given the"
                    + " constitution (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--judge-key-env", paramLabel = "VAR", description = "environment variable holding the judge's API key")
    String keyEnv;

    @Option(names = "--judge-band", paramLabel = "B", description = "the judge sees turns whose score is within B of a"
            + " threshold (default: ${DEFAULT-VALUE})")
    double band = ShippedInspector.Options.DEFAULT.judgeBand();

    /** {@code options} with the judge these options name, if any; a bad combination is an {@link IllegalArgumentException}. */
    public ShippedInspector.Options apply(ShippedInspector.Options options) {
        if (url == null) {
            if (model != null || keyEnv != null) {
                throw new IllegalArgumentException("--judge-model and --judge-key-env need --judge-url");
            }
            return options;
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("--judge-url needs --judge-model (the model name the endpoint serves)");
        }
        JudgeConfig.Mode m;
        try {
            m = JudgeConfig.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--judge-mode " + mode + " must be llama_guard or policy");
        }
        if (!(band >= 0 && band <= 0.5)) {
            throw new IllegalArgumentException("--judge-band " + band + " must be from 0 to 0.5");
        }
        try {
            JudgeConfig c = JudgeConfig.of(url, model, m);
            return options.withJudge(keyEnv == null ? c : c.withApiKeyEnv(keyEnv)).withJudgeBand(band);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--judge-url/--judge-model/--judge-key-env: " + e.getMessage(), e);
        }
    }
}
