package dev.ace.cli.serve;

import dev.ace.models.ShippedInspector;
import dev.ace.core.TrustTier;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.text.Gloss;
import dev.ace.gateway.Gateway;
import dev.ace.gateway.GatewayStartException;
import dev.ace.gateway.config.DecisionLogConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.GatewayConfigException;
import dev.ace.gateway.config.GatewayConfigLoader;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.gateway.tenant.Tenant;
import dev.ace.ledger.LedgerException;
import io.helidon.logging.common.LogConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** {@code ace serve}: the OpenAI- and Anthropic-compatible inspecting gateway (docs/gateway.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the ACE gateway, an inspecting OpenAI- and Anthropic-compatible proxy.",
                "It inspects every prompt and answer. Without --config it is an inspection service (/v1/moderations, "
                        + "/v1/inspect) on the default constitution; --upstream adds one OpenAI-compatible model server."})
public final class ServeCommand implements Callable<Integer> {
    /** The name {@code --upstream} gives its upstream in metrics, decision records and the banner. */
    static final String CLI_UPSTREAM = "default";

    @Option(names = "--config", paramLabel = "FILE", description = "gateway configuration (YAML, see docs/gateway.md)")
    Path config;

    @Option(names = "--port", paramLabel = "N", description = "listen on this port (overrides the configuration)")
    Integer port;

    @Option(names = "--upstream", paramLabel = "URL",
            description = "add an OpenAI-compatible upstream (HIGH_TRUST, any model), e.g. http://127.0.0.1:8000/v1; "
                    + "its key is read from UPSTREAM_API_KEY")
    URI upstream;

    @Option(names = "--constitution", paramLabel = "FILE", description = "constitution file (default: the shipped one)")
    Path constitution;

    @Option(names = "--signer-key", paramLabel = "FILE",
            description = "sign the decision ledger's checkpoints with this key, the signer.key that `ace ledger keygen` "
                    + "writes (overrides decision_log.signer_key; default: <ledger dir>.signer.key, made on first use)")
    Path signerKey;

    @Option(names = "--hash-key", paramLabel = "KEY", description = "print the key_sha256 of an API key and exit")
    String hashKey;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hashKey != null) {
            out.println(ApiKeys.sha256(hashKey));
            return 0;
        }
        // Helidon's documented first step: configure java.util.logging from logging.properties before any server class
        // logs (ace-cli's own file, unless the working directory has one or a system property names another)
        LogConfig.configureRuntime();
        GatewayConfig cfg;
        Constitution c;
        try {
            c = constitution == null ? ConstitutionLoader.loadDefault() : ConstitutionLoader.load(constitution);
            cfg = config == null ? GatewayConfig.defaults() : GatewayConfigLoader.load(config, c);
        } catch (GatewayConfigException | ConstitutionException e) {
            err.println("ace serve: " + e.getMessage());
            return 2;
        }
        cfg = withCommandLine(cfg);
        DefaultKey key = cfg.tenants().isEmpty() ? DefaultKey.of(System.getenv("ACE_API_KEY")) : null;
        if (key != null) {
            cfg = cfg.withTenant(Tenant.simple("default", ApiKeys.sha256(key.key()), true));
        }
        Gateway gateway;
        try {
            // the port first: loading the models takes seconds, and a port in use should not wait for them
            Gateway.ensureBindable(cfg.server().host(), cfg.server().port());
            // every gloss lexicon is read while the models load, so that no prompt in another language waits for one
            Thread.ofPlatform().daemon().name("ace-gloss-preload").start(() -> {
                try {
                    Gloss.shipped().preload();
                } catch (RuntimeException e) { // a damaged jar: say so once, without a stack trace
                    err.println("ace serve: a gloss lexicon could not be read: " + e.getMessage());
                    err.flush();
                }
            });
            ShippedInspector.Inspectors inspectors = inspectors(c, cfg);
            gateway = Gateway.builder(cfg, inspectors.whole()).streamInspector(inspectors.streamWindows())
                    .slowInspector(inspectors.whole()).build().start();
        } catch (GatewayStartException e) {
            err.println("ace serve: " + e.getMessage() + (e.getMessage().contains("already in use")
                    ? "; stop that process or choose another port (--port N)" : "; check server.host and --port"));
            return 2;
        } catch (LedgerException | UncheckedIOException e) {
            err.println("ace serve: the decision log: " + e.getMessage());
            return 2;
        }
        // the key is printed only once the gateway listens: a start that fails shows no key that was never in use
        if (key != null) {
            key.print(out);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "ace-serve-shutdown"));
        banner(out, cfg, gateway.port(), c);
        missingKeyWarnings(cfg, System::getenv).forEach(err::println);
        err.flush();
        stopped.await();
        return 0;
    }

    /** The configuration with the command line's overrides applied. */
    private GatewayConfig withCommandLine(GatewayConfig cfg) {
        if (port != null) {
            cfg = cfg.withServer(cfg.server().withPort(port));
        }
        if (upstream != null) {
            cfg = cfg.withUpstream(new UpstreamConfig(CLI_UPSTREAM, upstream, "UPSTREAM_API_KEY", Protocol.OPENAI,
                    TrustTier.HIGH_TRUST, List.of("*")));
        }
        if (signerKey != null) {
            cfg = cfg.withDecisionLog(cfg.decisionLog().withSignerKey(signerKey));
        }
        return cfg;
    }

    /** The shipped inspectors, with the configured LLM judge as their last tier when there is one. */
    static ShippedInspector.Inspectors inspectors(Constitution c, GatewayConfig cfg) {
        ShippedInspector.Options options = ShippedInspector.Options.DEFAULT;
        if (cfg.judge().isPresent()) {
            options = options.withJudge(cfg.judge().get().config()).withJudgeBand(cfg.judge().get().band());
        }
        return ShippedInspector.createForStreams(c, dev.ace.models.linear.ModelArtifact.loadShipped(), options);
    }

    /**
     * One warning line for each upstream whose API key variable is unset or empty. Not an error: a local model
     * server often needs no key, but a hosted one answers 401 to every request forwarded without it.
     */
    static List<String> missingKeyWarnings(GatewayConfig cfg, Function<String, String> env) {
        List<String> lines = new ArrayList<>();
        for (UpstreamConfig u : cfg.upstreams()) {
            String value = u.apiKeyEnv() == null ? null : env.apply(u.apiKeyEnv());
            if (u.apiKeyEnv() != null && (value == null || value.isEmpty())) {
                lines.add("ace serve: warning: " + u.apiKeyEnv() + " is not set: requests to upstream '" + u.name()
                        + "' go without an API key");
            }
        }
        cfg.judge().map(j -> j.config().apiKeyEnv()).ifPresent(k -> {
            String value = env.apply(k);
            if (value == null || value.isEmpty()) {
                lines.add("ace serve: warning: " + k + " is not set: requests to the judge go without an API key");
            }
        });
        return lines;
    }

    /** The default tenant's key: ACE_API_KEY, or one made now (and shown once the gateway listens). */
    private record DefaultKey(String key, boolean generated) {
        static DefaultKey of(String fromEnv) {
            return fromEnv == null || fromEnv.isBlank() ? new DefaultKey(ApiKeys.generate(), true)
                    : new DefaultKey(fromEnv, false);
        }

        void print(PrintWriter out) {
            if (generated) {
                out.println("No tenant configured: created tenant 'default' with this API key (shown once, only its hash is kept):");
                out.println();
                out.println("    " + key);
                out.println();
                out.println("Set ACE_API_KEY to choose the key yourself, or configure tenants in a --config file.");
            } else {
                out.println("No tenant configured: created tenant 'default' with the key from ACE_API_KEY.");
            }
        }
    }

    private static void banner(PrintWriter out, GatewayConfig cfg, int port, Constitution c) {
        String base = "http://" + cfg.server().host() + ":" + port;
        out.println("ACE gateway listening on " + base + " (constitution " + c.id() + " " + c.version()
                + ", digest " + c.digest().substring(0, 12) + ")");
        out.println("  POST " + base + "/v1/moderations   POST " + base + "/v1/inspect");
        if (cfg.upstreams().isEmpty()) {
            out.println("No upstream model server: running as an inspection service. To proxy a model, restart with");
            out.println("  ./ace serve --upstream http://127.0.0.1:8000/v1    (an OpenAI-compatible server)");
            out.println("or list upstreams in a configuration file (docs/gateway.md, examples/gateway.yaml).");
        } else {
            out.println("  POST " + base + "/v1/chat/completions   POST " + base + "/v1/responses   POST " + base + "/v1/messages");
            out.println("  GET " + base + "/v1/models   POST " + base + "/v1/embeddings");
            cfg.upstreams().forEach(u -> out.println("  upstream '" + u.name() + "': " + u.baseUrl() + " (" + u.protocol()
                    + ", " + u.trustTier() + ", models " + u.models() + ")"));
        }
        cfg.judge().ifPresent(j -> out.println("  judge: " + j.config().model() + " at " + j.config().baseUrl() + " ("
                + j.config().mode().name().toLowerCase(Locale.ROOT) + ", band " + j.band() + ")"));
        DecisionLogConfig log = cfg.decisionLog();
        out.println("  GET " + base + "/metrics   GET " + base + "/healthz"
                + (log.kind() == DecisionLogConfig.Kind.LEDGER ? "   GET " + base + "/ledger/checkpoint" : ""));
        out.println("Decisions: " + log.kind().name().toLowerCase(Locale.ROOT) + " at "
                + log.path().toAbsolutePath().normalize()
                + (log.kind() == DecisionLogConfig.Kind.LEDGER && log.signerKey() != null
                ? ", signed with " + log.signerKey().toAbsolutePath().normalize() : ""));
        out.flush();
    }
}
