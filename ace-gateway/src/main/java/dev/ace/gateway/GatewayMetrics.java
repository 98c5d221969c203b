package dev.ace.gateway;

import dev.ace.core.Direction;
import dev.ace.core.Finding;
import dev.ace.core.TierReport;
import dev.ace.core.Verdict;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The gateway's Prometheus metrics, in a registry of its own (so several gateways in one JVM do not collide). */
final class GatewayMetrics {
    private static final double[] LATENCY_BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
            0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name("ace_requests_total")
            .help("HTTP requests by endpoint and status").labelNames("endpoint", "status").register(registry);
    private final Counter verdicts = Counter.builder().name("ace_verdicts_total")
            .help("Inspector verdicts by direction and action").labelNames("direction", "action").register(registry);
    private final Counter principles = Counter.builder().name("ace_verdict_principles_total")
            .help("Findings by direction, principle and action").labelNames("direction", "principle", "action")
            .register(registry);
    private final Histogram inspectorLatency = Histogram.builder().name("ace_inspector_latency_seconds")
            .help("Inspector latency per cascade tier").labelNames("tier").classicUpperBounds(LATENCY_BUCKETS)
            .classicOnly().register(registry);
    private final Histogram upstreamLatency = Histogram.builder().name("ace_upstream_latency_seconds")
            .help("Time to the upstream's response headers").labelNames("upstream").classicUpperBounds(LATENCY_BUCKETS)
            .classicOnly().register(registry);
    private final Counter bridged = Counter.builder().name("ace_bridged_requests_total")
            .help("Requests sent to an upstream in another protocol, by the protocol they went out in")
            .labelNames("bridge").register(registry);
    private final Counter streamEvents = Counter.builder().name("ace_stream_events_total")
            .help("Stream outcomes: halted, retraction, client_gone").labelNames("event").register(registry);

    void request(String endpoint, int status) {
        requests.labelValues(endpoint, String.valueOf(status)).inc();
    }

    void verdict(Direction direction, Verdict v) {
        verdicts.labelValues(direction.name(), v.action().name()).inc();
        for (Finding f : v.findings()) {
            principles.labelValues(direction.name(), f.principleId(), f.action().name()).inc();
        }
        double total = 0;
        for (TierReport t : v.tiers()) {
            if (t.ran()) {
                inspectorLatency.labelValues(t.tier()).observe(t.latency().toNanos() / 1e9);
                total += t.latency().toNanos() / 1e9;
            }
        }
        inspectorLatency.labelValues("all").observe(v.elapsed() == null ? total : v.elapsed().toNanos() / 1e9);
    }

    void streamInspection(long nanos) {
        inspectorLatency.labelValues("stream").observe(nanos / 1e9);
    }

    void upstream(String name, long nanos) {
        upstreamLatency.labelValues(name).observe(nanos / 1e9);
    }

    /** A request translated for its upstream ({@code x-ace-bridge}: chat.completions, anthropic.messages, ...). */
    void bridged(String bridge) {
        bridged.labelValues(bridge).inc();
    }

    void streamEvent(String event) {
        streamEvents.labelValues(event).inc();
    }

    void streamEvents(String event, long count) {
        if (count > 0) {
            streamEvents.labelValues(event).inc(count);
        }
    }

    byte[] scrape() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }
}
