package dev.ace.core;

import java.util.Map;
import java.util.Objects;

/**
 * Who is asking: the tenant, the trust tier of the deployment the text is bound for, and the
 * tenant's own overrides of principle thresholds and actions.
 */
public record TenantContext(String tenantId, TrustTier trustTier,
                            Map<String, Double> thresholdOverrides,
                            Map<String, Action> actionOverrides) {
    public TenantContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(trustTier, "trustTier");
        thresholdOverrides = Map.copyOf(thresholdOverrides);
        actionOverrides = Map.copyOf(actionOverrides);
    }

    public static TenantContext of(String tenantId, TrustTier tier) {
        return new TenantContext(tenantId, tier, Map.of(), Map.of());
    }

    /** The context used by the command line: a local tenant on a high-trust deployment. */
    public static TenantContext local() {
        return of("local", TrustTier.HIGH_TRUST);
    }
}
