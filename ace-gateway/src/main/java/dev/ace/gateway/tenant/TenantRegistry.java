package dev.ace.gateway.tenant;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.security.MessageDigest;

/**
 * Finds the tenant that owns a presented API key. The key is hashed and compared with every tenant's
 * hash using {@link MessageDigest#isEqual} (constant time) without stopping at the first match, so the
 * time taken says nothing about which hash, or how much of it, matched.
 */
public final class TenantRegistry {
    private final List<Tenant> tenants;
    private final byte[][] hashes;

    public TenantRegistry(List<Tenant> tenants) {
        this.tenants = List.copyOf(tenants);
        this.hashes = new byte[this.tenants.size()][];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = HexFormat.of().parseHex(this.tenants.get(i).keySha256());
        }
    }

    public List<Tenant> tenants() {
        return tenants;
    }

    /** The tenant whose key this is, if any. */
    public Optional<Tenant> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] h = ApiKeys.sha256Bytes(presentedKey);
        int found = -1;
        for (int i = 0; i < hashes.length; i++) {
            if (MessageDigest.isEqual(h, hashes[i]) & found < 0) {
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(tenants.get(found));
    }
}
