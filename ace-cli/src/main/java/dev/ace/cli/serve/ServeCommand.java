package dev.ace.cli.serve;

import dev.ace.core.Inspector;
import dev.ace.models.ShippedInspector;
import dev.ace.core.TrustTier;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.gateway.Gateway;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.GatewayConfigException;
import dev.ace.gateway.config.GatewayConfigLoader;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.gateway.tenant.Tenant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ace serve}: the OpenAI- and Anthropic-compatible inspecting gateway (docs/gateway.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the ACE gateway: an OpenAI- and Anthropic-compatible proxy that inspects every prompt "
                + "and answer. Without --config it is an inspection service (/v1/moderations, /v1/inspect) on the "
                + "default constitution; --upstream adds one OpenAI-compatible model server."})
public final class ServeCommand implements Callable<Integer> {
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
        GatewayConfig cfg;
        Constitution c;
        try {
            cfg = config == null ? GatewayConfig.defaults() : GatewayConfigLoader.load(config);
            c = constitution == null ? ConstitutionLoader.loadDefault() : ConstitutionLoader.load(constitution);
        } catch (GatewayConfigException | ConstitutionException e) {
            err.println("ace serve: " + e.getMessage());
            return 2;
        }
        if (port != null) {
            cfg = cfg.withServer(cfg.server().withPort(port));
        }
        if (upstream != null) {
            cfg = cfg.withUpstream(new UpstreamConfig("upstream", upstream, "UPSTREAM_API_KEY", Protocol.OPENAI,
                    TrustTier.HIGH_TRUST, List.of("*")));
        }
        if (cfg.tenants().isEmpty()) {
            cfg = cfg.withTenant(defaultTenant(out));
        }
        Gateway gateway = Gateway.builder(cfg, inspector(c)).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "ace-serve-shutdown"));
        banner(out, cfg, gateway.port(), c);
        stopped.await();
        return 0;
    }

    /** The inspector the gateway uses: the shipped default cascade (rules, n-gram model, embedding tier). */
    static Inspector inspector(Constitution c) {
        return ShippedInspector.create(c);
    }

    private static Tenant defaultTenant(PrintWriter out) {
        String key = System.getenv("ACE_API_KEY");
        if (key == null || key.isBlank()) {
            key = ApiKeys.generate();
            out.println("No tenant configured: created tenant 'default' with this API key (shown once, only its hash is kept):");
            out.println();
            out.println("    " + key);
            out.println();
            out.println("Set ACE_API_KEY to choose the key yourself, or configure tenants in a --config file.");
        } else {
            out.println("No tenant configured: created tenant 'default' with the key from ACE_API_KEY.");
        }
        return Tenant.simple("default", ApiKeys.sha256(key), true);
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
            out.println("  POST " + base + "/v1/chat/completions   POST " + base + "/v1/messages   GET " + base + "/v1/models");
            cfg.upstreams().forEach(u -> out.println("  upstream " + u.name() + " " + u.baseUrl() + " (" + u.protocol()
                    + ", " + u.trustTier() + ", models " + u.models() + ")"));
        }
        out.println("  GET " + base + "/metrics   GET " + base + "/healthz"
                + (cfg.decisionLog().kind() == dev.ace.gateway.config.DecisionLogConfig.Kind.LEDGER
                ? "   GET " + base + "/ledger/checkpoint" : ""));
        out.println("Decisions: " + cfg.decisionLog().kind().name().toLowerCase(java.util.Locale.ROOT) + " at "
                + cfg.decisionLog().path().toAbsolutePath());
        out.flush();
    }
}
