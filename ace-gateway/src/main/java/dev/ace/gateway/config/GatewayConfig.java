package dev.ace.gateway.config;

import dev.ace.gateway.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The whole gateway configuration; {@code judge} is empty unless an LLM judge is configured. */
public record GatewayConfig(ServerConfig server, List<UpstreamConfig> upstreams, List<Tenant> tenants,
                            AbuseConfig abuse, DecisionLogConfig decisionLog, Optional<JudgeTier> judge) {
    public GatewayConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(abuse, "abuse");
        Objects.requireNonNull(decisionLog, "decisionLog");
        Objects.requireNonNull(judge, "judge");
        upstreams = List.copyOf(upstreams);
        tenants = List.copyOf(tenants);
    }

    /** A configuration without a judge. */
    public GatewayConfig(ServerConfig server, List<UpstreamConfig> upstreams, List<Tenant> tenants,
                         AbuseConfig abuse, DecisionLogConfig decisionLog) {
        this(server, upstreams, tenants, abuse, decisionLog, Optional.empty());
    }

    /** No file: defaults, no upstream, no tenant. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(ServerConfig.defaults(), List.of(), List.of(), AbuseConfig.defaults(),
                DecisionLogConfig.defaults());
    }

    public GatewayConfig withServer(ServerConfig s) {
        return new GatewayConfig(s, upstreams, tenants, abuse, decisionLog, judge);
    }

    public GatewayConfig withUpstream(UpstreamConfig u) {
        List<UpstreamConfig> all = new ArrayList<>(upstreams);
        all.add(u);
        return new GatewayConfig(server, all, tenants, abuse, decisionLog, judge);
    }

    public GatewayConfig withTenant(Tenant t) {
        List<Tenant> all = new ArrayList<>(tenants);
        all.add(t);
        return new GatewayConfig(server, upstreams, all, abuse, decisionLog, judge);
    }

    public GatewayConfig withDecisionLog(DecisionLogConfig d) {
        return new GatewayConfig(server, upstreams, tenants, abuse, d, judge);
    }

    public GatewayConfig withJudge(JudgeTier j) {
        return new GatewayConfig(server, upstreams, tenants, abuse, decisionLog, Optional.of(j));
    }
}
