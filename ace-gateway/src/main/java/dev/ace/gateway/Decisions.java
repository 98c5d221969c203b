package dev.ace.gateway;

import dev.ace.core.Action;
import dev.ace.core.DetectorFailure;
import dev.ace.core.Direction;
import dev.ace.core.Finding;
import dev.ace.core.Inspector;
import dev.ace.core.Verdict;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.detect.Detector;
import dev.ace.gateway.decision.DecisionRecord;
import dev.ace.gateway.decision.DecisionSink;
import dev.ace.ledger.ContentDigests;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns verdicts into decision records and hands them to the sink. Content is never logged, only its
 * HMAC-SHA256 under a per-tenant key derived from the gateway's digest secret by the ledger's
 * {@link ContentDigests}, so a tenant's digests cannot be matched across tenants and a tenant given its
 * key can check its own records.
 */
final class Decisions {
    private final DecisionSink sink;
    private final ContentDigests digests;
    private final Clock clock;
    private final AtomicLong sequence;
    private final Map<String, String> detectorVersions;
    private final ExecutorService background =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ace-decision-", 0).factory());

    /**
     * @param detectorVersions version of each detector the inspector may consult, by id (see {@link #detectorVersions}):
     *                         every record carries them, so that it names the detectors in force even when none of them
     *                         found anything or the verdict has no tier reports (an allowed stream's)
     */
    Decisions(DecisionSink sink, ContentDigests digests, Clock clock, Map<String, String> detectorVersions) {
        this.sink = sink;
        this.digests = digests;
        this.clock = clock;
        this.sequence = new AtomicLong(sink.nextSequence());
        this.detectorVersions = Map.copyOf(detectorVersions);
    }

    /** The version of every detector of a cascade, by id; empty for other inspectors, which do not name theirs. */
    static Map<String, String> detectorVersions(Inspector inspector) {
        Map<String, String> out = new LinkedHashMap<>();
        if (inspector instanceof Cascade cascade) {
            for (TierSpec tier : cascade.tiers()) {
                for (Detector d : tier.detectors()) {
                    out.put(d.info().id(), d.info().version());
                }
            }
        }
        return out;
    }

    /**
     * Makes the records durable on a virtual thread, so that they can become durable while the request goes
     * on (to the upstream); the caller must {@link CompletableFuture#join() join} it before it answers.
     */
    CompletableFuture<Void> durableLater(List<DecisionRecord> records) {
        return CompletableFuture.runAsync(() -> sink.acceptAll(records), background);
    }

    /** Makes the records durable together (one group commit); returns only when all are. */
    void durable(List<DecisionRecord> records) {
        sink.acceptAll(records);
    }

    /** Records a decision; returns only when the sink has made it durable. */
    DecisionRecord record(String tenant, String requestId, Direction direction, String content, Verdict v,
                          String upstream, boolean enforced) {
        DecisionRecord r = build(tenant, requestId, direction, content, v, upstream, enforced);
        sink.accept(r);
        return r;
    }

    /** The decision record of a verdict (its sequence number and time are taken now), not yet durable. */
    DecisionRecord build(String tenant, String requestId, Direction direction, String content, Verdict v,
                         String upstream, boolean enforced) {
        Map<String, Double> principles = new LinkedHashMap<>();
        Map<String, String> detectors = new LinkedHashMap<>(detectorVersions);
        for (Finding f : v.findings()) {
            principles.merge(f.principleId(), f.score(), Math::max);
            detectors.put(f.detectorId(), f.detectorVersion());
        }
        for (DetectorFailure f : v.failures()) {
            detectors.put(f.detectorId(), f.detectorVersion());
        }
        return new DecisionRecord(sequence.getAndIncrement(), clock.instant(), tenant, requestId,
                direction, hmac(tenant, content), v.action(), principles, v.constitutionDigest(), detectors,
                upstream == null ? "" : upstream, enforced && v.action() != Action.ALLOW);
    }

    String hmac(String tenant, String content) {
        return digests.digest(tenant, content).hex();
    }

    void close() {
        background.close();
        sink.close();
    }
}
