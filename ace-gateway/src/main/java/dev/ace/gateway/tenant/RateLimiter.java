package dev.ace.gateway.tenant;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Token buckets keyed by name (a tenant id), on an injected clock. */
public final class RateLimiter {
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;
    }

    public RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token from the key's bucket; 0 when allowed, else the nanoseconds until a token will be
     * there (for {@code Retry-After}). A rate of 0 or less means unlimited.
     */
    public long acquire(String key, double perSecond, int burst) {
        if (perSecond <= 0) {
            return 0;
        }
        int capacity = Math.max(1, burst);
        Bucket b = buckets.computeIfAbsent(key, k -> {
            Bucket nb = new Bucket();
            nb.tokens = capacity;
            nb.last = nanoTime.getAsLong();
            return nb;
        });
        synchronized (b) {
            long now = nanoTime.getAsLong();
            b.tokens = Math.min(capacity, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / perSecond * 1e9);
        }
    }
}
