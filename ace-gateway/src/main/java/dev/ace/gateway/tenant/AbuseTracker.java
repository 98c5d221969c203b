package dev.ace.gateway.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each end user's violations over a rolling window and escalates: at {@code throttleAfter}
 * violations the user is throttled and enters the review queue; at {@code suspendAfter} the user is
 * suspended. Violations older than the window age out. Time comes from the injected clock.
 */
public final class AbuseTracker {
    private final Clock clock;
    private final Duration window;
    private final int throttleAfter;
    private final int suspendAfter;
    private final Duration throttleInterval;
    private final ConcurrentHashMap<String, UserRecord> users = new ConcurrentHashMap<>();

    private static final class UserRecord {
        final String tenant;
        final String user;
        final Deque<Instant> violations = new ArrayDeque<>();
        final Deque<String> principles = new ArrayDeque<>();
        Instant reviewSince;
        Instant lastServed = Instant.EPOCH;

        UserRecord(String tenant, String user) {
            this.tenant = tenant;
            this.user = user;
        }
    }

    /** The outcome of admitting a request. */
    public record Admission(AbuseState state, boolean allowed, Duration retryAfter) {
    }

    public AbuseTracker(Clock clock, Duration window, int throttleAfter, int suspendAfter, Duration throttleInterval) {
        if (throttleAfter < 1 || suspendAfter < throttleAfter) {
            throw new IllegalArgumentException("need 1 <= throttleAfter <= suspendAfter, got "
                    + throttleAfter + " and " + suspendAfter);
        }
        this.clock = clock;
        this.window = window;
        this.throttleAfter = throttleAfter;
        this.suspendAfter = suspendAfter;
        this.throttleInterval = throttleInterval;
    }

    /** Decides whether this user may send a request now. */
    public Admission admit(String tenant, String user) {
        UserRecord r = users.get(key(tenant, user));
        if (r == null) {
            return new Admission(AbuseState.OK, true, Duration.ZERO);
        }
        synchronized (r) {
            Instant now = clock.instant();
            AbuseState state = state(r, now);
            return switch (state) {
                case OK -> new Admission(state, true, Duration.ZERO);
                case SUSPENDED -> new Admission(state, false, Duration.between(now, r.violations.peekFirst().plus(window)));
                case THROTTLED -> {
                    Instant next = r.lastServed.plus(throttleInterval);
                    if (now.isBefore(next)) {
                        yield new Admission(state, false, Duration.between(now, next));
                    }
                    r.lastServed = now;
                    yield new Admission(state, true, Duration.ZERO);
                }
            };
        }
    }

    /** Counts a violation (a BLOCK) by this user, citing a principle; returns the state it leads to. */
    public AbuseState violation(String tenant, String user, String principleId) {
        UserRecord r = users.computeIfAbsent(key(tenant, user), k -> new UserRecord(tenant, user));
        synchronized (r) {
            Instant now = clock.instant();
            r.violations.addLast(now);
            r.principles.remove(principleId);
            r.principles.addFirst(principleId);
            AbuseState s = state(r, now);
            if (s != AbuseState.OK && r.reviewSince == null) {
                r.reviewSince = now;
            }
            return s;
        }
    }

    /** A reviewer cleared the user: counts reset, out of the queue. */
    public boolean clear(String tenant, String user) {
        return users.remove(key(tenant, user)) != null;
    }

    /** Users waiting for review, the longest-waiting first; {@code tenant} null lists every tenant's. */
    public List<ReviewItem> reviewQueue(String tenant) {
        List<ReviewItem> out = new ArrayList<>();
        Collection<UserRecord> all = users.values();
        for (UserRecord r : all) {
            synchronized (r) {
                if (r.reviewSince == null || (tenant != null && !tenant.equals(r.tenant))) {
                    continue;
                }
                AbuseState s = state(r, clock.instant());
                out.add(new ReviewItem(r.tenant, r.user, s == AbuseState.OK ? AbuseState.THROTTLED : s,
                        r.violations.size(), r.reviewSince, List.copyOf(new LinkedHashSet<>(r.principles))));
            }
        }
        out.sort(Comparator.comparing(ReviewItem::since));
        return out;
    }

    private AbuseState state(UserRecord r, Instant now) {
        Instant cutoff = now.minus(window);
        while (!r.violations.isEmpty() && !r.violations.peekFirst().isAfter(cutoff)) {
            r.violations.removeFirst();
        }
        int n = r.violations.size();
        return n >= suspendAfter ? AbuseState.SUSPENDED : n >= throttleAfter ? AbuseState.THROTTLED : AbuseState.OK;
    }

    private static String key(String tenant, String user) {
        return tenant + '\u0000' + user;
    }
}
