package dev.ace.core.cascade;

import dev.ace.core.Action;
import dev.ace.core.Conversation;
import dev.ace.core.DetectorFailure;
import dev.ace.core.Direction;
import dev.ace.core.EngineVersion;
import dev.ace.core.Evidence;
import dev.ace.core.Finding;
import dev.ace.core.InspectionRequest;
import dev.ace.core.Inspector;
import dev.ace.core.Role;
import dev.ace.core.TenantContext;
import dev.ace.core.TierReport;
import dev.ace.core.Turn;
import dev.ace.core.Verdict;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.Principle;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.text.TextView;
import dev.ace.core.text.TextViews;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The inspector: runs detectors tier by tier, each call under its tier's latency budget, and sends
 * to the next tier only the turns on which some principle is still undecided. Every turn of the
 * conversation is inspected; results are cached per turn digest. A detector that throws or overruns
 * never sinks the request: it is recorded, and each principle it covers falls back to its failure
 * mode (fail-closed principles become findings).
 */
public final class Cascade implements Inspector {
    private final Constitution constitution;
    private final List<TierSpec> tiers;
    /** Each tier's detector ids, as every verdict reports them: computed once, not per request. */
    private final List<List<String>> detectorIds;
    private final TurnCache cache;
    /** The principles that apply to each direction, in the constitution's order: computed once, not per turn. */
    private final java.util.Map<Direction, List<Principle>> applicable = new java.util.EnumMap<>(Direction.class);
    /** Each detector's cache key prefix (id and version), built once rather than on every call. */
    private final java.util.Map<Detector, String> keyPrefixes = new java.util.IdentityHashMap<>();
    private final LongSupplier nanoTime;
    private final ExecutorService isolatedExecutor;
    /**
     * The normalised view of system turns, by turn index and digest, across requests: an application sends the same
     * system prompt with every request, and the system-prompt secret check reads it on every new user turn. Bounded,
     * least recently used first out; with the turn cache off ({@code cacheSize(0)}) nothing is kept.
     */
    private final SystemViews systemViews;
    private final String engineVersion = EngineVersion.get();

    private Cascade(Builder b) {
        this.constitution = b.constitution;
        this.tiers = List.copyOf(b.tiers);
        this.detectorIds = tiers.stream().map(t -> t.detectors().stream().map(d -> d.info().id()).toList()).toList();
        this.cache = new TurnCache(b.cacheSize);
        this.systemViews = new SystemViews(Math.min(b.cacheSize, SystemViews.CAPACITY));
        for (Direction d : Direction.values()) {
            applicable.put(d, constitution.principles().stream().filter(p -> p.appliesTo(d)).toList());
        }
        for (TierSpec t : tiers) {
            for (Detector d : t.detectors()) {
                keyPrefixes.put(d, d.info().id() + '\u0000' + d.info().version() + '\u0000');
            }
        }
        this.nanoTime = b.nanoTime;
        this.isolatedExecutor = tiers.stream().anyMatch(TierSpec::isolated)
                ? Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ace-detector-", 0).factory())
                : null;
        if (b.warmUp) {
            warmUp();
        }
    }

    /**
     * Runs every inline detector once before the first request, so that class loading and the first
     * JIT compilations are not charged against a request's budget (a cold first call can take a
     * hundred times longer than a warm one). Isolated tiers (network judges) are not called.
     */
    private void warmUp() {
        List<String> samples = new ArrayList<>();
        samples.add("Warm-up: how do I kill a Python process? café Ａｂｃ аррlе z\u200be 4nd h3x 68656c6c6f20776f726c6421 "
                + "%68%65%6c%6c%6f aG93IGRvIEkga2lsbCBhIFB5dGhvbiBwcm9jZXNzPw==");
        for (Principle p : constitution.principles()) {
            samples.addAll(p.violating().subList(0, Math.min(2, p.violating().size())));
        }
        for (TierSpec tier : tiers) {
            if (tier.isolated()) {
                continue;
            }
            for (Detector d : tier.detectors()) {
                for (String sample : samples) {
                    for (Direction dir : Direction.values()) {
                        Turn turn = dir == Direction.OUTPUT ? Turn.assistant(sample) : Turn.user(sample);
                        digest(turn, dir);
                        try {
                            d.detect(new DetectionInput(TextViews.build(0, turn.role(), turn.text()), dir, constitution));
                        } catch (Exception | LinkageError e) {
                            // A detector that fails here will fail on requests too, where it is recorded.
                        }
                    }
                }
            }
        }
    }

    public static Builder builder(Constitution constitution) {
        return new Builder(constitution);
    }

    @Override
    public Constitution constitution() {
        return constitution;
    }

    public List<TierSpec> tiers() {
        return tiers;
    }

    @Override
    public Verdict inspect(InspectionRequest request) {
        long start = nanoTime.getAsLong();
        List<TurnState> turns = turnsToInspect(request);
        List<TierReport> reports = new ArrayList<>();
        List<DetectorFailure> failures = new ArrayList<>();
        for (int t = 0; t < tiers.size(); t++) {
            TierSpec tier = tiers.get(t);
            List<TurnState> todo = t == 0 ? turns : undecided(turns, tier, request.tenant());
            if (todo.isEmpty()) {
                reports.add(new TierReport(tier.name(), TierReport.Status.SKIPPED, detectorIds.get(t), Duration.ZERO));
                continue;
            }
            long tierStart = nanoTime.getAsLong();
            for (TurnState turn : todo) {
                for (Detector d : tier.detectors()) {
                    run(tier, d, turn, failures);
                }
            }
            reports.add(new TierReport(tier.name(), TierReport.Status.RAN, detectorIds.get(t),
                    Duration.ofNanos(nanoTime.getAsLong() - tierStart)));
        }
        List<Finding> findings = findings(turns, request.tenant(), failures);
        Action action = Action.ALLOW;
        for (Finding f : findings) {
            action = action.strongest(f.action());
        }
        return new Verdict(action, findings, reports, failures, constitution.digest(), engineVersion,
                Duration.ofNanos(nanoTime.getAsLong() - start));
    }

    private List<TurnState> turnsToInspect(InspectionRequest request) {
        Conversation c = request.conversation();
        List<TurnState> out = new ArrayList<>();
        if (request.direction() == Direction.OUTPUT) {
            int i = c.turns().size() - 1;
            out.add(new TurnState(i, c.last(), Direction.OUTPUT, applicable.get(Direction.OUTPUT)));
            return out;
        }
        SystemContext system = new SystemContext(c.turns(), systemViews);
        for (int i = 0; i < c.turns().size(); i++) {
            Turn turn = c.turns().get(i);
            Direction direction = turn.role().naturalDirection();
            TurnState state = new TurnState(i, turn, direction, applicable.get(direction));
            if (turn.role() != Role.SYSTEM) {
                state.context = system;
            }
            out.add(state);
        }
        return out;
    }

    private void run(TierSpec tier, Detector d, TurnState turn, List<DetectorFailure> failures) {
        if (!d.inspects(turn.direction)) {
            return;
        }
        boolean withContext = d.readsContext() && !turn.context.isEmpty();
        String prefix = keyPrefixes.get(d);
        Digest turnDigest = turn.digest();
        Digest contextDigest = withContext ? turn.context.digest() : Digest.NONE;
        TurnCache.Key key = new TurnCache.Key(prefix, turnDigest.hi(), turnDigest.lo(), contextDigest.hi(), contextDigest.lo());
        DetectorResult cached = cache.get(key);
        if (cached != null) {
            turn.absorb(d.info(), cached);
            return;
        }
        DetectionInput input = new DetectionInput(turn.views(), turn.direction, constitution,
                withContext ? turn.context.views() : List.of());
        long t0 = nanoTime.getAsLong();
        try {
            DetectorResult result = tier.isolated() ? callIsolated(d, input, tier.budget()) : d.detect(input);
            long elapsed = nanoTime.getAsLong() - t0;
            Objects.requireNonNull(result, "detector returned null");
            if (elapsed > tier.budget().toNanos()) {
                // An inline call cannot be abandoned: it has already cost its time. Its answer is still an
                // answer, so it counts; the overrun is recorded (verdict and metrics show it) but does not
                // invoke the failure modes, which exist for detectors that give no answer. Otherwise a GC
                // pause or a busy host would fail every critical principle closed on benign traffic.
                failures.add(new DetectorFailure(d.info().id(), d.info().version(), tier.name(),
                        DetectorFailure.Kind.OVERRAN, "answered after " + elapsed / 1000 + " µs, over the tier budget of "
                        + tier.budget().toNanos() / 1000 + " µs; the answer was used", Duration.ofNanos(elapsed)));
            }
            cache.put(key, result);
            turn.absorb(d.info(), result);
        } catch (TimeoutException e) {
            long elapsed = nanoTime.getAsLong() - t0;
            fail(tier, d, turn, failures, DetectorFailure.Kind.TIMED_OUT,
                    "no answer within the tier budget of " + tier.budget().toMillis() + " ms", elapsed);
        } catch (Exception | LinkageError | AssertionError e) {
            // Containment is the point: any detector failure is recorded and decided by the failure mode.
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            fail(tier, d, turn, failures, DetectorFailure.Kind.THREW,
                    cause.getClass().getSimpleName() + ": " + cause.getMessage(), nanoTime.getAsLong() - t0);
        }
    }

    private DetectorResult callIsolated(Detector d, DetectionInput input, Duration budget) throws Exception {
        Future<DetectorResult> f = isolatedExecutor.submit(() -> d.detect(input));
        try {
            return f.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            f.cancel(true);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof TimeoutException te ? te : new TimeoutException("interrupted");
        }
    }

    private void fail(TierSpec tier, Detector d, TurnState turn, List<DetectorFailure> failures,
                      DetectorFailure.Kind kind, String message, long elapsedNanos) {
        failures.add(new DetectorFailure(d.info().id(), d.info().version(), tier.name(), kind, message,
                Duration.ofNanos(elapsedNanos)));
        turn.failed(d.info());
    }

    private List<TurnState> undecided(List<TurnState> turns, TierSpec tier, TenantContext tenant) {
        List<TurnState> out = new ArrayList<>();
        for (TurnState turn : turns) {
            for (Principle p : turn.applicable) {
                double width = p.severity().critical() ? 2 * tier.band() : tier.band();
                double gap = turn.score(p.id()) - threshold(p, tenant);
                if (Math.abs(gap) < width || tier.confirms() && gap >= 0) {
                    out.add(turn);
                    break;
                }
            }
        }
        return out;
    }

    private List<Finding> findings(List<TurnState> turns, TenantContext tenant, List<DetectorFailure> failures) {
        List<Finding> out = new ArrayList<>();
        for (Principle p : constitution.principles()) {
            Finding best = null;
            for (TurnState turn : turns) {
                if (!p.appliesTo(turn.direction)) {
                    continue;
                }
                Finding f = turn.finding(p, threshold(p, tenant), action(p, tenant));
                if (f != null && (best == null || f.score() > best.score())) {
                    best = f;
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private static double threshold(Principle p, TenantContext tenant) {
        return tenant.thresholdOverrides().getOrDefault(p.id(), p.threshold());
    }

    private static Action action(Principle p, TenantContext tenant) {
        Action override = tenant.actionOverrides().get(p.id());
        return override != null ? override : p.actionFor(tenant.trustTier());
    }

    /**
     * The first 128 bits of a SHA-256, as the turn cache keys results by: a collision, which would hand one text
     * another's verdict, would take about 2^64 chosen texts. Two longs, so that a key is compared and hashed without
     * hex strings (the string keys were 9 % of the gateway's CPU samples under load).
     */
    record Digest(long hi, long lo) {
        static final Digest NONE = new Digest(0, 0);

        static Digest of(byte[] sha256) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(sha256);
            return new Digest(b.getLong(), b.getLong());
        }
    }

    private static final MessageDigest SHA256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** A fresh SHA-256, cloned from a prototype: cheaper than a provider look-up per turn. */
    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    static Digest digest(Turn turn, Direction direction) {
        MessageDigest md = newSha256();
        md.update((turn.role().name() + '\u0000' + direction.name() + '\u0000').getBytes(StandardCharsets.UTF_8));
        return Digest.of(md.digest(turn.text().getBytes(StandardCharsets.UTF_8)));
    }

    /** Builds a cascade; tiers run in the order added. */
    public static final class Builder {
        private final Constitution constitution;
        private final List<TierSpec> tiers = new ArrayList<>();
        private int cacheSize = 10_000;
        private LongSupplier nanoTime = System::nanoTime;
        private boolean warmUp = true;

        private Builder(Constitution constitution) {
            this.constitution = Objects.requireNonNull(constitution, "constitution");
        }

        public Builder tier(TierSpec tier) {
            tiers.add(tier);
            return this;
        }

        /** Number of (detector, turn) results kept; 0 disables the cache. */
        public Builder cacheSize(int entries) {
            this.cacheSize = entries;
            return this;
        }

        /** The clock used for latency and budgets; tests pass a fake one. */
        public Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            return this;
        }

        /** Whether to warm the inline detectors up when built (default true; tests that count calls turn it off). */
        public Builder warmUp(boolean warmUp) {
            this.warmUp = warmUp;
            return this;
        }

        public Cascade build() {
            if (tiers.isEmpty()) {
                throw new IllegalStateException("a cascade needs at least one tier");
            }
            return new Cascade(this);
        }
    }

    /** Scores gathered for one turn across tiers. */
    private static final class TurnState {
        final int index;
        final Turn turn;
        final Direction direction;
        final List<Principle> applicable;
        private List<TextView> views;
        private Digest digest;
        /** The conversation's system turns, for detectors that judge a prompt against them; none for a system
         *  turn itself and for answers. */
        SystemContext context = SystemContext.NONE;
        private final java.util.Map<String, Scored> ruleScores = new java.util.HashMap<>();
        private final java.util.Map<String, Scored> modelScores = new java.util.HashMap<>();
        private final java.util.Map<String, dev.ace.core.detect.DetectorInfo> failedClosed = new java.util.HashMap<>();

        TurnState(int index, Turn turn, Direction direction, List<Principle> applicable) {
            this.index = index;
            this.turn = turn;
            this.direction = direction;
            this.applicable = applicable;
        }

        List<TextView> views() {
            if (views == null) {
                views = TextViews.build(index, turn.role(), turn.text());
            }
            return views;
        }

        Digest digest() {
            if (digest == null) {
                digest = Cascade.digest(turn, direction);
            }
            return digest;
        }

        void absorb(dev.ace.core.detect.DetectorInfo info, DetectorResult result) {
            java.util.Map<String, Scored> target = info.kind() == dev.ace.core.detect.DetectorInfo.Kind.RULE ? ruleScores : modelScores;
            if (info.kind() != dev.ace.core.detect.DetectorInfo.Kind.RULE) {
                // A later model tier supersedes an earlier one for every principle it covers.
                for (Principle p : applicable) {
                    if (info.covers(p.id())) {
                        target.remove(p.id());
                    }
                }
            }
            for (Signal s : result.signals()) {
                Scored prev = target.get(s.principleId());
                if (prev == null || s.score() > prev.signal.score()) {
                    target.put(s.principleId(), new Scored(s, info));
                }
            }
        }

        void failed(dev.ace.core.detect.DetectorInfo info) {
            for (Principle p : applicable) {
                if (info.covers(p.id()) && p.failsClosed()) {
                    failedClosed.putIfAbsent(p.id(), info);
                }
            }
        }

        double score(String principleId) {
            Scored r = ruleScores.get(principleId);
            Scored m = modelScores.get(principleId);
            return Math.max(r == null ? 0 : r.signal.score(), m == null ? 0 : m.signal.score());
        }

        Finding finding(Principle p, double threshold, Action action) {
            Scored r = ruleScores.get(p.id());
            Scored m = modelScores.get(p.id());
            Scored best = r == null ? m : m == null ? r : (m.signal.score() > r.signal.score() ? m : r);
            if (best != null && best.signal.score() >= threshold) {
                return new Finding(p.id(), best.signal.score(), threshold, action, best.info.id(), best.info.version(),
                        best.signal.evidence(), Finding.Basis.SCORE);
            }
            dev.ace.core.detect.DetectorInfo failedBy = failedClosed.get(p.id());
            if (failedBy != null) {
                double score = best == null ? 0 : best.signal.score();
                return new Finding(p.id(), score, threshold, action, failedBy.id(), failedBy.version(),
                        new Evidence(index, 0, turn.text().length(), List.of()), Finding.Basis.FAIL_CLOSED);
            }
            return null;
        }
    }

    private record Scored(Signal signal, dev.ace.core.detect.DetectorInfo info) {
    }

    /** How many system views are cached (tests). */
    int systemViewsCached() {
        return systemViews.size();
    }

    /** System turns' primary views by (turn index, turn digest); see {@link #systemViews}. */
    private static final class SystemViews {
        static final int CAPACITY = 256;
        private final int capacity;
        private final java.util.LinkedHashMap<Key, TextView> map;

        record Key(int index, long hi, long lo) {
        }

        SystemViews(int capacity) {
            this.capacity = capacity;
            this.map = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Key, TextView> eldest) {
                    return size() > SystemViews.this.capacity;
                }
            };
        }

        TextView view(int index, Turn turn, Digest digest) {
            Key key = new Key(index, digest.hi(), digest.lo());
            synchronized (this) {
                TextView v = map.get(key);
                if (v != null) {
                    return v;
                }
            }
            TextView v = TextViews.build(index, turn.role(), turn.text()).get(0); // outside the lock: it is the work
            if (capacity > 0) {
                synchronized (this) {
                    map.put(key, v);
                }
            }
            return v;
        }

        synchronized int size() {
            return map.size();
        }
    }

    /** A request's system turns, normalised and digested at most once however many turns are judged against them. */
    private static final class SystemContext {
        static final SystemContext NONE = new SystemContext(List.of(), new SystemViews(0));
        private final List<Turn> turns;
        private final SystemViews shared;
        private final List<Integer> indices = new ArrayList<>();
        private Digest[] turnDigests;
        private List<TextView> views;
        private Digest digest;

        SystemContext(List<Turn> turns, SystemViews shared) {
            this.turns = turns;
            this.shared = shared;
            for (int i = 0; i < turns.size(); i++) {
                if (turns.get(i).role() == Role.SYSTEM) {
                    indices.add(i);
                }
            }
        }

        boolean isEmpty() {
            return indices.isEmpty();
        }

        /** The digest of the k-th system turn (as the turn cache keys it), computed once. */
        private Digest turnDigest(int k) {
            if (turnDigests == null) {
                turnDigests = new Digest[indices.size()];
            }
            if (turnDigests[k] == null) {
                turnDigests[k] = Cascade.digest(turns.get(indices.get(k)), Direction.INPUT);
            }
            return turnDigests[k];
        }

        /** The primary (normalised) view of each system turn, in order. */
        synchronized List<TextView> views() {
            if (views == null) {
                List<TextView> v = new ArrayList<>(indices.size());
                for (int k = 0; k < indices.size(); k++) {
                    int i = indices.get(k);
                    v.add(shared.view(i, turns.get(i), turnDigest(k)));
                }
                views = List.copyOf(v);
            }
            return views;
        }

        /** The system turns' digest: a SHA-256 over each one's, in order. */
        synchronized Digest digest() {
            if (digest == null) {
                MessageDigest md = newSha256();
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
                for (int k = 0; k < indices.size(); k++) {
                    Digest d = turnDigest(k);
                    md.update(b.clear().putLong(d.hi()).putLong(d.lo()).array());
                }
                digest = Digest.of(md.digest());
            }
            return digest;
        }
    }
}
