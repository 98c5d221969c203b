package dev.ace.gateway.tenant;

import dev.ace.core.Action;

import java.util.Map;
import java.util.Objects;

/**
 * A tenant of the gateway.
 *
 * @param id                 stable id, cited in decision records
 * @param keySha256          lower-case hex SHA-256 of the tenant's API key (the key itself is never kept)
 * @param shadow             inspect and record, but never enforce
 * @param thresholdOverrides principle id to threshold
 * @param actionOverrides    principle id to action
 * @param requestsPerSecond  sustained rate limit; 0 means unlimited
 * @param burst              bucket size of the rate limit
 * @param sensitivePolicy    what to do with prompts that carry sensitive data
 * @param admin              may read the admin endpoints (review queue)
 */
public record Tenant(String id, String keySha256, boolean shadow, Map<String, Double> thresholdOverrides,
                     Map<String, Action> actionOverrides, double requestsPerSecond, int burst,
                     SensitivePolicy sensitivePolicy, boolean admin) {
    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keySha256, "keySha256");
        Objects.requireNonNull(sensitivePolicy, "sensitivePolicy");
        thresholdOverrides = Map.copyOf(thresholdOverrides);
        actionOverrides = Map.copyOf(actionOverrides);
    }

    /** A tenant with defaults: enforcing, no overrides, no rate limit, sensitive data routed to HIGH_TRUST. */
    public static Tenant simple(String id, String keySha256, boolean admin) {
        return new Tenant(id, keySha256, false, Map.of(), Map.of(), 0, 0, SensitivePolicy.ROUTE_HIGH_TRUST, admin);
    }
}
