package dev.ace.gateway;

import dev.ace.core.Action;
import dev.ace.core.EngineVersion;
import dev.ace.core.Inspector;
import dev.ace.core.TenantContext;
import dev.ace.core.TrustTier;
import dev.ace.core.Verdict;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.sensitive.SensitiveDataDetector;
import dev.ace.gateway.tenant.AbuseTracker;
import dev.ace.gateway.tenant.RateLimiter;
import dev.ace.gateway.tenant.Tenant;
import dev.ace.gateway.tenant.TenantRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/** Everything the endpoint handlers share; built once per gateway. */
final class GatewayContext {
    final GatewayConfig config;
    final Inspector inspector;
    /** Judges the windows of a streamed answer at every chunk. */
    final Inspector streamInspector;
    final Inspector slowInspector;
    final TenantRegistry tenants;
    final RateLimiter rateLimiter;
    final AbuseTracker abuse;
    final Router router;
    final UpstreamClient upstreams;
    final Decisions decisions;
    final GatewayMetrics metrics = new GatewayMetrics();
    final SensitiveDataDetector sensitive = new SensitiveDataDetector();
    final RequestIds ids = new RequestIds();
    final Clock clock;
    final LongSupplier nanoTime;
    final ScheduledExecutorService keepAlive;
    final ExecutorService slowExecutor;
    final long startedEpochSeconds;

    GatewayContext(GatewayConfig config, Inspector inspector, Inspector streamInspector, Inspector slowInspector,
                   Decisions decisions,
                   UpstreamClient upstreams, Clock clock, LongSupplier nanoTime, ScheduledExecutorService keepAlive,
                   ExecutorService slowExecutor) {
        this.config = config;
        this.inspector = inspector;
        this.streamInspector = streamInspector;
        this.slowInspector = slowInspector;
        this.tenants = new TenantRegistry(config.tenants());
        this.rateLimiter = new RateLimiter(nanoTime);
        this.abuse = new AbuseTracker(clock, config.abuse().window(), config.abuse().throttleAfter(),
                config.abuse().suspendAfter(), config.abuse().throttleInterval());
        this.router = new Router(config.upstreams());
        this.upstreams = upstreams;
        this.decisions = decisions;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.keepAlive = keepAlive;
        this.slowExecutor = slowExecutor;
        this.startedEpochSeconds = clock.instant().getEpochSecond();
    }

    /**
     * The slower tier is behind when more checks wait for its pool than twice its threads: streams then skip their
     * checks of the growing answer (the check at the end still runs), so the backlog drains instead of growing.
     */
    boolean slowTierBehind() {
        return behind(slowExecutor);
    }

    /** Whether more tasks wait for {@code executor} than twice its threads (false for an executor without a queue). */
    static boolean behind(ExecutorService executor) {
        return executor instanceof java.util.concurrent.ThreadPoolExecutor pool
                && pool.getQueue().size() >= 2 * pool.getMaximumPoolSize();
    }

    static TenantContext tenantContext(Tenant t, TrustTier tier) {
        return new TenantContext(t.id(), tier, t.thresholdOverrides(), t.actionOverrides());
    }

    /** An ALLOW verdict for a stream that ended without a finding. */
    Verdict allow(Duration elapsed) {
        return new Verdict(Action.ALLOW, List.of(), List.of(), List.of(), inspector.constitution().digest(),
                EngineVersion.get(), elapsed);
    }
}
